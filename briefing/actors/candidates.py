"""From runs of name tokens to candidates: titles split off, roles read, context cues noted.

The cues are votes for a kind (``person``, ``organization``, ``place``) from the words around
one mention: a title or a role says person, "the" before a name says not a person, "in" says
place, "who" after it says person. ``_kinds`` adds what the name itself says.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from briefing.model import Block, Document, Sentence

from . import names
from .mentions import (
    SPEECH,
    Candidate,
    Token,
    document_tokens,
    evidence,
    is_namelike,
    is_shouting,
    runs,
    sentences,
)

_MILITARY = frozenset(
    "command forces force army navy corps brigade division regiment battalion fleet unit".split()
)
_RELATIVE_ROLE = {
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "chairs": "chair",
    "commands": "commander",
    "founded": "founder",
    "directs": "director",
}
_ORG_NOUNS = frozenset(
    """reporter reporters correspondent correspondents journalists editors website site staff
    employees officials shares stock board executives headquarters subsidiary members branch
    chapter spokesperson""".split()
)
_WORK_STARTS = names.COMMON - names.HONORIFICS - {"the"}
_WORK_NOUNS = frozenset(
    """film movie album song book novel series show drama comedy play musical documentary
    episode single poem opera painting sculpture game sitcom
    """.split()
)
_STOP = frozenset(',;:()[]"“”—–-.!?')
_ARTICLES = frozenset("a an the".split())
_WORK_ROLES = frozenset("career job work working works worked intern internship".split())
_DETERMINERS = frozenset("a an another the his her their its".split())
_OPEN_QUOTES = frozenset(['"', "“"])
_CLOSE_QUOTES = frozenset(['"', "”"])
_TITLE_FILLERS = frozenset("of the a an and in on to for with at from n' & -".split())
_POSSESSIVES = frozenset("his her their my our your its".split())
_PREPOSITIONS = frozenset("of for at in with from on to by".split())
_PLACE_PREPOSITIONS = frozenset(
    "in at from near into across throughout outside inside around".split()
)
_GENERIC = names.ORG_LAST | names.ORG_FIRST | names.LOC_WORDS
_GROUP_WORDS = names.DEMONYMS | frozenset(
    "north south east west central northern southern eastern western roman new".split()
)
_ROLE_WORDS = names.TITLES | names.ROLE_MODIFIERS | names.HONORIFICS | names.DEMONYMS
_TITLE_ENDS = names.TITLES | names.HONORIFICS | (names.ROLE_HEADS & names.ROLE_MODIFIERS)
_ROLE_WORDS_HEADS = _ROLE_WORDS | names.ROLE_HEADS
_ROLE_HEADS_WORK = names.ROLE_HEADS | _WORK_ROLES
_THING_WORDS = names.ORG_LAST | names.LOC_WORDS | names.OTHER_WORDS
_PLACE_OR_EVENT = names.LOC_WORDS | names.OTHER_WORDS
_DEMONYMS_HONORIFICS = names.DEMONYMS | names.HONORIFICS
_TEXT = itemgetter(0)


def sentence_tokens(
    document: Document, segmented: Sequence[Sentence] = ()
) -> tuple[list[tuple[Block, int, int]], list[list[Token]]]:
    """Every sentence (block, start, end) and its tokens: what the rules and the tagger read
    (``segmented``: the English ``segment`` of the document, when there is one)."""
    spans = list(sentences(document, segmented))
    return spans, document_tokens(document.text, [(start, end) for _, start, end in spans])


def find_candidates(
    document: Document,
    spans: list[tuple[Block, int, int]],
    all_tokens: list[list[Token]],
) -> tuple[list[Candidate], list[tuple[list[Token], int, str]]]:
    """Candidates from ordinary text, and the sentences written in capitals or Title Case."""
    shouts = [
        block.kind == "heading" or is_shouting(document.text[start:end], block.kind)
        for block, start, end in spans
    ]
    plain = [t for t, s in zip(all_tokens, shouts, strict=True) if not s]
    vocabulary = evidence(document, plain)
    starts = iter(vocabulary.starts)
    found: list[Candidate] = []
    shouting: list[tuple[list[Token], int, str]] = []
    spans_of: dict[tuple[str, ...], tuple[int, int, int] | None] = {}
    for number, ((block, _, _), toks) in enumerate(zip(spans, all_tokens, strict=True)):
        if shouts[number]:
            shouting.append((toks, number, block.kind))
            continue
        for i, j in runs(toks, vocabulary, next(starts)):
            candidate = _candidate(document.text, toks, i, j, number, block.kind, spans_of)
            if candidate is not None:
                found.append(candidate)
    return found, shouting


def _candidate(
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    number: int,
    kind: str,
    spans_of: dict[tuple[str, ...], tuple[int, int, int] | None] | None = None,
) -> Candidate | None:
    if spans_of is None:
        found = _name_span(toks, i, j)
    else:
        # The title and the name are read from the run's own words alone: kept per run.
        words = tuple(map(_TEXT, toks[i:j]))
        if words in spans_of:
            found = spans_of[words]
        else:
            found = spans_of[words] = _name_span(toks, i, j)
    if found is None:
        return None
    k, first, last = i + found[0], toks[i + found[1]], toks[i + found[2] - 1]
    candidate = Candidate(
        text=text[first.start : last.end],
        start=first.start,
        end=last.end,
        surface=text[toks[i].start : toks[j - 1].end],
        surface_start=toks[i].start,
        surface_end=toks[j - 1].end,
        sentence=number,
        block=kind,
    )
    if k > i:
        _titled(candidate, text[toks[i].start : toks[k - 1].end], toks[i:k])
    _context(candidate, text, toks, i, j)
    return candidate


def _name_span(toks: list[Token], i: int, j: int) -> tuple[int, int, int] | None:
    """Where the title of the run ``toks[i:j]`` ends and where its name starts and ends, from
    ``i``; None when the run names no one. Only the run's own words are read."""
    k = _title_end(toks, i, j)
    while k < j and toks[k].text.islower():
        k += 1  # "Team Manager of the Slovenian ..."
    a, b = k, j
    if b - a > 1 and toks[b - 1].low in names.TITLES and toks[b - 1].low not in names.ORG_LAST:
        b -= not names.family_title(toks[b - 2].text, toks[b - 1].text)  # not "Howard Dean"
    name = toks[a:b]
    if not name or _not_a_name(name) or _generic(name):
        return None
    if name[0].low in names.DEMONYMS and len(name) > 2 and _looks_personal(name[1:]):
        a += 1
        name = name[1:]
    if _known_maker(name):
        b = a + 1  # "Google Analytics": the organisation behind a product
    return k - i, a - i, b - i


