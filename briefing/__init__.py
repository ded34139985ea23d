"""briefing: offline news briefings with key points, main actors and notable quotes."""

from .errors import BriefingError
from .model import Actor, Briefing, Document, KeyPoint, Mention, Quote, Sentence, SourceInfo, Stats
from .options import BriefingOptions, Length
from .pipeline import brief
from .render import render

__version__ = "0.1.0"

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
    "render",
]
