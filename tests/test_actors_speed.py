"""The shortcuts that keep the actors stage fast on long texts give what the plain ways give."""

from __future__ import annotations

from briefing.actors import tagger as tagging
from briefing.actors.aliases import _ALSO, _also_matches
from briefing.actors.candidates import sentence_tokens
from briefing.actors.mentions import document_tokens, is_shouting, sentences, tokens
from briefing.input.text import read_document
from briefing.segment import segment

ARTICLE = (
    "Harbour Bridge Reopens\n\n"
    "SYDNEY, May 3 – The Harbour Bridge reopened on Sunday, Mayor Ann Lee said.\n\n"
    "Mr. Okafor of the U.S. Department of Transport, also known as the DOT, agreed.\n\n"
    "“It is done,” said Dr. J. R. Tolkien-Smith, 45, of Acme Corp. in New York.\n\n"
    "NEW RULES FOR THE BRIDGE\n\n"
    "The Institute for the Study of War (ISW) said the bridge was safe. Lee said so too.\n\n"
    "Ships a.k.a. boats; the other name for Acme is ACME Inc. Lee thanked them."
)


def test_tokens_of_the_whole_text_are_the_tokens_of_each_sentence() -> None:
    document = read_document(ARTICLE)
    spans = [(start, end) for _, start, end in sentences(document)]
    text = document.text
    spans.append((spans[1][0] + 1, spans[1][1] - 1))  # not bounded by white space
    assert document_tokens(text, spans) == [tokens(text, a, b) for a, b in spans]


def test_the_paragraphs_of_segment_are_the_sentences_the_actors_read() -> None:
    document = read_document(ARTICLE)
    assert list(sentences(document, segment(document))) == list(sentences(document))


def test_also_known_as_is_found_where_the_whole_text_is_searched() -> None:
    texts = [
        ARTICLE,
        "alſo called X and otherwise KNOWN  AS the Y",
        "no such phrase",
        "İ also called",
    ]
    for text in texts:
        assert [m.span() for m in _also_matches(text)] == [m.span() for m in _ALSO.finditer(text)]


def test_shouting_is_told_with_or_without_counting_every_letter() -> None:
    assert is_shouting("THE BRIDGE REOPENS TODAY", "paragraph")
    assert is_shouting("ÉTAT D'URGENCE À PARIS", "paragraph")
    assert not is_shouting("The bridge reopens today", "paragraph")
    assert is_shouting("Bridge Reopens After Long Repairs", "title")


def test_the_rows_built_many_at_a_time_score_as_the_rows_built_one_by_one() -> None:
    document = read_document(ARTICLE)
    _, toks = sentence_tokens(document)
    words = [[t.text for t in sentence] for sentence in toks]
    cues = tagging.document_cues(document.text, words)
    model = tagging.tagger()
    found = model.tag(words, cues)
    for sentence, entities in zip(words, found, strict=True):
        reference = model.entities_of(sentence, cues)
        assert [(e.first, e.last, e.kind) for e in entities] == [
            (e.first, e.last, e.kind) for e in reference
        ]


def test_the_stretches_of_a_whole_text_are_those_of_each_sentence() -> None:
    sentences = [
        ["The", "cat", "met", "Anna", "today", "at", "noon", "in", "Paris", "."],
        [],
        ["the", "cat", "sat", "."],
        ["Bob", "and", "Carol", "Ng", "went", "home", "to", "see", "Dave"],
        ["Eve"],
    ]
    stretches, window = tagging._document_stretches(sentences)
    assert stretches == [
        (n, a, b) for n, words in enumerate(sentences) for a, b in tagging._stretches(words)
    ]
    padded = [["<s>", "<s>", *words, "</s>", "</s>"] for words in sentences]
    assert window == [w for n, a, b in stretches for w in padded[n][a : b + 4]]


def test_pronouns_are_found_where_the_plain_pattern_finds_them() -> None:
    import re

    from briefing.actors.stage import _PRONOUN

    plain = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
    for text in [ARTICLE, "ſhe said HIS Her hers; shE, the he's ſHE HERS.", "heir shed hiss"]:
        assert [m.span() for m in _PRONOUN.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_a_run_reads_the_same_name_with_or_without_the_kept_bounds() -> None:
    from briefing.actors.candidates import _candidate
    from briefing.actors.mentions import evidence, runs

    document = read_document(ARTICLE + "\n\nMayor Ann Lee met Dr. J. R. Tolkien-Smith again.")
    _, all_tokens = sentence_tokens(document)
    vocabulary = evidence(document, all_tokens)
    kept: dict[tuple[str, ...], tuple[int, int, int] | None] = {}
    for number, toks in enumerate(all_tokens):
        for i, j in runs(toks, vocabulary):
            plain = _candidate(document.text, toks, i, j, number, "paragraph")
            again = _candidate(document.text, toks, i, j, number, "paragraph", kept)
            assert plain == again
    assert kept


def test_word_shapes_are_those_of_the_letter_by_letter_way() -> None:
    import re

    def plain(word: str) -> str:
        out = []
        for c in word:
            if c.isupper():
                out.append("X")
            elif c.islower():
                out.append("x")
            elif c.isdigit():
                out.append("d")
            else:
                out.append(c)
        return re.sub(r"(.)\1+", r"\1", "".join(out))

    words = ["Paris", "U.S.", "eBay", "1996", "<s>", "ÉTAT", "Straße", "١٢٣", "a\n\nb", "", "--"]
    words += ARTICLE.split()
    assert [tagging.shape(w) for w in words] == [plain(w) for w in words]


def test_names_read_from_many_label_paths_at_once_are_those_read_path_by_path() -> None:
    import numpy as np

    model = tagging.tagger()
    random = np.random.default_rng(7)
    for length in range(1, 7):
        paths = random.integers(0, len(model.labels), size=(40, length))
        paths[random.random((40, length)) < 0.4] = 0  # label 0 is O
        sure = random.random((40, length))
        expected = [
            (row, e.first, e.last, e.kind, e.confidence)
            for row in range(40)
            for e in model._spans(paths[row].tolist(), sure[row].tolist())
        ]
        assert model._spans_batch(paths, sure) == expected


def test_an_actor_given_a_salience_keeps_everything_else() -> None:
    from dataclasses import replace

    from briefing.actors.stage import _salient
    from briefing.model import Actor, Mention

    actor = Actor("Ann Lee", "person", ("Lee",), ("mayor",), (Mention("Lee", 3, 6),), 2.0)
    assert _salient(actor, 4.5) == replace(actor, salience=4.5)