def _generic(name: list[Token]) -> bool:
    """``the Association``, ``the League``: a word that only refers back to a fuller name."""
    word = name[0].low
    return len(name) == 1 and word in _GENERIC and word not in names.KNOWN_ORGS


def _not_a_name(name: list[Token]) -> bool:
    """Nationality words ("Iraqi"), initials and bare titles ("Defense Secretary") name no one."""
    if all(t.low in _GROUP_WORDS or len(t.text.rstrip(".")) < 2 for t in name):
        return True  # "Iraqi", "South African", "S. F."
    if len(name) == 1 and name[0].low in names.COMMON_ACRONYMS:
        return True  # "DNA", "a VIP guest"
    return all(t.low in _ROLE_WORDS for t in name) and name[-1].low in _TITLE_ENDS


def _known_maker(name: list[Token]) -> bool:
    """A known organisation, then one word that names none of its parts: a product of it."""
    if len(name) != 2 or name[0].low not in names.KNOWN_ORGS:
        return False
    last = name[1].low
    kinds = _THING_WORDS
    personal = name[1].text in names.first_names() or name[1].text in names.surnames()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))
    return not (last in kinds or personal or plural or last.endswith(names.ORG_ENDINGS))


def _looks_personal(name: list[Token]) -> bool:
    """No word of an organisation, place or event: "Bernhard Karlgren" after "Chinese"."""
    kinds = _THING_WORDS
    return not any(t.low in kinds for t in name)


