"""Speaker noun phrases: a name, a description or a pronoun, with titles stripped.

A speaker is either a name (the capitalised run that ends the noun phrase: "Trump campaign
spokeswoman Hope Hicks" -> "Hope Hicks", "Sen. Ted Cruz (R-Tex.)" -> "Ted Cruz"), a description
("a New Hampshire Republican", "the spokesman"), or a pronoun to be resolved later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.language.lexicon import common_words, first_names, surnames
from briefing.segment import STARTERS

from .vocabulary import (
    ADJECTIVE_ENDINGS,
    CALENDAR,
    DETERMINERS,
    FILLERS,
    HONORIFICS,
    NOT_HEADS,
    PARTICLES,
    PRONOUNS,
    ROLES,
    STOPS,
    TITLE_WORDS,
)

TOKEN = re.compile(r"[^\W_][\w'’\-]*(?:\.(?:[^\W_][\w'’\-]*\.?)?)*|[,;:()\[\]—–]")


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


_CHUNK_MARKS = re.compile(r"[,;—–]|--")


@dataclass(frozen=True, slots=True)
class Subject:
    """A speaker noun phrase as written, with its name part when it has one."""

    text: str
    name: str | None
    pronoun: str | None = None

    @property
    def named(self) -> bool:
        return self.name is not None


def speaker_name(subject: Subject) -> str:
    """The name when there is one, else the description as written."""
    return subject.name or subject.text


def tokens(text: str) -> list[str]:
    """Words (keeping inner dots, hyphens, apostrophes) and clause punctuation."""
    return TOKEN.findall(text)


def clause_chunks(text: str) -> list[str]:
    """The pieces of ``text`` between commas, semicolons and dashes, brackets dropped."""
    chunks = [c.strip() for c in _CHUNK_MARKS.split(drop_brackets(text))]
    return [c for c in chunks if c]


def drop_brackets(text: str) -> str:
    """``text`` without what brackets enclose (``Sen. Ted Cruz (R-Tex.)``)."""
    return _BRACKETED.sub(" ", text) if "(" in text or "[" in text else text


def trim_fillers(words: list[str]) -> list[str]:
    """``words`` without the adverbs and auxiliaries that end them (``also``, ``has``)."""
    while words and (words[-1].lower() in FILLERS or adverb(words[-1])):
        words = words[:-1]
    return words


def possessive(word: str) -> bool:
    """A capitalised possessive: ``Lee's``, ``Sanders'``."""
    return word[:1].isupper() and word.endswith(("'s", "’s", "s'", "s’"))


def adverb(word: str) -> bool:
    """A lower-case word in ``-ly``."""
    return word.endswith("ly") and word[:1].islower()


def whole_phrase(words: list[str]) -> Subject | None:
    """A noun phrase that takes up all of ``words``, or None."""
    start, subject = noun_phrase(words)
    lead = [w.lower() for w in words[:start]]
    if subject is not None and all(w in ("and", "but", "then", "so", "as") for w in lead):
        return subject
    if subject is not None and subject.named and _modifiers(words[:start]):
        return subject
    return _of_someone(words)


def _modifiers(lead: list[str]) -> bool:
    """Words that describe the name after them: ``9/11 widow``, ``Air Force 1st Lt.``,
    ``Secretary of Homeland Security``, ``17-year-old``.

    With ages before a subject, more role words before names and ``Mr. King``: PolNeAR named
    speakers train 0.928 -> 0.934 (+11, none lost), dev 0.952 unchanged.
    """
    if not lead or len(lead) > 5:
        return False
    opening = lead[0][:1].isupper() and lead[0].lower() not in DETERMINERS
    titled = opening or is_title(lead[0])  # ``Fight for $15``, ``former``
    for word in lead:
        low = word.lower()
        if word[:1].isupper() and low not in STOPS | PRONOUNS | DETERMINERS:
            continue
        if word[:1].isdigit() or low in ROLES or (titled and low in ("of", "the", "for")):
            continue
        return False
    return True


def _of_someone(words: list[str]) -> Subject | None:
    """``a spokesman for Disney``: a role of a named organisation, as written."""
    if not 3 <= len(words) <= 7 or words[0].lower() not in DETERMINERS - {"many", "some"}:
        return None
    joins = [k for k, w in enumerate(words) if w.lower() in ("for", "of", "at")]
    if not joins or joins[0] < 2 or joins[0] + 1 >= len(words):
        return None
    role, owner = words[1 : joins[0]], words[joins[0] + 1 :]
    if not all(w.islower() for w in role) or not owner[-1][:1].isupper():
        return None
    return Subject(" ".join(words), None)


def noun_phrase(words: list[str]) -> tuple[int, Subject | None]:
    """The noun phrase at the end of ``words``: (where it starts, the subject)."""
    if not words:
        return 0, None
    last = words[-1]
    if last.lower() in PRONOUNS:
        return len(words) - 1, Subject(last, None, last.lower())
    if last[:1].isupper():
        return name_phrase(words)
    return _description(words)


def name_phrase(words: list[str]) -> tuple[int, Subject | None]:
    """A capitalised run (with particles) ending ``words``, and the role words before it.

    ``Jo Lee of North Carolina`` is Jo Lee; a possessive (``Lee's``) is no speaker.
    """
    if possessive(words[-1]):
        return len(words), None
    i = len(words) - 1
    while i > 0 and (words[i - 1][:1].isupper() or _particle(words, i - 1)):
        i -= 1
    if i > 1 and words[i - 1] == "of" and words[i - 2][:1].isupper():
        start, subject = name_phrase(words[: i - 1])
        if subject is not None and subject.named:
            return start, subject
    while i < len(words) and words[i].lower().rstrip(".") in STARTERS:
        i += 1
    name = strip_titles(words[i:])
    honoured = len(words) > 1 and words[-2].lower().rstrip(".") in HONORIFICS
    bare_title = len(name) == 1 and is_title(name[0]) and not honoured
    if not name or (bare_title and not _surname_title(words, i)):
        return i, None  # ``the King said`` names no one; ``Mr. King said`` does
    start = _description_start(words, i)
    return start, Subject(" ".join(words[start:]), " ".join(name))


def _description(words: list[str]) -> tuple[int, Subject | None]:
    """``the spokesman``, ``a staffer in the room``: a short phrase opened by a determiner."""
    for i in range(max(0, len(words) - 8), len(words)):
        if words[i].lower() in DETERMINERS or possessive(words[i]):
            rest = words[i + 1 :]
            if not rest or any(
                w.lower() in PRONOUNS | STOPS or not (w[:1].isalpha() or _AGE.match(w))
                for w in rest
            ):
                continue
            return i, Subject(" ".join(words[i:]), None)
    return 0, None


def _description_start(words: list[str], i: int) -> int:
    """A determiner and role words before a name: ``the campaign's spokesman Josh Lee``."""
    j = i
    while j > 0 and i - j < 5 and words[j - 1][:1].isalpha():
        if words[j - 1].lower() in STOPS | PRONOUNS | FILLERS:
            break
        j -= 1
        if words[j].lower() in DETERMINERS:
            return j
    return j


def strip_titles(run: list[str]) -> list[str]:
    """``Maj-Gen. Peter Dawe`` -> Peter Dawe, ``Sen. Ted Cruz`` -> Ted Cruz; dates dropped."""
    run = [t for t in run if t.lower().rstrip(".") not in CALENDAR]
    cut = 0
    for k, token in enumerate(run[:-1]):
        if is_title(token):
            cut = k + 1
    name = run[cut:]
    if name and name[-1].endswith(".") and len(name[-1]) > 2:
        name = [*name[:-1], name[-1].rstrip(".")]
    return name


def _surname_title(words: list[str], i: int) -> bool:
    """``King asked Scott``: a title that is also a surname (``King``, ``Bishop``) names
    someone when it stands alone, with no determiner before it (``the King``).

    Changes no PolNeAR speaker (train 0.943, dev 0.953 either way); without it a lone ``King``
    after a quote names no one unless the article spells out ``Steve King``, and the quote
    goes to whoever was named last, often the one addressed (``King asked Scott``).
    """
    if i != len(words) - 1 or words[i] not in surnames():
        return False
    return i == 0 or words[i - 1].lower() not in DETERMINERS | TITLE_WORDS


def is_title(token: str) -> bool:
    """A title before a name (``Sen.``, ``Maj-Gen.``)."""
    key = token.lower().rstrip(".")
    return key in TITLE_WORDS or key.rsplit("-", 1)[-1] in TITLE_WORDS


def _particle(words: list[str], k: int) -> bool:
    return words[k].lower() in PARTICLES and k > 0 and words[k - 1][:1].isupper()


def in_name(words: list[str], k: int, started: bool) -> bool:
    """Capitalised words, particles inside a name, role words before one."""
    word = words[k]
    if word[:1].isupper() or (started and word.lower() in PARTICLES):
        return True
    return word.lower() in ROLES and _capital_within(words, k, 3)


def _capital_within(words: list[str], k: int, n: int) -> bool:
    """A capitalised word follows ``words[k]`` after role words only."""
    for word in words[k + 1 : k + 1 + n]:
        if word[:1].isupper():
            return True
        if word.lower() not in ROLES:
            return False
    return False


_AGE = re.compile(r"\d+-year-old$")


_CONTRACTION = re.compile(r"[’'](?:d|ll|re|ve|m)$", re.IGNORECASE)


def plausible(subject: Subject) -> bool:
    """A speaker is a noun phrase naming someone: no contraction (``He’d``), no description
    ending in an adjective or a non-person (``an off-the-cuff``, ``some reason``). Names are
    checked against the article by ``plausible_name``."""
    if subject.pronoun is not None:
        return True
    if subject.name is not None:
        words = subject.name.split()  # not ``and``, ``He’d``, ``Trump-style``
        if re.search(r"-[a-z]+$", words[-1]) if words else False:
            return False
        return not (subject.name.islower() or any(_CONTRACTION.search(w) for w in words))
    last = tokens(subject.text)[-1] if tokens(subject.text) else ""
    low = last.lower()
    if low in NOT_HEADS | STOPS | DETERMINERS or low.endswith(ADJECTIVE_ENDINGS):
        return False
    if _CONTRACTION.search(low) or len(tokens(subject.text)) < 2:
        return False
    return not (low.count("-") >= 2 and last.islower() and not low[:1].isdigit())


def plausible_name(name: str) -> bool:
    """A name, not a contraction or an ordinary word capitalised at a sentence's start."""
    words = name.split()
    if not words or any(_CONTRACTION.search(w) for w in words):
        return False
    if len(words) > 1:
        return True
    word = words[0].rstrip(".")
    if word.isupper() or word in first_names() or word in surnames():
        return True
    return word.lower() not in common_words()
