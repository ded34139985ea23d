"""Sentence splitting and word tokens for news, with no data files and no downloads.

A boundary is a run of ``.``, ``?``, ``!`` or ``…`` (with any closing quotes or brackets)
followed by white space, or a full stop of another script (``。``, ``！``, ``？``, ``।``, ``။``),
which needs none. It is kept unless the text says otherwise:

* the next sentence would start in lower case (``“Is it over?” she asked.``);
* the full stop ends a title, initial or abbreviation (``Maj-Gen. Peter Dawe``, ``Dr.``,
  ``J. R. R. Tolkien``, ``Jan. 5``, ``No. 5``);
* a quotation ends and its attribution follows (``“Who knows?” Smith said.``).

Each language adds its own abbreviations (``z. B.``, ``Mme``, ``Sra.``), quote marks and
speech verbs (``»Wer weiß?« sagte Hoffmann.``) from its table in ``briefing/language/data``.

Abbreviations that also end sentences (``U.S.``, ``Inc.``, ``Calif.``) split only when the next
word is one that usually starts a sentence (``in the U.S. The``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .input.text import FULL_STOPS, trim_span
from .language.speech import speech
from .model import Block, Document, Sentence
from .options import LANGUAGES

_ENGLISH = speech("english")
#: Never end a sentence: titles and ranks that precede a name (English; other languages add theirs).
TITLES = _ENGLISH.abbreviations
#: End a sentence only before a usual sentence starter: they often close one too.
AMBIGUOUS = _ENGLISH.ambiguous
#: Month names (and short forms) of the supported languages, lower case.
MONTHS = frozenset().union(*(speech(language).months for language in LANGUAGES))
#: Words that usually start a sentence.
STARTERS = _ENGLISH.starters
SPEECH_VERBS = "|".join(_ENGLISH.verbs)

#: Full stops of other scripts (Chinese and Japanese, Devanagari, Burmese): a sentence ends
#: there, with any closing quotes or brackets, whatever follows.
_FULL_WIDTH_END = f"[{FULL_STOPS}]+[」』”’\"'）)]*"
_BOUNDARY = re.compile(rf"(?:[.?!…]+|\.\.\.)(?: ?[»›])?[\"”“’'»)\]]*(?=\s|$)|{_FULL_WIDTH_END}")
_WORD_BEFORE = re.compile(r"([\w.\-']+)$")
_NEXT_TOKEN = re.compile(r"\s+([\"“‘'«(\[]*)([\w'’.\-]+)")
_ATTRIBUTION_AFTER = re.compile(
    rf"\s+(?:(?:{SPEECH_VERBS})\b|(?:[A-Z][\w.'’\-]*\s+){{1,3}}(?:{SPEECH_VERBS})\b[^.?!]{{0,60}}[.?!,])"
)
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’\- ]{2,}(?:[,/][ A-Za-z./]{2,24}?)*"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\.? [^\W\d_]{3,10}\.?))?"
    r"(?: ?\([A-Za-z. ]+\))? ?[–—-]{1,2} "
    r"|[A-Z][\w.'’]*(?:[ /,-]{1,2}[A-Z][\w.'’]*){0,3} ?\([A-Za-z][A-Za-z.]{1,11}\)"
    r"(?: ?[–—:-]{1,2} ?|(?=[A-Z]))"
    r"|\([A-Za-z][A-Za-z.]{1,11}\) ?(?:[–—:-]{1,2} ?)?)"
)
#: Paragraphs at the start of an article that may open with a dateline (the first may be an
#: editor's note or a standfirst that the page keeps above it).
DATELINE_PARAGRAPHS = 3
#: A word token: letters and digits, with inner apostrophes (``don't``, ``O’Brien``).
WORD = re.compile(r"\w+(?:['’]\w+)*")
#: Lower-case letter pairs written with a space that are one abbreviation (``z. B.``).
_SPACED = re.compile(r"(?:^|[\s(])[a-z]\. [a-zA-Z]$")
_INITIAL = re.compile(r"^(?:[A-Z]|[A-Z]\.[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$")


def words(text: str) -> tuple[str, ...]:
    """Word tokens (letters, digits, inner apostrophes), in order."""
    return tuple(WORD.findall(text))


#: The text split last and the spans found in it by (start, end, language): the sentence
#: split, the actors and quote finding each split the same paragraphs of an article (a third
#: of the splitting time of a 10,000-sentence document went to splitting them again). One
#: pair, replaced whole, so a thread that splits another text never writes into this one's.
_SPLIT: list[tuple[str, dict[tuple[int, int, str], tuple[tuple[int, int], ...]]]] = [("", {})]


def split_spans(
    text: str, start: int = 0, end: int | None = None, language: str = "english"
) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space."""
    end = len(text) if end is None else end
    last = _SPLIT[0]
    if last[0] is not text:
        last = _SPLIT[0] = (text, {})
    key = (start, end, language)
    found = last[1].get(key)
    if found is None:
        found = last[1][key] = tuple(_split_spans(text, start, end, language))
    return list(found)


