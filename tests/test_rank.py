"""Key points: the shared selection, the news ranker and every method in the registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import brief
from briefing.input.text import read_document
from briefing.model import Sentence
from briefing.options import METHODS, Length
from briefing.ranking import learned
from briefing.ranking.news import LEAD_DECAY, rate
from briefing.ranking.select import RankContext, is_candidate, key_points, select
from briefing.segment import segment, words

from .conftest import SEED

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Harbour town votes to rebuild flooded sea wall

The council of Port Alder voted on Tuesday to rebuild the sea wall that failed in the storms.

The old wall, built in 1890, gave way in January and flooded more than 300 homes near the harbour.

Mayor Ruth Okafor said the new sea wall would protect the harbour for a century.

“We cannot ask families to live with this fear again,” she said.

Engineers will start work on the sea wall in May, and the harbour road will close for two years.

Some shop owners on the harbour road fear that the closure will drive visitors away.

The council will pay for half of the wall from its reserves and borrow the rest.

A public meeting about the road closure is planned for next month at the town hall.
"""


def sentences_of(text: str) -> tuple[Sentence, ...]:
    return segment(read_document(text))


def sentence(text: str, index: int) -> Sentence:
    return Sentence(text, 0, len(text), index, index, words(text))


def points(text: str, method: str = "news", **length: int | float) -> list[str]:
    unit, value = next(iter(length.items()))
    document = read_document(text)
    chosen = key_points(
        segment(document), Length(unit, value), method, RankContext(title=document.title)
    )
    return [point.text for point in chosen]


# --- the shared selection -----------------------------------------------------------------


def test_sentence_count_is_met() -> None:
    assert len(points(ARTICLE, sentences=3)) == 3
    assert len(points(ARTICLE, sentences=1)) == 1


def test_ratio_is_a_share_of_the_article_sentences() -> None:
    total = len(sentences_of(ARTICLE))
    assert len(points(ARTICLE, ratio=0.5)) == round(total * 0.5)


def test_more_sentences_than_the_article_has_gives_every_sentence_in_order() -> None:
    body = [paragraph.strip() for paragraph in ARTICLE.split("\n\n")[1:]]
    assert points(ARTICLE, sentences=50) == body


@settings(max_examples=60, deadline=None)
@given(budget=st.integers(min_value=1, max_value=200))
def test_word_budget_is_never_exceeded_when_a_sentence_fits(budget: int) -> None:
    sentences = sentences_of(ARTICLE)
    chosen = points(ARTICLE, words=budget)
    used = sum(len(words(text)) for text in chosen)
    shortest = min(len(s.words) for s in sentences if is_candidate(s))
    assert chosen
    if budget >= shortest:
        assert used <= budget
    else:
        assert len(chosen) == 1


def test_sentences_are_never_cut_to_fit_the_budget() -> None:
    texts = {s.text for s in sentences_of(ARTICLE)}
    assert set(points(ARTICLE, words=40)) <= texts


def test_key_points_come_in_document_order() -> None:
    sentences = sentences_of(ARTICLE)
    order = [s.text for s in sentences]
    for method in ("news", "lead"):
        chosen = points(ARTICLE, method, sentences=5)
        assert [order.index(text) for text in chosen] == sorted(order.index(t) for t in chosen)


def test_near_duplicates_are_not_both_chosen() -> None:
    first = sentence("The council voted to rebuild the sea wall at a cost of 40 million.", 0)
    again = sentence("The council voted to rebuild the sea wall, at a cost of 40 million!", 1)
    other = sentence("Shop owners fear that closing the harbour road will drive visitors away.", 2)
    picks = select([first, again, other], [1.0, 0.9, 0.1], wanted=2)
    assert [s.index for s, _ in picks] == [0, 2]


@pytest.mark.parametrize(
    "text",
    [
        "He said.",
        "Reuters",
        "PHOTOS BY THE HARBOUR DESK STAFF",
        "said the mayor of the town on Tuesday.",
        "The tables below show the results for each ward:",
    ],
)
def test_fragments_are_not_candidates(text: str) -> None:
    assert not is_candidate(sentence(text, 0))


