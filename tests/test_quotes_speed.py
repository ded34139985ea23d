"""The quote finder's shortcuts give what the plain searches give, and a long article stays cheap.

Role and age mentions, speech verbs and a name's place inside sentences are found without a
pass over the whole article per question; each shortcut is checked here against the plain
regular expression it stands for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.input.text import read_document
from briefing.language.speech import speech
from briefing.model import Actor
from briefing.quotes import history, verbs
from briefing.quotes.find import find_quotes
from briefing.quotes.history import History
from briefing.quotes.roles import RoleMentions, role_patterns
from briefing.quotes.sentences import reading, sentences

HEADS = (
    "mayor governor senator general actress spokesman president co-founder u.s. "
    "48-year-old 52-year-old maire 48-jährige"
).split()

ROLE_TEXT = (
    "Mayor Michael Bloomberg spoke. Gov. Chris Christie agreed, and GOVERNOR Jo Lee too. "
    "Gwyneth Paltrow, the actress, waved; Anna Weber, 48, and Jan de Vries (48) left. "
    "Ana María Gómez, the award-winning French actress, and ex-mayor Tom Hale met "
    "Sen. Ted Cruz, a senator from Texas. McDonald, the spokesman, and O’Brien, the "
    "co-founder, said so. The Mayor, Ola Nordmann, the mayor's aide, Jean Dupont, le maire, "
    "and Hans Krüger, der 48-Jährige, stayed. Polıtician Lee, the poſt, the "
    "president\u212a Bob, Gen. Ann Smith."
)


def plain_mentions(text: str, head: str) -> list[tuple[int, int, str, str]]:
    return [
        (m.start(), m.end(), m.group("name"), text[max(0, m.start() - 40) : m.end()].lower())
        for pattern in role_patterns(head)
        for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize("head", HEADS)
def test_role_mentions_are_the_matches_of_the_plain_patterns(head: str) -> None:
    mentions = RoleMentions(ROLE_TEXT).of(head)
    assert mentions == plain_mentions(ROLE_TEXT, head)


def test_role_mentions_find_titles_appositions_and_ages() -> None:
    mentions = RoleMentions(ROLE_TEXT)
    assert [m[2] for m in mentions.of("governor")] == ["Chris Christie", "Jo Lee"]
    assert "Gwyneth Paltrow" in [m[2] for m in mentions.of("actress")]
    assert [m[2] for m in mentions.of("48-year-old")] == ["Anna Weber", "Jan de Vries"]


_PIECES = st.sampled_from(
    [
        "Mayor", "mayor", "MAYOR", "Gov.", "governor", "Lee", "Jo", "de", "Vries", "Ana",
        ", the", ", a", ", an", ", der", " (48)", ", 48,", "actress", "former", "French",
        "spokesman", "ıs", "ſ", "K", "-", "’", ".", ",", " ", "  ", "\n",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=40),
    st.sampled_from(["mayor", "governor", "actress", "48-year-old", "spokesman"]),
)
def test_role_mentions_match_the_plain_patterns_on_any_text(pieces: list[str], head: str) -> None:
    text = " ".join(pieces)
    assert RoleMentions(text).of(head) == plain_mentions(text, head)


def test_speech_verbs_match_as_the_plain_list_of_forms() -> None:
    forms = sorted(verbs._forms(), key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    words = " ".join(
        f + end for f in forms for end in ("", "s", "x", "_", "2", "'s", "-", ".", " back")
    )
    for text in (
        words,
        words.title(),
        "He snapped back and went on, then chimed in; unsaid, saidx.",
    ):
        assert [m.span() for m in verbs.VERB.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert [m.group() for m in verbs.VERB.finditer("She snapped back and went on.")] == [
        "snapped",
        "went on",
    ]


def test_a_name_written_inside_a_sentence_is_found_as_the_plain_search_finds_it() -> None:
    text = (
        "Likewise, the plan failed. Critics said Likewise was a firm, and met O’Brien’s aide, "
        "U.S. officials and Will. The U.S.A team, said Rose-Marie. x_y Zed_ and Mr. Ünal."
    )
    document = read_document(text)
    found = History(document, (), [], speech("english"))
    names = (
        "Likewise O’Brien O’Brien’s O’Brien’ U.S U.S. U.S.A Will Rose Rose-Marie Zed Zed_ Ünal "
        "Critics Mr."
    ).split()
    for name in names:
        plain = re.search(rf"[a-z,] {re.escape(name)}\b", document.text) is not None
        assert found._written_inside(name) == plain, name


def test_sentences_are_kept_for_one_article_at_a_time() -> None:
    first = read_document("One. Two. Three.")
    second = read_document("Four. Five.")
    block = first.blocks[0]
    spans = sentences(first, block.start, block.end)
    assert len(spans.spans) == 3 and spans.holding(spans.spans[1][0]) == 1
    assert sentences(second, 0, len(second.text)).spans != spans.spans
    assert reading(second).document is second


def test_pronouns_descriptions_and_uncued_quotes_resolve_in_a_long_article() -> None:
    paragraph = (
        "Mayor Jo Lee, the mayor of Springfield, spoke on Monday. “We will build it,” she "
        "said. Mr. Ray, the governor, disagreed. “Not now,” he said. “It costs too much.” "
        "“Later,” the mayor said."
    )
    document = read_document("\n\n".join([paragraph] * 300))
    actors = (Actor("Jo Lee", "person"), Actor("Ed Ray", "person"))
    quotes = find_quotes(document, actors)
    assert len(quotes) == 1200
    assert [q.speaker for q in quotes[-4:]] == ["Jo Lee", "Ed Ray", "Ed Ray", "Jo Lee"]


def test_the_history_answers_from_sorted_lists() -> None:
    document = read_document("Jo Lee said it. Ed Ray said so. “Yes,” Ray said.")
    found = History(document, (), [], speech("english"))
    named = list(found.timeline.before(len(document.text)))
    assert named == sorted(named, reverse=True)
    assert {name for _, name in named} == {"Jo Lee", "Ed Ray", "Ray"}
    assert found.recent(len(document.text), 0) == "Ray"
    assert history._indefinite is not None
