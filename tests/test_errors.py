"""Bad input never hurts: every failure of the real command is one line, its own exit code and
no change to an existing output file; odd but valid articles still give a briefing.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing import aside as aside_module
from briefing.errors import ExitStatus

from .conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "harbour-bridge.txt"
PRECIOUS = b"An earlier briefing\r\nwith \x00 odd bytes \xff kept as they are.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
#: As root, run without the capabilities that override file modes, so modes are obeyed.
NO_OVERRIDE = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
    "--inh-caps=-all",
    "--",
]


def _modes_obeyed_prefix() -> list[str] | None:
    """A command prefix under which file modes bind this user, or ``None`` if there is none."""
    if not IS_ROOT:
        return []
    if shutil.which("setpriv") is None:
        return None
    probe = subprocess.run([*NO_OVERRIDE, "true"], capture_output=True, timeout=60)
    return NO_OVERRIDE if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def modes_obeyed() -> list[str]:
    prefix = _modes_obeyed_prefix()
    if prefix is None:
        pytest.skip("running as root, and setpriv cannot drop the file-mode override")
    return prefix


#: Every message says what is wrong, then what to do.
ADVICE = re.compile(r"; |\(see briefing --help\)")


def briefing(
    *args: str | Path,
    cwd: Path,
    stdin: bytes | None = b"",
    prefix: Sequence[str] = (),
    **kwargs: object,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m briefing`` as a user would, offline; ``stdin=None`` closes stdin."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NLTK_DATA": "/nonexistent"}
    env.pop("BRIEFING_DEBUG", None)
    command = [*prefix, sys.executable, "-m", "briefing", *map(str, args)]
    options: dict[str, object] = {"input": stdin}
    if stdin is None:
        command = ["sh", "-c", 'exec "$@" <&-', "sh", *command]
        options = {}
    return subprocess.run(
        command,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        **options,
        **kwargs,  # type: ignore[arg-type]
    )


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], status: int) -> str:
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == status, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith("briefing: error: ") and stderr.endswith("\n")
    assert stderr.count("\n") == 1, stderr
    assert ADVICE.search(stderr), f"no advice in: {stderr}"
    return stderr


def make(name: str, data: bytes) -> Callable[[Path], str]:
    def setup(tmp: Path) -> str:
        (tmp / name).write_bytes(data)
        return name

    return setup


def sparse_file(tmp: Path) -> str:
    """A 200 MB file that takes no disk space and no time to make."""
    with (tmp / "huge.txt").open("wb") as handle:
        handle.seek(200 * 1024 * 1024 - 1)
        handle.write(b"\n")
    return "huge.txt"


def template(source: str) -> Callable[[Path], str]:
    def setup(tmp: Path) -> str:
        (tmp / "mine.j2").write_text(source, encoding="utf-8")
        return "mine.j2"

    return setup


def sample(tmp: Path) -> str:
    return str(SAMPLE)


def subdir(tmp: Path) -> str:
    (tmp / "folder").mkdir(exist_ok=True)
    return "folder"


def unreadable(tmp: Path) -> str:
    path = tmp / "secret.txt"
    path.write_text("The council met on Monday.", encoding="utf-8")
    path.chmod(0)
    return "secret.txt"


@dataclass(frozen=True)
class Case:
    """Arguments (strings, or ``setup(tmp)`` callables that make a file and return its name)."""

    args: tuple[str | Callable[[Path], str], ...]
    status: ExitStatus
    says: str
    stdin: bytes | None = b""
    modes_obeyed: bool = False


ERRORS: dict[str, Case] = {
    # The article cannot be read.
    "missing path": Case(("missing.txt",), ExitStatus.INPUT, "no such file: missing.txt"),
    "a directory": Case((subdir,), ExitStatus.INPUT, "folder is a directory"),
    "empty file": Case((make("empty.txt", b""),), ExitStatus.INPUT, "empty"),
    "whitespace only": Case((make("blank.txt", b" \n\t\r\n  \n"),), ExitStatus.INPUT, "empty"),
    "PNG image": Case(
        (make("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),),
        ExitStatus.INPUT,
        "binary",
    ),
    "NUL bytes": Case(
        (make("nul.txt", b"The council met.\x00\x00\x01 More text."),), ExitStatus.INPUT, "binary"
    ),
    "invalid UTF-8": Case(
        (make("latin.txt", "Café society met in Zürich.".encode("latin-1")),),
        ExitStatus.INPUT,
        "not valid UTF-8",
    ),
    "UTF-16 with BOM": Case(
        (make("wide.txt", "The council met on Monday.".encode("utf-16")),),
        ExitStatus.INPUT,
        "--encoding utf-16",
    ),
    "UTF-16 without BOM": Case(
        (make("wide.txt", "The council met on Monday.".encode("utf-16-le")),),
        ExitStatus.INPUT,
        "--encoding utf-16-le",
    ),
    "unknown encoding": Case((sample, "--encoding", "klingon"), ExitStatus.INPUT, "klingon"),
    "wrong encoding": Case(
        (make("odd.txt", b"abc"), "--encoding", "utf-16"), ExitStatus.INPUT, "not valid 'utf-16'"
    ),
    "200 MB file": Case((sparse_file,), ExitStatus.INPUT, "larger than 20,000,000 bytes"),
    "over --max-bytes": Case((sample, "--max-bytes", "100"), ExitStatus.INPUT, "--max-bytes"),
    "unreadable file": Case(
        (unreadable,), ExitStatus.INPUT, "permission denied", modes_obeyed=True
    ),
    "stdin empty": Case(("-",), ExitStatus.INPUT, "empty", stdin=b""),
    "stdin whitespace": Case(("-",), ExitStatus.INPUT, "empty", stdin=b"\n \n"),
    "stdin binary": Case(("-",), ExitStatus.INPUT, "binary", stdin=b"GIF89a\x00\x01"),
    "stdin closed": Case(("-",), ExitStatus.INPUT, "standard input is closed", stdin=None),
    # Options.
    "-n 0": Case((sample, "-n", "0"), ExitStatus.USAGE, "--sentences"),
    "-n -1": Case((sample, "-n", "-1"), ExitStatus.USAGE, "--sentences"),
    "-n three": Case((sample, "-n", "three"), ExitStatus.USAGE, "valid integer"),
    "--ratio 0": Case((sample, "--ratio", "0"), ExitStatus.USAGE, "--ratio must be in (0, 1]"),
    "--ratio 1.5": Case((sample, "--ratio", "1.5"), ExitStatus.USAGE, "--ratio must be in (0, 1]"),
    "--ratio nan": Case((sample, "--ratio", "nan"), ExitStatus.USAGE, "--ratio"),
    "--words 0": Case((sample, "--words", "0"), ExitStatus.USAGE, "--words"),
    "two lengths": Case((sample, "-n", "2", "--words", "50"), ExitStatus.USAGE, "only one of"),
    "length and preset": Case((sample, "-r", "0.5", "-l", "short"), ExitStatus.USAGE, "only one"),
    "unknown preset": Case((sample, "--length", "huge"), ExitStatus.USAGE, "--length"),
    "unknown method": Case((sample, "--method", "magic"), ExitStatus.USAGE, "unknown method"),
    "unknown format": Case((sample, "--format", "pdf"), ExitStatus.USAGE, "unknown format"),
    "--max-bytes 0": Case((sample, "--max-bytes", "0"), ExitStatus.USAGE, "--max-bytes"),
    "--max-bytes -5": Case((sample, "--max-bytes", "-5"), ExitStatus.USAGE, "--max-bytes"),
    "--actors many": Case((sample, "--actors", "many"), ExitStatus.USAGE, "--actors"),
    "--quotes -2": Case((sample, "--quotes", "-2"), ExitStatus.USAGE, "--quotes"),
    "unknown option": Case((sample, "--shout"), ExitStatus.USAGE, "No such option"),
    "no source": Case((), ExitStatus.USAGE, "Missing argument"),
    # Templates.
    "template missing": Case(
        (sample, "--template", "nowhere.j2"), ExitStatus.TEMPLATE, "template not found"
    ),
    "template syntax error": Case(
        (sample, "--template", template("{% for x in %}")), ExitStatus.TEMPLATE, "syntax error"
    ),
    "template raises": Case(
        (sample, "--template", template("{{ 1 / 0 }}")), ExitStatus.TEMPLATE, "ZeroDivisionError"
    ),
    "template undefined name": Case(
        (sample, "--template", template("{{ nothing.here }}")), ExitStatus.TEMPLATE, "undefined"
    ),
    "template escapes sandbox": Case(
        (sample, "--template", template("{{ ''.__class__.__mro__[1].__subclasses__() }}")),
        ExitStatus.TEMPLATE,
        "unsafe",
    ),
    "template recursion": Case(
        (sample, "--template", template("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")),
        ExitStatus.TEMPLATE,
        "RecursionError",
    ),
    "template not UTF-8": Case(
        (sample, "--template", make("bad.j2", b"{{ 1 }}\xff")), ExitStatus.TEMPLATE, "UTF-8"
    ),
    "template is a directory": Case(
        (sample, "--template", subdir), ExitStatus.TEMPLATE, "is a directory"
    ),
    # Where the briefing goes.
    "output directory missing": Case(
        (sample, "-o", "no/such/dir/brief.md"), ExitStatus.OUTPUT, "does not exist"
    ),
    "output is a directory": Case((sample, "-o", subdir), ExitStatus.OUTPUT, "is a directory"),
    "output below a file": Case(
        (sample, "-o", "brief.md/inner.md"), ExitStatus.OUTPUT, "is not a directory"
    ),
    "output in read-only /proc": Case(
        (sample, "-o", "/proc/version"), ExitStatus.OUTPUT, "cannot write /proc/version"
    ),
}


@pytest.mark.parametrize("case", ERRORS.values(), ids=list(ERRORS))
def test_error_is_one_line_with_its_exit_code_and_output_untouched(
    case: Case, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    prefix = request.getfixturevalue("modes_obeyed") if case.modes_obeyed else []
    out = tmp_path / "brief.md"
    out.write_bytes(PRECIOUS)
    args = [arg(tmp_path) if callable(arg) else arg for arg in case.args]
    with_output = any(a in ("-o", "--output") for a in args)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = briefing(
        *args,
        *([] if with_output else ["-o", out]),
        cwd=tmp_path,
        stdin=case.stdin,
        prefix=prefix,
    )
    stderr = assert_one_line_error(result, case.status)
    assert case.says in stderr
    assert result.stdout == b""
    assert out.read_bytes() == PRECIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_exit_codes_are_distinct() -> None:
    codes = [int(status) for status in ExitStatus]
    assert len(codes) == len(set(codes))
    assert {case.status for case in ERRORS.values()} == {
        ExitStatus.INPUT,
        ExitStatus.USAGE,
        ExitStatus.TEMPLATE,
        ExitStatus.OUTPUT,
    }


def test_disk_full_keeps_the_old_output(tmp_path: Path) -> None:
    """Files may not grow past 512 bytes (``ulimit -f``): as good as a full disk, for any user."""
    out = tmp_path / "brief.md"
    out.write_bytes(PRECIOUS)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    shell = 'trap "" XFSZ; ulimit -f 1; exec "$@"'
    command = [sys.executable, "-m", "briefing", str(SAMPLE), "-f", "json", "-o", "brief.md"]
    result = subprocess.run(
        ["sh", "-c", shell, "sh", *command], capture_output=True, cwd=tmp_path, env=env, timeout=120
    )
    assert "File too large" in assert_one_line_error(result, ExitStatus.OUTPUT)
    assert out.read_bytes() == PRECIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_output_directory_not_writable(tmp_path: Path, modes_obeyed: list[str]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / "brief.md"
    out.write_bytes(PRECIOUS)
    folder.chmod(0o555)
    try:
        result = briefing(SAMPLE, "-o", out, cwd=tmp_path, prefix=modes_obeyed)
    finally:
        folder.chmod(0o755)
    assert "permission denied" in assert_one_line_error(result, ExitStatus.OUTPUT).lower()
    assert out.read_bytes() == PRECIOUS
    assert [p.name for p in folder.iterdir()] == ["brief.md"]


def test_read_only_output_file_is_not_replaced(tmp_path: Path, modes_obeyed: list[str]) -> None:
    out = tmp_path / "brief.md"
    out.write_bytes(PRECIOUS)
    out.chmod(0o444)
    result = briefing(SAMPLE, "-o", out, cwd=tmp_path, prefix=modes_obeyed)
    assert "read-only" in assert_one_line_error(result, ExitStatus.OUTPUT)
    assert out.read_bytes() == PRECIOUS


def test_closed_stdout_is_one_line(tmp_path: Path) -> None:
    shell = f"exec {sys.executable} -m briefing {SAMPLE} >&-"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(["sh", "-c", shell], capture_output=True, env=env, timeout=120)
    assert "standard output is closed" in assert_one_line_error(result, ExitStatus.OUTPUT)


# -- Closed pipes and Ctrl-C ------------------------------------------------------------------

#: A template whose output (about 1 MB) is far larger than any pipe buffer.
HUGE_TEMPLATE = "{% for i in range(100000) %}line {{ i }} of the briefing\n{% endfor %}"


def test_output_to_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    (tmp_path / "huge.j2").write_text(HUGE_TEMPLATE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", str(SAMPLE), "-t", "huge.j2"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"line 0 of the briefing\n"
    process.stdout.close()  # the reader goes away long before the briefing is all written
    status = process.wait(timeout=120)
    assert process.stderr.read() == b""
    process.stderr.close()
    assert status == ExitStatus.BROKEN_PIPE


def test_piped_into_head(tmp_path: Path) -> None:
    (tmp_path / "huge.j2").write_text(HUGE_TEMPLATE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    shell = f"set -o pipefail; {sys.executable} -m briefing {SAMPLE} -t huge.j2 | head -1"
    result = subprocess.run(
        ["bash", "-c", shell], capture_output=True, cwd=tmp_path, env=env, timeout=120
    )
    assert result.stdout == b"line 0 of the briefing\n"
    assert result.stderr == b""
    assert result.returncode == ExitStatus.BROKEN_PIPE


def _open_writer(fifo: Path, process: subprocess.Popen[bytes]) -> int:
    """Open ``fifo`` for writing once ``process`` has opened it for reading."""
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:
            if error.errno != errno.ENXIO:
                raise
        if process.poll() is not None:
            raise AssertionError(f"briefing ended before reading {fifo.name}")
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.02)


def _ctrl_c_as_in_a_terminal() -> None:
    """SIGINT at its default in the child, as a terminal gives it.

    A shell starts background jobs with SIGINT ignored, the child inherits that, and Python
    then leaves Ctrl-C ignored too; the tests may well run under such a job.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("stage", ["reading the article", "loading the template after briefing"])
