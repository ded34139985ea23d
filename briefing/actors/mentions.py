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
from bisect import bisect_left
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from typing import NamedTuple

from briefing.model import Block, Document, Sentence
from briefing.segment import DATELINE_PARAGRAPHS, split_spans

from . import names

_TOKEN_PATTERN = r"(?:[^\W\d_]\.){2,}|\w+(?:-\w+|[’'](?![sS]\b)\w+)*|[^\w\s]"
_TOKEN = re.compile(_TOKEN_PATTERN)
#: Every token with the white space before it: nothing else lies between tokens, so the
#: offsets follow from the lengths alone.
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN_PATTERN})")
_COMMON_LOWER = "etaoinsrhl"
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
_ABBREVIATIONS = (
    frozenset("inc corp co ltd jr sr bros mt ft no".split()) | names.TITLES | names.HONORIFICS
)
_OPENERS = frozenset("\"“‘'«([")
_PREFIX_PARTICLES = frozenset(
    "al el ad as ash at az ar an bin ibn abu ben da de di du la le van von".split()
)
_ARTICLES = frozenset(["A", "An", "The"])
_QUOTES = frozenset("\"“‘'«")
_STARTS_AFTER = frozenset([":", "-", "–", "—", "•", "*", "...", "]"])
_TITLE_WORDS = names.TITLES | names.HONORIFICS | names.ROLE_MODIFIERS
SPEECH = frozenset(
    """said says say told tells added adds asked asks explained wrote writes noted argued warned
    stated replied claimed insisted recalled suggested continued announced declared""".split()
)
_ORG_CONTEXT = names.ORG_LAST | names.ORG_FIRST | names.LOC_WORDS
_ORG_OR_EVENT = _ORG_CONTEXT | names.OTHER_WORDS
_CONNECTORS_PARTICLES = names.NAME_CONNECTORS | names.NAME_PARTICLES


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the document text, and the word in
    lower case without its full stop (``low``, what the word lists hold)."""

    text: str
    start: int
    end: int
    low: str


def token(text: str, start: int, end: int) -> Token:
    """The token ``text`` written at ``start:end``."""
    return Token(text, start, end, text.lower().rstrip("."))


@dataclass(slots=True)
class Candidate:
    """One place where a name is written, with what its context says about it.

    ``text`` is the name alone; ``surface`` is what the text writes there, title included
    (``Dr. Okafor``), at ``surface_start:surface_end``.
    """

    text: str
    start: int
    end: int
    surface: str
    surface_start: int
    surface_end: int
    sentence: int
    block: str
    cues: dict[str, float] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    restricted: bool = False
    speaks: bool = False
    tagged: tuple[str, float] | None = None

    def vote(self, kind: str, weight: float) -> None:
        self.cues[kind] = self.cues.get(kind, 0.0) + weight


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations and initials keep their full stop."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        found = token(match.group(), match.start(), match.end())
        if found.text == "." and out and _takes_stop(out[-1], found.start):
            out[-1] = token(out[-1].text + ".", out[-1].start, found.end)
            continue
        out.append(found)
    return out


def document_tokens(text: str, spans: Sequence[tuple[int, int]]) -> list[list[Token]]:
    """``tokens`` of every span, from one pass over the whole text (the same tokens: spans
    begin and end at white space, where no token runs across; any other span is read alone).
    """
    pairs = _SPACED_TOKEN.findall(text)
    words = list(map(itemgetter(1), pairs))
    lengths = chain.from_iterable(
        zip(map(len, map(itemgetter(0), pairs)), map(len, words), strict=True)
    )
    marks = list(accumulate(lengths))
    starts, ends = marks[0::2], marks[1::2]
    lows = list(map(str.rstrip, map(str.lower, words), repeat(".")))
    every = list(map(_new_token, repeat(Token), zip(words, starts, ends, lows, strict=True)))
    stops = _joining_stops(words, starts, ends)
    size = len(text)
    out: list[list[Token]] = []
    for start, end in spans:
        apart = (start == 0 or text[start - 1].isspace()) and (end == size or text[end].isspace())
        if not apart:
            out.append(tokens(text, start, end))
            continue
        a, b = bisect_left(starts, start), bisect_left(starts, end)
        toks = every[a:b]
        if bisect_left(stops, b) > bisect_left(stops, a + 1):
            toks = _join_stops(toks)
        out.append(toks)
    return out


def _joining_stops(words: list[str], starts: list[int], ends: list[int]) -> list[int]:
    """Indices of the full stops that ``_join_stops`` joins to the word before them (when that
    word is in the same span): the word before a stop is never changed by an earlier join."""
    return [
        k
        for k in compress(range(len(words)), map(".".__eq__, words))
        if k > 0 and _takes_stop(Token(words[k - 1], 0, ends[k - 1], ""), starts[k])
    ]


#: ``Token`` from a tuple of its fields, without a call in Python per token.
_new_token = tuple.__new__
_TEXT = itemgetter(0)


def _join_stops(toks: list[Token]) -> list[Token]:
    """Full stops joined to the abbreviations and initials they end, as ``tokens`` does."""
    out: list[Token] = []
    for found in toks:
        if found.text == "." and out and _takes_stop(out[-1], found.start):
            out[-1] = token(out[-1].text + ".", out[-1].start, found.end)
            continue
        out.append(found)
    return out


def _takes_stop(prev: Token, at: int) -> bool:
    if prev.end != at or prev.text.endswith("."):
        return False
    return (len(prev.text) == 1 and prev.text.isupper()) or prev.text.lower() in _ABBREVIATIONS


@lru_cache(maxsize=1 << 16)
def is_namelike(word: str) -> bool:
    """A token that can be part of a name: capitalised, an acronym, ``al-Muhandis``, ``eBay``."""
    first = word[:1]
    if not first.isalpha():
        return False
    if first.isupper():
        parts = word.rstrip(".").split("-")
        if len(parts) > 1 and not all(p[:1].isupper() or p.isdigit() for p in parts[1:]):
            return False  # "US-led", "Washington-based"
        if word.isupper() and len(word) > 1 and word.lower() in names.COMMON:
            return word in names.places()  # "US", not "IT" or "OR"
        head = re.split("['’]", word, maxsplit=1)[0].lower()
        return head == word.lower() or head not in names.COMMON
    head, _, rest = word.partition("-")
    if rest:
        return head in _PREFIX_PARTICLES and rest[:1].isupper()
    return len(word) > 2 and any(c.isupper() for c in word[1:])


def sentences(
    document: Document, segmented: Sequence[Sentence] = ()
) -> Iterator[tuple[Block, int, int]]:
    """Every sentence of every block, and each line of a block of several lines.

    ``segmented`` are the paragraphs' sentences as ``segment`` splits English text: past the
    paragraphs where a dateline may be cut off, they are the same split, and are not made again.
    """
    split: dict[int, list[tuple[int, int]]] = {}
    for sentence in segmented:
        split.setdefault(sentence.paragraph, []).append((sentence.start, sentence.end))
    paragraph = -1
    for block in document.blocks:
        spans = None
        if block.kind == "paragraph":
            paragraph += 1
            if paragraph >= DATELINE_PARAGRAPHS:
                spans = split.get(paragraph)
        if spans is None:
            spans = split_spans(document.text, block.start, block.end)
        for start, end in spans:
            offset = start
            for line in document.text[start:end].split("\n"):
                if line.strip():
                    yield block, offset, offset + len(line)
                offset += len(line) + 1


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the whole document says about its words' case."""

    lower: frozenset[str]
    capitalised: frozenset[str]
    #: The words of the sentences read that can be part of a name (``is_namelike``).
    namelike: frozenset[str] = frozenset()
    #: The indices of each sentence's tokens whose word is in ``namelike`` (``name_starts``).
    starts: tuple[list[int], ...] = ()


