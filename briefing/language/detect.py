"""Which language an article is in, offline, from the function words it uses.

Every language here has stop words (sumy's data, or ours for Dutch) and a Snowball stemmer.
Detection counts each language's most frequent function words in the text, each word weighted
by how few of the languages share it ("de" says little, "und" says German), and picks the
highest total. Articles are long enough for this to be reliable; texts with too few function
words fall back to English.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from briefing.options import LANGUAGES

from .speech import DEFAULT_LANGUAGE, speech

#: Fewer weighted function-word hits than this: too little text to tell.
MIN_EVIDENCE = 3.0
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _weights() -> dict[str, dict[str, float]]:
    sets = {lang: frozenset(speech(lang).function_words) for lang in LANGUAGES}
    shared = Counter(word for words in sets.values() for word in words)
    return {lang: {w: 1.0 / shared[w] for w in words} for lang, words in sets.items()}


def detect_language(text: str, *, sample_words: int = 3000) -> str:
    """The most likely language of ``text`` (one of ``LANGUAGES``)."""
    counts = Counter(w.lower() for w in _WORD.findall(text[: sample_words * 8]))
    scores = {
        lang: sum(counts[w] * weight for w, weight in weights.items())
        for lang, weights in _weights().items()
    }
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= MIN_EVIDENCE else DEFAULT_LANGUAGE
