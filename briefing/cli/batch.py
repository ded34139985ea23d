"""Many articles at once: one briefing per input, on local processes or a Dask cluster.

Inputs are read and outputs written by the calling process; workers only turn article text
into rendered briefings. So a cluster needs no shared file system, a failing input is reported
without stopping the others, and every engine gives byte-for-byte the same files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError, InputError, OptionsError, OutputError
from briefing.input.address import is_url
from briefing.model import Document
from briefing.options import BriefingOptions

ENGINES = ("local", "dask")
#: File types taken from a directory given as input.
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
EXTENSIONS = {"markdown": ".md", "json": ".json", "text": ".txt", "html": ".html"}


@dataclass(frozen=True, slots=True)
class Job:
    """One article to brief: its text or read web page (or why it could not be read), its name."""

    name: str
    text: str | Document | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: the rendered briefing, or the error message."""

    name: str
    rendered: str | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a worker needs besides the article; picklable for processes and clusters."""

    options: BriefingOptions
    fmt: str
    template_text: str | None = None


def expand_sources(sources: Sequence[str]) -> list[Path | str]:
    """Files and URLs named, plus the article files inside directories named, in a stable order.

    URLs stay strings: a ``Path`` would fold their ``//``.
    """
    paths: list[Path | str] = []
    for source in sources:
        path = Path(source)
        if is_url(source):
            paths.append(source)
        elif path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                raise InputError(f"{source} has no article files ({', '.join(ARTICLE_SUFFIXES)})")
            paths.extend(found)
        else:
            paths.append(path)
    return paths


def read_jobs(
    paths: Iterable[Path | str], read: Callable[[str], tuple[str | Document, str]]
) -> Iterator[Job]:
    """Read each input with ``read``; an unreadable one becomes a job that carries its error."""
    for path in paths:
        try:
            text, _ = read(str(path))
        except BriefingError as error:
            yield Job(str(path), None, error.message)
        else:
            yield Job(str(path), text)


def brief_one(job: Job, settings: Settings) -> Outcome:
    """Worker: article text to rendered briefing; every ``BriefingError`` becomes an outcome."""
    if job.text is None:
        return Outcome(job.name, None, job.error)
    from briefing.output.render import render
    from briefing.pipeline import brief

    try:
        result = brief(job.text, settings.options, source=Path(job.name).name)
        rendered = render(result, settings.fmt, template_text=settings.template_text)
    except BriefingError as error:
        return Outcome(job.name, None, error.message)
    return Outcome(job.name, rendered)


def run(
    jobs: Sequence[Job],
    settings: Settings,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order, computed by the chosen engine."""
    check_engine(workers, engine)
    if engine == "dask":
        yield from _run_dask(jobs, settings, scheduler)
    elif workers == 1 or len(jobs) <= 1:
        yield from (brief_one(job, settings) for job in jobs)
    else:
        chunk = max(1, min(16, len(jobs) // (workers * 4)))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(brief_one, jobs, [settings] * len(jobs), chunksize=chunk)


def check_engine(workers: int, engine: str) -> None:
    """Refuse a worker count below one or an unknown engine, before any input is read."""
    if workers < 1:
        raise OptionsError(f"--jobs must be >= 1, got {workers}")
    if engine not in ENGINES:
        raise OptionsError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")


def _run_dask(jobs: Sequence[Job], settings: Settings, scheduler: str | None) -> Iterator[Outcome]:
    try:
        from distributed import Client
    except ImportError:
        raise OptionsError(
            "--engine dask needs the dask extra: pip install 'briefing[dask]'"
        ) from None
    try:
        client = (
            Client(scheduler, timeout=10)  # type: ignore[no-untyped-call]
            if scheduler
            else Client(processes=False)  # type: ignore[no-untyped-call]
        )
    except (OSError, TimeoutError) as error:
        raise OptionsError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    with client:
        shared = client.scatter(settings, broadcast=True)  # type: ignore[no-untyped-call]
        futures = client.map(brief_one, list(jobs), settings=shared, pure=False)
        for future in futures:
            yield future.result()


def output_paths(names: Sequence[str], directory: Path, fmt: str) -> list[Path]:
    """One output file per input, named after it; clashing names get a number."""
    suffix = EXTENSIONS[fmt]
    taken: set[str] = set()
    paths = []
    for name in names:
        stem = Path(name).stem or "briefing"
        candidate, number = f"{stem}{suffix}", 2
        while candidate in taken:
            candidate, number = f"{stem}-{number}{suffix}", number + 1
        taken.add(candidate)
        paths.append(directory / candidate)
    return paths


def prepare_directory(output: str) -> Path:
    """The output directory of a batch, created if its parent exists."""
    directory = Path(output)
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{output} is a file; give a directory (ending in /) for many inputs")
    try:
        directory.mkdir(exist_ok=True)
    except FileNotFoundError:
        raise OutputError(f"cannot create {output}: its parent directory does not exist") from None
    except OSError as error:
        raise OutputError(f"cannot create {output}: {error.strerror or error}") from None
    if not os.access(directory, os.W_OK):
        raise OutputError(f"cannot write into {output}: permission denied")
    return directory


@dataclass(frozen=True, slots=True)
class Report:
    """The result of a batch: files written, and inputs that failed with why."""

    written: tuple[Path, ...]
    failures: tuple[tuple[str, str], ...]


def brief_files(
    paths: Sequence[Path | str],
    directory: Path,
    settings: Settings,
    read: Callable[[str], tuple[str | Document, str]],
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    advance: Callable[[int], None] = lambda done: None,
    slice_size: int = 512,
) -> Report:
    """Brief every path into ``directory``, a slice at a time so memory stays bounded."""
    from briefing.output.writing import write_output

    targets = output_paths([str(p) for p in paths], directory, settings.fmt)
    written: list[Path] = []
    failures: list[tuple[str, str]] = []
    for start in range(0, len(paths), slice_size):
        jobs = list(read_jobs(paths[start : start + slice_size], read))
        outcomes = run(jobs, settings, workers=workers, engine=engine, scheduler=scheduler)
        for outcome, target in zip(outcomes, targets[start : start + slice_size], strict=True):
            try:
                if outcome.rendered is None:
                    raise BriefingError(outcome.error or "failed")
                write_output(outcome.rendered, str(target))
            except BriefingError as error:
                failures.append((outcome.name, error.message))
            else:
                written.append(target)
            advance(1)
    return Report(tuple(written), tuple(failures))
