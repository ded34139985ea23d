"""Actors that are only the page's credits: its authors, photo and agency credits, the site.

The reading stage lists them in ``Document.credits``. An actor is left out when one of its
names lies within a credited name ("Bradner" in "Eric Bradner", "AP" in "AP Photo") and no
paragraph of the body names it: the author of an article about a colleague still counts.
"""

from __future__ import annotations

import bisect
import re

from briefing.model import Actor, Document

_WORD = re.compile(r"\w+")


def drop_credited(actors: list[Actor], document: Document) -> list[Actor]:
    """The actors that are more than a credit of the page: named in its credits but not in
    its body, or named only in its byline lines."""
    credits = [frozenset(_tokens(c)) for c in document.credits]
    credits = [c for c in credits if c]
    paragraphs = sorted((b.start, b.end) for b in document.paragraphs)
    bylines = sorted((b.start, b.end) for b in document.blocks if b.kind == "byline")
    return [
        a
        for a in actors
        if not (_credited(a, credits) and not _within(a, paragraphs))
        and not (bylines and _only_within(a, bylines))
    ]


def _credited(actor: Actor, credits: list[frozenset[str]]) -> bool:
    for name in (actor.name, *actor.aliases):
        tokens = frozenset(_tokens(name))
        if tokens and any(tokens <= credit for credit in credits):
            return True
    return False


def _within(actor: Actor, spans: list[tuple[int, int]]) -> bool:
    """Some mention of the actor lies inside one of the (sorted) spans."""
    return any(_inside(m.start, m.end, spans) for m in actor.mentions)


def _only_within(actor: Actor, spans: list[tuple[int, int]]) -> bool:
    return bool(actor.mentions) and all(_inside(m.start, m.end, spans) for m in actor.mentions)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, start, key=lambda span: span[0]) - 1
    return i >= 0 and end <= spans[i][1]


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _WORD.findall(text)]
