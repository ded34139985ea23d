"""Main actors: the people, organisations and places an article is about.

1. Names are found as runs of capitalised words (``_actor_mentions``), with titles and role
   phrases split off and context cues noted (``_actor_candidates``); text in capitals or Title
   Case (headlines, headings) only counts names that the body or a gazetteer knows.
2. The names of one actor are grouped (``_actor_aliases``): same normal form, known or defined
   other names and acronyms, surnames and short forms of longer names.
3. Each actor gets a kind from the votes of its words and contexts (``_actor_kinds``), its
   fullest name, its other names as aliases, and its roles.
4. Salience counts mentions (and the pronouns that follow a person's name), with a bonus for
   the headline and lead; ``rerank_actors`` adds key points and quote speakers.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from briefing.aside import aside
from briefing.language import norm, speech
from briefing.model import Actor, ActorKind, Document, KeyPoint, Mention, Quote, Sentence

from . import names
from .aliases import (
    Group,
    Groups,
    context_votes,
    join_defined,
    join_known,
    join_subsets,
    name_key,
)
from .candidates import find_candidates, sentence_tokens, shouted_candidates
from .credited import drop_credited
from .kinds import KINDS, best_kind, lexical_votes
from .languages import (
    ENGLISH,
    drop_function_words,
    has_evidence,
    join_genitives,
    organisation_vote,
    personal_name,
    place_vote,
    trim_candidates,
)
from .learned import (
    Blend,
    apply_tags,
    mark,
    tag_sentences,
    tagger_votes,
    tags_as_numbers,
    tags_from_numbers,
)
from .mentions import Candidate, lower_words
from .roles import tidy_aliases, tidy_roles
from .tagger import tagger

#: A year after names joined by "&": a citation of a work ("Makel & Plucker, 2010").
_CITED_YEAR = re.compile(r",?\s*\(?\d{4}\b")
#: The word right before a name, one space away.
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*) $")
#: The look-ahead at the first letter lets the search skip every other place at once.
_PRONOUN = re.compile(r"(?=[hs])\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Salience:
    """How much each kind of evidence makes an actor matter, in mentions' worth.

    Set by hand with the first version of the stage and kept since: at these values GUM news
    dev main-actor F1 is 0.754 and real pages main@6 0.786 (``benchmarks/actors.py``,
    ``eval_pages.py``). No value has been swept on train yet.
    """

    #: A pronoun that refers back to the actor counts half a mention.
    pronoun: float = 0.5
    #: Pronouns refer to the last person named at most this many characters before them.
    pronoun_reach: int = 400
    #: Speaking a quotation makes an actor a voice of the story.
    speaks: float = 3.0
    #: Named in the lead (the first ``lead_sentences`` sentences) or given a role.
    lead: float = 1.0
    lead_sentences: int = 3
    role: float = 1.0
    #: Once key points and quotes are known: each key point the actor leads (up to ``cap``),
    #: each quotation the actor speaks (up to ``cap``).
    key_point: float = 0.75
    quote: float = 0.5
    cap: int = 3
    #: A briefing is about who acts: people first, then organisations, places, other names.
    person: float = 1.0
    organization: float = 0.8
    place: float = 0.5
    other: float = 0.4

    def kind(self, kind: str) -> float:
        return float(getattr(self, kind))


SALIENCE = Salience()
_COORDINATORS = frozenset([" and ", ", and ", " or ", ", or ", " & "])
_AGENTS = frozenset(["person", "organization"])
_COORDINATED_VOTE = 2.0
_ORG_EVIDENCE = 1.5
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_KNOWN_WORDS = names.OTHER_WORDS | names.DEMONYMS | names.CALENDAR
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "ist", "ism", "ity")


def find_actors(
    document: Document,
    sentences: tuple[Sentence, ...],
    *,
    language: str = ENGLISH,
    blend: Blend | None = None,
) -> tuple[Actor, ...]:
    """Every actor named in the document, most salient first.

    ``sentences`` are the document's as ``segment(document, language)`` gives them. Outside
    English only names with strong evidence count (``languages``).
    """
    return _find_actors(document, sentences, language, blend or Blend())


def _find_actors(
    document: Document, sentences: tuple[Sentence, ...], language: str, blend: Blend
) -> tuple[Actor, ...]:
    spans, all_tokens = sentence_tokens(document, sentences if language == ENGLISH else ())

    def tagging() -> list[float]:
        return tags_as_numbers(tag_sentences(tagger(), document.text, all_tokens))

    lower_words(document.text)  # both read it: worked out once, before they part
    with aside(tagging, len(spans)) as pending:  # the tagger and the rules read apart
        candidates, shouting = find_candidates(document, spans, all_tokens)
        tagged = tags_from_numbers(pending.result())
    shouted = {number for _, number, _ in shouting}
    candidates = apply_tags(
        document.text, candidates, tagged, blend, [b.kind for b, _, _ in spans], shouted
    )
    if language != ENGLISH:
        trim_candidates(candidates, language)
        candidates = drop_function_words(candidates, language)
    known = {c.text.casefold() for c in candidates} | set(names.folded_places()) | names.KNOWN_ORGS
    shouted_names = shouted_candidates(document.text, shouting, known - names.DEMONYMS)
    shouted_names = _given_names_joined(document.text, shouted_names)
    mark(shouted_names, tagged)
    candidates += shouted_names
    candidates.sort(key=lambda c: c.start)
    candidates = _firms_joined(document.text, candidates)
    groups = Groups(candidates)
    join_known(groups)
    join_defined(groups, document.text, candidates)
    if language != ENGLISH:
        join_genitives(groups, language)
    join_subsets(groups)
    parts = groups.actors()
    if language != ENGLISH:
        parts = [p for p in parts if has_evidence(p, language)]
    parts = [p for p in parts if not _untagged(p, blend) and not _a_thing(p, blend)]
    votes = [_kind_votes(p, blend) for p in parts]
    if language != ENGLISH:
        for part, vote in zip(parts, votes, strict=True):
            vote["organization"] += organisation_vote(part, language)
            vote["place"] += place_vote(part, language)
    _coordinated_votes(document.text, parts, votes)
    actors = [_actor(p, v) for p, v in zip(parts, votes, strict=True)]
    speaks = [any(m.speaks for g in p for m in g.members) for p in parts]
    kept = {id(a) for a in drop_credited(actors, document)}
    actors, speaks = _keep(actors, speaks, kept)
    lead = len(document.text)
    if len(sentences) > SALIENCE.lead_sentences:
        lead = sentences[SALIENCE.lead_sentences].start
    pronouns = _pronoun_counts(document.text, actors)
    holidays = speech(language).holidays
    scored = [
        _salient(a, _salience(a, pronouns.get(a.name, 0), s, lead))
        for a, s in zip(actors, speaks, strict=True)
        if not _ordinary_word(a)
        and not (a.kind == "person" and _plural_group(a.name))
        and not _common_plural(a)
        and not _holiday(a, holidays)
        and (language == ENGLISH or a.kind != "person" or personal_name(a.name, language))
    ]
    return tuple(sorted(scored, key=lambda a: (-a.salience, a.mentions[0].start)))


def _given_names_joined(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name of the body that a headline writes after a given name is that person's full
    name ("Top-Angreiferin Krystal Rivers fällt aus", the body's "Rivers"): a headline's names
    are found one known word at a time, and the given name may be none."""
    joined: list[Candidate] = []
    for candidate in candidates:
        given = _GIVEN_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
        if given is None or given.group(1) not in names.plain_first_names():
            joined.append(candidate)
            continue
        start = given.start(1)
        if joined and joined[-1].start == start:
            joined.pop()  # the given name alone, found as a known word
        joined.append(
            Candidate(
                text[start : candidate.end],
                start,
                candidate.end,
                text[start : candidate.surface_end],
                start,
                candidate.surface_end,
                candidate.sentence,
                candidate.block,
                restricted=True,
            )
        )
    return joined


