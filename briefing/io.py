"""Reading articles and writing briefings safely, for the command line.

Output goes to a temporary file beside the target and is renamed over it only when complete,
so a failure (or Ctrl-C) never leaves a half-written or clobbered briefing.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from .errors import InputError, OutputError
from .reading import decode


def read_source(source: str, *, encoding: str | None, max_bytes: int) -> tuple[str, str]:
    """The decoded text of a path or ``-`` (stdin), and a name for it."""
    data, name = read_bytes(source, max_bytes=max_bytes)
    return decode(data, encoding), name


def read_bytes(source: str, *, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of a path or ``-`` (stdin), at most ``max_bytes``, and a name for them."""
    if max_bytes < 1:
        raise InputError(f"--max-bytes must be >= 1, got {max_bytes}")
    if source == "-":
        return _read_limited(sys.stdin.buffer, max_bytes, "standard input"), "<stdin>"
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(
                f"{source} is a directory; give an article file, or -o DIR/ to brief each file"
            )
        with path.open("rb") as handle:
            data = _read_limited(handle, max_bytes, source)
    except FileNotFoundError:
        raise InputError(f"no such file: {source}") from None
    except PermissionError:
        raise InputError(f"cannot read {source}: permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror or error}") from None
    return data, path.name


def _read_limited(handle, max_bytes: int, name: str) -> bytes:  # type: ignore[no-untyped-def]
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{name} is larger than {max_bytes:,} bytes; raise the limit with --max-bytes"
        )
    return bytes(data)


def write_output(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to ``output``."""
    if output is None or output == "-":
        _write_stdout(text)
        return
    target = Path(output)
    if target.is_dir():
        raise OutputError(f"{output} is a directory; give a file name for the briefing")
    parent = target.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {output}: directory {parent} does not exist")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as error:
        raise OutputError(f"cannot write {output}: {error.strerror or error}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, temp)
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {output}: {error.strerror or error}") from None
        raise


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
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``briefing x | head -1``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