def _split_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    rules = _rules(language)
    spans: list[tuple[int, int]] = []
    begin = start
    quoted = quotations(text, start, end)
    for match in rules.boundary.finditer(text, start, end):
        if _inside(quoted, match.start(), match.end()):
            continue
        if _is_boundary(text, match, end, rules):
            spans.append((begin, match.end()))
            begin = match.end()
    spans.append((begin, end))
    return [trim_span(text, a, b) for a, b in spans if text[a:b].strip()]


#: Quotation marks that open a quotation, and the marks that close it.
_OPENERS = {"“": "”", "„": "“”", "«": "»", "»": "«"}
#: Every character that opens or closes a quotation: the only ones the scan has to visit.
_MARKS = re.compile('[“”„«»"]')
#: A quotation of more words than this is split into its sentences after all: a key point
#: should not be a whole speech.
MAX_QUOTED_WORDS = 60


def quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (opening mark, closing mark) of the quotations that close inside ``text[start:end]``.

    A straight double quote opens before a word and closes after one. A mark that opens while
    a quotation is open starts a new one: the first was left open, as news writing leaves a
    quotation that goes on in the next paragraph or sentence. A quotation left open has no span.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closers = ""
    for mark in _MARKS.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if opened is not None and ch in closers and (ch != '"' or _closes(text, i, start, end)):
            if len(WORD.findall(text, opened, i)) <= MAX_QUOTED_WORDS:
                spans.append((opened, i))
            opened = None
        elif ch in _OPENERS and (opened is None or ch == text[opened]):
            opened, closers = i, _OPENERS[ch]
        elif ch == '"' and _opens(text, i, start, end):
            opened, closers = i, '"'
    return spans


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """A straight quote at ``i`` stands before a word, not after one."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def _closes(text: str, i: int, start: int, end: int) -> bool:
    """A straight quote at ``i`` stands after a word or a stop, not before a word."""
    before = text[i - 1] if i > start else " "
    return not before.isspace()


def _inside(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """A boundary match lies inside a quotation: after its opening mark, before its closing.

    ``quoted`` comes from ``quotations``: disjoint spans in text order, so only the last one
    that opens before ``start`` can hold the match.
    """
    last = bisect_left(quoted, (start,)) - 1
    return last >= 0 and end <= quoted[last][1]


def balanced_quotes(text: str) -> bool:
    """Every quotation opened in ``text`` is closed in it, and none is closed that was not
    opened: “…”, „…“, «…», »…« and an even number of straight double quotes."""
    if text.count('"') % 2:
        return False
    closers: str | None = None
    for ch in _MARKS.findall(text):
        if closers is not None and ch in closers:
            closers = None
        elif closers is None and ch in _OPENERS:
            closers = _OPENERS[ch]
        elif ch in "”»«" and closers is None:
            return False
    return closers is None


def split_sentences(text: str, language: str = "english") -> list[str]:
    """The sentences of one paragraph of text."""
    return [text[a:b] for a, b in split_spans(text, language=language)]


def segment(document: Document, language: str = "english") -> tuple[Sentence, ...]:
    """The sentences of the document's paragraphs, numbered in document order."""
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(document.paragraphs):
        begin = block.start
        if paragraph < DATELINE_PARAGRAPHS:
            begin = dateline_end(document.text, block.start, block.end)
        for start, end in split_spans(document.text, begin, block.end, language):
            chunk = document.text[start:end]
            sentences.append(Sentence(chunk, start, end, len(sentences), paragraph, words(chunk)))
    return tuple(sentences)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's text begins after a dateline or agency tag ("OTTAWA, Feb. 3 – ",
    "(CNN) -- ", "London (CNN)", "Frankfurt/Main (dpa) - ")."""
    match = _DATELINE.match(text, start, end)
    if match is None:
        return start
    rest = text[match.end() : end].lstrip()
    if not rest[:1].isupper() and rest[:1] not in "\"“„«‘'":
        return start
    return end - len(rest)


def block_sentences(document: Document, block: Block) -> Iterator[tuple[int, int]]:
    """Sentence spans inside any block (titles and captions included)."""
    yield from split_spans(document.text, block.start, block.end)


@dataclass(frozen=True)
class _Rules:
    """The splitter's word lists and patterns for one language."""

    titles: frozenset[str]
    ambiguous: frozenset[str]
    boundary: re.Pattern[str]
    attribution: re.Pattern[str]
    closers: str
    trailing: str


