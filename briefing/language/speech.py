"""How each language marks and attributes speech: quote marks, speech verbs, titles, pronouns.

One ``Speech`` table per language, read by the sentence splitter (abbreviations, attribution
after a quote) and by the quote stage (marks, cues, names). English attribution has its own,
richer grammar in ``_speakers`` and ``_quote_names``; its table here holds only what the shared
code needs (marks and splitter words), so English behaves as it always has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

#: Quote marks every language pairs: opening mark -> the marks that may close it.
_COMMON_MARKS = {"“": '”"“', '"': '"”“', "„": '“”"', "«": "»"}
#: Marks some languages add: single guillemets, low single quotes, reversed guillemets.
_EUROPEAN_MARKS = {**_COMMON_MARKS, "‹": "›", "‚": "‘’"}
_GERMAN_MARKS = {**_EUROPEAN_MARKS, "»": "«", "›": "‹"}
_SWEDISH_MARKS = {**_EUROPEAN_MARKS, "”": "”", "»": "»"}


@dataclass(frozen=True, eq=False)
class Speech:
    """What one language uses to quote and attribute speech.

    ``verbs`` are regular-expression alternatives for the speech verb forms (``a déclaré``,
    ``sagte``); ``inverted`` are forms with the pronoun glued on (``a-t-elle ajouté``).
    ``according`` precede a source (``laut X``), ``following`` follow one (``X zufolge``),
    ``after_quote`` introduce a source only right after a quotation (``„…“, so X``).
    """

    name: str
    marks: dict[str, str]
    verbs: tuple[str, ...] = ()
    according: tuple[str, ...] = ()
    following: tuple[str, ...] = ()
    after_quote: tuple[str, ...] = ()
    pronouns: dict[str, str] = field(default_factory=dict)
    titles: frozenset[str] = frozenset()
    title_suffixes: tuple[str, ...] = ()
    female: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()
    #: Words that start a noun phrase or join a name to a place: never part of a name.
    determiners: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    #: Words that open sentences, capitalised there, and are not stop words: never a name.
    openers: frozenset[str] = frozenset()
    #: Most capitalised words in a row that can be one person's name (German nouns are capitalised).
    name_length: int = 4
    #: Abbreviations for the sentence splitter: never end a sentence / end one only before a
    #: usual sentence start.
    abbreviations: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()

    @cached_property
    def mark_pattern(self) -> re.Pattern[str]:
        chars = "".join(dict.fromkeys("".join(self.marks) + "".join(self.marks.values())))
        return re.compile(f"[{re.escape(chars)}]")

    @cached_property
    def verb_pattern(self) -> re.Pattern[str]:
        return _words(self.verbs)

    @cached_property
    def according_pattern(self) -> re.Pattern[str]:
        return _words(self.according)

    @cached_property
    def following_pattern(self) -> re.Pattern[str]:
        return _words(self.following)

    @cached_property
    def after_quote_pattern(self) -> re.Pattern[str]:
        return _words(self.after_quote + self.according)

    def is_title(self, token: str) -> bool:
        """A title or role before a name: ``Dr.``, ``M.``, ``Verkehrsministerin``."""
        key = token.lower().rstrip(".")
        return key in self.titles or (len(key) > 5 and key.endswith(self.title_suffixes))

    def pronoun(self, token: str) -> str | None:
        """``he`` or ``she`` for a personal pronoun of this language."""
        return self.pronouns.get(token.lower().rstrip("."))


def _words(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    if not alternatives:
        return re.compile(r"(?!x)x")
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile(rf"(?<![\w’'-])(?:{'|'.join(ordered)})(?![\w’'-])", re.IGNORECASE)


def _forms(*groups: str) -> tuple[str, ...]:
    return tuple(word for group in groups for word in group.split())


def _french_verbs() -> tuple[str, ...]:
    """``a déclaré``, ``a-t-elle ajouté``, ``explique``, ``dit-il``, ``précise-t-elle``."""
    past = (
        "déclaré dit expliqué ajouté affirmé estimé précisé souligné indiqué assuré confié "
        "lancé rappelé reconnu insisté averti prévenu répondu poursuivi conclu raconté jugé "
        "regretté martelé commenté noté annoncé écrit demandé réagi résumé confirmé dénoncé "
        "critiqué observé admis plaidé tranché déploré salué"
    ).split()
    present = (
        "déclare dit explique ajoute affirme estime précise souligne indique assure confie "
        "lance rappelle reconnaît insiste avertit prévient répond poursuit conclut raconte "
        "juge regrette martèle commente note annonce écrit demande réagit résume confirme "
        "dénonce critique observe admet plaide tranche déplore salue"
    ).split()
    participle = "|".join(past)
    return (
        rf"(?:a|avait|aurait|ont|avaient)\s+(?:{participle})",
        rf"(?:a|avait|aurait)-t-(?:il|elle)\s+(?:{participle})",
        rf"(?:{'|'.join(present)})(?:-t)?-(?:il|elle)",
        *present,
    )


_PARTICLES = frozenset("de del della di da dos das du van von ter af zu".split())

ENGLISH = Speech("english", marks=_COMMON_MARKS)

GERMAN = Speech(
    "german",
    openers=frozenset(
        "dazu dabei damit daher deshalb deswegen zudem außerdem trotzdem dennoch jetzt "
        "nun heute gestern morgen bisher inzwischen laut so auch noch zwar immerhin "
        "allerdings".split()
    ),
    marks=_GERMAN_MARKS,
    verbs=_forms(
        "sagte sagt sagten erklärte erklärt betonte betont fügte fügt ergänzte ergänzt "
        "kritisierte kritisiert warnte warnt meinte meint erläuterte erläutert berichtete "
        "berichtet schrieb schreibt fragte fragt antwortete antwortet versicherte versichert "
        "bekräftigte bekräftigt unterstrich unterstreicht forderte fordert räumte räumt "
        "kündigte kündigt sprach spricht stellte stellt teilte teilt mahnte mahnt"
    ),
    according=("laut",),
    following=("zufolge",),
    after_quote=("so",),
    pronouns={"er": "he", "sie": "she"},
    titles=frozenset(
        "dr prof herr frau hr fr dipl ing minister ministerin präsident präsidentin kanzler "
        "kanzlerin bürgermeister bürgermeisterin sprecher sprecherin vorsitzender vorsitzende "
        "direktor direktorin chef chefin leiter leiterin abgeordneter abgeordnete senator "
        "senatorin landrat landrätin professor professorin experte expertin geschäftsführer "
        "geschäftsführerin stadtrat stadträtin polizeisprecher".split()
    ),
    title_suffixes=(
        "minister",
        "ministerin",
        "präsident",
        "präsidentin",
        "sprecher",
        "sprecherin",
        "vorsitzender",
        "vorsitzende",
        "direktor",
        "direktorin",
        "chef",
        "chefin",
        "leiter",
        "leiterin",
        "meister",
        "meisterin",
        "kanzlerin",
        "führer",
        "führerin",
        "experte",
        "expertin",
    ),
    female=frozenset("frau fr".split()),
    male=frozenset("herr hr".split()),
    determiners=frozenset(
        "der die das den dem des ein eine einer eines einem einen dessen deren sein seine "
        "ihr ihre unser unsere".split()
    ),
    prepositions=frozenset(
        "von vom aus in im am an bei beim nach mit für über aus zu zum zur".split()
    ),
    particles=_PARTICLES,
    name_length=2,
    abbreviations=frozenset(
        "z.b z d.h d u.a u bzw usw nr ca dr prof hr fr hrsg vgl evtl ggf inkl zzgl bzw abs "
        "str tel mio mrd st sog".split()
    ),
    ambiguous=frozenset("usw etc u.ä".split()),
)

FRENCH = Speech(
    "french",
    openers=frozenset(
        "selon pour pendant depuis aujourd’hui aujourd'hui puis ensuite alors enfin "
        "après avant désormais cependant pourtant ainsi hier demain d’après".split()
    ),
    marks=_EUROPEAN_MARKS,
    verbs=_french_verbs(),
    according=("selon", "d[’']après"),
    pronouns={"il": "he", "elle": "she"},
    titles=frozenset(
        "m mme mmes mlle mm dr pr me monsieur madame mademoiselle docteur professeur maître "
        "maire ministre président présidente directeur directrice préfet préfète député "
        "députée sénateur sénatrice général porte-parole".split()
    ),
    female=frozenset("mme madame mlle mademoiselle".split()),
    male=frozenset("m monsieur".split()),
    determiners=frozenset("le la les l un une des du son sa ses leur notre".split()),
    prepositions=frozenset("de d du des à au aux en dans pour par sur chez".split()),
    particles=_PARTICLES,
    abbreviations=frozenset("m mme mmes mlle mm dr pr me st ste av bd n°".split()),
    ambiguous=frozenset("etc cf".split()),
)

SPANISH = Speech(
    "spanish",
    openers=frozenset(
        "según además después antes ahora hoy ayer también sin embargo luego entonces".split()
    ),
    marks=_EUROPEAN_MARKS,
    verbs=_forms(
        "dijo dice afirmó afirma explicó explica añadió añade aseguró asegura señaló señala "
        "declaró declara indicó indica advirtió advierte agregó agrega subrayó subraya "
        "destacó destaca sostuvo sostiene manifestó manifiesta comentó comenta apuntó apunta"
    ),
    according=("según",),
    pronouns={"él": "he", "ella": "she"},
    titles=frozenset(
        "sr sra srta dr dra ud don doña señor señora ministro ministra presidente presidenta "
        "alcalde alcaldesa director directora portavoz".split()
    ),
    female=frozenset("sra srta dra doña señora".split()),
    male=frozenset("sr don señor".split()),
    determiners=frozenset("el la los las un una su sus".split()),
    prepositions=frozenset("de del en a al para por con desde".split()),
    particles=_PARTICLES,
    abbreviations=frozenset("sr sra srta dr dra ud uds lic ing av núm pág".split()),
    ambiguous=frozenset("etc".split()),
)

ITALIAN = Speech(
    "italian",
    openers=frozenset("secondo inoltre dopo prima ora oggi ieri anche però quindi poi".split()),
    marks=_EUROPEAN_MARKS,
    verbs=_forms(
        r"ha\s+detto ha\s+spiegato ha\s+aggiunto ha\s+affermato ha\s+dichiarato "
        r"ha\s+sottolineato ha\s+precisato ha\s+commentato ha\s+osservato ha\s+ricordato "
        "dice spiega aggiunge afferma dichiara sottolinea precisa commenta osserva ricorda "
        "disse spiegò aggiunse affermò dichiarò"
    ),
    according=("secondo",),
    pronouns={"lui": "he", "lei": "she"},
    titles=frozenset(
        "sig sig.ra sigra dott dott.ssa dottssa prof prof.ssa ing avv on signor signora "
        "ministro ministra presidente sindaco direttore direttrice portavoce".split()
    ),
    female=frozenset("sig.ra sigra signora dott.ssa dottssa prof.ssa".split()),
    male=frozenset("sig signor".split()),
    determiners=frozenset("il lo la i gli le un una uno suo sua".split()),
    prepositions=frozenset("di del della dei a al alla da dal in nel per con su".split()),
    particles=_PARTICLES,
    abbreviations=frozenset("sig sig.ra dott dott.ssa prof prof.ssa ing avv on ecc".split()),
    ambiguous=frozenset("ecc etc".split()),
)

PORTUGUESE = Speech(
    "portuguese",
    openers=frozenset("segundo além depois antes agora hoje ontem também porém então".split()),
    marks=_EUROPEAN_MARKS,
    verbs=_forms(
        "disse diz afirmou afirma explicou explica acrescentou acrescenta declarou declara "
        "garantiu garante sublinhou sublinha destacou destaca referiu refere salientou "
        "salienta contou conta comentou comenta"
    ),
    according=("segundo", "conforme"),
    pronouns={"ele": "he", "ela": "she"},
    titles=frozenset(
        "sr sra dr dra dona senhor senhora ministro ministra presidente presidenta prefeito "
        "prefeita diretor diretora porta-voz".split()
    ),
    female=frozenset("sra dra dona senhora".split()),
    male=frozenset("sr senhor".split()),
    determiners=frozenset("o a os as um uma seu sua".split()),
    prepositions=frozenset("de do da dos das em no na para por com".split()),
    particles=_PARTICLES,
    abbreviations=frozenset("sr sra dr dra prof av n.º".split()),
    ambiguous=frozenset("etc".split()),
)

DUTCH = Speech(
    "dutch",
    openers=frozenset("volgens daarnaast daarna eerder nu vandaag gisteren ook toch dus".split()),
    marks=_EUROPEAN_MARKS,
    verbs=_forms(
        "zei zegt zeiden verklaarde verklaart benadrukte benadrukt voegde voegt waarschuwde "
        "waarschuwt legde legt stelde stelt schreef schrijft vroeg vraagt antwoordde "
        "antwoordt vertelde vertelt"
    ),
    according=("volgens",),
    after_quote=("aldus",),
    pronouns={"hij": "he", "zij": "she", "ze": "she"},
    titles=frozenset(
        "dhr mevr mr dr prof ir drs meneer mevrouw minister burgemeester voorzitter directeur "
        "woordvoerder woordvoerster wethouder".split()
    ),
    title_suffixes=("woordvoerder", "woordvoerster", "voorzitter", "minister", "directeur"),
    female=frozenset("mevr mevrouw".split()),
    male=frozenset("dhr meneer".split()),
    determiners=frozenset("de het een zijn haar hun".split()),
    prepositions=frozenset("van in op uit bij voor met aan".split()),
    particles=_PARTICLES,
    abbreviations=frozenset("dhr mevr mr dr prof ir drs bijv nr ca blz jl".split()),
    ambiguous=frozenset("enz etc".split()),
)

SWEDISH = Speech(
    "swedish",
    openers=frozenset("enligt dessutom därefter tidigare nu idag igår också ändå därför".split()),
    marks=_SWEDISH_MARKS,
    verbs=_forms(
        "sade sa säger förklarade förklarar betonade betonar tillade tillägger varnade "
        "varnar skrev skriver frågade frågar svarade svarar berättade berättar menade menar"
    ),
    according=("enligt",),
    pronouns={"han": "he", "hon": "she"},
    titles=frozenset(
        "dr prof minister ministern statsminister borgmästare ordförande vd chef "
        "talesperson pressekreterare".split()
    ),
    title_suffixes=("minister", "ordförande", "chef"),
    determiners=frozenset("en ett den det hans hennes deras".split()),
    prepositions=frozenset("i på av för från med hos vid".split()),
    particles=_PARTICLES,
    abbreviations=frozenset("bl.a t.ex d.v.s dvs s.k nr ca kl resp fr.o.m".split()),
    ambiguous=frozenset("osv etc".split()),
)

TABLES = {
    table.name: table
    for table in (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, SWEDISH)
}


def speech(language: str) -> Speech:
    """The table of ``language``; English for one without its own."""
    return TABLES.get(language, ENGLISH)
