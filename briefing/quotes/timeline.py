"""The names an article gives before any quote is read, sentence by sentence, read when asked.

A pronoun's person and an uncued quote's speaker are nearly always named a sentence or two
before it, so most questions read a few sentences only. On a long article, reading every
sentence's subject and reported speakers up front was half of the quote stage's time, most of
it in sentences no question ever reached.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

Event = tuple[int, str]
"""A name at a place in the article: (offset, name)."""

#: What one sentence names: speakers of reported speech, named sentence subjects, and names
#: mentioned (full names outside English).
Named = tuple[list[Event], list[Event], list[Event]]
Span = tuple[int, int]

KINDS = ("reported", "subjects", "mentioned")


class Timeline:
    """Named events of the article's sentences, each sentence ``read`` the first time a
    question reaches it (the sentences of a paragraph of ``paragraphs`` are ``split`` out of
    it the first time one of them is asked for). Every answer is what the same question over
    all the article's events would give."""

    def __init__(
        self,
        paragraphs: Sequence[Span],
        split: Callable[[int, int], Sequence[Span]],
        read: Callable[[int, int], Named],
    ) -> None:
        self.paragraphs = list(paragraphs)
        self.starts = [start for start, _ in self.paragraphs]
        self.split = split
        self.read = read
        self.sentences: dict[int, tuple[Sequence[Span], list[int]]] = {}
        self.events: dict[Span, Named] = {}
        self.merged: dict[Span, list[Event]] = {}

    def _spans(self, at: int, low: int = 0) -> Iterator[Span]:
        """The sentences that start before ``at`` and end after ``low``, the latest first."""
        for paragraph in range(bisect.bisect_left(self.starts, at) - 1, -1, -1):
            if self.paragraphs[paragraph][1] <= low:
                return
            found = self.sentences.get(paragraph)
            if found is None:
                spans = self.split(*self.paragraphs[paragraph])
                found = self.sentences[paragraph] = (spans, [start for start, _ in spans])
            spans, starts = found
            for k in range(bisect.bisect_left(starts, at) - 1, -1, -1):
                if spans[k][1] <= low:
                    return
                yield spans[k]

    def _of(self, span: Span) -> Named:
        found = self.events.get(span)
        if found is None:
            reported, subjects, mentioned = self.read(*span)
            found = self.events[span] = sorted(reported), sorted(subjects), sorted(mentioned)
        return found

    def latest(self, kind: str, low: int, at: int, accept: Callable[[str], bool]) -> Event | None:
        """The latest event of ``kind`` in ``[low, at)`` whose name ``accept`` takes."""
        column = KINDS.index(kind)
        for span in self._spans(at, low):
            events = self._of(span)[column]
            first = bisect.bisect_left(events, (low,))
            for k in range(bisect.bisect_left(events, (at,)) - 1, first - 1, -1):
                if accept(events[k][1]):
                    return events[k]
        return None

    def before(self, at: int) -> Iterator[Event]:
        """Every named event before ``at``, the latest first."""
        for span in self._spans(at):
            events = self.merged.get(span)
            if events is None:
                events = self.merged[span] = sorted(e for kind in self._of(span) for e in kind)
            for k in range(bisect.bisect_left(events, (at,)) - 1, -1, -1):
                yield events[k]
