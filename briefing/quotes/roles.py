"""Where an article names someone with a role or an age, found without scanning it per role.

``the mayor`` or ``the 48-year-old`` refers back to ``Mayor Michael Bloomberg``,
``Gwyneth Paltrow, the actress,`` or ``Anna Weber, 48,``. Each shape is a regular expression
(``role_patterns``); run over a long article once per role word it costs a pass over the
whole text each time. ``RoleMentions`` finds the same matches, in the same order, from the
places where the role word or the age is written: the role word is looked up in a folded copy
of the text (one ``str.find`` pass), and each shape is matched only there.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

#: A name as the shapes read it: up to four capitalised words, with particles.
NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:de |van |von |le |la )?[A-Z][\w.'’\-]*){0,3})"
#: Words that open an apposition giving someone's role: ``Jo Lee, the actress,``.
APPOSED = r"the|a|an|le|la|l[’']|un|une|der|die|das|ein|eine|el|il"
#: Titles written short before a name (``Gov. Chris Christie`` is ``the governor``).
ABBREVIATED = {"governor": "gov", "senator": "sen", "representative": "rep", "general": "gen"}

_AGE = re.compile(r"(\d+)-(?:year-old|jährige[rn]?|ans?)$", re.IGNORECASE)
_APPOSITION = re.compile(rf",\s+(?i:{APPOSED})\s+")
_WHOLE_NAME = re.compile(NAME)
#: Words between ``, the`` and the role (``, the award-winning French actress``).
_WORDS_BEFORE_ROLE = 5
_WORD_AND_SPACE = re.compile(r"[\w’'\-]+\s+")
_NAME_AFTER = re.compile(rf"\s+{NAME}")
#: Whitespace-separated pieces a name can span: four words and three particles between them
#: (one more, so that a piece the scan splits differently from ``\s`` is never cut off).
_NAME_PIECES = 8
#: Letters that Python's case-insensitive matching pairs beyond ``str.lower`` (``ı`` with
#: ``i``, ``ſ`` with ``s``, the Kelvin sign with ``k``): folded to one wildcard with them.
_LOOSE_LETTERS = "iIıİsSſkK\u212a"

Mention = tuple[int, int, str, str]
"""A match: (start, end, the name, the lower-cased text from 40 characters before it)."""


@lru_cache(maxsize=64)
def role_patterns(head: str) -> tuple[re.Pattern[str], ...]:
    """Where a text names someone with this role or age: ``Mayor Michael Bloomberg``,
    ``Gwyneth Paltrow, the actress``, ``Anna Weber, 48,``, ``Anna Weber (48)``."""
    age = _AGE.match(head)
    if age:
        n = age.group(1)
        return (re.compile(rf"{NAME}(?:, {n},| \({n}\))"),)
    role = re.escape(head)
    short = ABBREVIATED.get(head.lower())
    before = rf"{role}|{short}\." if short else role
    return (
        re.compile(rf"(?i:\b(?:{before}))\s+{NAME}"),
        re.compile(rf"{NAME},\s+(?i:{APPOSED})\s+(?:[\w’'\-]+\s+){{0,5}}?(?i:{role})\b"),
    )


@lru_cache(maxsize=64)
def _title(head: str) -> re.Pattern[str]:
    """The role word (or its short form) that opens the title shape: ``Mayor``, ``Gov.``."""
    short = ABBREVIATED.get(head.lower())
    role = re.escape(head)
    return re.compile(rf"(?i:\b(?:{role}|{short}\.))" if short else rf"(?i:\b(?:{role}))")


@lru_cache(maxsize=64)
def _role_word(head: str) -> re.Pattern[str]:
    """The role word, in any case, ending a word."""
    return re.compile(rf"(?i:{re.escape(head)})\b")


class RoleMentions:
    """Every place an article names someone with a given role or age, one role at a time.

    Gives what ``finditer`` of each of ``role_patterns(head)`` gives over the whole text,
    in the same order.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: bytes | None = None
        self._appositions: tuple[list[int], list[int]] | None = None
        self._found: dict[str, list[Mention]] = {}
        self._placed: dict[str, list[int]] = {}
        self._starts: dict[int, list[int]] = {}

    def of(self, head: str) -> list[Mention]:
        if head not in self._found:
            age = _AGE.match(head)
            spans = self._aged(age.group(1)) if age else self._titled(head) + self._apposed(head)
            text = self.text
            self._found[head] = [
                (start, end, name, text[max(0, start - 40) : end].lower())
                for start, end, name in spans
            ]
        return self._found[head]

    # -- ``Mayor Michael Bloomberg``, ``Gov. Chris Christie`` ----------------------------------

    def _titled(self, head: str) -> list[tuple[int, int, str]]:
        """The first shape matched in two steps, the title (which depends on the role) and the
        name after it (which does not): at most one of ``role`` and ``short.`` fits a place."""
        title = _title(head)
        short = ABBREVIATED.get(head.lower())
        places = self._places(head) + (self._places(short + ".") if short else [])
        found: list[tuple[int, int, str]] = []
        reached = 0
        for place in sorted(set(places)):
            if place < reached:
                continue
            written = title.match(self.text, place)
            name = _NAME_AFTER.match(self.text, written.end()) if written is not None else None
            if name is not None:
                found.append((place, name.end(), name.group("name")))
                reached = name.end()
        return found

    # -- ``Gwyneth Paltrow, the actress`` --------------------------------------------------------

    def _apposed(self, head: str) -> list[tuple[int, int, str]]:
        """The second shape, from each ``, the`` before a place of the role word: the role
        right after it or after up to five words (the first that fits, as ``{0,5}?`` takes)."""
        commas, ends = self._apposition_marks()
        word = _role_word(head)
        found: list[tuple[int, int, str]] = []
        reached = 0
        for k in sorted({bisect.bisect_right(ends, p) - 1 for p in self._places(head)}):
            if k < 0:
                continue
            fits = (word.match(self.text, at) for at in self._word_starts(k))
            role = next((m for m in fits if m is not None), None)
            start = self._name_start(commas[k], reached) if role is not None else None
            if role is not None and start is not None:
                found.append((start, role.end(), self.text[start : commas[k]]))
                reached = role.end()
        return found

    def _word_starts(self, k: int) -> list[int]:
        """Where the words after the ``k``-th ``, the`` start: the role may be any of the
        first six."""
        if k not in self._starts:
            at, starts = self._apposition_marks()[1][k], []
            starts.append(at)
            for _ in range(_WORDS_BEFORE_ROLE):
                word = _WORD_AND_SPACE.match(self.text, at)
                if word is None:
                    break
                at = word.end()
                starts.append(at)
            self._starts[k] = starts
        return self._starts[k]

    def _apposition_marks(self) -> tuple[list[int], list[int]]:
        """Where each ``, the`` / ``, a`` / ``, der`` … starts (its comma) and ends."""
        if self._appositions is None:
            marks = list(_APPOSITION.finditer(self.text))
            self._appositions = ([m.start() for m in marks], [m.end() for m in marks])
        return self._appositions

    # -- ``Anna Weber, 48,`` / ``Anna Weber (48)`` ----------------------------------------------

    def _aged(self, age: str) -> list[tuple[int, int, str]]:
        endings = []
        for written in (f", {age},", f" ({age})"):
            at = self.text.find(written)
            while at >= 0:
                endings.append((at, at + len(written)))
                at = self.text.find(written, at + 1)
        found: list[tuple[int, int, str]] = []
        reached = 0
        for at, end in sorted(endings):
            start = self._name_start(at, reached)
            if start is not None:
                found.append((start, end, self.text[start:at]))
                reached = end
        return found

    # -- shared -------------------------------------------------------------------------------

    def _name_start(self, end: int, reached: int) -> int | None:
        """The first place from ``reached`` where a name starts that runs exactly to ``end``:
        where ``finditer`` of a shape that puts ``NAME`` before ``end`` starts its match."""
        text = self.text
        start = end
        for _ in range(_NAME_PIECES):
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            while start > 0 and text[start - 1].isspace():
                start -= 1
        for at in range(max(start, reached), end):
            if "A" <= text[at] <= "Z" and _WHOLE_NAME.fullmatch(text, at, end):
                return at
        return None

    def _places(self, word: str) -> list[int]:
        """Every place ``word`` may be written in any case (a few more, never fewer)."""
        if word not in self._placed:
            folded, key = self._fold(), _fold(word)
            places = []
            at = folded.find(key)
            while at >= 0:
                places.append(at)
                at = folded.find(key, at + 1)
            self._placed[word] = places
        return self._placed[word]

    def _fold(self) -> bytes:
        if self._folded is None:
            self._folded = _fold(self.text)
        return self._folded


def _fold(text: str) -> bytes:
    """One byte for each character: ASCII in lower case, the letters that case-insensitive
    matching pairs with others as ``*``, every other non-ASCII character as ``?``. Two strings
    that match case-insensitively fold alike."""
    for letter in _LOOSE_LETTERS:
        if not letter.isascii() and letter in text:
            text = text.replace(letter, "i")
    return text.encode("ascii", "replace").lower().translate(_LOOSE)


_LOOSE = bytes.maketrans(b"isk", b"***")
