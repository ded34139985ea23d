"""One table per language, loaded from ``data/<language>.json``: everything a stage needs to know
about a language, so that adding a language is adding a file.

A table holds its quote marks (opening mark -> the marks that may close it), speech verbs and
attribution words, titles, pronouns, determiners and prepositions (never part of a name),
abbreviations for the sentence splitter, month names, function words for detection and the
fixed words of the templates (``labels``, by key). Speech verbs are regular-expression
alternatives; ``speech_verb_forms`` lists word forms that a verb pattern names in braces
(``{participle}``), and a pattern that is only ``{name}`` stands for each form on its own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from briefing.language.words import norm

DEFAULT_LANGUAGE = "english"


@dataclass(frozen=True, eq=False)
class Language:
    """What one language uses to write, quote and attribute speech.

    ``verbs`` are regular-expression alternatives for the speech verb forms (``a déclaré``,
    ``sagte``), some with the pronoun glued on (``a-t-elle ajouté``). ``according`` precede a
    source (``laut X``), ``following`` follow one (``X zufolge``), ``after_quote`` introduce a
    source only right after a quotation (``„…“, so X``).
    """

    name: str
    code: str
    marks: dict[str, str]
    verbs: tuple[str, ...] = ()
    according: tuple[str, ...] = ()
    following: tuple[str, ...] = ()
    after_quote: tuple[str, ...] = ()
    #: Words between an inverted speech verb and its speaker (``résume quant à elle X``).
    asides: tuple[str, ...] = ()
    pronouns: dict[str, str] | None = None
    #: Object pronouns -> ``he`` / ``she`` (``quoted him as saying``).
    object_pronouns: dict[str, str] | None = None
    titles: frozenset[str] = frozenset()
    title_suffixes: tuple[str, ...] = ()
    female: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()
    #: Words that start a noun phrase or join a name to a place: never part of a name.
    determiners: frozenset[str] = frozenset()
    #: Articles written in lower case inside a person's name, only after a name particle
    #: (``von der Leyen``, ``de la Cruz``).
    name_articles: frozenset[str] = frozenset()
    #: Endings a name takes in the genitive (``Merkels``, ``Thüringens``): the same name.
    genitive_endings: tuple[str, ...] = ()
    prepositions: frozenset[str] = frozenset()
    #: Quantifiers and demonstratives (``Viele``, ``Cette``): they open a group or a
    #: description, never a name, and a group is no speaker a pronoun refers back to.
    quantifiers: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    #: Definite and indefinite articles: ``the director`` refers back to someone named
    #: before, ``a director`` brings in someone new.
    definite_articles: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    #: Role nouns of one person that a definite description may refer back with (``the
    #: director``); empty when the language has no such list (any noun may then).
    person_nouns: frozenset[str] = frozenset()
    #: Words that open sentences, capitalised there, and are not stop words: never a name.
    openers: frozenset[str] = frozenset()
    #: Most capitalised words in a row that can be one person's name (German nouns are capitalised).
    name_length: int = 4
    #: Abbreviations for the sentence splitter: never end a sentence / end one only before a
    #: usual sentence start.
    abbreviations: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    #: Words that usually start a sentence (after an ambiguous abbreviation, a new one begins).
    starters: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    #: Feasts and holidays (``Christmas Day``, ``Kwanzaa``), in ``norm()`` form: named in
    #: capitals like actors, never one.
    holidays: frozenset[str] = frozenset()
    #: Endings of compound organisation names (``Landesregierung``) and words that open an
    #: organisation's name (``Ministerio de``, ``Conseil d'État``), in lower case.
    organisation_endings: tuple[str, ...] = ()
    organisation_words: frozenset[str] = frozenset()
    #: Legal forms written after a company's name (``GmbH``, ``S.A.``), in lower case.
    legal_forms: frozenset[str] = frozenset()
    function_words: tuple[str, ...] = ()
    labels: dict[str, str] | None = None
    #: How the templates say the ranking method and the key points' length (``{method}``...).
    phrases: dict[str, Any] | None = None

    @cached_property
    def mark_pattern(self) -> re.Pattern[str]:
        chars = "".join(dict.fromkeys("".join(self.marks) + "".join(self.marks.values())))
        return re.compile(f"[{re.escape(chars)}]")

    @cached_property
    def closed_words(self) -> frozenset[str]:
        """Determiners, prepositions and quantifiers: a word after one of them is no name."""
        return self.determiners | self.prepositions | self.quantifiers

    @cached_property
    def verb_pattern(self) -> re.Pattern[str]:
        return _words(self.verbs)

    @cached_property
    def aside_pattern(self) -> re.Pattern[str]:
        """Asides at the start of the words after a verb, however many in a row."""
        return re.compile(rf"(?:(?:{_words(self.asides).pattern})\s*,?\s*)+", re.IGNORECASE)

    @cached_property
    def according_pattern(self) -> re.Pattern[str]:
        return _words(self.according)

    @cached_property
    def following_pattern(self) -> re.Pattern[str]:
        return _words(self.following)

    @cached_property
    def after_quote_pattern(self) -> re.Pattern[str]:
        return _words(self.after_quote + self.according)

    def is_title(self, token: str) -> bool:
        """A title or role before a name: ``Dr.``, ``M.``, ``Verkehrsministerin``."""
        key = token.lower().rstrip(".")
        return key in self.titles or (len(key) > 5 and key.endswith(self.title_suffixes))

    def pronoun(self, token: str) -> str | None:
        """``he`` or ``she`` for a personal pronoun of this language."""
        return (self.pronouns or {}).get(token.lower().rstrip("."))


#: The name the type has in the stages that only read quotation facts from it.
Speech = Language


def _words(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    if not alternatives:
        return re.compile(r"(?!x)x")
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(ordered)})(?![\w’'-])", re.IGNORECASE)


@cache
def speech(language: str) -> Language:
    """The table of ``language``; English for one without its own."""
    path = resources.files("briefing.language") / "data" / f"{language}.json"
    if not path.is_file():
        return speech(DEFAULT_LANGUAGE) if language != DEFAULT_LANGUAGE else _missing()
    return _table(json.loads(path.read_text(encoding="utf-8")))


def _missing() -> Language:
    raise FileNotFoundError("briefing/language/data/english.json is missing from the package")


def _table(data: dict[str, Any]) -> Language:
    forms: dict[str, list[str]] = data.get("speech_verb_forms", {})
    verbs: list[str] = []
    for pattern in data.get("speech_verbs", []):
        name = pattern[1:-1] if pattern.startswith("{") and pattern.endswith("}") else None
        if name in forms:
            verbs.extend(forms[name])
            continue
        for key, values in forms.items():
            pattern = pattern.replace("{" + key + "}", "|".join(values))
        verbs.append(pattern)
    return Language(
        name=data["name"],
        code=data["code"],
        marks=dict(data["quote_marks"]),
        verbs=tuple(verbs),
        according=tuple(data.get("according_to", ())),
        following=tuple(data.get("source_follows", ())),
        after_quote=tuple(data.get("after_quote", ())),
        asides=tuple(data.get("speaker_asides", ())),
        pronouns=dict(data.get("pronouns", {})),
        object_pronouns=dict(data.get("object_pronouns", {})),
        titles=frozenset(data.get("titles", ())),
        title_suffixes=tuple(data.get("title_suffixes", ())),
        female=frozenset(data.get("female_titles", ())),
        male=frozenset(data.get("male_titles", ())),
        determiners=frozenset(data.get("determiners", ())),
        name_articles=frozenset(data.get("name_articles", ())),
        genitive_endings=tuple(data.get("genitive_endings", ())),
        prepositions=frozenset(data.get("prepositions", ())),
        quantifiers=frozenset(data.get("quantifiers", ())),
        particles=frozenset(data.get("name_particles", ())),
        definite_articles=frozenset(data.get("definite_articles", ())),
        indefinite_articles=frozenset(data.get("indefinite_articles", ())),
        person_nouns=frozenset(data.get("person_nouns", ())),
        openers=frozenset(data.get("sentence_openers", ())),
        name_length=int(data.get("name_length", 4)),
        abbreviations=frozenset(data.get("abbreviations", ())),
        ambiguous=frozenset(data.get("ambiguous_abbreviations", ())),
        starters=frozenset(data.get("sentence_starters", ())),
        months=frozenset(data.get("months", ())),
        holidays=frozenset(norm(h) for h in data.get("holidays", ())),
        organisation_endings=tuple(data.get("organisation_endings", ())),
        organisation_words=frozenset(data.get("organisation_words", ())),
        legal_forms=frozenset(data.get("legal_forms", ())),
        function_words=tuple(data.get("function_words", ())),
        labels=dict(data.get("labels", {})),
        phrases=dict(data.get("phrases", {})),
    )
