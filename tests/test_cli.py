"""The command line: through typer's CliRunner and through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.command import app
from briefing.errors import ExitStatus

from .conftest import ROOT, SAMPLES

runner = CliRunner()
SAMPLE = str(SAMPLES / "harbour-bridge.txt")


def run(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def test_markdown_on_stdout() -> None:
    result = run(SAMPLE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Engineers close Port Alder bridge")
    assert "## Key points" in result.stdout and "## Main actors" in result.stdout


def test_three_key_points_saved_as_markdown(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = run(SAMPLE, "-n", "3", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    section = text.split("## Key points")[1].split("##")[0]
    assert section.count("\n- ") == 3


def test_ratio_as_json() -> None:
    result = run(SAMPLE, "--ratio", "0.2", "--format", "json")
    data = json.loads(result.stdout)
    assert len(data["key_points"]) == round(data["stats"]["sentences"] * 0.2)


def test_stdin_with_a_word_budget() -> None:
    text = Path(SAMPLE).read_text(encoding="utf-8")
    result = run("-", "--words", "60", "-f", "json", stdin=text)
    data = json.loads(result.stdout)
    assert data["source"] == "<stdin>"
    assert 0 < sum(len(p["text"].split()) for p in data["key_points"]) <= 60


@pytest.mark.parametrize("method", ["lex-rank", "lsa", "lead", "news"])
def test_methods(method: str) -> None:
    result = run(SAMPLE, "--method", method, "-n", "2", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stats"]["method"] == method


def test_own_template(tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("Points: {{ briefing.key_points | length }}", encoding="utf-8")
    result = run(SAMPLE, "-n", "2", "--template", str(template))
    assert result.stdout == "Points: 2\n"


def test_format_from_output_extension(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    assert run(SAMPLE, "-o", str(out)).exit_code == 0
    assert "key_points" in json.loads(out.read_text(encoding="utf-8"))


def test_counts_of_actors_and_quotes() -> None:
    data = json.loads(run(SAMPLE, "-f", "json", "--actors", "1", "--quotes", "0").stdout)
    assert len(data["actors"]) <= 1 and data["quotes"] == []


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("briefing ")
    assert "--sentences" in run("--help").stdout


def test_every_option_has_help() -> None:
    import typer.main

    command = typer.main.get_command(app)
    for param in command.params:
        assert getattr(param, "help", None), f"{param.name} has no help text"


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["missing.txt"], ExitStatus.INPUT, "no such file"),
        ([str(SAMPLES)], ExitStatus.INPUT, "is a directory"),
        ([SAMPLE, "-n", "0"], ExitStatus.USAGE, "--sentences"),
        ([SAMPLE, "-n", "-1"], ExitStatus.USAGE, "--sentences"),
        ([SAMPLE, "--ratio", "1.5"], ExitStatus.USAGE, "--ratio"),
        ([SAMPLE, "--ratio", "0"], ExitStatus.USAGE, "--ratio"),
        ([SAMPLE, "--words", "0"], ExitStatus.USAGE, "--words"),
        ([SAMPLE, "-n", "2", "--words", "50"], ExitStatus.USAGE, "only one"),
        ([SAMPLE, "--method", "magic"], ExitStatus.USAGE, "unknown method"),
        ([SAMPLE, "--format", "pdf"], ExitStatus.USAGE, "unknown format"),
        ([SAMPLE, "--actors", "many"], ExitStatus.USAGE, "--actors"),
        ([SAMPLE, "-n", "three"], ExitStatus.USAGE, "--sentences"),
        ([SAMPLE, "--no-such-option"], ExitStatus.USAGE, "No such option"),
        ([], ExitStatus.USAGE, "Missing argument"),
        ([SAMPLE, "--template", "missing.j2"], ExitStatus.TEMPLATE, "template not found"),
        ([SAMPLE, "-o", "/no/such/dir/out.md"], ExitStatus.OUTPUT, "does not exist"),
        ([SAMPLE, "-o", str(SAMPLES)], ExitStatus.OUTPUT, "is a directory"),
        ([SAMPLE, "--encoding", "klingon"], ExitStatus.INPUT, "unknown encoding"),
        ([SAMPLE, "--max-bytes", "100"], ExitStatus.INPUT, "--max-bytes"),
        ([SAMPLE, "--jobs", "0"], ExitStatus.USAGE, "--jobs"),
        ([SAMPLE, "--engine", "spark"], ExitStatus.USAGE, "unknown engine"),
    ],
)
def test_errors_are_one_line_with_their_exit_code(
    args: list[str], status: ExitStatus, message: str
) -> None:
    result = run(*args)
    assert result.exit_code == status, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("briefing: error: ") and message in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n \n", "empty"),
        (b"\x89PNG\r\n\x00\x00", "binary"),
        (b"\xff\xfe\xfa", "UTF-16"),
    ],
)
def test_bad_stdin(data: bytes, message: str) -> None:
    result = run("-", stdin=data)
    assert result.exit_code == ExitStatus.INPUT and message in result.stderr


def test_failed_run_leaves_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    out.write_text("precious", encoding="utf-8")
    bad = tmp_path / "bad.j2"
    bad.write_text("{{ 1 / 0 }}", encoding="utf-8")
    result = run(SAMPLE, "-o", str(out), "--template", str(bad))
    assert result.exit_code == ExitStatus.TEMPLATE
    assert out.read_text(encoding="utf-8") == "precious"
    assert {p.name for p in tmp_path.iterdir()} == {"brief.md", "bad.j2"}


def test_one_sentence_article_still_gives_a_briefing() -> None:
    result = run("-", stdin="The council approved the new harbour wall on Monday.")
    assert result.exit_code == 0
    assert "- The council approved the new harbour wall on Monday." in result.stdout


def _subprocess(*args: str, **kwargs):  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NLTK_DATA": "/nonexistent"}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        **kwargs,
    )


def test_real_subprocess_run(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = _subprocess(SAMPLE, "-n", "3", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Engineers close")


def test_real_subprocess_error_has_no_traceback() -> None:
    result = _subprocess("missing.txt")
    assert result.returncode == ExitStatus.INPUT
    assert result.stderr == "briefing: error: no such file: missing.txt; check the path\n"


def test_closed_pipe_is_not_a_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    shell = f"{sys.executable} -m briefing {SAMPLE} -f json --actors all | head -c 10"
    result = subprocess.run(
        ["bash", "-c", shell], capture_output=True, text=True, env=env, timeout=60
    )
    assert "Traceback" not in result.stderr
