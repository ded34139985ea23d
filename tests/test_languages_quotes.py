"""Quotes, speakers and sentences in the languages other than English."""

from __future__ import annotations

import pytest

from briefing import brief
from briefing.input.text import read_document
from briefing.model import Quote
from briefing.quotes.find import find_quotes
from briefing.segment import split_sentences

from .conftest import SAMPLES


def quotes_of(text: str, language: str) -> tuple[Quote, ...]:
    document = read_document(text)
    found = find_quotes(document, language=language)
    for quote in found:
        assert document.text[quote.start : quote.end] == quote.text
    return found


def test_german_sample_quotes_have_their_speakers() -> None:
    text = (SAMPLES / "rheinbruecke.txt").read_text(encoding="utf-8")
    found = quotes_of(text, "german")
    assert [q.speaker for q in found] == ["Katrin Vogel"] * 2 + ["Martin Hoffmann"] * 2
    assert found[0].text.startswith("Wir investieren") and found[0].cue == "sagte"


def test_french_sample_quotes_have_their_speakers() -> None:
    text = (SAMPLES / "marche-couvert.txt").read_text(encoding="utf-8")
    found = quotes_of(text, "french")
    speakers = [q.speaker for q in found]
    assert speakers == ["Isabelle Marchand", "Paul Girard", "Paul Girard", "Isabelle Marchand"]
    assert found[-1].text.startswith("C’était une promesse") and found[-1].cue == "a-t-elle ajouté"


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("rheinbruecke.txt", {"Vogel", "Hoffmann"}),
        ("marche-couvert.txt", {"Marchand", "Girard"}),
    ],
)
def test_briefings_show_the_speakers_of_other_languages(sample: str, expected: set[str]) -> None:
    result = brief((SAMPLES / sample).read_text(encoding="utf-8"), quotes=None)
    surnames = {q.speaker.split()[-1] for q in result.quotes if q.speaker}
    assert surnames == expected
    assert all(q.speaker for q in result.quotes)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "spanish",
            "«Vamos a terminar la obra antes del verano», dijo la alcaldesa Carmen García."
            " «No habrá más retrasos», añadió ella.",
            ["Carmen García", "Carmen García"],
        ),
        (
            "italian",
            "«Il ponte sarà pronto entro giugno», ha detto il sindaco Marco Rossi."
            " «Non ci saranno ritardi», ha aggiunto.",
            ["Marco Rossi", "Marco Rossi"],
        ),
        (
            "portuguese",
            "«A ponte vai abrir em junho», disse a ministra Ana Silva.",
            ["Ana Silva"],
        ),
        (
            "dutch",
            "„De brug gaat in juni open”, zei minister Jan de Vries."
            " „Er komen geen vertragingen meer”, aldus De Vries.",
            ["Jan de Vries", "Jan de Vries"],
        ),
        (
            "swedish",
            "”Bron öppnar i juni”, sade ministern Anna Lindqvist."
            " ”Det blir inga fler förseningar”, sa hon.",
            ["Anna Lindqvist", "Anna Lindqvist"],
        ),
    ],
)
def test_speakers_in_every_language(language: str, text: str, expected: list[str]) -> None:
    assert [q.speaker for q in quotes_of(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "speaker", "cue"),
    [
        (
            "german",
            "»Wir bauen die Brücke bis 2029«, sagte Prof. Dr. Eva Schulz.",
            "Eva Schulz",
            "sagte",
        ),
        (
            "german",
            "„Das ist zu teuer“, so Peter Klein vom Bund der Steuerzahler.",
            "Peter Klein",
            "so",
        ),
        ("german", "Peter Klein sagte: „Wir warten ab und prüfen alles.“", "Peter Klein", "sagte"),
        (
            "german",
            "Dazu sagte Peter Klein: „Wir warten ab und prüfen alles.“",
            "Peter Klein",
            "sagte",
        ),
        ("german", "„Wer soll das bezahlen?“ fragte Herr Klein.", "Klein", "fragte"),
        ("german", "‚Wir warten ab und prüfen alles‘, sagte Klein.", "Klein", "sagte"),
        ("french", "« Le pont ouvrira en juin », a dit M. Jean Dupont.", "Jean Dupont", "a dit"),
        (
            "french",
            "‹ Le pont ouvrira en juin ›, explique Mme Claire Martin.",
            "Claire Martin",
            "explique",
        ),
        (
            "french",
            "Selon Claire Martin, « le pont ouvrira en juin comme prévu ».",
            "Claire Martin",
            "Selon",
        ),
        (
            "spanish",
            "«El puente abrirá en junio», según el ministro Luis Pérez.",
            "Luis Pérez",
            "según",
        ),
        (
            "italian",
            "«Il ponte aprirà a giugno», secondo Giulia Bianchi.",
            "Giulia Bianchi",
            "secondo",
        ),
        (
            "dutch",
            "„De brug gaat in juni open”, volgens Pieter Jansen.",
            "Pieter Jansen",
            "volgens",
        ),
        ("swedish", "”Bron öppnar i juni”, enligt Erik Berg.", "Erik Berg", "enligt"),
    ],
)
def test_attribution_shapes(language: str, text: str, speaker: str, cue: str) -> None:
    (quote,) = quotes_of(text, language)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "german",
            "Anna Weber leitet das Amt. „Wir sind bereit für den Winter“, sagte sie.",
            "Anna Weber",
        ),
        (
            "french",
            "Paul Girard vend du fromage. « Je suis content du nouveau toit », dit-il.",
            "Paul Girard",
        ),
        (
            "dutch",
            "Pieter Jansen is wethouder. „We zijn klaar voor de winter”, zei hij.",
            "Pieter Jansen",
        ),
    ],
)
def test_pronouns_go_to_the_person_named_before(language: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text, language)] == [speaker]


