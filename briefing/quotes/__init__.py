"""Quotes: direct quotations and who said them; the notable ones for a briefing."""

from briefing.quotes.find import find_quotes, notable_quotes

__all__ = ["find_quotes", "notable_quotes"]
