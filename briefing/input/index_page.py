"""Whether a web page is a section front or a home page: a list of stories, not one story.

Such a page has plenty of prose, so the word counts of ``article.py`` let it through, and a
briefing of it mixes a dozen stories. Two signs tell it, neither by the name of a site:

* its structured data (schema.org JSON-LD) calls the page a collection (``CollectionPage``,
  ``ItemList``) and calls nothing on it an article;
* its paragraphs are teasers: many of them stop short with an ellipsis (``…``) where the
  story goes on behind a link.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from briefing.model import Document

#: schema.org types of a page that lists stories.
COLLECTION_TYPES = frozenset(["CollectionPage", "ItemList", "SearchResultsPage"])
#: Paragraphs cut short with an ellipsis that make a page of teasers, and their least share of
#: the paragraphs. Among 66 saved article pages (the dev pages and other extractors' test
#: pages) none has more than 2 such paragraphs or more than 5% of its paragraphs so; a home
#: page of teasers among them has 7 of 23 (30%).
MIN_TEASERS = 3
MIN_TEASER_SHARE = 0.2

_CUT_SHORT = re.compile(r"(?:…|\.\.\.)\s*$")


def is_index_page(tree: Any, document: Document) -> str | None:
    """Why the page is a list of stories (a few words for the error message), or None."""
    types = set(schema_types(tree))
    if types & COLLECTION_TYPES and not any(_is_article_type(t) for t in types):
        return "its data calls it a collection of stories"
    paragraphs = [b.text for b in document.paragraphs]
    teasers = sum(1 for text in paragraphs if _CUT_SHORT.search(text))
    if teasers >= MIN_TEASERS and teasers >= MIN_TEASER_SHARE * len(paragraphs):
        return f"{teasers} of its {len(paragraphs)} paragraphs are teasers cut short"
    return None


def schema_types(tree: Any) -> Iterator[str]:
    """The ``@type`` of each thing the page's JSON-LD scripts describe (their top-level
    objects and the members of a ``@graph``; not the stories a list links to)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
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
