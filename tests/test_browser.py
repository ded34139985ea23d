"""The HTML view in a real browser: the DOM after scripts ran, choosing an actor, the policy at
work, screenshots, and axe-core's WCAG 2 A/AA rules. Skips without ``chromium``."""

from __future__ import annotations

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from briefing import brief, render
from briefing.input.sources import read_article
from briefing.model import Briefing

from . import _browser
from ._page import elements, find
from .conftest import ROOT, SAMPLES, SEED

ARTICLES = sorted(SAMPLES.iterdir()) + ([SEED] if SEED.is_file() else [])
#: Each article's axe-core findings and screenshot, by file name.
Audits = dict[str, tuple[object, Path]]
SCREENSHOT = ROOT / "docs" / "html-view.png"
PNG = b"\x89PNG\r\n\x1a\n"

#: Records every Content-Security-Policy violation, from the first line of the page on.
WATCH = (
    "window.violations = [];"
    "document.addEventListener('securitypolicyviolation', function (e) {"
    " window.violations.push(e.effectiveDirective); });"
)
#: Chooses the first actor (as a click, Enter or Space does), focuses a speaker's name, tries
#: to load an image from the network, then writes what it saw into <pre id="probe">.
PROBE = """
(function () {
  var out = {};
  var button = document.querySelector("button[data-actor]");
  var actor = button.dataset.actor;
  out.expected = document.querySelectorAll('.mention[data-actor="' + actor + '"]').length;
  button.click();
  out.pressed = button.getAttribute("aria-pressed");
  out.chosen = document.querySelectorAll(".mention.chosen").length;
  out.status = document.getElementById("status").textContent;
  button.click();
  out.unchosen = document.querySelectorAll(".mention.chosen").length;
  var speaker = document.querySelector("a.speaker");
  if (speaker) {
    window.focus();
    speaker.focus();
    // :focus matches only while the window has focus, which a headless start may not give it
    out.detail = document.hasFocus() ? getComputedStyle(speaker, "::after").display :
      Array.prototype.some.call(document.styleSheets[0].cssRules, function (rule) {
        return /a\\.speaker:focus::after/.test(rule.selectorText || "") &&
          rule.style.display === "block";
      }) ? "block" : "none";
    out.name = getComputedStyle(speaker, "::before").content;
  }
  out.markBackground = getComputedStyle(document.querySelector("mark.key-point")).backgroundColor;
  out.keyboard = Array.prototype.every.call(
    document.querySelectorAll("a[href], button"), function (e) { return e.tabIndex >= 0; });
  var image = document.createElement("img");
  image.alt = "";
  image.src = "https://example.invalid/tracker.png";
  document.body.appendChild(image);
  setTimeout(function () {
    image.remove();
    out.violations = window.violations;
    var pre = document.createElement("pre");
    pre.id = "probe";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 200);
})();
"""
#: Chooses the first actor (so its highlights are checked too), back at the top for the
#: screenshot, then runs axe-core's WCAG 2 A and AA rules; results into <pre id="axe">.
AXE_RUN = """
var first = document.querySelector("button[data-actor]");
if (first) { first.click(); }
window.scrollTo(0, 0);
axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] },
                    resultTypes: ["violations"] }).then(function (result) {
  var pre = document.createElement("pre");
  pre.id = "axe";
  pre.textContent = JSON.stringify({ policy: window.violations, wcag: result.violations.map(
    function (v) {
      var nodes = v.nodes.map(function (n) { return n.target.join(" "); });
      return { id: v.id, help: v.help, nodes: nodes };
    }) });
  pre.hidden = true;
  document.body.appendChild(pre);
});
"""


def briefed(path: Path) -> Briefing:
    article, name = read_article(str(path))
    return brief(article, source=name, actors=None, quotes=None)


def written(tmp_path: Path, name: str, page: str) -> Path:
    path = tmp_path / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    return path


def pre(dom: str, name: str) -> object:
    found = re.search(rf'<pre id="{name}"[^>]*>(.*?)</pre>', dom, re.S)
    assert found, f"the test script wrote no {name} result"
    text = found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return json.loads(text.replace("&amp;", "&"))


