"""One exception family for everything a user can get wrong.

Each class carries the exit code the command line uses for it, so the mapping from failure
to exit status lives in one place. Anything that is not a ``BriefingError`` is a bug.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the ``briefing`` command (documented in the README)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INPUT = 3
    TEMPLATE = 4
    OUTPUT = 5
    INTERRUPTED = 130


class BriefingError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""

    exit_status: ExitStatus = ExitStatus.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class OptionsError(BriefingError):
    """An option value is out of range, unknown, or conflicts with another."""

    exit_status = ExitStatus.USAGE


class InputError(BriefingError):
    """The article cannot be read: missing, empty, binary, undecodable or too large."""

    exit_status = ExitStatus.INPUT


class TemplateError(BriefingError):
    """A template is missing, has a syntax error or fails while rendering."""

    exit_status = ExitStatus.TEMPLATE


class OutputError(BriefingError):
    """The briefing cannot be written where it was asked to go."""

    exit_status = ExitStatus.OUTPUT
