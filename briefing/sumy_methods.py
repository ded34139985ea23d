"""sumy's summarizers as rating methods, fed with our own sentences and words.

sumy's ``Tokenizer`` needs nltk's punkt data, which users do not have; here sumy gets a document
built from our sentences and a tokenizer object that only splits words, so nothing is
downloaded. Each summarizer is asked for every sentence and its ratings are captured where sumy
hands them to ``_get_best_sentences``, so the shared selector in ``rank`` does the choosing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .model import Sentence
from .rank import RankContext
from .segment import words
from .text import stop_words

_LANGUAGE_STEMMER = "english"


class WordTokenizer:
    """The part of sumy's tokenizer interface its summarizers use, without nltk data."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from .segment import split_sentences

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


def rate_lex_rank(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: TID251

    return _ratings(_summarizer(LexRankSummarizer, context.language), sentences, context.language)


def rate_text_rank(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.text_rank import TextRankSummarizer  # noqa: TID251

    return _ratings(_summarizer(TextRankSummarizer, context.language), sentences, context.language)


def rate_lsa(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.lsa import LsaSummarizer  # noqa: TID251

    return _ratings(_summarizer(LsaSummarizer, context.language), sentences, context.language)


def rate_luhn(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.luhn import LuhnSummarizer  # noqa: TID251

    return _ratings(_summarizer(LuhnSummarizer, context.language), sentences, context.language)


def rate_sum_basic(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.sum_basic import SumBasicSummarizer  # noqa: TID251

    return _ratings(_summarizer(SumBasicSummarizer, context.language), sentences, context.language)


def rate_kl(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.kl import KLSummarizer  # noqa: TID251

    return _ratings(_summarizer(KLSummarizer, context.language), sentences, context.language)


def rate_reduction(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    from sumy.summarizers.reduction import ReductionSummarizer  # noqa: TID251

    return _ratings(_summarizer(ReductionSummarizer, context.language), sentences, context.language)


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
