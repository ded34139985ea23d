"""Reading: any source (text, file, saved web page, URL) into a ``Document`` of blocks."""

from briefing.input.address import DEFAULT_TIMEOUT, check_timeout, is_url
from briefing.input.sources import read_article
from briefing.input.text import DEFAULT_MAX_BYTES, read_document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "check_timeout",
    "is_url",
    "read_article",
    "read_document",
]