def _title_end(toks: list[Token], i: int, j: int) -> int:
    """Index after the title that opens the run ("Defense Secretary", "Virginia Governor")."""
    k = j - 2
    while k >= i and toks[k].low not in _TITLE_ENDS:
        k -= 1
    if k < i:
        return i
    rest = toks[k + 1 : j]
    if rest[-1].low in names.ORG_LAST or any(t.low in _ROLE_WORDS for t in rest[:1]):
        return i  # "General Motors", "Attorney General Office"
    if _names_a_thing(rest[-1]):
        return i  # "the Emperor Norton Bridge", not Mr Bridge
    return k + 1


def _names_a_thing(last: Token) -> bool:
    """A place or event word ends the name, and it is no family name ("Hill", "Hall")."""
    return last.low in _PLACE_OR_EVENT and last.text not in names.surnames()


def _titled(candidate: Candidate, title: str, title_toks: list[Token]) -> None:
    candidate.vote("person", 4.0)
    if any(t.low not in names.HONORIFICS for t in title_toks):
        words = [t.text for t in title_toks if t.low not in _DEMONYMS_HONORIFICS]
        if words:
            candidate.roles.append(" ".join(words))


def _context(candidate: Candidate, text: str, toks: list[Token], i: int, j: int) -> None:
    """Votes from the words around the name, and the roles written next to it."""
    before = toks[i - 1].text.lower() if i > 0 else ""
    _context_before(candidate, toks, i, j, before)
    _context_after(candidate, toks, j, before)
    _role_before(candidate, text, toks, i)
    _role_after(candidate, text, toks, j)


def _context_before(candidate: Candidate, toks: list[Token], i: int, j: int, before: str) -> None:
    if toks[i].low in _WORK_STARTS and i > 0:
        candidate.vote("other", 3.0)  # "... his book My Linguistic Autobiography"
    if before == "the" and not _attributive(toks, j):
        candidate.vote("organization", 0.2 if _one_thing(toks[i:j]) else 0.5)
        placed = i > 1 and toks[i - 2].text.lower() in _PLACE_PREPOSITIONS
        candidate.vote("place", 0.8 if placed else 0.3)  # "in the Netherlands"
        candidate.vote("person", -2.0)
    elif before in _PLACE_PREPOSITIONS:
        candidate.vote("place", 0.8)
    elif before == ":" and i > 1 and toks[i - 2].text.lower() in names.CREDITS:
        candidate.vote("person", 1.5)  # "Image: Ann Lee."
    elif before == "of" and i > 1 and toks[i - 2].low in names.LOC_WORDS:
        candidate.vote("place", 2.0)  # "the town of Kessock"
    elif before == "," and i > 1 and toks[i - 2].text in names.places() and _closes(toks, j):
        candidate.vote("place", 2.0)  # "born in Exeter, Devon."
    if _employer(toks, i) and not _attributive(toks, j) and not names.place_kind(candidate.text):
        candidate.vote("organization", 1.5)  # "a writer for The Onion"
    work = (i > 0 and toks[i - 1].low in _WORK_NOUNS) or (i > 1 and toks[i - 2].low in _WORK_NOUNS)
    if work or _year_after(toks, j):
        candidate.vote("other", 2.0)  # "the film Easy Rider", "Copying Beethoven (2006)"
    if before in ("titled", "entitled") or _work_after(toks, j) or _quoted_title(toks, i, j):
        candidate.vote("other", 3.0)  # "a pilot titled X", "X, another horror film", "“X”"


def _work_after(toks: list[Token], j: int) -> bool:
    """``Cry Wolf, another horror film``: an apposition that names a kind of work."""
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].text.lower() not in _DETERMINERS:
        return False
    for token in toks[j + 2 : j + 5]:
        if token.text in _STOP:
            return False
        if token.low in _WORK_NOUNS:
            return True
    return False


