"""Who speaks: one invented article per class of attribution that named the wrong person.

Each case names the rule it guards (in ``briefing/quotes``); the speaker is the person the
sentence gives, never the one addressed, an object, an organisation or a place nearby.
"""

from __future__ import annotations

import pytest

from briefing.input.text import read_document
from briefing.quotes.find import find_quotes


def speaker_of(text: str, opening: str) -> str | None:
    """The speaker of the quote that opens with ``opening``."""
    found = [q for q in find_quotes(read_document(text), ()) if q.text.startswith(opening)]
    assert found, f"no quote opens with {opening!r}"
    return found[0].speaker


CASES = [
    # a lone title that is also a surname, not the one addressed
    pytest.param(
        'Tim Scott was there. "That is a good question," King asked Scott. "What now?"',
        "That is a good",
        "King",
        id="surname-title-asked-someone",
    ),
    pytest.param(
        "Ann Kim and Rob Hale met. “It is all about turnout,” Mr. King added. He left.",
        "It is all about",
        "King",
        id="honorific-before-title-surname",
    ),
    # opening adverbs, participle phrases and long clauses before the subject
    pytest.param(
        "The storm hit. Immediately after the flood, Mara Voss issued a statement, "
        "“Our town will rebuild every house.”",
        "Our town",
        "Mara Voss",
        id="opening-adverb",
    ),
    pytest.param(
        "Dan Roe spoke first. Filling in for Roe at the same event where others appeared, "
        "Ida Brandt landed a sharp dig at “my dear friend across the aisle.”",
        "my dear friend",
        "Ida Brandt",
        id="opening-participle-phrase",
    ),
    # what may follow a subject
    pytest.param(
        "Paul Ortega spoke. Senate leader Nina Holt, R-Ky., delivered a blunt message to "
        'Ortega: "It is time to stop attacking people."',
        "It is time",
        "Nina Holt",
        id="party-tag-after-subject",
    ),
    pytest.param(
        "Lars Egan praised the plan. Weaver didn’t seem impressed with it Tuesday, telling "
        "reporters, “A lot of people said the mayor should step down.”",
        "A lot of people",
        "Weaver",
        id="negated-auxiliary",
    ),
    pytest.param(
        "Cara Diaz, an aide, spoke at length. Tom Reyes himself said Tuesday that “the only "
        "way to win the state is to go and ask, one on one.”",
        "the only way",
        "Tom Reyes",
        id="reflexive",
    ),
    # words before a name: numbers, ages, roles, a title with ``of``
    pytest.param(
        "The veto was wrong, families said. “The rationales for the veto do not hold,” said "
        "9/11 widow Terry Strand. She left.",
        "The rationales",
        "Terry Strand",
        id="number-before-role",
    ),
    pytest.param(
        "Army Capt. Leo Pard spoke. “I really do not understand the race,” said Air Force 1st "
        "Lt. Tyler Lind. “I was hoping for more.”",
        "I really do not",
        "Tyler Lind",
        id="ordinal-in-rank",
    ),
    pytest.param(
        "The rally went on. 17-year-old Jared Pott echoed:\n\n“He speaks his mind, and that "
        "might be what the country needs.”",
        "He speaks",
        "Jared Pott",
        id="age-before-subject",
    ),
    pytest.param(
        "Lena Dorn had spoken. “The first line of defense is the community,” said former "
        "secretary of state Hillary Morton, who praised the plan.",
        "The first line",
        "Hillary Morton",
        id="title-of-before-name",
    ),
    pytest.param(
        "The Red Hot Band played. Band member Flea shared the news last week, writing “Feels "
        "great to support someone I believe in.”",
        "Feels great",
        "Flea",
        id="role-word-before-name",
    ),
    # objects and agents are no subject
    pytest.param(
        "Jose Vargas asked on Facebook. Ellen Marsh responded to the question on Facebook "
        "writing, “Yes, I will. That was a poor choice of words.”",
        "Yes, I will",
        "Ellen Marsh",
        id="object-of-preposition",
    ),
    pytest.param(
        "Reuters asked about it. Another intelligence source speaking to Fox News said, “The "
        "agents are looking at the donations.”",
        "The agents",
        "Another intelligence source",
        id="speaking-to-someone",
    ),
    pytest.param(
        "Ruth Sand met Bill Maher. Sand was asked by host Bill Maher, who backs her, “Now, "
        "are you tired of hearing about the emails?”",
        "Now, are you",
        "Bill Maher",
        id="asked-by",
    ),
    # appositives
    pytest.param(
        "A former candidate -- John Marsh, who lost the 2008 election to Obama -- said the "
        'president "offered no changes to his strategy."',
        "offered no changes",
        "John Marsh",
        id="dash-appositive",
    ),
    pytest.param(
        "Michael Sea, who lives outside the state capital, Sacramento, said he still “prays "
        "that Bernie ends up the nominee.”",
        "prays that",
        "Michael Sea",
        id="place-after-who-clause",
    ),
    pytest.param(
        "In Texas, the journalist Olivia Mess, writing in The Observer in 2013, described a "
        "culture of “senators ogling women on the floor.”",
        "senators ogling",
        "Olivia Mess",
        id="description-after-opening-place",
    ),
    pytest.param(
        "Rosa Tell spoke. “Building such a weapon would need more tests,” Jeffrey Lowe of the "
        "James Martin Center for Nonproliferation Studies wrote in December.",
        "Building such",
        "Jeffrey Lowe",
        id="long-subject-of-organisation",
    ),
    # verbs the list lacks, and how they attach
    pytest.param(
        "Trump said France had lost its identity.\n\n“France will always be France,” an "
        "angry Hollande retaliated. “It never gives up.”",
        "France will always",
        "Hollande",
        id="description-name-past-tense",
    ),
    pytest.param(
        "Clinton said there was “no daylight” between the plans. She said experts agreed, to "
        'which O\'Malley interjected: "It is just not true." He went on.',
        "It is just not",
        "O'Malley",
        id="name-past-tense-colon",
    ),
    pytest.param(
        "Ron Jansen kept asking her why. Clara Moss, exasperated, famously responded: "
        '"What difference does it make?" Her critics cited it as evidence.',
        "What difference",
        "Clara Moss",
        id="colon-cue-before-question",
    ),
    pytest.param(
        "Sam Solo praised his boss. But, said Solo, “I do not want to drum up conflict "
        "because I know his penchant.” And more.",
        "I do not want",
        "Sam Solo",
        id="inverted-verb-before-quote",
    ),
    # messages speak for their sender
    pytest.param(
        "The race went on. In addition, a fundraising email sent out by Sanders on Tuesday "
        'night warned of the fight ahead: "There are 14 primaries over the next three weeks."',
        "There are 14",
        "Sanders",
        id="message-sent-by",
    ),
    pytest.param(
        "Fields filed a report. “The evidence cannot prove all the elements of the crime,” "
        "according to a court document filed by state attorney Dave Aronson.",
        "The evidence",
        "Dave Aronson",
        id="according-to-a-document-by",
    ),
    # relative clauses and second verbs
    pytest.param(
        "There is no such overlap, a White House official who spoke anonymously to discuss "
        'strategy said Wednesday, "Certainly there are discussions with the campaign."',
        "Certainly",
        "a White House official",
        id="relative-clause-head",
    ),
    pytest.param(
        "She sang on. As the crowd began to chant, Silvia Mann was joined on stage by Sen. Al "
        "Frank and joked, “You are being ridiculous,” drawing jeers.",
        "You are being",
        "Silvia Mann",
        id="second-verb-after-and",
    ),
    # the sentence after a quote with no cue points back to it
    pytest.param(
        'The agency has a bad name.\n\n"I would rather have a sister in jail than a brother '
        'in the bureau." That quote from state commissioner Thomas Krebb appeared on page one.',
        "I would rather",
        "Thomas Krebb",
        id="that-quote-from",
    ),
    pytest.param(
        'FULL TEXT.\n\n"You had people saying you should have combined a donkey with a '
        'rabbit."\n\nThat was how Jeff Bewley, the chief executive, once described his merger.',
        "You had people",
        "Jeff Bewley",
        id="that-was-how",
    ),
    pytest.param(
        "Mills sent an email. A spokesman for Platte River declined to comment on the report "
        'but said in a statement that "Platte River did not treat the server differently."',
        "Platte River did",
        "A spokesman for Platte River",
        id="description-second-verb-after-but",
    ),
    # a name and the organisation it works ``with`` before the verb (``_name_of``)
    pytest.param(
        "Rain fell.\n\n“We will decide tomorrow whether the balloons fly,” Patrol Chief James "
        "Hall with the New York Police Department said Wednesday.",
        "We will decide",
        "James Hall",
        id="name-with-organisation-long",
    ),
    pytest.param(
        "Rain fell.\n\n“We will decide tomorrow whether the balloons fly,” Jo Lee with the "
        "ACLU said.",
        "We will decide",
        "Jo Lee",
        id="name-with-organisation-short",
    ),
    # the one quoted speaks, not who quotes (``_quoted_as``)
    pytest.param(
        "Ana Ruiz was arrested.\n\n“I don’t regret it,” local newspapers quote Ruiz as saying. "
        "The body was found.",
        "I don’t regret",
        "Ana Ruiz",
        id="quote-someone-as-saying",
    ),
    pytest.param(
        "Ana Ruiz was arrested. The paper quoted her as saying, “I don’t regret it at all.”",
        "I don’t regret",
        "Ana Ruiz",
        id="quoted-pronoun-as-saying",
    ),
    # an inverted verb and a name set off by commas inside the sentence
    pytest.param(
        "Ann Beyer has four tips. The biggest reason advisers get fired, writes Beyer, is "
        "“it is always about communication, every time.”",
        "it is always",
        "Ann Beyer",
        id="inverted-verb-aside",
    ),
    # an uncued quote after ``…, said X, a role.``: X, though a description precedes the verb
    pytest.param(
        "Ella Warren wrote to the president. It is unclear whether Democrats will win the Senate "
        "next year, but if he acts now, the party could replace White with a more liberal member "
        'of the commission, said Bart Naylor, an advocate for Public Citizen. "It would avoid a '
        'big fight."',
        "It would avoid",
        "Bart Naylor",
        id="inverted-reported-speaker-before-uncued-quote",
    ),
    # a pronoun after a quote that a named subject and a colon introduce (``_after_colon``)
    pytest.param(
        "Ann Lee Cole wanted to vote. When asked to play her, Nora Winter hesitated: "
        '"I did not want to do it because I hit people!" she tells us.',
        "I did not want",
        "Nora Winter",
        id="pronoun-after-colon-introduced-quote",
    ),
    # a description opening the sentence, then the name in apposition (``_described_name``)
    pytest.param(
        "Relatives waited with Ken Yohan at the centre.\n\nThe mayor of Surabaya, Tri Risma, "
        'comforted relatives.\n\n"They belong to God," she said.',
        "They belong",
        "Tri Risma",
        id="description-then-apposed-name-subject",
    ),
    # a definite role that refers back to the person last named (``_referent``)
    pytest.param(
        "Tom Ward cast Ana Bell in his film. For the part, Ward asked his lead to pick a year."
        "\n\n"
        "“Scripts are vague on the past of a character,” the director said.",
        "Scripts are vague",
        "Tom Ward",
        id="definite-role-refers-back",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), CASES)
