"""Our vectorised LexRank, TextRank and LSA rate sentences as sumy does."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from briefing.input.text import read_document
from briefing.ranking import graph as graph_rank
from briefing.ranking import sumy_methods as sumy_methods
from briefing.ranking.select import RankContext
from briefing.segment import segment

from .conftest import SAMPLES, SEED

ARTICLES = [*sorted(SAMPLES.glob("*.txt")), SEED]


@pytest.mark.parametrize("method", ["lex_rank", "text_rank", "lsa"])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_ratings_equal_sumys(method: str, path: Path) -> None:
    sentences = segment(read_document(path.read_text(encoding="utf-8")))
    context = RankContext()
    ours = getattr(graph_rank, f"rate_{method}")(sentences, context)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sumy's LSA warns on short texts
        theirs = getattr(sumy_methods, f"rate_{method}")(sentences, context)
    assert np.allclose(ours, theirs, rtol=1e-6, atol=1e-9)


def _many_sentences(count: int) -> tuple:
    topics = ["harbour wall", "bridge repair", "vaccine supply", "solar panels", "school budget"]
    text = " ".join(
        f"The council discussed the {topics[i % 5]} plan number {i} with residents on day {i % 7}."
        for i in range(count)
    )
    return segment(read_document(text))


@pytest.mark.parametrize("method", ["lex_rank", "text_rank", "lsa"])
def test_long_documents_get_one_finite_rating_per_sentence(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graph_rank, "EXACT_LIMIT", 50)
    monkeypatch.setattr(graph_rank, "MAX_NEIGHBOURS", 5)
    monkeypatch.setattr(graph_rank, "BLOCK_ROWS", 32)
    sentences = _many_sentences(300)
    ratings = getattr(graph_rank, f"rate_{method}")(sentences, RankContext())
    assert len(ratings) == 300 and all(np.isfinite(ratings))


def test_sentences_without_content_words_do_not_break_the_graph() -> None:
    sentences = segment(read_document("It is. So it was. The harbour wall fell down today."))
    for rate in (graph_rank.rate_lex_rank, graph_rank.rate_text_rank, graph_rank.rate_lsa):
        assert len(rate(sentences, RankContext())) == 3
