"""Who said a quotation: attribution cues around it, pronouns and names linked to actors.

News attributes speech in a handful of shapes: ``“…,” X said``, ``“…,” said X``,
``X, the minister, said: “…”``, ``according to X``, ``X: “…”``. The cue is looked for in
the same sentence, after the quote first, then before it; failing a verb next to a name, the
subject that opens the sentence speaks (``Lee called it “a disgrace”``). A quote with no cue
belongs to whoever was talking just before (in the same paragraph or the one before).
Pronouns go to the person last named as a subject or a speaker, of the right gender when the
article shows it (``history``).

Other languages find their cues with ``_cues`` and the tables of ``_speech`` (``„…“, sagte
Hoffmann``, ``a-t-elle ajouté``, ``selon X``); the history of who spoke works the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.language.lexicon import first_names
from briefing.language.speech import Speech, speech
from briefing.model import Actor, Document, Quote

from . import cues as _cues
from .history import History
from .phrases import Subject, plausible
from .segments import Segment
from .senders import message_sender, named_after
from .sentences import reading, sentences
from .subjects import (
    leading_subject,
    opening_subject,
    subject_after,
    subject_before,
    subject_between,
)
from .verbs import VERB as _VERB
from .vocabulary import MESSAGES

_QUOTED = re.compile('[“"«„][^”"»“]*[”"»“]')
_SIGNED = re.compile(r"\s*[—–―]\s*([^\s—–―][^—–―]*?)[.\s]*$")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
#: Characters after a quote read for its cue (the sentence's end comes first in most cases).
#: PolNeAR named speakers train / dev: 60 -> 0.935 / 0.944; 120, 160, 220, 300, 400 -> 0.945 /
#: 0.956 (a plateau); 220 leaves room on it.
_WINDOW = 220
#: ``to which O'Malley interjected:``: a name and a past tense right before a colon.
_NAMED_PAST = re.compile(
    r"(?:^|[,;]\s|\b(?:which|whom|and|but|then)\s)((?:[A-Z][\w.'’\-]*\s+){1,3})([a-z]+ed):$"
)
_BY = re.compile(r"\s+by\s+")
#: A sentence right after a quote that points back to it and names who said it.
_THAT_FROM = re.compile(
    r"[\s.,]*(?:That|This)(?:\s+(?:quote|remark|line|comment|message))?\s+"
    r"(from|by|was how|is how|was what|is what)\s+"
)
#: A second verb of the same subject: ``Lee declined to comment but said``.
_COORDINATED = re.compile(r"\b(?:and|but)(?:\s+then)?\s*$")
#: ``local newspapers quote Salinas as saying``: the one quoted speaks, not who quotes.
_QUOTED_AS = re.compile(
    r"\bquot(?:e|es|ed)\s+((?:[\w.'’\-]+\s+){1,6}?)as\s+(?:saying|telling|writing)\b[\s,:]*"
)
#: ``said Solovey,`` before a quote: a name between an inverted verb and a comma.
_INVERTED = re.compile(r"\s+((?:[A-Z][\w.'’\-]*\s*){1,4}),$")
#: ``The biggest reason, writes Beyer, is “…”``: an inverted verb and a name set off by commas.
#: Changes no PolNeAR speaker (train 0.944, dev 0.954); pages-dev speakers 217 -> 218 of 238.
_INVERTED_ASIDE = re.compile(r"\s+((?:[A-Z][\w.'’\-]*\s*){1,4}),\s")


@dataclass(frozen=True, slots=True)
class Found:
    """A speaker as the cue gives it, before pronouns are resolved."""

    subject: Subject | None
    cue: str | None


_NONE = Found(None, None)


def cued_after(document: Document, segment: Segment, language: str = "english") -> bool:
    """Whether the words right after a quoted segment say who speaks (``“No,” she said``)."""
    cued, key = reading(document).cued, (segment, language)
    if key not in cued:
        cued[key] = _cued_after(document, segment, language)
    return cued[key]


def _cued_after(document: Document, segment: Segment, language: str) -> bool:
    text = after(document, segment, language)
    table = speech(language)
    if table.name != "english":
        return _cues.after_cue(text, table)[0] is not None
    return _after_cue(text, "").subject is not None


def reports(before: str, language: str = "english") -> bool:
    """Reported speech: a speech verb earlier in the sentence (``Lee said the plan was``)."""
    if speech(language).name != "english":
        return _cues.reports(before, speech(language))
    return any(not v.group().endswith("ing") for v in _VERB.finditer(before))


def introduces(before: str, language: str = "english") -> bool:
    """Text that ends by introducing speech: ``X said,`` ``X told reporters:``."""
    if speech(language).name != "english":
        return _cues.introduces(before, speech(language))
    tail = before.rstrip()
    if tail.endswith(":"):
        return True
    verbs = list(_VERB.finditer(tail))
    if not verbs:
        return False
    gap = tail[verbs[-1].end() :]
    return len(gap) < 40 and (gap == "" or tail.endswith(","))


def attribute(
    document: Document,
    segments: Sequence[Segment],
    actors: tuple[Actor, ...],
    partial: Callable[[Document, Segment], bool],
    language: str = "english",
    names: dict[str, str] | None = None,
) -> tuple[Quote, ...]:
    """Quotes with their speakers, in document order (``names``: the article's full names,
    when known)."""
    table = speech(language)
    history = History(document, actors, segments, table, names)
    quotes: list[Quote] = []
    previous: Quote | None = None
    last_segment: Segment | None = None
    for segment in segments:
        found = (
            _cue(document, segment, history.surnames)
            if table.name == "english"
            else _cue_in(document, segment, table, history.surnames)
        )
        speaker = history.resolve(found.subject, segment.opened)
        if found.subject is None and previous is not None and last_segment is not None:
            same = segment.continued or last_segment.block == segment.block
            speaker = previous.speaker if same else None
        if speaker is None and found.subject is None:
            speaker = history.recent(segment.opened, document.blocks[segment.block].start)
        speaker = history.canonical(speaker) if speaker else None
        if speaker:
            history.spoke(speaker, segment.opened)
        text = document.text[segment.start : segment.end]
        quote = Quote(
            text, segment.start, segment.end, speaker, found.cue, partial(document, segment)
        )
        quotes.append(quote)
        previous, last_segment = quote, segment
    return tuple(quotes)


# -- the cue in the quote's sentence ---------------------------------------------------------


def _cue(document: Document, segment: Segment, surnames: frozenset[str] = frozenset()) -> Found:
    text = document.text[segment.start : segment.end]
    found = _after_cue(after(document, segment), text, surnames)
    if found.subject is None:
        found = _before_cue(before(document, segment), before(document, segment, whole=True))
    if found.subject is None and segment.opened == document.blocks[segment.block].start:
        found = _introduced(document, segment.block)
    if found.subject is None and segment.closed is not None:
        found = _pointed_back(document.text[segment.closed + 1 : segment.closed + 1 + _WINDOW])
    return found


def _pointed_back(following: str) -> Found:
    """``“…” ¶ That was how Jeffrey Bewkes described it``, ``That quote from Thomas Krebs``:
    the sentence after a quote with no cue names its speaker.

    PolNeAR named speakers train 0.943 -> 0.944 (+2, none lost), dev 0.953 unchanged.
    """
    match = _THAT_FROM.match(following)
    if match is None:
        return _NONE
    subject = named_after(following[match.end() :])
    return Found(subject, match.group(1)) if subject is not None else _NONE


def _cue_in(document: Document, segment: Segment, table: Speech, surnames: frozenset[str]) -> Found:
    """The cue in a language other than English: after the quote first, then before it,
    then set into the quotation itself (``« …, affirme-t-elle. … »``)."""
    subject, cue = _cues.after_cue(after(document, segment, table.name), table)
    if subject is None:
        earlier = _cues.before_cue(before(document, segment, language=table.name), table, surnames)
        subject, cue = earlier if earlier[0] is not None else (None, cue)
    if subject is None:
        inside = _cues.incise(document.text[segment.start : segment.end], table)
        subject, cue = inside if inside[0] is not None else (None, cue)
    return Found(subject, cue)


def _introduced(document: Document, index: int) -> Found:
    """A paragraph that ends with a colon (``Lee continued:``) introduces the next one."""
    if index == 0 or not document.blocks[index - 1].text.endswith(":"):
        return _NONE
    block = document.blocks[index - 1]
    spans = sentences(document, block.start, block.end).spans
    last = document.text[spans[-1][0] : block.end] if spans else block.text
    cut = re.search('[”»"][^”»"]*$', last)
    found = _before_cue(last[cut.start() + 1 :] if cut else last, last)
    if found.subject is not None and found.subject.pronoun not in (None, "he", "she"):
        found = _NONE  # ``Cruz called them on it:``: ``it`` is no speaker, Cruz is
    if found.subject is None:
        clause = re.split(r"[,;—–]\s*", last.rstrip(" :"))[-1]  # ``… snark— Cruz called them:``
        subject = leading_subject(last) or leading_subject(clause)
        found = Found(subject, ":") if subject is not None else _NONE
    if found.subject is None:
        heading = re.match(
            r"([A-Z][\w'’\-]*(?: [a-z][\w'’\-]*)?) (?:as follows|follows|below):$", last
        )
        if heading:  # ``Transcript as follows:``
            return Found(Subject(heading.group(1), heading.group(1)), ":")
    return found


def _after_cue(after: str, quoted: str, surnames: frozenset[str] = frozenset()) -> Found:
    """``“…,” X said`` / ``“…,” said X`` / ``“…,” according to X`` / ``“…?” Lee wondered``.

    ``surnames`` are the article's surnames of full names, so that a surname that is also a
    title (``Steve King`` … ``King asked``) still names the speaker.
    """
    signed = _SIGNED.match(after)
    if signed is not None:  # ``“…” ― Krystal Correa``: a signature after a dash
        subject = subject_between(signed.group(1))
        if subject is not None and subject.named and len(signed.group(1).split()) <= 5:
            return Found(subject, "—")
    head = after.lstrip(" ,.?!;—–-")
    quoted_as = _quoted_as(head[:120])
    if quoted_as.subject is not None:
        return quoted_as
    match = _ACCORDING.match(head)
    if match:
        return Found(_source(head[match.end() :]), "according to")
    verb = _VERB.search(head, 0, 200)
    if verb is not None and verb.start() == 0:
        return Found(subject_after(head[verb.end() :]), verb.group())
    if verb is not None:
        subject = subject_between(head[: verb.start()])
        lone = head[: verb.start()].strip()
        if subject is None and lone.lower() in surnames and lone[1:].islower():
            subject = Subject(lone, lone)
        if subject is not None:
            return Found(subject, verb.group())
    return _unlisted_verb(head, quoted)


def _unlisted_verb(head: str, quoted: str) -> Found:
    """``“…?” Lee pondered`` / ``“…!” beamed Lee``: a past tense next to a name after a quote."""
    if not quoted.rstrip().endswith((",", "?", "!", "—", "–")):
        return _NONE
    match = re.match(
        r"((?:(?:an?|the)\s+[a-z]+\s+)?(?:[A-Z][\w.'’\-]*\s+){1,3}|(?:he|she)\s+)([a-z]+ed)\b", head
    )  # ``Lee pondered``, ``an angry Hollande retaliated``
    if match is not None:
        return Found(subject_between(match.group(1)), match.group(2))
    match = re.match(r"([a-z]+ed)\s+(?=[A-Z])", head)
    if match is not None:
        subject = subject_after(head[match.end() :])
        return Found(subject, match.group(1)) if subject and subject.named else _NONE
    return _NONE


def _before_cue(before: str, sentence: str) -> Found:
    """``X said: “…”`` / ``X told reporters, “…”`` / ``X: “…”`` / ``Lee called it “…”``.

    ``before`` runs from the last closing mark, ``sentence`` from the start of the sentence.
    """
    tail = before.rstrip()
    if not tail:
        return _NONE
    quoted_as = _quoted_as(tail, at_end=True)
    if quoted_as.subject is not None:
        return quoted_as
    match = _ACCORDING.search(tail)
    if match and "," not in tail[match.end() : -1]:
        return Found(_source(tail[match.end() :]), "according to")
    if tail.endswith(":"):
        closing = _NAMED_PAST.search(tail)
        subject = subject_between(closing.group(1)) if closing else None
        if subject is not None and subject.named:  # ``…, to which O'Malley interjected:``
            return Found(subject, closing.group(2) if closing else None)
    verbs = list(_VERB.finditer(tail))
    for verb in reversed(verbs):
        by = _BY.match(tail, verb.end())
        if by is not None and verb.group().endswith("ed"):  # ``Lee was asked by Jo Kim,``
            subject = subject_after(tail[by.end() :])
            if subject is not None and subject.named:
                return Found(subject, verb.group())
        lead = tail[: verb.start()]
        inverted = _INVERTED.match(tail, verb.end())
        if inverted is not None and lead.rstrip(" ,").split()[-1:] in ([], ["But"], ["And"]):
            subject = subject_after(inverted.group(1))  # ``But, said Solovey, “…”``
            if subject is not None and subject.named:
                return Found(subject, verb.group())
        aside = _INVERTED_ASIDE.match(tail, verb.end())
        if aside is not None and lead.rstrip().endswith(","):
            subject = subject_after(aside.group(1))  # ``The reason, writes Beyer, is “…”``
            if subject is not None and subject.named:
                return Found(subject, verb.group())
        if not (verb.group().endswith("ing") and lead.rstrip().endswith(",")):
            subject = subject_before(lead)
            if subject is None and _COORDINATED.search(lead):
                subject = opening_subject(sentence)  # ``Lee was joined by Kim and joked,``
            if subject is None or _message(subject) or not plausible(subject):
                sender = message_sender(lead)  # ``an email sent out by Sanders warned``
                subject = sender if sender is not None else subject
            if subject is not None and _message(subject):
                sender = leading_subject(sentence)  # ``Amazon said in a statement saying``
                subject = sender if sender is not None and sender.named else subject
            if subject is not None and plausible(subject):
                return Found(subject, verb.group())
    if tail.endswith(":"):
        chunks = re.split(r"[,;—–-]\s", tail[:-1])
        lead = chunks[-1]
        byline = _byline(chunks)
        subject = byline or subject_before(lead)
        object_ = re.search(r"\b(?:to|on|at|in|from|with|by|of|for)\s+(?:[A-Z]\S*\s*)+$", lead)
        if subject is not None and (subject.named or subject.pronoun) and not object_:
            return Found(subject, ":")
    subject = leading_subject(sentence)
    cue = verbs[-1].group() if verbs else None
    return Found(subject, cue) if subject is not None else _NONE


def _quoted_as(text: str, at_end: bool = False) -> Found:
    """``“…,” local newspapers quote Salinas as saying`` / ``Reuters quoted him as saying,
    “…”``: the person quoted, a name or a pronoun.

    Changes no PolNeAR speaker (train 0.944, dev 0.954 either way: PolNeAR credits the one
    who quotes, and has one such quote, with an unnamed person quoted); pages-dev speakers
    216 -> 217 of 238.
    """
    objects = speech("english").object_pronouns or {}
    for match in _QUOTED_AS.finditer(text):
        if at_end and match.end() < len(text):
            continue
        quoted = match.group(1).strip()
        if quoted.lower() in objects:
            return Found(Subject(quoted, None, objects[quoted.lower()]), "as saying")
        subject = subject_after(quoted)
        if subject is not None and (subject.named or subject.pronoun):
            return Found(subject, "as saying")
    return _NONE


def _source(text: str) -> Subject | None:
    """Who ``according to`` names: the sender of a message (``a court document filed by
    Dave Aronberg``), else the noun phrase as written."""
    subject = subject_after(text)
    if subject is not None and (_message(subject) or not subject.named):
        return message_sender(text) or subject
    return subject


def _named_colon(before: str) -> bool:
    """Text that ends by introducing a quote with a colon after a name and a speech verb
    (``Clinton, exasperated, famously responded:``)."""
    tail = before.rstrip()
    if not tail.endswith(":"):
        return False
    verbs = list(_VERB.finditer(tail))
    if not verbs or len(tail) - verbs[-1].end() > 3:
        return False
    subject = leading_subject(tail)
    return subject is not None and subject.named


def _message(subject: Subject) -> bool:
    """A description of a message (``a separate statement``), not of who sent it."""
    words = subject.text.split()
    return subject.name is None and bool(words) and words[-1].lower() in MESSAGES


def _byline(chunks: list[str]) -> Subject | None:
    """``Chris Cillizza, The Washington Post:`` names the writer first, the outlet after."""
    if len(chunks) != 2 or len(chunks[1].split()) > 5:
        return None
    words = chunks[0].split()
    if not 2 <= len(words) <= 4 or words[0] not in first_names():
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    return Subject(chunks[0], chunks[0])


def after(document: Document, segment: Segment, language: str = "english") -> str:
    """From the closing mark to the end of its sentence (or the next quote).

    When the sentence ends with the quote (``“…?” Lee asked``), the next one is taken.
    """
    around, key = reading(document).around, ("after", segment, language)
    if key not in around:
        around[key] = _after(document, segment, language)
    return around[key]


def _after(document: Document, segment: Segment, language: str) -> str:
    if segment.closed is None:
        return ""
    block = document.blocks[segment.block]
    end = block.end
    rest = document.text[segment.closed + 1 : min(end, segment.closed + 1 + _WINDOW)]
    line = re.split('[\n“«„"]', rest)[0]
    if _SIGNED.match(line):
        return line  # a signature: ``“…” ― Krystal Correa``
    if not rest.strip() and segment.block + 1 < len(document.blocks):
        below = document.blocks[segment.block + 1].text
        if _SIGNED.match(below) or re.match(r"-\s*[A-Z]", below):
            return " —" + below.lstrip("-—–― ")  # a signature paragraph: ``-Michelle Marks``
    found = sentences(document, block.start, block.end, language)
    spans, k = found.spans, found.holding(segment.closed)
    closing = False
    if k is not None:
        stop = spans[k][1]
        closing = stop == segment.closed + 1 and k + 1 < len(spans)
        inner = document.text[segment.closed - 2 : segment.closed].rstrip("’'")
        closing = closing and inner[-1:] in ("?", "!")  # also ``…win Loudoun?’”``
        if closing and _named_colon(before(document, segment, language=language)):
            closing = False  # ``Lee responded: “…?” Her critics said``: Lee's quote
        end = spans[k + 1][1] if closing else stop
    text = document.text[segment.closed + 1 : min(end, segment.closed + 1 + _WINDOW)]
    table = speech(language)
    if table.name != "english":
        cut = re.search(f"[{re.escape(''.join(table.marks))}]", text)
    else:
        cut = re.search('[“«„"]', text)
    if closing and cut and introduces(text[: cut.start()], language):
        return ""  # ``“…?” Mills then writes back, “…”``: the next sentence's cue is its own
    return text[: cut.start()] if cut else text


def before(
    document: Document, segment: Segment, whole: bool = False, language: str = "english"
) -> str:
    """From the start of the quote's sentence (or the last closing mark) to its opening mark."""
    around, key = reading(document).around, ("whole" if whole else "before", segment, language)
    if key not in around:
        around[key] = _before(document, segment, whole, language)
    return around[key]


def _before(document: Document, segment: Segment, whole: bool, language: str) -> str:
    block = document.blocks[segment.block]
    start = block.start
    found = sentences(document, block.start, block.end, language)
    k = found.holding(segment.opened)
    if k is not None:
        start = max(start, found.spans[k][0])
    text = document.text[start : segment.opened]
    if whole:
        return _QUOTED.sub(" ", text)
    if speech(language).name != "english":
        marks = list(speech(language).mark_pattern.finditer(text))
        return text[marks[-1].end() :] if marks else text  # after the last quote's closing mark
    cut = re.search('[”»"][^”»"]*$', text)
    return text[cut.start() + 1 :] if cut else text