@pytest.fixture(scope="module", autouse=True)
def browser() -> None:
    _browser.chromium()


def test_dom_after_scripts_keeps_every_mark_and_its_text(tmp_path: Path) -> None:
    result = briefed(SAMPLES / "harbour-bridge.html")
    dom = _browser.dump_dom(written(tmp_path, "page", render(result, "html")))
    parsed = elements(dom)
    text = result.documents[0].text
    for number, point in enumerate(result.key_points, start=1):
        (found,) = find(parsed, "mark", id=f"key-point-{number}")
        assert found[1] == text[point.start : point.end]
    for number, quote in enumerate(result.quotes, start=1):
        (found,) = find(parsed, "q", id=f"quote-{number}")
        assert found[1] == text[quote.start : quote.end]
    mentions = sum(len(actor.mentions) for actor in result.actors)
    assert len(find(parsed, "span", class_="mention")) == mentions


def test_hostile_text_stays_text_in_the_browser(tmp_path: Path) -> None:
    text = (
        "Mayor Ann Lee said <script>document.title='owned'</script> on Monday. "
        '“<img src=x onerror="document.title=1"> is </mark></q> text,” Lee said. '
        'See <a href="javascript:alert(1)">this</a> and javascript:alert(2) now.'
    )
    result = brief(text, quotes=None, actors=None)
    dom = _browser.dump_dom(written(tmp_path, "hostile", render(result, "html")))
    parsed = elements(dom)
    assert len(find(parsed, "script")) == 1 and not find(parsed, "img")
    assert all((a.get("href") or "#").startswith("#") for t, a in parsed.tags if t == "a")
    assert "&lt;script&gt;document.title='owned'&lt;/script&gt;" in dom
    assert "<title>owned</title>" not in dom


def test_choosing_an_actor_marks_its_mentions_and_nothing_loads(tmp_path: Path) -> None:
    page = render(briefed(SAMPLES / "harbour-bridge.txt"), "html")
    probe = _browser.with_scripts(page, WATCH, [PROBE])
    result = pre(_browser.dump_dom(written(tmp_path, "probe", probe)), "probe")
    assert isinstance(result, dict)
    assert result["pressed"] == "true" and result["chosen"] == result["expected"] > 0
    assert result["status"].startswith(f"{result['expected']} mention")
    assert result["unchosen"] == 0
    assert result["detail"] == "block"  # details on focus, not only on hover
    assert result["name"] == '"Amara Okafor"'
    assert result["markBackground"] not in {"rgba(0, 0, 0, 0)", "transparent"}  # style applied
    assert result["keyboard"] is True
    assert result["violations"] == ["img-src"]  # the image was refused; style and script ran


@pytest.fixture(scope="module")
def audits(tmp_path_factory: pytest.TempPathFactory) -> Audits:
    """Each article's page with axe-core inlined, run once (in parallel): axe's findings, the
    policy violations, and a screenshot."""
    axe = _browser.axe_source()
    folder = tmp_path_factory.mktemp("audits")

    def audit(path: Path) -> tuple[str, tuple[object, Path]]:
        page = _browser.with_scripts(render(briefed(path), "html"), WATCH, [axe, AXE_RUN])
        shot = folder / f"{path.name}.png"
        dom = _browser.run(
            written(folder, path.name, page),
            "--dump-dom",
            f"--screenshot={shot}",
            "--window-size=1280,900",
            budget_ms=30_000,
        )
        return path.name, (pre(dom, "axe"), shot)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        return dict(pool.map(audit, ARTICLES))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_axe_finds_no_wcag_a_or_aa_violations(path: Path, audits: Audits) -> None:
    found, _ = audits[path.name]
    assert found == {"policy": [], "wcag": []}  # and the policy let the style and scripts run


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_screenshot_of_every_sample(path: Path, audits: Audits, update_golden: bool) -> None:
    _, shot = audits[path.name]
    assert shot.read_bytes().startswith(PNG) and shot.stat().st_size > 20_000
    if update_golden and path.name == "harbour-bridge.txt":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(shot.read_bytes())


def test_the_documented_screenshot_exists() -> None:
    assert SCREENSHOT.read_bytes().startswith(PNG)
