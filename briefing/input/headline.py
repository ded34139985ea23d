"""The headline as the page prints it, not the title its metadata gives for search and tabs.

A page's ``<title>`` (and often its ``og:title``) carries the site's name, a section, a date or
a kicker: ``Berlin confronts its past | DW | 19.01.2020``, ``... » Local » Ultima Hora``,
``Zugverkehr: Im ICE ...``. The headline printed above the article is an ``h1`` (or an element
marked ``itemprop="headline"``); when one of them says what the metadata says, it wins.
Otherwise the metadata title is cleaned by shape: parts split off by ``|`` or ``»`` that are
not the headline, a trailing `` - Site`` whose name the metadata knows, and a one-word kicker
before a colon. No site is known by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

#: Share of words (Jaccard) an ``h1`` must share with the metadata title to count as the same
#: headline reworded. On the dev pages every correct h1 scores >= 0.6 (a longer printed
#: headline than the metadata's) and every wrong one (logos, teasers, menus) 0.0-0.2.
SAME_HEADLINE = 0.5
#: Words a headline candidate may have; shorter texts are logos or labels, longer ones teasers.
MIN_WORDS, MAX_WORDS = 3, 40
#: Words a title part may have to be taken for the site's name by its first letters.
SITE_WORDS = 4
#: Words a section name may have, between a headline and the site's name.
SECTION_WORDS = 3
#: Ancestors whose headings are navigation, not the article's headline.
_NAVIGATION = frozenset(["nav", "aside", "footer"])
#: Separators between a headline and the site or section, in a page's title.
_HARD_SEPARATOR = re.compile(r"\s+(?:\||»|›|::|//|·|•)\s+")
_SOFT_SEPARATOR = re.compile(r"\s+[-–—]\s+")
_KICKER = re.compile(r"^[^\s:]{3,40}:\s+(?=\S)")
_DATE = re.compile(
    r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4})$"
)
_WORD = re.compile(r"\w+")
#: A byline the page prints inside its headline element, after a dash or a bar.
_BYLINE_TAIL = re.compile(
    r"\s+[-–—|]\s+(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Dd]i)\s+[A-ZÀ-ÖØ-Þ].*$"
)


def h1_texts(tree: Any) -> list[str]:
    """The whole texts of the page's ``h1`` elements outside navigation, of headline length."""
    found = []
    for element in tree.iter("h1"):
        if any(a.tag in _NAVIGATION for a in element.iterancestors()):
            continue
        text = _spaced_text(element)
        if MIN_WORDS <= len(_WORD.findall(text)) <= MAX_WORDS:
            found.append(text)
    return found


def headline_elements(tree: Any) -> list[str]:
    """Texts that may be the printed headline: each ``h1`` and ``itemprop=headline`` element
    outside navigation, and, for one made of separate parts (a kicker line and the headline),
    each part."""
    found: list[str] = []
    for element in tree.xpath('//h1 | //*[@itemprop="headline"][not(self::meta)]'):
        if any(a.tag in _NAVIGATION for a in element.iterancestors()):
            continue
        for text in _variants(element):
            if text not in found:
                found.append(text)
    return found


def metadata_title(tree: Any) -> str | None:
    """The title the page gives for sharing (``og:title``, ``twitter:title``), else its
    ``<title>``: what the page says about itself, before any extractor picks a heading."""
    for path in (
        '//meta[@property="og:title"]/@content',
        '//meta[@name="twitter:title"]/@content',
        "//head/title",
    ):
        for found in tree.xpath(path):
            text = " ".join(str(found if isinstance(found, str) else found.text_content()).split())
            if text:
                return text
    return None


def _variants(element: Any) -> Iterator[str]:
    whole = _spaced_text(element)
    if MIN_WORDS <= len(_WORD.findall(whole)) <= MAX_WORDS:
        yield whole
    parts = [_spaced_text(child) for child in element if isinstance(child.tag, str)]
    if len([p for p in parts if p]) > 1:
        for part in parts:
            if MIN_WORDS <= len(_WORD.findall(part)) <= MAX_WORDS:
                yield part


def _spaced_text(element: Any) -> str:
    """An element's text with its parts kept apart (``<span>A</span><a>B</a>`` is "A B")."""
    return " ".join(" ".join(t.split()) for t in element.itertext() if t.strip()).strip()


