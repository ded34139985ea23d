"""ROUGE of the key points of every ranking method on the shared news evaluation sets.

Scores come from the shared scorer's own ``rouge`` function (``shared/eval/eval_summ.py``), so
the numbers mean the same as the scorer's command line; the library runs in-process, which is
much faster than a process per article. Time per document covers reading, sentence splitting,
rating and selection.

    python benchmarks/keypoints.py                      # every method, both sets, 3 sentences
    python benchmarks/keypoints.py --methods news,lead --limit 100
    python benchmarks/keypoints.py --set LEAD_DECAY=0.2 --set LENGTH_CAP=35 --methods news
    python benchmarks/keypoints.py --summarise -n 3 < article.txt   # a --cmd for eval_summ.py

Sets: BBC (``news-dev``), CNN (``cnndm-dev`` as given, one block of text) and CNN-pairs (the same
stories laid out in two-sentence paragraphs, as news sites print them). Each method's ROUGE-1
gain is paired, story by story, with the shared scorer's own baseline: Lead-3 on CNN, sumy
TextRank on BBC; ``±`` is the standard error of the mean gain. The cross-validation figures of
the learned model on the training sets are read from its model file.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
SETS = {"BBC": "news-dev.jsonl", "CNN": "cnndm-dev.jsonl", "CNN-pairs": "cnndm-dev.jsonl"}
#: The scorer's baseline each set's gains are paired with.
BASELINES = {"BBC": "textrank", "CNN": "lead", "CNN-pairs": "lead"}
METRICS = ("rouge1", "rouge2", "rougeLsum")

sys.path.insert(0, str(ROOT))

from briefing.input.text import read_document  # noqa: E402
from briefing.options import METHODS, Length  # noqa: E402
from briefing.ranking.select import RankContext, key_points  # noqa: E402
from briefing.segment import segment  # noqa: E402
from training.layouts import in_paragraphs  # noqa: E402


@dataclass
class Result:
    """Mean ROUGE F1 (x100) of one method on one set, and its mean seconds per document."""

    scores: dict[str, float]
    seconds: float
    failures: int
    rouge1: list[float]


def load_scorer(eval_dir: Path) -> ModuleType:
    """The shared scorer, imported from its file so that its ROUGE is the one used."""
    spec = importlib.util.spec_from_file_location("eval_summ", eval_dir / "eval_summ.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(eval_dir / "eval_summ.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summarise(text: str, sentences: int, method: str) -> list[str]:
    """The key points of ``text`` as the briefing would list them."""
    document = read_document(text)
    context = RankContext(title=document.title)
    points = key_points(segment(document), Length("sentences", sentences), method, context)
    return [point.text for point in points]


def evaluate(scorer: ModuleType, docs: list[dict[str, Any]], method: str, sentences: int) -> Result:
    """Mean scores over all documents; a document that fails scores 0, as in the scorer."""
    totals = dict.fromkeys(METRICS, 0.0)
    elapsed, failures = 0.0, 0
    per_doc = []
    for doc in docs:
        start = time.perf_counter()
        try:
            summary = summarise(doc["text"], sentences, method)
        except Exception:
            summary = []
        elapsed += time.perf_counter() - start
        if not summary:
            failures += 1
            per_doc.append(0.0)
            continue
        scores = scorer.rouge(summary, doc.get("summary_sentences") or [doc["summary"]])
        for metric in METRICS:
            totals[metric] += scores[metric][2]
        per_doc.append(100 * scores["rouge1"][2])
    n = max(1, len(docs))
    return Result({m: 100 * v / n for m, v in totals.items()}, elapsed / n, failures, per_doc)


def baseline(scorer: ModuleType, docs: list[dict[str, Any]], name: str) -> list[float]:
    """ROUGE-1 F1 (x100) per document of one of the scorer's own baselines at 3 sentences."""
    scores = []
    for doc in docs:
        summary = scorer.run_baseline(name, doc, 3)
        reference = doc.get("summary_sentences") or [doc["summary"]]
        scores.append(100 * scorer.rouge(summary, reference)["rouge1"][2] if summary else 0.0)
    return scores