def test_ctrl_c_exits_130_and_leaves_output_alone(stage: str, tmp_path: Path) -> None:
    """SIGINT while the command is busy: the child blocks on a named pipe, so it is mid-run."""
    out = tmp_path / "brief.md"
    out.write_bytes(PRECIOUS)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    big = tmp_path / "big.txt"
    big.write_text(SAMPLE.read_text(encoding="utf-8") * 20, encoding="utf-8")
    args = [fifo] if stage == "reading the article" else [big, "--template", fifo]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", *map(str, args), "-o", str(out)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_ctrl_c_as_in_a_terminal,
    )
    writer = _open_writer(fifo, process)
    try:
        os.write(writer, b"The first part of the article arrived. ")
        process.send_signal(signal.SIGINT)
        try:
            stdout, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            # Under heavy load the first Ctrl-C has been seen to go unanswered while the
            # template is read from the pipe (cause not found); a user presses it again.
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=90)
    finally:
        os.close(writer)
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    assert "interrupted" in assert_one_line_error(result, ExitStatus.INTERRUPTED)
    assert out.read_bytes() == PRECIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "brief.md", "pipe"]


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux ``/proc``)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                status = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(status[1]) == pid:
                    found.append(int(entry.name))
    return found


@pytest.mark.skipif(not aside_module._may_fork(), reason="no spare processor or fork")
def test_ctrl_c_while_a_long_article_is_worked_on_aside(tmp_path: Path) -> None:
    """SIGINT once the work aside has started: exit 130, output untouched, no process left."""
    out = tmp_path / "brief.md"
    out.write_bytes(PRECIOUS)
    big = tmp_path / "big.txt"
    big.write_text(SAMPLE.read_text(encoding="utf-8") * 150, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", str(big), "-o", str(out)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_ctrl_c_as_in_a_terminal,
    )
    children: list[int] = []
    while not children and process.poll() is None:
        children = _children(process.pid)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=90)
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    if not children:
        pytest.skip("the briefing ended before any work was handed aside")
    assert "interrupted" in assert_one_line_error(result, ExitStatus.INTERRUPTED)
    assert out.read_bytes() == PRECIOUS
    assert not [child for child in children if Path(f"/proc/{child}").exists()]


