"""Reading articles from files and stdin safely, for the command line.

Input is read in chunks and refused once it passes the byte limit, so a huge or endless input
never fills memory.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import BinaryIO

from briefing.errors import InputError, OptionsError

from .text import decode

#: Bytes read at a time; input memory stays within the limit plus one chunk.
CHUNK = 1 << 20


def read_source(source: str, *, encoding: str | None, max_bytes: int) -> tuple[str, str]:
    """The decoded text of a path or ``-`` (stdin), and a name for it."""
    data, name = read_bytes(source, max_bytes=max_bytes)
    return decode(data, encoding), name


def read_bytes(source: str, *, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of a path or ``-`` (stdin), at most ``max_bytes``, and a name for them."""
    check_max_bytes(max_bytes)
    if source == "-":
        return _read_stdin(max_bytes), "<stdin>"
    return _read_path(source, max_bytes), Path(source).name


def check_max_bytes(max_bytes: int) -> None:
    """Refuse a byte limit below one."""
    if max_bytes < 1:
        raise OptionsError(f"--max-bytes must be a whole number >= 1, got {max_bytes}")


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError("standard input is closed; give an article file or pipe one in")
    handle: BinaryIO = getattr(stream, "buffer", None) or stream  # type: ignore[assignment]
    try:
        return read_limited(handle, max_bytes, "standard input")
    except OSError as error:
        raise InputError(
            f"cannot read standard input ({_reason(error)}); give an article file instead"
        ) from None


def _read_path(source: str, max_bytes: int) -> bytes:
    path = Path(source)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(
                f"{source} is a directory; give an article file, or -o DIR/ to brief each file"
            )
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise InputError(_too_large(source, max_bytes))
        with path.open("rb") as handle:
            return read_limited(handle, max_bytes, source)
    except FileNotFoundError:
        raise InputError(f"no such file: {source}; check the path") from None
    except PermissionError:
        raise InputError(
            f"cannot read {source}: permission denied; check its permissions"
        ) from None
    except OSError as error:
        raise InputError(f"cannot read {source} ({_reason(error)}); check the file") from None


def read_limited(handle: BinaryIO, max_bytes: int, name: str) -> bytes:
    """All of ``handle``, read a chunk at a time; refused once it passes ``max_bytes``."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        part = handle.read(min(CHUNK, max_bytes + 1 - size))
        if not part:
            return b"".join(parts)
        parts.append(bytes(part))
        size += len(part)
    raise InputError(_too_large(name, max_bytes))


def _too_large(name: str, max_bytes: int) -> str:
    return f"{name} is larger than {max_bytes:,} bytes; raise the limit with --max-bytes"


def _reason(error: OSError) -> str:
    return str(error.strerror or error)
