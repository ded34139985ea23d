"""The names an article gives before any quote is read, paragraph by paragraph, read when asked.

A pronoun's person and an uncued quote's speaker are nearly always named a paragraph or two
before it, so most questions read a few paragraphs only. On a long article, reading every
sentence's subject and reported speakers up front was half of the quote stage's time, most of
it in paragraphs no question ever reached.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

Event = tuple[int, str]
"""A name at a place in the article: (offset, name)."""

#: What one paragraph names: speakers of reported speech, named sentence subjects, and names
#: mentioned (full names outside English), each sorted.
Named = tuple[list[Event], list[Event], list[Event]]

KINDS = ("reported", "subjects", "mentioned")


class Timeline:
    """Named events of the article's paragraphs (``spans``), ``read`` the first time a question
    reaches a paragraph. Every answer is what the same question over all events would give."""

    def __init__(self, spans: Sequence[tuple[int, int]], read: Callable[[int, int], Named]) -> None:
        self.spans = list(spans)
        self.starts = [start for start, _ in self.spans]
        self.read = read
        self.paragraphs: dict[int, Named] = {}
        self.merged: dict[int, list[Event]] = {}

    def _of(self, paragraph: int) -> Named:
        found = self.paragraphs.get(paragraph)
        if found is None:
            reported, subjects, mentioned = self.read(*self.spans[paragraph])
            found = sorted(reported), sorted(subjects), sorted(mentioned)
            self.paragraphs[paragraph] = found
        return found

    def _named(self, paragraph: int) -> list[Event]:
        found = self.merged.get(paragraph)
        if found is None:
            found = self.merged[paragraph] = sorted(e for kind in self._of(paragraph) for e in kind)
        return found

    def _paragraph(self, at: int) -> int:
        """The last paragraph starting before ``at`` (events before ``at`` lie there or
        before)."""
        return bisect.bisect_left(self.starts, at) - 1

    def latest(self, kind: str, low: int, at: int, accept: Callable[[str], bool]) -> Event | None:
        """The latest event of ``kind`` in ``[low, at)`` whose name ``accept`` takes."""
        column = KINDS.index(kind)
        for paragraph in range(self._paragraph(at), -1, -1):
            if self.spans[paragraph][1] <= low:
                break
            events = self._of(paragraph)[column]
            first = bisect.bisect_left(events, (low,))
            for k in range(bisect.bisect_left(events, (at,)) - 1, first - 1, -1):
                if accept(events[k][1]):
                    return events[k]
        return None

    def before(self, at: int) -> Iterator[Event]:
        """Every named event before ``at``, the latest first."""
        for paragraph in range(self._paragraph(at), -1, -1):
            events = self._named(paragraph)
            for k in range(bisect.bisect_left(events, (at,)) - 1, -1, -1):
                yield events[k]

    def everything(self) -> list[Event]:
        """Every named event of the article, in text order."""
        return [e for paragraph in range(len(self.spans)) for e in self._named(paragraph)]
