"""Score the actors the command line finds against the shared actor sets.

Runs the shared scorer ``eval_actors.py`` over the news set (GUM: running prose with
coreference, the main measure) and the CoNLL-2003 set (Reuters, secondary), and prints typed
PER+ORG precision, recall and F1, F1 on main actors (named at least twice) and F1 per type.

    python benchmarks/actors.py                 # both sets, the CLI's JSON output
    python benchmarks/actors.py --set news --details /tmp/details
    python benchmarks/actors.py --cmd "python my_tool.py"
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SETS = {"news": "actors-news-dev.jsonl", "conll": "actors-dev.jsonl"}
DEFAULT_CMD = f"{sys.executable} -m briefing - --format json --actors all --quotes 0"


def main(argv: list[str] | None = None) -> int:
    """Run the scorer on each chosen set and print one block of figures per set."""
    args = _parser().parse_args(argv)
    scorer = EVAL / "eval_actors.py"
    if not scorer.exists():
        print(f"no shared evaluation data at {EVAL}; nothing to score", file=sys.stderr)
        return 0
    for name in args.sets or list(SETS):
        summary = _score(scorer, EVAL / SETS[name], args, name)
        _report(name, summary)
    print(f"command: {args.cmd}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", default=DEFAULT_CMD, help="command: article on stdin, JSON out")
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS))
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    parser.add_argument("--details", type=Path, help="folder for the scorer's per-document errors")
    return parser


def _score(scorer: Path, gold: Path, args: argparse.Namespace, name: str) -> dict:
    command = [sys.executable, str(scorer), str(gold), "--cmd", args.cmd, "--json"]
    if args.limit:
        command += ["--limit", str(args.limit)]
    if args.details:
        args.details.mkdir(parents=True, exist_ok=True)
        command += ["--details", str(args.details / f"{name}.jsonl")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _report(name: str, summary: dict) -> None:
    main_score = summary["typed ORG+PER"]
    print(f"{name} ({SETS[name]}): {summary['docs']} documents, {summary['errors']} errors")
    print(
        f"  typed PER+ORG  P={main_score['p']:.3f} R={main_score['r']:.3f} "
        f"F1={main_score['f1']:.3f}  F1_main={main_score['f1_main']:.3f}"
    )
    for kind in ("PER", "ORG", "LOC"):
        score = summary[f"typed {kind}"]
        print(f"  typed {kind:<8} P={score['p']:.3f} R={score['r']:.3f} F1={score['f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
