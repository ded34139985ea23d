"""Train the name tagger of the actor stage and ship it as ``briefing/actors/data/tagger.json.gz``.

Data (none of it ships; only the weights do):
* ``../shared/eval/actors-train.jsonl``: CoNLL-2003 eng.train (Reuters, research use).
* ``../shared/eval/actors-prose-train.jsonl``: GUM, twelve genres other than news
  (annotations CC BY 4.0, texts under the licence each record states).
* WikiGold (Balasuriya, Ringland, Nothman, Murphy & Curran 2009: 145 Wikipedia articles with
  CoNLL-style PER/ORG/LOC/MISC annotation; Wikipedia text CC BY-SA; the annotation was released
  with the paper) as redistributed in GitHub ``caurdy/LGP-NER-RegEx`` commit
  ``ba90d82bf439ed307da1333c27b692b5ef173f47``, path ``wikigold.conll.txt``; give its path with
  ``--wikigold`` (it is kept outside the project).

    python training/actors.py cv --wikigold /path/wikigold.conll.txt     # 4-fold CV on train
    python training/actors.py train --wikigold /path/wikigold.conll.txt  # ship the model

Needs the ``train`` extra (python-crfsuite). The tagger is a linear-chain CRF (L-BFGS with L1
and L2 penalties); features with weights below ``--prune`` are dropped before shipping.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from briefing.actors import tagger as tagging  # noqa: E402
from briefing.actors.mentions import sentences as sentence_spans  # noqa: E402
from briefing.actors.mentions import tokens  # noqa: E402
from briefing.input.text import read_document  # noqa: E402

TRAIN_SETS = ("actors-train.jsonl", "actors-prose-train.jsonl")
#: L1 and L2 penalties and iterations: 4-fold CV on train (see README of the model).
C1, C2, ITERATIONS = 0.1, 0.01, 150
#: Weights smaller than this are dropped from the shipped model (CV: no change in F1 at 0.05).
PRUNE = 0.05
FOLDS = 4
SEED = 20240611


@dataclass(frozen=True)
class Example:
    """One document as the tagger sees it: words, labels and features of every sentence."""

    id: str
    words: list[list[str]]
    labels: list[list[str]]
    features: list[list[list[str]]]


def load_jsonl(path: Path) -> list[dict]:
    """One record per line of a JSON Lines file."""
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def wikigold(path: Path) -> list[dict]:
    """WikiGold's IOB1 token lines as records of the shared format (text + entity offsets)."""
    docs: list[dict] = []
    words: list[tuple[str, str]] = []
    sentences: list[list[tuple[str, str]]] = []

    def flush_sentence() -> None:
        if words:
            sentences.append(list(words))
            words.clear()

    def flush_doc() -> None:
        flush_sentence()
        if sentences:
            docs.append(_detokenised(f"wikigold:{len(docs):03d}", sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush_doc()
        elif not line.strip():
            flush_sentence()
        else:
            word, _, tag = line.rpartition(" ")
            words.append((word, tag if tag[:2] in ("I-", "B-") else "O"))
    flush_doc()
    return docs


_NO_SPACE_BEFORE = frozenset([",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't"])


def _detokenised(doc_id: str, sentences: list[list[tuple[str, str]]]) -> dict:
    text_parts: list[str] = []
    entities: list[dict] = []
    offset = 0
    for sentence in sentences:
        if text_parts:
            text_parts.append("\n")
            offset += 1
        current: dict | None = None
        for k, (word, tag) in enumerate(sentence):
            if k and word not in _NO_SPACE_BEFORE and sentence[k - 1][0] not in ("(", "[", "$"):
                text_parts.append(" ")
                offset += 1
            start = offset
            text_parts.append(word)
            offset += len(word)
            kind = tag[2:] if tag != "O" else None
            if current and kind == current["type"] and not tag.startswith("B-"):
                current["end"] = offset
            else:
                if current:
                    entities.append(current)
                current = {"type": kind, "start": start, "end": offset} if kind else None
        if current:
            entities.append(current)
    text = "".join(text_parts)
    for entity in entities:
        entity["text"] = text[entity["start"] : entity["end"]]
    return {"id": doc_id, "text": text, "entities": entities}


def example(doc: dict) -> Example:
    """Sentences as the actor stage splits them, labelled B-/I-KIND from the gold offsets."""
    document = read_document(doc["text"])
    text = document.text
    spans = [(s, e) for _, s, e in sentence_spans(document)]
    toks = [tokens(text, s, e) for s, e in spans]
    kinds = [""] * (len(text) + 1)
    starts = set()
    if text == doc["text"]:
        for entity in doc["entities"]:
            if entity["type"] in tagging.KINDS:
                for c in range(entity["start"], entity["end"]):
                    kinds[c] = entity["type"]
                starts.add(entity["start"])
    words = [[t.text for t in sentence] for sentence in toks]
    labels = []
    for sentence in toks:
        row = []
        prev = ""
        for t in sentence:
            kind = kinds[t.start]
            if not kind:
                row.append("O")
            elif kind == prev and t.start not in starts:
                row.append("I-" + kind)
            else:
                row.append("B-" + kind)
            prev = kind
        labels.append(row)
    cues = tagging.document_cues(text, words)
    features = [tagging.sentence_features(w, cues) for w in words]
    return Example(doc["id"], words, labels, features)


def train(examples: list[Example], c1: float, c2: float, iterations: int) -> dict:
    """A CRF trained by python-crfsuite, as the JSON the package decodes."""
    import pycrfsuite  # the train extra

    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        for feats, labels in zip(ex.features, ex.labels, strict=True):
            if feats:
                trainer.append(feats, labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        crf = pycrfsuite.Tagger()
        crf.open(path)
        info = crf.info()
    return as_json(info.state_features, info.transitions)


def as_json(
    state_features: dict[tuple[str, str], float],
    transitions: dict[tuple[str, str], float],
    prune: float = PRUNE,
) -> dict:
    """The model as the plain JSON the pure-Python decoder reads."""
    labels = ["O", *sorted({label for _, label in state_features} - {"O"})]
    index = {label: k for k, label in enumerate(labels)}
    table = [[0.0] * len(labels) for _ in labels]
    for (a, b), weight in transitions.items():
        table[index[a]][index[b]] = round(weight, 3)
    states: dict[str, list[list[float]]] = collections.defaultdict(list)
    for (feature, label), weight in state_features.items():
        if abs(weight) >= prune:
            states[feature].append([index[label], round(weight, 3)])
    return {"labels": labels, "transitions": table, "states": dict(sorted(states.items()))}


def load_examples(wikigold_path: Path | None) -> list[Example]:
    """Every training document: CoNLL train, GUM prose train and, when given, WikiGold."""
    docs = [d for name in TRAIN_SETS for d in load_jsonl(EVAL / name)]
    if wikigold_path:
        docs += wikigold(wikigold_path)
    return [example(d) for d in docs]


def folds(examples: list[Example], k: int = FOLDS) -> list[list[Example]]:
    """Documents dealt into k folds, the same way every run."""
    order = sorted(examples, key=lambda e: e.id)
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def token_scores(model: dict, examples: list[Example]) -> dict[str, float]:
    """Entity-level P/R/F1 per kind over the examples' sentences (exact spans)."""
    tagger = tagging.from_json(model)
    counts: collections.Counter[str] = collections.Counter()
    for ex in examples:
        words_of_doc = ex.words
        cues = tagging.document_cues("\n".join(" ".join(w) for w in words_of_doc), words_of_doc)
        found = tagger.tag(words_of_doc, cues)
        for entities, labels in zip(found, ex.labels, strict=True):
            gold = set(_spans(labels))
            pred = {(e.first, e.last, e.kind) for e in entities}
            for kind in tagging.KINDS:
                g = {s for s in gold if s[2] == kind}
                p = {s for s in pred if s[2] == kind}
                counts[kind + "tp"] += len(g & p)
                counts[kind + "gold"] += len(g)
                counts[kind + "pred"] += len(p)
    out = {}
    for kind in (*tagging.KINDS, "ALL"):
        kinds = tagging.KINDS if kind == "ALL" else (kind,)
        tp = sum(counts[k + "tp"] for k in kinds)
        p = tp / max(1, sum(counts[k + "pred"] for k in kinds))
        r = tp / max(1, sum(counts[k + "gold"] for k in kinds))
        out[kind] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def _spans(labels: list[str]) -> list[tuple[int, int, str]]:
    out = []
    i = 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        kind = labels[i][2:]
        j = i + 1
        while j < len(labels) and labels[j] == "I-" + kind:
            j += 1
        out.append((i, j, kind))
        i = j
    return out


def main(argv: list[str] | None = None) -> int:
    """Train the tagger or cross-validate it, as the command line asks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["cv", "train"])
    parser.add_argument("--wikigold", type=Path)
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--prune", type=float, default=PRUNE)
    parser.add_argument("--folds-out", type=Path, help="folder for the fold models (cv)")
    parser.add_argument("--out", type=Path, default=ROOT / "briefing" / "actors" / tagging.MODEL)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    examples = load_examples(args.wikigold)
    print(f"{len(examples)} documents read in {time.perf_counter() - started:.0f}s")
    if args.command == "train":
        model = train(examples, args.c1, args.c2, args.iterations)
        model = _pruned(model, args.prune)
        data = gzip.compress(json.dumps(model, separators=(",", ":")).encode(), mtime=0)
        args.out.write_bytes(data)
        print(f"{len(model['states'])} features, {len(data) // 1024} KB -> {args.out}")
        return 0
    parts = folds(examples)
    for k, held in enumerate(parts):
        rest = [ex for n, part in enumerate(parts) if n != k for ex in part]
        model = _pruned(train(rest, args.c1, args.c2, args.iterations), args.prune)
        if args.folds_out:
            args.folds_out.mkdir(parents=True, exist_ok=True)
            (args.folds_out / f"fold{k}.json").write_text(json.dumps(model))
            (args.folds_out / f"fold{k}.ids").write_text("\n".join(ex.id for ex in held))
        scores = token_scores(model, held)
        print(f"fold {k}: " + " ".join(f"{kind} {f:.3f}" for kind, f in scores.items()))
    print(f"{time.perf_counter() - started:.0f}s")
    return 0


def _pruned(model: dict, prune: float) -> dict:
    states = {}
    for feature, pairs in model["states"].items():
        kept = [pair for pair in pairs if abs(pair[1]) >= prune]
        if kept:
            states[feature] = kept
    return {**model, "states": states}


if __name__ == "__main__":
    sys.exit(main())