def _quoted_title(toks: list[Token], i: int, j: int) -> bool:
    """The whole of a short quotation is a name: the title of a work ("Wrecking Ball")."""
    if i == 0 or toks[i - 1].text not in _OPEN_QUOTES:
        return False
    for k in range(j, min(len(toks), j + 6)):
        word = toks[k].text
        if word in _CLOSE_QUOTES:
            return True
        if not (is_namelike(word) or word.lower() in _TITLE_FILLERS):
            return False
    return False


def _employer(toks: list[Token], i: int) -> bool:
    """A role noun, then "for", "at" or "with" (and "the"), just before the name."""
    k = i - 1
    if k > 0 and toks[k].text == "the":
        k -= 1
    if k < 1 or toks[k].text not in ("for", "at", "with"):
        return False
    role = toks[k - 1]
    if toks[k].text == "with":  # "a career with X", not "talks with X"
        return role.low in ("career", "job", "internship", "contract")
    return role.text.islower() and role.low.rstrip("s") in _ROLE_HEADS_WORK


def _one_thing(name: list[Token]) -> bool:
    """``the Internet``, ``the Alps``: one word after "the" that is neither a team nor an
    acronym ("the Mets", "the BBC"), so "the" says little about organisations.
    """
    word = name[0].text
    if len(name) > 1 or word.isupper():
        return False
    return not (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)


def _attributive(toks: list[Token], j: int) -> bool:
    """``the Obama administration``: the name qualifies the noun after it."""
    word = toks[j].text if j < len(toks) else ""
    return word.isalpha() and word.islower() and word not in SPEECH and word not in names.COMMON


def _context_after(candidate: Candidate, toks: list[Token], j: int, before: str) -> None:
    after = [t.text.lower() for t in toks[j : j + 3]]
    subject = before not in _PREPOSITIONS and before not in _PLACE_PREPOSITIONS
    if (after[:1] and after[0] in SPEECH and subject) or before in SPEECH:
        candidate.vote("person", 0.8)
        candidate.speaks = True
    if after[:1] in (["who"], ["whom"]) or after[:2] in ([",", "who"], [",", "whom"]):
        candidate.vote("person", 1.5)
    if after[:2] == [",", "which"]:
        candidate.vote("person", -1.0)
    owned = after[2] if after[:2] in (["'", "s"], ["’", "s"]) and len(after) > 2 else ""
    if (after[:1] and after[0] in _ORG_NOUNS) or owned in _ORG_NOUNS:
        candidate.vote("organization", 1.5)  # "a Metronews reporter", "Acme's shares"
    if len(after) > 2 and after[0] == "," and after[1].isdigit() and after[2] == ",":
        candidate.vote("person", 2.0)  # "Ann Lee, 45, said"
    if _in_region(toks, j):
        candidate.vote("place", 1.5)  # "Levico Terme, Italy"


