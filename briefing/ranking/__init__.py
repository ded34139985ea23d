"""Key points: rate sentences with a chosen method, then select them to fit the length."""

from briefing.ranking.select import RankContext, is_candidate, key_points, rate, select

__all__ = ["RankContext", "is_candidate", "key_points", "rate", "select"]
