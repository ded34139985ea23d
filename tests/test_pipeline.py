"""``brief()`` end to end, on the samples and on the seed article."""

from __future__ import annotations

import gc

import pytest

from briefing import Briefing, BriefingOptions, Document, brief
from briefing.input.text import read_document
from briefing.options import Length

from .conftest import SAMPLES

SAMPLE_NAMES = sorted(p.name for p in SAMPLES.glob("*.txt"))


def test_brief_returns_the_data_model(sample_text: str) -> None:
    result = brief(sample_text, sentences=3, source="x.txt")
    assert isinstance(result, Briefing)
    assert result.source == "x.txt" and result.stats.method == "news"
    assert len(result.key_points) == 3


def test_options_object_and_keyword_settings_agree(sample_text: str) -> None:
    options = BriefingOptions(length=Length("sentences", 2), method="lead")
    assert brief(sample_text, options) == brief(sample_text, sentences=2, method="lead")
    with pytest.raises(TypeError):
        brief(sample_text, options, sentences=2)


def test_a_read_document_can_be_briefed(sample_text: str) -> None:
    document = read_document(sample_text, source="doc.txt")
    assert isinstance(document, Document)
    assert brief(document).source == "doc.txt"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_samples_key_points_are_real_sentences_in_order(name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    result = brief(text, sentences=4)
    document = read_document(text)
    assert len(result.key_points) == 4
    starts = [p.start for p in result.key_points]
    assert starts == sorted(starts)
    paragraphs = [(b.start, b.end) for b in document.paragraphs]
    for point in result.key_points:
        assert document.text[point.start : point.end] == point.text
        assert any(a <= point.start and point.end <= b for a, b in paragraphs)


def test_more_sentences_than_the_article_has_gives_them_all() -> None:
    text = "The council met on Monday. It approved the new harbour wall after a debate."
    assert len(brief(text, sentences=50).key_points) == 2


def test_seed_three_key_points_without_title_headings_or_caption(seed_text: str) -> None:
    result = brief(seed_text, sentences=3)
    assert len(result.key_points) == 3
    texts = [p.text for p in result.key_points]
    for forbidden in (
        "Canadian special forces are back",
        "Enter carefully",
        "Street protests",
        "Major General Peter Dawe speaks",
    ):
        assert not any(t.startswith(forbidden) for t in texts)


def test_seed_dawe_is_one_main_actor_with_his_role(seed_text: str) -> None:
    result = brief(seed_text, sentences=3)
    names = [a.name for a in result.actors]
    assert "Peter Dawe" in names[:3]
    dawe = result.actors[names.index("Peter Dawe")]
    assert "Dawe" in dawe.aliases
    assert any("Special Forces Command" in role for role in dawe.roles)
    assert sum("Dawe" in name for name in names) == 1


def test_seed_quotes_are_his_including_the_he_said_one(seed_text: str) -> None:
    result = brief(seed_text, quotes=None)
    by_dawe = [q for q in result.quotes if q.speaker == "Peter Dawe"]
    assert len(by_dawe) >= 2
    he_said = "It is very important for the coalition to respect the wishes"
    assert any(q.text.startswith(he_said) for q in by_dawe)


def test_public_api_names_resolve() -> None:
    import briefing

    for name in briefing.__all__:
        assert getattr(briefing, name) is not None
    with pytest.raises(AttributeError):
        _ = briefing.no_such_name


def test_threads_brief_at_once_as_one_does(sample_text: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from briefing.language.words import stem

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] * 4
    alone = [brief(t, sentences=3) for t in texts]
    stem.cache_clear()  # the threads must stem for themselves, not read the cache
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: brief(t, sentences=3), texts))
    assert together == alone


def test_briefing_leaves_the_cycle_collector_as_it_found_it() -> None:
    """The collector is paused while an article is briefed, and only then."""
    text = SAMPLES.joinpath("harbour-bridge.txt").read_text(encoding="utf-8")
    assert gc.isenabled()
    brief(text)
    assert gc.isenabled()
    gc.disable()
    try:
        brief(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
