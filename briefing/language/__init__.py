"""Language: which language an article is in, and what each language uses.

Each language is one data file (``data/<language>.json``: quote marks, speech verbs, titles,
abbreviations, months, function words, template labels) loaded into one ``Language`` table,
plus its stop words and Snowball stemmer.
"""

from briefing.language.detect import detect_language
from briefing.language.speech import DEFAULT_LANGUAGE, Language, Speech, speech
from briefing.language.words import content_terms, norm, stem, stop_words

__all__ = [
    "DEFAULT_LANGUAGE",
    "Language",
    "Speech",
    "content_terms",
    "detect_language",
    "norm",
    "speech",
    "stem",
    "stop_words",
]
