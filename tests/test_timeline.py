"""The timeline reads a paragraph's names only when a question reaches it, and answers as if
it had read them all."""

from __future__ import annotations

from briefing.quotes.timeline import Named, Timeline

# Three paragraphs of ten characters each; each names one speaker and one subject.
SPANS = [(0, 10), (10, 20), (20, 30)]
NAMES = {0: "Ann", 10: "Bo", 20: "Cy"}


def _timeline(read_log: list[int]) -> Timeline:
    def read(start: int, end: int) -> Named:
        read_log.append(start)
        name = NAMES[start]
        return [(start + 5, name)], [(start, name + " Lee")], []

    return Timeline(SPANS, read)


def test_a_question_reads_only_the_paragraphs_it_reaches() -> None:
    log: list[int] = []
    timeline = _timeline(log)
    assert timeline.latest("reported", 20, 28, lambda name: True) == (25, "Cy")
    assert log == [20]


def test_latest_walks_back_past_what_it_does_not_accept() -> None:
    log: list[int] = []
    timeline = _timeline(log)
    assert timeline.latest("reported", 0, 28, lambda name: name != "Cy") == (15, "Bo")
    assert timeline.latest("subjects", 11, 28, lambda name: name.startswith("Ann")) is None
    assert sorted(log) == [10, 20]  # the first paragraph ends before the floor


def test_before_gives_every_name_latest_first() -> None:
    timeline = _timeline([])
    assert list(timeline.before(16)) == [(15, "Bo"), (10, "Bo Lee"), (5, "Ann"), (0, "Ann Lee")]
    assert timeline.everything() == sorted(timeline.everything())
    assert len(timeline.everything()) == 6


def test_a_paragraph_is_read_once() -> None:
    log: list[int] = []
    timeline = _timeline(log)
    for _ in range(3):
        list(timeline.before(30))
    assert sorted(log) == [0, 10, 20]
