"""How a briefing says, in its language, which method chose the key points and how many.

``Stats`` keeps the method's name and the English length (``medium (5 sentences)``, ``40% of
sentences``, ``120 words``) for JSON; the packaged templates show both as phrases of the
article's language (the ``phrases`` of its language table). The method is named as a method
("key points by the news method"), not as a source of news.
"""

from __future__ import annotations

import re
from typing import Any

from briefing.language import DEFAULT_LANGUAGE, speech

_PRESET = re.compile(r"^(\w+) \((\d+) sentences?\)$")
_RATIO = re.compile(r"^(\d+)% of sentences$")
_COUNT = re.compile(r"^(\d+) (sentence|word)s?$")


def phrases(method: str, length: str, language: str) -> dict[str, str]:
    """``method`` and ``length`` phrases for the templates (English for any other language)."""
    words = speech(language).phrases or speech(DEFAULT_LANGUAGE).phrases or {}
    return {"method": words["method"].format(method=method), "length": _length(length, words)}


def _length(length: str, words: dict[str, Any]) -> str:
    """The English length description of ``Length.describe`` in the language of ``words``."""
    if match := _PRESET.match(length):
        label = words["presets"].get(match.group(1), match.group(1))
        return str(words["preset"].format(label=label, count=match.group(2)))
    if match := _RATIO.match(length):
        percent = words["percent"].format(n=match.group(1))
        return str(words["ratio"].format(percent=percent))
    if match := _COUNT.match(length):
        count, unit = match.group(1), match.group(2)
        key = unit if count == "1" else unit + "s"
        return str(words[key].format(count=count))
    return length
