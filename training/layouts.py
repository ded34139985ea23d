"""The same story in other layouts: one block of text, or short paragraphs as news sites use.

CNN/DailyMail texts come without paragraph breaks and BBC texts with them, so a ranker trained
on them as given learns which corpus a text is from. Training and benchmarks lay every story
out in several ways to keep layout from telling the corpora apart.
"""

from __future__ import annotations

import random
import re

from briefing.segment import split_sentences


def sentences_of(text: str) -> list[str]:
    """The story's sentences in order, whatever its paragraphs."""
    return [s for block in re.split(r"\n\s*\n|\n", text) for s in split_sentences(block.strip())]


def flat(text: str) -> str:
    """The story as one paragraph."""
    return " ".join(sentences_of(text))


def in_paragraphs(text: str, sizes: tuple[int, ...] | None = None, seed: str = "") -> str:
    """Paragraphs of ``sizes`` sentences, cycled; without sizes, one to three at random."""
    sentences = sentences_of(text)
    rng = random.Random(seed)
    paragraphs, i, turn = [], 0, 0
    while i < len(sentences):
        size = sizes[turn % len(sizes)] if sizes else rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
        turn += 1
    return "\n\n".join(paragraphs)
