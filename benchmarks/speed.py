"""Speed and memory of briefing, each figure a ratio against a reference run on this machine.

    python benchmarks/speed.py            # all measures, Markdown table on stdout
    python benchmarks/speed.py --only startup,methods

Measures:
  startup  `briefing SAMPLE` vs `python -c "import nltk"` (median of several runs each)
  whole    the whole briefing of the 10,000-sentence document with each method vs sumy's
           same method on 1,000 of its sentences (the default vs sumy's fastest, TextRank);
           wall-clock time, then processor time of all processes (a long article is rated and
           tagged in a second process where there is a spare processor)
  aside    what handing work to a second process costs (fork and reading the answer back)
           against rating 1,000 sentences with text-rank: why ``ASIDE_FROM`` is where it is
  methods  key points of a 10,000-sentence document with our lex-rank, text-rank, lsa and the
           default, vs sumy's same method on 1,000 sentences (sumy's LexRank for the default)
  memory   peak RSS of `brief()` on the 10,000-sentence document, per method
  batch    the 250 articles of quotes-dev.jsonl with --jobs 2 vs 250 separate CLI runs
  html     the HTML page of the 10,000-sentence document (all actors and quotes) vs briefing
           it; the page's size, and how long headless Chromium takes to open it (if installed)

The long document is built from the articles in ../shared/eval (skipped when absent).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SAMPLE = ROOT / "samples" / "harbour-bridge.txt"
sys.path.insert(0, str(ROOT))

METHODS = {"lex-rank": "lex_rank", "text-rank": "text_rank", "lsa": "lsa", "news": "lex_rank"}


def _wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(runs: int = 7) -> list[tuple[str, str, str, str]]:
    cli = _wall([sys.executable, "-m", "briefing", str(SAMPLE)], runs)
    nltk = _wall([sys.executable, "-c", "import nltk"], runs)
    help_ = _wall([sys.executable, "-m", "briefing", "--help"], runs)
    bare = _wall([sys.executable, "-c", "pass"], runs)
    return [
        (
            "`briefing SAMPLE` vs `import nltk`",
            f"{cli:.2f} s",
            f"{nltk:.2f} s",
            f"{cli / nltk:.2f}x",
        ),
        (
            "`briefing --help` vs `import nltk`",
            f"{help_:.2f} s",
            f"{nltk:.2f} s",
            f"{help_ / nltk:.2f}x",
        ),
        ("(bare interpreter start)", f"{bare:.2f} s", "", ""),
    ]


def _articles() -> list[str]:
    texts = []
    for name in ("cnndm-dev.jsonl", "news-dev.jsonl", "quotes-dev.jsonl"):
        path = EVAL / name
        texts += [
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
        ]
    return texts


def long_document(sentences: int) -> str:
    """Paragraphs from the eval articles until the document has ``sentences`` sentences."""
    from briefing.input.text import read_document
    from briefing.segment import segment

    paragraphs, count = [], 0
    for text in _articles():
        for paragraph in text.split("\n"):
            if paragraph.strip():
                paragraphs.append(paragraph.strip())
                count += len(segment(read_document("x\n\n" + paragraph)))
                if count >= sentences:
                    document = "\n\n".join(paragraphs)
                    return document
    raise SystemExit("not enough text in ../shared/eval for the long document")


def _sentences(text: str, limit: int):  # type: ignore[no-untyped-def]
    from briefing.input.text import read_document
    from briefing.segment import segment

    return segment(read_document(text))[:limit]


def methods(big: str) -> list[tuple[str, str, str, str]]:
    from briefing.ranking import sumy_methods as sumy_methods
    from briefing.ranking.select import RankContext, rate

    rows = []
    ten_k = _sentences(big, 10_000)
    one_k = ten_k[:1000]
    for method, sumy_name in METHODS.items():
        start = time.perf_counter()
        rate(method, ten_k, RankContext())
        ours = time.perf_counter() - start
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            getattr(sumy_methods, f"rate_{sumy_name}")(one_k, RankContext())
        theirs = time.perf_counter() - start
        label = f"{method} on {len(ten_k):,} vs sumy {sumy_name.replace('_', '-')} on 1,000"
        rows.append((label, f"{ours:.2f} s", f"{theirs:.2f} s", f"{ours / theirs:.2f}x"))
    return rows


#: Rounds of the whole-briefing measure: sumy's methods and ours taken in turns, medians kept
#: (on a shared machine one run of sumy's TextRank took anywhere from 2.2 to 5.3 s).
ROUNDS = 3


def whole(big: str, rounds: int = ROUNDS) -> list[tuple[str, str, str, str]]:
    """The whole briefing (key points, actors, quotes) of the long document with each method,
    against sumy's same method ranking 1,000 of its sentences; the default against sumy's
    fastest, TextRank. Medians of ``rounds`` rounds, each running every reference and every
    method once."""
    from briefing import brief
    from briefing.ranking import sumy_methods as sumy_methods
    from briefing.ranking.select import RankContext

    one_k = _sentences(big, 1000)
    theirs: dict[str, list[tuple[float, float]]] = {}
    ours: dict[str, list[tuple[float, float]]] = {}
    for _ in range(rounds):
        for sumy_name in sorted(set(METHODS.values()) | {"text_rank"}):
            start, cpu = time.perf_counter(), _cpu()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                getattr(sumy_methods, f"rate_{sumy_name}")(one_k, RankContext())
            theirs.setdefault(sumy_name, []).append((time.perf_counter() - start, _cpu() - cpu))
        for method in METHODS:
            start, cpu = time.perf_counter(), _cpu()
            brief(big, method=method, actors=None, quotes=None)
            ours.setdefault(method, []).append((time.perf_counter() - start, _cpu() - cpu))
    rows = []
    for method, sumy_name in METHODS.items():
        against = "text_rank" if method == "news" else sumy_name
        wall, cpu = (statistics.median(x) for x in zip(*ours[method], strict=True))
        their_wall, their_cpu = (statistics.median(x) for x in zip(*theirs[against], strict=True))
        label = (
            f"whole briefing ({method}) of 10,000 vs sumy {against.replace('_', '-')} on 1,000"
            f" (medians of {rounds})"
        )
        rows.append((label, f"{wall:.2f} s", f"{their_wall:.2f} s", f"{wall / their_wall:.2f}x"))
        rows.append(
            (
                "(the same: processor time, both processes)"
                if _two_processes()
                else "(the same: processor time)",
                f"{cpu:.2f} s",
                f"{their_cpu:.2f} s",
                f"{cpu / their_cpu:.2f}x",
            )
        )
    return rows


def _cpu() -> float:
    """Processor time of this process and of its children that have ended (the second process
    a long article is rated and tagged in)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _two_processes() -> bool:
    from briefing import aside

    return aside._may_fork()


