"""Who sent a message a quotation comes from: ``a fundraising email sent out by Sanders``."""

from __future__ import annotations

import re

from .phrases import Subject, strip_titles, tokens
from .subjects import predicate_follows, subject_after
from .vocabulary import MESSAGES, STOPS

_SENT_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(MESSAGES))})s?\b((?:\s+[a-z]+){{0,3}})\s+(?:by|from)\s+", re.IGNORECASE
)


_UP_TO_NAME = re.compile(r"(?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w.'’\-]*\s*)+")


_CAPITALISED_RUN = re.compile(r"(?:the\s+)?((?:[A-Z][\w.'’&\-]*\s*)+)")


def message_sender(text: str) -> Subject | None:
    """Who sent the message the text names: ``a fundraising email sent out by Sanders``,
    ``A Feb. 1 letter from the American Legion``, ``a court document filed by state attorney
    Dave Aronberg``: the name after ``by`` or ``from``.

    With ``obtained by The Associated Press`` read as an agent, not a subject: PolNeAR named
    speakers train 0.940 -> 0.941 (+3, none lost), dev 0.953 unchanged.
    """
    match = _SENT_BY.search(text)
    return named_after(text[match.end() :]) if match is not None else None


def named_after(rest: str) -> Subject | None:
    """The name that opens ``rest`` (``state attorney Dave Aronberg.``, ``the American Legion
    obtained by``), or None when it only describes someone (``Clinton aide``)."""
    lead = _UP_TO_NAME.match(rest)  # ``state commissioner Tom Krebb`` of ``… Krebb appeared``
    subject = subject_after(lead.group() if lead else rest)
    if subject is not None and subject.named and subject.text.split()[-1][:1].isupper():
        return subject
    run = _CAPITALISED_RUN.match(rest)
    if run is None:
        return None
    following = tokens(rest[run.end() :])[:1]
    described = following and following[0].islower() and following[0] not in STOPS
    if described and not predicate_follows(following):
        return None  # ``from Clinton aide and …``: Clinton describes the sender
    name = strip_titles(run.group(1).split())
    return Subject(run.group(0).strip(), " ".join(name)) if name else None
