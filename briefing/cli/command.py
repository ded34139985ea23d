"""The ``briefing`` command: options in, ``brief()`` and ``render()``, briefing out.

Everything here is parsing, reading, writing and reporting; the work is in the library. Every
``BriefingError`` and every usage error becomes one line on stderr and its exit code.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperCommand

try:  # typer >= 0.20 carries its own copy of click
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older typer uses click itself
    from click.exceptions import ClickException  # type: ignore[assignment]

from briefing.errors import BriefingError, ExitStatus, Interrupted, OptionsError
from briefing.input.address import DEFAULT_TIMEOUT, check_timeout
from briefing.input.sources import read_article
from briefing.input.text import DEFAULT_MAX_BYTES
from briefing.model import Document
from briefing.options import LANGUAGES, LENGTH_PRESETS, METHODS, build_options, parse_count
from briefing.output.render import FORMATS, format_for_path, read_template, render
from briefing.output.writing import check_output, write_output
from briefing.version import __version__

from .batch import Settings, brief_files, check_engine, expand_sources, prepare_directory

HELP = """Brief a news article: key points, main actors and notable quotes, as Markdown.

SOURCE is a text file, a saved web page (.html), an http(s):// address, or - for standard
input. The briefing goes to standard output, or to the file given with -o (written whole or
not at all).
"""


_PLAIN_USAGE = re.compile(r"\{([A-Z_]+)\}")


def _no_type(ctx: Any) -> None:
    return None


class OneLineErrors(TyperCommand):
    """Report every failure as one line (``briefing: error: ...``) and its exit code."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """``SOURCE...`` in the usage line, as manuals write it (not ``{SOURCE}...``)."""
        return [_PLAIN_USAGE.sub(r"\1", piece) for piece in super().collect_usage_pieces(ctx)]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The help without Python's name for the argument's type (``<list[str]>``)."""
        for param in self.params:
            if param.param_type_name == "argument":
                param.display_type_rich = _no_type  # type: ignore[attr-defined]
        super().format_help(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted() from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except ClickException as error:
            _fail(_one_line(error.format_message()), ExitStatus.USAGE)
        except (typer.Abort, KeyboardInterrupt):
            result = ExitStatus.INTERRUPTED
        except BriefingError as error:
            message = error.message
            if error.exit_status == ExitStatus.USAGE and "; " not in message:
                message = _one_line(message)
            _fail(message, error.exit_status)
        except Exception as error:
            _internal_error(error)
        if result == ExitStatus.INTERRUPTED:
            _fail(Interrupted().message, ExitStatus.INTERRUPTED)
        sys.exit(result if isinstance(result, int) else 0)


_PRESETS = ", ".join(f"{name} ({count})" for name, count in LENGTH_PRESETS.items())

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefing {__version__}")
        raise typer.Exit()


@app.command(cls=OneLineErrors, help=HELP)
def command(  # noqa: D103 - its help is the HELP text above, which typer shows
    sources: list[str] = typer.Argument(
        ...,
        metavar="SOURCE",
        help="Article file (UTF-8 text or HTML), http(s):// URL, or - for stdin; several "
        "inputs or directories with -o DIR/ for one briefing each.",
    ),
    sentences: int | None = typer.Option(
        None, "--sentences", "-n", help="Key points: this many sentences."
    ),
    ratio: float | None = typer.Option(
        None, "--ratio", "-r", help="Key points: this share of the sentences, in (0, 1]."
    ),
    words: int | None = typer.Option(
        None, "--words", "-w", help="Key points: whole sentences up to about this many words."
    ),
    length: str | None = typer.Option(
        None,
        "--length",
        "-l",
        help=f"Key points: {_PRESETS} sentences. Default: medium. Give only one length option.",
    ),
    method: str = typer.Option(
        "news", "--method", "-m", help=f"Ranking method: {', '.join(METHODS)}."
    ),
    language: str = typer.Option(
        "auto",
        "--language",
        "-L",
        help=f"The article's language: auto (detected), {', '.join(LANGUAGES)}, or a code (de).",
    ),
    actors: str = typer.Option("6", "--actors", help="Main actors to list: a number or 'all'."),
    quotes: str = typer.Option("4", "--quotes", help="Notable quotes to list: a number or 'all'."),
    output: str | None = typer.Option(
        None, "--output", "-o", help="Write the briefing to this file instead of stdout."
    ),
    fmt: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help=f"Output format: {', '.join(FORMATS)}. Default: from -o's extension, else markdown.",
    ),
    template: Path | None = typer.Option(
        None, "--template", "-t", help="Your own Jinja2 template instead of the packaged one."
    ),
    encoding: str | None = typer.Option(
        None, "--encoding", help="Encoding of the input. Default: UTF-8 (with or without BOM)."
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this many bytes."
    ),
    offline: bool = typer.Option(
        False, "--offline", help="Never use the network: refuse http(s):// sources."
    ),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", help="Seconds a URL may take to download."
    ),
    merge: bool = typer.Option(
        False, "--merge", help="One briefing from all inputs (several reports of one story)."
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes when briefing many inputs."),
    engine: str = typer.Option(
        "local", "--engine", help="Where many inputs are briefed: local or dask."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address for --engine dask (default: in-process)."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    options = build_options(
        sentences=sentences,
        ratio=ratio,
        words=words,
        length=length,
        method=method,
        language=language,
        actors=parse_count(actors, "--actors"),
        quotes=parse_count(quotes, "--quotes"),
    )
    check_timeout(timeout)
    check_engine(jobs, engine)
    read = functools.partial(
        read_article, encoding=encoding, max_bytes=max_bytes, offline=offline, timeout=timeout
    )
    if merge:
        articles = [read(source) for source in sources]
        check_output(output)
        from briefing.pipeline import brief_merged

        merged = brief_merged([a for a, _ in articles], options, sources=[n for _, n in articles])
        write_output(render(merged, format_for_path(output, fmt), template), output)
        return
    if _is_batch(sources, output):
        assert output is not None
        chosen_format = format_for_path(None, fmt)
        settings = Settings(options, chosen_format, read_template(template) if template else None)
        _brief_many(sources, output, settings, read, jobs, engine, scheduler)
        return
    if len(sources) > 1:
        raise OptionsError("several inputs need an output directory: -o DIR/")
    chosen_format = format_for_path(output, fmt)
    article, name = read(sources[0])
    check_output(output)
    from briefing.pipeline import brief

    rendered = render(brief(article, options, source=name), chosen_format, template)
    write_output(rendered, output)


def _is_batch(sources: list[str], output: str | None) -> bool:
    """Several inputs, -o ending in a slash, or a directory into a directory: one briefing each."""
    if output is None:
        return False
    if len(sources) > 1 or output.endswith(("/", os.sep)):
        return True
    return Path(sources[0]).is_dir() and Path(output).is_dir()


def _brief_many(
    sources: list[str],
    output: str,
    settings: Settings,
    read: Callable[[str], tuple[str | Document, str]],
    jobs: int,
    engine: str,
    scheduler: str | None,
) -> None:
    if "-" in sources:
        raise OptionsError("standard input (-) cannot be one of several inputs")
    directory = prepare_directory(output)
    paths = expand_sources(sources)
    quiet = not sys.stderr.isatty()
    with typer.progressbar(
        length=len(paths), label="briefing", file=sys.stderr, hidden=quiet
    ) as bar:
        report = brief_files(
            paths,
            directory,
            settings,
            read,
            workers=jobs,
            engine=engine,
            scheduler=scheduler,
            advance=bar.update,
        )
    for name, message in report.failures:
        sys.stderr.write(f"briefing: error: {name}: {message}\n")
    if report.failures:
        _fail(f"{len(report.failures)} of {len(paths)} inputs failed", ExitStatus.ERROR)


def _one_line(message: str) -> str:
    return " ".join(message.split()) + " (see briefing --help)"


def _fail(message: str, status: ExitStatus) -> NoReturn:
    if sys.stderr is not None:
        sys.stderr.write(f"briefing: error: {' '.join(message.split())}\n")
        sys.stderr.flush()
    sys.exit(int(status))


def _internal_error(error: Exception) -> NoReturn:
    """Anything that is not a ``BriefingError`` is a bug: one line, or the traceback on demand."""
    if os.environ.get("BRIEFING_DEBUG"):
        raise error
    if isinstance(error, MemoryError):
        _fail("not enough memory for this article; try a shorter one", ExitStatus.ERROR)
    _fail(
        f"internal error ({type(error).__name__}: {error}); please report it as a bug "
        "(set BRIEFING_DEBUG=1 to see the traceback)",
        ExitStatus.ERROR,
    )


def main() -> None:
    """Console-script entry point."""
    # One BLAS thread: a worker thread may be the one that receives Ctrl-C while the main
    # thread waits on a pipe, which then never wakes; the briefing's matrices are sparse and
    # gain nothing from more threads.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if not sys.warnoptions and not os.environ.get("BRIEFING_DEBUG"):
        warnings.simplefilter("ignore")  # library warnings are not the user's business
    try:
        app(prog_name="briefing")
    except KeyboardInterrupt:
        _fail(Interrupted().message, ExitStatus.INTERRUPTED)
