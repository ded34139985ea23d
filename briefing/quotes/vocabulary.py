"""The English words the speaker phrases are read with, from ``quotes/data/words.json``.

One key per list (described in ``language/data/README.md``), read once when the stage is first
used; the sets that combine lists with the sentence splitter's starters and titles are made
here.
"""

from __future__ import annotations

from briefing.language.lexicon import WordLists
from briefing.segment import STARTERS, TITLES

_words = WordLists("briefing.quotes")
_DATA = _words.data

PRONOUNS = _words("pronouns")
#: Capitalised at the start of a sentence but never a name.
NOT_NAMES = _words("not_names")
DETERMINERS = _words("determiners")
#: Words between a subject and its speech verb that are no part of the subject.
FILLERS = _words("fillers")
TITLE_WORDS = _words("title_words") | TITLES
CALENDAR = _words("calendar")
PARTICLES = _words("particles")
STOPS = _words("stops")
#: Words that open a sentence before its subject: ``But``, ``In 2014,``, ``Asked about it,``.
LEADS = (STOPS | STARTERS | _words("sentence_leads")) - PRONOUNS
#: Words that open a clause before the subject's: ``If Lee wins,``, ``In Ohio,``.
CLAUSE_LEADS = (STOPS | _words("clause_leads")) - _words("not_clause_leads")
#: Common verbs (and words before verbs) that end in neither -ed nor -s.
VERBISH = _words("verbish")
#: Lower-case words of a role before a name: ``presidential candidate Jo Lee``.
ROLES = _words("roles")
#: Leads that open no clause of their own: ``But``, ``Asked about it,``.
OPENING_LEADS = LEADS - CLAUSE_LEADS
#: Prepositions that open a place or a time before a sentence's subject.
SETTINGS = _words("settings")
#: Prepositions whose noun is an object, never the subject of the verb after it.
OBJECT_OF = _words("object_of")
#: Honorifics before a surname: ``Mr. King`` is a name though ``King`` is a title.
HONORIFICS = _words("honorifics")
#: ``Cruz himself said``: a reflexive between a subject and its verb.
REFLEXIVES = _words("reflexives")
#: ``More recently,`` ``Most importantly,``: comparatives before an adverb opening a sentence.
COMPARATIVES = _words("comparatives")
#: Heads of a description that name a message, not who sent it (``a statement saying``).
MESSAGES = _words("messages")
#: Last words that make a description no noun phrase naming someone (``many misogynistic``,
#: ``some reason``, ``a few``, ``other words``).
NOT_HEADS = _words("not_heads")
ADJECTIVE_ENDINGS = tuple(_DATA["adjective_endings"])
