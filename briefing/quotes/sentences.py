"""Sentence spans of an article's blocks, split once per article however often they are asked for.

Finding quotes asks for the sentence around a quote mark several times per quote (to class the
quote, to find its cue, to mark it partial) and for every sentence once (to learn who is named
where). Splitting a block again each time costs as much as splitting the whole article per quote
on a long one; a fixed-size cache does too once an article has more quoted blocks than it holds.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefing.segment import split_spans


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentence spans of one block, in order."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def holding(self, position: int) -> int | None:
        """The index of the sentence that holds ``position``, if one does."""
        k = bisect.bisect_right(self.starts, position) - 1
        return k if k >= 0 and position < self.spans[k][1] else None


#: The article last asked about and its blocks' sentences (a new article starts afresh).
_LAST: list[tuple[str, dict[tuple[int, int, str], Sentences]]] = [("", {})]


def sentences(text: str, start: int, end: int, language: str = "english") -> Sentences:
    """The sentences of ``text[start:end]`` (one block), as ``split_spans`` gives them."""
    held, found = _LAST[0]
    if held is not text:
        found = {}
        _LAST[0] = (text, found)
    key = (start, end, language)
    if key not in found:
        spans = tuple(split_spans(text, start, end, language))
        found[key] = Sentences(spans, tuple(a for a, _ in spans))
    return found[key]
