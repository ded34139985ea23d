"""Whether a web page holds an article at all.

The extractor always finds some text: a script shell says "enable JavaScript", a paywall
teaser keeps a headline and a caption, a section front keeps link texts, a broken page keeps
template code. A briefing of that is nonsense, so such a page is refused with one line that
says why. Plain text is never refused here: its reader chose to brief it.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.errors import InputError
from briefing.model import Document

from .text import FULL_STOPS, UNSPACED, word_count

#: Words of prose a page needs to be an article. The shortest article among the real dev
#: pages has 198 words of paragraphs; a wire brief of three sentences has about 60; a paywall
#: teaser or a script shell keeps one paragraph of 10-40.
MIN_ARTICLE_WORDS = 50
#: Sentences of prose a page needs: one lead paragraph alone is a teaser.
MIN_ARTICLE_SENTENCES = 2
#: Words a paragraph needs to count as prose; shorter lines are labels, links and buttons.
MIN_PROSE_WORDS = 8
#: Share of a paragraph's visible characters that must be letters (with their vowel signs and
#: accents, as Thai and Burmese write them) or spaces to be prose.
MIN_LETTER_SHARE = 0.75

_CODE = re.compile(r"\{\{|\}\}|\{%|%\}|=>|function\s*\(|\bvar\s+\w+\s*=|</?\w+[^>]*>|;\s*\}")
_SENTENCE_END = re.compile(rf"[.!?…][\"”’'»)]*(?=\s|$)|[{FULL_STOPS}]")


def refuse_without_article(document: Document, source: str) -> None:
    """Raise ``InputError`` unless the document's paragraphs hold an article's prose."""
    prose = [b.text for b in document.paragraphs if is_prose(b.text)]
    words = sum(word_count(p) for p in prose)
    sentences = sum(len(_SENTENCE_END.findall(p)) or bool(UNSPACED.search(p)) for p in prose)
    if words < MIN_ARTICLE_WORDS or sentences < MIN_ARTICLE_SENTENCES:
        found = "no paragraphs of text" if not prose else f"only {words} words of text"
        raise InputError(
            f"found no article in {source} ({found}; a script page, a teaser or an index "
            "page?); save the page after it has loaded, or give the article's text"
        )


def is_prose(text: str) -> bool:
    """A paragraph of running text: enough words, ending like a sentence, no markup or code."""
    if word_count(text) < MIN_PROSE_WORDS or _CODE.search(text):
        return False
    visible = [c for c in text if not c.isspace()]
    letters = sum(1 for c in visible if c.isalpha() or unicodedata.category(c)[0] == "M")
    if not visible or letters / len(visible) < MIN_LETTER_SHARE:
        return False
    if text.rstrip().rstrip("\"”’'»)」』）").endswith((".", "!", "?", "…", *FULL_STOPS)):
        return True
    # Thai and Lao end sentences with a space, not a mark: a long paragraph is prose.
    return bool(UNSPACED.search(text)) and word_count(text) >= 2 * MIN_PROSE_WORDS
