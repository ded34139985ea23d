"""Main actors: the people, organisations and places an article is about."""

from __future__ import annotations

from .model import Actor, Document, KeyPoint, Quote, Sentence


def find_actors(document: Document, sentences: tuple[Sentence, ...]) -> tuple[Actor, ...]:
    """Every actor named in the document, most salient first."""
    return ()


def rerank_actors(
    actors: tuple[Actor, ...], key_points: tuple[KeyPoint, ...], quotes: tuple[Quote, ...]
) -> tuple[Actor, ...]:
    """Re-order actors once key points and quote speakers are known."""
    return actors
