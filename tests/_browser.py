"""Headless Chromium (the Debian package ``chromium``) for tests of the HTML view.

Nothing is downloaded: without ``chromium`` on the PATH the browser tests skip. axe-core comes
from ``tests/browser/node_modules`` (``npm install --no-save axe-core --prefix tests/browser``,
done by ``.ci/run``) or the file named by ``AXE_CORE``; without it the accessibility test skips.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
AXE = Path(os.environ.get("AXE_CORE") or HERE / "browser/node_modules/axe-core/axe.min.js")
#: What Chromium needs to run headless as root in a container, and to stay off the network.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
]
TIMEOUT = 120


def chromium() -> str:
    """The Chromium executable, or skip the test."""
    found = os.environ.get("BRIEFING_CHROMIUM") or shutil.which("chromium")
    if not found:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip("axe-core is absent: npm install --no-save axe-core --prefix tests/browser")
    return AXE.read_text(encoding="utf-8")


def run(page: Path, *arguments: str, budget_ms: int = 5000) -> str:
    """Chromium's output for ``page`` after its scripts ran (``--dump-dom`` and the like)."""
    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile:
        result = subprocess.run(
            [
                chromium(),
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--virtual-time-budget={budget_ms}",
                *arguments,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dump_dom(page: Path, budget_ms: int = 5000) -> str:
    return run(page, "--dump-dom", budget_ms=budget_ms)


def screenshot(page: Path, out: Path, size: tuple[int, int] = (1280, 900)) -> None:
    run(page, f"--screenshot={out}", f"--window-size={size[0]},{size[1]}")


def with_scripts(page: str, head: str, body: list[str]) -> str:
    """A test copy of ``page`` running ``head`` first and ``body`` last, its policy widened by
    exactly their hashes (so it still blocks anything else)."""
    hashes = " ".join(f"'{sha256(script)}'" for script in [head, *body])
    page, count = re.subn(r"script-src ", f"script-src {hashes} ", page, count=1)
    assert count == 1, "the page has no script-src in its policy"
    policy_end = page.index(">", page.index('http-equiv="Content-Security-Policy"')) + 1
    page = page[:policy_end] + f"\n<script>{head}</script>" + page[policy_end:]
    tail = "".join(f"<script>{script}</script>\n" for script in body)
    return page.replace("</body>", tail + "</body>")


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
