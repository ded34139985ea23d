"""Who said a quotation: attribution cues around it, pronouns and names linked to actors.

News attributes speech in a handful of shapes: ``“…,” X said``, ``“…,” said X``,
``X, the minister, said: “…”``, ``according to X``, ``X: “…”``. The cue is looked for in
the same sentence, after the quote first, then before it; failing a verb next to a name, the
subject that opens the sentence speaks (``Lee called it “a disgrace”``). A quote with no cue
belongs to whoever was talking just before (in the same paragraph or the one before).
Pronouns go to the person last named as a subject or a speaker, of the right gender when the
article shows it.

Other languages find their cues with ``_cues`` and the tables of ``_speech`` (``„…“, sagte
Hoffmann``, ``a-t-elle ajouté``, ``selon X``); the history of who spoke works the same way.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing.language.lexicon import first_names
from briefing.language.speech import Speech, speech
from briefing.model import Actor, Document, Quote
from briefing.segment import split_spans

from . import cues as _cues
from .names import (
    MESSAGES,
    ActorIndex,
    Subject,
    leading_subject,
    name_tokens,
    plausible,
    plausible_name,
    speaker_name,
    subject_after,
    subject_before,
    subject_between,
)
from .segments import Segment

_STEMS = (
    "argu|warn|explain|not|insist|reveal|continu|recall|declar|stat|shout|tweet|post|jok|conced|"
    "acknowledg|claim|answer|respond|suggest|observ|admit|remark|quipp|complain|caution|"
    "predict|promis|vow|boast|charg|counter|urg|emphasiz|emphasis|stress|announc|report|"
    "testifi|testify|mus|lament|repli|reply|yell|exclaim|whisper|conclud|agre|assert|alleg|"
    "maintain|contend|recount|retort|snapp|thunder|proclaim|scream|repeat|reiterat|confirm|"
    "comment|reason|wonder|tout|bragg|sigh|laugh|opin|offer|question|implor|demand|blogg|"
    "blog|scold|plead|pled|chant|describ|writ|speak|recount|quot|cit"
)
_VERB = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|telling|wrote|writes|write|written|"
    r"asked|asks|ask|asking|added|adds|add|adding|spoke|began|read|reads|"
    rf"(?:{_STEMS})(?:s|es|ed|d|ing)?|went on|pointed out|put it|"
    r"(?:fired|shot|hit|snapped) back|chimed in)\b"
)
_QUOTED = re.compile('[“"«„][^”"»“]*[”"»“]')
_SIGNED = re.compile(r"\s*[—–―]\s*([^\s—–―][^—–―]*?)[.\s]*$")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_WINDOW = 220
#: How many of the latest people a pronoun may skip to reach one known to fit its gender.
_NEAR = 4


@dataclass(frozen=True, slots=True)
class Found:
    """A speaker as the cue gives it, before pronouns are resolved."""

    subject: Subject | None
    cue: str | None


_NONE = Found(None, None)


def cued_after(document: Document, segment: Segment, language: str = "english") -> bool:
    """Whether the words right after a quoted segment say who speaks (``“No,” she said``)."""
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
) -> tuple[Quote, ...]:
    """Quotes with their speakers, in document order."""
    table = speech(language)
    history = _History(document, actors, segments, table)
    quotes: list[Quote] = []
    previous: Quote | None = None
    last_segment: Segment | None = None
    for segment in segments:
        found = (
            _cue(document, segment, frozenset(history.full))
            if table.name == "english"
            else _cue_in(document, segment, table)
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
    return found


def _cue_in(document: Document, segment: Segment, table: Speech) -> Found:
    """The cue in a language other than English: after the quote first, then before it."""
    subject, cue = _cues.after_cue(after(document, segment, table.name), table)
    if subject is None:
        earlier = _cues.before_cue(before(document, segment, language=table.name), table)
        subject, cue = earlier if earlier[0] is not None else (None, cue)
    return Found(subject, cue)


def _introduced(document: Document, index: int) -> Found:
    """A paragraph that ends with a colon (``Lee continued:``) introduces the next one."""
    if index == 0 or not document.blocks[index - 1].text.endswith(":"):
        return _NONE
    block = document.blocks[index - 1]
    spans = _sentences(document.text, block.start, block.end)
    last = document.text[spans[-1][0] : block.end] if spans else block.text
    cut = re.search('[”»"][^”»"]*$', last)
    found = _before_cue(last[cut.start() + 1 :] if cut else last, last)
    if found.subject is not None and found.subject.pronoun not in (None, "he", "she"):
        found = _NONE  # ``Cruz called them on it:``: ``it`` is no speaker, Cruz is
    if found.subject is None:
        subject = leading_subject(last)
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
    match = _ACCORDING.match(head)
    if match:
        return Found(subject_after(head[match.end() :]), "according to")
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
    match = re.match(r"((?:[A-Z][\w.'’\-]*\s+){1,3}|(?:he|she)\s+)([a-z]+ed)\b", head)
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
    match = _ACCORDING.search(tail)
    if match and "," not in tail[match.end() : -1]:
        return Found(subject_after(tail[match.end() :]), "according to")
    verbs = list(_VERB.finditer(tail))
    for verb in reversed(verbs):
        lead = tail[: verb.start()]
        if not (verb.group().endswith("ing") and lead.rstrip().endswith(",")):
            subject = subject_before(lead)
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


def _indefinite(subject: Subject) -> bool:
    """``Others said``, ``Another added``: people the article leaves unnamed."""
    return (subject.name or "").lower() in ("others", "another", "some", "many", "several")


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
    spans = _sentences(document.text, block.start, block.end, language)
    closing = False
    for k, (start, stop) in enumerate(spans):
        if start <= segment.closed < stop:
            closing = stop == segment.closed + 1 and k + 1 < len(spans)
            inner = document.text[segment.closed - 2 : segment.closed].rstrip("’'")
            closing = closing and inner[-1:] in ("?", "!")  # also ``…win Loudoun?’”``
            end = spans[k + 1][1] if closing else stop
            break
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
    block = document.blocks[segment.block]
    start = block.start
    for first, stop in _sentences(document.text, block.start, block.end, language):
        if first <= segment.opened < stop:
            start = max(start, first)
            break
    text = document.text[start : segment.opened]
    if whole:
        return _QUOTED.sub(" ", text)
    if speech(language).name != "english":
        marks = list(speech(language).mark_pattern.finditer(text))
        return text[marks[-1].end() :] if marks else text  # after the last quote's closing mark
    cut = re.search('[”»"][^”»"]*$', text)
    return text[cut.start() + 1 :] if cut else text


@lru_cache(maxsize=256)
def _sentences(
    text: str, start: int, end: int, language: str = "english"
) -> tuple[tuple[int, int], ...]:
    return tuple(split_spans(text, start, end, language))


# -- who has spoken so far -------------------------------------------------------------------


class _History:
    """Who has spoken or been named so far, to resolve pronouns and uncued quotes."""

    def __init__(
        self,
        document: Document,
        actors: tuple[Actor, ...],
        segments: Sequence[Segment],
        table: Speech,
    ) -> None:
        self.document = document
        self.actors = actors
        self.table = table
        self.speakers: list[tuple[int, str]] = []
        unquoted = _unquoted(document, segments)
        if table.name == "english":
            self.reported, self.subjects, self.genders = _events(document, unquoted)
            self.full = _full_names(document)
        else:
            self.full = _cues.full_names(document.text, table)
            self.genders = _cues.genders(document.text, table)
            known = set(self.full) | set(self.genders)
            self.reported, self.subjects = _events_in(document, unquoted, table, known)
        self.index = ActorIndex(actors)
        self.kinds = {actor.name: actor.kind for actor in actors}
        self.definite = _DEFINITE | table.determiners
        self.plausible_names: dict[str, bool] = {}
        self.role_matches: dict[str, list[tuple[int, int, str, str]]] = {}
        #: Names the text gives before any quote is read, in text order (for pronouns).
        self.named = sorted(self.reported + self.subjects)

    def spoke(self, name: str, at: int) -> None:
        self.speakers.append((at, name))

    def resolve(self, subject: Subject | None, at: int) -> str | None:
        if subject is None or not plausible(subject):
            return None
        single = subject.name is not None and " " not in subject.name
        if single and not self._plausible(subject.name or "") and not _indefinite(subject):
            return None  # ``Likewise`` opening a sentence is no one; ``Others`` are someone
        if subject.pronoun is None:
            if subject.name is None:
                return self.described(subject.text, at) or self._gendered(subject.text, at)
            return speaker_name(subject)
        if subject.pronoun not in ("he", "she"):
            return None
        before = bisect.bisect_left(self.named, (at,))
        spoken = sorted(e for e in self.speakers if e[0] < at)
        earlier = (self.named[i] for i in range(before - 1, -1, -1))
        events = heapq.merge(earlier, reversed(spoken), reverse=True)
        seen: set[str] = set()
        for _, name in events:  # the nearest fitting person before the pronoun
            if name in seen:
                continue
            seen.add(name)
            if not (self._person(name) and self._plausible(name)):
                continue
            if self._gender(name) in (None, subject.pronoun):
                return name
        return None

    def described(self, description: str, at: int) -> str | None:
        """The person a definite description refers back to (``the former mayor`` after
        ``Mayor Michael Bloomberg``, ``the actress`` after ``Gwyneth Paltrow, the actress,``,
        ``the 48-year-old`` after ``Anna Weber, 48,``): the nearest such name before ``at``."""
        words = description.split()
        if len(words) < 2 or words[0].lower() not in self.definite or len(words) > 5:
            return None
        head, modifiers = words[-1], words[1:-1]
        capitalised = not head.islower() and self.table.name == "english"  # German nouns are
        if capitalised or head in MESSAGES or any(not w.islower() for w in modifiers):
            return None  # ``the New Jersey governor`` names its own place: kept as written
        found = [
            (start, self._name_in(name))
            for start, end, name, near in self._named_with(head)
            if end <= at and all(re.search(rf"\b{re.escape(w)}\b", near) for w in modifiers)
        ]
        names = [(start, name) for start, name in found if self._someone(name)]
        return max(names)[1] if names else None

    def _named_with(self, head: str) -> list[tuple[int, int, str, str]]:
        """Every place the article names someone with this role or age (start, end, the
        name, the lower-cased text around it), searched once per article and role."""
        if head not in self.role_matches:
            text = self.document.text
            self.role_matches[head] = [
                (
                    m.start(),
                    m.end(),
                    m.group("name"),
                    text[max(0, m.start() - 40) : m.end()].lower(),
                )
                for pattern in _role_patterns(head)
                for m in pattern.finditer(text)
            ]
        return self.role_matches[head]

    def _gendered(self, description: str, at: int) -> str:
        """``the actress`` with no role named before: the last woman named, as for ``she``."""
        words = description.split()
        pronoun = _GENDERED.get(words[-1].lower()) if len(words) == 2 else None
        if pronoun is None or words[0].lower() not in self.definite:
            return description
        found = self.resolve(Subject(pronoun, None, pronoun), at)
        return found if found and found[:1].isupper() else description

    def _name_in(self, run: str) -> str:
        """The person's name in a capitalised run: from a given name on, or (in a language
        that capitalises nouns) its last words: ``Der Bäcker Jens Krüger`` -> Jens Krüger."""
        name = _from_given_name(run)
        parts = name.split()
        if name == run and self.table.name != "english" and len(parts) > self.table.name_length:
            return " ".join(parts[-self.table.name_length :])
        return name

    def _someone(self, name: str) -> bool:
        """A person's name: one of the actor list, or a given name and more (outside English,
        capitalised words that no determiner opens)."""
        linked = self.index.link(name)
        if linked in self.kinds:
            return self.kinds[linked] == "person"
        parts = name.split()
        if len(parts) < 2:
            return False
        if self.table.name != "english":
            return parts[0].lower() not in self.definite and all(p[:1].isupper() for p in parts)
        return parts[0] in first_names()

    def recent(self, at: int, paragraph_start: int) -> str | None:
        """A speaker named just before ``at``, in this paragraph or the one before."""
        here = [e for e in self.subjects if paragraph_start <= e[0]]  # ``Bolton said he…. “…”``
        events = [
            e for e in self.reported + self.speakers + here if e[0] < at and self._plausible(e[1])
        ]
        if not events:
            return None
        position, name = max(events)
        starts = [b.start for b in self.document.blocks if b.start < paragraph_start]
        return name if position >= (starts[-1] if starts else paragraph_start) else None

    def canonical(self, speaker: str) -> str:
        """The actor's name, or the fullest form of a surname the article uses."""
        if self.table.name != "english":
            return self._canonical_in(speaker)
        if self.actors:
            return self.index.link(speaker)
        key = speaker.lower()
        if speaker[:1].isupper() and " " not in speaker and key in self.full:
            return self.full[key]
        return speaker

    def _canonical_in(self, speaker: str) -> str:
        """Outside English: the actor's or the article's full name, without its titles."""
        if self.actors:
            linked = self.index.link(speaker)
            return _cues.clean(linked.split(), self.table) or linked
        ending = " " + speaker.lower()
        fuller = [n for n in self.full.values() if n.lower().endswith(ending)]
        return fuller[0] if len(fuller) == 1 else speaker

    def _plausible(self, name: str) -> bool:
        """A name of the actor list or of the article's full names, a word the article
        capitalises inside a sentence, or one that looks like a name: ``Trump`` is a word of
        the dictionary too, ``Likewise`` opening a sentence is no one. Answers are kept: the
        search runs over the whole article."""
        known = self.plausible_names.get(name)
        if known is None:
            known = self.plausible_names[name] = self._plausible_now(name)
        return known

    def _plausible_now(self, name: str) -> bool:
        if name.lower() in self.full or self.index.link(name) != name:
            return True
        if " " not in name and re.search(rf"[a-z,] {re.escape(name)}\b", self.document.text):
            return True
        return plausible_name(name)

    def _person(self, name: str) -> bool:
        """Not an organisation or a place of the actor list: ``he`` is never ``Microsoft``."""
        if self._gender(name) is not None:
            return True  # ``Mr. Jackson``: a person, whatever the actor list made of the name
        return self.kinds.get(self.index.link(name), "person") == "person"

    def _gender(self, name: str) -> str | None:
        key = name_tokens(name)
        return self.genders.get(key[-1]) if key else None


