"""Work done aside gives the same numbers as work done here, and leaves no process behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing import aside as aside_module
from briefing import brief
from briefing.aside import ASIDE_FROM, Pending, aside

NUMBERS = [0.1, -0.0, 1e308, 5e-324, 2.0 / 3.0, -7.25]
forking = pytest.mark.skipif(not aside_module._may_fork(), reason="no spare processor or fork")


def _numbers() -> list[float]:
    return list(NUMBERS)


def test_small_work_is_done_here_when_asked() -> None:
    calls: list[int] = []

    def work() -> list[float]:
        calls.append(os.getpid())
        return _numbers()

    with aside(work, ASIDE_FROM - 1) as pending:
        assert type(pending) is Pending
        assert calls == []  # nothing is done before the result is asked for
        assert pending.result() == NUMBERS
    assert calls == [os.getpid()]


@forking
def test_large_work_is_done_in_another_process_bit_for_bit() -> None:
    def work() -> list[float]:
        return [*_numbers(), float(os.getpid())]

    with aside(work, ASIDE_FROM) as pending:
        assert type(pending) is not Pending
        found = pending.result()
    assert found[:-1] == NUMBERS
    assert [str(x) for x in found[:-1]] == [str(x) for x in NUMBERS]  # -0.0 stays -0.0
    assert found[-1] != os.getpid()


@forking
def test_a_failing_child_leaves_the_work_to_this_process() -> None:
    parent = os.getpid()

    def work() -> list[float]:
        if os.getpid() != parent:
            raise RuntimeError("fails in the child only")
        return _numbers()

    with aside(work, ASIDE_FROM) as pending:
        assert pending.result() == NUMBERS


@forking
def test_leaving_early_stops_the_child() -> None:
    def work() -> list[float]:
        time.sleep(60)
        return _numbers()

    started: list[int] = []

    def fail_before_asking() -> None:
        with aside(work, ASIDE_FROM) as pending:
            started.append(pending.pid)  # type: ignore[attr-defined]
            raise KeyError("the caller fails before asking")

    start = time.monotonic()
    with pytest.raises(KeyError):
        fail_before_asking()
    assert time.monotonic() - start < 30
    (pid,) = started
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no process is left behind


def test_a_briefing_is_the_same_whether_its_ratings_are_made_aside_or_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (Path(__file__).parents[1] / "samples" / "harbour-bridge.txt").read_text("utf-8")
    here = brief(text, method="text-rank")
    monkeypatch.setattr(aside_module, "ASIDE_FROM", 1)
    assert brief(text, method="text-rank") == here


def test_tags_read_back_from_numbers_are_the_tags() -> None:
    from briefing.actors.learned import Tagged, tags_as_numbers, tags_from_numbers

    tags = [Tagged(0, 5, "PER", 0.987654321, 0), Tagged(1 << 40, (1 << 40) + 3, "MISC", 1.0, 9)]
    assert tags_from_numbers(tags_as_numbers(tags)) == tags
    assert tags_from_numbers([]) == []


def test_quotations_read_apart_give_the_same_quotes() -> None:
    import pickle

    from briefing.input import read_document
    from briefing.quotes import find_quotes, read_quotations

    document = read_document(
        "Jo Lee runs the club.\n\n“We will open on Monday,” Lee said. "
        "Ann Ray, her deputy, agreed: “It is time.”\n\n“Not yet,” she said."
    )
    quotations = pickle.loads(pickle.dumps(read_quotations(document)))  # as from a child
    assert len(quotations.segments) == 3
    assert quotations.full_names == {"lee": "Jo Lee", "ray": "Ann Ray"}
    assert find_quotes(document, (), "english", quotations) == find_quotes(document)


@forking
def test_a_result_asked_for_twice_is_the_same_and_an_interrupted_wait_cleans_up() -> None:
    with aside(_numbers, ASIDE_FROM) as pending:
        first = pending.result()
        assert pending.result() == first == NUMBERS

    def interrupted() -> None:
        with aside(lambda: time.sleep(60), ASIDE_FROM) as pending:
            started.append(pending.pid)  # type: ignore[attr-defined]
            os.close(pending.pipe)  # type: ignore[attr-defined]  # the wait fails midway
            pending.result()

    started: list[int] = []
    with pytest.raises(OSError, match="Bad file descriptor"):
        interrupted()
    with pytest.raises(ChildProcessError):
        os.waitpid(started[0], os.WNOHANG)
