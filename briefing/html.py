"""From an HTML page to a ``Document``: the article's body and structure, without boilerplate.

trafilatura finds the article among menus, footers, related links and cookie notices, and
reads the page's title, author, date and site. Its XML output keeps headings and paragraphs
in order; figure captions, which it drops as boilerplate, are carried through it as marked
paragraphs. The blocks are then laid out exactly as ``read_document`` would lay out the same
article as plain text, so an HTML page and its text version give the same briefing.

trafilatura (and lxml) are imported only when a page is read, so plain text stays fast.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any

from .errors import InputError
from .model import Block, BlockKind, Document, SourceInfo
from .reading import normalise, read_document

#: File names read as web pages.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
#: Marks a figure caption on its way through the extractor (a private-use character).
_CAPTION_MARK = "\ue000"
_SPACE = re.compile(r"\s+")


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
    for codec in (declared, meta.group(1).decode("ascii") if meta else None):
        if codec and _known(codec):
            return _decode(data, codec, strict=False)
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
    root = _extract(html, url)
    meta = SourceInfo(
        site=_attribute(root, "sitename"),
        author=_attribute(root, "author"),
        date=_attribute(root, "date"),
        url=url or _attribute(root, "url"),
    )
    lines = _lines(root, _attribute(root, "title"))
    if not any(kind is None for kind, _ in lines):
        raise InputError(f"found no article text in {source}; is it a news article page?")
    document = _document(lines, source, meta)
    if meta.author and not any(b.kind == "byline" for b in document.blocks[:4]):
        # The page's byline is boilerplate to the extractor; its author is not.
        at = 1 if lines[0][0] == "title" else 0
        document = _document(
            [*lines[:at], ("byline", f"By {meta.author}"), *lines[at:]], source, meta
        )
    return document


def _extract(html: str, url: str | None) -> Any:
    """trafilatura's XML for the page (with metadata), parsed; captions kept as marked text."""
    import trafilatura
    from lxml import etree

    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError("the page cannot be parsed as HTML")
    _mark_captions(tree)
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
        raise InputError("found no article text in the page; is it a news article page?")
    return etree.fromstring(xml.encode("utf-8"))


def _mark_captions(tree: Any) -> None:
    """Turn figures into plain blocks and their captions into marked paragraphs."""
    for figure in tree.iter("figure"):
        figure.tag = "div"
        figure.attrib.clear()
    for caption in tree.iter("figcaption"):
        text = _SPACE.sub(" ", caption.text_content()).strip()
        for child in list(caption):
            caption.remove(child)
        caption.tag = "p"
        caption.attrib.clear()
        caption.text = _CAPTION_MARK + text if text else None


def _attribute(root: Any, name: str) -> str | None:
    value = _SPACE.sub(" ", root.get(name) or "").strip()
    return value or None


Line = tuple[BlockKind | None, str]


def _lines(root: Any, title: str | None) -> list[Line]:
    """(kind, text) for each block in reading order; kind None is left to the line's shape."""
    body = [(kind, text) for kind, text in _body(root) if text]
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
    elif tag in ("list", "quote", "div", "table", "row"):
        children = [child for child in element if child.tag not in ("lb", "hi", "ref")]
        if children:
            for child in children:
                yield from _blocks(child)
        else:
            yield None, _text(element)
    elif tag not in ("graphic", "comments"):
        text = _text(element)
        if text.startswith(_CAPTION_MARK):
            yield "caption", text[1:].strip()
        else:
            yield None, text


def _text(element: Any) -> str:
    """An element's text on one line; a line break counts as a space."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return _SPACE.sub(" ", normalise("".join(parts))).strip()


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
