"""Work done in a second process while this one goes on.

Rating a long article's sentences and finding its quotations need nothing that finding its
actors makes, and tagging names needs nothing the actor rules make: where the machine has a
processor to spare, such work is done in a forked copy of this process at the same time and
its result read back pickled (floats come back bit for bit). Anywhere else (one processor, no
``fork``, threads running, inside a worker of a batch, a short article) the work is simply
done here, when its result is asked for.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar, cast

#: Below this many sentences the work is done here. Handing work aside (fork, the answer read
#: back) took 13 ms in a process that had briefed the 10,000-sentence document, rating 1,000
#: sentences with text-rank 26 ms (``python benchmarks/speed.py --only aside``): from 2,000
#: sentences on, the hand-off costs at most a quarter of the work it moves (the tagger's share
#: costs more per sentence than rating).
ASIDE_FROM = 2000

#: How much lower the priority of work asked for later is (``os.nice``): the tagger, which the
#: actor stage waits for first, gets the spare processor. On the long document of
#: ``benchmarks/speed.py`` (text-rank, five runs each way in turns on two cores): median 3.6 s
#: with it, 4.3 s without.
LATER = 10

T = TypeVar("T")


class Pending(Generic[T]):
    """A result being worked out; ``result()`` waits for it."""

    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work

    def result(self) -> T:
        return self.work()

    def cancel(self) -> None:
        """Stop the work if it runs elsewhere (nothing to do here)."""


class _Forked(Pending[T]):
    """The work running in a child process that writes its pickled result to a pipe."""

    def __init__(self, work: Callable[[], T], pid: int, pipe: int) -> None:
        super().__init__(work)
        self.pid: int | None = pid
        self.pipe: int | None = pipe
        self.answer: tuple[T] | None = None

    def result(self) -> T:
        if self.answer is None:
            self.answer = (self._read(),)
        return self.answer[0]

    def _read(self) -> T:
        pipe, self.pipe = self.pipe, None
        if pipe is None:
            return super().result()
        with os.fdopen(pipe, "rb") as answer:
            data = answer.read()
        pid, self.pid = self.pid, None
        if pid is None:
            return super().result()
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            return super().result()  # the child failed: the work is done here after all
        return cast(T, pickle.loads(data))

    def cancel(self) -> None:
        pid, self.pid = self.pid, None
        pipe, self.pipe = self.pipe, None
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
        if pipe is not None:
            os.close(pipe)


@contextmanager
def aside(work: Callable[[], T], size: int, *, later: bool = False) -> Iterator[Pending[T]]:
    """``work`` started in a second process when ``size`` (its number of items) makes that
    worth it and the machine allows it; the child is stopped if the caller leaves early.

    ``later``: the result is asked for only after other work done aside, which goes first
    (the child runs at a lower priority).
    """
    pending = _fork(work, later) if size >= ASIDE_FROM and _may_fork() else None
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


def _fork(work: Callable[[], T], later: bool) -> _Forked[T] | None:
    read_end, write_end = os.pipe()
    # Ctrl-C held back while forking: a KeyboardInterrupt raised inside the interpreter's
    # at-fork hooks is printed and ignored, and the Ctrl-C lost; held back, it arrives once
    # the fork is done, where it stops the briefing as anywhere else.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: work, answer, and leave without running the parent's exit hooks
        code = 1
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            os.close(read_end)
            if later:
                os.nice(LATER)
            data = pickle.dumps(work(), pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    forked = _Forked(work, pid, read_end)
    os.close(write_end)
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C held back arrives here
    except BaseException:
        forked.cancel()
        raise
    return forked
