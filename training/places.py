"""Build the place names of each language other than English: ``briefing/language/data/places/``.

The gazetteer of the actors stage is English (``Germany``, ``Bavaria``); a German article
writes ``Deutschland`` and ``Bayern``. For each language this writes one file of
``name<TAB>kind`` lines: the names of countries and world regions in that language, from the
Unicode CLDR as shipped in the ``babel`` package (Unicode licence), and the ISO 3166-2
subdivisions (states, regions, provinces) of the countries that write that language, as
shipped in the ``pycountry`` package (LGPL; the names are ISO's and mostly the local ones).

    pip install -e '.[train]'
    python training/places.py
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "briefing" / "language" / "data" / "places"

#: CLDR locale and the countries whose subdivisions each language names.
LANGUAGES = {
    "german": ("de", ("DE", "AT", "CH")),
    "french": ("fr", ("FR", "BE", "CH")),
    "spanish": ("es", ("ES", "MX", "AR", "CO", "CL", "PE")),
    "italian": ("it", ("IT", "CH")),
    "portuguese": ("pt", ("PT", "BR")),
    "dutch": ("nl", ("NL", "BE")),
    "swedish": ("sv", ("SE",)),
}
#: CLDR codes of continents (the other numeric codes are world regions; "001" is the world).
CONTINENTS = frozenset(["002", "009", "019", "142", "150"])


def places(locale: str, countries: tuple[str, ...]) -> dict[str, str]:
    """Name -> kind (``country``, ``continent``, ``region``) for one language."""
    import pycountry
    from babel import Locale

    found: dict[str, str] = {}
    for code, name in sorted(Locale(locale).territories.items()):
        if code == "001" or "(" in name:
            continue
        kind = "country" if code.isalpha() else "continent" if code in CONTINENTS else "region"
        found.setdefault(name, kind)
    for country in countries:
        for subdivision in pycountry.subdivisions.get(country_code=country) or ():
            for name in _names(subdivision.name):
                found.setdefault(name, "region")
    return found


def _names(text: str) -> list[str]:
    """``Catalunya [Cataluña]`` names the place twice; either name counts."""
    return [n.strip() for n in re.split(r"\s*[\[\]]\s*", text) if n.strip() and not n.isdigit()]


def main() -> None:
    """Write one file of places per language."""
    OUT.mkdir(parents=True, exist_ok=True)
    for language, (locale, countries) in LANGUAGES.items():
        table = places(locale, countries)
        lines = [f"{name}\t{kind}" for name, kind in sorted(table.items())]
        (OUT / f"{language}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{language}: {len(lines)} places")


if __name__ == "__main__":
    main()
