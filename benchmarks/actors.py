"""Score the actors briefing finds against the shared actor sets and real pages.

Sets: ``news`` (GUM news, interviews, biographies: running prose with coreference, the main
measure) and ``conll`` (CoNLL-2003 Reuters) dev sets; ``train`` (cross-validation on the
training sets: each document is read by the tagger trained on the other folds, made by
``training/actors.py cv --folds-out DIR``); ``pages`` (real saved news pages: share of the
first six actors that are real entities of the right kind, and of the main actors among them).
Typed PER+ORG precision, recall, F1 with its standard error (bootstrap over documents), F1 on
main actors (named at least twice) and F1 per type.

    python benchmarks/actors.py                              # news, conll, pages
    python benchmarks/actors.py --set train --folds /tmp/folds
    python benchmarks/actors.py --set news --cmd "python my_tool.py"   # any command, JSON out
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))
SETS = {"news": "actors-news-dev.jsonl", "conll": "actors-dev.jsonl"}
TRAIN = ("actors-train.jsonl", "actors-prose-train.jsonl")
PAGES_CMD = f"{sys.executable} -m briefing {{path}} --format json --actors all --quotes all"
BOOTSTRAP = 200


def main(argv: list[str] | None = None) -> int:
    """Score each chosen set and print one block of figures per set."""
    args = _parser().parse_args(argv)
    if not (EVAL / "eval_actors.py").exists():
        print(f"no shared evaluation data at {EVAL}; nothing to score", file=sys.stderr)
        return 0
    scorer = _load("eval_actors", EVAL / "eval_actors.py")
    for name in args.sets or ["news", "conll", "pages"]:
        if name == "pages":
            _pages(args)
        elif name == "train":
            if not args.folds:
                print("train: give --folds DIR (training/actors.py cv --folds-out DIR)")
                continue
            _train_cv(scorer, args.folds, args.limit)
        else:
            docs = _read(EVAL / SETS[name], args.limit)
            outputs = [_actors_of(doc["text"], args.cmd) for doc in docs]
            _report(f"{name} ({SETS[name]})", scorer, docs, outputs)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", help="command instead of briefing: article on stdin, JSON out")
    parser.add_argument(
        "--set", dest="sets", action="append", choices=[*sorted(SETS), "train", "pages"]
    )
    parser.add_argument("--folds", type=Path, help="fold models of training/actors.py cv")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    return parser


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return docs[:limit] if limit else docs


def _actors_of(text: str, cmd: str | None) -> list[dict[str, Any]]:
    if cmd:
        done = subprocess.run(cmd, shell=True, input=text, capture_output=True, text=True)
        return list(json.loads(done.stdout).get("actors", []))
    from briefing import brief

    found = brief(text, actors=None, quotes=0)
    return [
        {"name": a.name, "type": a.type_label, "aliases": list(a.aliases)} for a in found.actors
    ]


def _train_cv(scorer: ModuleType, folds: Path, limit: int | None) -> None:
    """Every training document read with the tagger of the fold that did not see it."""
    from briefing.actors import tagger as tagging

    docs = {d["id"]: d for name in TRAIN for d in _read(EVAL / name)}
    by_source: dict[str, tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]] = {}
    for model_path in sorted(folds.glob("fold*.json")):
        model = tagging.from_json(json.loads(model_path.read_text()))
        ids = model_path.with_suffix(".ids").read_text().split("\n")
        held = [docs[i] for i in ids if i in docs][:limit]
        with _tagger(lambda m=model: m):
            for doc in held:
                source = "train GUM prose" if doc["id"].startswith("gum") else "train CoNLL"
                gold, outputs = by_source.setdefault(source, ([], []))
                gold.append(doc)
                outputs.append(_actors_of(doc["text"], None))
    for source, (gold, outputs) in sorted(by_source.items()):
        _report(f"{source} (cross-validation)", scorer, gold, outputs)


@contextmanager
def _tagger(model: Callable[[], Any]) -> Iterator[None]:
    from briefing.actors import stage

    saved = stage.tagger
    stage.tagger = model
    try:
        yield
    finally:
        stage.tagger = saved


def _report(
    name: str, scorer: ModuleType, docs: list[dict[str, Any]], outputs: list[list[dict[str, Any]]]
) -> None:
    print(f"{name}: {len(docs)} documents")
    for label, types in (("PER+ORG", {"PER", "ORG"}), ("PER", {"PER"}), ("ORG", {"ORG"})):
        counts = [
            scorer.score_doc(d, o, types, True)[0] for d, o in zip(docs, outputs, strict=True)
        ]
        p, r, f1, f1_main = _figures(scorer, counts)
        se = _standard_error(scorer, counts)
        print(
            f"  typed {label:<8} P={p:.3f} R={r:.3f} F1={f1:.3f} ±{se:.3f}  F1_main={f1_main:.3f}"
        )


def _figures(scorer: ModuleType, counts: list[collections.Counter[str]]) -> tuple[float, ...]:
    total: collections.Counter[str] = collections.Counter()
    for count in counts:
        total.update(count)
    p, r, f1 = scorer.prf(total["tp"], total["pred"], total["gold"])
    _, r_main, _ = scorer.prf(total["tp_main"], total["pred"], total["gold_main"])
    f1_main = 2 * p * r_main / (p + r_main) if p + r_main else 0.0
    return p, r, f1, f1_main


def _standard_error(scorer: ModuleType, counts: list[collections.Counter[str]]) -> float:
    """Standard deviation of F1 over documents drawn again with replacement."""
    rng = random.Random(0)
    values = []
    for _ in range(BOOTSTRAP):
        sample = [counts[rng.randrange(len(counts))] for _ in counts]
        values.append(_figures(scorer, sample)[2])
    mean = sum(values) / len(values)
    return float((sum((v - mean) ** 2 for v in values) / (len(values) - 1)) ** 0.5)


def _pages(args: argparse.Namespace) -> None:
    script = EVAL / "eval_pages.py"
    data = EVAL / "pages-dev.jsonl"
    command = [sys.executable, str(script), str(data), "--cmd", args.cmd or PAGES_CMD]
    env_path = f"PYTHONPATH={ROOT} "
    command[-1] = env_path + command[-1] if not args.cmd else command[-1]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"pages ({data.name}): {summary['pages']} pages, {summary['errors']} errors")
    print(
        f"  actors@6={summary['actors@6']:.3f} main@6={summary['main@6']:.3f} "
        f"junk@6/page={summary['junk@6_per_page']:.3f} actors F1={summary['actors_F1']:.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
