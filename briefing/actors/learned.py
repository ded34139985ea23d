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

from dataclasses import dataclass

from .mentions import Candidate, Token
from .tagger import Cues, Entity, Tagger, document_cues

#: The tagger's kinds as actor kinds.
KIND_OF = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}


@dataclass(frozen=True, slots=True)
class Blend:
    """How much the tagger counts; the defaults are the cross-validated choice on train."""

    #: Votes for the tagger's kind, per unit of mean confidence over the actor's mentions.
    kind_weight: float = 3.0
    #: Mean confidence of one kind over an actor's mentions from which that kind wins outright.
    retype: float = 0.9
    #: An actor none of whose mentions the tagger calls a name, and with no title or role,
    #: is dropped when the rules' evidence is weak (share of tagged mentions below this).
    drop: float = 0.01
    #: Confidence from which a PER/ORG/LOC name the rules missed becomes a candidate.
    add: float = 0.8
    #: Whether a candidate is cut to the tagger's name inside it.
    cut: bool = True


@dataclass(frozen=True, slots=True)
class Tagged:
    """A tagger name as offsets in the document text."""

    start: int
    end: int
    kind: str
    confidence: float
    sentence: int


def tag_sentences(tagger: Tagger, text: str, all_tokens: list[list[Token]]) -> list[Tagged]:
    """Every name the tagger finds, in document order."""
    words = [[t.text for t in toks] for toks in all_tokens]
    cues: Cues = document_cues(text, words)
    found: list[Tagged] = []
    for number, (toks, entities) in enumerate(zip(all_tokens, tagger.tag(words, cues), strict=True)):
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
    """Mark each candidate with the tagger's kind, cut it to the tagger's name, and add the
    sure names the rules missed (not in capitals or Title Case lines, where case says little)."""
    by_sentence: dict[int, list[Tagged]] = {}
    for tag in tagged:
        by_sentence.setdefault(tag.sentence, []).append(tag)
    named: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        named.setdefault(candidate.sentence, []).append(candidate)
    used: set[Tagged] = set()
    for candidate in candidates:
        best = _best_overlap(candidate, by_sentence.get(candidate.sentence, ()))
        if best is None:
            continue
        used.add(best)
        candidate.tagged = (best.kind, best.confidence)
        if blend.cut and candidate.start <= best.start and best.end <= candidate.end:
            if (best.start, best.end) != (candidate.start, candidate.end):
                candidate.text = text[best.start : best.end]
                candidate.start, candidate.end = best.start, best.end
    added = [
        _candidate(text, tag, blocks[tag.sentence])
        for tag in tagged
        if tag not in used
        and tag.kind != "MISC"
        and tag.confidence >= blend.add
        and tag.sentence not in shouted
        and not any(_overlaps(c, tag) for c in named.get(tag.sentence, ()))
    ]
    return candidates + added


def _overlaps(candidate: Candidate, tag: Tagged) -> bool:
    return candidate.surface_start < tag.end and tag.start < candidate.surface_end


def _best_overlap(candidate: Candidate, tags: object) -> Tagged | None:
    best, size = None, 0
    for tag in tags:  # type: ignore[attr-defined]
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
