"""The HTML view: every mark where its offsets say, nothing that loads, hostile text as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefing import brief, render
from briefing.cli import app
from briefing.input.sources import read_article
from briefing.model import Briefing, Document, SourceInfo
from briefing.output.page import SCRIPT, STYLE, content_security_policy
from briefing.output.render import templates_dir
from briefing.pipeline import brief_merged

from ._page import TEMPLATE_ATTRIBUTES, TEMPLATE_TAGS, elements, find
from .conftest import SAMPLES, SEED

ARTICLES = sorted(SAMPLES.iterdir()) + ([SEED] if SEED.is_file() else [])
#: The most style and script a page may carry, in bytes.
ASSET_BUDGET = 40_000


def briefed(path: Path) -> Briefing:
    article, name = read_article(str(path))
    return brief(article, source=name, actors=None, quotes=None)


def check_marks(result: Briefing, page: str) -> None:
    """Each key point, quote and actor mention is one element whose text is its offsets'."""
    (document,) = result.documents
    text = document.text
    parsed = elements(page)
    shown = [t for (tag, a), t in zip(parsed.tags, parsed.texts, strict=True) if is_block(a)]
    blocks = sorted(document.blocks, key=lambda b: (b.start, b.end))
    assert shown == [text[b.start : b.end] for b in blocks]  # the article, all of it, as text
    for number, point in enumerate(result.key_points, start=1):
        (found,) = find(parsed, "mark", id=f"key-point-{number}")
        assert found[1] == text[point.start : point.end] == point.text
        assert "part" not in found[0]["class"]
    for number, quote in enumerate(result.quotes, start=1):
        (found,) = find(parsed, "q", id=f"quote-{number}")
        assert found[1] == text[quote.start : quote.end]
        assert "part" not in found[0]["class"]
    for number, actor in enumerate(result.actors, start=1):
        spans = find(parsed, "span", class_="mention", data_actor=str(number))
        mentions = sorted(actor.mentions, key=lambda m: (m.start, m.end))
        assert [t for _, t in spans] == [text[m.start : m.end] for m in mentions]
        assert len(spans) == result.to_dict()["actors"][number - 1]["mentions"]


