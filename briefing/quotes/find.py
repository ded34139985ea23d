"""Direct quotations and who said them.

Quote marks are paired inside each block: curly (“ ”), straight ("), low-high („ “) and
guillemets (« »); other languages add their own (``»…«`` and ``‚…‘`` in German, ``”…”`` in
Swedish, single guillemets ``‹…›``) from ``_speech``. A quote left open at the end of a
paragraph runs to that paragraph's end; when the next paragraph opens with a quote mark, that
is the same speaker going on.

Each quoted segment is then classed by its place in the sentence: a quotation that stands as
speech (``“We won,” she said``), a fragment inside reported speech (``called it “a disaster”``,
kept and marked ``partial``), or a short name, title or scare quote (``the “Gang of Eight”``),
which is not a quotation at all. Speakers are found by ``_speakers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.language.speech import speech
from briefing.model import Actor, Document, KeyPoint, Quote
from briefing.segment import words

from . import speakers as _speakers
from .history import full_names
from .segments import Segment

#: Fewest words of a fragment of reported speech listed among all quotations (and only with
#: a speaker): shorter ones (``called it “a disaster”``) are labels more often than speech.
#: pages-dev quotes R/P: no fragments 0.895/0.951, every fragment 0.986/0.873, 4+ words
#: 0.982/0.940, 4+ words with a speaker 0.954/0.954; PolNeAR span F1 (train/dev) 0.969/0.969
#: without fragments, 0.973/0.975 with 4+ words and a speaker.
FRAGMENT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Notability:
    """What makes a quotation worth showing in a briefing, in one score.

    A preference, not a measurement: no evaluation set says which quotes are notable. The
    values make a named, salient speaker count most (the first actor adds ``rank`` on top of
    ``speaker``), then the quote's length up to ``full_length`` words, then each word of four
    letters or more it shares with the key points.
    """

    speaker: float = 1.0
    rank: float = 1.0
    #: Mentions count up to ``mention_cap``, each worth ``1 / mention_share`` of a speaker.
    mention_cap: int = 10
    mention_share: float = 20.0
    #: A speaker the actor list does not know.
    unknown_speaker: float = 0.5
    full_length: int = 40
    shared_word: float = 0.1


NOTABILITY = Notability()

#: Opening mark -> the marks that may close it.
_CLOSERS = {
    "“": '”"“',
    '"': '"”“',
    "„": '“”"',
    "«": "»",
    "‹": "›",
}
_MARKS = re.compile('["“”„«»]')
_WORD_CHARACTER = re.compile(r"\w")
_QUOTED_BLOCKS = ("paragraph", "caption", "heading", "title")

#: Words before a quoted phrase that make it a name or a label, not speech.
_NAMING = re.compile(
    r"(?:\b(?:so-called|dubbed|called|calls|calling|named|nicknamed|known as|titled|entitled|"
    r"term|word|words|phrase|label|slogan|hashtag|as)\s*|\b(?:the|a|an|his|her|their|its|our|my)\s+"
    r"(?:[\w'’-]+\s+){0,2})$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quotations:
    """What finding quotes reads before it knows the actors: the quoted segments that are
    quotations, and the full names the article gives (surname -> full name)."""

    segments: tuple[Segment, ...]
    full_names: dict[str, str]


def read_quotations(document: Document, language: str = "english") -> Quotations:
    """The quotations of the article and its full names (no actor needed: this can be read
    while the actors are found)."""
    segments = [s for s in _segments(document, language) if _is_quotation(document, s, language)]
    return Quotations(tuple(segments), full_names(document, speech(language)))


def find_quotes(
    document: Document,
    actors: tuple[Actor, ...] = (),
    language: str = "english",
    quotations: Quotations | None = None,
) -> tuple[Quote, ...]:
    """Every direct quotation in document order, speakers linked to ``actors`` by name
    (``quotations``: what ``read_quotations`` gave for the article, when it is known)."""
    if quotations is None:
        quotations = read_quotations(document, language)
    return _speakers.attribute(
        document,
        quotations.segments,
        actors,
        lambda d, s: _partial(d, s, language),
        language,
        quotations.full_names,
    )


def notable_quotes(
    quotes: tuple[Quote, ...],
    actors: tuple[Actor, ...],
    key_points: tuple[KeyPoint, ...],
    limit: int | None,
) -> tuple[Quote, ...]:
    """The quotes most worth showing in a briefing, in document order.

    Whole statements by the article's main actors that share words with its key points come
    first; fragments of reported speech are left out, and so is a quote that repeats another.
    """
    if limit is None:
        return tuple(q for q in quotes if not q.partial or _listed_fragment(q))
    full = [q for q in quotes if not q.partial]
    ranked = sorted(full, key=lambda q: -_worth(q, actors, key_points))
    chosen: list[Quote] = []
    for quote in ranked:
        if len(chosen) >= limit:
            break
        if _worth(quote, actors, key_points) > 0 and not _repeats(quote, chosen):
            chosen.append(quote)
    return tuple(sorted(chosen, key=lambda q: q.start))


def _listed_fragment(quote: Quote) -> bool:
    """A fragment of someone's speech, long enough to be more than a label or a charge."""
    return quote.speaker is not None and len(words(quote.text)) >= FRAGMENT_WORDS


# -- pairing marks ---------------------------------------------------------------------------


