"""Whether a web page is a section front or a home page: a list of stories, not one story.

Such a page has plenty of prose, so the word counts of ``article.py`` let it through, and a
briefing of it mixes a dozen stories. Its structured data (schema.org JSON-LD) tells it, not
the name of a site: it calls the page a collection (``CollectionPage``, ``ItemList``) and
nothing on it an article.

Teasers cut short with an ellipsis do not tell it: article pages end in lists of related
stories cut the same way (14 of the 66 paragraphs of one article page among trafilatura's
test pages), as many as a home page has (7 of 23).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

#: schema.org types of a page that lists stories.
COLLECTION_TYPES = frozenset(["CollectionPage", "ItemList", "SearchResultsPage"])


def is_index_page(types: frozenset[str]) -> str | None:
    """Why a page with these schema.org types (``schema_types``) is a list of stories (a few
    words for the error message), or None."""
    if types & COLLECTION_TYPES and not any(_is_article_type(t) for t in types):
        return "its data calls it a collection of stories"
    return None


def schema_types(tree: Any) -> Iterator[str]:
    """The ``@type`` of each thing the page's JSON-LD scripts describe (their top-level
    objects and the members of a ``@graph``; not the stories a list links to)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # not JSON, or nested deeper than the parser goes
        for thing in data if isinstance(data, list) else [data]:
            if isinstance(thing, dict):
                graph = thing.get("@graph")
                yield from _own_types(thing)
                for member in graph if isinstance(graph, list) else []:
                    if isinstance(member, dict):
                        yield from _own_types(member)


def _own_types(thing: dict[str, Any]) -> Iterator[str]:
    kind = thing.get("@type")
    for name in kind if isinstance(kind, list) else [kind]:
        if isinstance(name, str):
            yield name


def _is_article_type(name: str) -> bool:
    """``Article``, ``NewsArticle``, ``BlogPosting``, ``LiveBlogPosting``, ``Report``..."""
    return name.endswith(("Article", "Posting")) or name in ("Report", "Review")
