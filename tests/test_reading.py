"""Decoding, normalisation and block structure."""

from __future__ import annotations

import pytest

from briefing.errors import InputError
from briefing.input.text import decode, normalise, read_document

ARTICLE = """Council approves new harbour wall

By Jane Doe

HARBOURTON, May 2 – The council approved the wall on Monday. Work starts soon.

Why now

Storms damaged the old wall twice last winter. Repairs cost more each year.

Workers inspect the old wall on Friday. (John Roe / HARBOURTON NEWS)

Updated 10:32 AM ET, Mon May 2, 2022
"""


def kinds(text: str) -> list[str]:
    return [block.kind for block in read_document(text).blocks]


def test_blocks_are_told_apart_by_shape() -> None:
    assert kinds(ARTICLE) == [
        "title",
        "byline",
        "paragraph",
        "heading",
        "paragraph",
        "caption",
        "dateline",
    ]


def test_block_offsets_point_into_the_text() -> None:
    document = read_document(ARTICLE)
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
    assert document.title == "Council approves new harbour wall"


def test_a_lead_paragraph_is_not_taken_for_a_title() -> None:
    text = "The council met on Monday. It approved the wall.\n\nWork starts in June."
    assert kinds(text)[0] == "paragraph"


def test_a_short_headline_with_a_full_stop_is_a_title() -> None:
    assert kinds("Barbs and pleas before the vote.\n\nCandidates crossed the state.")[0] == "title"


def test_hard_wrapped_lines_stay_one_paragraph() -> None:
    text = (
        "Title here\n\nThe council approved the new wall on Monday after a long\n"
        "debate that lasted until late in the evening, officials said.\n"
    )
    document = read_document(text)
    assert [b.kind for b in document.blocks] == ["title", "paragraph"]
    assert "long\ndebate" in document.blocks[1].text


def test_all_caps_kicker_is_a_heading() -> None:
    text = "A title\n\nINTENSE CAMPAIGNING ON BOTH SIDES.\n\nA paragraph here."
    assert kinds(text)[1] == "heading"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfHello there.", "Hello there."),
        (b"Line one.\r\nLine two.", "Line one.\r\nLine two."),
        ("Caf\u00e9 au lait.".encode(), "Caf\u00e9 au lait."),
    ],
)
def test_decode_utf8_with_or_without_bom(raw: bytes, expected: str) -> None:
    assert decode(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"abc\x00def", "binary"),
        (b"caf\xe9 au lait", "not valid"),
        ("Hello".encode("utf-16"), "UTF-16"),
    ],
)
def test_decode_refuses_what_is_not_utf8_text(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(raw)


def test_decode_with_an_explicit_encoding() -> None:
    assert decode("Grüße".encode("utf-16"), "utf-16") == "Grüße"
    assert decode(b"caf\xe9", "latin-1") == "café"
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"abc", "no-such-codec")


def test_normalise_unifies_line_ends_and_spaces() -> None:
    assert normalise("a\r\nb\rc\u00a0d\u200be  \n\n") == "a\nb\nc de"


def test_whitespace_only_text_is_refused() -> None:
    with pytest.raises(InputError):
        read_document(" \u200b \n\u00a0")
