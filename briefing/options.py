"""Every setting of a briefing in one validated record, from the CLI down to each stage."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import OptionsError

LengthUnit = Literal["sentences", "ratio", "words"]

#: Named lengths, in key-point sentences.
LENGTH_PRESETS: dict[str, int] = {"short": 3, "medium": 5, "long": 8}
DEFAULT_PRESET = "medium"
DEFAULT_METHOD = "news"
DEFAULT_ACTORS = 6
DEFAULT_QUOTES = 4

#: The ranking methods a user can choose: name -> one-line description. ``briefing.ranking``
#: maps each name to the function that rates sentences.
METHODS: dict[str, str] = {
    "news": "learned trees over sentence features (default)",
    "centrality": "overlap centrality, lead prior, title as query",
    "lex-rank": "LexRank: eigenvector centrality",
    "text-rank": "TextRank: PageRank of word overlap",
    "lsa": "latent semantic analysis",
    "luhn": "Luhn: clusters of significant words (sumy)",
    "edmundson": "Edmundson: cue, title, location (sumy)",
    "sum-basic": "SumBasic: word probabilities (sumy)",
    "kl": "KL-Sum: closest word distribution (sumy)",
    "reduction": "graph reduction by word overlap (sumy)",
    "lead": "the first sentences, as a newspaper orders them",
}

#: The languages a briefing can be made in (each has a table in ``briefing/language/data``),
#: and the ISO 639-1 codes that name them.
LANGUAGE_CODES: dict[str, str] = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
}
LANGUAGES = tuple(LANGUAGE_CODES.values())


def language_name(value: str) -> str:
    """Normalise a language given by name or ISO 639-1 code ("de", "German")."""
    key = value.strip().lower()
    return LANGUAGE_CODES.get(key, key)


@dataclass(frozen=True, slots=True)
class Length:
    """How long the key points should be: a sentence count, a share of sentences or words."""

    unit: LengthUnit
    value: float
    label: str = ""

    def __post_init__(self) -> None:
        if self.unit == "ratio":
            if not (0.0 < self.value <= 1.0) or math.isnan(self.value):
                raise OptionsError(f"--ratio must be in (0, 1], got {self.value:g}")
        elif self.value < 1 or self.value != int(self.value):
            flag = "--sentences" if self.unit == "sentences" else "--words"
            raise OptionsError(f"{flag} must be a whole number >= 1, got {self.value:g}")

    @classmethod
    def preset(cls, name: str) -> Length:
        if name not in LENGTH_PRESETS:
            choices = ", ".join(LENGTH_PRESETS)
            raise OptionsError(f"--length must be one of {choices}, got {name!r}")
        return cls("sentences", LENGTH_PRESETS[name], label=name)

    @classmethod
    def from_options(
        cls,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        preset: str | None = None,
    ) -> Length:
        """Build the length from at most one of the four ways of giving it."""
        given = {
            "--sentences": sentences,
            "--ratio": ratio,
            "--words": words,
            "--length": preset,
        }
        chosen = [flag for flag, value in given.items() if value is not None]
        if len(chosen) > 1:
            raise OptionsError(f"give only one of {', '.join(chosen)} (they all set the length)")
        if sentences is not None:
            return cls("sentences", sentences)
        if ratio is not None:
            return cls("ratio", ratio)
        if words is not None:
            return cls("words", words)
        return cls.preset(preset or DEFAULT_PRESET)

    def sentence_count(self, available: int) -> int:
        """Sentences to pick from ``available`` (word budgets are handled by the selector)."""
        if self.unit == "ratio":
            return max(1, min(available, round(available * self.value)))
        if self.unit == "words":
            return available
        return min(available, int(self.value))

    def describe(self) -> str:
        if self.label:
            return f"{self.label} ({int(self.value)} sentences)"
        if self.unit == "ratio":
            return f"{self.value:.0%} of sentences"
        count = int(self.value)
        return f"{count} {self.unit if count != 1 else self.unit.rstrip('s')}"


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    """The settings of one briefing. ``None`` counts mean "all"."""

    length: Length = field(default_factory=lambda: Length.preset(DEFAULT_PRESET))
    method: str = DEFAULT_METHOD
    language: str = "auto"
    actors: int | None = DEFAULT_ACTORS
    quotes: int | None = DEFAULT_QUOTES

    @classmethod
    def build(cls, **settings: Any) -> BriefingOptions:
        """Options from flat settings (``sentences``, ``ratio``, ``words``, ``length``...)."""
        return build_options(**settings)

    def __post_init__(self) -> None:
        object.__setattr__(self, "language", language_name(self.language))
        if self.method not in METHODS:
            choices = ", ".join(METHODS)
            raise OptionsError(f"unknown method {self.method!r}; choose one of: {choices}")
        if self.language != "auto" and self.language not in LANGUAGES:
            choices = ", ".join(("auto", *LANGUAGES))
            raise OptionsError(f"unsupported language {self.language!r}; choose one of: {choices}")
        for name in ("actors", "quotes"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise OptionsError(f"--{name} must be a number >= 0 or 'all', got {value}")


def build_options(
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    length: str | None = None,
    method: str = DEFAULT_METHOD,
    language: str = "auto",
    actors: int | None = DEFAULT_ACTORS,
    quotes: int | None = DEFAULT_QUOTES,
) -> BriefingOptions:
    """Options from flat settings, as the command line and ``brief(**settings)`` give them."""
    return BriefingOptions(
        length=Length.from_options(sentences, ratio, words, length),
        method=method,
        language=language_name(language),
        actors=actors,
        quotes=quotes,
    )


def parse_count(value: str, option: str) -> int | None:
    """Parse an ``N|all`` option value; ``all`` gives ``None``."""
    text = value.strip().lower()
    if text == "all":
        return None
    try:
        number = int(text)
    except ValueError:
        raise OptionsError(f"{option} must be a number >= 0 or 'all', got {value!r}") from None
    if number < 0:
        raise OptionsError(f"{option} must be a number >= 0 or 'all', got {value!r}")
    return number