def evidence(document: Document, sentence_tokens: list[list[Token]]) -> Evidence:
    """Words written in lower case, and words capitalised inside ordinary sentences."""
    words = set().union(*(map(_TEXT, toks) for toks in sentence_tokens))
    namelike = {w for w in words if is_namelike(w)}
    starts = name_starts(sentence_tokens, namelike)
    capitalised = {
        toks[i].text
        for toks, found in zip(sentence_tokens, starts, strict=True)
        for i in found
        if i > 0 and not _at_sentence_start(toks, i)
    }
    return Evidence(
        lower_words(document.text), frozenset(capitalised), frozenset(namelike), tuple(starts)
    )


def name_starts(sentence_tokens: list[list[Token]], namelike: Container[str]) -> list[list[int]]:
    """The indices of each sentence's tokens whose word is in ``namelike`` (found without a
    step in Python per token)."""
    return [
        list(compress(range(len(toks)), map(namelike.__contains__, map(_TEXT, toks))))
        for toks in sentence_tokens
    ]


@lru_cache(maxsize=1)
def lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case (kept for the text read last: the rules and the
    tagger both ask)."""
    return frozenset(_LOWER_WORD.findall(text))


def is_shouting(text: str, kind: str) -> bool:
    """Text in capitals, or a title or heading in Title Case: capitals say nothing there."""
    # Lower-case letters over 30 % of the text leave too few letters to be capitals for 70 %:
    # the ten commonest English letters are most often enough to tell.
    if sum(map(text.count, _COMMON_LOWER)) * 10 <= len(text) * 3:
        letters = "".join(filter(str.isalpha, text))
        if letters and sum(map(str.isupper, letters)) * 10 >= len(letters) * 7:
            return True
    if kind not in ("title", "heading"):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    long = [w for w in words[1:] if len(w) > 3]
    capital = sum(1 for w in long if w[0].isupper())
    return len(long) >= 2 and capital * 10 >= len(long) * 7


def runs(
    toks: list[Token], vocabulary: Evidence, starts: Sequence[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Index ranges ``[i, j)`` of the runs of name tokens in one sentence (``starts``: the
    indices of its tokens that ``is_namelike``, when known)."""
    i, n = 0, len(toks)
    if starts is None:
        starts = [k for k, t in enumerate(toks) if is_namelike(t.text)]
    for k in starts:
        if k < i or not _starts_run(toks, k, vocabulary):
            continue
        i = k
        j = i + 1
        while j < n:
            step = _continues(toks, i, j)
            if not step:
                break
            j += step
        yield i, j
        i = j


