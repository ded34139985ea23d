"""The fixed words of the packaged templates, in each supported language."""

from __future__ import annotations

from briefing.language import speech


def labels(language: str) -> dict[str, str]:
    """The template words for ``language`` (English for any other), by key."""
    return dict(speech(language).labels or {})
