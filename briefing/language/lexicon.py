"""English word lists shipped in ``data/``: given names, family names, ordinary words.

Loaded on first use and kept; see ``data/README.md`` for where they come from.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def first_names() -> frozenset[str]:
    """Given names, as written with one capital (``Peter``)."""
    return frozenset(_read("first_names.txt").split())


@cache
def surnames() -> frozenset[str]:
    """Frequent family names (``Smith``, ``Young``), often ordinary words too."""
    return frozenset(_read("surnames.txt").split())


@cache
def common_words() -> frozenset[str]:
    """Ordinary English words in lower case (``free``, ``likewise``)."""
    data = resources.files("briefing.language").joinpath("data/common_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


@cache
def local_places(language: str) -> dict[str, str]:
    """Places as ``language`` names them (``Deutschland``, ``Bayern``) and their kind; empty for
    English, whose places are the gazetteer's (``data/places/``, built by
    ``training/places.py``)."""
    path = resources.files("briefing.language").joinpath(f"data/places/{language}.tsv")
    if not path.is_file():
        return {}
    lines = path.read_text("utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


class WordLists:
    """A stage's hand-made word lists, ``data/words.json`` of its package: one key per list
    (each described in ``data/README.md``), read once when the stage is first imported."""

    def __init__(self, package: str) -> None:
        text = resources.files(package).joinpath("data/words.json").read_text("utf-8")
        self.data: dict[str, Any] = dict(json.loads(text))

    def __call__(self, key: str) -> frozenset[str]:
        """The list ``key`` as a set."""
        return frozenset(self.data[key])


def _read(name: str) -> str:
    return resources.files("briefing.language").joinpath(f"data/{name}").read_text("utf-8")
