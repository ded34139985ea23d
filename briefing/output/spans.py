"""Offsets to properly nested elements: the shape of an annotated text as markup.

Key points, quotes and actor mentions are ``(start, end)`` ranges of one text; they may contain
each other (a key point that holds a quote that holds a mention) or cross (a quote that runs
past the end of its key-point sentence). Markup can only nest, so a span that crosses another is
cut into pieces: of two crossing spans the one with the higher ``rank`` is cut, at equal rank
the later one. Regions (paragraphs, headings) are never cut or nested: spans are cut at their
edges first. A span that crosses nothing stays one piece, whose text is exactly its offsets'.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal


@dataclass(frozen=True, slots=True)
class Span:
    """A range of the text to mark; ``rank`` says which side is cut when two cross."""

    start: int
    end: int
    rank: int
    key: str


@dataclass(frozen=True, slots=True)
class Piece:
    """One element of a span: all of it, or the part between two cuts."""

    span: Span
    start: int
    end: int

    @property
    def first(self) -> bool:
        return self.start == self.span.start

    @property
    def last(self) -> bool:
        return self.end == self.span.end

    @property
    def whole(self) -> bool:
        return self.first and self.last


@dataclass(frozen=True, slots=True)
class Event:
    """Open or close a piece, or the text from ``start`` to ``end`` between tags."""

    kind: Literal["open", "close", "text"]
    start: int
    end: int
    piece: Piece | None = None


@dataclass(frozen=True, slots=True)
class Run:
    """A region of the text (or a stretch between regions) with its events."""

    start: int
    end: int
    region: bool
    events: tuple[Event, ...]


def nest(length: int, spans: Iterable[Span], regions: Sequence[tuple[int, int]] = ()) -> list[Run]:
    """The text ``[0, length)`` as runs of events, every span as one or more nested pieces.

    ``regions`` are sorted, non-overlapping ``(start, end)`` ranges (blocks): each is one run,
    and no piece crosses its edges. The text between regions makes runs of its own.
    """
    runs = _runs(length, regions)
    starts = [start for start, _, _ in runs]
    edges = sorted({edge for region in regions for edge in region})
    grouped: list[list[Piece]] = [[] for _ in runs]
    for span in spans:
        for piece in _cut_at(_checked(span, length), edges):
            grouped[_run_of(piece, runs, starts)].append(piece)
    return [
        Run(start, end, is_region, tuple(_nest_run(start, end, pieces)))
        for (start, end, is_region), pieces in zip(runs, grouped, strict=True)
    ]


def _checked(span: Span, length: int) -> Span:
    if not 0 <= span.start <= span.end <= length:
        raise ValueError(f"span {span.key} [{span.start}, {span.end}) is outside [0, {length}]")
    return span


def _runs(length: int, regions: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The regions and the stretches between them, covering ``[0, length)`` in order."""
    runs: list[tuple[int, int, bool]] = []
    position = 0
    for start, end in regions:
        if not position <= start <= end <= length:
            raise ValueError(f"region [{start}, {end}) overlaps another or leaves the text")
        if start > position:
            runs.append((position, start, False))
        runs.append((start, end, True))
        position = end
    if position < length or not runs:
        runs.append((position, length, False))
    return runs


def _cut_at(span: Span, edges: list[int]) -> list[Piece]:
    """The span cut at every region edge strictly inside it."""
    low = bisect.bisect_right(edges, span.start)
    high = bisect.bisect_left(edges, span.end)
    bounds = [span.start, *edges[low:high], span.end]
    return [Piece(span, a, b) for a, b in pairwise(bounds)]


def _run_of(piece: Piece, runs: list[tuple[int, int, bool]], starts: list[int]) -> int:
    """The run that holds the piece: the last that starts at or before it (pieces are cut at
    every region edge, and of several runs starting together only the last can hold text)."""
    del runs
    return max(bisect.bisect_right(starts, piece.start) - 1, 0)


_Entry = tuple[int, int, int, int, Piece]


def _nest_run(start: int, end: int, pieces: list[Piece]) -> list[Event]:
    """Events of one run: each piece inside the pieces it lies within, crossings cut."""
    order = {piece.span.key: number for number, piece in reversed(list(enumerate(pieces)))}
    queue: list[_Entry] = [_entry(piece, order) for piece in pieces]
    heapq.heapify(queue)
    events: list[Event] = []
    stack: list[tuple[Piece, int]] = []  # open pieces and where their "open" event is
    position = start
    while queue:
        piece = heapq.heappop(queue)[-1]
        position = _close_until(stack, piece.start, position, events)
        top = stack[-1][0] if stack else None
        if top is None or piece.end <= top.end:
            stack.append((piece, len(events)))
            events.append(Event("open", piece.start, piece.start, piece))
        elif piece.span.rank >= top.span.rank:  # cut the newcomer where the open piece ends
            heapq.heappush(queue, _entry(Piece(piece.span, piece.start, top.end), order))
            heapq.heappush(queue, _entry(Piece(piece.span, top.end, piece.end), order))
        else:  # the newcomer outranks the open piece: end that here, go on inside the newcomer
            _cut_open(stack, piece.start, events)
            heapq.heappush(queue, _entry(Piece(top.span, piece.start, top.end), order))
            heapq.heappush(queue, _entry(piece, order))
    position = _close_until(stack, end, position, events)
    if position < end:
        events.append(Event("text", position, end))
    return events


def _entry(piece: Piece, order: dict[str, int]) -> _Entry:
    """Heap order: by start, longer first, lower rank first (outside), then input order."""
    return (piece.start, -piece.end, piece.span.rank, order[piece.span.key], piece)


def _close_until(
    stack: list[tuple[Piece, int]], at: int, position: int, events: list[Event]
) -> int:
    """Close every open piece that ends at or before ``at``, with the text before each close."""
    while stack and stack[-1][0].end <= at:
        piece, _ = stack.pop()
        if position < piece.end:
            events.append(Event("text", position, piece.end))
            position = piece.end
        events.append(Event("close", piece.end, piece.end, piece))
    if position < at:
        events.append(Event("text", position, at))
        position = at
    return position


def _cut_open(stack: list[tuple[Piece, int]], at: int, events: list[Event]) -> None:
    """Close the innermost open piece at ``at``; its "open" event now names the shorter piece."""
    piece, index = stack.pop()
    shorter = Piece(piece.span, piece.start, at)
    events[index] = Event("open", shorter.start, shorter.start, shorter)
    events.append(Event("close", at, at, shorter))
