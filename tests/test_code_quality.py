"""The code keeps its shape: lint, strict types, and stages that import one way only."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(ROOT / ".venv" / "bin")) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install the test extra, pip install -e '.[test]'")
    return found


def test_ruff_finds_nothing() -> None:
    result = _run(
        sys.executable, "-m", "ruff", "check", "briefing", "tests", "benchmarks", "training"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_stages_import_one_way_without_cycles() -> None:
    result = _run(_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow
def test_types_check_strictly() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
