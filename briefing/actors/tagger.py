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
import string
from collections.abc import Callable, Sequence
from operator import add, mul
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import chain, compress, groupby, repeat

from . import names
from .mentions import lower_words

MODEL = "data/tagger.json.gz"
KINDS = ("PER", "ORG", "LOC", "MISC")
_OPENERS = frozenset("\"“‘'«([-–—:")
_SHAPE_RUNS = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class Cues:
    """What the whole document says about its words' case."""

    lower: frozenset[str]
    capitalised: frozenset[str]
    #: Every distinct word of the document's sentences, when known.
    words: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A name the tagger found: token range ``[first, last)``, kind, and how sure it is."""

    first: int
    last: int
    kind: str
    confidence: float


def document_cues(text: str, sentences: Sequence[Sequence[str]]) -> Cues:
    """Words the document writes in lower case, and words it capitalises inside a sentence."""
    distinct = set().union(*sentences)
    titled = {w for w in distinct if w[:1].isupper() and not w.isupper()}
    capitalised = {
        words[i]
        for words in sentences
        for i in compress(range(len(words)), map(titled.__contains__, words))
        if i > 0 and words[i - 1] not in _OPENERS
    }
    return Cues(lower_words(text), frozenset(capitalised), frozenset(distinct))


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """``Xx`` for "Paris", ``X.X.`` for "U.S.", ``xXx`` for "eBay", ``d`` for "1996"."""
    # In ASCII, upper and lower case and digits are the letters the table maps.
    ascii_ = word.isascii()
    marked = word.translate(_ASCII_SHAPES) if ascii_ else "".join(map(_char_shape, word))
    if "\n" in marked:  # the one character ``_SHAPE_RUNS`` leaves repeated
        return _SHAPE_RUNS.sub(r"\1", marked)
    return "".join([c for c, _ in groupby(marked)])


def _char_shape(c: str) -> str:
    if c.isupper():
        return "X"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    return c


_ASCII_SHAPES = str.maketrans(
    dict.fromkeys(string.ascii_uppercase, "X")
    | dict.fromkeys(string.ascii_lowercase, "x")
    | dict.fromkeys(string.digits, "d")
)


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], dict[str, str], frozenset[str]]:
    return names.first_names(), names.surnames(), names.places(), names.common_words()


def word_features(word: str, cues: Cues) -> list[str]:
    """Features of the word itself, the same wherever it stands in the document."""
    first, family, places, common = _lists()
    low = word.lower()
    feats = [
        "b",
        "w=" + low,
        "s=" + shape(word),
        "p3=" + low[:3],
        "x3=" + low[-3:],
        "x2=" + low[-2:],
    ]
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
    return feats + _rest_features(words, i, prev, nxt)


def _rest_features(words: Sequence[str], i: int, prev: str, nxt: str) -> list[str]:
    """Sentence start, and two words that make a known place."""
    feats = []
    if i == 0 or prev in _OPENERS:
        feats.append("start")
    if _place_pair(words[i], prev if i > 0 else None, nxt):
        feats.append("g=place2")
    return feats


def _place_pair(word: str, prev: str | None, nxt: str) -> bool:
    """The word and the next, or the previous word and this one, make a known place."""
    places = _lists()[2]
    return (nxt in _places_pair_heads() and f"{word} {nxt}" in places) or (
        prev is not None and prev in _places_pair_firsts() and f"{prev} {word}" in places
    )


@cache
def _places_pair_heads() -> frozenset[str]:
    return frozenset(p.split(" ", 1)[1].split()[0] for p in _lists()[2] if " " in p)


@cache
def _places_pair_firsts() -> frozenset[str]:
    """First words of the two-word places (no two words make any other place)."""
    return frozenset(p.split(" ")[0] for p in _lists()[2] if p.count(" ") == 1)


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
    states: dict[str, Sequence[Sequence[Any]]]
    exp_transitions: tuple[tuple[float, ...], ...] = ()
    #: ``columns[b][a]`` is ``transitions[a][b]``; ``exp_columns`` the same, exponentiated.
    columns: tuple[tuple[float, ...], ...] = ()
    exp_columns: tuple[tuple[float, ...], ...] = ()

    def tag(self, sentences: Sequence[Sequence[str]], cues: Cues) -> list[list[Entity]]:
        """The names of each sentence.

        Only the stretches around capitalised words are decoded (a word far from any capital
        is a plain word): the features of a word are the same as in the whole sentence. The
        stretches of one length are decoded together, as arrays.
        """
        import numpy as np  # only when there is text to tag

        scorer = _Scorer(self, cues)
        stretches, window = _document_stretches(sentences, cues.words)
        found: list[list[Entity]] = [[] for _ in sentences]
        if not stretches:
            return found
        rows = scorer.rows_of(window, [b - a for _, a, b in stretches])
        emissions = scorer.table()[rows].sum(axis=1)
        starts = np.cumsum([0] + [b - a for _, a, b in stretches])
        by_length: dict[int, list[int]] = {}
        for k, (_, a, b) in enumerate(stretches):
            by_length.setdefault(b - a, []).append(k)
        for length, ks in by_length.items():
            rows = starts[np.array(ks)][:, None] + np.arange(length)
            scores = emissions[rows]
            paths = self._viterbi_batch(scores)
            named = np.nonzero(paths.any(axis=1))[0]
            if not len(named):
                continue
            marginals = self._marginals_batch(scores[named])
            best = paths[named]
            sure = np.take_along_axis(marginals, best[:, :, None], axis=2)[:, :, 0]
            chosen = named.tolist()
            for s, first, last, kind, confidence in self._spans_batch(best, sure):
                number, a, _ = stretches[ks[chosen[s]]]
                found[number].append(Entity(first + a, last + a, kind, confidence))
        for entities in found:
            entities.sort(key=lambda e: e.first)
        return found

    def _viterbi_batch(self, scores: np.ndarray) -> np.ndarray:
        """Best label paths of many sequences of one length (sequences x words x labels)."""
        import numpy as np

        trans = np.array(self.transitions)
        count, length, _ = scores.shape
        best = scores[:, 0]
        backs = []
        for t in range(1, length):
            options = best[:, :, None] + trans[None]
            back = options.argmax(axis=1)
            best = np.take_along_axis(options, back[:, None, :], axis=1)[:, 0] + scores[:, t]
            backs.append(back)
        last = best.argmax(axis=1)
        path = [last]
        rows = np.arange(count)
        for back in reversed(backs):
            last = back[rows, last]
            path.append(last)
        path.reverse()
        return np.stack(path, axis=1)

    def _marginals_batch(self, scores: np.ndarray) -> np.ndarray:
        """Forward-backward over many sequences of one length, scaled at every step."""
        import numpy as np

        exp_trans = np.array(self.exp_transitions)
        weights = np.exp(scores - scores.max(axis=2, keepdims=True))
        alpha = np.empty_like(weights)
        beta = np.empty_like(weights)
        alpha[:, 0] = weights[:, 0] / weights[:, 0].sum(axis=1, keepdims=True)
        for t in range(1, weights.shape[1]):
            step = (alpha[:, t - 1] @ exp_trans) * weights[:, t]
            alpha[:, t] = step / step.sum(axis=1, keepdims=True)
        beta[:, -1] = 1.0
        for t in range(weights.shape[1] - 2, -1, -1):
            step = (weights[:, t + 1] * beta[:, t + 1]) @ exp_trans.T
            beta[:, t] = step / step.sum(axis=1, keepdims=True)
        joint = alpha * beta
        marginals: np.ndarray = joint / joint.sum(axis=2, keepdims=True)
        return marginals

    def _spans_batch(
        self, paths: np.ndarray, sure: np.ndarray
    ) -> list[tuple[int, int, int, str, float]]:
        """``_spans`` of many label paths of one length at once: (path, first, last, kind,
        confidence) in path order, then word order.

        A word continues a name when its label is I- of the kind of the word before it, and
        that word is in a name (not O); any other named word starts one.
        """
        import numpy as np

        labels = self.labels
        kinds = np.array([label[2:] or "O" for label in labels])
        inside = np.array([label.startswith("I-") for label in labels])
        count, length = paths.shape
        kind = kinds[paths]
        goes_on = np.zeros((count, length + 1), dtype=bool)
        goes_on[:, 1:length] = (
            inside[paths[:, 1:]] & (kind[:, 1:] == kind[:, :-1]) & (paths[:, :-1] != 0)
        )
        starts = np.zeros((count, length + 1), dtype=bool)
        starts[:, :length] = (paths != 0) & ~goes_on[:, :length]
        # In words of rows one word wider than the paths: the extra word ends every name.
        flat_starts = np.flatnonzero(starts)
        ends = np.flatnonzero(~goes_on)
        flat_ends = ends[np.searchsorted(ends, flat_starts, side="right")]
        padded = np.full((count, length + 1), np.inf)
        padded[:, :length] = sure
        bounds = np.stack([flat_starts, flat_ends], axis=1).ravel()
        confidence = np.minimum.reduceat(padded.ravel(), bounds)[::2].tolist()
        rows, first = np.divmod(flat_starts, length + 1)
        last = flat_ends - rows * (length + 1)
        return list(
            zip(
                rows.tolist(),
                first.tolist(),
                last.tolist(),
                kinds[paths.ravel()[rows * length + first]].tolist(),
                confidence,
                strict=True,
            )
        )

    def _spans(self, path: list[int], sure: list[float], offset: int = 0) -> list[Entity]:
        """The names of a label path, their word ranges moved on by ``offset``."""
        found = []
        labels = self.labels
        i = 0
        while i < len(path):
            label = labels[path[i]]
            if label == "O":
                i += 1
                continue
            kind = label[2:]
            j = i + 1
            while j < len(path) and labels[path[j]] == "I-" + kind:
                j += 1
            found.append(Entity(i + offset, j + offset, kind, min(sure[i:j])))
            i = j
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
                value, a = max(zip(map(add, best, columns[b]), span, strict=False))
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
                math.exp(s) * sum(map(mul, alpha, col))
                for s, col in zip(row, exp_columns, strict=True)
            ]
            total = sum(alpha)
            alpha = [a / total for a in alpha]
            alphas.append(alpha)
        out = [alphas[-1]]
        beta = [1.0] * len(self.labels)
        for t in range(len(scores) - 1, 0, -1):
            emit = [math.exp(s) * b for s, b in zip(scores[t], beta, strict=False)]
            beta = [sum(map(mul, trans, emit)) for trans in exp_rows]
            total = sum(beta)
            beta = [b / total for b in beta]
            joint = list(map(mul, alphas[t - 1], beta))
            norm_ = sum(joint)
            out.append([j / norm_ for j in joint])
        out.reverse()
        return out

    def entities_of(self, words: Sequence[str], cues: Cues) -> list[Entity]:
        """The names of one whole sentence, decoded one word at a time (the reference for
        ``tag``, which decodes the stretches around capitals as arrays)."""
        scorer = _Scorer(self, cues)
        scores = [scorer.emission(words, i) for i in range(len(words))]
        path = self._viterbi(scores)
        if not any(path):
            return []  # label 0 is O
        marginals = self._marginals(scores)
        return self._spans(path, [marginals[k][path[k]] for k in range(len(path))])


def _stretches(
    words: Sequence[str], capital: frozenset[str] | None = None
) -> list[tuple[int, int]]:
    """Index ranges ``[a, b)`` of the words within reach of a word with a capital letter
    (not a capitalised function word such as "The" or "He"); ``capital`` is the set of such
    words, when known."""
    if capital is None:
        capital = _capitals([words])
    out: list[tuple[int, int]] = []
    n = len(words)
    for i in [i for i, word in enumerate(words) if word in capital]:
        a, b = max(0, i - _REACH), min(n, i + _REACH + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _document_stretches(
    sentences: Sequence[Sequence[str]], distinct: frozenset[str] | None = None
) -> tuple[list[tuple[int, int, int]], list[str]]:
    """``_stretches`` of every sentence as (sentence, a, b), found for all sentences at once;
    and the words of each stretch with the two words (or sentence marks) either side of it
    (``distinct``: the sentences' distinct words, when known).
    """
    import numpy as np

    capital = _capitals(sentences, distinct)
    sizes = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
    flat = list(chain.from_iterable(sentences))
    marks = np.fromiter(map(capital.__contains__, flat), dtype=bool, count=len(flat))
    caps = np.nonzero(marks)[0]
    if not len(caps):
        return [], []
    begins = np.cumsum(sizes) - sizes
    number = np.searchsorted(begins, caps, side="right") - 1
    local = caps - begins[number]
    a = np.maximum(0, local - _REACH)
    b = np.minimum(sizes[number], local + _REACH + 1)
    new = np.ones(len(caps), dtype=bool)  # a stretch starts where the last one cannot reach
    new[1:] = (number[1:] != number[:-1]) | (a[1:] > b[:-1])
    first = np.nonzero(new)[0]
    last = np.append(first[1:], len(caps)) - 1
    numbers, starts, ends = number[first], a[first], b[last]
    padded = list(chain.from_iterable(chain(_BEFORE, words, _AFTER) for words in sentences))
    lengths = ends - starts + 2 * _REACH
    opening = begins[numbers] + 2 * _REACH * numbers + starts  # the first pad word's index
    at = np.repeat(opening - (np.cumsum(lengths) - lengths), lengths) + np.arange(lengths.sum())
    window = list(map(padded.__getitem__, at.tolist()))
    stretches = list(zip(numbers.tolist(), starts.tolist(), ends.tolist(), strict=True))
    return stretches, window


_BEFORE = ("<s>",) * _REACH
_AFTER = ("</s>",) * _REACH


def _capitals(
    sentences: Sequence[Sequence[str]], distinct: frozenset[str] | None = None
) -> frozenset[str]:
    """The words of the sentences that start with a capital letter and are no function word."""
    plain = names.COMMON
    return frozenset(
        word
        for word in (set().union(*sentences) if distinct is None else distinct)
        if word[:1].isalpha() and not word.islower() and word.lower() not in plain
    )


class _Scorer:
    """Emission scores: the weights of a word's own features, and of each neighbour's, summed
    once per document into rows of a table; a word's scores are the sum of ``PARTS`` rows
    (its own, the words one and two before and after it, sentence start and places)."""

    PARTS = 6

    def __init__(self, model: Tagger, cues: Cues) -> None:
        self.model = model
        self.cues = cues
        self.size = len(model.labels)
        self.rows: list[list[float]] = [[0.0] * self.size]
        self.index: dict[tuple[str, str], int] = {}
        #: Rows of each part by the word that makes it (for ``rows_of``).
        self.own: dict[str, int] = {}
        self.left: dict[str, int] = {}
        self.right: dict[str, int] = {}
        self.left2: dict[str, int] = {}
        self.right2: dict[str, int] = {}
        self.rest: dict[tuple[bool, bool], int] = {(False, False): 0}
        #: Rows added many at a time (``_add_many``), after ``rows``; the weights of each
        #: feature as a row of label scores, the first all zero (a feature the model lacks).
        self.blocks: list[np.ndarray] = []
        self.dense: np.ndarray = _zeros(1, self.size)
        self.dense_index: dict[str, int] = {}

    def _row(self, key: tuple[str, str], features: Callable[[], list[str]]) -> int:
        """The row of ``key``, its features' weights summed the first time it is asked for."""
        found = self.index.get(key)
        if found is None:
            found = self._add(features())
            self.index[key] = found
        return found

    def _add(self, features: list[str]) -> int:
        """A new row: the summed weights of ``features``, in their order."""
        if self.blocks:
            raise RuntimeError("rows are added one at a time or many at a time, not both")
        vec = [0.0] * self.size
        states = self.model.states
        for feature in features:
            for label, weight in states.get(feature, ()):
                vec[label] += weight
        self.rows.append(vec)
        return len(self.rows) - 1

    def ids(self, words: Sequence[str], i: int) -> list[int]:
        """Rows whose sum is the scores of word ``i``: its own, each neighbour's, the rest."""
        n = len(words)
        word = words[i]
        prev = words[i - 1] if i > 0 else "<s>"
        nxt = words[i + 1] if i + 1 < n else "</s>"
        before = words[i - 2].lower() if i > 1 else "<s>"
        after = words[i + 2].lower() if i + 2 < n else "</s>"
        rest = _rest_features(words, i, prev, nxt)
        return [
            self._row(("w", word), lambda: word_features(word, self.cues)),
            self._row(("-1", prev), lambda: ["-1=" + prev.lower(), "-1s=" + shape(prev)]),
            self._row(("+1", nxt), lambda: ["+1=" + nxt.lower(), "+1s=" + shape(nxt)]),
            self._row(("-2", before), lambda: ["-2=" + before]),
            self._row(("+2", after), lambda: ["+2=" + after]),
            self._row(("x", " ".join(rest)), lambda: rest) if rest else 0,
        ]

    def rows_of(self, window: list[str], lengths: list[int]) -> np.ndarray:
        """The ``ids`` of every word of the stretches, as an array (words x ``PARTS``).

        ``window`` holds each stretch of ``lengths`` with the two words (or sentence marks)
        either side of it. Each part's rows are built once per word that needs them, in the
        order of the words' first use; a word's ids are then read from arrays over the
        distinct words.
        """
        import numpy as np

        vocabulary = list(dict.fromkeys(window))
        index = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
        codes = np.fromiter(map(index.__getitem__, window), dtype=np.intp, count=len(window))
        offsets = np.cumsum([0] + [n + 4 for n in lengths])[:-1]
        inside = np.ones(len(window), dtype=bool)
        for pad in (0, 1):
            inside[offsets + pad] = False
            inside[offsets + np.array(lengths, dtype=np.intp) + 2 + pad] = False
        at = np.nonzero(inside)[0]
        own = self._part(self.own, vocabulary, codes[at], self._own_features)
        left = self._part(self.left, vocabulary, codes[at - 1], _neighbour_features("-1"))
        right = self._part(self.right, vocabulary, codes[at + 1], _neighbour_features("+1"))
        lows = list(map(str.lower, vocabulary))
        left2 = self._part(self.left2, lows, codes[at - 2], _far_features("-2="))
        right2 = self._part(self.right2, lows, codes[at + 2], _far_features("+2="))
        rest = self._rest_rows(vocabulary, codes, at)
        return np.stack([own, left, right, left2, right2, rest], axis=1)

    def _own_features(self, words: list[str]) -> list[list[str]]:
        cues = self.cues
        return [word_features(w, cues) for w in words]

    def _part(
        self,
        rows: dict[str, int],
        keys: list[str],
        codes: np.ndarray,
        features: Callable[[list[str]], list[list[str]]],
    ) -> np.ndarray:
        """The row of one part for each code: ``keys[code]``'s row, built the first time
        (``features`` gives the features of each of a list of keys)."""
        import numpy as np

        needed = dict.fromkeys(map(keys.__getitem__, np.unique(codes).tolist()))
        new = [key for key in needed if key not in rows]
        base = self._add_many(features(new))
        rows.update(zip(new, range(base, base + len(new)), strict=True))
        table = np.fromiter(map(rows.get, keys, repeat(0)), dtype=np.intp, count=len(keys))
        result: np.ndarray = table[codes]
        return result

    def _add_many(self, features: list[list[str]]) -> int:
        """New rows, one per list of features, as ``_add`` sums them (feature by feature, in
        order, so each row is the same float for float); the index of the first."""
        import numpy as np

        if not self.blocks:
            self.blocks.append(np.array(self.rows))
        base = sum(len(b) for b in self.blocks)
        if not features:
            return base
        where = self.dense_index
        states = self.model.states
        fresh: list[list[float]] = []
        known = len(self.dense)
        missing = set().union(*features).difference(where)
        where.update(dict.fromkeys(missing, 0))  # most features are not in the model
        for feature in missing.intersection(states):
            vec = [0.0] * self.size
            for label, weight in states[feature]:
                vec[label] += weight
            where[feature] = known + len(fresh)
            fresh.append(vec)
        if fresh:
            self.dense = np.concatenate([self.dense, np.array(fresh)])
        lengths = np.fromiter(map(len, features), dtype=np.intp, count=len(features))
        width = max(1, int(lengths.max()))
        flat = np.fromiter(
            map(where.__getitem__, chain.from_iterable(features)),
            dtype=np.intp,
            count=int(lengths.sum()),
        )
        firsts = np.cumsum(lengths) - lengths
        rows = np.repeat(np.arange(len(features)), lengths)
        columns = np.arange(len(flat)) - np.repeat(firsts, lengths)
        picks = np.zeros((len(features), width), dtype=np.intp)
        picks[rows, columns] = flat
        table = self.dense
        block = table[picks[:, 0]]
        for column in range(1, width):
            block += table[picks[:, column]]
        self.blocks.append(block)
        return base

    def _rest_rows(self, vocabulary: list[str], codes: np.ndarray, at: np.ndarray) -> np.ndarray:
        """The rows of sentence start and two-word places (``_rest_features``)."""
        import numpy as np

        firsts, heads = _places_pair_firsts(), _places_pair_heads()
        opener = np.array([w == "<s>" or w in _OPENERS for w in vocabulary])
        first = np.array([w in firsts for w in vocabulary])
        head = np.array([w in heads for w in vocabulary])
        prev, nxt = codes[at - 1], codes[at + 1]
        inside = np.array([w != "<s>" for w in vocabulary])[prev]
        start = opener[prev]
        place = np.zeros(len(at), dtype=bool)
        for k in np.nonzero(head[nxt] | (inside & first[prev]))[0].tolist():
            word, before, after = (vocabulary[c] for c in (codes[at[k]], prev[k], nxt[k]))
            place[k] = _place_pair(word, before if inside[k] else None, after)
        kinds = np.zeros(len(at), dtype=np.intp)
        for combination in sorted(set(zip(start.tolist(), place.tolist(), strict=True))):
            row = self.rest.get(combination)
            if row is None:
                starts, places = combination
                row = self.rest[combination] = self._add_many(
                    [["start"] * starts + ["g=place2"] * places]
                )
            kinds[(start == combination[0]) & (place == combination[1])] = row
        return kinds

    def emission(self, words: Sequence[str], i: int) -> list[float]:
        rows = [self.rows[k] for k in self.ids(words, i)]
        return [sum(column) for column in zip(*rows, strict=False)]

    def table(self) -> np.ndarray:
        import numpy as np

        if self.blocks:
            return np.concatenate(self.blocks)
        return np.array(self.rows)


def _neighbour_features(side: str) -> Callable[[list[str]], list[list[str]]]:
    """The features of words one before or after (``side`` "-1" or "+1"): word and shape."""

    def features(words: list[str]) -> list[list[str]]:
        low = map((side + "=").__add__, map(str.lower, words))
        shapes = map((side + "s=").__add__, map(shape, words))
        return list(map(list, zip(low, shapes, strict=True)))

    return features


def _far_features(prefix: str) -> Callable[[list[str]], list[list[str]]]:
    """The feature of lower-case words two before or after (``prefix`` "-2=" or "+2=")."""

    def features(words: list[str]) -> list[list[str]]:
        return [[prefix + w] for w in words]

    return features


def _zeros(rows: int, columns: int) -> np.ndarray:
    import numpy as np

    return np.zeros((rows, columns))


@cache
def tagger() -> Tagger:
    """The shipped model, loaded on first use."""
    data = resources.files("briefing.actors").joinpath(MODEL).read_bytes()
    return from_json(json.loads(gzip.decompress(data)))


def from_json(model: dict[str, Any]) -> Tagger:
    """A tagger from its JSON form (see ``training/actors.py``)."""
    labels = tuple(str(label) for label in model["labels"])
    transitions = tuple(tuple(float(t) for t in row) for row in model["transitions"])
    # The JSON pairs are [label, weight] already: kept as they are, loading stays cheap.
    states: dict[str, Any] = model["states"]
    exp = tuple(tuple(math.exp(t) for t in row) for row in transitions)
    columns = tuple(zip(*transitions, strict=False))
    exp_columns = tuple(zip(*exp, strict=False))
    return Tagger(labels, transitions, states, exp, columns, exp_columns)
