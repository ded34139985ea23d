"""briefing: offline news briefings with key points, main actors and notable quotes.

The public names are loaded on first use, so that ``briefing --help`` and the modules that
only need the data model start fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .version import __version__

_EXPORTS = {
    "Actor": "model",
    "Briefing": "model",
    "Document": "model",
    "KeyPoint": "model",
    "Mention": "model",
    "Quote": "model",
    "Sentence": "model",
    "SourceInfo": "model",
    "Stats": "model",
    "BriefingError": "errors",
    "BriefingOptions": "options",
    "Length": "options",
    "brief": "pipeline",
    "brief_merged": "pipeline",
    "render": "output.render",
}

__all__ = [
    "Actor",
    "Briefing",
    "BriefingError",
    "BriefingOptions",
    "Document",
    "KeyPoint",
    "Length",
    "Mention",
    "Quote",
    "Sentence",
    "SourceInfo",
    "Stats",
    "__version__",
    "brief",
    "brief_merged",
    "render",
]

if TYPE_CHECKING:
    from .errors import BriefingError
    from .model import (
        Actor,
        Briefing,
        Document,
        KeyPoint,
        Mention,
        Quote,
        Sentence,
        SourceInfo,
        Stats,
    )
    from .options import BriefingOptions, Length
    from .output.render import render
    from .pipeline import brief, brief_merged


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
