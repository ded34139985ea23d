"""Names in articles that are not in English.

The word lists of the actors stage are English, and in German every noun starts with a
capital, so a capital says little there. Outside English a name is kept only with strong
evidence: a given name, a title, an organisation word, a known place, or (where nouns are
written in lower case) a name of several words or one named more than once.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from briefing.language import Language, speech
from briefing.language.lexicon import local_places
from briefing.language.words import stop_words

from . import names
from .aliases import Group, Groups
from .kinds import is_acronym, place_weight
from .mentions import Candidate

ENGLISH = "english"

#: An elided article glued to the next word (``l’``, ``d’``, ``dell’``).
_ELIDED = re.compile(r"^(?:[ldLD]|dell|all|nell|sull)['’]")

#: Languages that write every noun with a capital.
_NOUN_CAPITALS = frozenset(["german"])


def trim_candidates(candidates: list[Candidate], language: str) -> None:
    """Cut articles, prepositions and titles off the front of each name; a title becomes the
    person's role.

    "Die Landesregierung" is "Landesregierung"; "Según la Fiscalía" is "Fiscalía";
    "Vorsitzender Martin Hoffmann" is "Martin Hoffmann"; "Kanzlerin Merkel" is Merkel, titled
    "Kanzlerin". Name particles stay ("Von der Leyen").
    """
    first = names.first_names()
    leading = _leading_words(language)
    table = speech(language)
    for candidate in candidates:
        words = candidate.text.split()
        drop = 0
        while drop < len(words) - 1 and words[drop].lower() in leading:
            drop += 1
        start = drop
        while drop < len(words) - 1 and _title(words[drop], table) and words[drop + 1][0].isupper():
            drop += 1  # not "Bürgermeister von Grosbliederstroff": the mayor of a place
        given = [i for i, w in enumerate(words[:-1]) if w in first]
        if given and given[0] > drop:
            drop = given[0]
        titles = [w for w in words[start:drop] if _title(w, table)]
        if titles:
            _titled(candidate, titles, table)
        if drop:
            _cut(candidate, drop)


#: A title before a name says "person" as an English title does (``candidates._titled``).
_TITLE_VOTE = 4.0


def _title(word: str, table: Language) -> bool:
    """A title or rank of the language: one of its titles (``Kanzlerin``, ``Mme``) or a
    compound ending in one (``Ministerpräsident``, ``Regierungssprecher``)."""
    low = word.lower().rstrip(".")
    if low in table.titles:
        return True
    return any(low.endswith(e) and len(low) > len(e) + 2 for e in table.title_suffixes)


def _titled(candidate: Candidate, titles: list[str], table: Language) -> None:
    """The person's cue of a title, and the title as a role unless it only says Mr or Mrs."""
    candidate.vote("person", _TITLE_VOTE)
    honorifics = table.female | table.male | names.HONORIFICS
    roles = [w for w in titles if w.lower().rstrip(".") not in honorifics]
    if roles:
        candidate.roles.append(" ".join(roles))


def drop_function_words(candidates: list[Candidate], language: str) -> list[Candidate]:
    """The candidates that are more than one function word of the language: ``Le`` or
    ``Elle`` opening a sentence names no one, and would join a longer name as its short form
    (``Loïc Le Clerc``)."""
    return [c for c in candidates if not _function_word(c.text, language)]


#: Shortest name left once a genitive ending is cut ("Uns" is "Un" only inside a longer name).
_GENITIVE_STEM = 2


def join_genitives(groups: Groups, language: str) -> None:
    """A name with the language's genitive ending is the name the text also writes without
    it: ``Merkels`` is Merkel, ``Kim Jong Uns`` is Kim Jong Un."""
    endings = speech(language).genitive_endings
    for key in list(groups.by_key):
        for ending in endings:
            stem = key[: -len(ending)]
            if key.endswith(ending) and len(stem) >= _GENITIVE_STEM and stem in groups.by_key:
                groups.union(key, stem)


