"""Language detection accuracy: the samples, the English evaluation sets and short snippets.

Every article of the evaluation sets beside the repository (``../shared/eval/*.jsonl``) is
English; the samples are English, German and French; the snippets below are short invented
news sentences, three per language, the hardest case for detection by function words.

    python benchmarks/language.py              # accuracy per group
    python benchmarks/language.py --errors     # and every text detected wrong
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from briefing.language.detect import detect_language

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
SAMPLE_LANGUAGES = {"rheinbruecke.txt": "german", "marche-couvert.txt": "french"}

SNIPPETS: dict[str, tuple[str, ...]] = {
    "english": (
        "The council voted on Tuesday to close the old library, the mayor said.",
        "Prices rose again in March, and economists expect more of the same.",
        "“We will not give up,” she told reporters outside the court.",
    ),
    "german": (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek zu schließen.",
        "Die Preise sind im März wieder gestiegen, sagte ein Sprecher der Bank.",
        "„Wir geben nicht auf“, sagte sie vor dem Gericht.",
    ),
    "french": (
        "Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque.",
        "Les prix ont encore augmenté en mars, selon les économistes.",
        "« Nous n’abandonnerons pas », a-t-elle déclaré devant le tribunal.",
    ),
    "spanish": (
        "El ayuntamiento votó el martes el cierre de la antigua biblioteca.",
        "Los precios volvieron a subir en marzo, según los economistas.",
        "«No nos rendiremos», dijo ella a los periodistas ante el tribunal.",
    ),
    "italian": (
        "Il consiglio comunale ha votato martedì la chiusura della vecchia biblioteca.",
        "I prezzi sono saliti ancora a marzo, secondo gli economisti.",
        "«Non ci arrenderemo», ha detto lei ai giornalisti davanti al tribunale.",
    ),
    "portuguese": (
        "A câmara municipal votou na terça-feira o fecho da antiga biblioteca.",
        "Os preços voltaram a subir em março, segundo os economistas.",
        "«Não vamos desistir», disse ela aos jornalistas à porta do tribunal.",
    ),
    "dutch": (
        "De gemeenteraad heeft dinsdag besloten de oude bibliotheek te sluiten.",
        "De prijzen zijn in maart opnieuw gestegen, volgens economen.",
        "„We geven niet op”, zei ze tegen verslaggevers bij de rechtbank.",
    ),
    "swedish": (
        "Kommunfullmäktige beslutade på tisdagen att stänga det gamla biblioteket.",
        "Priserna steg igen i mars, enligt ekonomerna.",
        "”Vi ger inte upp”, sa hon till reportrarna utanför domstolen.",
    ),
}


def samples() -> Iterator[tuple[str, str, str]]:
    """(name, text, language) for every sample article."""
    for path in sorted((ROOT / "samples").glob("*.txt")):
        language = SAMPLE_LANGUAGES.get(path.name, "english")
        yield path.name, path.read_text(encoding="utf-8"), language


def eval_articles() -> Iterator[tuple[str, str, str]]:
    """(set/id, text, "english") for every article of the English evaluation sets."""
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                record = json.loads(line)
                if record.get("text"):
                    name = f"{path.stem}/{record.get('id', number)}"
                    yield name, record["text"], "english"


def snippets() -> Iterator[tuple[str, str, str]]:
    """(language/n, text, language) for the invented snippets."""
    for language, texts in SNIPPETS.items():
        for number, text in enumerate(texts, 1):
            yield f"{language}/{number}", text, language


def score(name: str, items: Iterator[tuple[str, str, str]], show_errors: bool) -> None:
    """Print the accuracy of one group (and its errors when asked)."""
    total = right = 0
    for label, text, language in items:
        found = detect_language(text)
        total += 1
        right += found == language
        if found != language and show_errors:
            print(f"  {label}: expected {language}, detected {found}")
    if total:
        print(f"{name:<10} {right}/{total} = {right / total:.3f}")
    else:
        print(f"{name:<10} skipped (nothing found)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong detection")
    args = parser.parse_args(argv)
    score("samples", samples(), args.errors)
    score("eval sets", eval_articles(), args.errors)
    score("snippets", snippets(), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
