"""One exception family for everything a user can get wrong.

Each class carries the exit code the command line uses for it, so the mapping from failure
to exit status lives in one place. Anything that is not a ``BriefingError`` is a bug.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the ``briefing`` command (documented in the README)."""

    #: A briefing was written.
    OK = 0
    #: An unexpected internal error: a bug to report.
    ERROR = 1
    #: A bad option, option value or combination of options.
    USAGE = 2
    #: The article cannot be read: missing, a directory, empty, binary, undecodable, too large.
    INPUT = 3
    #: A ``--template`` is missing, unreadable, has a syntax error or fails while rendering.
    TEMPLATE = 4
    #: The briefing cannot be written where ``-o`` (or standard output) says.
    OUTPUT = 5
    #: Interrupted (Ctrl-C, SIGINT); any existing output file is left as it was.
    INTERRUPTED = 130
    #: The reader of standard output went away (``briefing x | head -1``); no message.
    BROKEN_PIPE = 141


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


class Interrupted(BriefingError):
    """The user pressed Ctrl-C (SIGINT) before the briefing was written."""

    exit_status = ExitStatus.INTERRUPTED

    def __init__(
        self, message: str = "interrupted; no output file was changed (run again to finish)"
    ) -> None:
        super().__init__(message)
