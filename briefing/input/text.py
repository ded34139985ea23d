"""From raw bytes or text to a ``Document``: decoding, normalisation and block structure.

News text arrives with a title line, headings without full stops, bylines, datelines and photo
captions mixed with the paragraphs. They are told apart here, once, by the shape of each line,
so that later stages only rank and quote real paragraphs.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.errors import InputError
from briefing.model import Block, BlockKind, Document

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
#: Full stops of other scripts: Chinese and Japanese, Devanagari's danda, Burmese.
FULL_STOPS = "。！？।။"
_TERMINAL = tuple(".!?…:;\"”’'»)」』）" + FULL_STOPS)
_SENTENCE_END = (".", "?", "!", '"', "”", *FULL_STOPS)
#: Scripts written without spaces between words, where a run of letters is a clause, and the
#: characters that make a word there on average: Chinese characters and Japanese kana about
#: two, Thai, Lao, Burmese and Khmer letters with their vowel signs about four.
_UNSPACED_SCRIPTS = (
    (re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"), 2),
    (re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"), 4),
)
UNSPACED = re.compile("|".join(pattern.pattern for pattern, _ in _UNSPACED_SCRIPTS))


def unspaced_words(text: str) -> int:
    """About how many words the letters of ``text`` in scripts without spaces make."""
    return sum(len(pattern.findall(text)) // size for pattern, size in _UNSPACED_SCRIPTS)


#: A word as the page reader counts it: a run of letters and digits.
PLAIN_WORD = re.compile(r"\w+")


def word_count(text: str, word: re.Pattern[str] = PLAIN_WORD) -> int:
    """Words of ``text`` as ``word`` finds them; letters of scripts written without spaces
    count by the average length of a word there."""
    if not UNSPACED.search(text):
        return len(word.findall(text))
    return len(word.findall(UNSPACED.sub(" ", text))) + unspaced_words(text)


_BYLINE = re.compile(r"^(?:by|from|written by|reporting by|par|von)\s+\S", re.IGNORECASE)
_DATE_WORDS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(?:19|20)\d{2}"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published"
)
_DATELINE = re.compile(rf"\b(?:{_DATE_WORDS})\b", re.IGNORECASE)
_CREDIT_WORDS = r"photo|image|credit|getty|reuters|ap|afp|press|file"
_CREDIT = re.compile(
    rf"\((?:[^()]*/[^()]*|[^()]*\b(?:{_CREDIT_WORDS})\b[^()]*)\)\s*$", re.IGNORECASE
)
#: An e-mail address or a social-media handle: the contact line of an author box.
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@\w{3,}")
#: Blocks at the end of an article where a contact line is an author box, not news.
CONTACT_TAIL = 3
#: Words a contact line may have.
CONTACT_WORDS = 40
_CAPTION_START = re.compile(
    r"^(?:photo|image|picture|caption|file photo|pictured)\b\s*[:\-–]", re.IGNORECASE
)


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\xff\xd8\xff")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes: UTF-8 (BOM optional) unless an encoding is given."""
    if not data.strip():
        raise InputError("the input is empty or only white space; give a news article")
    if encoding is None:
        _refuse_undeclared(data[:8192])
    codec = encoding or "utf-8-sig"
    try:
        return data.decode(codec)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; try --encoding utf-8, latin-1 or utf-16"
        ) from None
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding is None else repr(encoding)
        raise InputError(
            f"the input is not valid {name} text (byte {error.start}); "
            "convert it to UTF-8 or pass its --encoding (e.g. latin-1, utf-16)"
        ) from None


def _refuse_undeclared(head: bytes) -> None:
    """Refuse UTF-16/32 and binary data that arrive without ``--encoding``."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            raise InputError(f"the input looks like {codec.upper()}; pass --encoding {codec}")
    guess = _utf16_without_bom(head)
    if guess:
        raise InputError(f"the input looks like {guess.upper()}; pass --encoding {guess}")
    if b"\x00" in head or head.startswith(_MAGIC):
        raise InputError("the input looks binary, not text; give a UTF-8 text file")


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when every other byte is NUL, as in ASCII-range UTF-16."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4 or b"\x00" not in head:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def normalise(text: str) -> str:
    """Unify line endings, spaces and invisible characters; keep quotes and dashes as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n ")


def read_document(text: str, source: str = "<stdin>") -> Document:
    """Normalise ``text`` and split it into typed blocks."""
    text = normalise(text)
    if not text.strip():
        raise InputError("the input has no text (only whitespace); give a news article")
    spans = list(_line_groups(text))
    blocks = tuple(
        Block(_classify(text, spans, i), start, end, text[start:end])
        for i, (start, end) in enumerate(spans)
    )
    return Document(text=text, blocks=blocks, source=source)


def _line_groups(text: str) -> list[tuple[int, int]]:
    """Spans of blocks: each line, except hard-wrapped paragraphs which stay whole."""
    spans: list[tuple[int, int]] = []
    for group in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        lines = list(re.finditer(r"[^\n]+", group.group()))
        if len(lines) > 1 and _is_wrapped([m.group() for m in lines]):
            spans.append(trim_span(text, group.start(), group.end()))
            continue
        offset = group.start()
        for line in lines:
            spans.append(trim_span(text, offset + line.start(), offset + line.end()))
    return [s for s in spans if s[1] > s[0]]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_wrapped(lines: list[str]) -> bool:
    """Lines broken inside sentences (fixed-width text) rather than one block per line."""
    inner = lines[:-1]
    open_ended = sum(1 for line in inner if not line.rstrip().endswith(_TERMINAL))
    next_lower = sum(1 for line in lines[1:] if line.lstrip()[:1].islower())
    return open_ended * 2 > len(inner) or next_lower * 2 > len(inner)


def _classify(text: str, spans: list[tuple[int, int]], i: int) -> BlockKind:
    start, end = spans[i]
    line = text[start:end]
    words = line.split()
    if UNSPACED.search(line):  # a line of Chinese is one "word" to ``split``
        words = UNSPACED.sub(" ", line).split() + [""] * unspaced_words(line)
    if i == 0 and len(spans) > 1 and _looks_like_title(line, words):
        return "title"
    if _CAPTION_START.match(line) or (_CREDIT.search(line) and len(words) > 2):
        return "caption"
    if _BYLINE.match(line) and len(words) <= 10 and not line.endswith((".", "?", "!")):
        return "byline"
    if i >= len(spans) - CONTACT_TAIL and len(words) <= CONTACT_WORDS and _CONTACT.search(line):
        return "byline"
    if len(words) <= 8 and _DATELINE.search(line) and not line.endswith(_SENTENCE_END):
        return "dateline"
    if _looks_like_heading(line, words):
        return "heading"
    return "paragraph"


def _looks_like_title(line: str, words: list[str]) -> bool:
    if len(words) > 25:
        return False
    if not line.endswith((".", "!", "?", *FULL_STOPS)):
        return True
    if re.search(rf"[.!?]\s|[{FULL_STOPS}].", line):
        return False  # more than one sentence: a lead paragraph
    # A short first line that ends like a sentence is still a headline ("Barbs before vote.").
    return len(words) <= (12 if line.endswith(".") else 20)


def _looks_like_heading(line: str, words: list[str]) -> bool:
    if len(words) > 12:
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return True
    return not line.endswith(_TERMINAL) and len(words) <= 10