# -- Odd but valid articles -------------------------------------------------------------------

ODD_ARTICLES: dict[str, str] = {
    "no sentence punctuation": "council votes to close the old harbour bridge after cracks\n"
    "engineers say repairs will take months and cost millions\n"
    "residents of the island town will rely on a ferry until then",
    "one 1 MB line": " ".join(f"word{i % 977} and more words" for i in range(60_000)),
    "only quotes": '“We will rebuild it.”\n\n“Not this year.”\n\n"Maybe never," said nobody.',
    "only headings": "BRIDGE CLOSED\n\nWhat happened\n\nWhat comes next\n\nTIMELINE",
    "right-to-left": "أغلقت السلطات الجسر الرئيسي يوم الاثنين بعد اكتشاف شقوق. "
    "وقال المهندسون إن الإصلاحات ستستغرق شهوراً. "
    "סגרו את הגשר הראשי ביום שני לאחר שהתגלו סדקים.",
    "CJK": "港口大桥周一因主跨发现裂缝而关闭。工程师表示修复需要数月时间。"
    "島の住民はフェリーを利用する。다리는 월요일에 폐쇄되었다.",
    "emoji": "The bridge 🌉 closed on Monday after cracks 🔍 were found in its main span. "
    "Residents 😟 will take a ferry ⛴️ until repairs end. 👍🏽👨‍👩‍👧 Officials said repairs "
    "would take months.",
    "markup and Jinja": "# Hacked\n\n---\n\n| a | b |\n\n<script>alert(1)</script> said "
    "{{ 7*7 }} and {% raw %} with `code` and [x](javascript:alert(1)) in the middle of it.",
    "control characters": "The council\x0b met\x1b[31m on Monday.\x7f It voted\u2028to act.",
}


@pytest.mark.parametrize("text", ODD_ARTICLES.values(), ids=list(ODD_ARTICLES))
def test_odd_articles_still_give_a_briefing(text: str, tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    result = briefing("article.txt", "-f", "json", "--ratio", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    data = json.loads(result.stdout)
    assert data["stats"]["words"] > 0
    markdown = briefing("article.txt", cwd=tmp_path)
    assert markdown.returncode == 0 and markdown.stdout.startswith(b"# ")
    assert b"<script>" not in markdown.stdout


def test_more_sentences_than_the_article_has_gives_them_all(tmp_path: Path) -> None:
    every = briefing(SAMPLE, "-f", "json", "--ratio", "1", cwd=tmp_path)
    many = briefing(SAMPLE, "-f", "json", "-n", "1000", cwd=tmp_path)
    assert many.returncode == 0 and many.stderr == b""
    points = json.loads(many.stdout)["key_points"]
    assert points == json.loads(every.stdout)["key_points"]
    assert len(points) > 8
