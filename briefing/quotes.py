"""Direct quotations and who said them."""

from __future__ import annotations

from .model import Actor, Document, KeyPoint, Quote


def find_quotes(document: Document, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    """Every direct quotation in document order, speakers linked to ``actors`` by name."""
    return ()


def notable_quotes(
    quotes: tuple[Quote, ...],
    actors: tuple[Actor, ...],
    key_points: tuple[KeyPoint, ...],
    limit: int | None,
) -> tuple[Quote, ...]:
    """The quotes most worth showing in a briefing, in document order."""
    chosen = quotes if limit is None else quotes[:limit]
    return tuple(chosen)