def test_the_sentence_names_the_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_a_title_after_a_determiner_names_no_one() -> None:
    assert speaker_of('The King spoke. "We are fine," the King said.', "We are fine") is None


def test_the_president_of_a_country_stays_a_description() -> None:
    """``of`` after a title joins a full name only (``secretary of state Hillary Morton``)."""
    text = 'Talks went on. "We are fine," said the president of Mexico. "Good."'
    assert speaker_of(text, "We are fine") == "the president"


def test_an_appositive_after_a_name_is_no_speaker() -> None:
    """``Braynard, a native who writes``: the name before the appositive speaks."""
    text = (
        "Braynard, a South Carolina native who writes fiction on the side (his book includes "
        "one on a cooking contest “where the loser becomes the main course”), has cast himself "
        "as a strategist."
    )
    assert speaker_of(text, "where the loser") != "a South Carolina native"


@pytest.mark.parametrize("text", ['ON&add"', "Lee's said “x”", 'to Lee\'s "quote"'])
def test_odd_text_before_a_verb_is_no_error(text: str) -> None:
    find_quotes(read_document(text), ())


def test_a_role_brought_in_unnamed_stays_a_description() -> None:
    """``A committee aide`` … ``the aide said``: someone new, not the person named before."""
    text = (
        "Jo Pike released the report. A committee aide criticised it.\n\n"
        "“This is politics,” the aide said."
    )
    assert speaker_of(text, "This is politics") == "the aide"


def test_a_role_no_list_names_stays_a_description() -> None:
    """``the statement``, ``the newspaper``: not a person, whoever was named before."""
    text = "Jo Pike spoke.\n\n“We are ready,” the newspaper said."
    assert speaker_of(text, "We are ready") == "the newspaper"
