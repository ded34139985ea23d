"""A learned name tagger: which capitalised runs are names, where they end, and of what kind.

A linear-chain CRF over ordinary features (the word, its shape and affixes, its neighbours,
the project's name and place lists, and what the whole document says about the word's case),
trained by ``training/actors.py`` and shipped as ``data/tagger.json.gz``: the weights
of every kept (feature, label) pair and of every label transition. Decoding here is plain
Python (Viterbi for the labels, forward-backward for how sure the tagger is), so the training
library is never needed at run time.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Sequence
from operator import add, mul
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from . import names

MODEL = "data/tagger.json.gz"
KINDS = ("PER", "ORG", "LOC", "MISC")
_OPENERS = frozenset("\"“‘'«([-–—:")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
_SHAPE_RUNS = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Cues:
    """What the whole document says about its words' case."""

    lower: frozenset[str]
    capitalised: frozenset[str]


@dataclass(frozen=True, slots=True)
class Entity:
    """A name the tagger found: token range ``[first, last)``, kind, and how sure it is."""

    first: int
    last: int
    kind: str
    confidence: float


def document_cues(text: str, sentences: Sequence[Sequence[str]]) -> Cues:
    """Words the document writes in lower case, and words it capitalises inside a sentence."""
    capitalised = {
        w
        for words in sentences
        for i, w in enumerate(words)
        if i > 0 and w[:1].isupper() and words[i - 1] not in _OPENERS and not w.isupper()
    }
    return Cues(frozenset(_LOWER_WORD.findall(text)), frozenset(capitalised))


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """``Xx`` for "Paris", ``X.X.`` for "U.S.", ``xXx`` for "eBay", ``d`` for "1996"."""
    out = []
    for c in word:
        if c.isupper():
            out.append("X")
        elif c.islower():
            out.append("x")
        elif c.isdigit():
            out.append("d")
        else:
            out.append(c)
    return _SHAPE_RUNS.sub(r"\1", "".join(out))


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str]]:
    return names.first_names(), names.surnames(), names.places(), names.common_words()


def word_features(word: str, cues: Cues) -> list[str]:
    """Features of the word itself, the same wherever it stands in the document."""
    first, family, places, common = _lists()
    low = word.lower()
    feats = ["b", "w=" + low, "s=" + shape(word), "p3=" + low[:3], "x3=" + low[-3:], "x2=" + low[-2:]]
    if word in first:
        feats.append("g=first")
    if word in family:
        feats.append("g=family")
    if word in places:
        feats.append("g=place")
    if low in common:
        feats.append("g=common")
    if low in names.KNOWN_ORGS:
        feats.append("g=org")
    if low.rstrip(".") in names.TITLES:
        feats.append("g=title")
    if low in names.DEMONYMS:
        feats.append("g=demonym")
    if low in names.CALENDAR:
        feats.append("g=calendar")
    if word[:1].isupper():
        if low in cues.lower:
            feats.append("d=lower")
        if word in cues.capitalised:
            feats.append("d=capital")
    return feats


def context_features(words: Sequence[str], i: int) -> list[str]:
    """Features of the word's neighbours and of its place in the sentence."""
    n = len(words)
    prev = words[i - 1] if i > 0 else "<s>"
    nxt = words[i + 1] if i + 1 < n else "</s>"
    feats = [
        "-1=" + prev.lower(),
        "+1=" + nxt.lower(),
        "-1s=" + shape(prev),
        "+1s=" + shape(nxt),
        "-2=" + (words[i - 2].lower() if i > 1 else "<s>"),
        "+2=" + (words[i + 2].lower() if i + 2 < n else "</s>"),
    ]
    if i == 0 or prev in _OPENERS:
        feats.append("start")
    if nxt in _places_pair_heads() and (words[i] + " " + nxt) in _lists()[2]:
        feats.append("g=place2")
    elif i > 0 and (prev + " " + words[i]) in _lists()[2]:
        feats.append("g=place2")
    return feats


@cache
def _places_pair_heads() -> frozenset[str]:
    return frozenset(p.split(" ", 1)[1].split()[0] for p in _lists()[2] if " " in p)


def sentence_features(words: Sequence[str], cues: Cues) -> list[list[str]]:
    """All features of every word of one sentence (what training sees)."""
    return [word_features(w, cues) + context_features(words, i) for i, w in enumerate(words)]


#: Words around a capitalised word that the tagger reads: names start with a capital, and
#: the two words either side are all the context its features see.
_REACH = 2


