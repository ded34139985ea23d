"""Templates, escaping, JSON contract and golden files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import brief, brief_merged, render
from briefing.errors import OptionsError, TemplateError
from briefing.input import read_article
from briefing.output.render import format_for_path, markdown_escape, templates_dir

from .conftest import GOLDEN, ROOT, SAMPLES

#: Every sample article, text and web page, in every language we ship one in.
GOLDEN_SAMPLES = sorted(path.name for path in SAMPLES.glob("*.*"))
EXTENSIONS = {"markdown": "md", "json": "json", "text": "txt"}


def _check_golden(rendered: str, expected: Path, update: bool) -> None:
    """Compare with the golden file; ``pytest --update-golden`` rewrites it instead."""
    if update:
        expected.write_text(rendered, encoding="utf-8")
    assert expected.is_file(), f"no golden file {expected.name}: run pytest --update-golden"
    assert rendered == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", GOLDEN_SAMPLES)
@pytest.mark.parametrize("fmt", list(EXTENSIONS))
def test_golden_briefing(name: str, fmt: str, update_golden: bool) -> None:
    article, source = read_article(str(SAMPLES / name))
    rendered = render(brief(article, source=source), fmt)
    _check_golden(rendered, GOLDEN / f"{name}.{EXTENSIONS[fmt]}", update_golden)


@pytest.mark.parametrize("fmt", list(EXTENSIONS))
def test_golden_merged_briefing(fmt: str, update_golden: bool) -> None:
    reports = [SAMPLES / "harbour-bridge.txt", ROOT / "tests" / "data" / "harbour-bridge-wire.txt"]
    articles = [read_article(str(path)) for path in reports]
    merged = brief_merged([a for a, _ in articles], sources=[n for _, n in articles])
    _check_golden(render(merged, fmt), GOLDEN / f"merged.{EXTENSIONS[fmt]}", update_golden)


def test_no_golden_file_is_left_without_its_sample() -> None:
    expected = {f"{name}.{ext}" for name in GOLDEN_SAMPLES for ext in EXTENSIONS.values()}
    expected |= {f"merged.{ext}" for ext in EXTENSIONS.values()}
    assert {path.name for path in GOLDEN.iterdir() if path.is_file()} == expected


def test_json_contract(sample_text: str) -> None:
    data = json.loads(render(brief(sample_text, sentences=3, quotes=None, actors=None), "json"))
    assert set(data) == {"title", "source", "key_points", "actors", "quotes", "stats", "meta"}
    assert data["meta"] == {"site": None, "author": None, "date": None, "url": None}
    assert len(data["key_points"]) == 3
    for point in data["key_points"]:
        assert set(point) == {"text", "start", "end", "score"}
        assert isinstance(point["score"], float)
    for actor in data["actors"]:
        assert {"name", "kind", "aliases", "roles", "mentions"} <= set(actor)
        assert actor["kind"] in {"person", "organization", "place", "other"}
        assert isinstance(actor["mentions"], int)
    for quote in data["quotes"]:
        assert {"text", "speaker", "start", "end"} <= set(quote)
        assert not quote["text"].startswith(("“", '"'))
    assert {"words", "sentences", "method", "length"} <= set(data["stats"])


def test_text_format_has_no_markdown(sample_text: str) -> None:
    text = render(brief(sample_text, sentences=2), "text")
    assert "KEY POINTS" in text and "##" not in text and "**" not in text


INJECTIONS = [
    "# Heading",
    "---",
    "| a | b |",
    "[x](javascript:alert(1))",
    "<script>alert(1)</script>",
    "`code`",
    "*bold* _it_",
    "1. item",
    "&amp;",
]


@pytest.mark.parametrize("snippet", INJECTIONS)
def test_markdown_escape_keeps_article_text_literal(snippet: str) -> None:
    escaped = markdown_escape(snippet)
    for mark in "#|[]<>`*_":
        assert f"{mark}" not in escaped.replace(f"\\{mark}", "")
    assert not escaped.startswith(("-", "1.", "&"))


def test_article_markup_and_jinja_syntax_stay_literal() -> None:
    text = (
        "# Hacked title\n\nThe mayor said {{ 7*7 }} was the <script>x</script> answer today. "
        "Officials added a [link](javascript:alert(1)) to the `notice` for everyone."
    )
    markdown = render(brief(text, sentences=2), "markdown")
    assert "49" not in markdown
    assert "{{ 7\\*7 }}" in markdown
    assert "<script>" not in markdown and "[link](" not in markdown
    assert "\\[link\\](javascript" in markdown
    assert markdown.count("\n# ") == 0 and markdown.startswith("# \\# Hacked title")


def test_user_template(tmp_path: Path, sample_text: str) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{{ briefing.title }}|{{ briefing.key_points | length }}|{{ data.stats.method }}",
        encoding="utf-8",
    )
    out = render(brief(sample_text, sentences=2), "markdown", template)
    assert out == "Engineers close Port Alder bridge after cracks found in main span|2|news\n"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (None, "not found"),
        ("{% for x in %}", "syntax error"),
        ("{{ briefing.nothing_here }}", "failed while rendering"),
        ("{{ 1 / 0 }}", "failed while rendering"),
        ("{{ ''.__class__.__mro__ }}", "failed while rendering"),
    ],
)
def test_bad_templates_raise_template_error(
    tmp_path: Path, sample_text: str, source: str | None, message: str
) -> None:
    template = tmp_path / "bad.j2"
    if source is not None:
        template.write_text(source, encoding="utf-8")
    with pytest.raises(TemplateError, match=message):
        render(brief(sample_text, sentences=1), "markdown", template)


@pytest.mark.parametrize(
    ("path", "fmt", "expected"),
    [
        ("out.md", None, "markdown"),
        ("out.JSON", None, "json"),
        ("out.txt", None, "text"),
        ("out.html", None, "html"),
        ("out.HTM", None, "html"),
        (None, None, "markdown"),
        ("out.md", "json", "json"),
    ],
)
def test_format_inferred_from_extension(path: str | None, fmt: str | None, expected: str) -> None:
    assert format_for_path(path, fmt) == expected


def test_unknown_format_is_refused() -> None:
    with pytest.raises(OptionsError, match="unknown format"):
        format_for_path(None, "xml")


def test_packaged_templates_are_found() -> None:
    assert (templates_dir() / "briefing.md.j2").is_file()
    assert (templates_dir() / "briefing.txt.j2").is_file()