def gain(ours: list[float], theirs: list[float]) -> str:
    """Mean paired gain and its standard error, as ``+1.2 ± 0.5``."""
    gains = [a - b for a, b in zip(ours, theirs, strict=True)]
    if len(gains) < 2:
        return "n/a"
    se = statistics.stdev(gains) / math.sqrt(len(gains))
    return f"{statistics.fmean(gains):+.1f} ± {se:.1f}"


def load_docs(
    path: Path, limit: int, with_title: bool, pairs: bool = False
) -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    docs = docs[:limit] if limit else docs
    if pairs:
        for doc in docs:
            doc["text"] = in_paragraphs(doc["text"], (2,))
    if with_title:
        for doc in docs:
            if doc.get("title"):
                doc["text"] = f"{doc['title']}\n\n{doc['text']}"
    return docs


def override(settings: list[str]) -> None:
    """Set parameters of the ranker or the selection (``NAME=VALUE``) to compare them."""
    from briefing.ranking import news as news_rank
    from briefing.ranking import select as rank

    for setting in settings:
        name, _, value = setting.partition("=")
        module = next((m for m in (news_rank, rank) if hasattr(m, name)), None)
        if module is None:
            raise SystemExit(f"no parameter {name!r} in the news ranker or the selector")
        setattr(module, name, type(getattr(module, name))(value))


def table(
    results: dict[str, dict[str, Result]], sets: list[str], base: dict[str, list[float]]
) -> str:
    """A Markdown table: one row per method; per set ROUGE-1/2/L, the paired R-1 gain, ms/doc."""
    head = "| method | " + " | ".join(
        f"{s} R-1 | {s} R-2 | {s} R-L | {s} vs {BASELINES[s]} | {s} ms/doc" for s in sets
    )
    rule = "| --- |" + " ---: |" * (5 * len(sets))
    rows = [head + " |", rule]
    for method, by_set in results.items():
        cells = []
        for name in sets:
            result = by_set[name]
            cells += [f"{result.scores[m]:.1f}" for m in METRICS]
            cells.append(gain(result.rouge1, base[name]))
            cells.append(f"{1000 * result.seconds:.1f}")
        rows.append(f"| {method} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated methods")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: BBC,CNN,CNN-pairs")
    parser.add_argument("-n", "--sentences", type=int, default=3, help="key points per article")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of a set")
    parser.add_argument("--with-title", action="store_true", help="put the title (BBC) first")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a parameter of briefing.ranking.news or briefing.ranking.select",
    )
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR, help="the shared eval data")
    parser.add_argument(
        "--summarise",
        action="store_true",
        help='print {"summary": [...]} for the article on stdin (for --cmd)',
    )
    parser.add_argument("--method", default="news", help="method for --summarise")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    override(args.set)
    if args.summarise:
        summary = summarise(sys.stdin.read(), args.sentences, args.method)
        print(json.dumps({"summary": summary}))
        return 0
    if not (args.eval_dir / "eval_summ.py").is_file():
        print(f"no evaluation data at {args.eval_dir}; nothing to measure", file=sys.stderr)
        return 0
    scorer = load_scorer(args.eval_dir)
    methods = [m for m in args.methods.split(",") if m]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        print(f"unknown methods: {', '.join(unknown)}", file=sys.stderr)
        return 2
    sets = [s for s in args.sets.split(",") if s]
    data = {
        s: load_docs(args.eval_dir / SETS[s], args.limit, args.with_title, s == "CNN-pairs")
        for s in sets
    }
    base = {s: baseline(scorer, data[s], BASELINES[s]) for s in sets}
    results: dict[str, dict[str, Result]] = {}
    for method in methods:
        results[method] = {s: evaluate(scorer, data[s], method, args.sentences) for s in sets}
        print(f"{method}: done", file=sys.stderr, flush=True)
    sizes = ", ".join(f"{s} {len(data[s])} articles" for s in sets)
    print(f"ROUGE F1 x100 at {args.sentences} sentences ({sizes}):\n")
    print(table(results, sets, base))
    print(cross_validation())
    return 0


def cross_validation() -> str:
    """The learned model's cross-validation figures on the training sets, from its file."""
    path = ROOT / "briefing" / "ranking" / "keypoints.json"
    figures = json.loads(path.read_text(encoding="utf-8")).get("cross_validation_rouge1", {})
    lines = [f"- {name}: {figure}" for name, figure in figures.items()]
    return "\nLearned model (news), 5-fold cross-validation on train, ROUGE-1:\n" + "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
