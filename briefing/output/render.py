"""Briefing -> Markdown, plain text (Jinja2 templates) or JSON (straight from the data model).

Templates ship inside the package (``briefing/templates`` in a wheel) and are read from the
checkout's top-level ``templates/`` in a development install. A user's own template runs in
Jinja2's sandbox and sees the same variables and filters as ours.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from briefing.errors import OptionsError, TemplateError
from briefing.model import Briefing

FORMATS: dict[str, str] = {
    "markdown": "briefing.md.j2",
    "text": "briefing.txt.j2",
    "json": "",
    "html": "briefing.html.j2",
}
EXTENSIONS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def format_for_path(path: str | None, fmt: str | None) -> str:
    """The output format: as given (a name or an extension: ``md``), else from the output
    file's extension, else Markdown."""
    if fmt is not None:
        key = fmt.lower()
        key = EXTENSIONS.get(f".{key}", key)  # a file extension names its format: md, txt
        if key not in FORMATS:
            raise OptionsError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
        return key
    if path and path != "-":
        return EXTENSIONS.get(Path(path).suffix.lower(), "markdown")
    return "markdown"


def render(
    briefing: Briefing,
    fmt: str = "markdown",
    template: str | Path | None = None,
    *,
    template_text: str | None = None,
) -> str:
    """The briefing as text in ``fmt``.

    ``template`` (a path) or ``template_text`` (its contents) replaces the packaged template.
    """
    fmt = format_for_path(None, fmt)
    if template is not None:
        template_text = read_template(template)
    if fmt == "json" and template_text is None:
        data = _finite(briefing.to_dict())
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    html = fmt == "html"
    if template_text is None:
        chosen = _environment(html).get_template(FORMATS[fmt])
    else:
        chosen = _compile(template_text, str(template or "template"), html)
    try:
        text: str = chosen.render(**_context(briefing, html))
    except Exception as error:  # a template's own bug, reported as the template's fault
        raise TemplateError(
            f"template failed while rendering ({type(error).__name__}: {error}); fix the template"
        ) from None
    return text if text.endswith("\n") else text + "\n"


def read_template(path: str | Path) -> str:
    """A user template's text, checked for syntax errors before any article is briefed."""
    try:
        source = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(f"template not found: {path}; check the --template path") from None
    except IsADirectoryError:
        raise TemplateError(f"template {path} is a directory; give a template file") from None
    except UnicodeDecodeError:
        raise TemplateError(f"template {path} is not UTF-8 text; save it as UTF-8") from None
    except OSError as error:
        raise TemplateError(
            f"cannot read template {path} ({error.strerror or error}); check its permissions"
        ) from None
    _compile(source, str(path))
    return source


def markdown_escape(value: Any) -> str:
    """Article text as literal Markdown: one line, no markup, links, HTML or headings."""
    text = _SPACE.sub(" ", str(value)).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_LINE_START.sub(r"\1\\\2", text)


def quotation(value: Any) -> str:
    """A quotation for display: one line, without the comma that led to its attribution."""
    return one_line(value).rstrip(",;: ")


def one_line(value: Any) -> str:
    """Article text with its white space collapsed, for plain-text output."""
    return _SPACE.sub(" ", str(value)).strip()


def templates_dir() -> Path:
    """Where the packaged templates are: inside the installed package, else the checkout."""
    packaged = resources.files("briefing") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "templates"


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinite floats as ``None``, which strict JSON can carry."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def _context(briefing: Briefing, html: bool = False) -> dict[str, Any]:
    from .labels import labels
    from .phrases import phrases

    stats = briefing.stats
    context = {
        "briefing": briefing,
        "b": briefing,
        "data": briefing.to_dict(),
        "labels": labels(stats.language),
        "phrases": phrases(stats.method, stats.length, stats.language),
    }
    if html:
        from briefing.output.page import build_page

        context["page"] = build_page(briefing, templates_dir())
    return context


@cache
def _environment(html: bool = False) -> Any:
    """The sandboxed Jinja2 environment; for HTML every value is escaped unless marked safe."""
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir())),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=html,
    )
    env.filters["md"] = markdown_escape
    env.filters["line"] = one_line
    env.filters["quotation"] = quotation
    return env


def _compile(source: str, name: str, html: bool = False) -> Any:
    from jinja2 import TemplateSyntaxError

    try:
        return _environment(html).from_string(source)
    except TemplateSyntaxError as error:
        raise TemplateError(
            f"template {name} has a syntax error on line {error.lineno} ({error.message}); "
            "fix the template"
        ) from None
    except Exception as error:  # e.g. nesting too deep for the compiler
        raise TemplateError(
            f"template {name} cannot be compiled ({type(error).__name__}: {error}); "
            "simplify the template"
        ) from None
