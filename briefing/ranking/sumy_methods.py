"""sumy's summarizers as rating methods, fed with our own sentences and words.

sumy's ``Tokenizer`` needs nltk's punkt data, which users do not have; here sumy gets a document
built from our sentences and a tokenizer object that only splits words, so nothing is
downloaded. Each summarizer is asked for every sentence and its ratings are captured where sumy
hands them to ``_get_best_sentences``, so the shared selector in ``rank`` does the choosing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

from briefing.language.words import stop_words
from briefing.model import Sentence
from briefing.segment import words

from .select import RankContext

_LANGUAGE_STEMMER = "english"


class WordTokenizer:
    """The part of sumy's tokenizer interface its summarizers use, without nltk data."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from briefing.segment import split_sentences

        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)


def _document(sentences: Sequence[Sentence], language: str) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph  # noqa: TID251
    from sumy.models.dom import Sentence as SumySentence  # noqa: TID251

    tokenizer = WordTokenizer(language)
    paragraphs: dict[int, list[Any]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(SumySentence(sentence.text, tokenizer))
    return ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs.values()))


def _ratings(summarizer: Any, sentences: Sequence[Sentence], language: str) -> list[float]:
    """Run ``summarizer`` on every sentence and return the ratings it computed."""
    captured: dict[str, float] = {}

    def capture(found: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        for s in found:
            value = rating[s] if isinstance(rating, dict) else rating(s, *args, **kwargs)
            captured[str(s)] = float(value)
        return ()

    summarizer._get_best_sentences = capture
    summarizer(_document(sentences, language), len(sentences))
    return [captured.get(s.text.strip(), 0.0) for s in sentences]


def _summarizer(factory: Callable[[Any], Any], language: str) -> Any:
    from sumy.nlp.stemmers import Stemmer  # noqa: TID251

    summarizer = factory(Stemmer(language))
    summarizer.stop_words = stop_words(language)
    return summarizer


def _rate_with(path: str) -> Callable[[Sequence[Sentence], RankContext], list[float]]:
    """A rating function for the sumy summarizer class at ``module:Class``."""

    def rate(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
        module, _, name = path.partition(":")
        factory = getattr(importlib.import_module(module), name)
        summarizer = _summarizer(factory, context.language)
        return _ratings(summarizer, sentences, context.language)

    rate.__doc__ = f"Ratings of sumy's {path.rpartition(':')[2]}."
    return rate


rate_lex_rank = _rate_with("sumy.summarizers.lex_rank:LexRankSummarizer")
rate_text_rank = _rate_with("sumy.summarizers.text_rank:TextRankSummarizer")
rate_lsa = _rate_with("sumy.summarizers.lsa:LsaSummarizer")
rate_luhn = _rate_with("sumy.summarizers.luhn:LuhnSummarizer")
rate_sum_basic = _rate_with("sumy.summarizers.sum_basic:SumBasicSummarizer")
rate_kl = _rate_with("sumy.summarizers.kl:KLSummarizer")
rate_reduction = _rate_with("sumy.summarizers.reduction:ReductionSummarizer")


def rate_edmundson(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    """Edmundson with the title's words as bonus words and stop words as null words."""
    from sumy.summarizers.edmundson import EdmundsonSummarizer  # noqa: TID251

    summarizer = _summarizer(EdmundsonSummarizer, context.language)
    stops = stop_words(context.language)
    title_words = [w.lower() for w in words(context.title or "") if w.lower() not in stops]
    summarizer.bonus_words = title_words or ["said"]
    summarizer.stigma_words = ["however", "perhaps", "maybe"]
    summarizer.null_words = stops
    return _ratings(summarizer, sentences, context.language)
