"""Combining what several articles on one story say: their actors and their quotes.

Actors found in each article are merged by name and alias; quotes keep their source and point
to the merged actors, and a quotation that two sources both report is listed once. (Key points
are pooled by the pipeline's shared selector, which skips a sentence that repeats one already
chosen from another source.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .language import norm
from .model import Actor, Quote
from .segment import words


def merge_quotes(
    reports: Sequence[tuple[str, tuple[Quote, ...]]], actors: tuple[Actor, ...]
) -> tuple[Quote, ...]:
    """Every article's quotes with their source, speakers named as the merged actors.

    A quotation that an earlier source already reported (the same words, or words that hold
    or are held by them) is listed once, from the first source.
    """
    canonical = {key: actor.name for actor in actors for key in _keys(actor)}
    found: list[Quote] = []
    seen: list[tuple[int, str]] = []
    for number, (source, quotes) in enumerate(reports):
        for quote in quotes:
            said = " ".join(words(quote.text)).casefold()
            if any(other != number and (said in s or s in said) for other, s in seen):
                continue
            seen.append((number, said))
            speaker = canonical.get(norm(quote.speaker), quote.speaker) if quote.speaker else None
            found.append(replace(quote, speaker=speaker, source=source))
    return tuple(found)


def merge_actors(groups: Sequence[tuple[Actor, ...]]) -> tuple[Actor, ...]:
    """Actors of several articles as one list: the same name or alias is the same actor."""
    merged: list[Actor] = []
    for actors in groups:
        for actor in actors:
            match = next((i for i, m in enumerate(merged) if _same(m, actor)), None)
            if match is None:
                merged.append(actor)
            else:
                merged[match] = _combine(merged[match], actor)
    return tuple(sorted(merged, key=lambda a: -a.salience))


def _same(a: Actor, b: Actor) -> bool:
    if a.kind != b.kind and "other" not in (a.kind, b.kind):
        return False
    if _keys(a) & _keys(b):
        return True
    if a.kind == "person" and b.kind == "person":
        x, y = _name_tokens(a.name), _name_tokens(b.name)
        short, long_ = sorted((x, y), key=len)
        return bool(short) and short[-1] == long_[-1] and set(short) <= set(long_)
    return False


def _combine(a: Actor, b: Actor) -> Actor:
    name = max((a.name, b.name), key=lambda n: (len(n.split()), len(n)))
    aliases = _unique([a.name, b.name, *a.aliases, *b.aliases], exclude=name)
    return replace(
        a,
        name=name,
        kind=a.kind if a.kind != "other" else b.kind,
        aliases=aliases,
        roles=_unique([*a.roles, *b.roles]),
        mentions=a.mentions + b.mentions,
        salience=round(a.salience + b.salience, 3),
    )


def _unique(values: list[str], exclude: str | None = None) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        key = norm(value)
        if value != exclude and key and key != norm(exclude or "") and key not in seen:
            seen[key] = value
    return tuple(seen.values())


def _name_tokens(name: str) -> list[str]:
    """A person's name without abbreviated titles ("Dr.", "Maj-Gen.")."""
    return [key for t in name.split() if not t.endswith(".") and (key := norm(t))]


def _keys(actor: Actor) -> set[str]:
    return {norm(n) for n in (actor.name, *actor.aliases)} - {""}
