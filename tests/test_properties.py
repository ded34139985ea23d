"""Properties of ``brief()`` and ``render()`` over news-like and arbitrary Unicode text.

Profiles (``tests/_hypothesis_profiles.py``): ``ci`` by default, ``HYPOTHESIS_PROFILE=deep`` for
a long run.
"""

from __future__ import annotations

import json
import random
import re
import warnings
from itertools import pairwise
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from briefing import brief, render
from briefing.errors import BriefingError
from briefing.input.text import read_document
from briefing.language.words import content_terms
from briefing.model import Actor, Briefing, KeyPoint, Mention, Quote, Sentence, Stats
from briefing.options import LANGUAGES, METHODS, BriefingOptions, Length
from briefing.output.labels import labels
from briefing.pipeline import MIN_REPEATED_WORDS
from briefing.ranking.select import MAX_OVERLAP, RATERS, is_candidate
from briefing.segment import segment, words

# -- Strategies --------------------------------------------------------------------------------

WORDS = """the a council voted on Monday to close bridge after engineers found cracks in its main
span residents will take ferry until repairs end Mayor Lena Marsh said officials added police
minister government company shares fell rose percent million billion year week report new old
storm harbour hospital school court judge ruled against for with by from Dr. Mr. Mrs. U.S. Inc.
Jan. No. 5 3.5 2024 St. J. R. Tolkien e.g. i.e. etc. al. it was is are were has have had not
CEO NATO OTTAWA (Reuters) – — - 's""".split()
MARKUP = [
    "# heading",
    "## Sub",
    "---",
    "===",
    "***",
    "| a | b |",
    "|---|---|",
    "[x](javascript:alert(1))",
    "![img](http://x/y.png)",
    "<script>alert(1)</script>",
    "<b onclick=x>bold</b>",
    "<!-- note -->",
    "<http://example.com>",
    "`code`",
    "```",
    "~~~",
    "{{ 7*7 }}",
    "{% if x %}",
    "{# c #}",
    "*em*",
    "_em_",
    "~~strike~~",
    "> quoted",
    "- item",
    "+ item",
    "1. item",
    "2) item",
    "&amp;",
    "&#60;",
    "\\",
    "\\#",
    "[1]: http://x",
    "\u202eevil\u202c",
]
ENDINGS = [".", ".", ".", "?", "!", "…", ".”", '."', ".)", "", ":"]


#: News words four times as likely as markup.
VOCABULARY = [*WORDS, *WORDS, *WORDS, *WORDS, *MARKUP]
SAYING = ["said Mayor Marsh.", "she said.", "he added.", "Dr. Okafor told reporters."]


def _sentence(rng: random.Random) -> str:
    text = " ".join(rng.choices(VOCABULARY, k=rng.randint(1, 12)))
    text = text[:1].upper() + text[1:]
    shape = rng.randrange(6)
    if shape == 0:
        return f"“{text},” {rng.choice(SAYING)}"
    if shape == 1:
        return f'"{text}{rng.choice(ENDINGS)}"'
    return text + rng.choice(ENDINGS)


@st.composite
def news_articles(draw: st.DrawFn) -> str:
    """Paragraphs of news-like sentences with markup, plus arbitrary Unicode spliced in.

    The skeleton comes from one drawn seed (cheap to generate, so thousands of examples run
    quickly); the arbitrary fragments are drawn, and shrink, on their own.
    """
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    fragments = draw(st.lists(st.text(max_size=16), max_size=3))
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        parts = [_sentence(rng) for _ in range(rng.randint(1, 4))]
        paragraphs.append(rng.choice([" ", "  ", "\n"]).join(parts))
    for fragment in fragments:
        where = rng.randrange(len(paragraphs))
        text = paragraphs[where]
        cut = rng.randint(0, len(text))
        paragraphs[where] = text[:cut] + fragment + text[cut:]
    head = rng.sample(["Council closes bridge", "By Lena Marsh"], rng.randint(0, 2))
    return rng.choice(["\n\n", "\n", "\r\n\r\n", "\n\n\n"]).join([*head, *paragraphs])


#: Mostly news-like text (so every stage has work to do), sometimes anything at all.
TEXTS = st.one_of(news_articles(), news_articles(), news_articles(), st.text(max_size=300))

LENGTHS = st.one_of(
    st.integers(1, 12).map(lambda n: Length("sentences", n)),
    st.floats(0, 1, exclude_min=True).map(lambda r: Length("ratio", r)),
    st.integers(1, 150).map(lambda n: Length("words", n)),
)
OPTIONS = st.builds(
    BriefingOptions,
    length=LENGTHS,
    method=st.one_of(*[st.sampled_from(["news", "lead"])] * 3, st.sampled_from(sorted(METHODS))),
    actors=st.none() | st.integers(0, 8),
    quotes=st.none() | st.integers(0, 8),
)