def test_fragments_are_skipped_as_key_points() -> None:
    text = "Ruth Okafor said.\n\nThe council voted to rebuild the sea wall after the storms.\n"
    assert points(text, sentences=2) == [
        "The council voted to rebuild the sea wall after the storms."
    ]


def test_one_sentence_article() -> None:
    text = "The council voted to rebuild the sea wall."
    assert points(text, sentences=3) == [text]
    assert points("Storm.", sentences=3) == ["Storm."]


# --- the centrality ranker -------------------------------------------------------------------


def test_title_as_query_lifts_the_sentence_it_matches() -> None:
    body = [
        sentence("The council met on Tuesday evening to discuss the budget for next year.", 0),
        sentence("The council approved plans for a new library after a long debate.", 1),
        sentence("The budget also includes money for road repairs across the town.", 2),
    ]
    without = rate(body, RankContext())
    with_title = rate(body, RankContext(title="Town approves new library"))
    assert with_title[1] / max(with_title) > without[1] / max(without)


def test_position_prior_prefers_the_earlier_of_equal_sentences() -> None:
    same = "The council voted to rebuild the harbour sea wall after the storms."
    body = [sentence(same, i) for i in range(4)]
    scores = rate(body, RankContext())
    assert scores == sorted(scores, reverse=True)
    assert scores[3] / scores[0] == pytest.approx(4**-LEAD_DECAY)


def test_scores_are_scaled_to_the_best_sentence() -> None:
    scores = rate(sentences_of(ARTICLE), RankContext())
    assert max(scores) == 1.0
    assert min(scores) >= 0.0


def test_central_sentence_beats_an_unrelated_one() -> None:
    chosen = points(ARTICLE, sentences=1)
    assert "sea wall" in chosen[0]


def test_json_score_is_the_rankers_score() -> None:
    result = brief(ARTICLE, sentences=3)
    document = read_document(ARTICLE)
    candidates = [s for s in segment(document) if is_candidate(s)]
    scores = learned.rate(candidates, RankContext(title=document.title))
    by_start = {s.start: score for s, score in zip(candidates, scores, strict=True)}
    for point in result.to_dict()["key_points"]:
        assert point["score"] == pytest.approx(by_start[point["start"]], abs=1e-6)


def test_news_ranker_rates_every_sentence_of_a_long_document() -> None:
    vocabulary = [f"term{i}" for i in range(2000)]
    body = [
        sentence(" ".join(vocabulary[(i * 7 + k * 13) % 2000] for k in range(15)) + ".", i)
        for i in range(3000)
    ]
    scores = rate(body, RankContext())
    assert len(scores) == 3000 and max(scores) == pytest.approx(1.0)


def test_default_method_imports_neither_nltk_nor_sumy_modules() -> None:
    code = (
        "import sys; from briefing import brief; brief(sys.stdin.read(), sentences=3);"
        "loaded = [m for m in sys.modules if m.startswith(('nltk', 'sumy.'))];"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=ARTICLE,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_seed_article_key_points_are_sentences_of_paragraphs() -> None:
    result = brief(SEED.read_text(encoding="utf-8"), sentences=3)
    texts = [point.text for point in result.key_points]
    assert len(texts) == 3
    for unwanted in (result.title, "Enter carefully", "Street protests", "Patrick Doyle"):
        assert all(unwanted not in text for text in texts)


# --- every method -------------------------------------------------------------------------


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_picks_whole_sentences_of_the_article(method: str) -> None:
    chosen = points(ARTICLE, method, sentences=3)
    texts = {s.text for s in sentences_of(ARTICLE)}
    assert len(chosen) == 3
    assert set(chosen) <= texts


def test_a_quotation_with_no_attribution_is_no_key_point() -> None:
    alone = sentence("“We would rather explain a closed bridge than a collapsed one.”", 0)
    cued = sentence("“We would rather explain a closed bridge,” the mayor said on Monday.", 1)
    assert not is_candidate(alone)
    assert is_candidate(cued)
