"""Nesting offsets into markup: containment, crossings, empty spans, edges, and a property."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.output.spans import Run, Span, nest

TEXT = "Hello “big world” said Ann. Next one."


def markup(text: str, runs: list[Run]) -> str:
    """The runs as bracketed text: ``<key>`` for a whole span, ``<key*>`` for a piece of one."""
    out = []
    for run in runs:
        out.append("|" if run.region else "")
        for event in run.events:
            if event.kind == "text":
                out.append(text[event.start : event.end])
            elif event.kind == "open":
                assert event.piece is not None
                out.append(f"<{event.piece.span.key}{'' if event.piece.whole else '*'}>")
            else:
                assert event.piece is not None
                out.append(f"</{event.piece.span.key}>")
    return "".join(out)


def test_contained_spans_nest_whole() -> None:
    spans = [Span(0, 27, 1, "k"), Span(7, 16, 2, "q"), Span(11, 16, 3, "m")]
    assert markup(TEXT, nest(len(TEXT), spans)) == (
        "<k>Hello “<q>big <m>world</m></q>” said Ann.</k> Next one."
    )


def test_same_range_puts_lower_rank_outside() -> None:
    spans = [Span(0, 5, 3, "m"), Span(0, 5, 1, "k"), Span(0, 5, 2, "q")]
    assert markup(TEXT, nest(len(TEXT), spans)).startswith("<k><q><m>Hello</m></q></k>")


def test_crossing_cuts_the_higher_rank() -> None:
    key_first = [Span(0, 10, 1, "k"), Span(5, 20, 2, "q")]
    assert markup(TEXT, nest(len(TEXT), key_first)) == (
        "<k>Hello<q*> “big</q></k><q*> world” sa</q>id Ann. Next one."
    )
    quote_first = [Span(0, 10, 2, "q"), Span(5, 20, 1, "k")]
    assert markup(TEXT, nest(len(TEXT), quote_first)) == (
        "<q*>Hello</q><k><q*> “big</q> world” sa</k>id Ann. Next one."
    )


def test_crossing_at_equal_rank_cuts_the_later() -> None:
    spans = [Span(0, 10, 3, "a"), Span(5, 20, 3, "b")]
    assert markup(TEXT, nest(len(TEXT), spans)) == (
        "<a>Hello<b*> “big</b></a><b*> world” sa</b>id Ann. Next one."
    )


def test_regions_cut_spans_and_are_never_nested() -> None:
    spans = [Span(20, 33, 2, "q")]
    assert markup(TEXT, nest(len(TEXT), spans, [(0, 27), (28, len(TEXT))])) == (
        "|Hello “big world” sa<q*>id Ann.</q><q*> </q>|<q*>Next </q>one."
    )


def test_empty_spans_and_spans_at_the_edges() -> None:
    spans = [Span(0, 0, 1, "start"), Span(0, len(TEXT), 2, "all"), Span(37, 37, 1, "end")]
    assert markup(TEXT, nest(len(TEXT), spans)) == f"<all><start></start>{TEXT}</all><end></end>"


def test_empty_text_and_no_spans() -> None:
    assert markup("", nest(0, [])) == ""
    assert markup(TEXT, nest(len(TEXT), [])) == TEXT


def test_span_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        nest(5, [Span(3, 9, 1, "k")])
    with pytest.raises(ValueError, match="overlaps"):
        nest(9, [], [(0, 5), (4, 9)])


# -- property ----------------------------------------------------------------------------------

LENGTH = 40


@st.composite
def layouts(draw: st.DrawFn) -> tuple[list[Span], list[tuple[int, int]]]:
    bounds = sorted(draw(st.lists(st.integers(0, LENGTH), max_size=8)))
    regions = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)]
    spans = []
    for number in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, LENGTH))
        end = draw(st.integers(start, LENGTH))
        spans.append(Span(start, end, draw(st.integers(0, 3)), f"s{number}"))
    return spans, regions


@settings(max_examples=max(200, settings().max_examples // 4))
@given(layouts())
def test_every_span_is_its_text_in_properly_nested_pieces(
    layout: tuple[list[Span], list[tuple[int, int]]],
) -> None:
    spans, regions = layout
    text = "".join(chr(ord("a") + i % 26) for i in range(LENGTH))
    runs = nest(LENGTH, spans, regions)
    assert [(r.start, r.end) for r in runs if r.region] == regions
    texts = [text[e.start : e.end] for r in runs for e in r.events if e.kind == "text"]
    assert "".join(texts) == text
    pieces: dict[str, list[str]] = {s.key: [] for s in spans}
    opened = Counter[str]()
    for run in runs:
        stack: list[tuple[str, int]] = []
        for event in run.events:
            assert run.start <= event.start <= event.end <= run.end
            if event.kind == "open":
                assert event.piece is not None
                stack.append((event.piece.span.key, len(pieces[event.piece.span.key])))
                pieces[event.piece.span.key].append("")
                opened[event.piece.span.key] += 1
            elif event.kind == "close":
                assert event.piece is not None
                assert stack.pop()[0] == event.piece.span.key  # closes what it opened last
            else:
                for key, index in stack:
                    pieces[key][index] += text[event.start : event.end]
        assert not stack
    edges = {edge for region in regions for edge in region}
    for span in spans:
        assert "".join(pieces[span.key]) == text[span.start : span.end]
        crosses = any(
            o.start < span.start < o.end < span.end or span.start < o.start < span.end < o.end
            for o in spans
        ) or any(span.start < edge < span.end for edge in edges)
        if not crosses:
            assert opened[span.key] == 1  # one element, whose text is its offsets' text