def _unquoted(document: Document, segments: Sequence[Segment]) -> str:
    """The text with quotations blanked out, so that words inside them name no speaker."""
    chars = list(document.text)
    for segment in segments:
        chars[segment.start : segment.end] = " " * (segment.end - segment.start)
    return "".join(chars)


def _events(
    document: Document, text: str
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], dict[str, str]]:
    """Speakers of reported speech, named sentence subjects, and genders the text shows.

    ``text`` is the document text with its quotations blanked out.
    """
    reported: list[tuple[int, str]] = []
    subjects: list[tuple[int, str]] = []
    votes = _honorifics(document.text)
    for block in document.paragraphs:
        for start, end in split_spans(document.text, block.start, block.end):
            sentence = text[start:end]
            if not sentence.strip(' “”"«»„,.'):
                continue
            reported.extend((start + at, name) for at, name in _reported(sentence))
            subject = leading_subject(sentence)
            if subject is not None and subject.name:
                subjects.append((start, subject.name))
    genders = {k: ("he" if v[0] > v[1] else "she") for k, v in votes.items() if v[0] != v[1]}
    return reported, subjects, genders


def _events_in(
    document: Document, text: str, table: Speech, known: set[str]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Speakers of reported speech and named subjects, in a language other than English.

    A sentence's opening name counts as a subject only when the article also gives it in full
    or with an honorific (``Vogel`` after ``Katrin Vogel``, ``Frau Weber``): many other
    capitalised words open sentences.
    """
    reported: list[tuple[int, str]] = []
    subjects: list[tuple[int, str]] = []
    for block in document.paragraphs:
        for start, end in split_spans(document.text, block.start, block.end, table.name):
            sentence = text[start:end]
            reported.extend((start + at, name) for at, name in _cues.reported(sentence, table))
            name = _cues.leading_name(sentence.lstrip(' “”"«»„,.'), table)
            if name is not None and (" " in name or name.lower() in known):
                subjects.append((start, name))
    return reported, subjects


def _reported(sentence: str) -> list[tuple[int, str]]:
    """``Lee said …`` / ``…, said Lee``: speakers of reported speech in one sentence."""
    found = []
    for verb in _VERB.finditer(sentence):
        lead = sentence[: verb.start()]
        if verb.group().endswith("ing") and lead.rstrip().endswith(","):
            continue
        subject = subject_before(lead)
        if subject is None and sentence[: verb.start()].rstrip().endswith(","):
            subject = subject_after(sentence[verb.end() :])
        if subject is not None and subject.name:
            found.append((verb.start(), subject.name))
    return found


def _honorifics(text: str) -> dict[str, list[int]]:
    """``Mr. Lee``, ``Ms. Jo Lee``: the gender of a surname, when the article says it."""
    votes: dict[str, list[int]] = {}
    for match in _HONORIFIC.finditer(text):
        female = match.group(1).lower() in _FEMALE
        _vote(votes, match.group(2), "she" if female else "he", 1)
    return votes


def _vote(votes: dict[str, list[int]], name: str, pronoun: str, weight: int) -> None:
    key = name_tokens(name)
    if key:
        tally = votes.setdefault(key[-1], [0, 0])
        tally[0 if pronoun == "he" else 1] += weight


_FEMALE = frozenset("mrs ms miss".split())
_MALE = frozenset(["mr"])
_HONORIFIC = re.compile(
    rf"\b((?i:{'|'.join(sorted(_FEMALE | _MALE))}))\b\.?,?\s+(?:[A-Z][\w'’\-]*\.?\s+){{0,2}}"
    r"([A-Z][\w'’\-]+)"
)


def _full_names(document: Document) -> dict[str, str]:
    """Surname -> the most used full name ending with it (``Dawe`` -> ``Peter Dawe``)."""
    counts: dict[str, dict[str, int]] = {}
    for match in _NAME_RUN.finditer(document.text):
        subject = leading_subject(match.group() + " said")
        name = subject.name if subject else None
        parts = name.split() if name else []
        if name and len(parts) >= 2:
            forms = counts.setdefault(parts[-1].lower(), {})
            forms[name] = forms.get(name, 0) + 1
    return {k: max(v, key=lambda n: (v[n], -len(n))) for k, v in counts.items()}


_NAME_RUN = re.compile(r"(?:[A-Z][\w'’\-]*\.?[ ]){1,4}[A-Z][\w'’\-]+")


#: Role nouns that tell a person's gender (``the actress`` is ``she``); family and plain
#: ``man``/``woman`` are left out: on PolNeAR train they mostly introduce someone unnamed.
_GENDERED = {
    **dict.fromkeys(
        "actress spokeswoman chairwoman businesswoman congresswoman councilwoman "
        "anchorwoman".split(),
        "she",
    ),
    **dict.fromkeys(
        "actor spokesman chairman businessman congressman councilman anchorman".split(),
        "he",
    ),
}
#: Determiners that open a description referring back to someone named before.
_DEFINITE = frozenset(["the"])
_NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:de |van |von |le |la )?[A-Z][\w.'’\-]*){0,3})"


def _from_given_name(name: str) -> str:
    """``Der Bäcker Jens Krüger`` -> Jens Krüger: the name from its given name on."""
    parts = name.split()
    for k in range(len(parts) - 1):
        if parts[k] in first_names():
            return " ".join(parts[k:])
    return name


@lru_cache(maxsize=64)
def _role_patterns(head: str) -> tuple[re.Pattern[str], ...]:
    """Where a text names someone with this role or age: ``Mayor Michael Bloomberg``,
    ``Gwyneth Paltrow, the actress``, ``Anna Weber, 48,``, ``Anna Weber (48)``."""
    age = re.match(r"(\d+)-(?:year-old|jährige[rn]?|ans?)$", head, re.IGNORECASE)
    if age:
        n = age.group(1)
        return (re.compile(rf"{_NAME}(?:, {n},| \({n}\))"),)
    role = re.escape(head)
    short = _ABBREVIATED.get(head.lower())
    before = rf"{role}|{short}\." if short else role
    return (
        re.compile(rf"(?i:\b(?:{before}))\s+{_NAME}"),
        re.compile(rf"{_NAME},\s+(?i:{_APPOSED})\s+(?:[\w’'\-]+\s+){{0,5}}?(?i:{role})\b"),
    )


#: Titles written short before a name (``Gov. Chris Christie`` is ``the governor``).
_ABBREVIATED = {"governor": "gov", "senator": "sen", "representative": "rep", "general": "gen"}
#: Words that open an apposition giving someone's role: ``Jo Lee, the actress,``.
_APPOSED = r"the|a|an|le|la|l[’']|un|une|der|die|das|ein|eine|el|il"
