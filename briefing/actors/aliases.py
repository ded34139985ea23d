"""Grouping the names of one actor: surnames, title variants, acronyms and known other names.

Names are first grouped by their normal form. Groups are then joined when the text defines
one as the other (``Islamic State (ISIS)``, ``also known as``), when the world knows them as
one (``US`` / ``United States``), and when a shorter name is part of a longer one of a
compatible kind (``Dawe`` -> ``Peter Dawe``, ``Harvard`` -> ``Harvard University``, ``ISW``
-> ``Institute for the Study of War``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from briefing.language import norm

from . import names
from .kinds import best_kind, is_acronym, lexical_votes
from .mentions import Candidate

#: ``norm`` kept per name: a long article writes one name many times.
name_key = lru_cache(maxsize=1 << 16)(norm)
_STOP_INITIALS = frozenset("of the and for de la du des der van von & on in at".split())
_CONTEXT_CAP = 4.0
#: Mean tagger confidence for "person" over a name's mentions from which a surname joins a
#: person's full name though its own words say organisation or place (Bloomberg, Phoenix).
_PERSON_SHARE = 0.5
_GENERIC = names.ORG_LAST | names.ORG_FIRST | names.LOC_WORDS | names.OTHER_WORDS


@dataclass
class Group:
    """Every mention written with one normal form, or after joining, of one actor."""

    key: str
    members: list[Candidate] = field(default_factory=list)

    @cached_property
    def longest(self) -> str:
        """The longest spelling, from ordinary text where there is one."""
        pool = [m for m in self.members if not m.restricted] or self.members
        return max((m.text for m in pool), key=lambda t: (len(t.split()), len(t)))

    @property
    def first(self) -> int:
        return min(m.start for m in self.members)

    def votes(self) -> dict[str, float]:
        """Votes of the name itself and of each of its contexts."""
        total = lexical_votes(self.longest)
        for kind, weight in context_votes(self.members).items():
            total[kind] += weight
        return total

    def kind(self) -> str:
        votes = self.votes()
        return best_kind(votes)


def context_votes(members: list[Candidate]) -> dict[str, float]:
    """The votes of every context of the mentions, each kind's total kept within bounds."""
    total: dict[str, float] = {}
    for member in members:
        for kind, weight in member.cues.items():
            total[kind] = total.get(kind, 0.0) + weight
    return {k: max(-_CONTEXT_CAP, min(_CONTEXT_CAP, v)) for k, v in total.items()}


