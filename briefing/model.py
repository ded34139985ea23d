"""The data model: plain frozen records passed from stage to stage.

Every sentence, key point, quote and actor mention keeps ``(start, end)`` offsets into
``Document.text`` so that output can cite the article and tests can check exactly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["title", "byline", "dateline", "heading", "paragraph", "caption"]
ActorKind = Literal["person", "organization", "place", "other"]

#: The CoNLL-style label of each actor kind, for tools that score entities.
ACTOR_TYPE_LABELS: dict[str, str] = {
    "person": "PER",
    "organization": "ORG",
    "place": "LOC",
    "other": "MISC",
}


@dataclass(frozen=True, slots=True)
class Block:
    """A line-level unit of the article: its title, a heading, a paragraph, a caption..."""

    kind: BlockKind
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where an article comes from, as far as its page says: for the briefing's source line.

    A plain-text article has none of these; an HTML page or a URL usually names its site,
    author and publication date (ISO 8601, as the page gives it).
    """

    site: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Document:
    """The normalised article text and its block structure.

    ``credits`` are names the page gives as its authors, photo and agency credits and its
    publication: not actors of the article unless its body names them taking part.
    """

    text: str
    blocks: tuple[Block, ...]
    source: str = "<stdin>"
    meta: SourceInfo = field(default_factory=SourceInfo)
    credits: tuple[str, ...] = ()

    @property
    def title(self) -> str | None:
        return next((b.text for b in self.blocks if b.kind == "title"), None)

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph; ``index`` is its position among the article's sentences."""

    text: str
    start: int
    end: int
    index: int
    paragraph: int
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A sentence chosen for the summary with the ranker's score."""

    text: str
    start: int
    end: int
    score: float
    index: int
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": self.score,
        }
        if self.source is not None:
            data["source"] = self.source
        return data


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in the text where an actor is named (in a merged briefing: in which source)."""

    text: str
    start: int
    end: int
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or place, with every name the article uses for it."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    salience: float = 0.0

    @property
    def type_label(self) -> str:
        return ACTOR_TYPE_LABELS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "type": self.type_label,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "mentions": len(self.mentions),
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (without its marks) and who said it, if the article says."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    partial: bool = False
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "partial": self.partial,
        }
        if self.source is not None:
            data["source"] = self.source
        return data


@dataclass(frozen=True, slots=True)
class Stats:
    """Figures about the article and how the briefing was made."""

    words: int
    sentences: int
    reading_minutes: int
    method: str
    length: str
    language: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a briefing says about one article (or, merged, several: ``sources``).

    ``documents`` are the articles themselves, for views that show the text around the
    offsets; they are not part of the JSON.
    """

    source: str
    title: str | None
    key_points: tuple[KeyPoint, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    stats: Stats
    sources: tuple[str, ...] = ()
    meta: SourceInfo = field(default_factory=SourceInfo)
    documents: tuple[Document, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "source": self.source,
            "key_points": [k.to_dict() for k in self.key_points],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "stats": self.stats.to_dict(),
            "meta": self.meta.to_dict(),
        }
        if self.sources:
            data["sources"] = list(self.sources)
        return data