def test_a_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = (
        "Frau Weber und Herr Klein waren da. Herr Klein sprach zuerst."
        " „Wir sind bereit für den Winter“, sagte sie."
    )
    assert [q.speaker for q in quotes_of(text, "german")] == ["Weber"]


def test_english_marks_stay_as_they_were() -> None:
    text = "»Wir sind bereit für den Winter«, sagte Anna Weber."
    assert all(q.speaker is None for q in quotes_of(text, "english"))
    assert [q.speaker for q in quotes_of(text, "german")] == ["Anna Weber"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("german", "Es gibt z. B. Kinder und Eltern im Verein."),
        ("german", "Es gibt z.B. Kinder und Eltern im Verein."),
        ("german", "Die Straße Nr. 5 ist gesperrt, sagt Hr. Klein."),
        ("german", "Es kommen ca. Tausend Besucher zum Fest."),
        ("german", "„Wir bauen.“, sagte Hoffmann."),
        ("german", "„Wer weiß?“ sagte Hoffmann."),
        ("german", "»Wer weiß?« sagte Hoffmann."),
        ("french", "Il a vu M. Dupont et Mme Martin au marché."),
        ("french", "« Nous rentrons à la maison. », a expliqué Paul Girard."),
        ("french", "« Qui sait ? » a demandé Paul Girard."),
        ("spanish", "Lo dijo la Sra. García en la radio."),
        ("spanish", "Habló con el Sr. Pérez y con Ud. Gómez."),
        ("italian", "Ha parlato il Dott. Rossi con il Sig. Bianchi."),
        ("dutch", "Ze sprak met dhr. Jansen en mevr. De Vries."),
        ("dutch", "Er zijn bijv. Kinderen bij."),
    ],
)
def test_abbreviations_and_attributions_keep_sentences_whole(language: str, text: str) -> None:
    assert split_sentences(text, language) == [text]