@cache
def _leading_words(language: str) -> frozenset[str]:
    """Words that open a capitalised run at the start of a sentence without being part of the
    name: articles, prepositions, determiners, one-word source markers (``Selon``, ``Laut``)."""
    table = speech(language)
    according = {w for w in table.according if w.isalpha()}
    particles = table.particles | names.NAME_PARTICLES
    openers = table.definite_articles | table.indefinite_articles | table.determiners
    return frozenset(openers | ((table.prepositions | according) - particles))


def _cut(candidate: Candidate, words: int) -> None:
    text = candidate.text
    at = 0
    for _ in range(words):
        at = text.index(" ", at)
        while text[at] == " ":
            at += 1
    candidate.text = text[at:]
    candidate.start += at


def has_evidence(groups: list[Group], language: str) -> bool:
    """Whether an actor's names say strongly enough that it is a name at all."""
    if all(_function_word(g.longest, language) for g in groups):
        return False  # ``Je``, ``Elle``, ``Dieser`` opening sentences and quotations
    members = [m for g in groups for m in g.members]
    if any(m.roles or m.cues.get("person", 0.0) >= 3.0 for m in members):
        return True  # a title: "Dr. Katrin Vogel"
    if any(_name_evidence(g.longest, language) for g in groups):
        return True
    if language in _NOUN_CAPITALS:
        return False
    # Where nouns are written in lower case, capitals mark names: several words, or twice.
    return any(" " in g.longest for g in groups) or sum(not m.restricted for m in members) >= 2


def _function_word(name: str, language: str) -> bool:
    """One of the language's function words (pronouns, articles, conjunctions) alone."""
    return " " not in name and name.casefold() in stop_words(language)


def _name_evidence(name: str, language: str) -> bool:
    """A given name and a surname, a known place or organisation, an organisation word."""
    words = name.split()
    if len(words) > 1 and words[0] in names.first_names():
        return True
    if names.place_kind(name) is not None or name.casefold() in names.KNOWN_ORGS:
        return True
    if name in local_places(language):
        return True
    if len(words) == 1 and is_acronym(name):
        return True
    return is_organisation(name, language)


def is_organisation(name: str, language: str) -> bool:
    """A compound ending in an organisation word, a name ending in a legal form (``GmbH``) or
    opened by an organisation word (after an elided article: ``l’Opéra de Paris``); the words
    are the language file's."""
    table = speech(language)
    words = name.split()
    endings = table.organisation_endings
    if any(w.lower().endswith(e) and len(w) > len(e) + 2 for w in words for e in endings):
        return True  # "Naturschutzbund", not "Bund"
    if len(words) > 1 and words[-1].lower() in table.legal_forms:
        return True  # "Duesenfeld GmbH"
    first = _ELIDED.sub("", words[0]).lower() if words else ""
    return len(words) > 1 and first in table.organisation_words


def personal_name(name: str, language: str) -> bool:
    """Whether ``name`` can be a person's name in ``language``.

    Not when it opens with a function word of the language (``In der Zeit``, ``Mi
    Misericordia``) or holds an article that no particle leads to (``Art der Heizung`` is
    "the kind of heating"); ``Ursula von der Leyen``, ``Ana de la Cruz``, ``Von der Leyen`` and
    ``Maria das Dores`` are names.
    """
    stops = stop_words(language)
    table = speech(language)
    particles = table.particles | names.NAME_PARTICLES
    words = name.split()
    first = words[0].lower()
    if first in stops and first not in particles:
        return False
    return not any(
        word in table.name_articles and before.lower() not in particles
        for before, word in pairwise(words)
    )


def place_vote(groups: list[Group], language: str) -> float:
    """The vote of the language's own place names (``Frankreich``, ``Thüringen``), weighed as
    the gazetteer's English names are."""
    table = local_places(language)
    return max((place_weight(table[g.longest]) for g in groups if g.longest in table), default=0.0)


def organisation_vote(groups: list[Group], language: str) -> float:
    """The vote of the language's organisation words for the actor."""
    return 3.0 if any(is_organisation(g.longest, language) for g in groups) else 0.0
