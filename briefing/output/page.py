"""What the HTML view shows: the article's text with its key points, quotes and mentions marked.

The page's template walks ``Page.articles``: blocks (title, headings, paragraphs...) of nodes,
where a node is text, the opening or closing of one marked element, or the speaker's name
before a quote. Marks come from the briefing's offsets, nested by ``spans.nest``; the style
and script are the packaged files, inlined, with the hashes the page's Content-Security-Policy
allows and nothing else.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.language import norm, speech
from briefing.model import Actor, Briefing, Document
from briefing.output.spans import Event, Span, nest

#: Which side is cut when two marks cross: a key point outranks the quote it holds, a quote the
#: mention it holds (the order in which they nest when they do not cross).
RANKS = {"key-point": 1, "quote": 2, "mention": 3}
STYLE = "briefing.css"
SCRIPT = "briefing.js"
_WEB_ADDRESS = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class Mark:
    """One marked thing: the ``number``-th key point, quote, or a mention of actor ``actor``."""

    kind: Literal["key-point", "quote", "mention"]
    number: int
    actor: int | None = None


@dataclass(frozen=True, slots=True)
class Node:
    """Text, the opening or closing of a mark's element, or a quote's speaker before it."""

    kind: Literal["text", "open", "close", "speaker"]
    text: str = ""
    mark: Mark | None = None
    first: bool = True
    whole: bool = True


@dataclass(frozen=True, slots=True)
class Section:
    """A block of the article (``kind`` as in ``model.Block``, or ``gap`` between blocks)."""

    kind: str
    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article of the briefing (several when merged), as blocks of nodes."""

    source: str
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """Everything the HTML template needs beyond the briefing itself."""

    articles: tuple[ArticleView, ...]
    speakers: tuple[int | None, ...]
    words: dict[str, str]
    style: str
    script: str
    csp: str
    address: str | None

    @property
    def has_text(self) -> bool:
        return bool(self.articles)


def build_page(briefing: Briefing, templates: Path) -> Page:
    """The page of ``briefing``, with the style and script from the ``templates`` folder."""
    style, script = _asset(templates / STYLE), _asset(templates / SCRIPT)
    names = actor_numbers(briefing.actors)
    speakers = tuple(names.get(norm(q.speaker or "")) for q in briefing.quotes)
    several = len(briefing.documents) > 1
    articles = tuple(
        _article(document, briefing, speakers, several) for document in briefing.documents
    )
    url = briefing.meta.url
    return Page(
        articles=articles,
        speakers=speakers,
        words=page_words(briefing.stats.language),
        style=style,
        script=script,
        csp=content_security_policy(style, script),
        address=url if url and url.lower().startswith(_WEB_ADDRESS) else None,
    )


def content_security_policy(style: str, script: str) -> str:
    """Nothing may load; only this page's own style and script may run."""
    return (
        f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def actor_numbers(actors: tuple[Actor, ...]) -> dict[str, int]:
    """Each name and alias of the listed actors (normalised), to its actor's number from 1;
    a quote's speaker is named as one of them. The first actor to use a name keeps it."""
    numbers: dict[str, int] = {}
    for number, actor in reversed(list(enumerate(actors, start=1))):
        numbers.update({norm(name): number for name in (actor.name, *actor.aliases)})
    numbers.pop("", None)
    return numbers


def page_words(language: str) -> dict[str, str]:
    """The page's own fixed words in ``language`` (the ``page_*`` labels of its data file,
    English for any other language), and its ISO 639-1 ``code`` for the page's ``lang``."""
    table = speech(language)
    words = {key[5:]: value for key, value in (table.labels or {}).items() if key[:5] == "page_"}
    return {**words, "code": table.code}


def _article(
    document: Document, briefing: Briefing, speakers: tuple[int | None, ...], several: bool
) -> ArticleView:
    spans = list(_spans(document, briefing, several))
    blocks = sorted(document.blocks, key=lambda b: (b.start, b.end))
    regions = _without_overlaps([(b.start, b.end) for b in blocks])
    kinds = {(b.start, b.end): b.kind for b in blocks}
    marks = {span.key: mark for span, mark in spans}
    sections = tuple(
        Section(
            kinds[(run.start, run.end)] if run.region else "gap",
            tuple(_nodes(run.events, document.text, marks, speakers)),
        )
        for run in nest(len(document.text), [span for span, _ in spans], regions)
        if run.region or document.text[run.start : run.end].strip() or len(run.events) > 1
    )
    return ArticleView(document.source, sections)


def _spans(document: Document, briefing: Briefing, several: bool) -> Iterator[tuple[Span, Mark]]:
    """The briefing's marks that lie in this document, each with its span."""
    length = len(document.text)

    def here(source: str | None, start: int, end: int) -> bool:
        mine = not several or source == document.source
        return mine and 0 <= start <= end <= length

    for number, point in enumerate(briefing.key_points, start=1):
        if here(point.source, point.start, point.end):
            yield _span(point.start, point.end, Mark("key-point", number))
    for number, quote in enumerate(briefing.quotes, start=1):
        if here(quote.source, quote.start, quote.end):
            yield _span(quote.start, quote.end, Mark("quote", number))
    for actor_number, actor in enumerate(briefing.actors, start=1):
        for number, mention in enumerate(actor.mentions, start=1):
            if here(mention.source, mention.start, mention.end):
                yield _span(mention.start, mention.end, Mark("mention", number, actor_number))


def _span(start: int, end: int, mark: Mark) -> tuple[Span, Mark]:
    key = f"{mark.kind}-{mark.actor or 0}-{mark.number}"
    return Span(start, end, RANKS[mark.kind], key), mark


def _nodes(
    events: tuple[Event, ...],
    text: str,
    marks: dict[str, Mark],
    speakers: tuple[int | None, ...],
) -> Iterator[Node]:
    for event in events:
        if event.kind == "text":
            yield Node("text", text[event.start : event.end])
            continue
        assert event.piece is not None
        piece = event.piece
        mark = marks[piece.span.key]
        if event.kind == "open" and mark.kind == "quote" and piece.first:
            yield Node("speaker", mark=Mark("quote", mark.number, speakers[mark.number - 1]))
        yield Node(event.kind, mark=mark, first=piece.first, whole=piece.whole)


def _without_overlaps(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blocks in text order, dropping any that overlaps the one before (never seen in a
    document read by ``input``; kept out so that a hand-made document still renders)."""
    kept: list[tuple[int, int]] = []
    for start, end in regions:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _asset(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
