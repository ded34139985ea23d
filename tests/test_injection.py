"""Article text is data: Markdown, HTML and Jinja syntax in it come out literal, and a user's
template runs in Jinja2's sandbox.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import brief, render
from briefing.cli.command import app
from briefing.errors import ExitStatus, TemplateError

from .conftest import SAMPLES

HOSTILE = (
    "# Hacked headline\n\n"
    "---\n\n"
    "| col | col |\n|---|---|\n\n"
    "The mayor posted [a form](javascript:alert(document.cookie)) on the council site today.\n\n"
    "Officials said the <script>alert('x')</script> tag was removed by Monday afternoon.\n\n"
    "Engineers wrote `rm -rf /` and ```code``` in the report before they left.\n\n"
    "The spokesman said {{ 7*7 }} and {% for x in range(3) %}x{% endfor %} were typed there.\n\n"
    "> Residents quoted the notice on the door of the hall.\n\n"
    "1. The first step was to close the bridge to all traffic.\n\n"
    "A stray <img src=x onerror=alert(1)> appeared in the caption of the photo on Tuesday."
)


@pytest.fixture(scope="module")
def hostile_markdown() -> str:
    return render(brief(HOSTILE, ratio=1.0), "markdown")


def test_headings_rules_tables_and_lists_stay_text(hostile_markdown: str) -> None:
    lines = hostile_markdown.splitlines()
    assert lines[0] == "# \\# Hacked headline"
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [lines[0], "## Key points", "## Main actors", "## Notable quotes"]
    assert not any(line.startswith(("---", "|", "<", "1.")) for line in lines)


def test_links_html_and_code_stay_text(hostile_markdown: str) -> None:
    assert "\\[a form\\](javascript:alert(document.cookie))" in hostile_markdown
    assert "](" not in hostile_markdown.replace("\\](", "")
    assert "\\<script\\>alert('x')\\</script\\>" in hostile_markdown
    assert "<script" not in hostile_markdown.replace("\\<script", "")
    assert "\\<img src=x onerror=alert(1)\\>" in hostile_markdown
    assert "\\`rm -rf /\\`" in hostile_markdown
    assert "`" not in hostile_markdown.replace("\\`", "")


def test_jinja_in_the_article_is_not_evaluated(hostile_markdown: str) -> None:
    assert "{{ 7\\*7 }}" in hostile_markdown
    assert "{% for x in range(3) %}x{% endfor %}" in hostile_markdown
    assert "49" not in hostile_markdown and "xxx" not in hostile_markdown


def test_jinja_in_the_article_is_not_evaluated_by_a_user_template(tmp_path: Path) -> None:
    template = tmp_path / "mine.j2"
    template.write_text(
        "{% for p in briefing.key_points %}{{ p.text }}\n{% endfor %}", encoding="utf-8"
    )
    text = render(brief(HOSTILE, ratio=1.0), "markdown", template)
    assert "{{ 7*7 }}" in text and "49" not in text


def test_the_command_line_output_is_escaped_too(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = CliRunner().invoke(app, [str(article), "--ratio", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# \\# Hacked headline\n")
    assert "<script" not in result.stdout.replace("\\<script", "")


ESCAPES = {
    "class of a string": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "class of the briefing": "{{ briefing.__class__.__init__.__globals__ }}",
    "globals of a filter": "{{ (briefing.key_points | first).__class__ }}",
    "cycler globals to os": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "lipsum globals": "{{ lipsum.__globals__['os'].system('true') }}",
    "format string attribute": "{{ '{0.__class__}'.format(briefing) }}",
    "private attribute": "{{ briefing.stats.__dict__ }}",
    "mro via attr filter": "{{ briefing | attr('__class__') | attr('__mro__') }}",
}


@pytest.mark.parametrize("source", ESCAPES.values(), ids=list(ESCAPES))
def test_user_templates_cannot_leave_the_sandbox(
    source: str, tmp_path: Path, sample_text: str
) -> None:
    template = tmp_path / "evil.j2"
    template.write_text(source, encoding="utf-8")
    blocked = r"failed while rendering \((SecurityError: .* is unsafe|UndefinedError)"
    with pytest.raises(TemplateError, match=blocked):
        render(brief(sample_text, sentences=1), "markdown", template)


def test_sandbox_escape_through_the_command_line_keeps_the_output(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    out.write_text("precious", encoding="utf-8")
    template = tmp_path / "evil.j2"
    template.write_text(ESCAPES["cycler globals to os"], encoding="utf-8")
    result = CliRunner().invoke(
        app, [str(SAMPLES / "harbour-bridge.txt"), "-t", str(template), "-o", str(out)]
    )
    assert result.exit_code == ExitStatus.TEMPLATE
    assert "unsafe" in result.stderr and result.stderr.count("\n") == 1
    assert out.read_text(encoding="utf-8") == "precious"