def aside_cost(big: str) -> list[tuple[str, str, str, str]]:
    """Handing work to a second process and reading 10,000 numbers back, after a briefing of
    the long document (the process at its full size), against rating 1,000 sentences."""
    from briefing import aside, brief
    from briefing.ranking.select import RankContext, rate

    brief(big, method="text-rank", actors=None, quotes=None)
    one_k = _sentences(big, 1000)
    numbers = [0.5] * 10_000
    if not aside._may_fork():
        return [("handing work aside", "no spare processor", "", "")]
    trips = []
    for _ in range(15):
        start = time.perf_counter()
        with aside.aside(lambda: numbers, aside.ASIDE_FROM) as pending:
            pending.result()
        trips.append(time.perf_counter() - start)
    rating = []
    for _ in range(5):
        start = time.perf_counter()
        rate("text-rank", one_k, RankContext())
        rating.append(time.perf_counter() - start)
    trip, rated = statistics.median(trips), statistics.median(rating)
    rows = [
        (
            "handing work aside (fork, 10,000 numbers back) vs text-rank on 1,000 sentences",
            f"{trip * 1000:.0f} ms",
            f"{rated * 1000:.0f} ms",
            f"{trip / rated:.2f}x",
        )
    ]
    # The whole briefing with its work aside and in one process, taken in turns.
    ways: dict[str, list[float]] = {"aside": [], "one process": []}
    threshold = aside.ASIDE_FROM
    try:
        for _ in range(5):
            for way in ways:
                aside.ASIDE_FROM = threshold if way == "aside" else 1 << 62
                start = time.perf_counter()
                brief(big, method="text-rank", actors=None, quotes=None)
                ways[way].append(time.perf_counter() - start)
    finally:
        aside.ASIDE_FROM = threshold
    split, single = statistics.median(ways["aside"]), statistics.median(ways["one process"])
    rows.append(
        (
            "whole briefing (text-rank) of 10,000 with work aside vs in one process (medians of 5)",
            f"{split:.2f} s",
            f"{single:.2f} s",
            f"{split / single:.2f}x",
        )
    )
    return rows


# Peak RSS from VmHWM: unlike getrusage's ru_maxrss, it is not inherited from the parent
# process across fork and exec.
_RSS_CODE = """
import sys
from briefing import brief
text = open(sys.argv[1], encoding="utf-8").read()
brief(text, method=sys.argv[2], actors=None, quotes=None)
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(int(status.split()[0]) / 1024)
"""


