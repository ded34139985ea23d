"""The command line: options in, briefings out; batches of articles on processes or Dask."""

from briefing.cli.command import app, main

__all__ = ["app", "main"]
