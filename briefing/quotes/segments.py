"""A quoted stretch of an article, as the quote finder pairs its marks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    """A quoted stretch of text: its offsets without the marks, and how it sits in its block."""

    start: int
    end: int
    block: int
    opened: int
    closed: int | None
    continued: bool = False
