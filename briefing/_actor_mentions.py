"""Finding names in text: runs of capitalised words, their titles and the roles said of them.

A name is a run of capitalised tokens, with initials (``George H. W. Bush``), particles
(``Abu Mahdi al-Muhandis``) and, inside organisation and place names, connectors
(``Institute for the Study of War``). A capital that only starts a sentence does not make a
name, nor do nationality words, calendar words or headings. Titles before the name
(``Defense Secretary Harjit Sajjan``) are kept apart as roles, as are role phrases written
before it in lower case or after it between commas (``Allawi, a former communications
minister,``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import _actor_names as names
from .model import Block, Document
from .segment import split_spans

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:-\w+|[’'](?![sS]\b)\w+)*|[^\w\s]")
_ABBREVIATIONS = frozenset("inc corp co ltd jr sr bros mt ft no".split()) | names.TITLES
_OPENERS = frozenset("\"“‘'«([")
_PREFIX_PARTICLES = frozenset("al el ad as ash at az ar an bin ibn abu ben da de di du la le van von".split())
_PLACE_PREPOSITIONS = frozenset("in at from near to into across throughout outside inside around".split())
SPEECH = frozenset(
    """said says say told tells added adds asked asks explained wrote writes noted argued warned
    stated replied claimed insisted recalled suggested continued announced declared""".split()
)
_ORG_CONTEXT = names.ORG_LAST | names.ORG_FIRST | names.LOC_WORDS | names.OTHER_WORDS


@dataclass(slots=True)
class Token:
    """A word or punctuation mark with its offsets in the document text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


@dataclass(slots=True)
class Candidate:
    """One place where a name is written, with what its context says about it."""

    text: str
    start: int
    end: int
    surface: str
    sentence: int
    block: str
    cues: dict[str, float] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    restricted: bool = False

    def vote(self, kind: str, weight: float) -> None:
        self.cues[kind] = self.cues.get(kind, 0.0) + weight


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations and initials keep their full stop."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        token = Token(match.group(), match.start(), match.end())
        if token.text == "." and out and _takes_stop(out[-1], token.start):
            out[-1] = Token(out[-1].text + ".", out[-1].start, token.end)
            continue
        out.append(token)
    return out


def _takes_stop(prev: Token, at: int) -> bool:
    if prev.end != at or prev.text.endswith("."):
        return False
    return (len(prev.text) == 1 and prev.text.isupper()) or prev.text.lower() in _ABBREVIATIONS


def is_namelike(word: str) -> bool:
    """A token that can be part of a name: capitalised, an acronym, ``al-Muhandis``, ``eBay``."""
    first = word[:1]
    if not first.isalpha():
        return False
    if first.isupper():
        parts = word.rstrip(".").split("-")
        if len(parts) > 1 and not all(p[:1].isupper() or p.isdigit() for p in parts[1:]):
            return False  # "US-led", "Washington-based"
        return not (word.isupper() and len(word) > 1 and word.lower() in names.COMMON)
    head, _, rest = word.partition("-")
    if rest:
        return head in _PREFIX_PARTICLES and rest[:1].isupper()
    return len(word) > 2 and any(c.isupper() for c in word[1:])


def sentences(document: Document) -> Iterator[tuple[Block, int, int]]:
    """Every sentence of every block, and each line of a block of several lines."""
    for block in document.blocks:
        for start, end in split_spans(document.text, block.start, block.end):
            offset = start
            for line in document.text[start:end].split("\n"):
                if line.strip():
                    yield block, offset, offset + len(line)
                offset += len(line) + 1


def lowercase_vocabulary(document: Document) -> frozenset[str]:
    """Words the document writes in lower case: a capital on them only starts a sentence."""
    return frozenset(w for w in re.findall(r"\b[a-z][a-z'’-]+\b", document.text))


def is_shouting(block_text: str) -> bool:
    """Text in capitals or Title Case, where capitals say nothing about names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", block_text) if len(w) > 3]
    if not words:
        return True
    capital = sum(1 for w in words if w[0].isupper())
    return capital * 10 >= len(words) * 7 and len(words) >= 2


def runs(toks: list[Token], vocabulary: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Index ranges ``[i, j)`` of the runs of name tokens in one sentence."""
    i, n = 0, len(toks)
    while i < n:
        if not _starts_run(toks, i, vocabulary):
            i += 1
            continue
        j = i + 1
        while j < n:
            step = _continues(toks, i, j)
            if not step:
                break
            j += step
        yield i, j
        i = j


def _starts_run(toks: list[Token], i: int, vocabulary: frozenset[str]) -> bool:
    word = toks[i].text
    if not is_namelike(word) or word.lower() in names.CALENDAR or word == "I":
        return False
    if not _at_sentence_start(toks, i):
        return True
    return _initial_capital_is_name(word, toks, i, vocabulary)


def _at_sentence_start(toks: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and toks[j].text in _OPENERS:
        j -= 1
    return j < 0 or toks[j].text in {":", "-", "–", "—", "•", "*", "..."}


def _initial_capital_is_name(word: str, toks: list[Token], i: int, vocab: frozenset[str]) -> bool:
    low = word.lower()
    if low in names.COMMON or low in names.CALENDAR:
        return False
    if word in names.first_names() or word in names.places() or low in names.KNOWN_ORGS:
        return True
    if low in vocab:
        return False
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if low.endswith(("ly", "ing", "ed")) and not is_namelike(nxt):
        return False
    return True


def _continues(toks: list[Token], i: int, j: int) -> int:
    """How many tokens from ``j`` the run ``toks[i:j]`` takes next (0: it ends)."""
    word = toks[j].text
    if is_namelike(word):
        if word.lower() in names.CALENDAR and not _month_as_surname(toks, j):
            return 0
        return 1
    low = word.lower()
    if low in names.NAME_PARTICLES and j + 1 < len(toks) and is_namelike(toks[j + 1].text):
        return 1
    if low in names.NAME_CONNECTORS or word == "&":
        if not any(t.low in _ORG_CONTEXT for t in toks[i:j]):
            return 0
        k = j + 1
        if k < len(toks) and toks[k].text.lower() == "the" and low != "the":
            k += 1
        if k < len(toks) and is_namelike(toks[k].text) and toks[k].low not in names.CALENDAR:
            return k - j
    return 0


def _month_as_surname(toks: list[Token], j: int) -> bool:
    """``Theresa May``: a month name right after a given name."""
    return toks[j].low not in names.CALENDAR or (
        j > 0 and toks[j - 1].text in names.first_names() and toks[j].low in {"may", "june", "april"}
    )
