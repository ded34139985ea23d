"""Shared fixtures: paths to samples, the seed article and the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import _hypothesis_profiles  # noqa: F401  (registers and loads the profiles)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SHARED = ROOT.parent / "shared"
#: A real machine-translated news article, the first input the tool was built for.
SEED = Path(__file__).resolve().parent / "data" / "seed-article.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current output instead of comparing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def sample_path() -> Path:
    return SAMPLES / "harbour-bridge.txt"


@pytest.fixture
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")
