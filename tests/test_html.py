"""Web pages as articles: the body without boilerplate, its structure, and where it comes from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import brief, render
from briefing.cli.command import app
from briefing.errors import ExitStatus, InputError
from briefing.input.html import decode_html, looks_like_html, read_html
from briefing.input.sources import read_article
from briefing.input.text import read_document

from .conftest import ROOT, SAMPLES

pytest.importorskip("trafilatura")

runner = CliRunner()
NAMES = ["harbour-bridge", "river-valley-vaccines", "solar-cooperative"]
BOILERPLATE = ["cookie", "Subscribe", "Most read", "Sign up", "All rights reserved", "comments"]


def _key_points(*args: str) -> list[str]:
    result = runner.invoke(app, [*args, "-f", "json"])
    assert result.exit_code == 0, result.output
    return [point["text"] for point in json.loads(result.stdout)["key_points"]]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("length", [[], ["-n", "1"], ["-n", "3"], ["-n", "8"]])
def test_page_gives_the_key_points_of_its_text(name: str, length: list[str]) -> None:
    from_html = _key_points(str(SAMPLES / f"{name}.html"), *length)
    assert from_html
    assert from_html == _key_points(str(SAMPLES / f"{name}.txt"), *length)


@pytest.mark.parametrize("name", NAMES)
def test_page_has_the_blocks_of_its_text_and_a_byline(name: str) -> None:
    page, _ = read_article(str(SAMPLES / f"{name}.html"))
    text = read_document((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"))
    assert not isinstance(page, str)
    without_byline = [(b.kind, b.text) for b in page.blocks if b.kind != "byline"]
    assert without_byline == [(b.kind, b.text) for b in text.blocks if b.kind != "byline"]
    assert [b.kind for b in page.blocks][:2] == ["title", "byline"]
    for block in page.blocks:
        assert page.text[block.start : block.end] == block.text
    for word in BOILERPLATE:
        assert word.lower() not in page.text.lower(), word


def test_page_metadata() -> None:
    page, name = read_article(str(SAMPLES / "harbour-bridge.html"))
    assert name == "harbour-bridge.html"
    assert not isinstance(page, str)
    assert page.meta.site == "Port Alder Gazette"
    assert page.meta.author == "Lena Marsh"
    assert page.meta.date == "2025-03-03"
    assert page.meta.url == (
        "https://www.portaldergazette.example/news/2025/03/03/queensway-bridge-closed"
    )


def test_source_line_and_json_show_site_author_and_date() -> None:
    markdown = runner.invoke(app, [str(SAMPLES / "solar-cooperative.html"), "-n", "2"]).stdout
    line = markdown.splitlines()[2]
    assert line.startswith(
        "*Westmere Times · by Owen Pryce · 2024-06-14 · solar-cooperative.html ·"
    )
    text = runner.invoke(app, [str(SAMPLES / "solar-cooperative.html"), "-f", "text"]).stdout
    assert text.splitlines()[1].startswith("Westmere Times · by Owen Pryce · 2024-06-14 ·")
    data = json.loads(
        runner.invoke(app, [str(SAMPLES / "solar-cooperative.html"), "-f", "json"]).stdout
    )
    assert data["meta"]["site"] == "Westmere Times"
    assert data["meta"]["author"] == "Owen Pryce"
    assert data["source"] == "solar-cooperative.html"


def test_text_source_line_is_unchanged() -> None:
    markdown = runner.invoke(app, [str(SAMPLES / "harbour-bridge.txt"), "-n", "2"]).stdout
    assert markdown.splitlines()[2].startswith("*harbour-bridge.txt · ")


def test_headings_captions_lists_and_quotes_keep_their_kinds() -> None:
    page = read_html(
        """<!doctype html><html><head><title>Dam repairs begin | River News</title>
        <meta name="author" content="Jo Park"></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>Dam repairs begin</h1>
        <p>Repairs on the Lowmoor dam began on Monday after months of delay, the water board
        said.<br>Work is expected to take two years and will cost about 40 million pounds.</p>
        <h2>What changes for residents</h2>
        <p>The reservoir will be kept at half its usual level while engineers replace the
        spillway gates, and the footpath over the dam will stay closed.</p>
        <ul><li>The car park stays open every day of the week.</li>
        <li>Boat hire resumes in spring once the water level is back to normal.</li></ul>
        <blockquote><p>“We have waited a long time for this work to start,” said a local
        councillor at the meeting on Monday evening.</p></blockquote>
        <figure><img src="dam.jpg"><figcaption>The Lowmoor dam seen from the north bank
        on Monday.</figcaption></figure>
        <p>The water board said it would publish monthly updates on its website until the
        repairs are finished.</p></article>
        <footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
        </body></html>""",
        "dam.html",
    )
    kinds = [(b.kind, b.text[:24]) for b in page.blocks]
    assert kinds == [
        ("title", "Dam repairs begin"),
        ("byline", "By Jo Park"),
        ("paragraph", "Repairs on the Lowmoor d"),
        ("heading", "What changes for residen"),
        ("paragraph", "The reservoir will be ke"),
        ("paragraph", "The car park stays open "),
        ("paragraph", "Boat hire resumes in spr"),
        ("paragraph", "“We have waited a long t"),
        ("caption", "The Lowmoor dam seen fro"),
        ("paragraph", "The water board said it "),
    ]
    assert "said. Work is expected" in page.text  # a line break is a space
    assert all("\n" not in b.text for b in page.blocks)
    result = brief(page, sentences=2)
    assert result.title == "Dam repairs begin"
    assert "Home" not in page.text and "Privacy" not in page.text
    assert "## Key points" in render(result)


def test_html_on_standard_input_is_recognised() -> None:
    html = (SAMPLES / "harbour-bridge.html").read_text(encoding="utf-8")
    result = runner.invoke(app, ["-", "-n", "2", "-f", "json"], input=html)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == "Engineers close Port Alder bridge after cracks found in main span"
    assert data["source"] == "<stdin>" and data["meta"]["author"] == "Lena Marsh"


def test_page_encodings() -> None:
    body = "<p>Café owners in Montréal said the new rules were “unfair” to them.</p>"
    page = f"<html><head><meta charset='windows-1252'></head><body>{body}</body></html>"
    assert decode_html(page.encode("cp1252")) == page
    undeclared = page.replace("<meta charset='windows-1252'>", "")
    assert decode_html(undeclared.encode("cp1252")) == undeclared  # as browsers read it
    assert decode_html(undeclared.encode("utf-8")) == undeclared
    assert decode_html(b"\xef\xbb\xbf" + undeclared.encode("utf-8")) == undeclared
    latin = "<html><body><p>Señora Ibáñez</p></body></html>"
    assert decode_html(latin.encode("latin-1"), declared="iso-8859-1") == latin
    assert decode_html(latin.encode("latin-1"), declared="no-such-charset") == latin
    assert decode_html(latin.encode("utf-8"), "utf-8") == latin
    with pytest.raises(InputError, match="not valid utf-8"):
        decode_html(latin.encode("latin-1"), "utf-8")


def test_what_counts_as_html() -> None:
    assert looks_like_html(b"<!DOCTYPE html><html>")
    assert looks_like_html(b"\xef\xbb\xbf\n  <html lang='en'>")
    assert looks_like_html(b"<!-- saved from url=(0042)https://x.example/ -->\n<html>")
    assert not looks_like_html(b"Engineers close Port Alder bridge\n\nBy Lena Marsh")
    assert not looks_like_html(b"<b>not a page</b> but a line of text")


def test_an_html_file_without_markup_is_text(tmp_path: Path) -> None:
    page = tmp_path / "notes.html"
    page.write_text("Council approves budget\n\nThe council approved the budget.", "utf-8")
    article, _ = read_article(str(page))
    assert article == "Council approves budget\n\nThe council approved the budget."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_pages_without_an_article_fail_cleanly(tmp_path: Path, data: bytes, message: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(str(page))
    result = runner.invoke(app, [str(page)])
    assert result.exit_code == ExitStatus.INPUT
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefing: error: ")


def test_batch_briefs_pages_and_text_alike(tmp_path: Path) -> None:
    pages = [str(SAMPLES / f"{name}.html") for name in NAMES]
    out = tmp_path / "out"
    sources = [*pages, str(SAMPLES / "harbour-bridge.txt")]
    result = runner.invoke(app, [*sources, "-o", f"{out}/", "-j", "2"])  # pages cross processes
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{name}.md" for name in NAMES] + ["harbour-bridge-2.md"]
    )
    from_page = (out / "harbour-bridge.md").read_text(encoding="utf-8")
    from_text = (out / "harbour-bridge-2.md").read_text(encoding="utf-8")
    assert "by Lena Marsh" in from_page.splitlines()[2]
    assert from_page.split("## Key points")[1] == from_text.split("## Key points")[1]


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_reading_a_page_uses_no_network() -> None:
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise OSError('network access while reading a page')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "from briefing.cli import main\nsys.argv = ['briefing', sys.argv[1], '-n', '2']\nmain()\n"
    )
    result = _run(code, str(SAMPLES / "river-valley-vaccines.html"))
    assert result.returncode == 0, result.stderr
    assert "## Key points" in result.stdout


def test_text_files_do_not_load_the_extractor_or_the_network_code() -> None:
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print(sorted(m for m in ('trafilatura', 'lxml', "
        "'urllib.request', 'briefing.input.web') if m in sys.modules), file=sys.stderr))\n"
        "from briefing.cli import main\nsys.argv = ['briefing', sys.argv[1], '-n', '2']\nmain()\n"
    )
    result = _run(code, str(SAMPLES / "harbour-bridge.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]"