def test_reversed_guillemets_end_german_sentences() -> None:
    text = "»Wir bauen.« Sie ging nach Hause."
    assert split_sentences(text, "german") == ["»Wir bauen.«", "Sie ging nach Hause."]


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        (
            "french",
            "Le chirurgien Paul Girard opère à Paris.\n\n« Il faut manger moins de sucre », "
            "résume quant à elle Francisca Joly-Gomez.",
            ["Francisca Joly-Gomez"],
        ),
        (
            "french",
            "M. Paul Girard opère à Paris depuis vingt ans.\n\n« Le problème est ancien », "
            "observe-t-il.",
            ["Paul Girard"],
        ),
        (
            "french",
            "La gastro-entérologue Marie Lefèvre reçoit à Lyon.\n\n« Les patients arrivent "
            "trop tard », explique la gastro-entérologue.",
            ["Marie Lefèvre"],
        ),
        (
            "german",
            "Der Bäcker Jens Krüger (48) steht jeden Tag um drei Uhr auf.\n\n„Das ist mein "
            "Leben“, erzählt der 48-Jährige.",
            ["Jens Krüger"],
        ),
        (
            "german",
            "Viele Anwohner sind froh über die neue Brücke. So auch die Bürgermeisterin von "
            "Valmont, Greta Sonnleitner.\n\n„Ich habe keine Sorgen“, sagt sie.",
            ["Greta Sonnleitner"],
        ),
        (
            "german",
            "Greta Sonnleitner leitet Valmont. Die Brücke ist wieder offen. Doch Sonnleitner "
            "will das Positive sehen: „Wir haben es gemeinsam erreicht.“ Ihr Kollege Tilo "
            "Brandauer nickt.",
            ["Greta Sonnleitner"],
        ),
        (
            "german",
            "Der Landrat Tilo Brandauer begründet das so: „Eine Brücke verbindet.“",
            ["Tilo Brandauer"],
        ),
        (
            "german",
            "Der Sprecher Tilo Brandauer berichtete unter Berufung auf einen Beamten, die "
            "Brücke sei „in ernsthafter Gefahr“.",
            ["Tilo Brandauer"],
        ),
        (
            "german",
            "Die Brücke kommt laut Ingenieur Tilo Brandauer auf 90 Jahre. „Wir bauen für "
            "die Enkel.“",
            ["Tilo Brandauer"],
        ),
        (
            "french",
            "Devant le pont de Valmont, Odile Ferrandier défend son projet. « Ce pont, "
            "c’est notre avenir, affirme-t-elle. Je crois en lui. »",
            ["Odile Ferrandier"],
        ),
        (
            "french",
            "On finit avec Odile Ferrandier. Cette ingénieure de 40 ans habite Valmont.\n\n"
            "« Le pont tiendra », soupire-t-elle.",
            ["Odile Ferrandier"],
        ),
        (
            "french",
            "« Le pont sera rouvert en mai », glisse Odile Ferrandier.",
            ["Odile Ferrandier"],
        ),
        (
            "french",
            "Le chantier a commencé. « Le pont coûtera deux millions », peut-on lire dans "
            "Le Courrier.",
            ["Le Courrier"],
        ),
        (
            "french",
            "Odile Ferrandier dirige le chantier. L’université Valmont-3 a publié un "
            "rapport. Elle affirme « Le pont tiendra cent ans ».",
            ["Odile Ferrandier"],
        ),
        (
            "spanish",
            "El ingeniero Tomás Arrieta no está de acuerdo. «El puente no se cerrará», "
            "sostenía Arrieta.",
            ["Tomás Arrieta"],
        ),
    ],
)
def test_inversions_asides_and_descriptions(language: str, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_of(text, language)] == speakers


def test_a_german_definite_role_refers_back_to_the_person_named() -> None:
    """``sagt der Franzose``: the last person named, not a description."""
    text = (
        "Stéphane Mazzucotelli wundert sich über die Grenze. Er sei früher oft dort gewesen.\n\n"
        "Wird das Spuren hinterlassen? „Ich glaube nicht, dass die Freundschaft leidet“, "
        "sagt der Franzose."
    )
    found = quotes_of(text, "german")
    assert [q.speaker for q in found] == ["Stéphane Mazzucotelli"]


def test_a_spanish_subject_after_an_opener_and_a_title_speaks_next() -> None:
    """``Asimismo, el juez Castro realizó…``: the quote with no cue after it is Castro's,
    not that of the speaker of the paragraph before."""
    text = (
        "«Las sospechas no son pruebas», sostenía Pedro Horrach, el fiscal.\n\n"
        "Asimismo, el juez José Castro realizó ayer unas declaraciones. «Uno lo hace para que "
        "se valide, pero luego no lo sé», dijo el instructor del caso en relación a la decisión "
        "que debe adoptar la Audiencia de Palma sobre los recursos anunciados."
    )
    found = quotes_of(text, "spanish")
    assert [q.speaker for q in found] == ["Pedro Horrach", "José Castro"]