#: Methods whose numerics come from sumy and numpy.
SUMY_METHODS = frozenset(m for m, where in RATERS.items() if "sumy_methods" in where)


def _brief_or_skip(text: str, options: BriefingOptions) -> Briefing | None:
    try:
        return _brief(text, options)
    except BriefingError:
        return None


def _brief(text: str, options: BriefingOptions) -> Briefing:
    """``brief()``; numpy's warnings inside sumy (a one-sentence LexRank divides 0 by 0) are
    let through for the sumy methods only, since the scores then fall back to ``null``.
    """
    with warnings.catch_warnings():
        if options.method in SUMY_METHODS:
            warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"sumy\.")
        return brief(text, options)


# -- brief() -----------------------------------------------------------------------------------


@given(text=st.one_of(st.text(), TEXTS), options=OPTIONS)
@example(text="", options=BriefingOptions())
@example(text="\x00\ud800\u2028\x85", options=BriefingOptions())
def test_any_text_gives_a_briefing_or_one_briefing_error(
    text: str, options: BriefingOptions
) -> None:
    try:
        result = _brief(text, options)
    except BriefingError as error:
        assert error.message and "\n" not in error.message  # noqa: PT017 - any input may fail
        return
    assert isinstance(result, Briefing)
    for fmt in ("markdown", "text", "json"):
        assert render(result, fmt).endswith("\n")


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _check_count(
    length: Length, chosen: list[Sentence], others: list[Sentence], total: int, language: str
) -> None:
    """The asked length is met, except that a sentence repeating a chosen one is left out."""
    terms = {s.start: frozenset(content_terms(s.words, language)) for s in [*chosen, *others]}

    def repeats(sentence: Sentence) -> bool:
        mine = terms[sentence.start]
        return any(_overlap(mine, terms[c.start]) > MAX_OVERLAP for c in chosen)

    available = len(chosen) + len(others)
    if length.unit == "words":
        budget = int(length.value)
        used = sum(len(s.words) for s in chosen)
        assert used <= budget or len(chosen) == 1
        assert all(repeats(s) or used + len(s.words) > budget for s in others)
        return
    wanted = min(available, length.sentence_count(total))
    assert 1 <= len(chosen) <= wanted
    if len(chosen) < wanted:
        assert all(repeats(s) for s in others)


@given(text=TEXTS, options=OPTIONS)
def test_key_points_quotes_and_mentions_are_exact_ordered_and_sized(
    text: str, options: BriefingOptions
) -> None:
    result = _brief_or_skip(text, options)
    if result is None:
        return
    document = read_document(text)
    all_sentences = segment(document)
    points = result.key_points
    for point in points:
        assert document.text[point.start : point.end] == point.text
    assert all(a.end <= b.start for a, b in pairwise(points))
    if not all_sentences:
        assert points == ()
    else:
        candidates = [s for s in all_sentences if is_candidate(s)] or list(all_sentences)
        by_span = {(s.start, s.end): s for s in candidates}
        assert all((p.start, p.end) in by_span for p in points)
        chosen = [by_span[p.start, p.end] for p in points]
        # A sentence that holds a shown quote is shown as that quote, not again as a key point.
        quoted = [
            (q.start, q.end) for q in result.quotes if len(words(q.text)) >= MIN_REPEATED_WORDS
        ]
        others = [
            s
            for s in candidates
            if s not in chosen and not any(a < s.end and s.start < b for a, b in quoted)
        ]
        _check_count(options.length, chosen, others, len(all_sentences), result.stats.language)
    # Quotes and actors come from their own stages; their offsets must still cite the text.
    for quote in result.quotes:
        assert document.text[quote.start : quote.end] == quote.text
    for actor in result.actors:
        for mention in actor.mentions:
            assert document.text[mention.start : mention.end] == mention.text


# -- render() ----------------------------------------------------------------------------------

TEMPLATE_HEADINGS = {
    f"## {labels(language)[key]}"
    for language in LANGUAGES
    for key in ("key_points", "main_actors", "notable_quotes", "sources")
}
#: How the packaged Markdown template starts the lines that carry article text.
LINE_STARTS = (
    "- **",
    "- ",
    "> — ",
    "*",
    *sorted({f"> {labels(language)['open_quote']}" for language in LANGUAGES}),
)
#: Markdown that would turn article text into structure at the start of a line.
BLOCK_START = re.compile(r"\s*(?:#|---|___|\*\*\*|===|\||<|>|[-+*]\s|\d+[.)]|```|~~~)")
#: Characters that are markup anywhere in a line; article text may hold them only escaped.
INLINE = "<>[]|`#~_"


