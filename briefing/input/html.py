"""From an HTML page to a ``Document``: the article's body and structure, without boilerplate.

trafilatura finds the article among menus, footers, related links and cookie notices, and
reads the page's title, author, date and site. Its XML output keeps headings and paragraphs
in order; figure captions, which it drops as boilerplate, are passed to it as paragraphs and
recognised again by their text. The blocks are then laid out exactly as ``read_document``
lays out the same article as plain text, so a page and its text give the same briefing.

trafilatura (and lxml) are imported only when a page is read, so plain text stays fast.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError
from briefing.model import Block, BlockKind, Document, SourceInfo

from .article import refuse_without_article
from .credits import author_elements, author_names, clean_author, credits_of_page
from .headline import choose_title, h1_texts, headline_elements, metadata_title
from .index_page import is_index_page, schema_types
from .text import normalise, read_document

#: File names read as web pages.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_NO_ARTICLE = "found no article text in {source}; is it a news article page?"


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like a web page (a doctype, ``<html>``, ``<head>``...)."""
    return bool(_HTML_START.match(data[:4096]))


def decode_html(data: bytes, encoding: str | None = None, declared: str | None = None) -> str:
    """Decode a page: the given encoding, else its BOM, the server's charset, its meta charset.

    Undeclared pages that are not UTF-8 are read as Windows-1252, as browsers do.
    """
    if not data.strip():
        raise InputError("the page is empty; give a web page with an article")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("the input looks binary, not a web page")
    if encoding is not None:
        return _decode(data, encoding, strict=True)
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, codec, strict=False)
    meta = _META_CHARSET.search(data[:4096])
    for named in (declared, meta.group(1).decode("ascii") if meta else None):
        if named and _known(named):
            return _decode(data, named, strict=False)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _known(codec: str) -> bool:
    try:
        codecs.lookup(codec)
    except LookupError:
        return False
    return True


def _decode(data: bytes, codec: str, *, strict: bool) -> str:
    try:
        return data.decode(codec, errors="strict" if strict else "replace")
    except LookupError:
        raise InputError(f"unknown encoding {codec!r}; try --encoding utf-8 or latin-1") from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"the page is not valid {codec} (byte {error.start}); try another --encoding"
        ) from None


def read_html(html: str, source: str = "<stdin>", *, url: str | None = None) -> Document:
    """The article of a web page as a ``Document``, with what the page says about its origin.

    A page whose extracted text holds no article (a script shell, a paywall teaser, a list of
    links) is refused with an ``InputError``.
    """
    page = _extract(html, source, url)
    root = page.root
    site = _attribute(root, "sitename")
    meta = SourceInfo(
        site=site,
        author=clean_author(_attribute(root, "author"), site),
        date=_attribute(root, "date"),
        url=url or _attribute(root, "url"),
    )
    body = [
        ("caption" if text in page.captions else kind, text) for kind, text in _body(root) if text
    ]
    title = choose_title(
        page.meta_title or _attribute(root, "title"),
        page.headlines,
        site=site,
        url=meta.url,
        body_headings=[text for kind, text in body[:5] if kind == "heading"],
        h1s=page.h1s,
    )
    lines = _lines(body, title)
    if not any(kind is None for kind, _ in lines):
        raise InputError(_NO_ARTICLE.format(source=source))
    document = _document(lines, source, meta)
    if meta.author and not any(b.kind == "byline" for b in document.blocks[:4]):
        # The page's byline is boilerplate to the extractor; its author is not.
        at = 1 if lines[0][0] == "title" else 0
        document = _document(
            [*lines[:at], ("byline", f"By {meta.author}"), *lines[at:]], source, meta
        )
    refuse_without_article(document, source)
    index = is_index_page(page.schema_types)
    if index is not None:
        raise InputError(
            f"found no article in {source}: it is a page of several stories ({index}); "
            "give the address or the saved page of one story"
        )
    credits = credits_of_page(
        meta.author,
        site,
        page.authors,
        [b.text for b in document.blocks if b.kind in ("caption", "byline")],
    )
    authors = [
        *author_names(meta.author, site),
        *(name for element in page.authors for name in author_names(element, site)),
    ]
    blocks = tuple(
        dataclasses.replace(b, kind="byline") if _author_line(b, authors) else b
        for b in document.blocks
    )
    return dataclasses.replace(document, blocks=blocks, credits=credits)


#: Words an author line may have ("Autor: Jane Roe (Korrespondentin in Paris)").
AUTHOR_LINE_WORDS = 20