def _segments(document: Document, language: str = "english") -> list[Segment]:
    """Quoted segments of every block that can hold speech, in document order."""
    found: list[Segment] = []
    previous_open = False
    for index, block in enumerate(document.blocks):
        if block.kind not in _QUOTED_BLOCKS:
            previous_open = False
            continue
        pairs = _pair(document.text, block.start, block.end, language)
        for n, (opened, closed, stop) in enumerate(pairs):
            segment = _segment(document.text, index, opened, closed, stop)
            if segment is not None:
                continued = previous_open and n == 0 and opened == block.start
                found.append(replace(segment, continued=continued))
        previous_open = bool(pairs) and pairs[-1][1] is None
    return found


def _pair(
    text: str, start: int, end: int, language: str = "english"
) -> list[tuple[int, int | None, int]]:
    """(opening mark, closing mark or None when left open, end of the quoted text)."""
    closers, marks = _CLOSERS, _MARKS
    if speech(language).name != "english":
        closers, marks = speech(language).marks, speech(language).mark_pattern
    pairs: list[tuple[int, int | None, int]] = []
    opened: int | None = None
    for match in marks.finditer(text, start, end):
        i, mark = match.start(), match.group()
        if opened is None:
            if mark in closers and _can_open(text, i, start):
                opened = i
        elif mark in closers.get(text[opened], ""):
            if mark == "“" and text[opened] != "„" and text[i + 1 : i + 2].isalnum():
                pairs.append((opened, None, i))  # a new quote opens before this one closed
                opened = i
                continue
            pairs.append((opened, i, i))
            opened = None
    if opened is not None:
        pairs.append((opened, None, end))
    return pairs


def _can_open(text: str, i: int, start: int) -> bool:
    """A mark opens a quote unless it is glued to a word before it and free after."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isalnum() and (after.isspace() or after in ".,;:!?"))


def _segment(text: str, block: int, opened: int, closed: int | None, stop: int) -> Segment | None:
    """The segment between two marks, trimmed of white space; None when it holds no words."""
    a, b = opened + 1, stop
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if _WORD_CHARACTER.search(text, a, b) is None:
        return None  # no words (``words`` would give none)
    return Segment(a, b, block, opened, closed)


# -- what a quoted segment is ----------------------------------------------------------------


def _is_quotation(document: Document, segment: Segment, language: str = "english") -> bool:
    """Quotations are kept; names, titles and scare quotes of a few words are not."""
    before = _speakers.before(document, segment, language=language)
    if before.endswith("="):
        return False  # an attribute value in markup
    if segment.continued:
        return True
    text = document.text[segment.start : segment.end]
    count = len(words(text))
    cued = _speakers.cued_after(document, segment, language)
    if _title_case(text) and count >= 2 and not text.rstrip().endswith(("?", "!", "…")):
        return _speakers.introduces(before, language)  # ``“Once Upon A Time in Hollywood”``
    if count < 5 and (cued or _speakers.introduces(before, language)):
        return True
    if count >= 4 and not (count < 5 and _title_case(text)):
        return True
    if _NAMING.search(before) or _title_case(text):
        return _speakers.reports(before, language) and not _title_case(text)
    return count >= 3


def _partial(document: Document, segment: Segment, language: str = "english") -> bool:
    """A fragment of reported speech: too short to stand alone, or cut off mid-sentence."""
    before = _speakers.before(document, segment, language=language).rstrip()
    if not before or before.endswith((":", "—", "–", "-", "(")) or segment.continued:
        return False
    text = document.text[segment.start : segment.end]
    if _speakers.introduces(before, language) and not text[:1].islower():
        return False
    if len(words(text)) < 6:
        return True
    return not _ends_sentence(text) and _runs_on(document, segment, language)


def _runs_on(document: Document, segment: Segment, language: str = "english") -> bool:
    """The sentence goes on after the closing mark, and not with an attribution."""
    if segment.closed is None or _speakers.cued_after(document, segment, language):
        return False
    rest = document.text[segment.closed + 1 : document.blocks[segment.block].end].lstrip()
    return bool(rest) and rest[0] not in ".!?;:"


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"”’' )").endswith((".", "?", "!", "…", ","))


def _title_case(text: str) -> bool:
    tokens = words(text)
    return bool(tokens) and all(t[:1].isupper() or t.lower() in _SMALL for t in tokens)


_SMALL = frozenset("a an the of and or in on at to for by with".split())


# -- choosing notable quotes -----------------------------------------------------------------


def _worth(quote: Quote, actors: tuple[Actor, ...], key_points: tuple[KeyPoint, ...]) -> float:
    """Speaker salience, length (up to a point) and words shared with the key points."""
    tokens = {w.lower() for w in words(quote.text) if len(w) > 3}
    if len(tokens) < 3:
        return 0.0
    shared = {w.lower() for k in key_points for w in words(k.text) if len(w) > 3} & tokens
    weights = NOTABILITY
    length = min(len(words(quote.text)), weights.full_length) / weights.full_length
    return _salience(quote.speaker, actors) + length + weights.shared_word * len(shared)


def _salience(speaker: str | None, actors: tuple[Actor, ...]) -> float:
    weights = NOTABILITY
    if speaker is None:
        return 0.0
    for rank, actor in enumerate(actors):
        if actor.name == speaker:
            mentions = min(len(actor.mentions), weights.mention_cap) / weights.mention_share
            return weights.speaker + weights.rank / (1 + rank) + mentions
    return weights.unknown_speaker


def _repeats(quote: Quote, chosen: list[Quote]) -> bool:
    """Near-duplicates: most of the words of one are in the other."""
    mine = set(words(quote.text.lower()))
    for other in chosen:
        theirs = set(words(other.text.lower()))
        if len(mine & theirs) >= 0.6 * min(len(mine), len(theirs)):
            return True
    return False
