"""Direct quotations: detection, offsets, speakers, partial quotes and notable choice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.input.text import read_document
from briefing.model import Actor, KeyPoint, Quote
from briefing.quotes.find import find_quotes, notable_quotes

from .conftest import SEED

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def quotes_of(text: str, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    document = read_document(text)
    found = find_quotes(document, actors)
    for quote in found:
        assert document.text[quote.start : quote.end] == quote.text
    return found


def speakers(text: str, actors: tuple[Actor, ...] = ()) -> list[str | None]:
    return [q.speaker for q in quotes_of(text, actors) if not q.partial]


def person(name: str, *aliases: str) -> Actor:
    return Actor(name=name, kind="person", aliases=aliases)


# -- detection -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge will open in May,” Lena Ortiz said.",
        '"The bridge will open in May," Lena Ortiz said.',
        "„The bridge will open in May“, said Lena Ortiz.",
        "«The bridge will open in May», said Lena Ortiz.",
        "« The bridge will open in May », said Lena Ortiz.",
    ],
)
def test_every_kind_of_quote_mark(text: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.text.rstrip(",") == "The bridge will open in May"
    assert quote.speaker == "Lena Ortiz"
    assert quote.cue == "said"
    assert not quote.partial


def test_offsets_point_into_the_normalised_text() -> None:
    text = "Title line\n\nThe mayor spoke.\r\n\r\n“We are ready for the storm,” Mayor Ada Kim said."
    document = read_document(text)
    (quote,) = find_quotes(document)
    assert document.text[quote.start : quote.end] == quote.text == "We are ready for the storm,"


def test_quotes_come_in_document_order() -> None:
    text = (
        "“First we fix the roads,” said Ada Kim. “Then the schools.”\n\n"
        "“It will cost too much,” Omar Said replied."
    )
    found = quotes_of(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert len(found) == 3


def test_a_quote_running_over_paragraphs_continues_with_its_speaker() -> None:
    text = (
        "“We have waited ten years for this line,” said Ada Kim, the transport minister. “The "
        "trains will run every five minutes.\n\n"
        "“Nobody will need a car to cross the city.”"
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Ada Kim", "Ada Kim", "Ada Kim"]
    assert found[1].text == "The trains will run every five minutes."
    assert found[2].text == "Nobody will need a car to cross the city."


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "Ada Kim said: “The vote is on Friday and we will win it\n\nThe count starts at six."
    (quote,) = quotes_of(text)
    assert quote.text == "The vote is on Friday and we will win it"
    assert quote.speaker == "Ada Kim"


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “Gang of Eight” met on Tuesday to discuss the budget.",
        "She watched “Harbour Lights” twice with her family last week.",
        "The senator, nicknamed “Iron Jo”, voted against the plan.",
        "The minister's “reform” left the schools with fewer teachers.",
        'The posts were tagged "urgent" by the editors of the paper.',
    ],
)
def test_names_titles_and_scare_quotes_are_not_quotations(text: str) -> None:
    assert [q for q in quotes_of(text) if not q.partial] == []


def test_a_partial_quote_in_reported_speech_is_marked() -> None:
    text = "Lena Ortiz said the plan was “a disaster” for the harbour and left the room."
    (quote,) = quotes_of(text)
    assert quote.partial
    assert quote.text == "a disaster"
    assert quote.speaker == "Lena Ortiz"
    assert notable_quotes((quote,), (), (), None) == ()


def test_a_quoted_label_is_kept_out_or_marked_partial() -> None:
    text = "Lena Ortiz called the plan “a disaster” for the harbour and left the room."
    assert all(q.partial for q in quotes_of(text))


def test_a_whole_statement_after_said_that_is_not_partial() -> None:
    text = "Ortiz said that “the port will stay open all winter, whatever the weather does.”"
    (quote,) = quotes_of(text)
    assert not quote.partial
    assert quote.speaker == "Ortiz"


def test_a_short_reply_with_its_attribution_is_a_quote() -> None:
    (quote,) = quotes_of("“No,” Ada Kim said.")
    assert quote.text == "No,"
    assert quote.speaker == "Ada Kim"
    assert not quote.partial


def test_attribute_values_in_markup_are_not_quotes() -> None:
    assert quotes_of('<post author="@someone" date="2016-03-09">Hello there</post>') == ()


# -- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“The rent is too high,” said Omar Diallo.", "Omar Diallo", "said"),
        ("“The rent is too high,” Omar Diallo said.", "Omar Diallo", "said"),
        ("“The rent is too high,” Omar Diallo, the tenants' leader, said.", "Omar Diallo", "said"),
        ("“The rent is too high,” Omar Diallo told reporters.", "Omar Diallo", "told"),
        ("“The rent is too high,” Omar Diallo wrote in a letter.", "Omar Diallo", "wrote"),
        ("“The rent is too high,” Omar Diallo argued.", "Omar Diallo", "argued"),
        ("“The rent is too high,” Omar Diallo warned on Monday.", "Omar Diallo", "warned"),
        ("“Is the rent too high?” asked Omar Diallo.", "Omar Diallo", "asked"),
        ("“The rent is too high,” Omar Diallo added.", "Omar Diallo", "added"),
        ("Omar Diallo said: “The rent is too high.”", "Omar Diallo", "said"),
        ("Omar Diallo told the council, “The rent is too high.”", "Omar Diallo", "told"),
        ("Omar Diallo: “The rent is too high.”", "Omar Diallo", ":"),
        ("According to Omar Diallo, “the rent is too high for everyone.”", "Omar Diallo", None),
        ("“The rent is too high,” according to Omar Diallo.", "Omar Diallo", "according to"),
        ("“The rent is too high,” Sen. Omar Diallo (D-Ore.) said.", "Omar Diallo", "said"),
        ("“The rent is too high,” said Gov. Omar Diallo.", "Omar Diallo", "said"),
        ("“The rent is too high,” said tenants' spokesman Omar Diallo.", "Omar Diallo", "said"),
        ("“The rent is too high,” Omar Diallo, 54, said.", "Omar Diallo", "said"),
        ("“The rent is too high,” a Lakeview tenant said.", "a Lakeview tenant", "said"),
        ("“Is the rent too high?” Omar Diallo wondered aloud.", "Omar Diallo", "wondered"),
    ],
)
def test_attribution_patterns(text: str, speaker: str, cue: str | None) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker
    if cue is not None:
        assert quote.cue == cue


def test_pronouns_go_to_the_person_named_before() -> None:
    text = (
        "Tenants march\n\n"
        "Omar Diallo, who leads the tenants' union, spoke after the vote.\n\n"
        "“The rent is too high,” he said. “Families are leaving.”\n\n"
        "Ada Kim, the housing minister, disagreed.\n\n"
        "“Rents have fallen this year,” she said."
    )
    assert speakers(text) == ["Omar Diallo", "Omar Diallo", "Ada Kim"]


def test_pronouns_skip_a_person_of_the_other_gender() -> None:
    text = (
        "Rents\n\n"
        "Ms. Ada Kim met Mr. Omar Diallo on Monday. Her ministry wants lower rents.\n\n"
        "Diallo thanked his members for their patience.\n\n"
        "“We will not give up,” she said."
    )
    assert speakers(text) == ["Ada Kim"]


def test_a_quote_with_no_cue_keeps_the_speaker_of_its_paragraph() -> None:
    text = "“We are ready,” Ada Kim said. “The budget is done.”"
    assert speakers(text) == ["Ada Kim", "Ada Kim"]


def test_a_quote_after_reported_speech_goes_to_its_speaker() -> None:
    text = "The budget is done, Ada Kim said on Friday. “We can start building next week.”"
    assert speakers(text) == ["Ada Kim"]


def test_a_quote_paragraph_with_no_cue_goes_to_the_subject_of_the_paragraph_before() -> None:
    text = "Budget\n\nAda Kim praised the plan on Friday.\n\n“We need someone who gets it done.”"
    assert speakers(text) == ["Ada Kim"]


def test_a_quote_inside_a_paragraph_does_not_reach_the_subject_of_the_one_before() -> None:
    text = "Budget\n\nAda Kim praised the plan on Friday.\n\nThe city, in turn, “needs it done.”"
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_a_paragraph_ending_with_a_colon_introduces_the_quote_below() -> None:
    text = "Ada Kim then turned to the tenants:\n\n“Nobody will lose a home this winter.”"
    assert speakers(text) == ["Ada Kim"]


def test_the_subject_of_the_sentence_speaks_when_no_speech_verb_does() -> None:
    text = "Ada Kim hit back at her critics, saying, “The numbers are on our side.”"
    assert speakers(text) == ["Ada Kim"]


def test_speakers_link_to_actors_by_name_and_alias() -> None:
    actors = (person("Omar Diallo", "Diallo"), person("Ada Kim", "Kim", "Minister Kim"))
    text = (
        "“The rent is too high,” Diallo said.\n\n"
        "“Rents have fallen,” said Housing Minister Ada Kim.\n\n"
        "“We will see,” Sen. Omar Diallo replied."
    )
    assert speakers(text, actors) == ["Omar Diallo", "Ada Kim", "Omar Diallo"]


def test_a_description_is_not_linked_to_a_place() -> None:
    actors = (Actor(name="New Lakeview", kind="place"),)
    text = "“The rent is too high,” said a New Lakeview Democrat."
    assert speakers(text, actors) == ["New Lakeview Democrat"]


def test_a_surname_takes_the_full_name_the_article_uses() -> None:
    text = "Prof. Ada Kim leads the study.\n\n“The water is clean,” Kim said."
    assert speakers(text) == ["Ada Kim"]


def test_no_speaker_when_the_article_names_none() -> None:
    assert speakers("“The water is clean and safe to drink.”") == [None]


def test_the_seed_article_quotes_are_all_from_its_general() -> None:
    text = SEED.read_text(encoding="utf-8")
    general = person("Peter Dawe", "Dawe", "Maj-Gen. Peter Dawe", "Major General Peter Dawe")
    others = (Actor("Iraq", "place"), person("Harjit Sajjan", "Sajjan"), general)
    with_actors = quotes_of(text, others)
    assert len([q for q in with_actors if not q.partial]) == 8
    assert {q.speaker for q in with_actors} == {"Peter Dawe"}
    assert any(q.text.startswith("It is very important") for q in with_actors)
    alone = quotes_of(text)
    assert {q.speaker for q in alone} <= {"Peter Dawe", "Dawe"}
    assert all(q.speaker for q in alone)


# -- notable quotes --------------------------------------------------------------------------


def test_notable_quotes_prefer_main_actors_and_key_point_words() -> None:
    text = (
        "“The harbour bridge will carry trains from next spring,” said Ada Kim.\n\n"
        "“I like bridges,” said a passer-by.\n\n"
        "“We have paid for the harbour bridge twice over already,” said Omar Diallo.\n\n"
        "“The harbour bridge will carry trains from next spring,” Kim repeated."
    )
    document = read_document(text)
    actors = (person("Ada Kim", "Kim"), person("Omar Diallo", "Diallo"))
    found = find_quotes(document, actors)
    point = KeyPoint("The harbour bridge opens to trains next spring.", 0, 10, 1.0, 0)
    chosen = notable_quotes(found, actors, (point,), 2)
    assert [q.speaker for q in chosen] == ["Ada Kim", "Omar Diallo"]
    assert [q.start for q in chosen] == sorted(q.start for q in chosen)
    assert len(notable_quotes(found, actors, (point,), None)) == 4
    assert notable_quotes(found, actors, (point,), 0) == ()


def test_notable_quotes_leave_out_fragments() -> None:
    quotes = (
        Quote("a disaster", 0, 10, "Ada Kim", "called", partial=True),
        Quote("We will rebuild every school in the county by next year.", 20, 70, "Ada Kim"),
    )
    assert notable_quotes(quotes, (), (), 3) == quotes[1:]


# -- invariants ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["“", "”", '"', "«", "»", "„", " said Ada Kim.", " he added", "\n\n", ", ", "Lee: ", "x"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30))
def test_any_text_gives_exact_offsets_in_order(parts: list[str]) -> None:
    try:
        document = read_document("".join(parts))
    except InputError:
        return
    found = find_quotes(document)
    for quote in found:
        assert document.text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text and quote.text
    assert [q.start for q in found] == sorted(q.start for q in found)


# -- the shared evaluation set, when present --------------------------------------------------


def test_offsets_hold_on_the_evaluation_articles() -> None:
    gold = SHARED / "eval" / "quotes-dev.jsonl"
    if not gold.is_file():
        pytest.skip("the evaluation set (../shared/eval) is not available")
    with gold.open(encoding="utf-8") as lines:
        for line in list(lines)[:40]:
            document = read_document(json.loads(line)["text"])
            for quote in find_quotes(document):
                assert document.text[quote.start : quote.end] == quote.text
                assert not re.match(r"^[“”\"«»„]", quote.text)


# -- attribution structure -------------------------------------------------------------------


def test_the_one_who_asks_speaks_not_the_one_asked() -> None:
    text = (
        "Rep. Steve King met Tim Scott.\n\n"
        "“What is it about Joe Biden that makes you so angry?” King asked Scott."
    )
    assert speakers(text) == ["Steve King"]


def test_the_next_sentence_that_introduces_its_own_quote_is_not_a_cue() -> None:
    text = (
        "Emails of the day\n\nClinton responds to Mills with, “Why now? That was on my way to "
        "Libya?” Mills then writes back, “You look cute.”"
    )
    assert speakers(text) == ["Clinton", "Mills"]


def test_he_after_a_company_name_is_the_person_named_before() -> None:
    text = (
        "Brad Smith is the president of Microsoft Corp. He spoke on Monday.\n\n"
        "Microsoft Corp. sued the government. “We will fight this to the end,” he said."
    )
    actors = (person("Brad Smith", "Smith"), Actor("Microsoft Corp", "organization"))
    assert speakers(text, actors) == ["Brad Smith"]


def test_a_description_resolves_to_the_person_named_with_that_role() -> None:
    text = (
        "Former New York City Mayor Michael Bloomberg spoke in Denver. Gwyneth Paltrow, "
        "the actress, listened. Anna Weber, 48, is a nurse.\n\n"
        "“I am not going anywhere at all,” the former mayor said. “It was hard for all of "
        "us,” the 48-year-old said. “It was not a good place to be,” the actress said."
    )
    assert speakers(text) == ["Michael Bloomberg", "Anna Weber", "Gwyneth Paltrow"]


def test_a_description_with_no_one_named_for_it_stays_as_written() -> None:
    text = "Anna Weber is a nurse.\n\n“We were all very tired that night,” the spokesman said."
    assert speakers(text) == ["the spokesman"]


@pytest.mark.parametrize(
    "text",
    [
        "Likewise, the board met.\n\n“We will not wait for anyone at all,” Likewise said.",
        "“We will not wait for anyone at all,” He’d said.",
        "Many posts followed.\n\n“We will not wait for anyone,” many misogynistic said.",
    ],
)
def test_a_speaker_is_a_noun_phrase_naming_someone(text: str) -> None:
    assert speakers(text) == [None]


def test_a_title_of_a_work_is_no_quote() -> None:
    text = "Her favourite films:\n\n“Once Upon A Time in Hollywood” — Brad Pitt"
    assert quotes_of(text) == ()


def test_a_signature_after_a_dash_names_the_speaker() -> None:
    text = "“He can’t even answer a question without scaring people.” ― Esther Tapia"
    assert speakers(text) == ["Esther Tapia"]


def test_a_writer_and_an_outlet_before_a_colon_credit_the_writer() -> None:
    text = "Chris Cillizza, The Washington Post: “This was her best debate performance so far.”"
    assert speakers(text) == ["Chris Cillizza"]


def test_a_statement_credits_who_issued_it() -> None:
    text = "Teneo issued a statement saying that “the memo shows we worked for the foundation.”"
    assert [q.speaker for q in quotes_of(text)] == ["Teneo"]


def test_an_appositive_without_its_closing_comma_is_passed_over() -> None:
    text = (
        "Sam Lau, the communications director for the Iowa Democratic Party said: "
        "“There are no paper ballots.”"
    )
    assert speakers(text) == ["Sam Lau"]


def test_every_quotation_lists_fragments_of_four_words_or_more_as_partial() -> None:
    document = read_document(
        "Lee said the banks “are under assault every day” and called it “a disaster”."
    )
    listed = notable_quotes(find_quotes(document), (), (), None)
    assert [(q.text, q.partial) for q in listed] == [("are under assault every day", True)]
