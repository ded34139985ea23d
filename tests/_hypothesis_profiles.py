"""Hypothesis profiles: ``ci`` by default, ``deep`` with ``HYPOTHESIS_PROFILE=deep``.

``ci`` draws the same examples on every run, so a red run names a change, not a lucky draw;
``deep`` and ``dev`` draw new ones each time, to keep exploring.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}

settings.register_profile("ci", max_examples=2_000, derandomize=True, **_COMMON)
settings.register_profile("deep", max_examples=20_000, **_COMMON)
settings.register_profile("dev", max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
