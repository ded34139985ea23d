"""Speakers linked to the article's actors by name or alias."""

from __future__ import annotations

from briefing.model import Actor

from .phrases import TOKEN
from .vocabulary import TITLE_WORDS


class ActorIndex:
    """Actors' names and aliases by their words, so that linking a speaker is one lookup.

    An exact name or alias wins; else a person whose full name ends with the speaker's words.
    People come before other kinds, and earlier actors before later ones.
    """

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.exact: dict[tuple[str, ...], str] = {}
        self.by_last: dict[str, list[tuple[frozenset[str], str]]] = {}
        self.linked: dict[str, str] = {}
        for actor in sorted(actors, key=lambda a: a.kind != "person"):
            for name in (actor.name, *actor.aliases):
                theirs = name_tokens(name)
                if theirs:
                    self.exact.setdefault(tuple(theirs), actor.name)
                    self.by_last.setdefault(theirs[-1], []).append((frozenset(theirs), actor.name))

    def link(self, speaker: str) -> str:
        if speaker not in self.linked:
            self.linked[speaker] = self._link(speaker)
        return self.linked[speaker]

    def _link(self, speaker: str) -> str:
        mine = [w.rstrip(".").lower() for w in TOKEN.findall(speaker) if w[:1].isalpha()]
        if not mine:
            return speaker
        if tuple(mine) in self.exact:
            return self.exact[tuple(mine)]
        wanted = set(mine)
        for theirs, name in self.by_last.get(mine[-1], ()):
            if wanted <= theirs:
                return name
        return speaker


def link(speaker: str, actors: tuple[Actor, ...]) -> str:
    """The name of the actor the speaker is (by name or alias), else the speaker as given."""
    return ActorIndex(actors).link(speaker)


def name_tokens(name: str) -> list[str]:
    """Lower-cased name words without titles: ``Sen. Ted Cruz`` -> ["ted", "cruz"]."""
    words = [t.rstrip(".").lower() for t in TOKEN.findall(name) if t[:1].isalpha()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    return [w for w in words if w not in TITLE_WORDS]
