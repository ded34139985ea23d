"""Quotes: direct quotations and who said them; the notable ones for a briefing."""

from briefing.quotes.find import Quotations, find_quotes, notable_quotes, read_quotations

__all__ = ["Quotations", "find_quotes", "notable_quotes", "read_quotations"]
