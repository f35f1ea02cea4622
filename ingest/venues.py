"""Venues: where a sentence puts its event, and the places of datelines.

A place is a catalog city or venue (a venue such as "the Kremlin" stands for its city), else a city the
GeoNames gazetteer knows, asked only about a name in a venue position, else a country. The catalog is what
text is searched for; the gazetteer only answers for names the text already puts after "in", "di", "à", "в".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from graph_schema import records as r
from ingest import identity
from ingest.catalog import Catalog, Hit, LanguageData
from ingest.gazetteer import City, gazetteer
from ingest.people import capitalised_runs

SINGLE_WORD_CITY = 50_000  # a one-word name must be a city this big for the gazetteer ("Palacio" is not)
VENUE_REACH = 150  # characters between a meeting trigger and its venue, at most


def place_from_hit(cat: Catalog, hit: Hit) -> r.Place:
    return place_record(cat, cat.places[hit.target])


def place_record(cat: Catalog, entry: dict) -> r.Place:  # type: ignore[type-arg]
    """A catalog place as the city it is (or is in) and its country."""
    if entry.get("within") in cat.places:  # a venue ("the Kremlin", "Novo-Ogaryovo") is in its city
        entry = cat.places[entry["within"]]
    code = entry["country"]
    if entry.get("kind") == "region":  # "in Apulia", "à Goa": a region of its country, no city
        return r.Place(id=entry["id"], city=None, country_code=code, country=cat.countries.get(code, {}).get("name"))
    return r.Place(
        id=entry["id"], city=entry["name"], country_code=code, country=cat.countries.get(code, {}).get("name")
    )


_ARTICLES = {"the", "la", "le", "el", "les", "los", "las", "l'", "l’"}

# countries that are one city: a meeting "in the Holy See" or "in Singapore" is in its city
_CITY_STATES = {"VA", "SG", "MC"}


def country_place(cat: Catalog, code: str) -> r.Place:
    if code in _CITY_STATES and (city := capital_place(cat, code)) is not None:
        return city
    return r.Place(
        id=identity.place_id(code, None), city=None, country_code=code, country=cat.countries.get(code, {}).get("name")
    )


def dateline_place(city: str | None, cat: Catalog) -> r.Place | None:
    """The dateline city as a place: from the catalog, else from the gazetteer ("KUPANG" → Kupang, ID)."""
    if not city:
        return None
    hits = [h for h in cat.place_names.find(city) if h.start == 0]
    if not hits:
        # "UNITED NATIONS (AP) —", "Naciones Unidas, 22 sep (Prensa Latina)", "ООН, 25 сентября. /ТАСС/.": an
        # organisation's name as the dateline is its headquarters
        seat = next(
            (
                p
                for h in cat.framework_names.find(city) + cat.framework_acronyms.find(city)
                if h.start == 0 and h.end >= len(city.rstrip())
                for p in cat.places.values()
                if p["name"] == f"{cat.frameworks[h.target]['name']} Headquarters"
            ),
            None,
        )
        if seat is not None:
            return place_record(cat, seat)
    return place_from_hit(cat, hits[0]) if hits else gazetteer_place(city, cat)


def gazetteer_place(
    name: str, cat: Catalog, town: bool = False, countries: frozenset[str] = frozenset()
) -> r.Place | None:
    """A gazetteer city by name; a one-word name only for a large city, unless the text calls it a town (`town`:
    "the port city of Bodø") or it lies in one of `countries`, those of the article's people and dateline ("in
    Gabala" in a report on Azerbaijan's president)."""
    if cat.country_names.whole(name) or len(name) < 4:
        return None
    found = gazetteer().lookup(name)
    if found is not None and " " not in name and found.population < SINGLE_WORD_CITY and not town:
        # (a small town in one of `countries`, by its name or a spelling of it — "Gabala" for Qabala —, not by an
        # unlike alternate name: "Chiapas" is the state, not Chiapa de Corzo; "Villa" is not Villadossola)
        near = [
            c
            for c in gazetteer().namesakes(name)
            if c.country_code in countries
            and fuzz.ratio(identity.ascii_fold(c.name).casefold(), identity.ascii_fold(name).casefold()) >= 75
        ]
        found = max(near, key=lambda c: c.population) if near else None
    if found is None:
        return None
    return _city_place(found, cat)


