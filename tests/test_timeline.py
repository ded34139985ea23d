"""The timeline reads a sentence's names only when a question reaches it, and answers as if
it had read them all."""

from __future__ import annotations

from briefing.quotes.timeline import Named, Span, Timeline

# Two paragraphs of two sentences of ten characters each; each sentence names one speaker (at
# its sixth character) and one subject (at its start).
PARAGRAPHS = [(0, 20), (20, 40)]
NAMES = {0: "Ann", 10: "Bo", 20: "Cy", 30: "Di"}


def _timeline(split_log: list[int], read_log: list[int]) -> Timeline:
    def split(start: int, end: int) -> list[Span]:
        split_log.append(start)
        return [(start, start + 10), (start + 10, end)]

    def read(start: int, end: int) -> Named:
        read_log.append(start)
        name = NAMES[start]
        return [(start + 5, name)], [(start, name + " Lee")], []

    return Timeline(PARAGRAPHS, split, read)


def test_a_question_reads_only_the_sentences_it_reaches() -> None:
    split: list[int] = []
    read: list[int] = []
    timeline = _timeline(split, read)
    assert timeline.latest("reported", 20, 38, lambda name: True) == (35, "Di")
    assert split == [20]
    assert read == [30]


def test_latest_walks_back_past_what_it_does_not_accept() -> None:
    split: list[int] = []
    read: list[int] = []
    timeline = _timeline(split, read)
    assert timeline.latest("reported", 0, 38, lambda name: name not in ("Di", "Cy")) == (15, "Bo")
    assert timeline.latest("subjects", 11, 38, lambda name: name.startswith("Ann")) is None
    assert sorted(read) == [10, 20, 30]  # the first sentence ends before the floor
    assert sorted(split) == [0, 20]


def test_before_gives_every_name_latest_first() -> None:
    timeline = _timeline([], [])
    assert list(timeline.before(16)) == [(15, "Bo"), (10, "Bo Lee"), (5, "Ann"), (0, "Ann Lee")]
    everything = list(timeline.before(40))
    assert everything == sorted(everything, reverse=True)
    assert len(everything) == 8


def test_a_sentence_is_read_once() -> None:
    split: list[int] = []
    read: list[int] = []
    timeline = _timeline(split, read)
    for _ in range(3):
        list(timeline.before(40))
        timeline.latest("subjects", 0, 40, lambda name: False)
    assert sorted(read) == [0, 10, 20, 30]
    assert sorted(split) == [0, 20]
