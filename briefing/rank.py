"""Key points: rate sentences with a chosen method, then pick them to fit the asked length.

Every method only rates sentences; choosing is shared, so each method obeys the same length
policies (sentences, ratio, words), skips fragments and near-duplicates and returns its picks
in document order. Methods are imported lazily: only the chosen one is loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .model import KeyPoint, Sentence
from .options import Length
from .text import content_terms

#: Method name -> (module:function that rates sentences, one-line description).
METHODS: dict[str, tuple[str, str]] = {
    "news": ("briefing.news_rank:rate", "position-aware centrality with the title as query (default)"),
    "lex-rank": ("briefing.graph_rank:rate_lex_rank", "LexRank: eigenvector centrality"),
    "text-rank": ("briefing.graph_rank:rate_text_rank", "TextRank: PageRank over word overlap"),
    "lsa": ("briefing.graph_rank:rate_lsa", "latent semantic analysis"),
    "luhn": ("briefing.sumy_methods:rate_luhn", "Luhn: clusters of significant words (sumy)"),
    "edmundson": ("briefing.sumy_methods:rate_edmundson", "Edmundson: cue, title and location words (sumy)"),
    "sum-basic": ("briefing.sumy_methods:rate_sum_basic", "SumBasic: word probabilities (sumy)"),
    "kl": ("briefing.sumy_methods:rate_kl", "KL-Sum: closest word distribution (sumy)"),
    "reduction": ("briefing.sumy_methods:rate_reduction", "graph reduction by word overlap (sumy)"),
    "lead": ("briefing.rank:rate_lead", "the first sentences, as a newspaper orders them"),
}

#: Sentences with fewer words are fragments (datelines, credits, "he said."), never key points.
MIN_WORDS = 5
#: Two picks sharing more than this share of content terms say the same thing.
MAX_OVERLAP = 0.6

Rater = Callable[[Sequence[Sentence], "RankContext"], list[float]]


@dataclass(frozen=True, slots=True)
class RankContext:
    """What a rating method may know beyond the sentences."""

    title: str | None = None
    language: str = "english"


def rate(method: str, sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    """One score per sentence (higher is better) from the named method."""
    module_name, _, function = METHODS[method][0].partition(":")
    rater: Rater = getattr(importlib.import_module(module_name), function)
    return [float(score) for score in rater(sentences, context)]


def rate_lead(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    """Earlier is better: the inverted pyramid of news writing."""
    return [1.0 / (1 + s.index) for s in sentences]


def key_points(
    sentences: Sequence[Sentence], length: Length, method: str, context: RankContext
) -> tuple[KeyPoint, ...]:
    """The chosen sentences, in document order, with their scores."""
    if not sentences:
        return ()
    candidates = [s for s in sentences if _is_candidate(s)] or list(sentences)
    scores = rate(method, candidates, context)
    picks = select(candidates, scores, length)
    return tuple(
        KeyPoint(s.text, s.start, s.end, round(score, 6), s.index)
        for s, score in sorted(picks, key=lambda pick: pick[0].index)
    )


def select(
    sentences: Sequence[Sentence], scores: Sequence[float], length: Length
) -> list[tuple[Sentence, float]]:
    """Best first, skipping near-duplicates, until the count or word budget is reached."""
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], sentences[i].index))
    wanted = length.sentence_count(len(sentences))
    budget = int(length.value) if length.unit == "words" else None
    chosen: list[tuple[Sentence, float]] = []
    chosen_terms: list[frozenset[str]] = []
    used_words = 0
    for i in order:
        sentence = sentences[i]
        terms = frozenset(content_terms(sentence.words))
        if any(_overlap(terms, other) > MAX_OVERLAP for other in chosen_terms):
            continue
        if budget is not None and used_words + len(sentence.words) > budget:
            continue
        chosen.append((sentence, scores[i]))
        chosen_terms.append(terms)
        used_words += len(sentence.words)
        if len(chosen) >= wanted:
            break
    if not chosen:  # nothing fits the word budget: the best sentence alone
        best = order[0]
        chosen.append((sentences[best], scores[best]))
    return chosen


def _is_candidate(sentence: Sentence) -> bool:
    return len(sentence.words) >= MIN_WORDS and any(c.islower() for c in sentence.text)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
