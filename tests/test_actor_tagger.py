"""The learned name tagger: its shipped model, its decoder, and how it joins the rules."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from briefing import brief
from briefing.actors import tagger as tagging
from briefing.actors.candidates import sentence_tokens
from briefing.input.text import read_document

TEXT = (
    "Michael R. Bloomberg announced his campaign in New York on Sunday.\n"
    "Bloomberg said the United Nations and Reuters had been told.\n"
    '"We will win," Bloomberg said, as Joe Biden and the Democratic Party watched.'
)


def _words(text: str) -> tuple[list[list[str]], tagging.Cues]:
    document = read_document(text)
    _, toks = sentence_tokens(document)
    words = [[t.text for t in sentence] for sentence in toks]
    return words, tagging.document_cues(document.text, words)


def test_the_shipped_model_is_small_and_starts_with_plain_words() -> None:
    data = resources.files("briefing.actors").joinpath(tagging.MODEL).read_bytes()
    assert len(data) < 500_000
    model = json.loads(gzip.decompress(data))
    assert model["labels"][0] == "O"
    assert {label[2:] for label in model["labels"][1:]} == set(tagging.KINDS)


def test_decoding_stretches_as_arrays_gives_the_labels_of_whole_sentences() -> None:
    words, cues = _words(TEXT)
    model = tagging.tagger()
    for sentence, found in zip(words, model.tag(words, cues), strict=True):
        reference = model.entities_of(sentence, cues)
        assert [(e.first, e.last, e.kind) for e in found] == [
            (e.first, e.last, e.kind) for e in reference
        ]
        for a, b in zip(found, reference, strict=True):
            assert a.confidence == pytest.approx(b.confidence, abs=0.01)


def test_the_tagger_finds_people_organisations_and_places() -> None:
    words, cues = _words(TEXT)
    found = tagging.tagger().tag(words, cues)
    named = {
        (" ".join(words[n][e.first : e.last]), e.kind) for n, es in enumerate(found) for e in es
    }
    assert ("Joe Biden", "PER") in named
    assert ("United Nations", "ORG") in named
    assert ("New York", "LOC") in named
    assert all(0.0 < e.confidence <= 1.0 for es in found for e in es)


def test_a_sentence_without_capitals_costs_no_decoding() -> None:
    assert tagging._stretches(["the", "cat", "sat", "."]) == []
    assert tagging._stretches(["The", "cat", "met", "Anna", "today", "at", "noon"]) == [(1, 6)]


def test_a_surname_that_is_also_a_company_joins_the_person() -> None:
    actors = brief(TEXT, actors=None, quotes=0).actors
    bloomberg = [a for a in actors if "Bloomberg" in (a.name, *a.aliases)]
    assert len(bloomberg) == 1
    assert bloomberg[0].kind == "person"
    assert bloomberg[0].name == "Michael R. Bloomberg"


def test_a_surname_that_is_also_a_city_joins_the_person() -> None:
    text = (
        "Joaquin Phoenix won the award for best actor. Phoenix thanked his family.\n"
        "Phoenix said the film changed him."
    )
    actors = brief(text, actors=None, quotes=0).actors
    assert [(a.name, a.kind) for a in actors] == [("Joaquin Phoenix", "person")]


def test_a_plural_group_is_not_a_person() -> None:
    text = "Tory MPs rebelled on Tuesday. Prime Minister Boris Johnson said Tory MPs were wrong."
    names = [a.name for a in brief(text, actors=None, quotes=0).actors]
    assert "Tory MPs" not in names
    assert "Boris Johnson" in names


TRAINING = Path(__file__).resolve().parents[1] / "training" / "actors.py"


def _training() -> object:
    spec = importlib.util.spec_from_file_location("training_actors", TRAINING)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["training_actors"] = module
    spec.loader.exec_module(module)
    return module


def test_wikigold_lines_become_text_with_entity_offsets(tmp_path: Path) -> None:
    source = tmp_path / "wikigold.conll.txt"
    source.write_text(
        "-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nvisited O\nParis I-LOC\n. O\n\n", "utf-8"
    )
    docs = _training().wikigold(source)  # type: ignore[attr-defined]
    assert docs[0]["text"] == "John Smith visited Paris."
    assert [(e["text"], e["type"]) for e in docs[0]["entities"]] == [
        ("John Smith", "PER"),
        ("Paris", "LOC"),
    ]


def test_crfsuite_weights_become_the_json_the_decoder_reads() -> None:
    model = _training().as_json(  # type: ignore[attr-defined]
        {("w=paris", "B-LOC"): 2.0, ("w=paris", "O"): -1.0, ("b", "O"): 0.01},
        {("B-LOC", "O"): 0.5},
    )
    assert model["labels"][0] == "O"
    assert "b" not in model["states"]  # pruned: too small a weight
    decoded = tagging.from_json(model)
    cues = tagging.Cues(frozenset(), frozenset())
    assert decoded.labels_of(["paris"], cues) == ["B-LOC"]
