"""What the learned key-point ranker knows of a sentence: cheap facts of its text and place.

Every feature is computed from the sentences themselves and the document's structure, in time
linear in the number of (sentence, term) pairs, so a 10,000-sentence document stays fast. The
set is fixed by ``FEATURES``; the model file names the features it was trained on and the
ranker refuses a model whose names differ.

Layout features (paragraph, place in the paragraph) describe the article as given. The model
is trained on every story both as given and laid out in short paragraphs, so that they carry
what paragraphs mean in news, not which corpus a text came from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from briefing.language.words import content_terms, content_terms_each, stop_words
from briefing.model import Sentence

from .news import centrality

#: The features, in the order of a row.
FEATURES: tuple[str, ...] = (
    "position",
    "position_share",
    "inverse_position",
    "sentences",
    "paragraph",
    "paragraph_share",
    "place_in_paragraph",
    "paragraph_sentences",
    "first_in_paragraph",
    "last_in_paragraph",
    "words",
    "words_to_mean",
    "terms",
    "centrality",
    "centrality_rank_share",
    "mean_overlap",
    "mean_term_spread",
    "keyword_density",
    "lead_similarity",
    "lead3_similarity",
    "previous_similarity",
    "next_similarity",
    "redundancy",
    "title_share",
    "title_precision",
    "quoted_share",
    "has_quote",
    "starts_with_quote",
    "ends_with_quote",
    "numbers",
    "capitalised_share",
    "capitalised",
    "question",
    "exclamation",
    "parenthesis",
    "starts_with_stop_word",
    "mean_word_length",
    "colons",
)

#: Value of the title features when the document has no title.
NO_TITLE = -1.0
#: Sentences compared with each one for redundancy: the most central ones.
REDUNDANCY_PEERS = 5
#: Terms of a document counted as its keywords: the most widespread ones.
KEYWORDS = 10

_QUOTED = re.compile(r"[\"“„«»‘]([^\"“”„«»]{2,})[\"”“«»’]")
_OPENERS = "\"“„«»‘'"
_CLOSERS = "\"”“«»’'"
_NUMBER = re.compile(r"\d")


def document_features(
    sentences: Sequence[Sentence], title_words: Sequence[str] | None, language: str
) -> list[list[float]]:
    """One row of ``FEATURES`` per sentence, in the order given."""
    n = len(sentences)
    if n == 0:
        return []
    terms = [frozenset(t) for t in content_terms_each((s.words for s in sentences), language)]
    title = frozenset(content_terms(title_words, language)) if title_words else None
    spread = Counter(term for sentence_terms in terms for term in sentence_terms)
    by_spread = sorted((t for t in spread if spread[t] > 1), key=lambda t: (-spread[t], t))
    keywords = frozenset(by_spread[:KEYWORDS])
    degrees = centrality(sentences, terms)
    top_degree = max(degrees) or 1.0
    rank = _ranks(degrees)
    peers = sorted(range(n), key=lambda i: -degrees[i])[:REDUNDANCY_PEERS]
    lead3 = frozenset().union(*terms[:3])
    layout = _layout(sentences)
    mean_words = sum(len(s.words) for s in sentences) / n
    stops = stop_words(language)
    kinds = _word_kinds(sentences)
    rows = []
    for i, sentence in enumerate(sentences):
        own = terms[i]
        paragraph, paragraphs, place, size = layout[i]
        row = [
            float(i),
            i / n,
            1.0 / (1 + i),
            float(n),
            float(paragraph),
            paragraph / paragraphs,
            float(place),
            float(size),
            float(place == 0),
            float(place == size - 1),
            float(len(sentence.words)),
            len(sentence.words) / mean_words if mean_words else 0.0,
            float(len(own)),
            degrees[i] / top_degree,
            rank[i] / n,
            degrees[i] / n,
            _mean_spread(own, spread, n),
            len(own & keywords) / len(keywords) if keywords else 0.0,
            _share(own, terms[0]) if i else 1.0,
            _share(own, lead3 - own if i < 3 else lead3),
            _share(own, terms[i - 1]) if i else 0.0,
            _share(own, terms[i + 1]) if i + 1 < n else 0.0,
            max((_share(own, terms[j]) for j in peers if j != i), default=0.0),
            *_title(own, title),
            *_text_shape(sentence, stops, kinds),
        ]
        rows.append(row)
    return rows


def _ranks(values: Sequence[float]) -> list[float]:
    """0 for the largest value, 1 for the next, ... (ties in document order)."""
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    ranks = [0.0] * len(values)
    for rank, i in enumerate(order):
        ranks[i] = float(rank)
    return ranks


def _layout(sentences: Sequence[Sentence]) -> list[tuple[int, int, int, int]]:
    """(paragraph number, paragraphs, place in the paragraph, its sentences) per sentence."""
    numbers: dict[int, int] = {}
    for s in sentences:
        numbers.setdefault(s.paragraph, len(numbers))
    sizes = Counter(s.paragraph for s in sentences)
    seen: Counter[int] = Counter()
    layout = []
    for s in sentences:
        layout.append((numbers[s.paragraph], len(numbers), seen[s.paragraph], sizes[s.paragraph]))
        seen[s.paragraph] += 1
    return layout


def _mean_spread(own: frozenset[str], spread: Counter[str], n: int) -> float:
    """The mean share of the document's sentences that hold each of the sentence's terms."""
    return sum(spread[t] for t in own) / (len(own) * n) if own else 0.0


def _share(own: frozenset[str], other: frozenset[str]) -> float:
    """The share of the sentence's terms that ``other`` holds too."""
    return len(own & other) / len(own) if own else 0.0


def _title(own: frozenset[str], title: frozenset[str] | None) -> tuple[float, float]:
    """The share of the title's terms the sentence holds, and of its terms the title holds."""
    if not title:
        return NO_TITLE, NO_TITLE
    shared = len(own & title)
    return shared / len(title), shared / len(own) if own else 0.0


def _word_kinds(sentences: Sequence[Sentence]) -> tuple[frozenset[str], frozenset[str]]:
    """The document's capitalised words and its words with a digit, each word looked at once
    (a long document writes most of its words many times)."""
    distinct = set(chain.from_iterable(s.words for s in sentences))
    capitalised = frozenset(w for w in distinct if w[:1].isupper())
    numbers = frozenset(filter(_NUMBER.search, distinct))
    return capitalised, numbers


def _text_shape(
    sentence: Sentence,
    stops: frozenset[str],
    kinds: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[float]:
    """Quotation, numbers, names, punctuation and the first word of the sentence.

    ``kinds``: the capitalised words and the words with a digit (``_word_kinds``), when known.
    """
    text = sentence.text.strip()
    tokens = sentence.words
    count = len(tokens) or 1
    quoted = sum(len(m.group(1)) for m in _QUOTED.finditer(text))
    if kinds is None:
        kinds = _word_kinds([sentence])
    capitals, numbers = kinds
    capitalised = sum(map(capitals.__contains__, tokens[1:]))
    return [
        quoted / len(text) if text else 0.0,
        float(any(c in text for c in '"“”„«»')),
        float(text[:1] in _OPENERS),
        float(text.rstrip(".!?")[-1:] in _CLOSERS or text[-1:] in _CLOSERS),
        float(sum(map(numbers.__contains__, tokens))),
        capitalised / count,
        float(capitalised),
        float(text.endswith("?")),
        float(text.endswith("!")),
        float("(" in text),
        float(bool(tokens) and tokens[0].lower() in stops),
        sum(map(len, tokens)) / count,
        float(text.count(":") + text.count(";")),
    ]
