"""Validated settings."""

from __future__ import annotations

import pytest

from briefing.errors import OptionsError
from briefing.options import BriefingOptions, Length, build_options, parse_count


def test_default_length_is_the_medium_preset() -> None:
    assert BriefingOptions().length == Length("sentences", 5, label="medium")


@pytest.mark.parametrize(
    ("settings", "unit", "value"),
    [
        ({"sentences": 3}, "sentences", 3),
        ({"ratio": 0.2}, "ratio", 0.2),
        ({"words": 120}, "words", 120),
        ({"length": "long"}, "sentences", 8),
    ],
)
def test_each_way_of_giving_the_length(settings: dict, unit: str, value: float) -> None:
    length = build_options(**settings).length
    assert (length.unit, length.value) == (unit, value)


@pytest.mark.parametrize(
    "settings",
    [
        {"sentences": 0},
        {"sentences": -1},
        {"ratio": 0.0},
        {"ratio": 1.5},
        {"ratio": float("nan")},
        {"words": 0},
        {"length": "huge"},
        {"sentences": 3, "ratio": 0.5},
        {"words": 100, "length": "short"},
        {"method": "no-such-method"},
        {"actors": -1},
    ],
)
def test_bad_settings_are_refused_with_a_message(settings: dict) -> None:
    with pytest.raises(OptionsError) as error:
        build_options(**settings)
    assert str(error.value)


def test_sentence_count_for_each_unit() -> None:
    assert Length("sentences", 3).sentence_count(10) == 3
    assert Length("sentences", 30).sentence_count(10) == 10
    assert Length("ratio", 0.2).sentence_count(20) == 4
    assert Length("ratio", 0.01).sentence_count(20) == 1


@pytest.mark.parametrize(("text", "value"), [("all", None), ("ALL", None), ("3", 3), (" 0 ", 0)])
def test_parse_count(text: str, value: int | None) -> None:
    assert parse_count(text, "--actors") == value


@pytest.mark.parametrize("text", ["-1", "many", "2.5", ""])
def test_parse_count_refuses(text: str) -> None:
    with pytest.raises(OptionsError, match="--quotes"):
        parse_count(text, "--quotes")


@pytest.mark.parametrize(
    ("length", "text"),
    [
        (Length("sentences", 1), "1 sentence"),
        (Length("sentences", 3), "3 sentences"),
        (Length("words", 1), "1 word"),
        (Length("ratio", 0.25), "25% of sentences"),
        (Length.preset("short"), "short (3 sentences)"),
    ],
)
def test_describe(length: Length, text: str) -> None:
    assert length.describe() == text
