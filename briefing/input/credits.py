"""Names a page gives as credits: its authors, photo and agency credits, the publication itself.

They are printed on the page, often inside the extracted article (a byline line, an author box,
``Photo: Jane Roe/Reuters`` under a picture), but they are not what the article is about. The
reading stage collects them once, in ``Document.credits``; the actors stage leaves them out
unless the body names them as taking part. Junk that author metadata carries (``No Author``,
a date, a place, the site's own name) is dropped here too, so the source line stays clean.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from briefing.language.lexicon import common_words, surnames

#: Characters of text an author element may hold; longer ones are boxes of links or bios.
MAX_ELEMENT_CHARS = 200
#: Words a credited name may have; longer texts in an author element are bios, not names.
MAX_NAME_WORDS = 5
_SPLIT = re.compile(r"\s*(?:;|\||,|/|\s&\s|\s(?:and|und|et|y|e)\s)\s*")
_DIGIT = re.compile(r"\d")
_LEAD = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
_CLASS_HINT = re.compile(r"(?:^|[\s_-])(?:author|byline|credit|copyright)", re.IGNORECASE)
_AUTHOR_XPATH = (
    '//*[@rel="author"] | //*[@itemprop="author"] | //*[@itemprop="author"]//*[@itemprop="name"]'
    " | //*[@class or @id][not(self::body)][not(self::html)][not(self::article)]"
)


@cache
def _data() -> dict[str, list[str]]:
    """The words of credit lines, from ``data/credits.json``."""
    raw = resources.files("briefing.input").joinpath("data/credits.json").read_text("utf-8")
    data: dict[str, list[str]] = json.loads(raw)
    return data


@cache
def _months() -> frozenset[str]:
    """Month names and their short forms in every language the briefing knows."""
    from briefing.language import speech
    from briefing.options import LANGUAGE_CODES

    return frozenset(m for name in set(LANGUAGE_CODES.values()) for m in speech(name).months)


@cache
def _places() -> frozenset[str]:
    """Place names (case folded) of the gazetteer the actors stage uses too."""
    text = resources.files("briefing.language").joinpath("data/places.tsv").read_text("utf-8")
    return frozenset(line.split("\t", 1)[0].casefold() for line in text.splitlines())


@cache
def _credit_line() -> re.Pattern[str]:
    """``Photo: X``, ``(Foto: X/dpa)``, ``Credit: X``, ``Image by X``, ``© X``."""
    words = "|".join(re.escape(w) for w in _data()["credit_words"])
    return re.compile(
        rf"(?:\b(?:{words})\b\s*(?:by|von|par|:|-|–)?\s*:?\s*|©\s*|\(c\)\s*)"
        r"([^()\n;]{2,80}?)\s*(?:\)|$|;|\.\s|\|)",
        re.IGNORECASE,
    )


@cache
def _agency_tail() -> re.Pattern[str]:
    """``Jane Roe/Getty Images`` or ``(AP Photo/John Doe)`` at the end of a caption."""
    name = r"(?:[A-Z][\w.'’&-]*\s?){1,4}"
    return re.compile(rf"({name}/\s?{name})\)?\s*$")


def clean_author(author: str | None, site: str | None = None) -> str | None:
    """The author metadata without junk: placeholders, dates, places and the site's name."""
    names = author_names(author, site)
    return "; ".join(names) or None


def author_names(author: str | None, site: str | None = None) -> tuple[str, ...]:
    """The names in an author field ("Jane Roe; John Doe"), each one a plausible name."""
    if not author:
        return ()
    found: list[str] = []
    for part in _SPLIT.split(author):
        name = _LEAD.sub("", " ".join(part.split())).strip(" .:-–")
        if name and _plausible_name(name, site) and name not in found:
            found.append(name)
    return tuple(found)


def _plausible_name(name: str, site: str | None) -> bool:
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or _DIGIT.search(name):
        return False
    low = name.casefold()
    data = _data()
    if low in data["placeholders"] or any(w.casefold().strip(".") in _months() for w in words):
        return False
    if site and _compact(name) == _compact(site):
        return False
    if len(words) == 1 and _ordinary_word(name):
        return False  # ``Submitted``, ``Staff``: a template's word where a name should be
    return name.casefold() not in _places()


def _ordinary_word(word: str) -> bool:
    """An English word of the dictionary that is no family name (``Young`` and ``King`` are)."""
    return word.lower() in common_words() and word.capitalize() not in surnames()


def credits_of_page(
    author: str | None, site: str | None, elements: Iterable[str], credit_lines: Iterable[str]
) -> tuple[str, ...]:
    """Every name the page credits: its authors (metadata and author elements), the
    publication, and the people and agencies of its bylines and caption credits."""
    names: list[str] = [*author_names(author, site)]
    if site:
        names.append(site)
    names += [n for e in elements for n in author_names(e, site) if _looks_like_name(n)]
    for line in credit_lines:
        byline = _LEAD.match(line)
        if byline:
            names += [n for n in author_names(line, site) if _looks_like_name(n)]
        names += caption_credits(line)
    seen: set[str] = set()
    unique = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return tuple(unique)


def author_elements(tree: Any) -> list[str]:
    """Texts of elements that mark authors: ``rel=author``, ``itemprop=author``, a class or id
    that says author, byline or credit."""
    found: list[str] = []
    for element in tree.xpath(_AUTHOR_XPATH):
        hint = f"{element.get('class') or ''} {element.get('id') or ''}"
        marked = element.get("rel") == "author" or element.get("itemprop") in ("author", "name")
        if not marked and not _CLASS_HINT.search(hint):
            continue
        text = " ".join(" ".join(t.split()) for t in element.itertext() if t.strip())
        if text and len(text) <= MAX_ELEMENT_CHARS and text not in found:
            found.append(text)
    return found


def _looks_like_name(name: str) -> bool:
    """Capitalised words only: a name, not a sentence of an author box."""
    words = name.split()
    return len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words if len(w) > 3)


def caption_credits(caption: str) -> list[str]:
    """The people and agencies a caption's credit line names."""
    found: list[str] = []
    for match in _credit_line().finditer(caption):
        found += [n for n in _names_in_credit(match.group(1)) if n not in found]
    tail = _agency_tail().search(caption)
    if tail:
        found += [n for n in _names_in_credit(tail.group(1)) if n not in found]
    return found


def _names_in_credit(text: str) -> list[str]:
    """The names of a credit ("Photo: AP/Jane Roe": AP, Jane Roe), leading credit words off."""
    words = set(_data()["credit_words"])
    names = []
    for part in re.split(r"\s*[/,;|]\s*", text):
        tokens = part.split()
        while tokens and tokens[0].casefold().strip(".:") in words:
            tokens.pop(0)
        name = " ".join(tokens).strip(" .:-–")
        if name and name[:1].isupper() and len(tokens) <= MAX_NAME_WORDS:
            names.append(name)
    return names


def _compact(text: str) -> str:
    return "".join(re.findall(r"\w+", text.casefold())).removeprefix("the")
