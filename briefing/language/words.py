"""Shared word-level helpers: stop words and stems, loaded once and cheaply.

Stop words come from sumy's data files (read as plain files, without importing sumy's modules),
or from ours where sumy has none (Dutch: the Snowball project's list, BSD licence); stems from
``snowballstemmer``, which imports in milliseconds, unlike nltk, and runs the Snowball
algorithms in C through PyStemmer when it is installed (same stems, about ten times faster:
a long document's vocabulary is stemmed in a tenth of a second instead of one).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from itertools import chain


@cache
def stop_words(language: str = "english") -> frozenset[str]:
    """Lower-case stop words of ``language``: ours if we ship a list, else sumy's."""
    path = resources.files("briefing.language") / "data" / "stopwords" / f"{language}.txt"
    if not path.is_file():
        path = resources.files("sumy") / "data" / "stopwords" / f"{language}.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())


_THREAD = threading.local()


def _stemmer(language: str):  # type: ignore[no-untyped-def]
    """This thread's stemmer: a Snowball stemmer keeps its word in itself while it works."""
    stemmers = _THREAD.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        import snowballstemmer

        stemmers[language] = snowballstemmer.stemmer(language)
    return stemmers[language]


@cache
def stem(word: str, language: str = "english") -> str:
    """The Snowball stem of a lower-cased word."""
    word = word.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201b", "'")
    return str(_stemmer(language).stemWord(word))


def content_terms(words: Iterable[str], language: str = "english") -> list[str]:
    """Stems of the words that carry meaning: no stop words, no bare numbers or letters."""
    stops = stop_words(language)
    return [
        stem(w, language)
        for w in (word.lower() for word in words)
        if len(w) > 1 and w not in stops and not w.isdigit()
    ]


def content_terms_each(
    texts: Iterable[Sequence[str]], language: str = "english"
) -> list[list[str]]:
    """``content_terms`` of each list of words, each distinct word looked at once (a long
    document writes most of its words many times)."""
    texts = list(texts)
    stops = stop_words(language)
    terms: dict[str, str] = {}
    for word in set(chain.from_iterable(texts)):
        w = word.lower()
        if len(w) > 1 and w not in stops and not w.isdigit():
            terms[word] = stem(w, language)
    return [[t for t in map(terms.get, words) if t is not None] for words in texts]


def norm(text: str) -> str:
    """The comparable form of a name: case-folded words without accents, "the" or possessive.

    One form for every stage that compares names (actors, their aliases, quote speakers,
    merged briefings).
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'").casefold().strip())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"'s$|'$", "", text)
    words = re.findall(r"\w+", text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)
