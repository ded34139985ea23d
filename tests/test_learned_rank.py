"""The learned ranker: its sentence features, the plain-Python trees and the shipped model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import brief
from briefing.model import Sentence
from briefing.ranking import learned
from briefing.ranking.features import FEATURES, NO_TITLE, document_features
from briefing.ranking.select import RATERS, RankContext
from briefing.ranking.trees import COMPILE_ROWS, FORMAT, Tree, TreeModel, compiled, from_dict, loads
from briefing.segment import words

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def sentence(text: str, index: int, paragraph: int | None = None) -> Sentence:
    return Sentence(
        text, 0, len(text), index, index if paragraph is None else paragraph, words(text)
    )


def column(rows: list[list[float]], name: str) -> list[float]:
    return [row[FEATURES.index(name)] for row in rows]


BODY = [
    sentence("The council voted to rebuild the harbour sea wall after the storms.", 0, 0),
    sentence("The old sea wall gave way in January and flooded 300 homes.", 1, 0),
    sentence("“We cannot ask families to live with this fear again,” Mayor Okafor said.", 2, 1),
    sentence("Work on the harbour road starts in May (weather permitting).", 3, 1),
    sentence("The council voted to rebuild the harbour sea wall after the storms!", 4, 2),
]


# --- features -----------------------------------------------------------------------------


def test_one_row_of_every_feature_per_sentence() -> None:
    rows = document_features(BODY, None, "english")
    assert len(rows) == len(BODY)
    assert all(len(row) == len(FEATURES) for row in rows)
    assert document_features([], None, "english") == []


def test_position_and_paragraph_features_follow_the_layout() -> None:
    rows = document_features(BODY, None, "english")
    assert column(rows, "position") == [0, 1, 2, 3, 4]
    assert column(rows, "inverse_position")[0] == 1.0
    assert column(rows, "paragraph") == [0, 0, 1, 1, 2]
    assert column(rows, "place_in_paragraph") == [0, 1, 0, 1, 0]
    assert column(rows, "paragraph_sentences") == [2, 2, 2, 2, 1]
    assert column(rows, "first_in_paragraph") == [1, 0, 1, 0, 1]


def test_title_features_are_marked_absent_without_a_title() -> None:
    untitled = document_features(BODY, None, "english")
    titled = document_features(BODY, words("Council rebuilds sea wall"), "english")
    assert set(column(untitled, "title_share")) == {NO_TITLE}
    assert column(titled, "title_share")[0] == 1.0
    assert column(titled, "title_share")[3] == 0.0


def test_a_restatement_of_the_lead_is_seen_as_such() -> None:
    rows = document_features(BODY, None, "english")
    assert column(rows, "lead_similarity")[4] == 1.0
    assert column(rows, "lead_similarity")[3] < 0.5
    assert column(rows, "redundancy")[0] == 1.0


def test_quotation_numbers_names_and_punctuation() -> None:
    rows = document_features(BODY, None, "english")
    assert column(rows, "has_quote") == [0, 0, 1, 0, 0]
    assert column(rows, "starts_with_quote")[2] == 1.0
    assert column(rows, "quoted_share")[2] > 0.5
    assert column(rows, "numbers")[1] == 1.0
    assert column(rows, "parenthesis")[3] == 1.0
    assert column(rows, "exclamation")[4] == 1.0
    assert column(rows, "capitalised")[2] == 2.0  # Mayor Okafor


def test_central_sentences_have_the_highest_centrality() -> None:
    rows = document_features(BODY, None, "english")
    centrality = column(rows, "centrality")
    assert max(centrality) == 1.0
    assert centrality[0] > centrality[3]


# --- the tree evaluator -------------------------------------------------------------------

#: Two trees on two features, small enough to follow by hand.
HAND_MADE = {
    "format": FORMAT,
    "features": ["a", "b"],
    "base": 0.5,
    "trees": [
        # a <= 1 ? (b <= 0 ? 1 : 2) : 3
        [[0, 1], [1.0, 0.0], [1, ~0], [~2, ~1], [1.0, 2.0, 3.0]],
        # a single leaf
        [[], [], [], [], [-0.25]],
    ],
}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ([0.0, -1.0], 0.5 + 1.0 - 0.25),
        ([1.0, 0.0], 0.5 + 1.0 - 0.25),  # equal to the threshold goes left, as in LightGBM
        ([1.0, 0.5], 0.5 + 2.0 - 0.25),
        ([2.0, -5.0], 0.5 + 3.0 - 0.25),
    ],
)
def test_trees_give_the_hand_computed_score(row: list[float], expected: float) -> None:
    assert from_dict(HAND_MADE).score(row) == pytest.approx(expected)


def test_a_model_survives_its_json_form() -> None:
    model = from_dict(HAND_MADE)
    again = loads(json.dumps(model.to_dict()))
    assert again == model
    assert again.scores([[0.0, 1.0], [5.0, 0.0]]) == model.scores([[0.0, 1.0], [5.0, 0.0]])


def test_a_file_of_another_format_is_refused() -> None:
    with pytest.raises(ValueError, match="not a briefing-trees"):
        from_dict({**HAND_MADE, "format": "something-else/2"})


def test_a_tree_is_a_frozen_record() -> None:
    tree = Tree((0,), (1.0,), (~0,), (~1,), (0.0, 1.0))
    assert TreeModel(("a",), (tree,)).score([2.0]) == 1.0
    with pytest.raises(AttributeError):
        tree.leaf = ()  # type: ignore[misc]


# --- the shipped model --------------------------------------------------------------------


def test_news_is_the_learned_ranker_and_centrality_remains() -> None:
    assert RATERS["news"] == "briefing.ranking.learned:rate"
    assert RATERS["centrality"] == "briefing.ranking.news:rate"


def test_the_shipped_model_loads_and_is_small() -> None:
    path = ROOT / "briefing" / "ranking" / learned.MODEL_FILE
    assert path.stat().st_size < 100_000
    model = learned.model()
    assert model.features == FEATURES
    assert 0 < len(model.trees) <= 200


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_the_shipped_model_ranks_every_sample(path: Path) -> None:
    result = brief(path.read_text(encoding="utf-8"), sentences=3)
    assert len(result.key_points) == 3
    scores = [point.score for point in result.key_points]
    assert all(0 < score <= 1 for score in scores)


def test_scores_are_scaled_to_the_best_sentence() -> None:
    scores = learned.rate(BODY, RankContext(title="Council rebuilds sea wall"))
    assert max(scores) == 1.0
    assert all(0 < score <= 1 for score in scores)


def test_a_long_document_is_rated_in_linear_time() -> None:
    vocabulary = [f"term{i}" for i in range(2000)]
    body = [
        sentence(" ".join(vocabulary[(i * 7 + k * 13) % 2000] for k in range(15)) + ".", i)
        for i in range(3000)
    ]
    scores = learned.rate(body, RankContext())
    assert len(scores) == 3000 and max(scores) == pytest.approx(1.0)


def _passes_on_the_sample(code: str) -> None:
    """``code`` run in a fresh interpreter with a sample article on stdin exits with 0."""
    text = (ROOT / "samples" / "harbour-bridge.txt").read_text(encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_default_ranker_needs_neither_lightgbm_nor_numpy() -> None:
    code = (
        "import sys\n"
        "from briefing.input.text import read_document\n"
        "from briefing.options import Length\n"
        "from briefing.ranking.select import RankContext, key_points\n"
        "from briefing.segment import segment\n"
        "document = read_document(sys.stdin.read())\n"
        "points = key_points(segment(document), Length('sentences', 3), 'news',"
        " RankContext(document.title))\n"
        "assert len(points) == 3\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('lightgbm', 'numpy', 'scipy')]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    _passes_on_the_sample(code)


def test_a_briefing_never_imports_the_training_library() -> None:
    code = (
        "import sys; from briefing import brief; brief(sys.stdin.read(), sentences=3);"
        "sys.exit(1 if 'lightgbm' in sys.modules else 0)"
    )
    _passes_on_the_sample(code)


def test_the_training_library_is_an_extra_not_a_dependency() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(dep.startswith("lightgbm") for dep in project["dependencies"])
    assert any(dep.startswith("lightgbm") for dep in project["optional-dependencies"]["train"])


def test_compiled_trees_score_exactly_as_the_walked_trees() -> None:
    model = learned.model()
    rows = document_features(BODY, words("Council rebuilds sea wall"), "english")
    score = compiled(model)
    assert [score(row) for row in rows] == [model.score(row) for row in rows]
    hand = from_dict(HAND_MADE)
    grid = [[a, b] for a in (0.0, 1.0, 2.0) for b in (-1.0, 0.0, 0.5)]
    assert [compiled(hand)(row) for row in grid] == [hand.score(row) for row in grid]


def test_a_long_text_is_scored_by_the_compiled_trees_alike() -> None:
    hand = from_dict(HAND_MADE)
    grid = [[a / 7, b / 5] for a in range(-10, 40) for b in range(-10, 10)]
    assert len(grid) >= COMPILE_ROWS
    assert hand.scores(grid) == [hand.score(row) for row in grid]
    assert hand.scores(grid[:3]) == [hand.score(row) for row in grid[:3]]