def is_block(attrs: dict[str, str | None]) -> bool:
    return (attrs.get("class") or "").startswith("block-")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_mark_is_one_element_with_its_text(path: Path) -> None:
    result = briefed(path)
    check_marks(result, render(result, "html"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_nothing_can_load(path: Path) -> None:
    result = briefed(path)
    page = render(result, "html")
    parsed = elements(page)
    (policy,) = find(parsed, "meta", http_equiv="Content-Security-Policy")
    assert policy[0]["content"].startswith("default-src 'none';")
    assert "'unsafe-inline'" not in policy[0]["content"]
    for tag, attrs in parsed.tags:
        assert "src" not in attrs and tag not in {"link", "img", "iframe", "object", "embed"}
        href = attrs.get("href")
        assert href is None or href.startswith("#") or href == result.meta.url
    assert not re.search(r"url\(|@import|https?://", templates_css_and_js())


def test_the_policy_allows_exactly_the_inline_style_and_script(sample_path: Path) -> None:
    page = render(briefed(sample_path), "html")
    parsed = elements(page)
    (policy,) = find(parsed, "meta", http_equiv="Content-Security-Policy")
    ((_, style),) = find(parsed, "style")
    ((_, script),) = find(parsed, "script")
    assert policy[0]["content"] == content_security_policy(style, script)


def test_style_and_script_fit_the_budget() -> None:
    assert len(templates_css_and_js().encode("utf-8")) < ASSET_BUDGET


def test_the_address_of_a_web_page_is_its_only_link_out() -> None:
    result = briefed(SAMPLES / "solar-cooperative.html")
    outside = [
        attrs["href"]
        for tag, attrs in elements(render(result, "html")).tags
        if tag == "a" and not (attrs["href"] or "#").startswith("#")
    ]
    assert outside == ([result.meta.url] if result.meta.url else [])


def test_a_script_address_is_not_a_link() -> None:
    document = Document("Hello world. Bye now.", (), meta=SourceInfo(url="javascript:alert(1)"))
    page = render(brief(document), "html")
    assert all((attrs.get("href") or "#")[0] == "#" for _, attrs in elements(page).tags)


def test_crossing_quote_and_key_point_nest() -> None:
    text = "“Ships will sail. Ports will open,” the minister said on Monday in Port Alder."
    result = brief(text, sentences=1, quotes=None, actors=None)
    page = render(result, "html")
    quote = result.quotes[0]
    pieces = find(elements(page), "q")
    assert "".join(t for _, t in pieces) == text[quote.start : quote.end]


def test_merged_briefing_shows_each_article() -> None:
    paths = [SAMPLES / "harbour-bridge.txt", SAMPLES / "solar-cooperative.txt"]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    result = brief_merged(texts, sources=[p.name for p in paths], quotes=None)
    parsed = elements(render(result, "html"))
    assert len(find(parsed, "article")) == 2
    for number, point in enumerate(result.key_points, start=1):
        document = next(d for d in result.documents if d.source == point.source)
        (found,) = find(parsed, "mark", id=f"key-point-{number}")
        assert found[1] == document.text[point.start : point.end]


def test_a_briefing_without_its_text_still_renders(sample_text: str) -> None:
    from dataclasses import replace

    page = render(replace(brief(sample_text), documents=()), "html")
    assert 'href="#key-point-1"' not in page and "<ol>" in page


def test_json_and_markdown_do_not_carry_the_text(sample_text: str) -> None:
    result = brief(sample_text)
    assert "documents" not in result.to_dict()
    assert "documents" not in repr(result)


def test_command_line_formats_from_extension_and_directories(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "brief.html"
    result = runner.invoke(app, [str(SAMPLES / "harbour-bridge.html"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    folder = tmp_path / "pages"
    result = runner.invoke(app, [str(SAMPLES), "-o", f"{folder}/", "-f", "html"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in folder.iterdir())
    assert names and all(name.endswith(".html") for name in names)


def templates_css_and_js() -> str:
    folder = templates_dir()
    return (folder / STYLE).read_text(encoding="utf-8") + (folder / SCRIPT).read_text(
        encoding="utf-8"
    )


# -- hostile article text ----------------------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(1)",
    "</mark>",
    "</q></p><p>",
    '" onmouseover="alert(1)',
    "' autofocus onfocus='alert(1)",
    "<!--",
    "-->",
    "&lt;b&gt;",
    "&amp;",
    "<style>*{}</style>",
    "<meta http-equiv=refresh content=0>",
    "{{ 7*7 }}",
    "<![CDATA[",
    "</script>",
    "<svg/onload=alert(1)>",
]
WORDS = "Mayor Ann Lee said “we will rebuild” on Monday . The council of Port Alder voted".split()


@st.composite
def hostile_articles(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(HOSTILE + WORDS), min_size=1, max_size=40))
    breaks = draw(st.lists(st.sampled_from([" ", " ", "\n\n", ". "]), min_size=len(pieces)))
    return "".join(p + b for p, b in zip(pieces, breaks, strict=False))


@settings(max_examples=max(50, settings().max_examples // 10))
@given(hostile_articles())
def test_hostile_article_text_stays_text(text: str) -> None:
    result = brief(text, quotes=None, actors=None)
    page = render(result, "html")
    parsed = elements(page)
    assert {tag for tag, _ in parsed.tags} <= TEMPLATE_TAGS
    assert {name for _, attrs in parsed.tags for name in attrs} <= TEMPLATE_ATTRIBUTES
    assert len(find(parsed, "script")) <= 1 and len(find(parsed, "style")) == 1
    assert all((attrs.get("href") or "#").startswith("#") for _, attrs in parsed.tags)
    if result.documents:
        check_marks(result, page)


def test_hostile_names_stay_text_in_every_attribute_and_element() -> None:
    from briefing.model import Actor, Block, KeyPoint, Mention, Quote, Stats

    evil = "\"'><img src=x onerror=alert(1)><script>alert(2)</script>"
    text = f"{evil} said “stop”."
    document = Document(text, (Block("paragraph", 0, len(text), text),), source=evil)
    speaker_at = (0, len(evil))
    quote_at = (text.index("stop"), text.index("stop") + 4)
    actor = Actor(evil, "person", (evil,), (evil,), (Mention(evil, *speaker_at),), 1.0)
    result = Briefing(
        source=evil,
        title=evil,
        key_points=(KeyPoint(text, 0, len(text), 1.0, 0),),
        actors=(actor,),
        quotes=(Quote("stop", *quote_at, speaker=evil),),
        stats=Stats(5, 1, 1, evil, evil, "english"),
        meta=SourceInfo(site=evil, author=evil, date=evil, url=evil),
        documents=(document,),
    )
    page = render(result, "html")
    parsed = elements(page)
    assert {tag for tag, _ in parsed.tags} <= TEMPLATE_TAGS - {"img"}
    assert {name for _, attrs in parsed.tags for name in attrs} <= TEMPLATE_ATTRIBUTES
    assert len(find(parsed, "script")) == 1
    (speaker,) = find(parsed, "a", class_="speaker")
    assert speaker[0]["data-name"] == evil and speaker[0]["href"] == "#actor-1"
    check_marks(result, page)


def test_a_user_html_template_is_autoescaped_and_sees_the_page(tmp_path: Path) -> None:
    template = tmp_path / "mine.html.j2"
    template.write_text(
        "<h1>{{ briefing.title }}</h1>{{ page.articles | length }}|{{ page.csp[:16] }}",
        encoding="utf-8",
    )
    result = brief("# <b>Bold</b> news\n\nThe council met on Monday. It voted.")
    out = render(result, "html", template)
    assert out == "<h1># &lt;b&gt;Bold&lt;/b&gt; news</h1>1|default-src &#39;non\n"
