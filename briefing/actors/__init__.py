"""Main actors: the people, organisations and places of an article, with roles and aliases."""

from briefing.actors.stage import find_actors, listed_actors, rerank_actors

__all__ = ["find_actors", "listed_actors", "rerank_actors"]
