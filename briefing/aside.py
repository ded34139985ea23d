"""Numbers worked out in a second process while this one goes on.

Rating a long article's sentences needs nothing that finding its actors and quotes makes, and
the two are the larger part of briefing it: where the machine has a processor to spare, the
ratings are made in a forked copy of this process at the same time and read back as raw
doubles (the same floats, bit for bit). Anywhere else (one processor, no ``fork``, threads
running, inside a worker of a batch, a short article) the work is simply done here, when its
result is asked for.
"""

from __future__ import annotations

import os
import signal
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

#: Below this many sentences the work is done here. Handing work aside (fork, the answer read
#: back) took 13 ms in a process that had briefed the 10,000-sentence document, rating 1,000
#: sentences with text-rank 26 ms (``python benchmarks/speed.py --only aside``): from 2,000
#: sentences on, the hand-off costs at most a quarter of the work it moves (the tagger's share
#: costs more per sentence than rating).
ASIDE_FROM = 2000

Work = Callable[[], Sequence[float]]


class Pending:
    """Numbers being worked out; ``result()`` waits for them."""

    def __init__(self, work: Work) -> None:
        self.work = work

    def result(self) -> list[float]:
        return [float(number) for number in self.work()]

    def cancel(self) -> None:
        """Stop the work if it runs elsewhere (nothing to do here)."""


class _Forked(Pending):
    """The work running in a child process that writes its numbers to a pipe."""

    def __init__(self, work: Work, pid: int, pipe: int) -> None:
        super().__init__(work)
        self.pid: int | None = pid
        self.pipe = pipe

    def result(self) -> list[float]:
        with os.fdopen(self.pipe, "rb") as answer:
            data = answer.read()
        pid, self.pid = self.pid, None
        if pid is None:
            return super().result()
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or len(data) % 8:
            return super().result()  # the child failed: the work is done here after all
        numbers = array("d")
        numbers.frombytes(data)
        return numbers.tolist()

    def cancel(self) -> None:
        pid, self.pid = self.pid, None
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
            os.close(self.pipe)


@contextmanager
def aside(work: Work, size: int) -> Iterator[Pending]:
    """``work`` started in a second process when ``size`` (its number of items) makes that
    worth it and the machine allows it; the child is stopped if the caller leaves early."""
    pending = _fork(work) if size >= ASIDE_FROM and _may_fork() else None
    if pending is None:
        yield Pending(work)
        return
    try:
        yield pending
    finally:
        pending.cancel()


def _may_fork() -> bool:
    """A spare processor, ``fork``, no other thread, and not a worker process already."""
    if not hasattr(os, "fork") or sys.platform != "linux":
        return False
    import multiprocessing
    import threading

    if threading.active_count() > 1 or multiprocessing.parent_process() is not None:
        return False
    return len(os.sched_getaffinity(0)) > 1


def _fork(work: Work) -> _Forked | None:
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: work, answer, and leave without running the parent's exit hooks
        code = 1
        try:
            os.close(read_end)
            data = array("d", work()).tobytes()
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return _Forked(work, pid, read_end)