def memory(big: str) -> list[tuple[str, str, str, str]]:
    rows = []
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(big)
    for method in METHODS:
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _RSS_CODE, f.name, method],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - start
        rss = float(out.stdout.strip())
        rows.append(
            (
                f"whole `brief()` on the long document, {method}",
                f"{seconds:.1f} s",
                "",
                f"peak RSS {rss:.0f} MB",
            )
        )
    Path(f.name).unlink()
    return rows


def batch() -> list[tuple[str, str, str, str]]:
    docs = [json.loads(line) for line in (EVAL / "quotes-dev.jsonl").read_text().splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for i, doc in enumerate(docs):
            (inputs / f"{i:03d}.txt").write_text(doc["text"], encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "briefing", str(inputs), "-o", f"{tmp}/batch/", "-j", "2"],
            check=True,
            capture_output=True,
        )
        together = time.perf_counter() - start
        start = time.perf_counter()
        for path in sorted(inputs.iterdir()):
            subprocess.run(
                [sys.executable, "-m", "briefing", str(path), "-o", f"{tmp}/one.md"],
                check=True,
                capture_output=True,
            )
        separately = time.perf_counter() - start
    return [
        (
            f"{len(docs)} articles, `-j 2` batch vs {len(docs)} CLI runs",
            f"{together:.1f} s",
            f"{separately:.1f} s",
            f"{separately / together:.1f}x faster",
        )
    ]


def html_view(big: str) -> list[tuple[str, str, str, str]]:
    import shutil

    from briefing import brief, render

    start = time.perf_counter()
    result = brief(big, actors=None, quotes=None)
    briefed = time.perf_counter() - start
    start = time.perf_counter()
    page = render(result, "html")
    rendered = time.perf_counter() - start
    marks = len(result.key_points) + len(result.quotes)
    marks += sum(len(actor.mentions) for actor in result.actors)
    rows = [
        (
            f"HTML page of {result.stats.sentences:,} sentences ({marks:,} marks) vs briefing it",
            f"{rendered:.2f} s",
            f"{briefed:.2f} s",
            f"{rendered / briefed:.2f}x",
        ),
        ("(its size)", f"{len(page.encode()) / 1e6:.1f} MB", "", ""),
    ]
    chromium = shutil.which("chromium")
    if chromium:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "page.html"
            path.write_text(page, encoding="utf-8")
            flags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
            flags += "--disable-background-networking --disable-component-update --disable-sync"
            command = [chromium, *flags.split(), f"--user-data-dir={folder}/profile"]
            opened = _wall([*command, "--dump-dom", path.as_uri()], 1)
            bare = _wall([*command, "--dump-dom", "about:blank"], 1)
        rows.append(
            (
                "(opened by headless Chromium vs a blank page)",
                f"{opened:.2f} s",
                f"{bare:.2f} s",
                f"{opened / bare:.2f}x",
            )
        )
    return rows


def pages() -> list[tuple[str, str, str, str]]:
    """A whole briefing of each real saved page against trafilatura extracting it alone."""
    import trafilatura

    from briefing import brief
    from briefing.errors import BriefingError
    from briefing.input import read_article

    paths = sorted((EVAL / "pages").glob("*.html"))
    briefed = extracted = 0.0
    for turn, path in enumerate([*paths[:2], *paths]):  # two to warm up, then every page
        html = path.read_text(encoding="utf-8", errors="replace")
        start = time.perf_counter()
        trafilatura.extract(html, with_metadata=True)
        extract = time.perf_counter() - start
        start = time.perf_counter()
        try:
            article, name = read_article(str(path))
            brief(article, source=name)
        except BriefingError:
            pass  # a page without an article is refused: its reading still counts
        took = time.perf_counter() - start
        if turn >= 2:
            extracted += extract
            briefed += took
    return [
        (
            f"whole briefing of the {len(paths)} real pages vs trafilatura extracting them",
            f"{briefed:.2f} s",
            f"{extracted:.2f} s",
            f"{briefed / extracted:.2f}x",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="startup,pages,methods,whole,aside,memory,batch,html")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    rows = []
    if "startup" in wanted:
        rows += startup()
    if not EVAL.is_dir():
        print("../shared/eval is not available: only start-up measured", file=sys.stderr)
        wanted &= {"startup"}
    if "pages" in wanted:
        rows += pages()
    if wanted & {"methods", "whole", "aside", "memory", "html"}:
        big = long_document(10_000)
        if "methods" in wanted:
            rows += methods(big)
        if "whole" in wanted:
            rows += whole(big)
        if "aside" in wanted:
            rows += aside_cost(big)
        if "memory" in wanted:
            rows += memory(big)
        if "html" in wanted:
            rows += html_view(big)
    if "batch" in wanted:
        rows += batch()
    print("| measure | briefing | reference | ratio |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
