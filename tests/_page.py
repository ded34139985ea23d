"""Reading a rendered HTML briefing back: its elements, their text, and what it may load."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

#: Every element the packaged template makes, and every attribute it gives them.
TEMPLATE_TAGS = frozenset(
    "html head meta title style body a header h1 h2 h3 h4 p main div section ol ul li button "
    "span strong figure blockquote figcaption article mark q script".split()
)
TEMPLATE_ATTRIBUTES = frozenset(
    "lang charset http-equiv content name class href rel id tabindex type aria-pressed "
    "aria-describedby aria-labelledby aria-label role data-actor data-number data-name "
    "data-detail data-shown data-mention data-mentions".split()
)


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside each element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.texts.append("")
        if tag not in {"meta"}:
            self._open.append(len(self.tags) - 1)

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            index = self._open.pop()
            if self.tags[index][0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.texts[index] += data


def elements(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def find(page: Elements, tag: str, **wanted: str) -> list[tuple[dict[str, Any], str]]:
    """The attributes and text of each ``tag`` element whose attributes include ``wanted``."""
    wanted = {key.rstrip("_").replace("_", "-"): value for key, value in wanted.items()}
    return [
        (attrs, text)
        for (name, attrs), text in zip(page.tags, page.texts, strict=True)
        if name == tag and all(attrs.get(k) == v for k, v in wanted.items())
    ]
