"""Speech cues and speaker names in languages other than English, from the ``_speech`` tables.

European news attributes quotations in a few shapes: inverted after the quote
(``„…“, sagte Hoffmann``, ``« … », a expliqué Paul Girard``, ``«…», dijo él``), a pronoun glued
to the verb (``a-t-elle ajouté``), a source word (``so X``, ``selon X``, ``X zufolge``), the
speaker and verb before a colon (``Hoffmann sagte: „…“``), the subject of any sentence that
ends with a colon (``Doch Niederlaender will das Positive sehen: „…“``), or a cue set into the
quotation (``« …, affirme-t-elle. … »``). A name is the run of capitalised
words after the titles and roles in front of it; a run after a determiner or a preposition
(``der Region``, ``de Valmont``) is a noun or a place, not a person.
"""

from __future__ import annotations

import re

from briefing.language.speech import Speech
from briefing.language.words import stop_words

from .phrases import Subject

Cue = tuple[Subject | None, str | None]
NO_CUE: Cue = (None, None)

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*(?:\.(?:[^\W\d_][\w'’\-]*\.?)?)?|\d+|[,;:()\[\]—–]")
_ELIDED = re.compile(r"[^\W\d_][’'][a-zß-öø-ÿ]")
#: How many words may open a sentence before its subject's name (``Doch Niederlaender``,
#: ``Der saarländische Innenminister Klaus Bouillon``, ``Grosbliederstroff Wenn Helmut Kohl``):
#: set by hand with room above the longest such opening in the pages-dev sentences that end with
#: a colon (two words before the name or its title); not tuned, as those pages are few.
_CLAUSE_OPENING = 5
#: A cue set into a quotation follows a comma and is closed by a stop or a comma within a few
#: words (``, affirme-t-elle.``, ``, dijo Castro,``). It is looked for in the first
#: ``_INCISE_REACH`` characters, about the first two sentences of a quotation: set by hand, the
#: one pages-dev incise stands at character 76.
_INCISE = re.compile(r",\s*")
_INCISE_REACH = 400
_INCISE_END = re.compile(r"\s*([^.,;!?«»“”„]{0,40}?)\s*[.,;]")
_CHUNK = re.compile(r"[,;:()—–]")
_GLUED = re.compile(r"-(?:t-)?(il|elle)\b", re.IGNORECASE)
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?[ ](?:(?:de|van|von|der|den|da|di|del|dos|la|le|zu|ter|af) )*){1,4}"
    r"[A-Z][\w'’\-]+"
)


def after_cue(after: str, table: Speech) -> Cue:
    """The cue in the words after a closing mark: ``, sagte X`` / ``, so X`` / ``, X dijo``."""
    head = after.lstrip(" ,.?!;—–-")
    source = table.after_quote_pattern.match(head)
    if source is not None:
        return _source(head[source.end() :], table), source.group()
    following = table.following_pattern.search(head, 0, 80)
    if following is not None:
        subject = name_before(head[: following.start()], table)
        if subject is not None:
            return subject, following.group()
    verb = table.verb_pattern.search(head, 0, 200)
    if verb is None:
        return NO_CUE
    if verb.start() == 0:
        rest = _past_asides(head[verb.end() :], table)
        return _glued(verb.group(), table) or name_after(rest, table), verb.group()
    subject = _whole_name(head[: verb.start()], table)
    return (subject, verb.group()) if subject is not None else NO_CUE


def before_cue(before: str, table: Speech, known: frozenset[str] = frozenset()) -> Cue:
    """The cue before an opening mark: ``Hoffmann sagte:`` / ``Dazu sagte er,`` / ``Selon X,``."""
    tail = before.rstrip()
    if not tail:
        return NO_CUE
    sources = list(table.according_pattern.finditer(tail))
    if sources:
        subject = _source(tail[sources[-1].end() :], table)
        if subject is not None:
            return subject, sources[-1].group()
    for verb in reversed(list(table.verb_pattern.finditer(tail))):
        subject = _glued(verb.group(), table)
        subject = subject or name_after(
            _past_asides(tail[verb.end() :], table), table, inverted=True
        )
        subject = subject or name_before(tail[: verb.start()], table, describe=True)
        if subject is not None:
            return subject, verb.group()
    if tail.endswith(":"):
        subject = name_before(tail[:-1], table)
        if subject is not None and subject.name:
            return subject, ":"
        subject = clause_subject(tail[:-1], table, known)
        if subject is not None:
            return subject, ":"
    return NO_CUE


def clause_subject(text: str, table: Speech, known: frozenset[str]) -> Subject | None:
    """The subject opening a sentence that ends with a colon, whatever its verb: ``Doch
    Niederlaender will das Positive sehen:``, ``Der Innenminister Klaus Bouillon begründet das
    so:``. A single word counts only as a surname of the article's full names (``known``):
    other capitalised words, German nouns above all, open sentences too.
    """
    words = _tokens(_CHUNK.split(text)[0])
    for k, word in enumerate(words[:_CLAUSE_OPENING]):
        if table.pronoun(word) and k <= 1:
            return Subject(word, None, table.pronoun(word))
        if not _in_name(words, k, table):
            if word[:1].isupper() and k > 0:
                return None  # a noun or a name after other words: not the clause's subject
            continue
        run = _run(words, k, table)
        before = words[k - 1].lower() if k > 0 else ""
        if before in table.closed_words and not table.is_title(run[0]):
            return None  # ``Die Recyclingquote liegt bei:``
        name = clean(run, table)
        follows = words[k + len(run)] if k + len(run) < len(words) else ""
        if name is None or not follows[:1].islower():
            return None
        if " " in name or name.lower() in known:
            return Subject(" ".join(run), name)
        return None
    return None


def incise(quoted: str, table: Speech) -> Cue:
    """A cue set into the quotation: ``« Cette loi, c’est la fin, affirme-t-elle. Je crois… »``."""
    for comma in _INCISE.finditer(quoted, 0, _INCISE_REACH):
        rest = quoted[comma.end() :]
        verb = table.verb_pattern.match(rest)
        if verb is None:
            continue
        close = _INCISE_END.match(rest, verb.end())
        if close is None:
            continue
        subject = _glued(verb.group(), table) or _whole_name(close.group(1), table)
        if subject is not None:
            return subject, verb.group()
    return NO_CUE


def _source(text: str, table: Speech) -> Subject | None:
    """The source after ``selon``, ``peut-on lire dans``: a person, or a title that opens with
    its article (``Le Monde``, ``Les Échos``, ``El País``)."""
    subject = name_after(text, table)
    if subject is not None and subject.name:
        return subject
    words = _tokens(_CHUNK.split(text)[0]) if text.strip() else []
    if len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in table.determiners:
        run = _run(words, 1, table)
        if run and len(run) <= 3:
            title = " ".join([words[0], *run]).rstrip(".")
            return Subject(title, title)
    return subject


def reports(before: str, table: Speech) -> bool:
    """Reported speech: a speech verb or a source word earlier in the sentence."""
    return bool(table.verb_pattern.search(before) or table.according_pattern.search(before))


def introduces(before: str, table: Speech) -> bool:
    """Text that ends by introducing speech: ``Hoffmann sagte:``, ``a-t-il ajouté,``."""
    tail = before.rstrip()
    if tail.endswith(":"):
        return True
    verbs = list(table.verb_pattern.finditer(tail))
    if not verbs:
        return False
    gap = tail[verbs[-1].end() :]
    return len(gap) < 40 and (gap == "" or tail.endswith(","))


def reported(sentence: str, table: Speech) -> list[tuple[int, str]]:
    """``Marchand a précisé que…`` / ``…, erklärte Martin Hoffmann``: who speaks, and where."""
    found = []
    for verb in table.verb_pattern.finditer(sentence):
        subject = name_before(sentence[: verb.start()], table)
        if subject is None or not subject.name:
            subject = name_after(_past_asides(sentence[verb.end() :], table), table, inverted=True)
        if subject is not None and subject.name:
            found.append((verb.start(), subject.name))
    for source in table.according_pattern.finditer(sentence):  # ``laut Geschäftsführer X``
        subject = name_after(sentence[source.end() :], table, inverted=True)
        if subject is not None and subject.name:
            found.append((source.start(), subject.name))
    return sorted(found)


def mentions(sentence: str, table: Speech) -> list[tuple[int, str]]:
    """Full names anywhere in a sentence, not after a determiner or a preposition (``der
    Brücke Valmont``): the people a later ``il`` or ``sie`` may refer back to."""
    tokens = list(_TOKEN.finditer(sentence))  # the commas too: a name stops at one
    words = [t.group() for t in tokens]
    found = []
    k = 0
    while k < len(words):
        run = _run(words, k, table)
        if not run:
            k += 1
            continue
        before = words[k - 1].lower() if k > 0 else ""
        name = clean(run, table)
        if name is not None and " " in name and before not in table.closed_words:
            found.append((tokens[k].start(), name))
        k += len(run)
    return found


def closing_apposition(sentence: str, table: Speech) -> str | None:
    """A full name closing a sentence after a comma: ``So auch der Bürgermeister von
    Grosbliederstroff, Joël Niederlaender.`` names the person the sentence is about."""
    chunks = _CHUNK.split(sentence.rstrip(" .!"))
    if len(chunks) < 2:
        return None
    words = _tokens(chunks[-1])
    run = _run(words, 0, table)
    name = clean(run, table) if run and len(run) == len(words) else None
    return name if name is not None and " " in name else None


def leading_name(sentence: str, table: Speech) -> str | None:
    """A name that opens the sentence before a lower-case word (``Vogel kündigte an``), past
    sentence openers and a title after its article (``Asimismo, el juez Castro realizó``).

    Openers and titles: pages-dev speakers 220 -> 221 of 238 (the only speaker that changes
    on the ten pages outside English); no PolNeAR speaker changes (English).
    """
    words = _tokens(sentence)
    start = 0
    while start < len(words) and words[start].lower() in table.openers:
        start += 1  # ``Asimismo, el juez Castro realizó``
    titled = start + 1 < len(words) and table.is_title(words[start + 1])
    if titled and words[start].lower() in table.determiners:  # ``el juez Castro``
        start += 1 if words[start + 1][:1].isupper() else 2
    run = _run(words, start, table)
    if not run or start + len(run) == len(words) or not words[start + len(run)][:1].islower():
        return None
    return clean(run, table)


def name_after(text: str, table: Speech, *, inverted: bool = False) -> Subject | None:
    """The speaker that starts ``text``: a pronoun, a name, or a description (and its name).

    ``la maire de Valmont, Isabelle Marchand`` gives the name in apposition. With
    ``inverted`` (the words after a verb inside a sentence) only a pronoun or a name counts.
    """
    chunks = [c.strip() for c in _CHUNK.split(text)]
    words = _tokens(chunks[0]) if chunks else []
    if not words:
        return None
    pronoun = table.pronoun(words[0])
    if pronoun is not None:
        return Subject(words[0], None, pronoun)
    if words[0].lower() in table.quantifiers:
        return None
    start = _skip_description(words, table)
    run = _run(words, start, table)
    if len(run) == 1 and start > 0 and words[start - 1].lower() in table.determiners:
        run = []  # ``sagt der Franzose``: a noun after its article describes someone
    name = clean(run, table)
    if name is not None:
        return Subject(" ".join(words), name)
    if inverted or words[0].lower() not in table.determiners or len(words) > 5:
        return None
    apposed = clean(_run(_tokens(chunks[1]), 0, table), table) if len(chunks) > 1 else None
    return Subject(chunks[0].rstrip(" ."), apposed)  # as written: ``der 48-Jährige``


def name_before(text: str, table: Speech, *, describe: bool = False) -> Subject | None:
    """The speaker that ends ``text`` (before its verb): a pronoun or a name.

    With ``describe``, a short description counts too (``Der Minister``, ``la porte-parole``).
    """
    chunk = _CHUNK.split(text)[-1]
    words = _tokens(chunk)
    if not words:
        return None
    pronoun = table.pronoun(words[-1])
    if pronoun is not None:
        return Subject(words[-1], None, pronoun)
    start = len(words)
    while start > 0 and _in_name(words, start - 1, table):
        start -= 1
    before = words[start - 1].lower() if start > 0 else ""
    if before in table.quantifiers:
        return None  # ``Viele Franzosen``: a group, no one a quote or a pronoun belongs to
    named = before not in table.determiners | table.prepositions
    if before in table.determiners and start < len(words) and table.is_title(words[start]):
        named = True  # ``Der Landrat Tilo Brandauer``: a title, then the name
    name = clean(words[start:], table) if named else None
    if name is not None:
        return Subject(" ".join(words[start:]), name)
    if describe and words[0].lower() in table.determiners and len(words) <= 4:
        return Subject(" ".join(words), None)
    return None


def clean(run: list[str], table: Speech) -> str | None:
    """A name without its titles: ``Verkehrsministerin Dr. Katrin Vogel`` -> Katrin Vogel."""
    cut = 0
    for k, token in enumerate(run):
        if table.is_title(token):
            cut = k + 1
    name = run[cut:]
    capitals = [k for k, token in enumerate(name) if token[:1].isupper()]
    if len(capitals) > table.name_length:
        name = name[capitals[-table.name_length] :]
    while name and name[0] in table.particles:
        name = name[1:]  # ``von Weizsäcker`` -> Weizsäcker; ``De Vries`` stays whole
    if not name:
        return None
    return " ".join([*name[:-1], name[-1].rstrip(".")])


def full_names(text: str, table: Speech) -> dict[str, str]:
    """Surname -> the most used full name ending with it (``Hoffmann`` -> ``Martin Hoffmann``)."""
    counts: dict[str, dict[str, int]] = {}
    for match in _NAME_RUN.finditer(text):
        words = _tokens(match.group())
        start = next((k for k in range(len(words)) if _in_name(words, k, table)), len(words))
        name = clean(_run(words, start, table), table)
        parts = name.split() if name else []
        if len(parts) >= 2 and not any(p.isupper() for p in parts):
            forms = counts.setdefault(parts[-1].lower(), {})
            forms[name] = forms.get(name, 0) + 1  # type: ignore[index,arg-type]
    return {k: max(v, key=lambda n: (v[n], len(n))) for k, v in counts.items()}


def genders(text: str, table: Speech) -> dict[str, str]:
    """Surname -> ``he`` or ``she`` from honorifics (``Mme Marchand``, ``Frau Vogel``)."""
    votes: dict[str, list[int]] = {}
    for match in _NAME_RUN.finditer(text):
        words = _tokens(match.group())
        marker = words[0].lower().rstrip(".")
        if marker in table.female or marker in table.male:
            tally = votes.setdefault(words[-1].lower(), [0, 0])
            tally[0 if marker in table.male else 1] += 1
    return {k: ("he" if v[0] > v[1] else "she") for k, v in votes.items() if v[0] != v[1]}


def _past_asides(text: str, table: Speech) -> str:
    """The words after a verb without the asides before its speaker (``quant à elle``)."""
    stripped = text.lstrip(" ,")
    aside = table.aside_pattern.match(stripped) if table.asides else None
    return stripped[aside.end() :] if aside else text


def _glued(verb: str, table: Speech) -> Subject | None:
    """``a-t-elle ajouté``, ``dit-il``: the pronoun written into the verb."""
    match = _GLUED.search(verb)
    pronoun = table.pronoun(match.group(1)) if match else None
    return Subject(match.group(1), None, pronoun) if match and pronoun else None


def _whole_name(text: str, table: Speech) -> Subject | None:
    """A pronoun or a name that fills ``text`` (``« … », Paul Girard a expliqué``)."""
    words = _tokens(text)
    if not words or len(words) > 6:
        return None
    if len(words) == 1 and table.pronoun(words[0]):
        return Subject(words[0], None, table.pronoun(words[0]))
    run = _run(words, 0, table)
    name = clean(run, table) if len(run) == len(words) else None
    return Subject(text.strip(), name) if name else None


def _skip_description(words: list[str], table: Speech) -> int:
    """Past a determiner and lower-case role words (``le fromager``) to a name after them."""
    k = 0
    while k < len(words) and k < 4 and words[k][:1].islower():
        if words[k].lower() in table.prepositions:
            return len(words)
        k += 1
    return k if k < len(words) and words[k][:1].isupper() else len(words)


def _run(words: list[str], start: int, table: Speech) -> list[str]:
    """The capitalised words (and particles inside them) from ``start``."""
    end = start
    while end < len(words) and _in_name(words, end, table):
        end += 1
    return words[start:end]


def _in_name(words: list[str], k: int, table: Speech) -> bool:
    """A capitalised word that is no function word, or a particle before such a word and after
    another one (``Jan de Vries``) or capitalised itself (``De Vries``).
    """
    if _capitalised(words[k], table):
        return True
    if not _particle(words, k, table):
        return False
    after = k + 1
    while after < len(words) and _particle(words, after, table):
        after += 1
    if after >= len(words) or not _capitalised(words[after], table):
        return False
    if words[k][:1].isupper():
        return True
    before = k - 1
    while before >= 0 and _particle(words, before, table):
        before -= 1
    given = 0  # given names before the particle: ``Peter Klein von Greenpeace`` is two people
    while before - given >= 0 and _capitalised(words[before - given], table):
        given += 1
    return given == 1


def _capitalised(word: str, table: Speech) -> bool:
    key = word.lower()
    if not word[:1].isupper() or key in table.determiners or table.pronoun(key):
        return False
    if key in table.quantifiers or _ELIDED.match(word):
        return False  # ``Viele``, ``Cette``; ``L’université`` is a noun, ``D’Alembert`` a name
    return key not in stop_words(table.name) and key not in table.openers


def _particle(words: list[str], k: int, table: Speech) -> bool:
    """``von``, ``de``, ``van`` and a determiner after one (``von der``, ``de la``)."""
    key = words[k].lower()
    return key in table.particles or (
        key in table.determiners and k > 0 and words[k - 1].lower() in table.particles
    )


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if t not in ",;:()[]—–"]
