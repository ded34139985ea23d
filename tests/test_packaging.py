"""The wheel carries the templates, and an installed wheel finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES

pytest.importorskip("hatchling")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return next(out.glob("briefing-*.whl"))


@pytest.mark.slow
def test_wheel_contains_package_and_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "briefing/templates/briefing.md.j2" in names
    assert "briefing/templates/briefing.txt.j2" in names
    for name in ("briefing.html.j2", "briefing.css", "briefing.js"):
        assert f"briefing/templates/{name}" in names
    assert "briefing/cli/command.py" in names
    assert "briefing/language/data/first_names.txt" in names
    assert "briefing/ranking/keypoints.json" in names
    assert "briefing/py.typed" in names
    assert not any(name.startswith(("tests/", "samples/")) for name in names)


@pytest.mark.slow
def test_installed_wheel_renders_with_its_own_templates(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "NLTK_DATA": str(tmp_path)}
    code = (
        "import sys; from briefing import brief, render; "
        "from briefing.output.render import templates_dir; print(templates_dir()); "
        "sys.stdout.write(render(brief(open(sys.argv[1]).read()), 'markdown'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLES / "solar-cooperative.txt")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    first, _, markdown = result.stdout.partition("\n")
    assert Path(first).is_relative_to(site)
    assert markdown.startswith("# Farmers")
