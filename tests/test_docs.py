"""The README's commands and Python example work as written; README and --help agree."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.DOTALL)
COMMANDS = [
    line.split("  #")[0].strip()
    for lang, body in BLOCKS
    if lang == "bash"
    for line in body.splitlines()
    if re.match(r"^(briefing|cat \S+ \| briefing) ", line)
]


def test_readme_has_commands() -> None:
    assert len(COMMANDS) >= 6


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_works(command: str, tmp_path: Path) -> None:
    for name in ("samples", "templates", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    runnable = re.sub(r"(^|\| )briefing ", rf"\1{sys.executable} -m briefing ", command)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["bash", "-c", runnable], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    made = [p for p in tmp_path.iterdir() if not p.is_symlink()]
    if re.search(r"(?:^|\s)(?:-o|--output)\s", command):
        assert made and all(p.stat().st_size > 0 for p in made if p.is_file()), command
    else:
        assert result.stdout.strip(), command


def test_readme_python_example_runs() -> None:
    code = next(body for lang, body in BLOCKS if lang == "python")
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        exec(compile(code, "README.md", "exec"), {"print": lambda *args, **kwargs: None})
    finally:
        os.chdir(cwd)


def test_readme_lists_every_option_of_the_command() -> None:
    import typer.main

    from briefing.cli.command import app

    command = typer.main.get_command(app)
    for param in command.params:
        flags = [opt for opt in param.opts if opt.startswith("--")]
        if flags and flags[0] not in ("--help", "--version"):
            assert f"`{flags[0]}" in README or f", {flags[0]}" in README, flags[0]


def test_readme_lists_every_method() -> None:
    from briefing.options import METHODS

    for name in METHODS:
        assert f"`{name}`" in README, name


EXAMPLE = re.compile(
    r"(<!-- example:start -->\n```markdown\n)(.*?)(```\n<!-- example:end -->)", re.DOTALL
)


def test_readme_example_is_the_real_output(update_golden: bool) -> None:
    from typer.testing import CliRunner

    from briefing.cli.command import app

    result = CliRunner().invoke(app, [str(ROOT / "samples" / "harbour-bridge.txt"), "-n", "3"])
    assert result.exit_code == 0, result.output
    match = EXAMPLE.search(README)
    assert match, "README has no example block"
    if update_golden:
        updated = README[: match.start(2)] + result.stdout + README[match.end(2) :]
        (ROOT / "README.md").write_text(updated, encoding="utf-8")
        return
    assert match.group(2) == result.stdout
