"""Many inputs at once: one briefing each, failures reported, engines agree."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.batch import ARTICLE_SUFFIXES, Job, Settings, brief_files, output_paths, run
from briefing.cli.command import app
from briefing.errors import ExitStatus, OptionsError
from briefing.input.files import read_source
from briefing.options import build_options

from .conftest import SAMPLES

runner = CliRunner()
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def _jobs() -> list[Job]:
    return [Job(p.name, p.read_text(encoding="utf-8")) for p in SAMPLE_FILES]


def _settings(fmt: str = "markdown") -> Settings:
    return Settings(build_options(sentences=3), fmt)


def test_each_input_gets_its_own_briefing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, [*map(str, SAMPLE_FILES), "-o", f"{out}/", "-n", "2"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.md" for p in SAMPLE_FILES)
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


def test_a_directory_as_input(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(SAMPLES), "-o", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    articles = [p for p in SAMPLES.iterdir() if p.suffix in ARTICLE_SUFFIXES]
    assert len(articles) > len(SAMPLE_FILES)  # the .html pages too
    assert len(list(tmp_path.glob("*.json"))) == len(articles)


def test_one_bad_input_is_reported_and_the_rest_are_written(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for path in SAMPLE_FILES:
        shutil.copy(path, tmp_path / "in" / path.name)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    out = tmp_path / "out"
    result = runner.invoke(app, [str(tmp_path / "in"), "-o", f"{out}/", "-j", "2"])
    assert result.exit_code == ExitStatus.ERROR
    lines = result.stderr.splitlines()
    assert lines[-1] == f"briefing: error: 2 of {len(SAMPLE_FILES) + 2} inputs failed"
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("binary.txt" in line and "binary" in line for line in lines)
    assert len(list(out.glob("*.md"))) == len(SAMPLE_FILES)


def test_several_inputs_need_an_output_directory() -> None:
    result = runner.invoke(app, [*map(str, SAMPLE_FILES)])
    assert result.exit_code == ExitStatus.USAGE and "-o DIR/" in result.stderr


def test_worker_processes_give_the_same_briefings() -> None:
    jobs = _jobs()
    one = list(run(jobs, _settings(), workers=1))
    two = list(run(jobs, _settings(), workers=2))
    assert one == two and all(o.rendered for o in one)


def test_unknown_engine_and_bad_job_count() -> None:
    with pytest.raises(OptionsError, match="engine"):
        list(run(_jobs(), _settings(), engine="spark"))
    with pytest.raises(OptionsError, match="--jobs"):
        list(run(_jobs(), _settings(), workers=0))


def test_clashing_names_get_numbers(tmp_path: Path) -> None:
    paths = output_paths(["a/x.txt", "b/x.txt", "x.md"], tmp_path, "json")
    assert [p.name for p in paths] == ["x.json", "x-2.json", "x-3.json"]


def test_brief_files_reports_progress(tmp_path: Path) -> None:
    seen: list[int] = []
    read = functools.partial(read_source, encoding=None, max_bytes=10**6)
    report = brief_files(SAMPLE_FILES, tmp_path, _settings(), read, advance=seen.append)
    assert len(report.written) == len(SAMPLE_FILES) == len(seen) and not report.failures


def test_dask_cluster_gives_the_same_briefings_as_local() -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        remote = list(
            run(_jobs(), _settings("json"), engine="dask", scheduler=cluster.scheduler_address)
        )
    local = list(run(_jobs(), _settings("json")))
    assert remote == local
