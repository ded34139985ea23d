"""What quote finding reads around each quote, worked out once per article.

Finding quotes asks for the sentence around a quote mark several times per quote (to class the
quote, to find its cue, to mark it partial) and for every sentence once (to learn who is named
where). Splitting a block again each time costs as much as splitting the whole article per quote
on a long one; a fixed-size cache does too once an article has more quoted blocks than it holds.
So the article being read keeps its blocks' sentences and the text around each quote until
another article is read.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from briefing.model import Document
from briefing.segment import split_spans

from .segments import Segment


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentence spans of one block, in order."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def holding(self, position: int) -> int | None:
        """The index of the sentence that holds ``position``, if one does."""
        k = bisect.bisect_right(self.starts, position) - 1
        return k if k >= 0 and position < self.spans[k][1] else None


@dataclass(slots=True)
class Reading:
    """One article's sentences by block, the text found around its quotes by a name for what
    was looked for (``before``, ``after``…), and whether the words after a quote cue it."""

    document: Document | None
    blocks: dict[tuple[int, int, str], Sentences] = field(default_factory=dict)
    around: dict[tuple[str, Segment, str], str] = field(default_factory=dict)
    cued: dict[tuple[Segment, str], bool] = field(default_factory=dict)


#: The article last read (a new article starts afresh).
_LAST = [Reading(None)]


def reading(document: Document) -> Reading:
    """What has been worked out for this article so far."""
    last = _LAST[0]
    if last.document is not document:
        last = _LAST[0] = Reading(document)
    return last


def sentences(document: Document, start: int, end: int, language: str = "english") -> Sentences:
    """The sentences of ``document.text[start:end]`` (one block), as ``split_spans`` gives them."""
    found = reading(document).blocks
    key = (start, end, language)
    if key not in found:
        spans = tuple(split_spans(document.text, start, end, language))
        found[key] = Sentences(spans, tuple(a for a, _ in spans))
    return found[key]
