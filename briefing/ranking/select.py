"""Key points: rate sentences with a chosen method, then pick them to fit the asked length.

Every method only rates sentences; choosing is shared, so each method obeys the same length
policies (sentences, ratio, words), skips fragments and near-duplicates and returns its picks
in document order. Methods are imported lazily: only the chosen one is loaded.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.language.words import content_terms
from briefing.model import KeyPoint, Sentence
from briefing.options import Length
from briefing.segment import balanced_quotes

#: Method name (``briefing.options.METHODS``) -> the module:function that rates sentences.
RATERS: dict[str, str] = {
    "news": "briefing.ranking.learned:rate",
    "centrality": "briefing.ranking.news:rate",
    "lex-rank": "briefing.ranking.graph:rate_lex_rank",
    "text-rank": "briefing.ranking.graph:rate_text_rank",
    "lsa": "briefing.ranking.graph:rate_lsa",
    "luhn": "briefing.ranking.sumy_methods:rate_luhn",
    "edmundson": "briefing.ranking.sumy_methods:rate_edmundson",
    "sum-basic": "briefing.ranking.sumy_methods:rate_sum_basic",
    "kl": "briefing.ranking.sumy_methods:rate_kl",
    "reduction": "briefing.ranking.sumy_methods:rate_reduction",
    "lead": "briefing.ranking.select:rate_lead",
}

_UNATTRIBUTED = re.compile(r"[“\"«„»‘][^“”\"«»„]*[”\"»“«’][.!?]?")

#: Sentences with fewer words are fragments (datelines, credits, "he said."), never key points.
MIN_WORDS = 5
#: Two picks sharing more than this share of content terms say the same thing. At 3 sentences
#: (news ranker, ROUGE-1 BBC / CNN dev) 0.4: 56.9 / 29.1, 0.5: 57.4 / 29.2, 0.6: 57.6 / 29.3,
#: 0.7 and off: 57.7 / 29.3; 0.6 drops restatements at no measurable cost.
MAX_OVERLAP = 0.6

Rater = Callable[[Sequence[Sentence], "RankContext"], list[float]]


@dataclass(frozen=True, slots=True)
class RankContext:
    """What a rating method may know beyond the sentences."""

    title: str | None = None
    language: str = "english"


def rate(method: str, sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    """One score per sentence (higher is better) from the named method."""
    module_name, _, function = RATERS[method].partition(":")
    rater: Rater = getattr(importlib.import_module(module_name), function)
    return [float(score) for score in rater(sentences, context)]


def rate_lead(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    """Earlier is better: the inverted pyramid of news writing."""
    return [1.0 / (1 + s.index) for s in sentences]


def key_points(
    sentences: Sequence[Sentence],
    length: Length,
    method: str,
    context: RankContext,
) -> tuple[KeyPoint, ...]:
    """The chosen sentences, in document order, with their scores."""
    if not sentences:
        return ()
    candidates = [s for s in sentences if is_candidate(s)] or list(sentences)
    scores = rate(method, candidates, context)
    wanted = length.sentence_count(len(sentences))
    budget = int(length.value) if length.unit == "words" else None
    picks = select(candidates, scores, wanted, budget, context.language)
    return tuple(
        KeyPoint(s.text, s.start, s.end, round(score, 6), s.index)
        for s, score in sorted(picks, key=lambda pick: pick[0].index)
    )


def select(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    wanted: int,
    budget: int | None = None,
    language: str = "english",
) -> list[tuple[Sentence, float]]:
    """Best first, skipping near-duplicates and sentences over the word budget.

    Sentences are chosen whole: one that would overrun the budget is passed over for a shorter
    one further down. Only when no sentence fits at all is the best one given alone.
    """
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], sentences[i].index))
    chosen: list[tuple[Sentence, float]] = []
    chosen_terms: list[frozenset[str]] = []
    used_words = 0
    for i in order:
        if len(chosen) >= wanted:
            break
        sentence = sentences[i]
        if budget is not None and used_words + len(sentence.words) > budget:
            continue
        terms = frozenset(content_terms(sentence.words, language))
        if any(overlap(terms, other) > MAX_OVERLAP for other in chosen_terms):
            continue
        chosen.append((sentence, scores[i]))
        chosen_terms.append(terms)
        used_words += len(sentence.words)
    if not chosen and order:
        chosen.append((sentences[order[0]], scores[order[0]]))
    return chosen


def is_candidate(sentence: Sentence) -> bool:
    """Whether a sentence can stand alone as a key point.

    Not: fewer than MIN_WORDS words; no lower-case letter (headings, credits in capitals);
    a first word in lower case, the tail of a quotation cut off by attribution ("he said.");
    a sentence ending in a colon, which announces what it does not say; a quotation with no
    word outside its marks, which does not say who speaks; a sentence that opens or closes a
    quotation without the other mark, which is a piece of a longer quotation.
    """
    if len(sentence.words) < MIN_WORDS or _in_capitals(sentence.text):
        return False
    if sentence.words[0].islower():
        return False
    text = sentence.text.rstrip()
    if not balanced_quotes(text):
        return False
    return not text.endswith(":") and not _UNATTRIBUTED.fullmatch(text)


def _in_capitals(text: str) -> bool:
    """No lower-case letter, in a script that has cases: Thai or Chinese has none to show."""
    if any(c.islower() for c in text):
        return False
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isupper()) * 2 >= len(letters)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared terms as a share of the smaller set: 1 when one sentence repeats the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
