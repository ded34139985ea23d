"""How the learned tagger's names join the rules' candidates.

The rules find capitalised runs, titles, roles and aliases; the tagger (``tagger``) says for
every sentence which runs are names, where they start and end, and of what kind. Here the two
meet: a candidate is cut to the name the tagger finds inside it ("Frank Witzel den Deutschen
Buchpreis" is "Frank Witzel"), a name the rules missed and the tagger is sure of becomes a
candidate, each candidate carries the tagger's kind and confidence, and actors whose mentions
the tagger does not call names are dropped. The constants are chosen by cross-validation on
the training sets (``training/actors.py blend``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from . import names
from .mentions import Candidate, Token
from .tagger import KINDS, Cues, Entity, Tagger, document_cues

_ORG_WORDS = names.ORG_FIRST | names.ORG_LAST
_TEXT = itemgetter(0)
_SEPARATOR = re.compile(r"[,;&@]")
#: Words that may stand between the parts of one name ("Bank of America", "Securities and
#: Exchange Commission"); any other word between two runs keeps them apart.
_CONNECTORS = frozenset("of for and the in on at de du des la le del van von der den da di".split())

#: The tagger's kinds as actor kinds.
KIND_OF = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}


@dataclass(frozen=True, slots=True)
class Blend:
    """How much the tagger counts; the defaults are the cross-validated choice on train."""

    #: Votes for the tagger's kind, per unit of mean confidence over the actor's mentions.
    kind_weight: float = 2.0
    #: Mean confidence of one kind over an actor's mentions from which that kind wins outright.
    retype: float = 0.9
    #: The vote of that sure kind (100: it wins over every rule).
    outright: float = 2.0
    #: An actor none of whose mentions the tagger calls a name, and with no title or role,
    #: is dropped when the rules' evidence is weak (share of tagged mentions below this).
    drop: float = 0.01
    #: Confidence from which a PER/ORG/LOC name the rules missed becomes a candidate.
    add: float = 0.8
    #: Mean MISC confidence over an actor's mentions from which it is a work, product or
    #: event, not an actor.
    misc: float = 0.5
    #: Whether such an actor is kept as "other" rather than dropped.
    misc_other: bool = True
    #: Whether a candidate is cut to the tagger's name inside it.
    cut: bool = True
    #: Whether candidates inside one longer tagger name become that name.
    grow: bool = True
    #: Whether one candidate also grows to a longer tagger name ("Major League Baseball").
    grow_one: bool = False
    #: Drop untagged actors only when they are named at most this many times.
    drop_upto: int = 1000


@dataclass(frozen=True, slots=True)
class Tagged:
    """A tagger name as offsets in the document text."""

    start: int
    end: int
    kind: str
    confidence: float
    sentence: int


def tags_as_numbers(tagged: list[Tagged]) -> list[float]:
    """The tags as numbers, five per tag (read back by ``tags_from_numbers``): how they come
    back from a process tagging aside. Offsets and counts are exact as doubles."""
    codes = {kind: float(k) for k, kind in enumerate(KINDS)}
    return [
        number
        for t in tagged
        for number in (t.start, t.end, codes[t.kind], t.confidence, t.sentence)
    ]


def tags_from_numbers(numbers: Sequence[float]) -> list[Tagged]:
    """The tags that ``tags_as_numbers`` gave these numbers for."""
    fields = [iter(numbers)] * 5
    return [
        Tagged(int(start), int(end), KINDS[int(kind)], confidence, int(sentence))
        for start, end, kind, confidence, sentence in zip(*fields, strict=True)
    ]


def tag_sentences(tagger: Tagger, text: str, all_tokens: list[list[Token]]) -> list[Tagged]:
    """Every name the tagger finds, in document order."""
    words = [list(map(_TEXT, toks)) for toks in all_tokens]
    cues: Cues = document_cues(text, words)
    found: list[Tagged] = []
    for number, (toks, entities) in enumerate(
        zip(all_tokens, tagger.tag(words, cues), strict=True)
    ):
        found.extend(_tagged(toks, e, number) for e in entities)
    return found


def _tagged(toks: list[Token], entity: Entity, number: int) -> Tagged:
    return Tagged(
        toks[entity.first].start, toks[entity.last - 1].end, entity.kind, entity.confidence, number
    )


def apply_tags(
    text: str,
    candidates: list[Candidate],
    tagged: list[Tagged],
    blend: Blend,
    blocks: list[str],
    shouted: set[int],
) -> list[Candidate]:
    """Join the rules' candidates of ordinary sentences and the tagger's names.

    A tagger name that spans several candidates or runs past one ("Organisation for Security
    and Cooperation in Europe", split by the rules at "and") replaces them; a candidate is cut
    to the name the tagger finds inside it; sure names the rules missed are added (not in lines
    in capitals or Title Case, where case says little).
    """
    named: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        named.setdefault(candidate.sentence, []).append(candidate)
    out: list[Candidate] = []
    used: set[Tagged] = set()
    by_sentence = _by_sentence(tagged)
    for number, group in named.items():
        tags = by_sentence.get(number, [])
        if blend.grow and tags:
            group = _grown(text, group, tags, blend.grow_one)
        for candidate in group:
            best = _best_overlap(candidate, tags)
            if best is None:
                continue
            used.add(best)
            candidate.tagged = (best.kind, best.confidence)
            if blend.cut and _cuttable(text, candidate, best):
                _cut_to(text, candidate, best)
        out.extend(group)
    out.extend(
        _candidate(text, tag, blocks[tag.sentence])
        for tag in tagged
        if tag not in used
        and tag.kind != "MISC"
        and tag.confidence >= blend.add
        and tag.sentence not in shouted
        and not any(_overlaps(c, tag) for c in named.get(tag.sentence, ()))
    )
    return sorted(out, key=lambda c: c.start)


def mark(candidates: list[Candidate], tagged: list[Tagged]) -> None:
    """Give each candidate the kind and confidence of the tagger's name it overlaps most."""
    by_sentence = _by_sentence(tagged)
    for candidate in candidates:
        best = _best_overlap(candidate, by_sentence.get(candidate.sentence, []))
        if best is not None:
            candidate.tagged = (best.kind, best.confidence)


def _by_sentence(tagged: list[Tagged]) -> dict[int, list[Tagged]]:
    out: dict[int, list[Tagged]] = {}
    for tag in tagged:
        out.setdefault(tag.sentence, []).append(tag)
    return out


def _grown(
    text: str, group: list[Candidate], tags: list[Tagged], grow_one: bool
) -> list[Candidate]:
    """Candidates inside one longer tagger name become one candidate with the tagger's span.

    The name never grows to the left of its first candidate (the tagger takes titles and
    sentence-initial words into names: "Mayor Tate", "Considering Socotra"), nor across a
    comma or "&" between candidates ("Martin & Clarke" are two people), nor across words
    other than connectors ("Katrin Vogel nach der Kabinettssitzung").
    """
    out = list(group)
    for tag in tags:
        inside = [c for c in out if tag.start <= c.start and c.end <= tag.end]
        if not inside or any(_overlaps(c, tag) and c not in inside for c in out):
            continue
        first, last = inside[0], inside[-1]
        end = tag.end
        if len(inside) == 1 and (first.end == end or not grow_one):
            continue
        gaps = [text[a.end : b.start] for a, b in itertools.pairwise(inside)]
        if any(not set(gap.lower().split()) <= _CONNECTORS for gap in gaps):
            continue
        if any(_SEPARATOR.search(gap) for gap in gaps) or "@" in text[last.end : end]:
            continue
        if any(not gap.strip() and " " in a.text for a, gap in zip(inside, gaps, strict=False)):
            continue
        if tag.kind == "MISC" and len(inside) > 1:
            continue
        for other in inside[1:]:
            first.roles.extend(other.roles)
            first.speaks = first.speaks or other.speaks
            for kind, weight in other.cues.items():
                first.vote(kind, weight)
            out.remove(other)
        first.surface_end = max(last.surface_end, end)
        first.surface = text[first.surface_start : first.surface_end]
        first.text = text[first.start : end]
        first.end = end
    return out


def _cuttable(text: str, candidate: Candidate, tag: Tagged) -> bool:
    """The tagger's name lies inside the candidate, is no work or event, and what is cut off
    the front is no organisation word ("Institute for the Study of Tides" stays whole)."""
    if tag.kind == "MISC" or not candidate.start <= tag.start <= tag.end <= candidate.end:
        return False
    front = text[candidate.start : tag.start].split()
    return not front or front[0].lower() not in _ORG_WORDS


def _cut_to(text: str, candidate: Candidate, tag: Tagged) -> None:
    """The name becomes the tagger's; what the text writes there keeps the title before it."""
    candidate.text = text[tag.start : tag.end]
    candidate.start, candidate.end = tag.start, tag.end
    candidate.surface_end = min(candidate.surface_end, tag.end)
    candidate.surface = text[candidate.surface_start : candidate.surface_end]


def _overlaps(candidate: Candidate, tag: Tagged) -> bool:
    return candidate.surface_start < tag.end and tag.start < candidate.surface_end


def _best_overlap(candidate: Candidate, tags: list[Tagged]) -> Tagged | None:
    """The tagger name that overlaps the candidate most (4-fold CV on train: better than the
    first overlapping name, CoNLL 0.855 against 0.854, GUM 0.592 against 0.590)."""
    best, size = None, 0
    for tag in tags:
        overlap = min(candidate.end, tag.end) - max(candidate.start, tag.start)
        if overlap > size:
            best, size = tag, overlap
    return best


def _candidate(text: str, tag: Tagged, block: str) -> Candidate:
    name = text[tag.start : tag.end]
    candidate = Candidate(name, tag.start, tag.end, name, tag.start, tag.end, tag.sentence, block)
    candidate.tagged = (tag.kind, tag.confidence)
    return candidate


def tagger_votes(members: list[Candidate]) -> dict[str, float]:
    """Mean confidence of each kind over the mentions (untagged mentions count as zero)."""
    votes: dict[str, float] = {}
    for member in members:
        if member.tagged:
            kind = KIND_OF[member.tagged[0]]
            votes[kind] = votes.get(kind, 0.0) + member.tagged[1]
    return {k: v / len(members) for k, v in votes.items()}
