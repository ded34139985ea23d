"""Fetching the one web page a user asks to brief, with the standard library only.

A fetch is bounded on every side: a timeout for each wait and, checked between reads, for the
whole download (so a server that trickles bytes cannot hold the command), a size cap, a limit
on redirects, and only web pages (HTML, or plain text) are accepted, so a link to a PDF or an
image fails with a clear message instead of being briefed as garbage. Nothing else is ever
downloaded.
"""

from __future__ import annotations

import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError
from briefing.version import __version__

from .address import DEFAULT_TIMEOUT, check_timeout, is_url

#: Redirects followed before a fetch is given up.
MAX_REDIRECTS = 10
USER_AGENT = f"briefing/{__version__} (+offline news briefings; fetches only the page asked for)"
#: Content types read as a web page; ``text/plain`` is briefed as plain text.
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: where it ended up after redirects, its type, charset and bytes.

    ``content_type`` is lower-case without parameters, and empty when the server sent none.
    """

    url: str
    content_type: str
    charset: str | None
    data: bytes


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
) -> Page:
    """Download ``url``: a web page within ``max_bytes`` and ``timeout`` seconds, or InputError."""
    check_timeout(timeout)
    deadline = time.monotonic() + timeout
    try:
        with _opener(max_redirects).open(_request(url), timeout=timeout) as response:
            content_type, charset = _content_type(response.headers.get("Content-Type", ""))
            _check_type(url, content_type)
            _check_length(url, response.headers.get("Content-Length"), max_bytes)
            data = _read(response, url, max_bytes, deadline, timeout)
            return Page(response.geturl(), content_type, charset, data)
    except InputError:
        raise
    except Exception as error:  # urllib raises many kinds; each becomes one clear line
        if isinstance(error, urllib.error.HTTPError):
            error.close()
        raise InputError(_explain(url, error, timeout, max_redirects)) from None


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to web addresses (urllib would also follow ``ftp://``)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            fp.close()
            raise InputError(f"{req.full_url} redirects to {newurl}, which is not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _request(url: str) -> urllib.request.Request:
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        "Accept-Encoding": "identity",
    }
    return urllib.request.Request(url, headers=headers)


def _opener(max_redirects: int) -> urllib.request.OpenerDirector:
    redirects = _Redirects()
    redirects.max_redirections = max_redirects  # type: ignore[misc]
    return urllib.request.build_opener(redirects)


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type and charset of a Content-Type header (lower-case type)."""
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return kind.strip().lower(), match.group(1) if match else None


def _check_type(url: str, content_type: str) -> None:
    if content_type and content_type not in HTML_TYPES + TEXT_TYPES:
        raise InputError(
            f"{url} is {content_type}, not a web page; briefing reads HTML pages and plain text"
        )


def _check_length(url: str, length: str | None, max_bytes: int) -> None:
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise InputError(_too_large(url, max_bytes))


def _read(response: Any, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The body, a chunk at a time, refused past ``max_bytes`` or past the deadline."""
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(_too_slow(url, timeout))
        part = response.read1(min(_CHUNK, max_bytes + 1 - size))  # what has arrived
        if not part:
            return b"".join(parts)
        parts.append(part)
        size += len(part)
        if size > max_bytes:
            raise InputError(_too_large(url, max_bytes))


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url} is larger than {max_bytes:,} bytes; raise the limit with --max-bytes"


def _too_slow(url: str, timeout: float) -> str:
    return f"{url} did not answer within {timeout:g} s; try again later or raise --timeout"


def _explain(url: str, error: BaseException, timeout: float, max_redirects: int) -> str:
    """One line saying why ``url`` could not be fetched."""
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:
            return f"{url} redirects too often (more than {max_redirects} times, or in a loop)"
        return f"{url} answered HTTP {error.code} {error.reason}; check the address"
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError):
        return _too_slow(url, timeout)
    if isinstance(reason, socket.gaierror):
        return f"cannot find the server of {url}; check the address and the network"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot connect to {url}: connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot fetch {url}: {reason.strerror}"
    return f"cannot fetch {url}: {reason}"