def _city_place(found: City, cat: Catalog) -> r.Place:
    code = found.country_code
    return r.Place(
        id=identity.place_id(code, found.name),
        city=found.name,
        country_code=code,
        country=cat.countries.get(code, {}).get("name"),
    )


def relocated(place: r.Place, countries: set[str], cat: Catalog) -> r.Place:
    """A gazetteer city in a country the meeting has nothing to do with, when a namesake lies in one of its
    participants' countries: that namesake ("in Queenstown" of Luxon and Albanese is New Zealand's town, not
    the larger South African city)."""
    if not place.city or place.country_code in countries or cat.place_names.whole(place.city):
        return place
    near = [c for c in gazetteer().namesakes(place.city) if c.country_code in countries]
    if not near:
        return place
    return _city_place(max(near, key=lambda c: c.population), cat)


def _inflected_place(name: str, lang: LanguageData, cat: Catalog, countries: frozenset[str]) -> r.Place | None:
    """A gazetteer city by its name as written, else by its dictionary form where names take case endings
    ("в Вонсане": Вонсан)."""
    found = gazetteer_place(name, cat, countries=countries)
    for ending, base in lang.place_case_endings if found is None else []:
        if name.endswith(ending) and len(name) > len(ending) + 3:
            found = gazetteer_place(name[: len(name) - len(ending)] + base, cat, countries=countries)
            if found is not None:
                break
    return found


def capital_named(text: str, lang: LanguageData, cat: Catalog, ok: Callable[[int, int], bool]) -> r.Place | None:
    """ "in the Jordanian capital", "di ibu kota Yordania", "dans la capitale jordanienne", "в столице Иордании":
    the capital of the country named right beside the word "capital", when a venue preposition (allowing
    an article) comes before the phrase and `ok` accepts its start."""
    for hit in lang.capital_words.find(text):
        # ("в столице ОАЭ": or its acronym)
        for country in cat.country_names.find(text) + cat.country_acronyms.find(text):
            before = 0 <= hit.start - country.end <= 1
            after = 0 <= country.start - hit.end <= 4 and re.fullmatch(
                r"\s*(?:of|de|du|de la|d')?\s*", text[hit.end : country.start]
            )
            if not (before or after):
                continue
            start = country.start if before else hit.start
            place = capital_place(cat, str(country.target)) if ok(start, 2) else None
            if place is not None:
                return place
    return None


def capital_place(cat: Catalog, code: str) -> r.Place | None:
    """The catalog city that is the capital of the country `code`, if the catalog lists it."""
    capital = cat.countries.get(code, {}).get("capital")
    hit = cat.place_names.whole(capital) if capital else None
    if hit is not None and cat.places[hit.target].get("country") == code:
        return place_from_hit(cat, hit)
    # (the catalog's capital of the country by another name: "Djibouti City", not the country's "Djibouti")
    entry = cat.capitals.get(code)
    return place_record(cat, entry) if entry is not None else None


def preposition_before(text: str, pos: int, lang: LanguageData, reach: int = 1) -> bool:
    """A venue preposition right before `pos` ("in Moscow"), or within the `reach` words before it ("au palais
    présidentiel d'El Mouradia": reach 4 for a building)."""
    words = re.findall(r"[\w'’-]+", text[max(0, pos - 20 * (reach + 3)) : pos].casefold())
    # (a phrase of up to four words: "kunjungan kerja ke", "с официальным визитом в")
    return any(
        " ".join(words[i - n : i + 1]) in lang.venue_prepositions
        for i in range(max(0, len(words) - reach), len(words))
        for n in range(min(i, 3) + 1)
    )


def _street(text: str, pos: int, streets: set[str]) -> bool:
    """ "por la calle de Corregidora, donde ...": the name at `pos` is a street's, not a city's."""
    words = re.findall(r"[\w'’-]+", text[max(0, pos - 30) : pos].casefold())[-2:]
    return any(w in streets for w in words)


