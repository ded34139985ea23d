"""Which language an article is in, offline, from the function words it uses.

Every language here has stop words (sumy's data, or ours for Dutch) and a Snowball stemmer.
Detection counts each language's most frequent function words in the text, each word weighted
by how few of the languages share it ("de" says little, "und" says German), and picks the
highest total. Articles are long enough for this to be reliable; texts with too few function
words fall back to English, and so do texts in none of these languages: a Latvian or Czech
article shares a few short words with French or Portuguese ("un", "par", "a") but is not made
of them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from briefing.options import LANGUAGES

from .speech import DEFAULT_LANGUAGE, speech

#: Fewer weighted function-word hits than this: too little text to tell.
MIN_EVIDENCE = 3.0
#: Under this share of its words being the chosen language's function words, a text is in
#: none of our languages. Measured with ``detect_language``'s counts: real articles of the
#: ``*-train`` sets are 0.114 or more (CNN/DailyMail, BBC, PolNeAR, GUM; 0.13 to 0.30 for
#: most), articles in Latvian, Polish, Czech and Turkish 0.024 to 0.049.
MIN_COVERAGE = 0.07
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
    if scores[best] < MIN_EVIDENCE:
        return DEFAULT_LANGUAGE
    covered = sum(counts[w] for w in _weights()[best])
    return best if covered >= MIN_COVERAGE * sum(counts.values()) else DEFAULT_LANGUAGE
