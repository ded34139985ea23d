"""Every method runs with no nltk data and no network."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.options import METHODS

from .conftest import ROOT, SAMPLES

NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access during a briefing")
socket.socket.connect = refuse
socket.create_connection = refuse
from briefing import brief
text = open(sys.argv[1], encoding="utf-8").read()
result = brief(text, sentences=2, method=sys.argv[2])
assert len(result.key_points) == 2, result.key_points
print("ok")
"""


@pytest.mark.parametrize("method", list(METHODS))
def test_method_runs_offline_without_nltk_data(method: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(SAMPLES / "river-valley-vaccines.txt"), method],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_default_path_does_not_import_nltk_or_sumy() -> None:
    code = (
        "import sys; from briefing.cli.command import main; "
        "sys.argv = ['briefing', sys.argv[1], '-n', '2']; "
        "import atexit; "
        "atexit.register(lambda: print(sorted(m for m in ('nltk', 'sumy.summarizers', 'numpy') "
        "if m in sys.modules), file=sys.stderr)); "
        "main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLES / "harbour-bridge.txt")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0
    assert "'nltk'" not in result.stderr and "sumy.summarizers" not in result.stderr
