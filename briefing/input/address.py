"""What a source names: a web address or a file, and how long a fetch may take."""

from __future__ import annotations

import math

from briefing.errors import OptionsError

#: Seconds a URL may take to download in all, unless the caller says otherwise.
DEFAULT_TIMEOUT = 20.0


def is_url(source: str) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return source[:8].lower().startswith(("http://", "https://"))


def check_timeout(timeout: float) -> None:
    """Refuse a timeout that is not a positive number of seconds, before any input is read."""
    if not math.isfinite(timeout) or timeout <= 0:
        raise OptionsError(f"--timeout must be a number of seconds above 0, got {timeout:g}")
