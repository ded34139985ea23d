"""A small ensemble of regression trees, evaluated in plain Python from a JSON file.

The trees are trained with LightGBM (``training/keypoints.py``) and written as flat lists, so
the briefing needs neither LightGBM nor numpy to use them. A row goes left at a node when its
feature value is at most the node's threshold, as in LightGBM; a child index below zero names
the leaf ``~child``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

#: The file format this evaluator reads.
FORMAT = "briefing-trees/1"
#: Rows from which the trees are compiled rather than walked. For the shipped 150 trees of
#: 15 leaves, compiling takes ~0.1 s, then a row costs 0.03 ms against 0.11 ms walked: it pays
#: from ~1,200 rows, and an article of 30 sentences is scored in ~3 ms without it.
COMPILE_ROWS = 1000


@dataclass(frozen=True, slots=True)
class Tree:
    """One tree as parallel lists: split feature, threshold, children; then the leaf values."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    leaf: tuple[float, ...]

    def value(self, row: Sequence[float]) -> float:
        """The leaf value the row reaches."""
        if not self.feature:
            return self.leaf[0]
        node = 0
        while True:
            if row[self.feature[node]] <= self.threshold[node]:
                node = self.left[node]
            else:
                node = self.right[node]
            if node < 0:
                return self.leaf[~node]


@dataclass(frozen=True, slots=True)
class TreeModel:
    """The sum of the trees' values plus a base score, over named features."""

    features: tuple[str, ...]
    trees: tuple[Tree, ...]
    base: float = 0.0

    def score(self, row: Sequence[float]) -> float:
        """The model's raw score of one row, summed in the order the compiled form sums."""
        total = self.base
        for tree in self.trees:
            total += tree.value(row)
        return total

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The raw score of each row: trees walked for a short text, compiled for a long one.

        Compiling costs a fixed time that grows with the model (COMPILE_ROWS says where it
        pays off); the compiled expression then scores each row several times faster than
        walking the trees node by node.
        """
        if len(rows) < COMPILE_ROWS:
            return [self.score(row) for row in rows]
        score = compiled(self)
        return [score(row) for row in rows]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form that ``from_dict`` reads."""
        return {
            "format": FORMAT,
            "features": list(self.features),
            "base": self.base,
            "trees": [
                [list(t.feature), list(t.threshold), list(t.left), list(t.right), list(t.leaf)]
                for t in self.trees
            ],
        }


@cache
def compiled(model: TreeModel) -> Callable[[Sequence[float]], float]:
    """The model as one function of a row: nested conditional expressions, summed.

    The source is built only from the model's integers and floats (``repr``), never from text.
    """
    terms = [repr(float(model.base))] + [_expression(tree, 0) for tree in model.trees]
    code = "lambda row: " + " + ".join(f"({term})" for term in terms)
    function: Callable[[Sequence[float]], float] = eval(code, {"__builtins__": {}})
    return function


def _expression(tree: Tree, node: int) -> str:
    if not tree.feature:
        return repr(float(tree.leaf[0]))
    if node < 0:
        return repr(float(tree.leaf[~node]))
    left = _expression(tree, tree.left[node])
    right = _expression(tree, tree.right[node])
    feature, threshold = int(tree.feature[node]), float(tree.threshold[node])
    return f"({left} if row[{feature}] <= {threshold!r} else {right})"


def from_dict(data: dict[str, Any]) -> TreeModel:
    """A model from its JSON form; a file of another format is refused."""
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} model: {data.get('format')!r}")
    trees = tuple(
        Tree(tuple(f), tuple(float(x) for x in t), tuple(lt), tuple(rt), tuple(leaf))
        for f, t, lt, rt, leaf in data["trees"]
    )
    return TreeModel(tuple(data["features"]), trees, float(data.get("base", 0.0)))


def loads(text: str) -> TreeModel:
    """A model from the text of its JSON file."""
    return from_dict(json.loads(text))
