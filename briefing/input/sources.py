"""Any input to an article: a text file, standard input, a saved web page or a URL.

Plain text is returned as text, for ``read_document``; a web page is returned as the
``Document`` of its article, with its site, author and date. The HTML extractor and the
network code are imported only for the inputs that need them, so briefing a text file stays fast.
"""

from __future__ import annotations

import dataclasses
from pathlib import PurePath

from briefing.errors import InputError
from briefing.model import Document, SourceInfo

from .address import DEFAULT_TIMEOUT, is_url
from .files import check_max_bytes, read_bytes
from .html import HTML_SUFFIXES, decode_html, looks_like_html, read_html
from .text import DEFAULT_MAX_BYTES, decode, read_document


def read_article(
    source: str,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    offline: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> tuple[str | Document, str]:
    """The article at a path, ``-`` or URL (text, or a page's ``Document``) and a name for it.

    ``offline`` refuses URLs instead of fetching them.
    """
    check_max_bytes(max_bytes)
    if is_url(source):
        if offline:
            raise InputError(f"{source} is a web address and --offline forbids fetching it")
        return _read_url(source, encoding=encoding, max_bytes=max_bytes, timeout=timeout), source
    data, name = read_bytes(source, max_bytes=max_bytes)
    if looks_like_html(data) or (is_html_name(name) and b"<" in data[:4096]):
        return read_html(decode_html(data, encoding), name), name
    return decode(data, encoding), name


def is_html_name(name: str) -> bool:
    """True for a file name with a web-page suffix (``.html``, ``.htm``, ``.xhtml``).

    Such a file is read as HTML if it has any markup; without, it is plain text.
    """
    return PurePath(name).suffix.lower() in HTML_SUFFIXES


def _read_url(url: str, *, encoding: str | None, max_bytes: int, timeout: float) -> Document:
    """Fetch a page and read its article; a plain-text answer is read as plain text."""
    from .web import TEXT_TYPES, fetch

    page = fetch(url, max_bytes=max_bytes, timeout=timeout)
    if page.content_type in TEXT_TYPES and not looks_like_html(page.data):
        document = read_document(decode(page.data, encoding or page.charset), source=url)
        return dataclasses.replace(document, meta=SourceInfo(url=page.url))
    return read_html(decode_html(page.data, encoding, page.charset), url, url=page.url)
