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
import re
from collections.abc import Iterator
from typing import Any

from briefing.errors import InputError
from briefing.model import Block, BlockKind, Document, SourceInfo

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
    """The article of a web page as a ``Document``, with what the page says about its origin."""
    root, captions = _extract(html, source, url)
    meta = SourceInfo(
        site=_attribute(root, "sitename"),
        author=_attribute(root, "author"),
        date=_attribute(root, "date"),
        url=url or _attribute(root, "url"),
    )
    lines = _lines(root, _attribute(root, "title"), captions)
    if not any(kind is None for kind, _ in lines):
        raise InputError(_NO_ARTICLE.format(source=source))
    document = _document(lines, source, meta)
    if meta.author and not any(b.kind == "byline" for b in document.blocks[:4]):
        # The page's byline is boilerplate to the extractor; its author is not.
        at = 1 if lines[0][0] == "title" else 0
        document = _document(
            [*lines[:at], ("byline", f"By {meta.author}"), *lines[at:]], source, meta
        )
    return document


def _extract(html: str, source: str, url: str | None) -> tuple[Any, frozenset[str]]:
    """Trafilatura's XML for the page (with metadata), parsed, and the texts of its captions."""
    import trafilatura
    from lxml import etree

    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(f"{source} cannot be read as HTML; is it a web page?")
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
    return etree.fromstring(xml.encode("utf-8")), frozenset(captions)


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


def _lines(root: Any, title: str | None, captions: frozenset[str]) -> list[Line]:
    """(kind, text) for each block in reading order; kind None is left to the line's shape."""
    body = [("caption" if text in captions else kind, text) for kind, text in _body(root) if text]
    if title is None and body and body[0][0] == "heading":
        title = body.pop(0)[1]
    elif title is not None:
        body = _without_first(body, title)
    return [("title", title), *body] if title else body


def _without_first(body: list[Line], title: str) -> list[Line]:
    """The body without its first block equal to the title (the page's ``<h1>``)."""
    key = title.casefold()
    for i, (_, text) in enumerate(body[:5]):
        if text.casefold() == key:
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