_OF_BEFORE = re.compile(r"(?:\b(?:of|de|del|di|du)\s+|\bd['’])$", re.IGNORECASE)


def _building_of(text: str, pos: int, lang: LanguageData, streets: set[str]) -> bool:
    """ "au palais royal de Rabat", "at the royal palace of Riyadh", "di Istana Kepresidenan di": a place after
    "of"/"de" that ends a building's name, the building itself after a venue preposition."""
    of = _OF_BEFORE.search(text[max(0, pos - 5) : pos])
    if of is None:
        return False
    head = pos - (len(text[max(0, pos - 5) : pos]) - of.start())
    if _street(text, pos, streets):
        return False
    # (an elided article off: "à l'aéroport de Keflavik", the town an airport is named for)
    words = [
        re.sub(r"^[ld]['’]", "", w) for w in re.findall(r"[\w'’-]+", text[max(0, head - 40) : head].casefold())[-3:]
    ]
    building = any(w in lang.organisation_nouns or lang.airports.whole(w) for w in words)
    return building and preposition_before(text, head, lang, reach=3)


def _reach(place: dict) -> int:  # type: ignore[type-arg]
    return 4 if place.get("kind") == "venue" and not place.get("metonym") else 1


# (with the building's acronym in brackets: "di Hwabaek International Convention Center (HICO), Gyeongju")
_BUILDING_COMMA = re.compile(r"((?:[^\W\d_][\w'’.-]*\s+){0,4}[^\W\d_][\w'’.-]*)(?:\s*\([A-Z]{2,10}\))?,\s*$")


def _building_comma(text: str, pos: int, lang: LanguageData, nouns: set[str]) -> bool:
    """ "At State House, Nairobi", "au palais de Carthage, Tunis", "di Istana Huis ten Bosch, Den Haag": a place
    after a comma that ends a building's name (a building noun of any language among its words: names travel
    untranslated), the building itself after a venue preposition."""
    window = text[max(0, pos - 60) : pos]
    m = _BUILDING_COMMA.search(window)
    words = [w.casefold().strip(".") for w in m.group(1).split()] if m else []
    noun = next((i for i in range(len(words) - 1, -1, -1) if words[i] in nouns), None)
    if m is None or noun is None:
        return False
    # the preposition before the name (or before its article: "at the State House, Nairobi"), or among the run's
    # words before the building noun ("talks at State House, Nairobi": the run starts before the preposition)
    return preposition_before(text, pos - len(window) + m.start(1), lang, reach=2) or any(
        w in lang.venue_prepositions for w in words[:noun]
    )


def destination(text: str, lang: LanguageData, cat: Catalog, trigger: Hit) -> r.Place | None:
    """ "después de viajar el lunes a Londres para reunirse con X", "flew to Moscow to meet Y": a city named
    right before a purpose word that leads into the meeting word (or opens it) is where the meeting was."""
    connectors = "|".join(re.escape(w) for w in sorted(lang.purpose_connectors, key=len, reverse=True))
    if not connectors:
        return None
    opens = re.match(rf"(?:{connectors})\s", trigger.text, re.IGNORECASE) is not None
    between = rf",?\s+(?:{connectors})(?:\s+\w+)?\s*" if not opens else r",?\s*"
    for hit in cat.place_names.find(text[: trigger.start]):
        if not any(c.isupper() for c in text[hit.start : hit.end]) or cat.places[hit.target].get("kind") == "venue":
            continue
        if re.fullmatch(between, text[hit.end : trigger.start], re.IGNORECASE):
            return place_from_hit(cat, hit)
    return None


def opens_where_clause(words: str, lang: LanguageData) -> bool:
    """The first words after a comma open a where-clause ("where he", "donde", "en la que"; not "whereas")."""
    return any(f"{words.casefold()} ".startswith(f"{w} ") for w in lang.where_words)