def _in_region(toks: list[Token], j: int) -> bool:
    """``X, Italy.``: a name followed by the country or region it lies in."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    kind = names.places().get(toks[j + 1].text)
    return kind in ("country", "region") and _closes(toks, j + 2)


def _closes(toks: list[Token], j: int) -> bool:
    """The phrase ends at ``j``: punctuation or the end of the sentence."""
    return j >= len(toks) or toks[j].text in _STOP


def _year_after(toks: list[Token], j: int) -> bool:
    """``(2006)`` right after a name: the year of a film, book or record."""
    return (
        j + 3 <= len(toks)
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and (toks[j + 1].text.isdigit() and len(toks[j + 1].text) == 4)
    )


def _role_before(candidate: Candidate, text: str, toks: list[Token], i: int) -> None:
    """``former communications minister Allawi``: a lower-case role just before the name."""
    k = i
    while (
        k > 0
        and i - k < 5
        and toks[k - 1].low in _ROLE_WORDS_HEADS
        and (toks[k - 1].text.islower() or k == 1)
    ):
        k -= 1  # lower case, or capitalised as the first word ("Chief engineer Dr. Okafor")
    head = toks[i - 1].low if i > 0 else ""
    owned = k > 0 and toks[k - 1].text.lower() in _POSSESSIVES  # "his friend Bonosus"
    if k < i and (head in names.TITLES or ((i - k > 1 or owned) and head in names.ROLE_HEADS)):
        role = toks[k:i]
        if role[0].low in names.DEMONYMS:
            role = role[1:]
        if role:
            candidate.roles.append(text[role[0].start : role[-1].end])
            candidate.vote("person", 3.0)


def _role_after(candidate: Candidate, text: str, toks: list[Token], j: int) -> None:
    """``Allawi, a former communications minister,`` and ``Dawe, who is in charge of ...``."""
    if j + 2 >= len(toks) or toks[j].text != ",":
        return
    if toks[j + 1].text.lower() == "who":
        _relative_role(candidate, text, toks, j + 2)
        return
    k = j + 1 + (toks[j + 1].text.lower() in _ARTICLES)
    end = k
    while end < len(toks) and end - k < 12 and toks[end].text not in _STOP:
        end += 1
    phrase = toks[k:end]
    head = _role_head(phrase)
    if head is not None:
        candidate.roles.append(text[phrase[0].start : phrase[-1].end])
        candidate.vote("person", 2.5 if head in names.TITLES else 1.0)


def _role_head(phrase: list[Token]) -> str | None:
    """The role noun before the first preposition ("minister", "spokesman for ...")."""
    head = None
    for token in phrase:
        if token.text.lower() in _PREPOSITIONS:
            break
        if not token.text.islower() and not token.text[:1].isupper():
            return None
        head = token
    if head is not None and head.text.islower() and head.low in names.ROLE_HEADS:
        return head.low
    return None


def _relative_role(candidate: Candidate, text: str, toks: list[Token], k: int) -> None:
    """``who is in charge of X`` / ``who heads X``: the role the relative clause gives."""
    words = [t.text.lower() for t in toks[k : k + 4]]
    if words[:1] in (["is"], ["was"]) and words[1:4] == ["in", "charge", "of"]:
        org_at, noun = k + 4, None
    elif words[:1] and words[0] in _RELATIVE_ROLE:
        org_at, noun = k + 1, _RELATIVE_ROLE[words[0]]
    else:
        return
    org = _name_at(toks, org_at)
    if org:
        if noun is None:
            noun = "commander" if org[-1].low in _MILITARY else "head"
        candidate.roles.append(f"{noun} of {text[org[0].start : org[-1].end]}")


def _name_at(toks: list[Token], k: int) -> list[Token]:
    """The capitalised name that starts at ``k`` (after an optional "the")."""
    if k < len(toks) and toks[k].text.lower() == "the":
        k += 1
    end = k
    while end < len(toks) and (
        is_namelike(toks[end].text)
        or (
            toks[end].text.lower() in names.NAME_CONNECTORS
            and end + 1 < len(toks)
            and is_namelike(toks[end + 1].text)
        )
    ):
        end += 1
    return toks[k:end]


def shouted_candidates(
    text: str, shouting: list[tuple[list[Token], int, str]], known: set[str]
) -> list[Candidate]:
    """Names in capitals or Title Case, kept only where the article or a gazetteer knows them."""
    found: list[Candidate] = []
    for toks, number, kind in shouting:
        i = 0
        while i < len(toks):
            j = _longest_known(text, toks, i, known)
            if j > i:
                span = text[toks[i].start : toks[j - 1].end]
                start, end = toks[i].start, toks[j - 1].end
                found.append(
                    Candidate(span, start, end, span, start, end, number, kind, restricted=True)
                )
                i = j
            else:
                i += 1
    return found


def _longest_known(text: str, toks: list[Token], i: int, known: set[str]) -> int:
    if not toks[i].text[:1].isalpha() or toks[i].text[:1].islower():
        return i
    for j in range(min(len(toks), i + 6), i, -1):
        if (
            toks[j - 1].text[:1].isalpha()
            and text[toks[i].start : toks[j - 1].end].casefold() in known
        ):
            return j
    return i
