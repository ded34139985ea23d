"""Score quote detection and speaker attribution with the shared quotes scorer.

Runs ``eval_quotes.py`` from the evaluation folder that sits beside the repository
(``../shared/eval``) over ``quotes-dev.jsonl``; every article goes through the command on
stdin, which must print ``{"quotes": [{"text", "speaker", ...}]}``. The scorer prints span
precision/recall/F1 (exact and overlap50), speaker accuracy on named gold speakers, the
pronoun-inclusive accuracy and end-to-end F1.

    python benchmarks/quotes.py                 # the CLI's JSON output
    python benchmarks/quotes.py --limit 20      # a quick look
    python benchmarks/quotes.py --cmd "python my_driver.py" --details /tmp/details.jsonl
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SCORER = "eval_quotes.py"
DEFAULT_DATA = "quotes-dev.jsonl"


def default_command() -> str:
    """The CLI with every quote and actor, as JSON."""
    python = shlex.quote(sys.executable)
    return f"{python} -m briefing - --format json --quotes all --actors all"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", default=default_command(), help="command to score (stdin → JSON)")
    parser.add_argument("--data", default=DEFAULT_DATA, help="gold file inside the eval folder")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--details", help="write per-article matches and errors to this file")
    parser.add_argument("--json", action="store_true", help="print the scorer's JSON summary")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    scorer, data = EVAL_DIR / SCORER, EVAL_DIR / args.data
    if not scorer.is_file() or not data.is_file():
        print(f"quotes benchmark skipped: {scorer} or {data} not found", file=sys.stderr)
        return 0
    command = [sys.executable, str(scorer), str(data), "--cmd", args.cmd]
    if args.limit:
        command += ["--limit", str(args.limit)]
    if args.details:
        command += ["--details", args.details]
    if args.json:
        command.append("--json")
    print(f"$ {shlex.join(command)}", file=sys.stderr)
    repo = Path(__file__).resolve().parents[1]
    return subprocess.run(command, cwd=repo, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
