"""One briefing from several articles on the same story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import brief, brief_merged, render
from briefing.cli.command import app
from briefing.input import read_article
from briefing.merge import merge_actors
from briefing.model import Actor

from .conftest import ROOT, SAMPLES

ALL_SAMPLES = sorted(SAMPLES.glob("*.*"))

ORIGINAL = SAMPLES / "harbour-bridge.txt"
WIRE = ROOT / "tests" / "data" / "harbour-bridge-wire.txt"


def _merged(**settings):  # type: ignore[no-untyped-def]
    texts = [ORIGINAL.read_text(encoding="utf-8"), WIRE.read_text(encoding="utf-8")]
    return brief_merged(texts, sources=["gazette", "wire"], **settings)


def test_no_key_point_twice_across_sources() -> None:
    result = _merged(sentences=6)
    texts = [p.text for p in result.key_points]
    assert len(texts) == 6 and len(set(texts)) == 6
    assert sum("was closed to all traffic on Monday" in t for t in texts) == 1
    assert {p.source for p in result.key_points} <= {"gazette", "wire"}


def test_one_entry_per_actor_across_sources() -> None:
    result = _merged(actors=None)
    names = [a.name for a in result.actors]
    assert len(names) == len(set(names))
    for surname in ("Okafor", "Lindqvist"):
        assert sum(surname in name for name in names) == 1, names
    okafor = next(a for a in result.actors if "Okafor" in a.name)
    gazette_only = brief_merged([ORIGINAL.read_text(encoding="utf-8")], actors=None)
    single = next(a for a in gazette_only.actors if "Okafor" in a.name)
    assert len(okafor.mentions) > len(single.mentions)


def test_quotes_keep_their_source_and_merged_speaker() -> None:
    result = _merged(quotes=None)
    assert {q.source for q in result.quotes} == {"gazette", "wire"}
    assert all(q.speaker in {a.name for a in result.actors} | {None} for q in result.quotes)
    repeated = "nobody should drive across until we know more"
    assert sum(repeated in q.text for q in result.quotes) == 1


def test_sources_in_json_and_markdown() -> None:
    result = _merged(sentences=3)
    data = json.loads(render(result, "json"))
    assert data["sources"] == ["gazette", "wire"]
    assert all("source" in p for p in data["key_points"])
    assert "## Sources" in render(result)


def test_merge_actors_by_alias_and_surname() -> None:
    a = (Actor("Amara Okafor", "person", aliases=("Okafor",), salience=2.0),)
    b = (Actor("Dr. Okafor", "person", salience=1.0), Actor("Kessock", "place", salience=1.0))
    merged = merge_actors([a, b])
    assert [m.name for m in merged] == ["Amara Okafor", "Kessock"]
    assert merged[0].salience == 3.0


def test_merge_from_the_command_line() -> None:
    result = CliRunner().invoke(app, [str(ORIGINAL), str(WIRE), "--merge", "-n", "4", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["sources"] == ["harbour-bridge.txt", "harbour-bridge-wire.txt"]
    assert len(data["key_points"]) == 4


@pytest.mark.parametrize("sample", ALL_SAMPLES, ids=lambda path: path.name)
def test_one_article_merged_with_nothing_is_its_single_briefing(sample: Path) -> None:
    article, name = read_article(str(sample))
    settings = {"actors": None, "quotes": None, "sentences": 4}
    single = brief(article, source=name, **settings)
    assert brief_merged([article], sources=[name], **settings) == single
