"""briefing: offline news briefings with key points, main actors and notable quotes."""

from .errors import BriefingError
from .merge import brief_merged
from .model import Actor, Briefing, Document, KeyPoint, Mention, Quote, Sentence, Stats
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
    "Stats",
    "__version__",
    "brief",
    "brief_merged",
    "render",
]