def venue(
    text: str,
    offset: int,
    lang: LanguageData,
    cat: Catalog,
    exclude: list[tuple[int, int]],
    near: int | None = None,
    countries: frozenset[str] = frozenset(),
) -> r.Place | None:
    """The place a sentence (`text`, at `offset` in the article) puts its event in: a catalog city (or
    venue), else a gazetteer city (a small one only in `countries`, those of the article's people), else a country,
    right after a venue preposition ("in", "di", "à", "в").
    `exclude` holds article spans not to read places from (titles, occasion names). With `near` (the
    trigger's offset in the sentence) the place closest to it within `VENUE_REACH` characters wins: in "X
    met Y at the headquarters. They discussed a conference in New York in June" New York is not where X
    met Y."""

    # the where-clauses before the meeting word: one closed before it is set elsewhere ("Wadephul, que llegó
    # procedente de Colombia, donde asistió a la cumbre en Santa Marta, había sido recibido por ..."); one still
    # open at it sets it ("arrived in Astana from Turkmenistan, where he held talks ... in Ashgabat": not in the
    # places before it; but not "In Nairobi, where he arrived on Sunday, X met Y")
    closed: list[tuple[int, int]] = []
    clause = 0
    if near is not None:
        for m in re.finditer(r",\s*(\w+(?:\s+\w+)?)", text[:near]):
            if not opens_where_clause(m.group(1), lang):
                continue
            end = text.find(",", m.end())
            if 0 <= end < near:
                closed.append((m.start(), end))
            else:
                clause = m.start()

    def ok(start: int, reach: int = 1) -> bool:
        if any(s <= start + offset < e for s, e in exclude) or any(a <= start < b for a, b in closed):
            return False
        if (
            not preposition_before(text, start, lang, reach)
            and not _building_of(text, start, lang, cat.street_nouns)
            and not _building_comma(text, start, lang, cat.building_nouns)
        ):
            return False
        # "the two discussed famine conditions in Gaza": a topic, not a venue; "arrived from a visit to
        # Bangladesh": where someone came from
        words = re.findall(r"[\w'’-]+", text[max(0, start - 60) : start].casefold())
        # (past an article: "to back the ceasefire in the Gaza Strip")
        bare = words[:-1] if words and words[-1] in _ARTICLES else words
        if len(bare) >= 2 and bare[-2] in lang.topic_nouns:
            return False
        before = " ".join(words[-6:-1])
        if any(w in before for w in lang.departure_words):
            return False
        return near is None or abs(start - near) <= VENUE_REACH

    def where(start: int, end: int) -> bool:
        """ "had flown in from Kabul, where he ... held the dialogue": the place a relative clause is set in."""
        # (or past an apposition: "Il arrivait de Nairobi, première étape de sa tournée, où il avait été reçu")
        opening = [
            m.group(1).casefold()
            for pattern in (
                r",\s*(\w+(?:\s+\w+)?)",
                r",\s*[^\W\d_A-ZÀ-ÞА-Я][^,.;:()]{2,60},\s*(\w+(?:\s+\w+)?)",
                # (or past its day: "followed visits to Bamako on Saturday, where President Mahama held ...")
                r"\s+\w+\s+\w+,\s*(\w+(?:\s+\w+)?)",
            )
            if (m := re.match(pattern, text[end : end + 90]))
        ]
        return (
            any(opens_where_clause(o, lang) for o in opening)
            and not _street(text, start, cat.street_nouns)
            and not any(s <= start + offset < e for s, e in exclude)
            and (near is None or 0 <= near - end <= VENUE_REACH)
        )

    def hosts(start: int, end: int) -> bool:
        """ "Bamako a accueilli jeudi une rencontre ...": a city that hosts the event is where it is."""
        return (
            any(h.start <= 1 for h in lang.host_triggers.find(text[end : end + 40]))
            and not any(s <= start + offset < e for s, e in exclude)
            and (near is None or abs(start - near) <= VENUE_REACH)
        )

    def closest(hits: list[Hit]) -> Hit | None:
        # a building after its preposition and up to three words ("au palais présidentiel d'El Mouradia"), but a
        # metonym only right after one ("в Кремле", not "по данным Кремля")
        hits = [
            h
            for h in hits
            if ok(h.start, _reach(cat.places.get(h.target, {}))) or where(h.start, h.end) or hosts(h.start, h.end)
        ]
        # (when the clause names a place of its own: "..., where he held talks ... with X in Ashgabat")
        if clause and any(h.start > clause for h in hits):
            hits = [h for h in hits if h.end >= clause - 1]
        return min(hits, key=lambda h: abs(h.start - near)) if hits and near is not None else next(iter(hits), None)

    # a city's name is written with a capital ("Di sana ia bertatap muka": "there", not Sana'a)
    # (a building's may open lowercase: "au palais d'Egmont")
    hits = [h for h in cat.place_names.find(text) if any(c.isupper() for c in text[h.start : h.end])]
    city = closest(hits)
    capital = capital_named(text, lang, cat, ok) if city is None else None
    if capital:
        return capital
    if city:
        # "el Palacio Itamaraty de Río de Janeiro": a building the city named right after it stands in
        after = [h for h in hits if 0 <= h.start - city.end <= 12 and cat.places[h.target].get("kind") != "venue"]
        if cat.places[city.target].get("kind") == "venue" and after:
            city = after[0]
        # "Santa Cruz de Tenerife" is not the catalog's Santa Cruz (Bolivia): a longer name the gazetteer knows
        longer = re.match(r"\s+(?:de|del|de la|di|du|on|upon)\s+[^\W\d_][\w'’-]+", text[city.end :])
        if longer and (place := gazetteer_place(text[city.start : city.end + longer.end()], cat)):
            return place
        return place_from_hit(cat, city)
    # a city the catalog does not list, in a venue position ("di Kupang"): the gazetteer says where it is
    for start, end, run in sorted(
        capitalised_runs(text, lang), key=lambda x: abs(x[0] - near) if near is not None else x[0]
    ):
        first = run.split()[0].casefold()
        # (not an airfield's name: "tiba di Pangkalan Udara Subang" is not the town of Bangkalan)
        airfield = any(h.start == 0 for h in lang.airports.find(run))
        if (
            (ok(start) or where(start, end))
            and first not in cat.institution_words
            and first not in lang.title_vocab
            and first not in lang.months  # ("in March": no town of that name)
            and first not in lang.weekdays
            and not airfield
        ):
            words = run.split()
            # (not a town whose name begins a building's: "at the Heritage Park Hotel" in Honiara is not Heritage
            # Park, Canada)
            place = next(
                (
                    p
                    for n in range(min(4, len(words)), 0, -1)
                    if words[n - 1][:1].isupper()
                    # (nor of an airport's: "at Bole International Airport" is not Bole, China)
                    # (nor a building's first word alone: "el Palacio de ...")
                    and not any(w.casefold() in cat.building_nouns for w in words[n:] + (words[:1] if n == 1 else []))
                    and (p := _inflected_place(" ".join(words[:n]), lang, cat, countries))
                ),
                None,
            )
            # (a town a building is named for only in a country of the article's people: "at the Palace of
            # Independence" in Astana is not Independence, Missouri)
            named_for = not preposition_before(text, start, lang, 1) and not where(start, end)
            if place and not (named_for and countries and place.country_code not in countries):
                return place
    # "in the northern Norwegian port city of Bodø": a town the text names as one, in a venue phrase
    for hit in lang.city_nouns.find(text):
        town = re.match(r"\s+([^\W\d_][\w'’-]+(?:\s[A-ZÀ-ÞА-Я][\w'’-]+)?)", text[hit.end :])
        if (
            town
            and town.group(1)[:1].isupper()
            and ok(hit.start, 6)
            and (place := gazetteer_place(town.group(1), cat, True))
        ):
            return place
    names = []
    for hit in cat.country_names.find(text):
        entry = cat.countries[hit.target]
        surface = text[hit.start : hit.end].casefold()
        if surface == entry["name"].casefold() or any(
            surface == n.casefold() for forms in entry.get("names", {}).values() for n in forms
        ):
            names.append(hit)
    names += cat.country_acronyms.find(text)  # "в ОАЭ", "in the UAE"
    country = closest(names)
    return country_place(cat, str(country.target)) if country else None
