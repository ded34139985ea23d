"""Language: which language an article is in, and what each language uses (stop words, stems,
quote marks, speech verbs, titles, abbreviations).
"""

from briefing.language.detect import DEFAULT_LANGUAGE, detect_language
from briefing.language.speech import Speech, speech
from briefing.language.words import content_terms, stem, stop_words

__all__ = [
    "DEFAULT_LANGUAGE",
    "Speech",
    "content_terms",
    "detect_language",
    "speech",
    "stem",
    "stop_words",
]