def _starts_run(toks: list[Token], i: int, vocabulary: Evidence) -> bool:
    word = toks[i].text
    if not is_namelike(word) or word.lower() in names.CALENDAR or word == "I":
        return False
    if _tagged(toks, i) or _credit(toks, i):
        return False
    if not _at_sentence_start(toks, i):
        return word not in ("A", "An")
    return _initial_capital_is_name(word, toks, i, vocabulary)


def _tagged(toks: list[Token], i: int) -> bool:
    """``#IStandWithAhmed``, ``@POTUS``: a hashtag or an account, not a name as written."""
    return i > 0 and toks[i - 1].text in ("#", "@") and toks[i - 1].end == toks[i].start


def _credit(toks: list[Token], i: int) -> bool:
    """``Image:`` opens a picture credit; the name is what follows it."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return nxt == ":" and toks[i].text.lower() in names.CREDITS


def _at_sentence_start(toks: list[Token], i: int) -> bool:
    """First word of a sentence, a quotation, a list item or after a footnote mark."""
    j = i - 1
    quoted = False
    while j >= 0 and toks[j].text in _OPENERS:
        quoted = quoted or toks[j].text in _QUOTES
        j -= 1
    if j < 0 or toks[j].text in _STARTS_AFTER:
        return True
    return quoted and toks[j].text == ","


def _initial_capital_is_name(word: str, toks: list[Token], i: int, vocab: Evidence) -> bool:
    """A capitalised first word is a name if the text or a list says so."""
    low = word.lower().replace("’", "'")
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if f"{word} {nxt}" in names.places():
        return True  # "New Zealand"
    titled = low.rstrip(".") in _TITLE_WORDS and low not in names.COMMON
    if (titled or low.rstrip(".") in names.HONORIFICS) and is_namelike(nxt):
        return True  # "Dr. Okonkwo", "Finance Minister Lotte Brandt"
    if low in names.COMMON or low in names.CALENDAR:
        return False
    if low in vocab.lower:  # "See the page": unless the text also writes it in a name
        return word in vocab.capitalised and is_namelike(nxt)
    if word in vocab.capitalised or word in names.plain_first_names() or word in names.places():
        return True
    if word in names.first_names() and is_namelike(nxt):
        return True  # "Mark Woodforde"
    if low in names.KNOWN_ORGS:
        return True
    if low in names.common_words():
        return False
    return not (low.endswith(("ly", "ing", "ed")) and not is_namelike(nxt))


def _continues(toks: list[Token], i: int, j: int) -> int:
    """How many tokens from ``j`` the run ``toks[i:j]`` takes next (0: it ends)."""
    word = toks[j].text
    if is_namelike(word):
        if _credit(toks, j):
            return 0  # "... student Ahmed Mohamed Image: Twitter"
        if word == "I" and toks[j - 1].text not in names.first_names():
            return 0  # the pronoun, not "Elizabeth I"
        if word in _ARTICLES:
            return 0  # "... Original Movie A Ring of Light"
        if toks[j].low in names.CALENDAR and not _month_as_surname(toks, j):
            return 0
        if _person_follows(toks, i, j):
            return 0  # "... University of Texas Arlington | Amneh Jafari"
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
            return 0 if _place_after_name(toks, i, j, k) else k - j
    return 0


def _person_follows(toks: list[Token], i: int, j: int) -> bool:
    """A place or an organisation ends at ``j``, and a given name and surname end the run."""
    if j - i < 2 or j + 1 >= len(toks) or not is_namelike(toks[j + 1].text):
        return False
    if not is_namelike(toks[j - 1].text):
        return False  # "Calvary Church of Saint Luke"
    if j + 2 < len(toks) and _name_goes_on(toks[j + 2].text):
        return False
    pair = toks[j : j + 2]
    if any(t.low in _ORG_OR_EVENT or t.text.isupper() for t in pair):
        return False
    if _ends_in_place(toks, i, j) or toks[j - 1].low in names.ORG_LAST:
        return True
    organised = any(t.low in _ORG_CONTEXT for t in toks[i:j])
    return organised and toks[j].text in names.plain_first_names()


def _name_goes_on(word: str) -> bool:
    return is_namelike(word) or word.lower() in _CONNECTORS_PARTICLES


def _ends_in_place(toks: list[Token], i: int, j: int) -> bool:
    """The run so far ends with the name of a known place ("... United States")."""
    places = names.places()
    return any(" ".join(t.text for t in toks[k:j]) in places for k in range(max(i, j - 3), j))


def _place_after_name(toks: list[Token], i: int, j: int, k: int) -> bool:
    """``Colorado State University of the US``: where it is, not part of its name."""
    place = names.places().get(toks[k].text)
    if place is None:
        return False
    if any(t.text.islower() for t in toks[i:j]):
        return True
    return k - j == 2 and j - i >= 3


def _month_as_surname(toks: list[Token], j: int) -> bool:
    """``Theresa May``: a month name right after a given name."""
    return toks[j].low in {"may", "june", "april"} and toks[j - 1].text in names.first_names()