@cache
def _rules(language: str) -> _Rules:
    """English as it is; other languages add their abbreviations, marks and speech verbs."""
    if speech(language).name == "english":
        return _Rules(TITLES, AMBIGUOUS, _BOUNDARY, _ATTRIBUTION_AFTER, "\"”“’'»›", "\"”’'»)]")
    table = speech(language)
    closers = "\"”“’'»›«‹‘"
    boundary = re.compile(
        rf"(?:[.?!…]+|\.\.\.)(?: ?[»›]|[«‹])?[{closers})\]]*(?=\s(?!\s*[»›])|$)"
        rf"|{_FULL_WIDTH_END}"
    )
    verbs = "|".join((SPEECH_VERBS, *table.verbs))
    attribution = re.compile(
        rf"\s+(?:(?:{verbs})(?![\w’'-])|(?:[A-Z][\w.'’\-]*\s+){{1,3}}(?:{SPEECH_VERBS})\b"
        r"[^.?!]{0,60}[.?!,])"
    )
    titles, ambiguous = TITLES | table.abbreviations, AMBIGUOUS | table.ambiguous
    return _Rules(titles, ambiguous, boundary, attribution, closers, closers + ")]")


def _is_boundary(text: str, match: re.Match[str], end: int, rules: _Rules) -> bool:
    nxt = _NEXT_TOKEN.match(text, match.end(), end)
    if nxt is None:
        return True
    opener, token = nxt.group(1), nxt.group(2)
    first = token[:1]
    if first.islower():
        return False
    marks = match.group()
    closes_quote = marks[-1] in rules.closers
    if closes_quote and rules.attribution.match(text, match.end(), end):
        return False
    if marks[0] != "." or len(marks.rstrip(rules.trailing)) > 1:
        return True  # ? ! … and ellipses end sentences before a capital
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return True
    word = before.group(1).lstrip("-'(")
    key = word.lower().rstrip(".")
    last_part = key.rsplit("-", 1)[-1]
    if key.isdigit() and len(key) <= 2 and token.lower().rstrip(".") in MONTHS:
        return False  # a day before its month: "am 12. März"
    if key in ("no", "nos"):
        return not first.isdigit()
    if key in rules.titles or last_part in rules.titles:
        return bool(opener)
    if rules.titles is not TITLES and _SPACED.search(
        text[max(0, match.start() - 6) : match.start()]
    ):
        return bool(opener)  # the second half of ``z. B.``
    if _INITIAL.match(word):
        if "." in word or len(word) > 1:
            return _starts_sentence(token, opener)
        return False  # a single capital: an initial ("J. Smith")
    if key in rules.ambiguous:
        return _starts_sentence(token, opener) and not first.isdigit()
    return True


def _starts_sentence(token: str, opener: str) -> bool:
    return bool(opener) or token.lower() in STARTERS
