"""briefing: offline news briefings with key points, main actors and notable quotes.

The public names are loaded on first use, so that ``briefing --help`` and the modules that
only need the data model start fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Eager: the function shares its module's name, and a lazy name would be shadowed by the module.
from .output.render import render

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
    "brief_merged": "merge",
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
    from .merge import brief_merged
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
    from .pipeline import brief


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'briefing' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