def choose_title(
    meta_title: str | None,
    printed: Iterable[str],
    *,
    site: str | None = None,
    url: str | None = None,
    body_headings: Iterable[str] = (),
    h1s: Iterable[str] = (),
) -> str | None:
    """The article's headline: a printed one that the metadata agrees with, else one the body
    starts with, else the page's one ``h1`` (``h1s``: the whole texts of its ``h1`` elements),
    else the metadata title without its site, section and kicker; never with a byline after
    it (``Headline - by Kareem Smith April 21, 2022``)."""
    title = _choose(meta_title, list(printed), site, url, body_headings, h1s)
    if title is None:
        return None
    cut = _BYLINE_TAIL.search(title)
    if cut and len(_WORD.findall(title[: cut.start()])) >= MIN_WORDS:
        return title[: cut.start()]
    return title


def _choose(
    meta_title: str | None,
    printed: list[str],
    site: str | None,
    url: str | None,
    body_headings: Iterable[str],
    h1s: Iterable[str],
) -> str | None:
    cleaned = clean_title(meta_title, site=site, url=url) if meta_title else None
    if cleaned:
        scored = [(similarity(text, cleaned), -n, text) for n, text in enumerate(printed)]
        best = max(scored, default=None)
        if best is not None and best[0] >= SAME_HEADLINE:
            return best[2]
    headings = {_key(h) for h in body_headings}
    for text in printed:
        if _key(text) in headings:
            return text
    whole = {_key(text): text for text in printed if text in set(h1s)}
    if len(whole) == 1:
        return next(iter(whole.values()))
    if cleaned:
        return cleaned
    return printed[0] if len(printed) == 1 else None


def clean_title(title: str, *, site: str | None = None, url: str | None = None) -> str:
    """A metadata title without the site name, sections, dates and a one-word kicker."""
    title = " ".join(title.split())
    names = _site_keys(site, url)
    parts = _HARD_SEPARATOR.split(title)
    if len(parts) > 1:
        kept = [p for p in parts if not _is_site(p, names) and not _DATE.match(p.strip())]
        title = max(kept or parts, key=lambda p: len(_WORD.findall(p)))
    parts = _SOFT_SEPARATOR.split(title)
    tail = len(parts)
    while len(parts) > 1 and (_is_site(parts[-1], names) or _DATE.match(parts[-1].strip())):
        parts.pop()
    if len(parts) < tail and len(parts) > 1 and len(_WORD.findall(parts[-1])) <= SECTION_WORDS:
        parts.pop()  # the section before the site's name: "Headline - Local News - Site"
    while len(parts) > 1 and _is_site(parts[0], names):
        parts.pop(0)
    title = " - ".join(parts) if len(parts) > 1 else parts[0]
    kicker = _KICKER.match(title)
    if kicker and len(_WORD.findall(title[kicker.end() :])) >= MIN_WORDS:
        title = title[kicker.end() :]
    return title.strip()


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' word sets (case folded)."""
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _key(text: str) -> str:
    return " ".join(_words(text))


def _site_keys(site: str | None, url: str | None) -> set[str]:
    """The site's name as the metadata gives it, without ``the`` and its domain ending, and the
    main label of the page's host (``telegraph`` for www.telegraph.co.uk)."""
    keys: set[str] = set()
    if site:
        key = _compact(site)
        keys |= {key, key.removeprefix("the")}
        for ending in (".com", ".co.uk", ".de", ".fr", ".org", ".net", ".es", ".it"):
            if site.lower().endswith(ending):
                keys.add(_compact(site[: -len(ending)]))
    if url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host:
            keys.add(_compact(host.split(".")[0]))
            keys.add(_compact(host))
    return {k for k in keys if len(k) >= 2}


def _compact(text: str) -> str:
    return "".join(_words(text))


def _is_site(part: str, names: set[str]) -> bool:
    """A title part names the site: its letters are the site's name, or (a short part) begin
    or end it ("CNN Politics" for CNN, "Telegraph" for Telegraph.co.uk)."""
    key = _compact(part)
    if not key or not names:
        return False
    key = key.removeprefix("the") or key
    if key in names:
        return True
    if len(_WORD.findall(part)) > SITE_WORDS:
        return False
    return len(key) >= 3 and any(
        len(n) >= 4 and (key.startswith(n) or n.startswith(key)) for n in names
    )
