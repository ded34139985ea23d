"""Writing briefings safely: a file is replaced whole or not at all.

Output goes to a temporary file beside the target and is renamed over it only when complete,
so a failure (or Ctrl-C) never leaves a half-written or clobbered briefing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from briefing.errors import ExitStatus, OutputError


def check_output(output: str | None) -> None:
    """Refuse an output path that cannot take a file, before any work is done."""
    if output is None or output == "-":
        return
    target = Path(output)
    if target.is_dir():
        raise OutputError(f"{output} is a directory; give a file name for the briefing")
    parent = target.parent
    if not parent.exists():
        raise OutputError(f"cannot write {output}: directory {parent} does not exist; create it")
    if not parent.is_dir():
        raise OutputError(f"cannot write {output}: {parent} is not a directory; fix the -o path")
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(f"{output} is read-only; make it writable or choose another -o path")


def write_output(text: str, output: str | None) -> None:
    """Write to stdout, or to ``output``: a file is replaced whole or not at all.

    A symbolic link is followed and the file it points to replaced; a device or named pipe
    (``/dev/null``, a FIFO) is written in place, since it cannot be replaced.
    """
    if output is None or output == "-":
        _write_stdout(text)
        return
    check_output(output)
    data = text.encode("utf-8", errors="replace")
    target = Path(os.path.realpath(output))
    try:
        if target.exists() and not target.is_file():
            with target.open("wb") as handle:
                write_all(handle, data)
        else:
            _replace(target, data)
    except OSError as error:
        raise OutputError(
            f"cannot write {output} ({_reason(error)}); choose another -o path"
        ) from None


def _replace(target: Path, data: bytes) -> None:
    """Write a temporary file beside ``target`` and rename it over; remove it on any failure."""
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            write_all(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, temp)
        os.replace(temp, target)
        temp = None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def write_all(handle: BinaryIO, data: bytes) -> None:
    """Write every byte of ``data``: a pipe whose reader leaves may take only part of it."""
    view = memoryview(data)
    while view:
        written = handle.write(view)
        if not written:
            raise OSError(errno.EIO, "the output accepted no more data")
        view = view[written:]


def _keep_mode(target: Path, temp: str) -> None:
    """A new file gets the usual mode (mkstemp makes it private); a replaced one keeps its own."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _write_stdout(text: str) -> None:
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed; give a file with -o")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(text)
        else:
            stream.flush()
            write_all(buffer, text.encode("utf-8", errors="replace"))
        stream.flush()
    except BrokenPipeError:
        # The reader went away (``briefing x | head -1``): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
        sys.exit(int(ExitStatus.BROKEN_PIPE))
    except OSError as error:
        raise OutputError(
            f"cannot write to standard output ({_reason(error)}); write to a file with -o"
        ) from None


def _reason(error: OSError) -> str:
    return str(error.strerror or error)