@dataclass(frozen=True, slots=True)
class Tagger:
    """CRF weights: ``labels``, ``transitions[a][b]`` (from a to b), ``states[feature]``."""

    labels: tuple[str, ...]
    transitions: tuple[tuple[float, ...], ...]
    states: dict[str, tuple[tuple[int, float], ...]]
    exp_transitions: tuple[tuple[float, ...], ...] = ()
    #: ``columns[b][a]`` is ``transitions[a][b]``; ``exp_columns`` the same, exponentiated.
    columns: tuple[tuple[float, ...], ...] = ()
    exp_columns: tuple[tuple[float, ...], ...] = ()

    def tag(self, sentences: Sequence[Sequence[str]], cues: Cues) -> list[list[Entity]]:
        """The names of each sentence.

        Only the stretches around capitalised words are decoded (a word far from any capital
        is a plain word): the features of a word are the same as in the whole sentence, and
        decoding costs nothing for sentences without names.
        """
        scorer = _Scorer(self, cues)
        found = []
        for words in sentences:
            entities: list[Entity] = []
            for a, b in _stretches(words):
                scores = [scorer.emission(words, i) for i in range(a, b)]
                entities.extend(
                    Entity(e.first + a, e.last + a, e.kind, e.confidence)
                    for e in self._entities(scores)
                )
            found.append(entities)
        return found

    def labels_of(self, words: Sequence[str], cues: Cues) -> list[str]:
        """The best label of every word of a whole sentence (B-PER, I-ORG, O, ...)."""
        scorer = _Scorer(self, cues)
        path = self._viterbi([scorer.emission(words, i) for i in range(len(words))])
        return [self.labels[k] for k in path]

    def _viterbi(self, scores: list[list[float]]) -> list[int]:
        if not scores:
            return []
        columns = self.columns
        span = range(len(self.labels))
        best = scores[0]
        back: list[list[int]] = []
        for row in scores[1:]:
            step = []
            nxt = []
            for b in span:
                value, a = max(zip(map(add, best, columns[b]), span))
                step.append(a)
                nxt.append(value + row[b])
            back.append(step)
            best = nxt
        path = [max(span, key=best.__getitem__)]
        for step in reversed(back):
            path.append(step[path[-1]])
        path.reverse()
        return path

    def _marginals(self, scores: list[list[float]]) -> list[list[float]]:
        """Forward-backward: the probability of every label at every word."""
        exp_columns = self.exp_columns
        exp_rows = self.exp_transitions
        alphas = []
        alpha = [math.exp(s) for s in scores[0]]
        total = sum(alpha)
        alpha = [a / total for a in alpha]
        alphas.append(alpha)
        for row in scores[1:]:
            alpha = [
                math.exp(s) * sum(map(mul, alpha, col)) for s, col in zip(row, exp_columns)
            ]
            total = sum(alpha)
            alpha = [a / total for a in alpha]
            alphas.append(alpha)
        out = [alphas[-1]]
        beta = [1.0] * len(self.labels)
        for t in range(len(scores) - 1, 0, -1):
            emit = [math.exp(s) * b for s, b in zip(scores[t], beta)]
            beta = [sum(map(mul, trans, emit)) for trans in exp_rows]
            total = sum(beta)
            beta = [b / total for b in beta]
            joint = list(map(mul, alphas[t - 1], beta))
            norm_ = sum(joint)
            out.append([j / norm_ for j in joint])
        out.reverse()
        return out

    def _entities(self, scores: list[list[float]]) -> list[Entity]:
        path = self._viterbi(scores)
        if not any(path):
            return []  # label 0 is O
        marginals = self._marginals(scores)
        found = []
        i = 0
        labels = self.labels
        while i < len(path):
            label = labels[path[i]]
            if label == "O":
                i += 1
                continue
            kind = label[2:]
            j = i + 1
            while j < len(path) and labels[path[j]] == "I-" + kind:
                j += 1
            sure = min(marginals[k][path[k]] for k in range(i, j))
            found.append(Entity(i, j, kind, sure))
            i = j
        return found


def _stretches(words: Sequence[str]) -> list[tuple[int, int]]:
    """Index ranges ``[a, b)`` of the words within reach of a word with a capital letter
    (not a capitalised function word such as "The" or "He")."""
    out: list[tuple[int, int]] = []
    n = len(words)
    plain = names.COMMON
    for i, word in enumerate(words):
        if word[:1].isalpha() and not word.islower() and word.lower() not in plain:
            a, b = max(0, i - _REACH), min(n, i + _REACH + 1)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


class _Scorer:
    """Emission scores with every feature's weights summed once per document."""

    def __init__(self, model: Tagger, cues: Cues) -> None:
        self.model = model
        self.cues = cues
        self.size = len(model.labels)
        self.vectors: dict[str, list[float]] = {}
        self.own: dict[str, list[float]] = {}
        self.zero = [0.0] * self.size

    def vector(self, feature: str) -> list[float]:
        vec = self.vectors.get(feature)
        if vec is None:
            pairs = self.model.states.get(feature)
            if pairs is None:
                vec = self.zero
            else:
                vec = [0.0] * self.size
                for label, weight in pairs:
                    vec[label] += weight
            self.vectors[feature] = vec
        return vec

    def emission(self, words: Sequence[str], i: int) -> list[float]:
        word = words[i]
        own = self.own.get(word)
        if own is None:
            own = [0.0] * self.size
            for feature in word_features(word, self.cues):
                vec = self.vector(feature)
                if vec is not self.zero:
                    own = [x + y for x, y in zip(own, vec, strict=True)]
            self.own[word] = own
        row = own
        for feature in context_features(words, i):
            vec = self.vector(feature)
            if vec is not self.zero:
                row = [x + y for x, y in zip(row, vec, strict=True)]
        return row if row is not own else own[:]


@cache
def tagger() -> Tagger:
    """The shipped model, loaded on first use."""
    data = resources.files("briefing.actors").joinpath(MODEL).read_bytes()
    return from_json(json.loads(gzip.decompress(data)))


def from_json(model: dict[str, object]) -> Tagger:
    """A tagger from its JSON form (see ``training/actors.py``)."""
    labels = tuple(model["labels"])  # type: ignore[call-overload]
    transitions = tuple(tuple(row) for row in model["transitions"])  # type: ignore[attr-defined]
    states = {
        feature: tuple((int(pair[0]), float(pair[1])) for pair in pairs)
        for feature, pairs in model["states"].items()  # type: ignore[attr-defined]
    }
    exp = tuple(tuple(math.exp(t) for t in row) for row in transitions)
    columns = tuple(zip(*transitions))
    exp_columns = tuple(zip(*exp))
    return Tagger(labels, transitions, states, exp, columns, exp_columns)
