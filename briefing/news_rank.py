"""The default ranker for news: centrality that knows position, with the title as a query.

News puts what matters first, but not always; a ranker that only copies the lead misses stories
whose news is further down, and pure centrality ignores the inverted pyramid. This ranker mixes
three signals, each scaled to [0, 1]: a lead prior, TF-IDF centrality and similarity to the
title.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from .model import Sentence
from .rank import RankContext
from .segment import words
from .text import content_terms

LEAD_WEIGHT = 0.5
CENTRALITY_WEIGHT = 0.3
TITLE_WEIGHT = 0.2
#: How fast the lead prior falls with sentence position.
LEAD_DECAY = 0.25


def rate(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    vectors = _tfidf([content_terms(s.words, context.language) for s in sentences])
    centrality = _scaled([sum(_cosine(v, w) for w in vectors if w is not v) for v in vectors])
    title_terms = content_terms(words(context.title or ""), context.language)
    title_vector = Counter(title_terms)
    title_sim = _scaled([_cosine(v, title_vector) for v in vectors]) if title_terms else None
    scores = []
    for rank, sentence in enumerate(sentences):
        lead = math.exp(-LEAD_DECAY * rank)
        score = LEAD_WEIGHT * lead + CENTRALITY_WEIGHT * centrality[rank]
        if title_sim is not None:
            score += TITLE_WEIGHT * title_sim[rank]
        scores.append(score)
    return scores


def _tfidf(documents: list[list[str]]) -> list[dict[str, float]]:
    frequency = Counter(term for terms in documents for term in set(terms))
    n = len(documents)
    return [
        {t: c * math.log(1 + n / frequency[t]) for t, c in Counter(terms).items()}
        for terms in documents
    ]


def _cosine(a: dict[str, float], b: dict[str, float] | Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(weight * b[t] for t, weight in a.items() if t in b)
    norm = math.sqrt(sum(x * x for x in a.values())) * math.sqrt(sum(x * x for x in b.values()))
    return dot / norm if norm else 0.0


def _scaled(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top if top > 0 else 0.0 for v in values]
