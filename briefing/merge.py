"""One briefing from several articles on the same story.

Each article is read, segmented and rated on its own (a lead prior only means something within
one article), then the ratings are scaled to each article's best sentence and pooled: the
shared selector picks across all of them, so a sentence that repeats one already chosen from
another source is skipped and the best-rated telling of it is kept. Actors found in each
article are merged by name and alias; quotes keep their source and point to the merged
actors, and a quotation that two sources both report is listed once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .actors.stage import find_actors
from .input.text import read_document
from .language.detect import detect_language
from .model import Actor, Briefing, Document, KeyPoint, Quote, Sentence
from .options import BriefingOptions
from .pipeline import make_stats
from .quotes.find import find_quotes, notable_quotes
from .ranking.select import RankContext, is_candidate, rate, select
from .segment import segment, words


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
    if sources is None:
        sources = [f"article {number}" for number in range(1, len(articles) + 1)]
    documents = [
        a if isinstance(a, Document) else read_document(a, source=name)
        for a, name in zip(articles, sources, strict=True)
    ]
    language = options.language
    if language == "auto":
        language = detect_language("\n\n".join(d.text for d in documents))
    per_document = [_analyse(d, options.method, language) for d in documents]
    points = _key_points(per_document, options, language)
    actors = merge_actors([analysis["actors"] for analysis in per_document])
    quotes = _quotes(per_document, actors, language)
    chosen = notable_quotes(quotes, actors, points, options.quotes)
    total = sum(len(a["sentences"]) for a in per_document)
    stats = make_stats(documents, total, options, language)
    shown = actors if options.actors is None else actors[: options.actors]
    return Briefing(
        source=", ".join(d.source for d in documents),
        title=next((d.title for d in documents if d.title), None),
        key_points=points,
        actors=shown,
        quotes=chosen,
        stats=stats,
        sources=tuple(d.source for d in documents),
    )


def _analyse(document: Document, method: str, language: str) -> dict[str, Any]:
    sentences = segment(document, language)
    candidates = [s for s in sentences if is_candidate(s)] or list(sentences)
    scores = rate(method, candidates, RankContext(document.title, language)) if candidates else []
    top = max((abs(s) for s in scores), default=0.0) or 1.0
    actors = find_actors(document, sentences, language=language)
    return {
        "document": document,
        "sentences": sentences,
        "candidates": candidates,
        "scores": [s / top for s in scores],
        "actors": actors,
    }


def _key_points(
    per_document: list[dict[str, Any]], options: BriefingOptions, language: str
) -> tuple[KeyPoint, ...]:
    pool: list[Sentence] = []
    scores: list[float] = []
    origin: dict[int, int] = {}
    for number, analysis in enumerate(per_document):
        for sentence, score in zip(analysis["candidates"], analysis["scores"], strict=True):
            origin[id(sentence)] = number
            pool.append(sentence)
            scores.append(score)
    if not pool:
        return ()
    total = sum(len(a["sentences"]) for a in per_document)
    wanted = options.length.sentence_count(total)
    budget = int(options.length.value) if options.length.unit == "words" else None
    picks = select(pool, scores, wanted, budget, language)
    picks.sort(key=lambda pick: (origin[id(pick[0])], pick[0].index))
    return tuple(
        KeyPoint(
            s.text,
            s.start,
            s.end,
            round(score, 6),
            s.index,
            source=per_document[origin[id(s)]]["document"].source,
        )
        for s, score in picks
    )


def _quotes(
    per_document: list[dict[str, Any]], actors: tuple[Actor, ...], language: str
) -> tuple[Quote, ...]:
    """Every article's quotes with their source, speakers named as the merged actors."""
    canonical = {key: actor.name for actor in actors for key in _keys(actor)}
    found: list[Quote] = []
    seen: list[str] = []
    for analysis in per_document:
        document = analysis["document"]
        for quote in find_quotes(document, analysis["actors"], language):
            said = " ".join(words(quote.text)).casefold()
            if any(said in other or other in said for other in seen):
                continue  # the same words reported by another source
            seen.append(said)
            speaker = canonical.get(_norm(quote.speaker), quote.speaker) if quote.speaker else None
            found.append(replace(quote, speaker=speaker, source=document.source))
    return tuple(found)


def merge_actors(groups: Sequence[tuple[Actor, ...]]) -> tuple[Actor, ...]:
    """Actors of several articles as one list: the same name or alias is the same actor."""
    merged: list[Actor] = []
    for actors in groups:
        for actor in actors:
            match = next((i for i, m in enumerate(merged) if _same(m, actor)), None)
            if match is None:
                merged.append(actor)
            else:
                merged[match] = _combine(merged[match], actor)
    return tuple(sorted(merged, key=lambda a: -a.salience))


def _same(a: Actor, b: Actor) -> bool:
    if a.kind != b.kind and "other" not in (a.kind, b.kind):
        return False
    if _keys(a) & _keys(b):
        return True
    if a.kind == "person" and b.kind == "person":
        x, y = _name_tokens(a.name), _name_tokens(b.name)
        short, long_ = sorted((x, y), key=len)
        return bool(short) and short[-1] == long_[-1] and set(short) <= set(long_)
    return False


def _combine(a: Actor, b: Actor) -> Actor:
    name = max((a.name, b.name), key=lambda n: (len(n.split()), len(n)))
    aliases = _unique([a.name, b.name, *a.aliases, *b.aliases], exclude=name)
    return replace(
        a,
        name=name,
        kind=a.kind if a.kind != "other" else b.kind,
        aliases=aliases,
        roles=_unique([*a.roles, *b.roles]),
        mentions=a.mentions + b.mentions,
        salience=round(a.salience + b.salience, 3),
    )


def _unique(values: list[str], exclude: str | None = None) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        key = _norm(value)
        if value != exclude and key and key != _norm(exclude or "") and key not in seen:
            seen[key] = value
    return tuple(seen.values())


def _name_tokens(name: str) -> list[str]:
    """A person's name without abbreviated titles ("Dr.", "Maj-Gen.")."""
    return [t for t in _norm(name).split() if not t.endswith(".")]


def _keys(actor: Actor) -> set[str]:
    return {_norm(n) for n in (actor.name, *actor.aliases)} - {""}


def _norm(name: str | None) -> str:
    return " ".join((name or "").replace("’", "'").casefold().split())