class Groups:
    """Union-find over groups keyed by normal form."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.by_key: dict[str, Group] = {}
        self.parent: dict[str, str] = {}
        for candidate in candidates:
            key = name_key(candidate.text)
            if key:
                self.by_key.setdefault(key, Group(key)).members.append(candidate)
                self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, short: str, long: str) -> None:
        """Join ``short``'s actor into ``long``'s."""
        a, b = self.find(short), self.find(long)
        if a != b:
            self.parent[a] = b

    def actors(self) -> list[list[Group]]:
        """The groups of each actor, in order of first mention."""
        joined: dict[str, list[Group]] = {}
        for key, group in self.by_key.items():
            joined.setdefault(self.find(key), []).append(group)
        return sorted(joined.values(), key=lambda gs: min(g.first for g in gs))


def join_known(groups: Groups) -> None:
    """Names the world uses for one organisation or place (``US``, ``United States``)."""
    for variants in names.KNOWN_EQUIVALENTS:
        present = [name_key(v) for v in variants if name_key(v) in groups.by_key]
        for key in present[1:]:
            groups.union(key, present[0])


def initials(name: str) -> str:
    """First letters of the words of ``name`` that are not connectors."""
    return "".join(w[0] for w in re.findall(r"[\w'’-]+", name) if w.lower() not in _STOP_INITIALS)


def spells(acronym: str, name: str) -> bool:
    """``ISW`` spells ``Institute for the Study of War``."""
    letters = acronym.replace(".", "").upper()
    if len(letters) < 2 or len(name.split()) < 2:
        return False
    return letters.rstrip("S") == initials(name).upper() or letters == initials(name).upper()


def join_subsets(groups: Groups) -> None:
    """Join a shorter name into the longer name it is part of, when their kinds agree."""
    keys = sorted(groups.by_key, key=lambda k: len(k.split()))
    kinds = _Kinds(groups)
    by_word: dict[str, list[str]] = {}
    by_initials: dict[str, list[str]] = {}
    for key in keys:
        for word in set(key.split()):
            by_word.setdefault(word, []).append(key)
        by_initials.setdefault(initials(key).upper(), []).append(key)
    for short in keys:
        longer = by_word.get(short.split()[0], []) + by_initials.get(_letters(short), [])
        target = _best_superset(groups, short, longer, kinds)
        if target is not None:
            groups.union(short, target)


class _Kinds(dict[str, str]):
    """The kind of each group's name, worked out when first asked for: most names are part
    of no longer name and never need one (the kinds of every name took most of the joining
    time of a 10,000-sentence document)."""

    def __init__(self, groups: Groups) -> None:
        super().__init__()
        self.groups = groups

    def __missing__(self, key: str) -> str:
        kind = self[key] = self.groups.by_key[key].kind()
        return kind


def _letters(key: str) -> str:
    letters = key.replace(" ", "").upper()
    return letters[:-1] if letters.endswith("S") else letters


def _best_superset(
    groups: Groups, short: str, keys: list[str], kinds: dict[str, str]
) -> str | None:
    """The longer name ``short`` is part of: same kind first, then the nearest before it."""
    group = groups.by_key[short]
    words = short.split()
    options = [
        long
        for long in sorted(set(keys))
        if len(long.split()) > len(words) and _fits(group, words, long, kinds)
    ]
    if not options:
        return None

    def rank(long: str) -> tuple[bool, bool, bool, int, bool, int]:
        other = groups.by_key[long]
        first = other.first
        same = kinds[long] == kinds[short]
        surname = kinds[long] == "person" and long.split()[-1] == words[-1]
        before = first <= group.first
        # Two people of one family name: the surname is the one whose titles agree with its
        # own ("President Obama", not "First Lady Michelle Obama"), else the one named more.
        agrees = not surname or _titles_agree(group, other)
        named = len(other.members) if surname else 0
        return same, surname, agrees, named, before, first if before else -first

    return max(options, key=rank)


def _titles_agree(short: Group, long: Group) -> bool:
    """No title of the shorter name differs from every title of the longer one."""
    own = {r.split()[-1].lower() for m in short.members for r in m.roles}
    other = {r.split()[-1].lower() for m in long.members for r in m.roles}
    return not (own and other) or bool(own & other)


def _fits(group: Group, words: list[str], long: str, kinds: dict[str, str]) -> bool:
    long_words = long.split()
    raw = group.longest
    if len(words) == 1 and is_acronym(raw) and spells(raw, long) and kinds[long] == "organization":
        return True
    if not set(words) < set(long_words):
        return False
    kind, own = kinds[long], kinds[group.key]  # asked last: a kind takes long to work out
    if kind == "person":
        return own == "person" or _weak(group) or _called_person(group)
    if len(words) == 1 and words[0] in _GENERIC:
        return False
    contiguous = f" {' '.join(words)} " in f" {' '.join(long_words)} "
    return contiguous and (own == kind or (own != "person" and _weak(group)))


def _called_person(group: Group) -> bool:
    """Most mentions of the name are a person's to the tagger ("Bloomberg said"), or the
    name speaks or has a role: a surname, whatever else the name may be."""
    members = group.members
    if any(m.speaks or m.roles for m in members):
        return True
    person = sum(m.tagged[1] for m in members if m.tagged and m.tagged[0] == "PER")
    return person >= _PERSON_SHARE * len(members)


def _weak(group: Group) -> bool:
    """A name whose own words say little about its kind."""
    votes = group.votes()
    return max(votes["organization"], votes["place"], votes["other"]) < 2.5


_DEFINED = re.compile(r"\s*(?:\(\s*(?:the\s+)?([^()]{2,80}?)\s*\)|[–—]\s*([A-Z][A-Z.]{1,8})\b)")
_ALSO = re.compile(
    r"\b(?:also known as|a\.k\.a\.|otherwise known as|also called|"
    r"(?:an? |the )?(?:alternate|alternative|another|other) name for)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def join_defined(groups: Groups, text: str, candidates: list[Candidate]) -> None:
    """Names the text defines as one: ``Islamic State (ISIS)``, ``X, also known as Y``."""
    for candidate in candidates:
        match = _DEFINED.match(text, candidate.end)
        if match:
            _join_pair(groups, candidate.text, match.group(1) or match.group(2))
    starts = {c.start: c for c in candidates}
    for match in _also_matches(text):
        named = starts.get(match.end())
        if named is not None:
            _join_previous(groups, named, candidates)


#: Words every ``_ALSO`` phrase ends with, and how far before them the phrase can start
#: ("the alternative name for").
_ALSO_ANCHORS = ("known as", "a.k.a.", "also called", "name for")
_ALSO_REACH = 20


def _also_matches(text: str) -> Iterator[re.Match[str]]:
    """``_ALSO.finditer(text)``, tried only just before the words every phrase ends with.

    The words are found in the case-folded text (where ``_ALSO`` ignores case, "ſ" is an
    "s" and "K" a "k"); a text whose folding changes its length is scanned whole.
    """
    folded = text.casefold()
    if len(folded) != len(text):
        yield from _ALSO.finditer(text)
        return
    tries: set[int] = set()
    for anchor in _ALSO_ANCHORS:
        at = folded.find(anchor)
        while at >= 0:
            tries.update(range(max(0, at - _ALSO_REACH), at + 1))
            at = folded.find(anchor, at + 1)
    end = 0
    for start in sorted(tries):
        if start < end:
            continue
        match = _ALSO.match(text, start)
        if match:
            end = match.end()
            yield match


def _join_pair(groups: Groups, name: str, other: str) -> None:
    a, b = name_key(name), name_key(other)
    if a not in groups.by_key or b not in groups.by_key or a == b:
        return
    if (is_acronym(other) and spells(other, name)) or (is_acronym(name) and spells(name, other)):
        short, long = (b, a) if len(b) < len(a) else (a, b)
        groups.union(short, long)


def _join_previous(groups: Groups, named: Candidate, candidates: list[Candidate]) -> None:
    """Join ``named`` with the nearest earlier name that is not clearly a person."""
    key = name_key(named.text)
    before = bisect_left(candidates, named.start - 1, key=lambda c: c.start)
    for earlier in reversed(candidates[:before]):
        if earlier.end > named.start - 1:
            continue
        if named.start - earlier.end > 400:
            return
        other = name_key(earlier.text)
        if other and other != key and groups.by_key[other].votes()["person"] < 2.5:
            groups.union(other, key)
            return