def _author_line(block: Block, authors: list[str]) -> bool:
    """A short line of the body that names the page's author and is no sentence: the page's
    credit of its author, not news."""
    if block.kind not in ("paragraph", "dateline", "heading"):
        return False
    text = block.text
    if len(text.split()) > AUTHOR_LINE_WORDS or text.rstrip().endswith((".", "!", "?")):
        return False
    return any(len(a.split()) >= 2 and a in text for a in authors)


@dataclass(frozen=True, slots=True)
class _Page:
    """What the extractor makes of a page, and what is read from the page before it."""

    root: Any
    schema_types: frozenset[str]
    captions: frozenset[str]
    headlines: tuple[str, ...]
    meta_title: str | None
    h1s: tuple[str, ...]
    authors: tuple[str, ...]


def _extract(html: str, source: str, url: str | None) -> _Page:
    """Trafilatura's XML for the page (with metadata), parsed; the texts of its captions, its
    printed headlines and the names in its author elements."""
    import trafilatura
    from lxml import etree

    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(f"{source} cannot be read as HTML; is it a web page?")
    types = frozenset(schema_types(tree))
    headlines = tuple(headline_elements(tree))
    meta_title = metadata_title(tree)
    h1s = tuple(h1_texts(tree))
    authors = tuple(author_elements(tree))
    captions = _captions_as_paragraphs(tree)
    xml = trafilatura.extract(
        tree,
        url=url,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        raise InputError(_NO_ARTICLE.format(source=source))
    root = etree.fromstring(xml.encode("utf-8"))
    return _Page(root, types, frozenset(captions), headlines, meta_title, h1s, authors)


def _captions_as_paragraphs(tree: Any) -> set[str]:
    """Turn figures into plain blocks and their captions into paragraphs; the captions' texts."""
    for figure in tree.iter("figure"):
        figure.tag = "div"
        figure.attrib.clear()
    captions = set()
    for caption in tree.iter("figcaption"):
        text = _one_line(caption.text_content())
        for child in list(caption):
            caption.remove(child)
        caption.tag = "p"
        caption.attrib.clear()
        caption.text = text
        captions.add(text)
    return captions


def _attribute(root: Any, name: str) -> str | None:
    value = _SPACE.sub(" ", root.get(name) or "").strip()
    return value or None


Line = tuple[BlockKind | None, str]


def _lines(body: list[Line], title: str | None) -> list[Line]:
    """(kind, text) for each block in reading order; kind None is left to the line's shape."""
    if title is None and body and body[0][0] == "heading":
        title = body.pop(0)[1]
    elif title is not None:
        body = _without_first(body, title)
    return [("title", title), *body] if title else body


def _without_first(body: list[Line], title: str) -> list[Line]:
    """The body without its first block that prints the title (the page's ``<h1>``, with or
    without a kicker line before it)."""
    key = title.casefold()
    for i, (_, text) in enumerate(body[:5]):
        folded = text.casefold()
        if folded == key or (folded.endswith(key) and len(folded) - len(key) < len(key)):
            return body[:i] + body[i + 1 :]
    return body


def _body(root: Any) -> Iterator[Line]:
    main = root.find("main")
    for element in main if main is not None else root:
        yield from _blocks(element)


def _blocks(element: Any) -> Iterator[Line]:
    tag = element.tag
    if tag == "head":
        yield "heading", _text(element)
    elif tag in ("list", "quote", "div"):
        children = [child for child in element if child.tag not in ("lb", "hi", "ref")]
        if children:
            for child in children:
                yield from _blocks(child)
        else:
            yield None, _text(element)
    elif tag not in ("graphic", "comments"):
        yield None, _text(element)


def _text(element: Any) -> str:
    """An element's text on one line; a line break counts as a space."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return _one_line("".join(parts))


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", normalise(text)).strip()


def _document(lines: list[Line], source: str, meta: SourceInfo) -> Document:
    """Lay the blocks out as the plain-text reader would, and keep the kinds the page gives."""
    text = "\n\n".join(line for _, line in lines)
    shaped = read_document(text, source=source)
    blocks = tuple(
        Block(kind or _shape_kind(block.kind), block.start, block.end, block.text)
        for (kind, _), block in zip(lines, shaped.blocks, strict=True)
    )
    return Document(text=shaped.text, blocks=blocks, source=source, meta=meta)


def _shape_kind(kind: BlockKind) -> BlockKind:
    """A paragraph's kind from its shape, as in plain text; only the page's title is a title."""
    return "paragraph" if kind == "title" else kind
