"""Sentence splitting for news."""

from __future__ import annotations

import pytest

from briefing.input.text import read_document
from briefing.segment import dateline_end, segment, split_sentences, words

KEEP_WHOLE = [
    "Maj-Gen. Peter Dawe said the troops were back at work.",
    "Dr. Amara Okafor led the inspection.",
    "Prices rose 3.5 per cent in the U.S. on Monday.",
    "The vote is on Jan. 5 in the capital.",
    "J. R. R. Tolkien wrote it in 1937.",
    "“It is possible,” said Dawe.",
    "“... possible.” said Dawe.",
    "“Is it over?” she asked.",
    "“Who knows?” Smith said.",
    "He lives at No. 5 Harbour Street.",
    "Sen. Ted Cruz (R-Tex.) said it twice.",
    "Shares of Acme Inc. rose on Monday.",
]


@pytest.mark.parametrize("sentence", KEEP_WHOLE)
def test_news_abbreviations_and_attributions_do_not_split(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("He said no. Then he left.", ["He said no.", "Then he left."]),
        ("We met in the U.S. The talks went well.", ["We met in the U.S.", "The talks went well."]),
        ("It works at Acme Inc. The firm is big.", ["It works at Acme Inc.", "The firm is big."]),
        ("“Go home.” She went.", ["“Go home.”", "She went."]),
        ("Really? Yes! Fine…", ["Really?", "Yes!", "Fine…"]),
        ("It was 2018. (Jo Doe / THE PRESS)", ["It was 2018.", "(Jo Doe / THE PRESS)"]),
    ],
)
def test_sentences_end_where_news_ends_them(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentence_offsets_and_order() -> None:
    document = read_document("A title\n\nFirst one here. Second one here.\n\nThird one.")
    sentences = segment(document)
    assert [s.text for s in sentences] == ["First one here.", "Second one here.", "Third one."]
    assert [s.index for s in sentences] == [0, 1, 2]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    for s in sentences:
        assert document.text[s.start : s.end] == s.text


def test_titles_headings_and_captions_are_not_sentences() -> None:
    document = read_document(
        "Bridge closed\n\nThe bridge closed on Monday.\n\nWhat next\n\n"
        "A girder under the bridge. (Jo Doe / THE PRESS)"
    )
    assert [s.text for s in segment(document)] == ["The bridge closed on Monday."]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("PORT ALDER, March 3 – The bridge closed.", "The bridge closed."),
        ("MANCHESTER, N.H. - With a storm coming, they ran.", "With a storm coming, they ran."),
        ("(CNN)We have no problem.", "We have no problem."),
        ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
        ("NATO - the alliance - met.", "NATO - the alliance - met."),
    ],
)
def test_datelines_are_not_part_of_the_first_sentence(text: str, rest: str) -> None:
    assert text[dateline_end(text, 0, len(text)) :] == rest


def test_words_keep_inner_apostrophes() -> None:
    assert words("Dawe’s troops don't stop; 4,000 left.") == (
        "Dawe’s",
        "troops",
        "don't",
        "stop",
        "4",
        "000",
        "left",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Arbeiten beginnen am 12. März im Norden.",
            ["Die Arbeiten beginnen am 12. März im Norden."],
        ),
        (
            "« Je rentre à la maison. » Puis il est parti.",
            ["« Je rentre à la maison. »", "Puis il est parti."],
        ),
        ("„Wir bauen.“ Sie ging.", ["„Wir bauen.“", "Sie ging."]),
    ],
)
def test_other_languages_dates_and_quote_marks(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("UFERSTADT, 12. März – Die Regierung hat.", "Die Regierung hat."),
        ("VALMONT, 4 avril – Le marché a rouvert.", "Le marché a rouvert."),
    ],
)
def test_day_month_datelines(text: str, rest: str) -> None:
    assert text[dateline_end(text, 0, len(text)) :] == rest
