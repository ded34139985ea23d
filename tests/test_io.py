"""Reading within a byte limit and writing whole files or nothing, failure by failure."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
import threading
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import briefing.cli.command
import briefing.output.writing
from briefing.errors import ExitStatus, InputError, OptionsError, OutputError
from briefing.input.files import CHUNK, read_source
from briefing.output.writing import write_output

from .conftest import SAMPLES

OLD = "the earlier briefing\n"
NEW = "a new briefing, long enough to be cut in half part of the way through\n" * 50


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.seek(size - 1)
        handle.write(b"\n")
    return path


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = _sparse(tmp_path / "huge.txt", 200 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match=r"larger than 20,000,000 bytes.*--max-bytes"):
            read_source(str(huge), encoding=None, max_bytes=20_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < CHUNK


class EndlessStream(io.RawIOBase):
    """Standard input that never ends, counting what is taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        buffer[:size] = b"x" * size
        self.taken += size
        return size


def test_endless_stdin_is_refused_within_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = EndlessStream()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stream)))
    limit = 3 * CHUNK
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="standard input is larger than"):
            read_source("-", encoding=None, max_bytes=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert stream.taken <= limit + 1 + io.DEFAULT_BUFFER_SIZE
    assert peak < 2 * limit + 2 * CHUNK


def test_input_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"The council met on Monday.")
    text, name = read_source(str(path), encoding=None, max_bytes=26)
    assert (text, name) == ("The council met on Monday.", "a.txt")
    with pytest.raises(InputError, match="larger than 25 bytes"):
        read_source(str(path), encoding=None, max_bytes=25)


@pytest.mark.parametrize("limit", [0, -1])
def test_max_bytes_below_one_is_a_usage_error(limit: int) -> None:
    with pytest.raises(OptionsError, match="--max-bytes must be"):
        read_source(str(SAMPLES / "harbour-bridge.txt"), encoding=None, max_bytes=limit)


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
def test_read_errors_are_input_errors(
    error: OSError, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The council met.", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=says):
        read_source(str(path), encoding=None, max_bytes=1000)


def test_closed_stdin_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="standard input is closed"):
        read_source("-", encoding=None, max_bytes=1000)


# -- Writing: the whole briefing or nothing ---------------------------------------------------


class FailingFile:
    """A file object that writes ``allowed`` bytes for real, then raises ``error``."""

    def __init__(self, real: Any, allowed: int, error: BaseException) -> None:
        self.real, self.allowed, self.error = real, allowed, error

    def write(self, data: Any) -> int:
        if self.allowed <= 0:
            raise self.error
        part = bytes(data[: self.allowed])
        self.allowed -= len(part)
        return int(self.real.write(part))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def _fail_mid_write(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> FailingFile:
        return FailingFile(real_fdopen(fd, *args, **kwargs), len(NEW) // 2, error)

    monkeypatch.setattr(briefing.output.writing.os, "fdopen", fdopen)


def _raise(error: BaseException) -> Any:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    return fail


FAILURES: dict[str, tuple[str, BaseException]] = {
    "disk full mid-write": ("write", OSError(errno.ENOSPC, "No space left on device")),
    "Ctrl-C mid-write": ("write", KeyboardInterrupt()),
    "fsync fails": ("fsync", OSError(errno.EIO, "Input/output error")),
    "rename fails": ("replace", OSError(errno.EXDEV, "Invalid cross-device link")),
    "Ctrl-C before rename": ("replace", KeyboardInterrupt()),
    "chmod fails": ("chmod", PermissionError(errno.EPERM, "Operation not permitted")),
}


@pytest.mark.parametrize("existing", [True, False], ids=["replacing", "new file"])
@pytest.mark.parametrize(("where", "error"), FAILURES.values(), ids=list(FAILURES))
def test_failed_write_leaves_no_half_file_and_no_temp_file(
    where: str,
    error: BaseException,
    existing: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "brief.md"
    if existing:
        target.write_text(OLD, encoding="utf-8")
    if where == "write":
        _fail_mid_write(monkeypatch, error)
    else:
        monkeypatch.setattr(briefing.output.writing.os, where, _raise(error))
    expected = OutputError if isinstance(error, OSError) else type(error)
    with pytest.raises(expected):
        write_output(NEW, str(target))
    if existing:
        assert target.read_text(encoding="utf-8") == OLD
    else:
        assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == (["brief.md"] if existing else [])


def test_write_replaces_whole_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text(OLD, encoding="utf-8")
    target.chmod(0o640)
    write_output(NEW, str(target))
    assert target.read_text(encoding="utf-8") == NEW
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_symlinked_output_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text(OLD, encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real.name)
    write_output(NEW, str(link))
    assert link.is_symlink() and real.read_text(encoding="utf-8") == NEW


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_output_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        write_output(NEW, str(fifo))
    finally:
        if not received:
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join()
    assert received == [NEW.encode("utf-8")]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


class ShortWrites(io.RawIOBase):
    """A pipe that takes at most 7 bytes per call, as a pipe near its end may."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        part = bytes(data[:7])
        self.data += part
        return len(part)


def test_short_writes_to_stdout_still_write_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = ShortWrites()
    stdout = io.TextIOWrapper(raw, encoding="utf-8")  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdout", stdout)
    write_output(NEW, None)
    assert raw.data.decode("utf-8") == NEW


class ClosedPipe(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


def test_broken_pipe_on_stdout_exits_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(ClosedPipe(), encoding="utf-8"))  # type: ignore[arg-type]
    with pytest.raises(SystemExit) as exit_info:
        write_output(NEW, None)
    assert exit_info.value.code == ExitStatus.BROKEN_PIPE
    assert capsys.readouterr().err == ""


# -- The command line maps what escapes the library ------------------------------------------


def _run_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["briefing", *args])
    with pytest.raises(SystemExit) as exit_info:
        briefing.cli.command.main()
    code = exit_info.value.code
    return code if isinstance(code, int) else 1


@pytest.mark.parametrize("where", ["briefing.pipeline.brief", "briefing.cli.command.render"])
def test_ctrl_c_during_the_work_is_exit_130_and_one_line(
    where: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "brief.md"
    out.write_text(OLD, encoding="utf-8")
    monkeypatch.setattr(where, _raise(KeyboardInterrupt()))
    code = _run_main(monkeypatch, str(SAMPLES / "harbour-bridge.txt"), "-o", str(out))
    err = capsys.readouterr().err
    assert code == ExitStatus.INTERRUPTED
    assert err.startswith("briefing: error: interrupted") and err.count("\n") == 1
    assert out.read_text(encoding="utf-8") == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_a_bug_is_one_line_with_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    monkeypatch.setattr("briefing.pipeline.brief", _raise(ValueError("bad\nstate")))
    code = _run_main(monkeypatch, str(SAMPLES / "harbour-bridge.txt"))
    err = capsys.readouterr().err
    assert code == ExitStatus.ERROR
    assert err == (
        "briefing: error: internal error (ValueError: bad state); please report it as a bug "
        "(set BRIEFING_DEBUG=1 to see the traceback)\n"
    )


def test_a_bug_shows_its_traceback_on_demand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    monkeypatch.setattr("briefing.pipeline.brief", _raise(ValueError("bad state")))
    monkeypatch.setattr(sys, "argv", ["briefing", str(SAMPLES / "harbour-bridge.txt")])
    with pytest.raises(ValueError, match="bad state"):
        briefing.cli.command.main()
