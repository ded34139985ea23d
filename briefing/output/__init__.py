"""Output: a ``Briefing`` rendered as Markdown, text or JSON, and written safely."""

from briefing.output.render import FORMATS, format_for_path, read_template, render
from briefing.output.writing import check_output, write_output

__all__ = ["FORMATS", "check_output", "format_for_path", "read_template", "render", "write_output"]
