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
    """The actors that are more than a credit of the page."""
    if not document.credits:
        return actors
    credits = [frozenset(_tokens(c)) for c in document.credits]
    credits = [c for c in credits if c]
    paragraphs = sorted((b.start, b.end) for b in document.paragraphs)
    return [a for a in actors if not _credited(a, credits) or _in_body(a, paragraphs)]


def _credited(actor: Actor, credits: list[frozenset[str]]) -> bool:
    for name in (actor.name, *actor.aliases):
        tokens = frozenset(_tokens(name))
        if tokens and any(tokens <= credit for credit in credits):
            return True
    return False


def _in_body(actor: Actor, paragraphs: list[tuple[int, int]]) -> bool:
    starts = [start for start, _ in paragraphs]
    for mention in actor.mentions:
        i = bisect.bisect_right(starts, mention.start) - 1
        if i >= 0 and mention.end <= paragraphs[i][1]:
            return True
    return False


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _WORD.findall(text)]
