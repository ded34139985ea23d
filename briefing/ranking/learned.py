"""The default key-point ranker: a small learned model of which sentences summarise a story.

Each sentence is described by the cheap facts of ``features`` (position, paragraph, length,
centrality, similarity to the lead and the title, redundancy, quotation, numbers, names) and
scored by a few shallow regression trees (``keypoints.json``, trained by
``training/keypoints.py`` on the CNN/DailyMail and BBC training sets with labels from the greedy
ROUGE oracle). The model file is read on first use; the trees run in plain Python.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from importlib import resources

from briefing.model import Sentence
from briefing.segment import words

from .features import FEATURES, document_features
from .select import RankContext
from .trees import TreeModel, loads

#: The model file shipped beside this module.
MODEL_FILE = "keypoints.json"


@cache
def model() -> TreeModel:
    """The shipped model, read once; one trained on other features is refused."""
    text = (resources.files(__package__) / MODEL_FILE).read_text(encoding="utf-8")
    loaded = loads(text)
    if loaded.features != FEATURES:
        raise ValueError(f"{MODEL_FILE} was trained on other features than briefing computes")
    return loaded


def rate(sentences: Sequence[Sentence], context: RankContext) -> list[float]:
    """Scores in (0, 1], the best sentence 1: the model's odds that a sentence is a key point."""
    title = words(context.title) if context.title else None
    rows = document_features(sentences, title, context.language)
    raw = model().scores(rows)
    top = max(raw, default=0.0)
    return [math.exp(score - top) for score in raw]
