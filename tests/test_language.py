"""Language detection and the language option."""

from __future__ import annotations

import pytest

from briefing import brief, render
from briefing.errors import OptionsError
from briefing.language import detect_language, speech
from briefing.language.words import stem, stop_words
from briefing.options import LANGUAGES, build_options, language_name

from .conftest import SAMPLES

EXPECTED = {
    "harbour-bridge.txt": "english",
    "river-valley-vaccines.txt": "english",
    "solar-cooperative.txt": "english",
    "rheinbruecke.txt": "german",
    "marche-couvert.txt": "french",
}

SNIPPETS = {
    "spanish": "El gobierno anunció el lunes que la nueva ley entrará en vigor en enero, según dijo"
    " el ministro, y que también habrá más controles para las empresas del sector.",
    "italian": "Il governo ha annunciato lunedì che la nuova legge entrerà in vigore a gennaio,"
    " secondo il ministro, e che ci saranno anche più controlli per le aziende del settore.",
    "portuguese": "O governo anunciou na segunda-feira que a nova lei entrará em vigor em janeiro,"
    " segundo o ministro, e que também haverá mais controles para as empresas do setor.",
    "dutch": "De regering heeft maandag aangekondigd dat de nieuwe wet in januari ingaat, zei de"
    " minister, en dat er ook meer controles komen voor de bedrijven in de sector.",
    "swedish": "Regeringen meddelade på måndagen att den nya lagen träder i kraft i januari, sade"
    " ministern, och att det också blir fler kontroller för företagen i branschen.",
}


def test_every_sample_is_detected_right() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) == EXPECTED[path.name], path


@pytest.mark.parametrize(("language", "text"), sorted(SNIPPETS.items()))
def test_short_news_snippets(language: str, text: str) -> None:
    assert detect_language(text) == language


def test_too_little_text_falls_back_to_english() -> None:
    assert detect_language("Xylophone 42!") == "english"


#: The same news in languages without a table: they share short words with ours ("un" and "par"
#: with French, "a" with Portuguese) but are not made of them.
UNKNOWN_LANGUAGES = {
    "latvian": "Valdība pirmdien paziņoja, ka tilts Rīgā tiks slēgts uz trim mēnešiem. "
    "Inženieri atrada plaisas tilta galvenajā laidumā. Salas iedzīvotāji izmantos prāmi, līdz "
    "remonts būs pabeigts. Mērs sacīja, ka tas ir grūts lēmums, bet drošība ir svarīgāka par "
    "visu, un par to runās padomē.",
    "czech": "Vláda v pondělí oznámila, že most v Praze bude na tři měsíce uzavřen. Inženýři "
    "našli trhliny v hlavním poli mostu. Obyvatelé ostrova budou používat trajekt, dokud "
    "opravy neskončí. Starosta řekl, že je to těžké rozhodnutí, ale bezpečnost je a bude na "
    "prvním místě.",
}


@pytest.mark.parametrize("language", sorted(UNKNOWN_LANGUAGES))
def test_a_language_we_have_no_table_for_reads_as_english(language: str) -> None:
    assert detect_language(UNKNOWN_LANGUAGES[language]) == "english"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_stop_words(language: str) -> None:
    assert len(stop_words(language)) > 50


def test_codes_and_names() -> None:
    assert language_name("DE") == "german" and language_name("French") == "french"
    assert build_options(language="fr").language == "french"
    with pytest.raises(OptionsError, match="unsupported language"):
        build_options(language="klingon")


def test_briefing_speaks_the_articles_language() -> None:
    text = (SAMPLES / "marche-couvert.txt").read_text(encoding="utf-8")
    result = brief(text, sentences=2)
    assert result.stats.language == "french"
    markdown = render(result)
    assert "## Points clés" in markdown and "## Citations notables" in markdown


def test_an_explicit_language_wins() -> None:
    text = (SAMPLES / "harbour-bridge.txt").read_text(encoding="utf-8")
    assert brief(text, sentences=1, language="german").stats.language == "german"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_complete_table(language: str) -> None:
    table = speech(language)
    assert table.name == language
    assert set(table.labels or {}) == set(speech("english").labels or {})
    assert table.marks and table.function_words
    assert all(closers for closers in table.marks.values())


def test_a_language_without_a_table_reads_as_english() -> None:
    assert speech("klingon") is speech("english")


def test_verb_forms_expand_into_patterns() -> None:
    french = speech("french")
    assert french.verb_pattern.search("« Non », a-t-elle ajouté.")
    assert french.verb_pattern.search("explique-t-il")
    assert not any("{" in verb for verb in french.verbs)


@pytest.mark.parametrize("language", LANGUAGES)
def test_stems_are_the_snowball_2_stems_whatever_the_engine(language: str) -> None:
    """The C engine (PyStemmer) and snowballstemmer's Python code give the same stems, so the
    ratings do not depend on which one is installed."""
    import snowballstemmer

    pure = snowballstemmer._languages[language]()  # the Python implementation, never the C one
    for word in SAMPLE_WORDS:
        assert stem(word.lower(), language) == pure.stemWord(word.lower()), word


SAMPLE_WORDS = (
    "universal erred ecologists interfered running generously Bürgermeisterin Verhandlungen "
    "gouvernementales déclarations corporación negociaciones partner's violence outdoors "
    "planet kitchen Stephan leiderschap onderhandelingen"
).split()