def _firms_joined(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two names joined by "&" are one firm's ("Simon & Schuster", "Douglas & Lomason"), not
    two actors; a cited work ("Makel & Plucker, 2010") and two people's full names ("Sarah
    Wangler & Tina Ulrich") are left alone."""
    joined: list[Candidate] = []
    for candidate in candidates:
        last = joined[-1] if joined else None
        if (
            last is None
            or text[last.end : candidate.start] != " & "
            or last.sentence != candidate.sentence
            or _CITED_YEAR.match(text, candidate.end)
            or _full_personal_name(last.text)
            or _full_personal_name(candidate.text)
        ):
            joined.append(candidate)
            continue
        firm = Candidate(
            text[last.start : candidate.end],
            last.start,
            candidate.end,
            text[last.surface_start : candidate.surface_end],
            last.surface_start,
            candidate.surface_end,
            last.sentence,
            last.block,
            restricted=last.restricted and candidate.restricted,
            speaks=last.speaks or candidate.speaks,
            tagged=_firm_tag(last, candidate),
        )
        for kind, weight in (*last.cues.items(), *candidate.cues.items()):
            firm.vote(kind, weight)
        joined[-1] = firm
    return joined


def _full_personal_name(name: str) -> bool:
    given, _, rest = name.partition(" ")
    return bool(rest) and given in names.plain_first_names()


def _firm_tag(first: Candidate, second: Candidate) -> tuple[str, float] | None:
    """The tagger read two names where the "&" makes one firm: its confidence that they are
    names stays, as an organisation's."""
    if first.tagged is None or second.tagged is None:
        return first.tagged or second.tagged
    return "ORG", min(first.tagged[1], second.tagged[1])


def _keep(
    actors: list[Actor], speaks: list[bool], kept: set[int]
) -> tuple[list[Actor], list[bool]]:
    pairs = [(a, s) for a, s in zip(actors, speaks, strict=True) if id(a) in kept]
    return [a for a, _ in pairs], [s for _, s in pairs]


def rerank_actors(
    actors: tuple[Actor, ...], key_points: tuple[KeyPoint, ...], quotes: tuple[Quote, ...]
) -> tuple[Actor, ...]:
    """Re-order actors once key points and quote speakers are known.

    A key point counts for the actor it names first (what the sentence is about), a quote
    for its speaker.
    """
    leads = _key_point_leads(actors, key_points)
    speakers = Counter(name_key(q.speaker) for q in quotes if q.speaker)
    reranked = []
    for actor in actors:
        spoken = 0
        if speakers:
            keys = {name_key(n) for n in (actor.name, *actor.aliases)}
            spoken = sum(speakers[k] for k in keys)
        weights = SALIENCE
        bonus = weights.key_point * min(leads.get(actor.name, 0), weights.cap)
        bonus += weights.quote * min(spoken, weights.cap)
        reranked.append(_salient(actor, round(actor.salience + bonus, 3)))
    return tuple(sorted(reranked, key=lambda a: (-a.salience, a.mentions[0].start)))


def _salient(actor: Actor, salience: float) -> Actor:
    """``replace(actor, salience=salience)`` without its generic cost: a long article has
    thousands of actors, each given a salience two or three times."""
    return Actor(actor.name, actor.kind, actor.aliases, actor.roles, actor.mentions, salience)


#: The kinds a briefing lists. A name of no kind ("other": a work, product, event, law) is kept
#: for linking quotes but not listed: of the actors the stage typed "other" on the training
#: sets, 5.5% (42 of 766, CoNLL) and 11% (52 of 479, GUM prose) are people, organisations or
#: places in the gold; on real pages none of the first six was (dev pages).
LISTED_KINDS = frozenset(["person", "organization", "place"])


def listed_actors(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The actors a briefing shows: people, organisations and places, in their order."""
    return tuple(a for a in actors if a.kind in LISTED_KINDS)


def _key_point_leads(actors: tuple[Actor, ...], key_points: tuple[KeyPoint, ...]) -> dict[str, int]:
    """How many key points name each actor before any other actor."""
    marks = sorted((m.start, a.name) for a in actors if a.mentions for m in a.mentions)
    starts = [s for s, _ in marks]
    counts: dict[str, int] = {}
    for point in key_points:
        i = bisect.bisect_left(starts, point.start)
        if i < len(marks) and marks[i][0] < point.end:
            counts[marks[i][1]] = counts.get(marks[i][1], 0) + 1
    return counts


def _kind_votes(groups: list[Group], blend: Blend) -> dict[str, float]:
    """Votes of the actor's names (the strongest of each kind), of all its contexts and of
    the tagger; a kind the tagger is sure of over all mentions wins outright."""
    members = [m for g in groups for m in g.members]
    votes = dict.fromkeys(KINDS, 0.0)
    longest = max(len(g.key.split()) for g in groups)
    for group in groups:
        if len(group.key.split()) < longest and _part_of_person(group, groups):
            continue  # "Phoenix" in "Joaquin Phoenix": the full name says what it is
        for kind, weight in lexical_votes(group.longest).items():
            votes[kind] = max(votes[kind], weight)
    for kind, weight in context_votes(members).items():
        votes[kind] += weight
    for kind, share in tagger_votes(members).items():
        votes[kind] += blend.kind_weight * share
        if share >= blend.retype:
            votes[kind] += blend.outright
        if kind == "other" and blend.misc_other and share >= blend.misc:
            votes[kind] += blend.outright
    return votes


def _a_thing(groups: list[Group], blend: Blend) -> bool:
    """A work, product or event to the tagger (most mentions MISC), with no title or role."""
    members = [m for g in groups for m in g.members]
    if any(m.roles for m in members):
        return False
    misc = sum(m.tagged[1] for m in members if m.tagged and m.tagged[0] == "MISC")
    return misc >= blend.misc * len(members) and not blend.misc_other


def _plural_group(name: str) -> bool:
    """``Tory MPs``: a plural noun at the end of a longer name (a group, not one person)."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    if _PLURAL_ACRONYM.fullmatch(last):
        return True
    low = last.lower()
    common = names.common_words()
    return (
        low.endswith("s")
        and low in common
        and low[:-1] in common
        and last not in names.first_names()
        and last not in names.surnames()
    )


def _common_plural(actor: Actor) -> bool:
    """``GCSEs``, ``NGOs``, ``MPs``: the plural of an acronym names a kind of thing, not one
    actor (no entity of the training sets, CoNLL and GUM, is written so; 15 such words occur
    in their texts)."""
    return all(_PLURAL_ACRONYM.fullmatch(w) for w in (actor.name, *actor.aliases))


def _holiday(actor: Actor, holidays: frozenset[str]) -> bool:
    """``Kwanzaa``, ``Christmas Day``: a feast is written like a name but does nothing (the
    training sets type every one as MISC); so is a feast's event (``Christmas Party``,
    ``Easter Parade``), not a place named after one (``Easter Island``)."""
    words = norm(actor.name).split()
    for k in range(1, len(words) + 1):
        if " ".join(words[:k]) in holidays:
            rest = words[k:]
            return all(w in names.common_words() and w not in names.LOC_WORDS for w in rest)
    return False


def _part_of_person(group: Group, groups: list[Group]) -> bool:
    """The group's words are the last words of a longer name that reads as a person's."""
    words = group.key.split()
    return any(
        g.key.split()[-len(words) :] == words and lexical_votes(g.longest)["person"] > 0
        for g in groups
        if len(g.key.split()) > len(words)
    )


def _untagged(groups: list[Group], blend: Blend) -> bool:
    """No title, no role, and (almost) no mention the tagger calls a name."""
    members = [m for g in groups for m in g.members]
    if any(m.roles or m.speaks for m in members):
        return False
    tagged = sum(1 for m in members if m.tagged)
    return tagged < blend.drop * len(members) and len(members) <= blend.drop_upto


def _coordinated_votes(text: str, parts: list[list[Group]], votes: list[dict[str, float]]) -> None:
    """Names in a list ("A, B and C") are of one kind: a name that says little about itself
    takes the kind of the person or organisation beside it ("the Wikimedia Foundation and
    Creative Commons").
    """
    kinds = [best_kind(v) for v in votes]
    marks = sorted(
        (m.start, m.end, m.sentence, i) for i, p in enumerate(parts) for g in p for m in g.members
    )
    gaps = [text[x[1] : y[0]] if x[2] == y[2] and x[3] != y[3] else "" for x, y in pairwise(marks)]
    for n, gap in enumerate(gaps):
        listed = gap in _COORDINATORS or (gap == ", " and _listed(gaps, n))
        if not listed:
            continue
        a, b = marks[n][3], marks[n + 1][3]
        for weak, strong in ((a, b), (b, a)):
            if (
                kinds[weak] == "other"
                and kinds[strong] in _AGENTS
                and _undecided(parts[weak], votes[weak])
            ):
                votes[weak][kinds[strong]] += _COORDINATED_VOTE


def _listed(gaps: list[str], n: int) -> bool:
    """A comma between names belongs to a list when the list goes on after the second name
    (not "the mayor of Valmont, Isabelle Marchand, said").
    """
    return n + 1 < len(gaps) and (gaps[n + 1] == ", " or gaps[n + 1] in _COORDINATORS)


def _undecided(groups: list[Group], votes: dict[str, float]) -> bool:
    """Nothing much says what the name is, and it is no ordinary word in capitals."""
    word = groups[0].longest
    if " " not in word and (word.isupper() or word.lower() in names.common_words()):
        return False
    return max(votes.values()) < 2.5


def _actor(groups: list[Group], votes: dict[str, float]) -> Actor:
    members = sorted((m for g in groups for m in g.members), key=lambda m: m.start)
    kind: ActorKind = best_kind(votes)  # type: ignore[assignment]
    if kind == "organization" and _named_once_without_evidence(members, votes):
        kind = "other"
    if kind == "other" and _unknown_word_named_again(members, votes):
        kind = "organization"
    name = _fullest(members)
    aliases = _distinct([m.text for m in members] + [m.surface for m in members], exclude=name)
    roles = _distinct([r for m in members for r in m.roles]) if kind == "person" else ()
    roles = tidy_roles(roles)
    aliases = tidy_aliases(name, aliases, roles)
    mentions = tuple(Mention(m.surface, m.surface_start, m.surface_end) for m in members)
    return Actor(name, kind, aliases, roles, mentions)


def _named_once_without_evidence(members: list[Candidate], votes: dict[str, float]) -> bool:
    """One word, written once, that only its shape or a "the" calls an organisation."""
    word = members[0].text
    return len(members) == 1 and " " not in word and votes["organization"] < _ORG_EVIDENCE


def _unknown_word_named_again(members: list[Candidate], votes: dict[str, float]) -> bool:
    """One word that no list knows, with no vote for any kind, written more than once in the
    body: a company or club ("Vantrex ranks the sites", "according to Vantrex").
    """
    words = {m.text for m in members}
    if len(members) < 2 or len(words) != 1 or max(votes.values()) > 0:
        return False
    word = words.pop()
    if not re.fullmatch(r"(?:[A-Z]['’])?[A-Z][a-z]{2,}", word):
        return False
    low = word.lower()
    known = _KNOWN_WORDS
    if low in known or low in names.common_words() or names.place_kind(word) is not None:
        return False
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))  # "Automakers"
    if plural or low.endswith(_ADJECTIVE_ENDINGS):
        return False
    return not all(m.restricted for m in members)


