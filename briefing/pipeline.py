"""``brief``: one pass from article text to a ``Briefing``, stage by stage."""

from __future__ import annotations

import math
from typing import Any

from .actors.stage import find_actors, rerank_actors
from .input.text import read_document
from .language.detect import detect_language
from .model import Briefing, Document, Stats
from .options import BriefingOptions
from .quotes.find import find_quotes, notable_quotes
from .ranking.select import RankContext, key_points
from .segment import segment, words

#: Average adult reading speed for news, in words per minute.
READING_SPEED = 230


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
    if options is None:
        options = BriefingOptions.build(**settings)
    elif settings:
        raise TypeError("give either options or keyword settings, not both")
    document = text if isinstance(text, Document) else read_document(text, source=source)
    language = options.language
    if language == "auto":
        language = detect_language(document.text)
    sentences = segment(document, language)
    context = RankContext(title=document.title, language=language)
    points = key_points(sentences, options.length, options.method, context)
    actors = find_actors(document, sentences, language=language)
    quotes = find_quotes(document, actors, language)
    actors = rerank_actors(actors, points, quotes)
    chosen_quotes = notable_quotes(quotes, actors, points, options.quotes)
    shown_actors = actors if options.actors is None else actors[: options.actors]
    stats = make_stats([document], len(sentences), options, language)
    return Briefing(
        source=document.source,
        title=document.title,
        key_points=points,
        actors=tuple(shown_actors),
        quotes=chosen_quotes,
        stats=stats,
        meta=document.meta,
    )


def make_stats(
    documents: list[Document], sentences: int, options: BriefingOptions, language: str
) -> Stats:
    """The figures of a briefing: words, sentences, reading time and how it was made."""
    word_count = sum(len(words(d.text)) for d in documents)
    return Stats(
        words=word_count,
        sentences=sentences,
        reading_minutes=max(1, math.ceil(word_count / READING_SPEED)),
        method=options.method,
        length=options.length.describe(),
        language=language,
    )