def _unescaped(body: str, mark: str) -> bool:
    """Whether ``mark`` occurs without an (odd run of) backslash before it."""
    for match in re.finditer(re.escape(mark), body):
        backslashes = len(body[: match.start()]) - len(body[: match.start()].rstrip("\\"))
        if backslashes % 2 == 0:
            return True
    return False


def assert_inert_markdown(markdown: str, briefing: Briefing) -> None:
    lines = markdown.splitlines()
    assert lines[0].startswith("# ")
    for number, line in enumerate(lines):
        if not line or line in TEMPLATE_HEADINGS:
            continue
        start = "# " if number == 0 else next((s for s in LINE_STARTS if line.startswith(s)), "")
        assert start, f"line {number} does not come from the template: {line!r}"
        body = line[len(start) :]
        assert not BLOCK_START.match(body), f"markup at the start of line {number}: {line!r}"
        for mark in INLINE:
            assert not _unescaped(body, mark), f"unescaped {mark!r} in line {number}: {line!r}"
        assert "<script" not in body.lower().replace("\\<script", "")
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == len(briefing.key_points) + len(briefing.actors)
    opening = f"> {labels(briefing.stats.language)['open_quote']}"
    assert sum(line.startswith(opening) for line in lines) == len(briefing.quotes)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def assert_strict_json(rendered: str, briefing: Briefing) -> None:
    data = json.loads(rendered, parse_constant=_reject_constant)
    assert [p["text"] for p in data["key_points"]] == [p.text for p in briefing.key_points]
    assert [q["text"] for q in data["quotes"]] == [q.text for q in briefing.quotes]
    assert data["title"] == briefing.title


def assert_plain_text_lines(rendered: str, briefing: Briefing) -> None:
    items = [line for line in rendered.splitlines() if line.startswith("  * ")]
    assert len(items) == len(briefing.key_points) + len(briefing.actors)


@given(text=TEXTS, options=OPTIONS)
def test_rendered_briefings_of_articles_are_inert_and_parse(
    text: str, options: BriefingOptions
) -> None:
    result = _brief_or_skip(text, options)
    if result is None:
        return
    assert_inert_markdown(render(result, "markdown"), result)
    assert_strict_json(render(result, "json"), result)
    assert_plain_text_lines(render(result, "text"), result)


FIELD_TEXT = st.one_of(
    st.text(max_size=24),
    st.sampled_from(MARKUP),
    st.lists(st.sampled_from(MARKUP) | st.text(max_size=4), max_size=4).map("".join),
)
OFFSET = st.integers(0, 10_000)
SCORES = st.floats(allow_nan=True, allow_infinity=True)
ANY_BRIEFING = st.builds(
    Briefing,
    source=FIELD_TEXT,
    title=st.none() | FIELD_TEXT,
    key_points=st.lists(
        st.builds(KeyPoint, text=FIELD_TEXT, start=OFFSET, end=OFFSET, score=SCORES, index=OFFSET),
        max_size=4,
    ).map(tuple),
    actors=st.lists(
        st.builds(
            Actor,
            name=FIELD_TEXT,
            kind=st.sampled_from(["person", "organization", "place", "other"]),
            aliases=st.lists(FIELD_TEXT, max_size=2).map(tuple),
            roles=st.lists(FIELD_TEXT, max_size=2).map(tuple),
            mentions=st.lists(st.builds(Mention, FIELD_TEXT, OFFSET, OFFSET), max_size=2).map(
                tuple
            ),
            salience=SCORES,
        ),
        max_size=3,
    ).map(tuple),
    quotes=st.lists(
        st.builds(
            Quote,
            text=FIELD_TEXT,
            start=OFFSET,
            end=OFFSET,
            speaker=st.none() | FIELD_TEXT,
            cue=st.none() | FIELD_TEXT,
            partial=st.booleans(),
        ),
        max_size=2,
    ).map(tuple),
    stats=st.builds(
        Stats,
        words=OFFSET,
        sentences=OFFSET,
        reading_minutes=OFFSET,
        method=st.sampled_from(sorted(METHODS)),
        length=st.sampled_from(["medium (5 sentences)", "3 sentences", "20% of sentences"]),
        language=st.just("english"),
    ),
)


@given(briefing=ANY_BRIEFING)
def test_any_briefing_renders_inert_markdown_strict_json_and_one_line_text(
    briefing: Briefing,
) -> None:
    assert_inert_markdown(render(briefing, "markdown"), briefing)
    assert_strict_json(render(briefing, "json"), briefing)
    assert_plain_text_lines(render(briefing, "text"), briefing)
