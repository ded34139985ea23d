"""``brief`` and ``brief_merged``: one pass from article text to a ``Briefing``, stage by stage.

Both go through the same steps: each article is read, segmented, rated, and its actors and
quotes found (``analyse``); then the key points are selected, the actors and quotes of several
articles combined, the actors re-ranked by what the key points and quotes say, and the notable
quotes chosen (``assemble``). One article briefed alone and one article "merged" with nothing
give the same briefing.
"""

from __future__ import annotations

import gc
import math
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

from .actors import find_actors, listed_actors, rerank_actors
from .aside import aside
from .input import read_document
from .input.text import word_count as count_words
from .language import detect_language
from .merge import merge_actors, merge_quotes
from .model import Actor, Briefing, Document, KeyPoint, Quote, Sentence, SourceInfo, Stats
from .options import BriefingOptions
from .quotes import Quotations, find_quotes, notable_quotes, read_quotations
from .ranking import RankContext, is_candidate, rate, select
from .segment import WORD, segment, words

#: Average adult reading speed for news, in words per minute.
READING_SPEED = 230


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the stages find in one article, before anything is chosen for the briefing."""

    document: Document
    sentences: tuple[Sentence, ...]
    candidates: tuple[Sentence, ...]
    scores: tuple[float, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    words: int


def brief(
    text: str | Document,
    options: BriefingOptions | None = None,
    *,
    source: str = "<stdin>",
    **settings: Any,
) -> Briefing:
    """Brief an article given as text (or an already read ``Document``).

    Settings are a ``BriefingOptions`` or its keyword arguments, e.g.
    ``brief(text, sentences=3, method="lex-rank")``.
    """
    return brief_merged([text], options, sources=[source], **settings)


def brief_merged(
    articles: Sequence[str | Document],
    options: BriefingOptions | None = None,
    *,
    sources: Sequence[str] | None = None,
    **settings: Any,
) -> Briefing:
    """Brief several articles on one story as a single briefing."""
    if options is None:
        options = BriefingOptions.build(**settings)
    elif settings:
        raise TypeError("give either options or keyword settings, not both")
    if sources is None:
        sources = [f"article {number}" for number in range(1, len(articles) + 1)]
    documents = [
        a if isinstance(a, Document) else read_document(a, source=name)
        for a, name in zip(articles, sources, strict=True)
    ]
    language = options.language
    if language == "auto":
        language = detect_language("\n\n".join(d.text for d in documents))
    with _cycle_collector_paused():
        analyses = [analyse(d, options.method, language) for d in documents]
        return assemble(analyses, options, language)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an article is briefed.

    A long article makes millions of small objects (tokens, candidates, feature rows) and no
    cycles worth collecting; the collector walks them again and again as they pile up: a
    quarter of the actor stage's time on a 10,000-sentence document (``gc.callbacks``).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyse(document: Document, method: str, language: str) -> Analysis:
    """Segment, rate, and find the actors and quotes of one article."""
    sentences = segment(document, language)
    candidates = tuple(s for s in sentences if is_candidate(s)) or sentences
    context = RankContext(title=document.title, language=language)

    def apart() -> tuple[list[float], Quotations, int]:
        """What needs no actor: worked out aside from them on a long article."""
        ratings = rate(method, candidates, context) if candidates else []
        return ratings, read_quotations(document, language), count_words(document.text, WORD)

    with aside(apart, len(candidates), later=True) as pending:
        actors = find_actors(document, sentences, language=language)
        ratings, quotations, word_count = pending.result()
    quotes = find_quotes(document, actors, language, quotations)
    scores = tuple(ratings)
    return Analysis(document, sentences, candidates, scores, actors, quotes, word_count)


def assemble(analyses: Sequence[Analysis], options: BriefingOptions, language: str) -> Briefing:
    """The briefing of one or more analysed articles: choices made across all of them."""
    documents = [a.document for a in analyses]
    several = len(analyses) > 1
    points = _key_points(analyses, options, language)
    if several:
        actors = merge_actors([_tagged(a.actors, a.document.source) for a in analyses])
        quotes = merge_quotes([(a.document.source, a.quotes) for a in analyses], actors)
    else:
        actors, quotes = analyses[0].actors, analyses[0].quotes
    found = actors
    actors = rerank_actors(found, points, quotes)
    chosen_quotes = notable_quotes(quotes, actors, points, options.quotes)
    quoted = _quoting(analyses, chosen_quotes, several)
    if any((p.source, p.index) in quoted for p in points):
        # A sentence is shown once: as the quote, with its speaker, not again as a key point.
        points = _key_points(analyses, options, language, quoted)
        actors = rerank_actors(found, points, quotes)
    listed = listed_actors(actors)
    shown_actors = listed if options.actors is None else listed[: options.actors]
    total = sum(len(a.sentences) for a in analyses)
    return Briefing(
        source=", ".join(d.source for d in documents),
        title=next((d.title for d in documents if d.title), None),
        key_points=points,
        actors=tuple(shown_actors),
        quotes=chosen_quotes,
        stats=make_stats(sum(a.words for a in analyses), total, options, language),
        meta=documents[0].meta if not several else SourceInfo(),
        sources=tuple(d.source for d in documents) if several else (),
        documents=tuple(documents),
    )


def _tagged(actors: tuple[Actor, ...], source: str) -> tuple[Actor, ...]:
    """Actors whose mentions say which article they are in, before articles are merged."""
    return tuple(
        replace(actor, mentions=tuple(replace(m, source=source) for m in actor.mentions))
        for actor in actors
    )


def _key_points(
    analyses: Sequence[Analysis],
    options: BriefingOptions,
    language: str,
    shown: frozenset[tuple[str | None, int]] = frozenset(),
) -> tuple[KeyPoint, ...]:
    """Select across every article's candidates, then list the picks in reading order.

    Several articles' ratings are scaled to each article's best sentence, so that each
    article's lead competes on equal terms; a single article keeps its method's scores.
    Sentences in ``shown`` ((source or None, index), already shown as quotes) are passed
    over while any other candidate is left.
    """
    several = len(analyses) > 1
    pool: list[Sentence] = []
    scores: list[float] = []
    origin: dict[int, int] = {}
    for number, analysis in enumerate(analyses):
        top = max((abs(s) for s in analysis.scores), default=0.0) or 1.0
        scale = top if several else 1.0
        key = analysis.document.source if several else None
        for sentence, score in zip(analysis.candidates, analysis.scores, strict=True):
            if (key, sentence.index) in shown:
                continue
            origin[id(sentence)] = number
            pool.append(sentence)
            scores.append(score / scale)
    if not pool:
        return _key_points(analyses, options, language) if shown else ()
    length = options.length
    wanted = length.sentence_count(sum(len(a.sentences) for a in analyses))
    budget = int(length.value) if length.unit == "words" else None
    picks = select(pool, scores, wanted, budget, language)
    picks.sort(key=lambda pick: (origin[id(pick[0])], pick[0].index))
    return tuple(
        KeyPoint(
            s.text,
            s.start,
            s.end,
            round(score, 6),
            s.index,
            source=analyses[origin[id(s)]].document.source if several else None,
        )
        for s, score in picks
    )


#: Words a shown quote needs for the sentence holding it to count as shown already; shorter
#: quotes ("“a disaster”") leave the sentence's news untold.
MIN_REPEATED_WORDS = 5


def _quoting(
    analyses: Sequence[Analysis], quotes: tuple[Quote, ...], several: bool
) -> frozenset[tuple[str | None, int]]:
    """(source or None, index) of the sentences that hold a shown quote of
    MIN_REPEATED_WORDS words or more."""
    found: set[tuple[str | None, int]] = set()
    for analysis in analyses:
        source = analysis.document.source if several else None
        spans = sorted(
            (q.start, q.end)
            for q in quotes
            if len(words(q.text)) >= MIN_REPEATED_WORDS and (not several or q.source == source)
        )
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))  # furthest end of spans[: k + 1]
        for s in analysis.sentences:
            opened = bisect_left(starts, s.end)  # spans that open before the sentence ends
            if opened and reach[opened - 1] > s.start:
                found.add((source, s.index))
    return frozenset(found)


def make_stats(word_count: int, sentences: int, options: BriefingOptions, language: str) -> Stats:
    """The figures of a briefing: words, sentences, reading time and how it was made."""
    return Stats(
        words=word_count,
        sentences=sentences,
        reading_minutes=max(1, math.ceil(word_count / READING_SPEED)),
        method=options.method,
        length=options.length.describe(),
        language=language,
    )