def _ordinary_word(actor: Actor) -> bool:
    """A lone capitalised ordinary word with nothing else to say for it ("Category", "Top")."""
    words = {actor.name, *actor.aliases}
    return actor.kind == "other" and all(
        " " not in w and _ordinary(w.lower()) and w.lower() not in names.OTHER_WORDS for w in words
    )


def _ordinary(word: str) -> bool:
    return word in names.common_words() or word in names.COMMON_ACRONYMS


def _fullest(members: list[Candidate]) -> str:
    """The longest name the body writes, else the longest name at all; a headline's given
    name before a name of the body makes the full name ("Krystal Rivers", the body's
    "Rivers")."""
    pool = [m for m in members if not m.restricted] or list(members)
    body = {m.text for m in pool}
    pool += [m for m in members if m.restricted and _given_name_before(m.text, body)]
    counts: dict[str, int] = {}
    for member in pool:
        counts[member.text] = counts.get(member.text, 0) + 1
    return max(counts, key=lambda t: (len(t.split()), counts[t], len(t)))


def _given_name_before(name: str, body: set[str]) -> bool:
    given, _, rest = name.partition(" ")
    return rest in body and given in names.first_names()


def _distinct(texts: list[str], exclude: str = "") -> tuple[str, ...]:
    seen = {exclude.casefold()} if exclude else set()
    out = []
    for text in texts:
        if text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)


def _pronoun_counts(text: str, actors: list[Actor]) -> dict[str, int]:
    """Pronouns after a person's name, counted for the nearest person named before them."""
    marks = sorted((m.start, a.name) for a in actors if a.kind == "person" for m in a.mentions)
    starts = [s for s, _ in marks]
    counts: dict[str, int] = {}
    for match in _PRONOUN.finditer(text):
        i = bisect.bisect_left(starts, match.start()) - 1
        if i >= 0 and match.start() - starts[i] <= SALIENCE.pronoun_reach:
            counts[marks[i][1]] = counts.get(marks[i][1], 0) + 1
    return counts


def _salience(actor: Actor, pronouns: int, speaks: bool, lead: int) -> float:
    """Mentions and pronouns, with bonuses for the lead, a role and speaking."""
    weights = SALIENCE
    score = len(actor.mentions) + weights.pronoun * pronouns + weights.speaks * speaks
    if actor.mentions[0].start < lead:
        score += weights.lead
    if actor.roles:
        score += weights.role
    return round(score * weights.kind(actor.kind), 3)
