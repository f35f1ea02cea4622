"""The extraction: one article's text (and metadata) → one `Extraction` of records, with provenance.

Pure apart from the NLP resources passed in; deterministic; no network. Steps:
noise masking → language → sentences and names → titles → meetings (trigger sentences) with their
participants, venue, date, occasion → other events (planned, visits) → frameworks, countries, topics.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from graph_schema import records as r
from ingest import identity
from ingest.catalog import Catalog, Hit, LanguageData, catalog, language_data
from ingest.dates import WEEKDAYS, DateMention, find_dates, listed_months, names_period, parse_publication_date
from ingest.nlp import NLP
from ingest.noise import clean, is_prose
from ingest.people import Entity, Mention, PersonResolver, capitalised_runs, name_case
from ingest.titles import CONJUNCTION, Title, title_reference, titles_after, titles_before
from ingest.venues import (
    capital_place,
    country_place,
    dateline_place,
    destination,
    opens_where_clause,
    place_from_hit,
    preposition_before,
    relocated,
    venue,
)

logger = logging.getLogger(__name__)

# capitalised words (and their connectors) between a verb and a name: a title ("Canadian PM", "Crown Prince of")
_TITLE_WORDS = r"(?:(?:[A-Z][\w.'’-]*|of|the|de|du|del|la|al)\s+)*"
_TITLE_RUN = re.compile(rf"\s*{_TITLE_WORDS}")
# what joins the next name of a list, with its title: " and State President "
_LISTED_NEXT = re.compile(rf"\s*,?\s*{CONJUNCTION}\s+{_TITLE_WORDS}")
# a given name, a nickname in quotation marks, the family name (one or two words)
_NICKNAMED = re.compile(
    r"\b([^\W\d_][\w'’-]+)\s+[\"“«„]([^\W\d_][\w'’-]{1,15})[\"”»“]\s+([^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?)"
)
_KIND_RANK = {"in_person": 0, "phone": 1, "video": 2}
_OCCASION_END = re.compile(r"[,;.](?:\s|$)|\s[—–-]\s")


@dataclass
class ArticleInput:
    text: str
    source: str
    name: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    header: bool = False  # a headline, source or date line above the first paragraph of prose


@dataclass
class _Draft:
    kind: str
    person_idx: list[int]
    inferred: bool
    sentence: Sentence
    trigger: Hit
    host_idx: int | None = None
    place: r.Place | None = None
    date: DateMention | None = None
    occasion: r.Occasion | None = None
    sidelines: bool = False
    confidence: float = 0.9
    date_explicit: bool = False  # the date was in the meeting's own sentence, not borrowed from the lead
    recalled: bool = False  # its sentence recalls an earlier event ("Напомним, что ...", "Pour rappel, ...")
    previous: bool = False  # ... an earlier meeting of theirs ("Wong and Prabowo last met on the sidelines of ...")
    announced: bool = False  # the sentence before, of no meeting, calls it bilateral ("... two bilateral talks.")


@dataclass
class _Sides:
    """Who took part in the interaction a sentence reports."""

    people: list[int]
    inferred: bool  # a side was inferred (a counterpart guessed, a pair of the sentence before), not named
    pair_before: int | None = None  # the sentence the pair ("keduanya", "the two ministers") was named in
    each: bool = False  # the first side met each of the others apart ("called five leaders: A, B, ...")


# an item of a numbered, lettered or bulleted list ("1. ", "2) ", "a) ", "- ", "• ")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[a-z]\)|[-•*–·])\s")
# what lies between a group and the countries or body it belongs to: "Лидеры России", "the leaders of the G7"
_OF_GAP = re.compile(r"[ ,]{1,12}|\s+(?:of|de|des|del|de la|du)\s+(?:the\s+|la\s+|l')?")
# what joins two names in a list: a comma, a conjunction ("A dan B", "A, B")
_JOINING = re.compile(rf"\s*(?:,\s*)?(?:{CONJUNCTION}\s+)?", re.IGNORECASE)
# ... and before a title, its article ("A et le président de l'Assemblée nationale B")
_JOINING_TITLE = re.compile(_JOINING.pattern + r"(?:(?:the|le|la|el)\s+)?", re.IGNORECASE)
# what follows a person who is called something rather than called up: a quotation, an article
_NAMING = re.compile(r"\s*(?:[\"“«'‘]|(?:a|an|the|my|his|her|their|our|un|una|une|le|la|el)\s)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:][\"'»”’)\]]*\s*$")  # (a semicolon joins: "A met B; C met D" is split later)
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])((?:[^\W\d_]\.){1,3}|[^\W\d_]{1,12}\.)\s*$")
# a sentence end the tagger missed: a word ending in two lowercase letters, a full stop (or ! ?), then a capital
# ("... avec près de 95 % des voix. Ils s'étaient déjà entretenus ...")
_MISSED_END = re.compile(r"(?<=[^\W\d_A-ZÀ-ÞА-ЯЁ]{2}[.!?])[»\"”]?\s+(?=[«\"“]?[A-ZÀ-ÞА-ЯЁ])")


def _ends_in_abbreviation(sentence: str, lang: LanguageData) -> bool:
    """A sentence break the tokenizer made after an honorific or an initial ("Hon.", "H.E.", "Sr.", "S.E.",
    "John F."), not at the end of a sentence."""
    m = _ABBREVIATION_END.search(sentence)
    if not m:
        return False
    word = m.group(1)
    stem = word.rstrip(".").casefold()
    before = sentence[: m.start(1)].split()
    # "H.E. Ms. Ma." (María): after an honorific, a capital and one lowercase letter is an initial, not a word
    initial = bool(re.fullmatch(r"[^\W\d_a-zа-яё][a-zа-яё]\.", word)) and bool(before)
    return (
        word.count(".") > 1
        or len(word) == 2
        or (initial and before[-1].rstrip(".").casefold() in lang.person_stopwords)
        # "Hon.", "Sr.", "Gen.": an honorific or a short stop word (not "Juli lalu.", "la Unión Europea.")
        or (word[:1].isupper() and stem in lang.honorifics)
        or (word[:1].isupper() and len(stem) <= 3 and stem in lang.person_stopwords)
    )


def _missed_ends(para: str, start: int, end: int, lang: LanguageData) -> list[tuple[int, int]]:
    """The span `para[start:end]` of one tagged sentence cut where a sentence ends inside it (not after an
    abbreviation: "Gen. Smith", "Excmo. Dr. Bernardo")."""
    cuts = [
        m.start()
        for m in _MISSED_END.finditer(para, start, end)
        if not _ends_in_abbreviation(para[start : m.start()], lang)
    ]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if para[a:b].strip()]


# parts of speech that never open a name: "Alongside Fidan, ...", "Besides Lula, ...", "Ensuite Macron ..."
_NON_NAME_POS = {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "ADV", "AUX", "PART"}


def _sentences(
    nlp: NLP, code: str, text: str, lang: LanguageData
) -> tuple[list[Sentence], list[tuple[int, int]], set[int]]:
    """Sentences of the cleaned text (paragraph breaks are sentence breaks), the NER person spans, and the
    offsets of sentence-opening words the tagger reads as function words (where the pipeline has a tagger)."""
    paragraphs = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    prose = next((off for off, para in paragraphs if is_prose(para)), paragraphs[1][0] if len(paragraphs) > 1 else 0)
    pipeline = nlp.pipeline(code)
    sentences: list[Sentence] = []
    persons: list[tuple[int, int]] = []
    openers: set[int] = set()
    for (offset, para), doc in zip(paragraphs, pipeline.pipe(p for _, p in paragraphs), strict=True):
        header = offset < prose
        if doc.has_annotation("POS"):
            openers.update(
                offset + t.idx for t in doc if t.is_sent_start and t.pos_ in _NON_NAME_POS and t.text[:1].isupper()
            )
        spans: list[tuple[int, int]] = []
        # a headline or a short line without a sentence's end is one unit ("RDC-Rwanda : à Addis-Abeba, l'UA
        # tente ..." is not cut at its hyphens)
        line = not is_prose(para) and len(para.split()) <= 30 and para.rstrip()[-1:] not in ".!?"
        for sent in [doc[:]] if line else doc.sents:
            s, e = sent.start_char, sent.end_char
            before = para[spans[-1][0] : spans[-1][1]] if spans else ""
            # (nor is a list item's number: "9." | "Wakil Presiden ..., Han Zheng.")
            if spans and (
                _ends_in_abbreviation(before, lang)
                or not _SENTENCE_END.search(before)
                or re.fullmatch(r"\s*\d{1,2}[.)]\s*", before)
            ):
                # "..., Hon." | "Kwabena Ofori-Mensah held ...", "... hosted the India-Brazil-South Africa (IBSA)" |
                # "Leaders' Meeting on ...": one sentence (the tagger cut where no sentence ends)
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        spans = [part for s, e in spans for part in _missed_ends(para, s, e, lang)]
        for s, e in spans:
            raw = para[s:e]
            lead = len(raw) - len(raw.lstrip())
            raw = raw.strip()
            if raw:
                sentences.append(Sentence(offset + s + lead, offset + s + lead + len(raw), raw, header))
        persons.extend(
            (offset + ent.start_char, offset + ent.end_char) for ent in doc.ents if ent.label_ in {"PERSON", "PER"}
        )
    return sentences, persons, openers


def _occasion(
    sentence: Sentence, lang: LanguageData, cat: Catalog
) -> tuple[r.Occasion | None, bool, tuple[int, int] | None]:
    text = sentence.text
    for matcher, sidelines in ((lang.sidelines, True), (lang.occasion, False)):
        for hit in matcher.find(text):
            rest = text[hit.end :]
            end = _OCCASION_END.search(rest)
            phrase = rest[: end.start()] if end else rest
            # a venue at the end belongs to the meeting, not to the occasion's name
            for place in cat.place_names.find(phrase):
                if preposition_before(phrase, place.start, lang):
                    cut = phrase.rfind(" ", 0, max(0, place.start - 1))
                    phrase = phrase[: cut if cut > 0 else place.start]
                    break
            phrase = re.sub(
                r"^\s*(?:the|la|le|el|les|los|las|del|de la|du|des|l')\s*", "", phrase.strip(), flags=re.IGNORECASE
            ).strip(" .")
            frameworks = cat.framework_acronyms.find(phrase) + cat.framework_names.find(phrase)
            if not sidelines and not (frameworks or lang.multilateral.find(phrase)):
                continue
            if len(phrase) < 3:
                continue
            fid = str(frameworks[0].target) if frameworks else None
            span = (sentence.start + hit.start, sentence.start + hit.end + len(phrase) + 1)
            return r.Occasion(id=identity.event_id(phrase, fid), name=phrase, framework_id=fid), sidelines, span
    return None, False, None


# ("© АО «РОСБИЗНЕСКОНСАЛТИНГ», 1995–2026": the last year of a range)
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)[^\n\d]{0,40}?((?:19|20)\d\d)(?:\s*[–-]\s*((?:19|20)\d\d))?", re.IGNORECASE
)
# a header line that is a date written year first ("2026/01/06 17:48", "2025.10.31"), whatever the language
_YEAR_FIRST = re.compile(r"^\s*((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _published(
    doc: ArticleInput, cleaned_published: str | None, dateline_date: str | None, lang: LanguageData
) -> dt.date | None:
    """Metadata first; then a header line or the dateline; then a full date (with its year) in the page header."""
    if doc.published:
        return doc.published
    for expr in (cleaned_published, dateline_date):
        if expr:
            found = parse_publication_date(expr, lang.code)
            if found:
                return _day_month_order(found, expr, dateline_date, lang)
    # a date with its year in the header lines, or opening the first paragraph ("Rabat, 03/03/2025 (MAP) -")
    header = _header_lines(doc.text, limit=15)
    candidates = header[:6]
    first_prose = next((line for line in doc.text.splitlines() if len(line.split()) > 25), "")
    # (further down the header, below menus and a headline: only a line that is a date, "17:42, 19 August 2025",
    # "12 Mar 2025 06:38PM (Updated: 12 Mar 2025 08:05PM)", not a caption that names a day)
    lines = [(line, False) for line in [*candidates, first_prose[:80]]] + [(line, True) for line in header[6:]]
    for line, further in lines:
        ymd = _YEAR_FIRST.match(line)
        if ymd:
            try:
                return dt.date(int(ymd.group(1)), int(ymd.group(2)), int(ymd.group(3)))
            except ValueError:
                continue
        dated = [d for d in find_dates(line, lang, None) if d.date and d.precision == "day"]
        if dated and (not further or _is_date_line(line, dated, lang)):
            return _day_month_order(dated[0].date, line[dated[0].start :], dateline_date, lang)  # type: ignore[arg-type]
    # a dateline without its year (else a header line of a day without its year: "04 фев, 17:40") and the year
    # of the page's copyright line ("Estambul, 12 dic (EFE).- ... (c) Agencia EFE 2024"): that day of that year
    copyright = _COPYRIGHT_YEAR.search(doc.text, max(0, len(doc.text) - 600))
    if copyright is None:
        return None
    year = copyright.group(2) or copyright.group(1)
    yearless = dateline_date or next(
        (d.text for line in candidates for d in find_dates(line, lang, None) if d.month_day and d.start <= 1), None
    )
    return parse_publication_date(f"{yearless} {year}", lang.code) if yearless else None


def _day_month_order(found: dt.date, expr: str, dateline_date: str | None, lang: LanguageData) -> dt.date:
    """ "07/01/2025 05:12 PM" over "PUTRAJAYA, Jan 7 (Bernama)": a numeric date that reads either way is read the
    way the dateline's month and day say."""
    numeric = re.match(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", expr)
    if not numeric or not dateline_date or max(int(numeric.group(1)), int(numeric.group(2))) > 12:
        return found
    told = [d for d in find_dates(dateline_date, lang, None) if d.month_day]
    if not told:
        return found
    swapped = dt.date(found.year, found.day, found.month) if found.day <= 12 else found
    month_day = f"{swapped.month:02d}-{swapped.day:02d}"
    return swapped if told[0].month_day == month_day and month_day != f"{found.month:02d}-{found.day:02d}" else found


_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?!\w)", re.IGNORECASE)


def _is_date_line(line: str, dates: list[DateMention], lang: LanguageData) -> bool:
    """A line that is its dates, times and a few words ("Last update on:", a weekday, a time zone)."""
    rest = line
    for d in sorted(dates, key=lambda d: -d.start):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _CLOCK.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in lang.weekdays]
    return len(words) <= 4


def _header_lines(text: str, limit: int = 6) -> list[str]:
    """The short lines above the body (title, source, date lines), up to the first paragraph of prose."""
    out: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line.split()) > 25 or len(out) >= limit:
            break
        out.append(line)
    return out


def extract(doc: ArticleInput, nlp: NLP) -> r.Extraction:
    """One article → its records. Deterministic; reads only the catalogs and the NLP resources given."""
    return _ArticleExtractor(doc, nlp).run()


class _ArticleExtractor:
    """The state of one article's extraction, read in the order of the module docstring."""

    def __init__(self, doc: ArticleInput, nlp: NLP) -> None:
        self.doc, self.nlp, self.cat = doc, nlp, catalog()
        self.code = doc.language or nlp.detect_language(doc.text)
        self.lang = language_data(nlp.data_language(self.code))
        self.cleaned = clean(doc.text, self.lang)
        # "Mr. IWAYA Takeshi", "Sr. ISHIBA Shigeru": family names in capitals read as names (not in id, where
        # capitalised runs are names by themselves and "WNI" would become one); provenance quotes cleaned.text
        self.text = self.cleaned.text
        if self.code in {"en", "fr", "ru", "es"}:
            self.text = name_case(self.text, self.cat, self.lang.title_vocab)
        self.published = _published(doc, self.cleaned.published_text, self.cleaned.dateline_date_text, self.lang)
        self.aid = identity.article_id(doc.text)
        pipeline_code = self.code if self.code in {"en", "fr"} else self.lang.code
        self.sentences, self.ner_spans, openers = _sentences(nlp, pipeline_code, self.text, self.lang)
        self.body = [s for s in self.sentences if not s.header]
        self.dateline = dateline_place(self.cleaned.dateline_city, self.cat)
        self.resolver = PersonResolver(self.lang, self.cat, nlp.russian_nominative if self.code == "ru" else None)
        self.resolver.filter.function_words_at = openers
        self.titles: dict[int, list[tuple[Title, Sentence]]] = {}
        self.envoys: dict[int, int] = {}  # a principal → who holds an office for them ("envoy of President X")
        self.clause_subjects: dict[tuple[int, int], int] = {}  # (start, end) of a second clause → its subject
        self.clause_triggers: dict[tuple[int, int], list[Hit]] = {}  # ... → the meeting word it shares
        self.clause_objects: dict[tuple[int, int], int] = {}  # ... → who an object pronoun in it stands for
        self.clause_groups: dict[tuple[int, int], list[int]] = {}  # ... → all of the first clause's, in a clause of
        # another kind that names no one ("..., а затем вместе с ним по видеосвязи обсудили ситуацию")
        self.again_clauses: set[tuple[int, int]] = set()  # second clauses that tell the same people meeting again
        # a meeting sentence → who the sentences after it list as attending ("X, Y and Z attended both meetings")
        self.attended_after: dict[tuple[int, int], list[int]] = {}
        self.other_events: list[r.OtherEvent] = []

    # --- helpers ---------------------------------------------------------------------------------
    @property
    def _home_countries(self) -> frozenset[str]:
        """The countries of the article's people (as far as known) and of its dateline: where a small town it
        puts a meeting in may lie."""
        codes = {e.country_code for e in self.entities} | {self.dateline.country_code if self.dateline else None}
        return frozenset(c for c in codes if c)

    def _venue(self, text: str, offset: int, exclude: list[tuple[int, int]], near: int | None = None) -> r.Place | None:
        return venue(text, offset, self.lang, self.cat, exclude, near, self._home_countries)

    def prov(self, sent: Sentence, confidence: float) -> r.Provenance:
        return r.Provenance(
            article_id=self.aid,
            start=sent.start,
            end=sent.end,
            sentence=self.cleaned.text[sent.start : sent.end],
            confidence=round(confidence, 2),
        )

    def sentence_of(self, pos: int) -> Sentence:
        return next((s for s in self.sentences if s.start <= pos < s.end), self.sentences[0])

    @property
    def entities(self) -> list[Entity]:
        return self.resolver.entities

    def run(self) -> r.Extraction:
        self._find_people()
        self._read_titles()
        self._title_references()
        meetings = self._find_meetings()
        self._planned_summits()
        self._visits()
        return self._records(meetings)

    # --- people ----------------------------------------------------------------------------------
    def _find_people(self) -> None:
        text, lang, cat, resolver = self.text, self.lang, self.cat, self.resolver
        for sent in self.sentences:
            for hit in cat.person_names.find(sent.text):
                # (not a father's name inside the son's: "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan")
                if re.search(r"\b(?:bin|ben|ibn)\s+$", sent.text[max(0, hit.start - 5) : hit.start]):
                    continue
                end = hit.end + self._rest_of_name(sent.text, hit)
                resolver.add_full(sent.start + hit.start, sent.start + end, sent.text[hit.start : end], 0.95)
        # a nickname in quotation marks inside a name: "Nasry \"Tito\" Asfura", "Ferdinand “Bongbong” Marcos" is
        # Nasry Asfura (found before NER, which reads two names or none there)
        for sent in self.sentences:
            for m in _NICKNAMED.finditer(sent.text):
                given, family = m.group(1), m.group(3)
                if not family.split()[-1][:1].isupper():
                    family = family.split()[0]  # ("Ferdinand “Bongbong” Marcos said")
                words = [given, *family.split()]
                if all(w[:1].isupper() and not resolver.filter.non_name(w) for w in words):
                    start, end = sent.start + m.start(1), sent.start + m.start(3) + len(family)
                    resolver.add_full(start, end, text[start:end], 0.8, f"{given} {family}")
        # (not the outlet's name its masthead gives in capitals: "BISNIS NUSANTARA" ... "Bisnis Nusantara, JAKARTA -")
        masthead = next((line.strip() for line in text.splitlines() if line.strip()), "")
        masthead = masthead.casefold() if masthead.isupper() else ""
        for s, e in self.ner_spans:
            if text[s:e].strip().casefold() != masthead:
                resolver.add_candidate(text, s, e, 0.8)
        if self.code == "ru":
            for sent in self.sentences:
                for s, e, normal in self.nlp.russian_names(sent.text):
                    resolver.add_candidate(text, sent.start + s, sent.start + e, 0.8, normal)
        title_spans = [
            (t.start, t.end)
            for m in resolver.mentions
            for t in titles_before(text, m.start, self.sentence_of(m.start).start, lang, cat)
            + titles_after(text, m.end, self.sentence_of(m.start).end, lang, cat)
        ]
        body_text = " ".join(s.text for s in self.body)
        for sent in self.sentences:
            for s, e, run in capitalised_runs(sent.text, lang):
                s, e = sent.start + s, sent.start + e
                inside = [(ts, te) for ts, te in title_spans if ts <= s and e <= te]
                trimmed = resolver.filter.trim(run, s)
                if trimmed is None:
                    continue
                ns, ne, name = trimmed
                # (in a title span, only a name after title words that ends the span: "Ketua Dewan Ekonomi Nasional
                # Luhut Binsar Pandjaitan, Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono" — the appositive
                # read as Luhut's title names the next person)
                if inside and not (ns > s and len(name.split()) >= 2 and all(te == ne for _, te in inside)):
                    continue
                if name.casefold() == masthead or (sent.header and name not in body_text):
                    continue  # a headline in title case ("Sugiono Lakukan Pembicaraan Telepon"): names recur below
                has_title = bool(titles_before(text, ns, sent.start, lang, cat, name_end=ne)) or bool(
                    titles_after(text, ne, sent.end, lang, cat)
                )
                # where NER exists, a run is a name if it has a title or completes a name NER cut short
                extends = any(
                    (m.start == ns and m.end < ne) or (m.end == ne and ns < m.start) for m in resolver.mentions
                )
                if has_title or extends or not (self.ner_spans or self.code == "ru"):  # natasha is ru NER
                    resolver.add_candidate(text, s, e, 0.75 if has_title else 0.6)
        self._titled_family_names()
        resolver.mentions.sort(key=lambda m: m.start)
        self._drop_spouses()
        resolver.resolve_short(text)

    def _rest_of_name(self, text: str, hit: Hit) -> int:
        """How many characters after a catalog alias the rest of the catalog's name runs on, spelt otherwise
        ("Tamim bin Hamad al-Thani" for the alias "Tamim bin Hamad" of "Tamim bin Hamad Al Thani"); 0 if not."""
        full = identity.name_key(self.cat.people[hit.target]["name"])
        said = identity.name_key(hit.text)
        if not full.startswith(said + " "):
            return 0
        rest = full[len(said) + 1 :]
        after = re.match(r"\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?", text[hit.end : hit.end + 30])
        for m in (after, re.match(r"\s+[^\W\d_][\w'’-]*", text[hit.end : hit.end + 30])):
            if m is not None and identity.name_key(m.group(0)) == rest:
                return m.end()
        return 0

    def _titled_family_names(self) -> None:
        """ "President Marcos arrived home ...", "Secretary Rubio": a family name after a title, where the
        article never gives the full name, is the one catalog official of that family name."""
        resolver, cat = self.resolver, self.cat
        # (not a family name some other person of the article has: "Paolo Serrano" ... "President Serrano")
        known = {identity.name_key(ent.name.split()[-1]) for ent in self.entities}
        for sent in self.sentences:
            for m in re.finditer(r"[^\W\d_][\w\-]+", sent.text):
                start, end = sent.start + m.start(), sent.start + m.end()
                word = m.group(0)
                if not word[0].isupper() or any(x.start < end and start < x.end for x in resolver.mentions):
                    continue
                dictionary = resolver.normalize(word) if resolver.normalize else word
                key = identity.name_key(dictionary)
                pid = cat.person_by_family_name.get(key)
                if pid is None or key in known or resolver.filter.non_name(word):
                    continue
                # (a word of its own, not the end of a longer name: "el gobernador de Santa Cruz")
                before = re.findall(r"\w+", sent.text[: m.start()])[-1:]
                # ... or after a form of address: "Mr. Guterres gave interviews"
                addressed = bool(before) and before[0].casefold() in self.lang.honorifics
                if (
                    before
                    and before[0][:1].isupper()
                    and before[0].casefold() not in cat.institution_words
                    and not addressed
                ):
                    continue
                if addressed or titles_before(self.text, start, sent.start, self.lang, cat, name_end=end):
                    resolver.add_full(start, end, word, 0.75, cat.people[pid]["name"])

    def _drop_spouses(self) -> None:
        """ "Xi Jinping et son épouse Peng Liyuan", "his wife, Mrs Sarah Mensah": a spouse named beside an
        official is no official of the article (a catalog official stays)."""
        resolver, lang = self.resolver, self.lang
        named = {mm.entity for mm in resolver.mentions}
        for m in list(resolver.mentions):
            sent = self.sentence_of(m.start)
            words = re.findall(r"[\w'’.-]+", self.text[max(sent.start, m.start - 40) : m.start].casefold())
            addressed = []
            while words and words[-1].strip(".") in lang.honorifics:
                addressed.append(words.pop().strip("."))  # "son épouse, Mme Brigitte Macron"
            # ("le Président de la République et Madame Brigitte Macron": a woman addressed so who has the family
            # name of another person of the article is their spouse)
            family = resolver.entities[m.entity].tokens[-1:]
            kin = any(i != m.entity and self.entities[i].tokens[-1:] == family for i in named)
            if kin and any(w in lang.feminine_words for w in addressed) and not resolver.entities[m.entity].catalog_id:
                resolver.excluded.add(m.entity)
                continue
            before = " ".join(words)
            # (and a country's name: "Ibu Negara Turki Emine Erdogan")
            country = [h for h in self.cat.country_names.find(before) if h.end == len(before)]
            before = before[: country[0].start].rstrip() if country else before
            if resolver.entities[m.entity].catalog_id or not any(
                h.end == len(before) for h in lang.spouse.find(before)
            ):
                continue
            resolver.excluded.add(m.entity)
        resolver.excluded_spans += [(m.start, m.end) for m in resolver.mentions if m.entity in resolver.excluded]
        resolver.mentions = [m for m in resolver.mentions if m.entity not in resolver.excluded]

    # --- titles (offices) --------------------------------------------------------------------------
    def _read_titles(self) -> None:
        text, lang, cat, resolver, entities = self.text, self.lang, self.cat, self.resolver, self.entities
        for m in resolver.mentions:
            sent = self.sentence_of(m.start)
            others = [(o.start, o.end) for o in resolver.mentions if o is not m]
            found = titles_before(text, m.start, sent.start, lang, cat, others, m.end) + titles_after(
                text, m.end, sent.end, lang, cat, others
            )
            for t in found:
                # "envoy of President Donald Trump": an office held for the person named right after it is of
                # that person's country
                if t.country_code is None:
                    principal = next(
                        (o for o in resolver.mentions if 0 < o.start - t.end <= 2 and text[t.end : o.start].isspace()),
                        None,
                    )
                    if principal is not None and principal.entity != m.entity:
                        t.country_code = entities[principal.entity].country_code
                        self.envoys.setdefault(principal.entity, m.entity)
                if all(t.canonical != old.canonical for old, _ in self.titles.get(m.entity, [])):
                    self.titles.setdefault(m.entity, []).append((t, sent))
        for idx, ent in enumerate(entities):
            if ent.country_code is None:
                codes = [t.country_code for t, _ in self.titles.get(idx, []) if t.country_code]
                ent.country_code = codes[0] if codes else None
        # a demonym right before a name without a title ("his Russian counterpart Sergei Lavrov")
        for m in resolver.mentions:
            ent = entities[m.entity]
            if ent.country_code is None:
                left = text[max(0, m.start - 40) : m.start]
                # (nothing but words between, and an apposition's comma: "El canciller liberiano, Tenneh Sirleaf";
                # not "Bertemu Menlu Uzbekistan di Samarkand, Fadli Zon ...")
                hits = [
                    h
                    for h in cat.country_names.find(left)
                    if h.end >= len(left) - 16
                    and re.fullmatch(r"[\w\s'’-]*,?\s*", left[h.end :])
                    and not set(left[h.end :].casefold().replace(",", " ").split()) & lang.venue_prepositions
                    # (nor where someone is posted: "l'ambassadeur de Côte d'Ivoire au Sénégal, Mamadou Haïdara")
                    and not preposition_before(left, h.start, lang)
                ]
                # ... or, first, a country right after it: "President Ama Mensah of Ghana" (also in "President
                # Kofi Mensah of Ghana met President Amara Kolleh of Liberia", where Ghana is just before Kolleh)
                right = re.match(r"\s+(\w+)\s+(?:the\s+)?", text[m.end : m.end + 12]) if lang.origin else None
                if right and right.group(1).casefold() in lang.origin:
                    after = text[m.end + right.end() : m.end + right.end() + 40]
                    hits = [h for h in cat.country_names.find(after) if h.start == 0] or hits
                if hits:
                    ent.country_code = str(hits[-1].target)

    def _title_references(self) -> None:
        """A person the sentence names only by office ("received the Lao foreign minister", "le chef de la
        diplomatie burkinabè") is the person of the article who holds that office, else the one person of
        the article with no office of their own who can be of that country ("The visitor, Thongsavanh
        Phomvihane, ..."), who then holds it. The reference becomes a mention of that person."""
        text, lang, cat, resolver, entities = self.text, self.lang, self.cat, self.resolver, self.entities
        _ = self._named_protagonist  # (counted before the references below add mentions)
        introduced = set()  # "El visitante, X,": people a nominal introduces
        for m in resolver.mentions:
            left = text[max(0, m.start - 40) : m.start].rstrip()
            if left.endswith(",") and any(h.end == len(left) - 1 for h in lang.coref.find(left)):
                introduced.add(m.entity)

        taken = [(m.start, m.end) for m in resolver.mentions] + [
            (t.start, t.end) for ts in self.titles.values() for t, _ in ts
        ]
        for sent in self.body:
            # (not a title in a group: "kedua kepala negara", "the two heads of state")
            groups = [(sent.start + h.start, sent.start + h.end) for h in lang.pair.find(sent.text)]
            for hit in lang.title_heads.find(sent.text):
                start = sent.start + hit.start
                if any(s <= start < e for s, e in taken + groups) or (start > 0 and text[start - 1].isalnum()):
                    continue
                if self._predicate(sent, hit):
                    continue
                ref = title_reference(text, start, sent.end, lang, cat, taken)
                if ref is None:
                    # any office for a title in the feminine, or for the start of one office's name, or an office
                    # one person holds with one holder in the article ("le roi et le président français")
                    alt = title_reference(text, start, sent.end, lang, cat, taken, any_office=True)
                    if alt and (
                        (self._feminine(start, hit.text) and self._titled_on(alt))
                        or len(self._prefix_holders(alt)) == 1
                        or (alt.canonical in cat.offices_alone and len(self._holders(alt)) == 1)
                        # "the Chancellor", one chancellor in the article
                        or (alt.country_code is None and len(self._holders(alt)) == 1)
                        or len(self._word_holders(alt)) == 1
                        or len(self._stated_holders(alt)) == 1
                        or self._standing_holder(alt) is not None
                        or (alt.country_code is None and self._protagonist_by_title(alt, sent) is not None)
                    ):
                        ref = alt
                if ref is None or any(s < ref.end and ref.start < e for s, e in taken) or self._office_elsewhere(ref):
                    continue
                # (a title that runs into the name it belongs to: "HH the Amir of Kuwait Sheikh Meshal Al-Ahmad")
                following = next((m for m in resolver.mentions if m.start >= ref.end), None)
                if (
                    following is not None
                    and following.start - ref.end <= 40
                    and following.start < sent.end
                    and _TITLE_RUN.fullmatch(text[ref.end : following.start])
                ):
                    continue
                # "la jefa de Estado", "la ministre": the one woman named before, whatever her office is called
                women = (
                    [i for i in self._women() if any(m.entity == i and m.start < ref.start for m in resolver.mentions)]
                    if self._feminine(ref.start, ref.stated)
                    else []
                )
                # (of several holders, those named before the reference: "His Highness the Amir Sheikh A held talks
                # ... At the outset of the talks, HH the Amir welcomed ..." is not the Amir of Kuwait named later)
                word_holders = self._named_before(self._word_holders(ref), ref.start)
                stated = self._named_before(self._stated_holders(ref), ref.start)
                protagonist = self._protagonist_by_title(ref, sent) if ref.country_code is None else None
                person = (
                    women[0]
                    if len(women) == 1
                    else word_holders[0]
                    if len(word_holders) == 1
                    else stated[0]
                    if len(stated) == 1
                    else protagonist
                    if protagonist is not None
                    else self._holder(ref, introduced)
                )
                if person is None and (standing := self._standing_holder(ref)) is not None:
                    person = resolver.known(standing)  # "The Secretary-General met ...", never named on a UN page
                if person is None:
                    continue
                if ref.country_code and entities[person].country_code is None:
                    entities[person].country_code = ref.country_code
                if not self.titles.get(person):
                    country = cat.countries.get(ref.country_code, {}).get("name") if ref.country_code else None
                    english = _office_of(ref.canonical, country)
                    self.titles[person] = [(dataclasses.replace(ref, english=english), sent)]
                resolver.mentions.append(Mention(ref.start, ref.end, text[ref.start : ref.end], person, 0.6))
                entities[person].mentions += 1
                taken.append((ref.start, ref.end))
        resolver.mentions.sort(key=lambda m: m.start)

    def _named_before(self, candidates: list[int], start: int) -> list[int]:
        """Of several `candidates`, those the article names before `start`, when there are any."""
        if len(candidates) < 2:
            return candidates
        before = [i for i in candidates if any(m.entity == i and m.start < start for m in self.resolver.mentions)]
        return before or candidates

    def _office_elsewhere(self, ref: Title) -> bool:
        """ "président de l'AEM", "President of the Commission": the title goes on with an organisation the
        catalog does not know (an acronym, an organisation noun) — an office there, not the country's."""
        after = re.match(r"\s+(\S+)\s+(?:the\s+)?(\S+)((?:\s+[A-Z]\w+){0,2})", self.text[ref.end : ref.end + 60])
        if after is None:
            return False
        connector, word = after.group(1).casefold(), after.group(2)
        if word[:1].isupper() and after.group(3):  # "the head of the Catholic Church": the run's last word
            word = after.group(3).split()[-1]
        elided = re.match(r"([ld])['’](.+)", connector)  # "d'ASEAN", "de l'AEM"
        if elided:
            connector, word = elided.group(1) + "'", elided.group(2)
        word = re.sub(r"^[lLdD]['’]", "", word).strip(".,;:()")
        acronym = len(word) >= 2 and word.isupper() and word.isalpha()
        noun = word[:1].isupper() and word.casefold() in self.lang.organisation_nouns
        # (not a conjunction: "the Amir and HE President of Iran" joins another person)
        return (
            connector in self.lang.title_connectors
            and not re.fullmatch(CONJUNCTION, connector)
            and (acronym or noun)
            and not self.cat.country_names.whole(word)
        )

    def _protagonist_by_title(self, ref: Title, sent: Sentence) -> int | None:
        """ "A lo largo del fin de semana, el mandatario mantuvo encuentros con ..." in an article of several
        presidents: a title of no country as its sentence's subject (no one named, no meeting word before it) is
        the article's protagonist (`_named_protagonist`) when they hold it."""
        holders = self._holders(ref)
        # (opening its sentence, or after an opening phrase: "A lo largo del fin de semana, el mandatario")
        before = re.sub(r"\w+$", "", self.text[sent.start : ref.start].rstrip()).rstrip()
        if not holders or before[-1:] not in ("", ","):
            return None
        # (past a time clause that opens the sentence, whose meeting and people are another's: "Antes del
        # encuentro con Modi, el mandatario recibió ...")
        opening = any(h.start <= 1 for h in self.lang.time_relations.find(before)) and "," in before
        skip = before.index(",") + 1 if opening else 0
        if self.resolver.in_span(sent.start + skip, ref.start) or self.lang.triggers.find(before[skip:]):
            return None
        lead = self._named_protagonist
        if lead is None:
            # (or the one person named most, three times at least, to whom the article gives no title, for a leader's
            # office: "Le président de la République s'est ainsi entretenu successivement avec ..." in a report that
            # opens on the co-chair it names once and titles everyone but Macron)
            ranked = sorted(range(len(self.entities)), key=lambda i: -self.entities[i].mentions) + [-1]
            top, second = (self.entities[i].mentions if i >= 0 else 0 for i in ranked[:2])
            # (a title a reference gave them counts for none: "le chef de l'État" resolved before)
            untitled = ranked[0] >= 0 and all(t.confidence <= 0.6 for t, _ in self.titles.get(ranked[0], []))
            leader = self.cat.office_rank(ref.canonical) == "leaders"
            return ranked[0] if untitled and leader and top >= 3 and top > second else None
        # (or, a leader's office, when the article gives the protagonist no title and someone else this one: "El
        # jefe de Estado llegó a la cita" in a report on Milei that titles only Macron, "presidente de Francia")
        untitled = not self.titles.get(lead) and self.cat.office_rank(ref.canonical) == "leaders"
        return lead if lead in holders or untitled else None

    @functools.cached_property
    def _named_protagonist(self) -> int | None:
        """The first person the body names, when named as often as anyone else at least (before any title is
        read as a reference to someone)."""
        opening = self.body[0].start if self.body else len(self.text)
        first = next((m.entity for m in self.resolver.mentions if m.start >= opening), None)
        counts = sorted((e.mentions for i, e in enumerate(self.entities) if i != first), reverse=True)
        return first if first is not None and self.entities[first].mentions >= max(counts, default=0) else None

    def _predicate(self, sent: Sentence, hit: Hit) -> bool:
        """ "became the first head of state to meet X", "menjadi kepala negara pertama yang bertemu X": a title
        with an ordinal describes its sentence's subject and refers to no one else."""
        before = re.findall(r"[\w-]+", sent.text[max(0, hit.start - 25) : hit.start].casefold())[-1:]
        after = " ".join(re.findall(r"[\w-]+", sent.text[hit.end : hit.end + 30].casefold())[:2])
        ordinals = self.lang.predicate_ordinals  # one word before the title, or two after it ("pertama yang")
        return bool(before and before[0] in ordinals) or after in ordinals

    def _holder(self, ref: Title, introduced: set[int]) -> int | None:
        """Who holds the office a reference names: its one holder in the article, else the one person of
        its country with no office of their own (see `_title_references`)."""
        entities, cat = self.entities, self.cat
        holders = self._holders(ref)
        if ref.country_code is None and not holders:
            holders = self._prefix_holders(ref)
        if ref.country_code is None:  # "the Deputy Prime Minister": the one holder of the article, if one
            holders = holders if len(holders) == 1 else []
            if not holders:
                return None
        # no one holds it: the one person of that country with no office (when someone of that
        # country has another office, "the Vietnamese envoy" may well be them: left to the meeting rules)
        # — of unknown country only when a nominal introduces them ("El visitante, X,")
        generic = len(ref.stated.split()) - len(cat.country_names.find(ref.stated)) <= 1  # "the X envoy"
        # (not someone whose office is another known one: "el canciller" is not "el presidente cubano")
        known = ref.canonical in cat.office_titles
        titled_there = generic and any(
            ts
            and entities[i].country_code == ref.country_code
            and not (known and all(t.canonical in cat.office_titles and t.canonical != ref.canonical for t, _ in ts))
            for i, ts in self.titles.items()
        )
        untitled = [
            i
            for i, ent in enumerate(entities)
            if not self.titles.get(i)
            and (ent.country_code == ref.country_code or (ent.country_code is None and i in introduced))
        ]
        if len(untitled) > 1:
            untitled = [i for i in untitled if i in introduced] or self._most_named(untitled, ref.start)
        if len(holders) == 1:
            return holders[0]
        return untitled[0] if not holders and not titled_there and len(untitled) == 1 else None

    def _most_named(self, candidates: list[int], start: int) -> list[int]:
        """ "La ausencia de Lula no fue una sorpresa. ... El viernes, el mandatario brasileño había recibido a ...":
        of several people an office may stand for, the one the article names most before it, when named twice at
        least and twice as often as any other."""
        counts = {i: sum(1 for m in self.resolver.mentions if m.entity == i and m.end <= start) for i in candidates}
        ranked = sorted(candidates, key=lambda i: -counts[i])
        if counts[ranked[0]] < 2 or counts[ranked[0]] < 2 * counts[ranked[1]]:
            return []
        return ranked[:1]

    def _standing_holder(self, ref: Title) -> str | None:
        """Who held, on the publication date, the standing office a reference names (catalog `holders`): by its
        own name ("the UN Secretary-General", "the Pope"), or by the head of its name ("the Secretary-General")
        when the article names the organisation of one such office alone."""
        if self.published is None:
            return None
        head = re.sub(r"\W+", " ", ref.canonical.casefold()).strip()
        named = self._organisations
        offices = [
            title
            for title, (org, _) in self.cat.standing_offices.items()
            if (t := re.sub(r"\W+", " ", title.casefold()).strip()) == head
            or (" " in head and t.startswith(head + " ") and org in named)
        ]
        return self.cat.holder_on(offices[0], self.published) if len(offices) == 1 else None

    @functools.cached_property
    def _organisations(self) -> set[str]:
        """The frameworks and organisations the article names (its headline and masthead too)."""
        return {
            str(hit.target)
            for sent in self.sentences
            for hit in self.cat.framework_acronyms.find(sent.text) + self.cat.framework_names.find(sent.text)
        }

    def _holders(self, ref: Title) -> list[int]:
        """The article's people with the office a reference names (of its country, if it names one)."""
        return [
            i
            for i, ts in self.titles.items()
            if any(t.canonical == ref.canonical for t, _ in ts)
            and (ref.country_code is None or self.entities[i].country_code in (None, ref.country_code))
        ]

    def _prefix_holders(self, ref: Title) -> list[int]:
        """ "the Secretary General": the holders of an office whose name begins so ("Secretary General of the
        Pacific Islands Forum")."""
        head = re.sub(r"\W+", " ", ref.canonical.casefold()).strip()
        if ref.canonical in self.cat.office_titles or " " not in head:
            return []  # a known office names its holders itself; "the President" begins too many
        return [
            i
            for i, ts in self.titles.items()
            if any(re.sub(r"\W+", " ", t.canonical.casefold()).startswith(head + " ") for t, _ in ts)
        ]

    def _word_holders(self, ref: Title) -> list[int]:
        """ "The Saudi minister, who landed ...": the people of the reference's country whose office has its one
        first word ("Minister of Foreign Affairs"), for a reference of one word with a country that names no known
        office itself; for "the Russian leader", "le dirigeant russe", those of its country who hold a leader's office
        (a President, a King)."""
        head = ref.canonical.casefold()
        if ref.country_code is None or " " in head or ref.canonical in self.cat.office_titles:
            return []  # (a known office names its holders itself: "President" is not "Vice President")
        return [
            i
            for i, ts in self.titles.items()
            if self.entities[i].country_code == ref.country_code
            and any(
                re.findall(r"\w+", t.canonical.casefold())[:1] == [head]
                or (head == "leader" and self.cat.office_rank(t.canonical) == "leaders")
                for t, _ in ts
            )
        ]

    def _stated_holders(self, ref: Title) -> list[int]:
        """ "le Président de la République" after "Le Président de la République, Emmanuel Macron": the people of
        the article given a title of three words or more written as the reference writes it (not "the prime
        minister", which an article of a former prime minister and a prime minister gives both)."""
        stated = " ".join(ref.stated.casefold().split())
        if len(stated.split()) < 3:
            return []
        return [
            i for i, ts in self.titles.items() if any(" ".join(t.stated.casefold().split()) == stated for t, _ in ts)
        ]

    def _titled_on(self, ref: Title) -> bool:
        """A reference that names an office, or goes on as a title does ("la jefa de Estado"), unlike a word that
        only glosses like a title's first word ("en su primera visita")."""
        after = re.match(r"\s+(\w+)", self.text[ref.end : ref.end + 30])
        return ref.canonical in self.cat.office_titles or (
            after is not None and after.group(1).casefold() in self.lang.title_connectors
        )

    def _feminine(self, start: int, stated: str) -> bool:
        """A title written in the feminine: its head ("presidenta", "jefa") or the word before it ("la
        canciller", "Mme la ministre")."""
        before = re.findall(r"\w+", self.text[max(0, start - 12) : start])[-1:]
        head = re.findall(r"\w+", stated)[:1]
        return any(w.casefold() in self.lang.feminine_words for w in before + head)

    def _women(self) -> list[int]:
        """The people some title or form of address presents as women ("La presidenta Dina Boluarte")."""
        women = {i for i, ts in self.titles.items() if any(self._feminine(t.start, t.stated) for t, _ in ts)}
        for m in self.resolver.mentions:
            before = re.findall(r"\w+", self.text[max(0, m.start - 8) : m.start])[-1:]
            if before and before[0].casefold() in self.lang.feminine_words and before[0][0].isupper():
                women.add(m.entity)  # "Mme Kayikwamba", "Ibu Retno"
        return sorted(women)

    # --- meetings ----------------------------------------------------------------------------------
    def _clauses(self) -> list[Sentence]:
        """The body, a sentence that reports a second meeting in a clause of its own split in two at the clause
        word ("X was received by Y ..., during which he also held talks with Z", "A se reunió con B, mientras
        que C se reunió con D"): a meeting word on both sides, and someone new named after it. The second
        clause's subject, when it names one person only, is the first clause's first person."""
        out = []
        pending = list(reversed(self.body))
        while pending:
            sent = pending.pop()
            triggers = (
                self.lang.triggers.find(sent.text)
                + self._courtesy_calls(sent)
                + self._direct_calls(sent)
                + self.clause_triggers.get((sent.start, sent.end), [])
            )
            again = self._again_split(sent, triggers)
            if again is not None:
                out.append(again[0])
                pending.append(again[1])
                continue
            # (a semicolon too, in any language: "A and B spoke by phone on 12 February; on Saturday C and D did")
            semicolons = [Hit(m.start(), m.end(), ";", "clause") for m in re.finditer(";", sent.text)]
            breaks = self.lang.clause_breaks.find(sent.text) + semicolons + self._dated_conjunctions(sent)
            for brk in sorted(breaks, key=lambda h: h.start):
                gapped = self._gapped(sent, brk, triggers)
                if gapped is not None:
                    out.append(gapped[0])
                    pending.append(gapped[1])
                    break
                # (the second meeting word may be the clause word's own: "и был принят", "and was received by")
                # (or is the clause word itself: "..., before receiving Netanyahu at the White House")
                if not any(t.end <= brk.start for t in triggers) or not any(t.start >= brk.start for t in triggers):
                    continue
                head, tail = _split(sent, brk.start)
                first = self._named_in(head)
                # (or the same people on another day: "Erdogan called Mitsotakis on March 4, a week after the prime
                # minister had phoned Erdogan on February 26")
                days = [{d.date for d in self._dates_in(part) if d.date} for part in (head, tail)]
                # (or a group as the subject of its own: "Erdogan recibió primero por separado a ambos dirigentes y, a
                # continuación, los tres mantuvieron una reunión conjunta")
                verb = min((t.start for t in triggers if t.start >= brk.start), default=brk.start)
                grouped = any(brk.end <= h.start < verb for h in self.lang.pair.find(sent.text))
                # (or a meeting of another kind: "побывали в Киеве, где провели встречу с Зеленским, а затем вместе с
                # ним по видеосвязи обсудили ситуацию": the visit's talks, then a video call)
                kinds = [
                    {t.target for t in triggers if t.end <= brk.start},
                    {t.target for t in triggers if t.start >= brk.start},
                ]
                # (or a day counted after the first: "el sábado 16 lo agasajaron con una cena en Olivos y al día
                # siguiente ambos presidentes se reunieron en la Casa Rosada")
                counted = any(h.start <= len(brk.text) + 3 and h.target for h in self.lang.sequence.find(tail.text))
                if first and (
                    any(i not in first for i in self._named_in(tail))
                    or (all(days) and days[0] != days[1])
                    or (days[0] and counted)
                    or grouped
                    or not kinds[0] & kinds[1]
                ):
                    # "during which he also held talks with Z": a clause without a subject of its own has the
                    # first clause's ("mientras que el titular de Agricultura, Luis Planas, se reunió" has one)
                    # (a clause split off already has its subject: "... before flying to London for an audience
                    # with A and talks with B" — the subject of all three)
                    subject = self.clause_subjects.get((sent.start, sent.end))
                    subject = self._subject(head, triggers, first) if subject is None else subject
                    # (a passive first clause with no subject of its own — "El martes fue recibido por A, y este
                    # miércoles mantuvo un encuentro con B" — gives the second none: both are the sentence before's)
                    own = self.resolver.in_span(sent.start + brk.end, sent.start + max(verb, brk.end))
                    if self._dropped_passive(head, triggers):
                        pass  # (the second clause's people are found as the first's are)
                    elif not own:
                        self.clause_subjects[(tail.start, tail.end)] = subject
                    else:  # "..., while President Y received him": the pronoun's person, if the clause has one
                        self.clause_objects[(tail.start, tail.end)] = subject
                    if (sent.start, sent.end) in self.clause_subjects:
                        self.clause_subjects[(head.start, head.end)] = subject
                    if (sent.start, sent.end) in self.clause_triggers:  # (a gapped clause's meeting word)
                        self.clause_triggers[(head.start, head.end)] = self.clause_triggers[(sent.start, sent.end)]
                    if not kinds[0] & kinds[1] and not self._named_in(tail):
                        self.clause_groups[(tail.start, tail.end)] = first
                    out.append(head)
                    pending.append(tail)  # (which may report a third: "..., and talks with C")
                    break
            else:
                out += self._shared_trigger_split(sent, triggers)
        return out

    def _met_again(self, position: int, drafts: list[_Draft]) -> _Sides | None:
        """ "..., and again in July in Rio": the people of the meeting the clause before reported."""
        if drafts and position and drafts[-1].sentence is self.body[position - 1]:
            return _Sides(_distinct(drafts[-1].person_idx), False)
        return None

    def _again_split(self, sent: Sentence, triggers: list[Hit]) -> tuple[Sentence, Sentence] | None:
        """ "They first met on the margins of the AU summit in Addis Ababa in February last year, and again in July
        on the sidelines of the BRICS summit in Rio de Janeiro": after a meeting word, "and again" with a time or a
        place of its own and no one new is the same people's next meeting (`_participants` gives it theirs)."""
        for hit in self.lang.again_words.find(sent.text):
            before = [t for t in triggers if t.end <= hit.start]
            if not before or any(t.start >= hit.start for t in triggers):
                continue
            head, tail = _split(sent, hit.start)
            rest = tail.text[hit.end - hit.start :]
            own = find_dates(rest, self.lang, self.published) or self._venue(rest, 0, [])
            if not own or set(self._named_in(tail)) - set(self._named_in(head)):
                continue
            self.again_clauses.add((tail.start, tail.end))
            self.clause_triggers[(tail.start, tail.end)] = [Hit(0, hit.end - hit.start, hit.text, before[-1].target)]
            return head, tail
        return None

    def _dated_conjunctions(self, sent: Sentence) -> list[Hit]:
        """ ", y este miércoles", ", and on Thursday": a comma and a conjunction right before a day — a clause word
        (whether it cuts the sentence is `_clauses`'s to say: a meeting word on both sides, someone new after it)."""
        found = []
        for m in re.finditer(rf",\s*{CONJUNCTION}\s+", sent.text, re.IGNORECASE):
            days = find_dates(sent.text[m.end() : m.end() + 40], self.lang, self.published)
            if any(d.start <= 3 and (d.precision == "day" or d.weekday) for d in days):
                found.append(Hit(m.start(), m.end(), m.group(0), "clause"))
        return found

    def _dropped_passive(self, head: Sentence, triggers: list[Hit]) -> bool:
        """A first clause whose meeting word is a passive with no one named before it ("El martes fue recibido por
        A"): its subject is dropped, the sentence before's."""
        first = min((t for t in triggers if head.start + t.start < head.end), key=lambda t: t.start, default=None)
        if first is None or self.resolver.in_span(head.start, head.start + first.start):
            return False
        return any(
            h.start <= first.start < h.end or h.start == first.start for h in self.lang.passive_host.find(head.text)
        )

    def _gapped(self, sent: Sentence, brk: Hit, triggers: list[Hit]) -> tuple[Sentence, Sentence] | None:
        """ "El martes 12 recibió al sultán X; el miércoles 13, al presidente Y": a clause after a semicolon that
        opens with a day, has no meeting word and names someone new shares the first clause's meeting word and
        subject (its own day)."""
        if brk.text != ";" or not any(t.end <= brk.start for t in triggers):
            return None
        head, tail = _split(sent, brk.end)
        stop = sent.text.find(";", brk.end)
        stop = len(sent.text) if stop < 0 else stop
        if any(brk.start < t.start < stop for t in triggers) or not self._named_in(head):
            return None
        lead = re.match(rf"\W*(?:{CONJUNCTION}\s+)?", tail.text, re.IGNORECASE)
        opening = lead.end() if lead else 0
        days = [d for d in self._dates_in(tail) if d.date and d.precision == "day" and d.start <= opening + 3]
        # (or with a comitative: "se reunió con el presidente palestino, X, ...; con el primer ministro libanés, Y")
        word = re.match(r"\w+", tail.text[opening:])
        comitative = word is not None and word.group(0).casefold() in self.lang.comitatives
        if not (days or comitative) or not any(i not in self._named_in(head) for i in self._named_in(tail)):
            return None
        before = [t for t in triggers if t.end <= brk.start]
        subject = self.clause_subjects.get((sent.start, sent.end))  # (one gapped clause after another)
        subject = self._subject(head, before, self._named_in(head)) if subject is None else subject
        self.clause_subjects[(tail.start, tail.end)] = subject
        if (sent.start, sent.end) in self.clause_subjects:
            self.clause_subjects[(head.start, head.end)] = subject
            self.clause_triggers[(head.start, head.end)] = self.clause_triggers.get((sent.start, sent.end), [])
        self.clause_triggers[(tail.start, tail.end)] = [Hit(0, 1, brk.text, before[-1].target)]
        return head, tail

    def _subject(self, head: Sentence, triggers: list[Hit], named: list[int]) -> int:
        """Who acts in a sentence's first clause: its first-named person when named before the meeting word,
        else the one a pronoun or an office stands for ("On Monday, he called on Vice-President Han Zheng and
        later held talks with Mr. Wang": not Han Zheng)."""
        first = min(triggers, key=lambda t: t.start)
        before = [m.entity for m in self.resolver.in_span(head.start, head.start + first.start) if m.entity in named]
        if before:
            # (not a spokesperson telling of it: "Spokesman X wrote that Araghchi also held separate meetings ...")
            spokes = {i for i in before if any(t.canonical in self.cat.spokespeople for t, _ in self.titles.get(i, []))}
            return next((i for i in before if i not in spokes), before[0])
        subject = self._titled_subject(head, first, named[0])
        return named[0] if subject is None else subject

    def _shared_trigger_split(self, sent: Sentence, triggers: list[Hit]) -> list[Sentence]:
        """ "menggelar pertemuan bilateral dengan A di Tokyo pada Senin dan dengan B di Seoul sehari kemudian", "Il
        s'est entretenu avec A, puis avec B": a second object after "and with" that names someone new is a second
        meeting sharing the first's meeting word (given to the second clause) and subject."""
        for brk in self.lang.shared_trigger_breaks.find(sent.text):
            before = [t for t in triggers if t.end <= brk.start]
            if not before:
                continue
            head, tail = _split(sent, brk.start)
            first, second = self._named_in(head), self._named_in(tail)
            # a call "with A and with B" may be one call; a meeting "with A, then with B" is two (a call too
            # when the second has a date or a place of its own)
            own = before[-1].target == "in_person" or find_dates(tail.text, self.lang, self.published)
            if first and second and not set(second) & set(first) and own:
                # (a clause split off already keeps its meeting word and subject: "...; con A, y con B")
                key = (sent.start, sent.end)
                if key in self.clause_triggers:
                    self.clause_triggers[(head.start, head.end)] = self.clause_triggers[key]
                if key in self.clause_subjects:
                    self.clause_subjects[(head.start, head.end)] = self.clause_subjects[key]
                subject = self.clause_subjects.get(key)
                self.clause_subjects[(tail.start, tail.end)] = (
                    self._subject(head, before, first) if subject is None else subject
                )
                self.clause_triggers[(tail.start, tail.end)] = [
                    Hit(0, brk.end - brk.start, brk.text, before[-1].target)
                ]
                return [head, tail]
        return [sent]

    def _find_meetings(self) -> list[r.Meeting]:
        self.main_persons = sorted(range(len(self.entities)), key=lambda i: -self.entities[i].mentions)
        self.body = self._clauses()  # from here on the body is read clause by clause
        lang, cat, body = self.lang, self.cat, self.body
        drafts: list[_Draft] = []
        # the lead's dates, the most telling first: a day, then a weekday ("este domingo"), then a month-day
        # without a year ("9 nov"); none when the lead dates by a span of days ("tenue les 19 et 20 décembre")
        # (past the first sentence, not a date weeks before the article: "поздравил с победой на выборах,
        # состоявшихся 28 декабря", in a readout of 28 January, dates the election, not the call)
        # (nor, past the first sentence, the day something began: "Глава государства находится в Монголии с
        # государственным визитом, который начался накануне" — the visit's first day, not the talks')
        # (nor a time clause's: "his first official visit to Portugal since his election in October 2024")
        lead_found = [
            (d, s)
            for n, s in enumerate(body[:3])
            for d in self._dates_in(s)
            # (but a time clause that tells the meeting itself dates it: "agreed to a ceasefire after their leaders
            # sat down at the same table in Malaysia on Monday")
            if not any(
                a <= s.start + d.start < b and not any(a <= s.start + t.start < b for t in lang.triggers.find(s.text))
                for a, b in _time_clauses(s, lang)
            )
            and (
                n == 0
                or not (
                    (self.published and d.date and (self.published - d.date).days > 7)
                    or any(h.end <= d.start < _clause_end(s.text, h.end) for h in lang.begun_words.find(s.text))
                )
            )
        ]
        # (a report's day after the meeting word only when the lead tells no other: "... during their summit in
        # Busan, the presidential office said Wednesday. The two leaders held talks on Tuesday")
        unreported = [
            d
            for d, s in lead_found
            if not any(
                a <= d.start < b
                for t in lang.triggers.find(s.text)[:1]
                for a, b in _reported_spans(s.text, lang, t.end)
            )
        ]
        lead = unreported or [d for d, _ in lead_found]
        spanned = bool(lead) and lead[0].ranged
        lead_dates = sorted(
            (d for d in lead if not d.ranged and not spanned),
            key=lambda d: (d.date is None or d.precision != "day", d.weekday is None),
        )
        if not lead and self.published:
            # a lead that dates nothing ("Состоялся телефонный разговор ...", a readout) reports the day the
            # article is dated
            lead_dates = [DateMention(0, 0, "", self.published, "day", WEEKDAYS[self.published.weekday()])]
        lead_people = {i for s in body[:1] for i in self._named_in(s)}
        item_dates = [
            (offset, parsed[0])
            for offset, line in self.cleaned.item_dates
            if (parsed := [d for d in find_dates(line, lang, self.published) if d.date and d.precision == "day"])
        ]
        for position, sent in enumerate(body):
            # "hours before the phone call, X received Y": a trigger right after a time relation dates the
            # sentence's meeting by another event; it is not the meeting
            timing = [h.end for h in lang.time_relations.find(sent.text)]
            # a negation that begins with a meeting word ("принял участие", took part) unmakes that word only
            negations = lang.negation.find(sent.text)
            found_triggers = [
                t
                for t in lang.triggers.find(sent.text)
                + self._courtesy_calls(sent)
                + self._direct_calls(sent)
                + self.clause_triggers.get((sent.start, sent.end), [])
                if not any(n.start == t.start and n.end > t.end for n in negations)
                # ("menemui pers", "met reporters": the press, no one met)
                and not any(0 <= h.start - t.end <= 1 for h in lang.press_words.find(sent.text))
            ]
            negations = [n for n in negations if not any(n.start == t.start for t in lang.triggers.find(sent.text))]
            # (nor one that says it happened before, the meeting told after a colon: "Ce n'est pas la première fois que
            # ... : le 11 juin 2023, elle y avait été reçue par X"; not "No sería la primera vez que ambos se ven")
            opening = min((t.start for t in found_triggers), default=len(sent.text))
            negations = [
                n
                for n in negations
                if not any(
                    p.start <= n.start < p.end and re.search(r"[:;]", sent.text[p.end : opening])
                    for p in lang.previous.find(sent.text)
                )
            ]
            # ... unless it is the only one: "Sugiono said after meeting Penny Wong", "tras reunirse con X, dijo"
            triggers = [h for h in found_triggers if not any(0 <= h.start - t <= 3 for t in timing)] or found_triggers
            # ("The main event was the session of the Council, chaired by A. B, C and D took part in it": a new
            # gathering whose attendees the next sentence lists, not one more attendee of the meeting before)
            listed = [] if triggers else self._multilateral_trigger(position)
            # ("Turut serta dalam pembicaraan telepon tersebut A dan B": a meeting word that is the reference)
            if ((not triggers and not listed) or self._attendance_opens(sent, triggers)) and self._attended(
                position, drafts
            ):
                continue
            triggers = (
                triggers
                or listed
                or self._dated_meeting_noun(sent)
                or self._held_meeting(position)
                or self._held_with(sent)
            )
            if not triggers:
                self._restated_day(sent, drafts)
                continue
            trigger = max(triggers, key=lambda h: _KIND_RANK[h.target])
            kind = trigger.target
            if (
                kind == "in_person"
                and drafts
                and drafts[-1].kind != "in_person"
                and self._one_more_talk(sent, trigger, drafts[-1])
            ):
                kind = drafts[-1].kind  # "Peña también conversó el jueves con Asfura", after Rubio's call: a call
            # ("Réunis lundi soir par visioconférence, les chefs d'État ... Ce deuxième sommet conjoint était coprésidé
            # par A et B": the meeting the sentence opens on is held as the sentence before says)
            if kind == "in_person" and (
                any(h.start <= 5 for h in lang.meeting_reference.find(sent.text))
                or any(h.start <= 25 for h in lang.multilateral.find(sent.text))
            ):
                kind = self._kind_told_before(position) or kind
            # "did not meet", "the talks were postponed", "denied reports that X met Y": a negation of the meeting
            # word's clause (not "held a video call with X, after the trip he had planned was postponed")
            bounds = [h.start for h in lang.time_relations.find(sent.text) + lang.clause_breaks.find(sent.text)]
            if any(
                not any(min(h.start, trigger.start) < b < max(h.start, trigger.start) for b in bounds)
                for h in negations
            ):
                continue
            other_day = bool(drafts) and self._other_day_before(position, drafts[-1])
            if not listed and not other_day and self._joins_previous(sent, trigger, drafts):
                continue
            # (after a source that opens the sentence: "Selon un communiqué publié hier, l'entretien avec ...")
            opening = next((end + 1 for start, end in _source_spans(sent.text, lang) if start <= 1), 0)
            if (
                drafts
                and trigger.start - opening <= 15
                and any(0 <= h.start - opening <= 7 for h in lang.meeting_reference.find(sent.text))
                and not any(all(m.entity not in d.person_idx for d in drafts) for m in self._right_after(sent, trigger))
                and not other_day
                # (not a gathering on another day whose attendees the next sentence lists, after a pair's talks: "The
                # summit itself opened on June 17 ... Xi was joined there by A, B, C and D")
                and not (
                    listed
                    and len(set(drafts[-1].person_idx)) <= 2
                    and any(
                        d.date and d.precision == "day" and (drafts[-1].date is None or d.date != drafts[-1].date.date)
                        for d in self._dates_in(sent)
                    )
                )
            ):
                # "During the meeting, they reviewed ... the visit of President X", "In the meeting with Mr Lavrov,
                # ...": a meeting reported already (not "В ходе переговоров с Ван И", "Pertemuan pertama digelar
                # dengan Menteri Luar Negeri Timor-Leste Bendito ...": talks with someone new) — those the next
                # sentences name as attending attend it ("Переговоры в Кремле прошли в составе делегаций. С
                # российской стороны в них участвовали A и B, с венгерской — C.")
                # (of the meeting's countries: not the delegation of some other meeting)
                last = drafts[-1]
                extra = self._attending_after(position, last.person_idx) if not self._named_in(sent) else []
                nations = {self.entities[i].country_code for i in last.person_idx}
                known = [self.entities[i].country_code for i in extra if self.entities[i].country_code]
                if known and all(c in nations for c in known):
                    last.person_idx = [*last.person_idx, *extra]
                self._restated_day(sent, drafts)
                continue
            # "Wang was received by Dar at the Nur Khan Airbase", "встретил в аэропорту": a welcome on arrival,
            # not a meeting — unless the sentence also reports talks
            receptions = lang.host_triggers.find(sent.text) + lang.passive_host.find(sent.text)
            # (not an airport whose where-clause tells the welcome, before the meeting: "Arrivé à l'aéroport d'Orly,
            # où l'attendaient A et B, X a été reçu vendredi soir par Y")
            welcomes = self._airport_welcomes(sent, trigger)
            at_airport = any(
                -150 <= h.start - trigger.start <= 150 and h.start not in welcomes
                for h in lang.airports.find(sent.text)
            )
            if (
                kind == "in_person"
                and at_airport
                and all(any(r.start < t.end and t.start < r.end for r in receptions) for t in triggers)
            ):
                continue
            if self._hosted_reference(position, drafts):
                continue
            found = self._participants(position, trigger, drafts)
            if found is None:
                continue
            idxs, inferred = found.people, found.inferred
            idxs = [*idxs, *(i for i in self._summit_told_before(position, drafts) if i not in idxs)]
            # "Peskov told reporters that Putin ...": a spokesperson speaks about meetings, and takes part in none
            idxs = [i for i in idxs if not any(t.canonical in cat.spokespeople for t, _ in self.titles.get(i, []))]
            if len(idxs) < 2:
                continue
            # (not a plan a when-clause the meeting word is in goes back from: "Preparations for the visit had been
            # discussed when X paid a courtesy call on Y"; nor one of the words a reporting verb before the meeting
            # word reports: "The EU and Iceland will open negotiations, X announced this afternoon after meeting Y")
            plan_breaks = [
                m.start()
                for m in re.finditer(r"\b(\w+)\b", sent.text[: trigger.start])
                if m.group(1).casefold() in lang.when_words
            ] + [h.start for h in lang.reporting.find(sent.text[: trigger.end]) if h.start > 0]
            planned = any(
                p.start <= trigger.end and not any(p.end <= w for w in plan_breaks)
                for p in lang.planned.find(sent.text)
            ) or any(0 <= p.start - trigger.end <= 80 for p in lang.planned_after.find(sent.text))
            # (a clause that shares the first clause's meeting word shares its plan: "la agenda del Presidente incluye
            # reuniones bilaterales con A, ... y con B, además de un encuentro con C")
            if not planned and (sent.start, sent.end) in self.clause_triggers:
                containing = self.sentence_of(sent.start)
                planned = bool(lang.planned.find(self.text[containing.start : sent.start]))
            occasion, sidelines, occ_span = _occasion(sent, lang, cat)
            role_spans = self._title_spans()
            # ("... his first visit since the Leaders Meeting in Honiara, with a courtesy call on X": another event)
            since = _time_clauses(sent, lang, trigger) + self._arrival_relatives(sent, trigger)
            exclude = role_spans + since + ([occ_span] if occ_span and not sidelines else [])
            # ("keterangan tertulis yang diterima di Jakarta, Selasa": where the statement came, not the meeting)
            exclude += [(sent.start + a, sent.start + b) for a, b in _source_spans(sent.text, lang)]
            # ("se reunió con X, con quien repasó ... la apertura en Madrid de una Casa de Naciones Unidas": what they
            # discussed, not where they met)
            exclude += [
                (sent.start + h.start, sent.end) for h in lang.with_whom.find(sent.text) if h.start > trigger.end
            ]
            # ("El encuentro ... sirvió para preparar la cumbre prevista para finales de julio en Pekín": where a
            # planned event will be, told after a meeting that was held)
            if not planned:
                exclude += [
                    (sent.start + p.start, sent.end) for p in lang.planned.find(sent.text) if p.start > trigger.end
                ]
            # "Usai bertemu Prabowo, Kao Kim Hourn mengatakan ... KTT di Kuala Lumpur": a meeting in a leading time
            # clause is not where the main clause's places are
            comma = sent.text.find(",", trigger.end)
            if comma > 0 and any(0 <= trigger.start - t <= 3 for t in timing):
                exclude = [*exclude, (sent.start + comma, sent.end)]
            # "..., après une première étape, mardi, à Nouakchott, où il s'est entretenu avec X": a where-clause is
            # set where and when the words right before it say
            before_where = self._before_where(sent)
            came_from = self._came_from_where(sent, trigger)
            place = None
            if kind == "in_person":
                place = self._origin(sent, came_from) if came_from is not None else None
                place = place or self._sentence_place(sent, trigger, exclude, occ_span, before_where, drafts)
            own_place = place  # (what the sentence itself says, before the sentence before is asked)
            country_only = place is not None and not place.city
            if place and not place.city and self.dateline and self.dateline.country_code == place.country_code:
                place = self.dateline  # "in Senegal", datelined DAKAR: the city the country-only venue leaves out
            # a day before a month named alone ("X, in office since March, met Y on Monday"); a month named alone
            # only near the trigger ("last met in March", not "Hasan, who took office in December, said ...")
            first_named = min((m.start - sent.start for m in self.resolver.in_span(sent.start, sent.end)), default=0)
            reported = _reported_spans(sent.text, lang, trigger.end)  # ("..., state media reported Friday")
            # (not a where-clause's after the meeting word: "... en el hotel X, donde la víspera ofreció una cena")
            where_clause = next(
                (
                    (trigger.end + m.start(), _clause_end(sent.text, trigger.end + m.end()))
                    for m in re.finditer(r",\s*(\w+(?:\s+\w+)?)", sent.text[trigger.end :])
                    if opens_where_clause(m.group(1), lang)
                ),
                (len(sent.text), len(sent.text)),
            )
            # ("... 17 апреля эмир сообщил еще в конце февраля, когда принимал в Дохе главу МИД": the time right before
            # the when-clause the meeting word is in dates it, unless the clause tells its own)
            # (a year alone too, there only: "was in 2023, when he met then-prime minister X")
            written = self._dates_in(sent, future=planned) + self._year_before_when(sent, trigger)
            when_end = next((d.end for d in written if self._when_clause(sent.text, d.end, trigger.start)), None)
            dates = sorted(
                (
                    d
                    for d in written
                    # (not another event's: "last met in July ..., their fourth meeting since October 2024")
                    if not any(a <= sent.start + d.start < b for a, b in since)
                    and not where_clause[0] <= d.start < where_clause[1]
                    # (nor the report's: "..., state media reported Friday")
                    and not any(a <= d.start < b for a, b in reported)
                    # (nor one that qualifies someone after the meeting word: "that Mr Anwar chaired as this year's
                    # Asean chairman")
                    and not (d.start > trigger.end and self._possessive_date(sent.text, d))
                    and (
                        d.precision == "day"
                        or (d.start - trigger.end <= 100 and trigger.start - d.end <= 60)
                        # "На прошлой неделе X и Y провели ...": a date that opens the sentence dates its verb
                        or d.start <= 1
                        # ... or stands among its opening adverbials, before anyone is named ("Незадолго до этого, в
                        # конце января, в Дамаске побывала делегация во главе с X, которую принял Y")
                        or (d.start <= 40 and d.end <= first_named)
                        # "... reçu M. Xi dans les Hautes-Pyrénées, lors de la visite d'Etat ... en mai 2024": a
                        # month with its year reaches further after the meeting word
                        or (bool(re.search(r"\d{4}", d.text)) and 0 <= d.start - trigger.end <= 200)
                        # ... or right before the when-clause the meeting word is in: "took place in June 2023, when
                        # then Minister X paid a working visit to Ulaanbaatar, held talks with Y"
                        or self._when_clause(sent.text, d.end, trigger.start)
                    )
                ),
                # ... and of those, the one nearest the meeting word ("La jornada del martes ... comenzó el
                # domingo, cuando Sánchez mantuvo encuentros")
                # ("'a constructive meeting today', he wrote on Tuesday": a date outside the quotation first)
                key=lambda d: (
                    0 if when_end is None or d.start >= when_end else 1 if d.end == when_end else 2,
                    {"day": 0, "month": 1}.get(d.precision or "", 2),
                    _quoted(sent.text, d.start),
                    min(abs(d.start - trigger.start), abs(d.end - trigger.end)),
                ),
            )
            if not dates and before_where is not None:
                dates = [d for d in self._dates_in(before_where) if d.date and d.precision == "day"][-1:]
            if position and any(h.start <= 1 for h in lang.then_words.find(sent.text.split(",")[0])):
                # "... в июле прошлого года, когда глава МИД посетил Стамбул. Тогда во дворце Долмабахче он провел
                # переговоры с Фиданом": when the sentence before says (and where, when this one does not: "Предыдущий
                # раунд прошел в сентябре прошлого года в Эр-Рияде. Тогда Лавров провел отдельные встречи с ...")
                prev = body[position - 1]
                if not dates:
                    dates = [d for d in self._dates_in(prev) if d.date][-1:]
                if place is None and kind == "in_person":
                    # (where the meeting that sentence reported was: "... в конце февраля, когда принимал в Дохе
                    # главу МИД России. Тогда же Лавров провел переговоры с X" — not Moscow, named before it)
                    then = next((d for d in reversed(drafts) if prev.start <= d.sentence.start < prev.end), None)
                    there = (
                        then.place
                        if then is not None and then.kind == "in_person"
                        else self._venue(prev.text, prev.start, role_spans + _time_clauses(prev, lang))
                    )
                    # (or where it tells a visit went: "В прошлый раз Путин посещал Ашхабад в октябре 2024 года ...
                    # Тогда на полях форума он ...")
                    visits = lang.visit_triggers.find(prev.text)
                    there = there or (self._visited(prev, visits[0]) if visits else None)
                    place = there if there and there.city else None
            sequence = [
                h
                for h in lang.sequence.find(sent.text)
                if not any(a <= h.start < b for a, b in reported) and not where_clause[0] <= h.start < where_clause[1]
            ]
            if found.pair_before is not None and not sequence:
                # "Pada Rabu (18/12), Prabowo disambut Sisi di Istana Al Ittihadiya. ... keduanya melakukan
                # pertemuan": the pair of the sentence before meets when and where that sentence says (where,
                # also when it tells another day: "... recibido en la Quinta de Olivos a Macron ... El domingo
                # por la mañana ambos volvieron a verse")
                prev = body[found.pair_before]
                # (not when the pair met on another occasion: "Los dos presidentes se habían reunido por última vez
                # en octubre pasado en Kazán", undated where the article's day is unknown, is not of the day before)
                if not dates and not lang.previous.find(sent.text):
                    dates = [d for d in self._dates_in(prev) if d.date and d.precision == "day" and not d.ranged]
                if place is None and kind == "in_person":
                    there = self._venue(prev.text, prev.start, role_spans + _time_clauses(prev, lang))
                    place = there if there and there.city else None  # (not "находящийся в Беларуси")
            # (not a meeting the article recalls: "Напомним, что 14 марта X и Y провели ...", "Pour rappel, ...",
            # nor one dated by its month in another sentence: "в ходе его встречи с Путиным ... в июле" is no day
            # to count from, but "la semana pasada, se reunió con A y con B" dates both clauses)
            own = self.sentence_of(sent.start)
            dated_before = next(
                (
                    d
                    for d in reversed(drafts)
                    if d.date
                    and not d.recalled
                    # (nor an earlier meeting of a pair a marker recalls: "The two Ministers had last met in Washington
                    # on April 11 ... On the same day, Minister Kamikawa paid a courtesy call")
                    and not (d.previous and d.inferred)
                    and (d.date.precision not in ("month", "year") or self.sentence_of(d.sentence.start) is own)
                ),
                None,
            )
            earlier = dated_before.date if dated_before else None
            # "On Tuesday morning, President Stubb spoke at ... In the afternoon, President Stubb ... held separate
            # meetings with X": a day a sentence right before tells, past the previous meeting, goes on
            # ("On 12 January, X welcomed Y at ... [two more sentences of that visit] Later in the day, X and Y held
            # talks": a same-day word reaches further back)
            same_day = bool(sequence) and int(sequence[0].target) == 0
            # (past an undated meeting: "... arrived on Tuesday afternoon. He flew in from Dhaka, where he had held
            # talks with X. Later the same afternoon, the Emir called on Y")
            barrier = next((d.sentence.end for d in reversed(drafts) if d.date is not None), 0)
            told = self._day_told_before(position, barrier, 4 if same_day else 2)
            # (a day earlier or later than the previous meeting, not than the event the sentence before tells: "Xi
            # met Petro on Wednesday ... The ministerial meeting opened on Tuesday ... A day earlier, Xi had held
            # talks with Lula")
            if told is not None and not dates and (same_day or not sequence or earlier is None):
                earlier = told
            # ("... late on Wednesday from Kabul, where they held talks earlier in the day": the day before the
            # sequence word is the one it counts from)
            if (
                sequence
                and earlier
                and not planned
                # (nor a date written out after it: "Sehari sebelumnya, Kamis (10/4), ia diterima ...")
                and not any(
                    d.precision == "day" and (d.end < sequence[0].start or re.search(r"\d", d.text)) for d in dates
                )
                # (nor after a time of the sentence's own: "first met in Washington in July, and again in
                # Oxfordshire a week later")
                and not any(d.end < sequence[0].start for d in dates)
            ):
                # "A day later, ...", "La veille, ...": counted from the article's previous meeting
                shift = int(sequence[0].target)
                # "Jaishankar received a call on Wednesday, a day after he had himself dialled X": the meeting inside
                # the time relation is the earlier event
                first = sequence[0]
                if (
                    shift > 0
                    and self.sentence_of(sent.start).start < sent.start  # (a clause cut off a sentence, not "Накануне")
                    and not sent.text[: first.start].strip(" ,;")
                    and first.end <= trigger.start
                    and "," not in sent.text[first.end : trigger.start]
                    and any(h.start == first.start for h in lang.time_relations.find(sent.text))
                ):
                    shift = -shift
                date: DateMention | None = _shifted(earlier, shift)
                dates = [date] if date else []
            # no date in the sentence: a series of meetings ("Sugiono then met ...") shares the previous one's
            # date; the first meetings of the article take the date of the lead ("on Monday")
            # (also later in the article, for the lead's protagonist: "ISTANBUL: Dar on Saturday asked ... On
            # the sidelines, Dar met ...")
            borrow = lead_dates and not planned and (position < 3 or bool(set(idxs) & lead_people))
            if (
                borrow
                and dated_before
                and earlier
                and earlier.date
                and self.sentence_of(dated_before.sentence.start) is not own
                and not sequence
                and lead_dates[0].date
                and lead_dates[0].precision == "day"
                and (lead_dates[0].date - earlier.date).days > 7
            ):
                # "He spoke highly of his telephone conversation with Lâm on January 24 ... Following the Kremlin
                # meeting, the minister held talks with Lavrov": the lead's people go on on the lead's day, not on
                # the day of a meeting weeks before it that the article recalled in between
                earlier = lead_dates[0]
            # (not one in the possessive: "as this year's Asean chairman")
            told_periods = sent.text
            for said in written:
                if self._possessive_date(sent.text, said):
                    told_periods = told_periods[: said.start] + " " * (said.end - said.start) + told_periods[said.end :]
            if not dates and names_period(told_periods, lang):
                # "Pekan lalu, Emir Qatar ... terbang ke Damaskus": a week that straddles two months dates nothing,
                # and the sentence's meeting is not of the day of the meeting before either
                earlier, borrow = None, False
            elsewhere = own_place is not None and not (
                drafts and drafts[-1].place and drafts[-1].place.id == own_place.id
            )
            if not dates and elsewhere and lang.previous.find(sent.text):
                # "The two men had met only briefly before, on the sidelines of ... in Lima": an earlier meeting
                # somewhere else, not of the day of the one before nor of the lead's (but "where the two leaders
                # first met one-on-one", at the place of the meeting before, is of its day)
                earlier, borrow = None, False
            if came_from is not None and not same_day:
                # "The Emir had arrived on Tuesday afternoon ... He flew in from Dhaka, where he had held talks with
                # X": the stop before the arrival, not of the arrival's day ("had arrived in Doha on Tuesday evening,
                # coming from Kuwait, where ...": nor of the day the sentence gives the arrival, unless the clause says
                # "earlier in the day")
                dates = [d for d in dates if d.start > came_from]
                if not dates:
                    earlier, borrow = None, False
            if not dates and self._during_the_visit(sent):
                # "Au cours de la visite, A et B ont également reçu ... le chef du gouvernement japonais": some day
                # of the visit, not the day of the meeting before
                earlier, borrow = None, False
            date = dates[0] if dates else (earlier if earlier and not planned else lead_dates[0] if borrow else None)
            if date is not None and date.ranged:
                date = None  # "tenue les 19 et 20 décembre": either day, so no day
            # the second clause of a cut sentence that tells neither day nor place is of the first clause's ("...
            # visit to the Philippines on May 18-20, where she held talks with A and paid a courtesy call on B")
            prior = drafts[-1] if drafts and self.sentence_of(drafts[-1].sentence.start) is own else None
            inherit = prior is not None and prior.sentence is not sent and not dates and not sequence and told is None
            if inherit and prior is not None:
                date = prior.date
            item = next(((offset, d) for offset, d in reversed(item_dates) if offset < sent.start), None)
            if not dates and not planned and item is not None and not sequence and told is None:
                # a page of several dated items ("11 ноября 2025 года, 19:25" over a readout): a meeting of an
                # item whose own sentences date nothing is of the item's date, not of the item before
                # (not a meeting of another time the item recalls: "... le premier depuis celui réuni à Paris en mars
                # 2023 avec Rishi Sunak")
                same_item = [
                    d
                    for d in drafts
                    if d.date and d.sentence.start > item[0] and d.date.precision == "day" and not d.previous
                ]
                date = same_item[-1].date if same_item else item[1]
            if kind == "in_person" and place is None and sequence and int(sequence[0].target) < 0 and position:
                place = self._came_from(body[position - 1])  # "arrived in B from A. A day earlier he had met X"
            if kind == "in_person" and (place is None or country_only):
                # "... his first visit to China": the city the traveller arrived in, rather than the dateline's
                arrived = self._arrival_place(position, trigger, idxs, date)
                if arrived and (place is None or arrived.country_code == place.country_code):
                    place = arrived
            if inherit and prior is not None and place is None and kind == "in_person" and prior.kind == "in_person":
                place = prior.place
            if date is not None and date.date and self.published and date.date > self.published:
                planned = True  # a day after the article's: to come, whatever the verb's tense
            elif (
                planned
                and dates
                and date is dates[0]
                and date.precision == "day"
                and date.date
                and self.published
                and date.date < self.published
                and all(trigger.start - p.end > 60 for p in lang.planned.find(sent.text) if p.start <= trigger.end)
            ):
                # "Undangan untuk menghadiri perayaan itu disampaikan ... saat keduanya bertemu ... pada 21 Agustus
                # 2024": a day before the article's, and the planning word far from the meeting word is another's
                planned = False
            # the second clause of a cut sentence ("... puis avec B") is dated as its first clause was
            explicit = bool(dates) or (
                (sent.start, sent.end) in self.clause_subjects
                and bool(drafts)
                and drafts[-1].date is date
                and drafts[-1].date_explicit
            )
            host = self._host(sent)
            if planned:
                self._planned_meeting(kind, idxs, place, date, sent)
                continue
            # "Fidan held separate meetings with A, B and C": the first named meets each of the others
            # (so does one who received "phone calls from A and from B": a call each)
            plural = kind != "in_person" and trigger.text.split()[-1].casefold() in lang.plural_calls
            separate = found.each or (
                len(idxs) > 2
                and (bool(lang.separate.find(sent.text)) or plural)
                and not self._joint(position)
                and not self._hosted_counterparts(sent, trigger)
            )
            # (those who attended attend each: "des entretiens avec X et Y, en présence de Z"; "... in separate
            # meetings. X and Y attended both meetings.")
            present = self._attendees_in(sent, trigger)
            present += [i for i in self.attended_after.get((sent.start, sent.end), []) if i not in present]
            sides = [i for i in idxs if i not in present]
            groups = [idxs]
            if separate and len(sides) > 1:
                groups = [[sides[0], other, *present] for other in sides[1:]]
            if separate and not found.each and (hits := lang.separate.find(sent.text)):
                # "The Saudi minister, who ... was met by A at the airport, later held separate meetings with B, C
                # and D": the others are those named after the word that makes them separate; "A dan B ... berbicara
                # secara terpisah melalui telepon dengan Trump": each of those before it with the one after it
                cut = sent.start + hits[0].start
                after = {m.entity for m in self.resolver.in_span(cut, sent.end)}
                before, others = [i for i in sides if i not in after], [i for i in sides if i in after]
                # ("received A in Gabala and, separately, B": the word joins B to A, both received)
                # (or "met B, then C": each after a comma)
                joined_on = re.search(rf"(?:\b{CONJUNCTION}\s*,?|,)\s*$", sent.text[: hits[0].start], re.IGNORECASE)
                if len(before) >= 2 and len(others) == 1 and self._joined(sent, before):
                    groups = [[i, others[0], *present] for i in before]
                elif joined_on and others and sides[0] not in others:
                    groups = [[sides[0], other, *present] for other in sides[1:]]
                elif others and sides[0] not in others:
                    groups = [[sides[0], other, *present] for other in others]
            # ("Саммиту предшествовали две двусторонние встречи Путина. Сначала он побеседовал с A, а затем принял B")
            whole = self.sentences.index(self.sentence_of(sent.start))
            announcer = self.sentences[whole - 1] if whole else None
            announced = (
                announcer is not None
                # (a bilateral word, not the sidelines one: "Встречи прошли на полях заседания")
                and any(
                    not any(s.start <= h.start < s.end for s in lang.sidelines.find(announcer.text))
                    for h in lang.bilateral.find(announcer.text)
                )
                and not any(self.sentence_of(d.sentence.start) is announcer and not d.inferred for d in drafts)
            )
            places = [place] * len(groups)
            apart = self._own_places(sent, trigger, sides) if kind == "in_person" else []
            if apart:
                # "he has held talks with Olaf Scholz in Berlin and Emmanuel Macron in Paris": one meeting each
                groups = [[subject, other, *present] for subject, other, _ in apart]
                places = [where for _, _, where in apart]
                separate = True
            confidence = 0.8 if separate else 0.7 if inferred else 0.9
            # "С начала года они трижды говорили по телефону — в марте, мае и июне": one meeting in each month listed
            months = listed_months(sent.text, date, lang) if dates and date is dates[0] else []
            items = [
                (group, where, when) for when in [date, *months] for group, where in zip(groups, places, strict=True)
            ]
            stops = (
                self._listed_stops(sent, trigger, dates, exclude) if len(groups) == 1 and kind == "in_person" else []
            )
            if stops:
                # "had met X in Tokyo on Aug. 23 and in Busan on Sept. 30": one meeting at each place on its day
                items = [(groups[0], where, when) for where, when in stops]
            for group, where, when in items:
                drafts.append(
                    _Draft(
                        kind,
                        group,
                        inferred,
                        sent,
                        trigger,
                        host,
                        where,
                        when,
                        occasion,
                        sidelines,
                        confidence,
                        explicit,
                        recalled=any(h.start <= 3 for h in lang.background.find(sent.text)),
                        previous=bool(lang.previous.find(sent.text)),
                        announced=announced,
                    )
                )
        self._respectively(drafts)
        merged = _merge(drafts, lang, [e.country_code for e in self.entities])
        headline = [s for s in self.sentences if s.header]
        _inherit_venues(merged, body[:3] + headline, lang, cat, self.dateline, self._home_countries)
        self._host_seats(merged)
        # officials of one country among themselves hold no diplomatic meeting, at home ("Airlangga ... usai menghadap
        # Prabowo di Istana, Jakarta") or abroad ("Lai didampingi Menteri X" at a dinner in Honolulu) (countries as
        # the article states them, before any is guessed)
        merged = [d for d in merged if not _domestic(d, self.entities, self.titles)]
        # (by the countries the article states — its participants', its protagonists' — before any is guessed
        # from the venue)
        leads = {c for i in self.main_persons[:2] if (c := self.entities[i].country_code)}
        for d in merged:
            if d.place is not None:
                stated = {c for i in d.person_idx if (c := self.entities[i].country_code)}
                d.place = relocated(d.place, stated | leads, cat)
        _host_countries(merged, self.entities, self.dateline)
        self._counterpart_titles(merged)
        return [_finish(d, self.entities, self.titles, self.prov) for d in merged]

    def _respectively(self, drafts: list[_Draft]) -> None:
        """ "une tournée qui a conduit X samedi à Bamako et dimanche à Niamey, où il a été reçu respectivement par A et
        par B": the meetings of a sentence with a respectively-word, one per counterpart in the order named, take the
        places named before the word in that order, each with the day told right before it."""
        for sent in {id(d.sentence): d.sentence for d in drafts}.values():
            words = self.lang.respectively.find(sent.text)
            own = [d for d in drafts if d.sentence is sent]
            if not words or len(own) < 2:
                continue
            common = set.intersection(*(set(d.person_idx) for d in own))
            firsts = []
            for d in own:
                others = [
                    m.start
                    for m in self.resolver.in_span(sent.start, sent.end)
                    if m.entity in set(d.person_idx) - common
                ]
                firsts.append(min(others, default=-1))
            # (the places: capitalised words right after a venue preposition, each read in its own stretch of text)
            text = sent.text[: words[0].start]
            starts = [
                m.start()
                for m in re.finditer(r"(?<![\w'’-])[^\W\d_][\w'’.-]*", text)
                if m.group(0)[0].isupper() and preposition_before(text, m.start(), self.lang, 1)
            ]
            bounds = [0, *starts[1:], len(text)]
            places = [self._venue(text[a:b], sent.start + a, []) for a, b in itertools.pairwise(bounds)]
            if -1 in firsts or len(set(firsts)) != len(own) or len(starts) != len(own) or None in places:
                continue
            days = [d for d in self._dates_in(sent) if d.date is not None and d.end <= words[0].start]
            ordered = [d for _, d in sorted(zip(firsts, own, strict=True), key=lambda x: x[0])]
            for d, place, start, previous in zip(ordered, places, starts, bounds, strict=False):
                d.place = place
                day = [m for m in days if previous <= m.start < start]
                if day:
                    d.date, d.date_explicit = day[-1], True

    def _other_day_before(self, position: int, last: _Draft) -> bool:
        """ "Les dirigeants ont suivi les recommandations formulées une semaine plus tôt, le 6 mars, par la troïka
        ... Cette réunion, elle aussi en ligne, s'était tenue sous la présidence de X, en présence de A et de B":
        "this meeting" is the other day's the sentence right before tells, not the last meeting, when the
        sentence names two people at least."""
        if position == 0 or last.date is None:
            return False
        told = self._day_told_before(position, last.sentence.end, 1)
        # (the day first: naming the sentence's people costs more, and most sentences tell no other day)
        return told is not None and told.date != last.date.date and len(set(self._named_in(self.body[position]))) >= 2

    def _day_told_before(self, position: int, after: int, reach: int = 2) -> DateMention | None:
        """The (last) day one of the `reach` sentences before the body's `position` tells (the nearer first), when
        that sentence starts past `after` (the previous meeting's sentence). (Only a day opening that sentence was
        measured too: better on held-out 8 and 10, worse on the development set, batches q and r and held-out 6.)"""
        for prev in reversed(self.body[max(0, position - reach) : position]):
            if prev.start < after:
                return None
            if self.lang.previous.find(prev.text):
                continue  # (nor of a meeting it recalls: "He recalled that the delegations had last met in Berlin ...")
            # (not another event's, in a time clause: "The visit came less than a week after X was killed ...,
            # hours after he had attended the swearing-in on July 30.")
            other = _time_clauses(prev, self.lang)
            days = [
                d
                for d in self._dates_in(prev)
                if d.date
                and d.precision == "day"
                and not d.ranged
                and not any(a <= prev.start + d.start < b for a, b in other)
                and not _attributive(prev.text, d)
            ]
            if days:
                return days[-1]
        return None

    def _sentence_place(
        self,
        sent: Sentence,
        trigger: Hit,
        exclude: list[tuple[int, int]],
        occ_span: tuple[int, int] | None,
        before_where: Sentence | None,
        drafts: list[_Draft],
    ) -> r.Place | None:
        """Where the sentence's meeting in person is, by what the sentence itself says, the most telling first:
        a venue after the meeting word or before it; a city among the opening adverbials; "here" (the
        dateline); a city in the occasion's name; where a where-clause's lead-in says; for the second clause of
        a cut sentence, where the first clause was. None when it says nothing of the place."""
        lang, cat = self.lang, self.cat
        place = (
            destination(sent.text, lang, cat, trigger)
            or self._venue(sent.text, sent.start, exclude, trigger.start)
            or self._opening_place(sent, exclude)
        )
        here = lang.here.find(sent.text)
        if place is None and here:
            place = self.dateline
            # "in the capital", datelined LOBITO, Angola: Luanda, not the dateline city
            if place is not None and any(lang.capital_words.find(h.text) for h in here):
                place = (capital_place(self.cat, place.country_code) if place.country_code else None) or place
        if place is None and occ_span:
            # "on the margins of the Munich Security Conference", "на полях Минской конференции"
            place = _place_named_in(self.text[occ_span[0] : occ_span[1]], lang, cat)
            # ... or right after it, however far from the meeting word: "bertemu A dan B dalam Pertemuan Menteri
            # Pertahanan Trilateral perdana di Port Moresby"
            after = self.text[occ_span[1] : min(sent.end, occ_span[1] + 60)]
            if place is None and re.match(r"\s*,?\s*\w", after):
                place = self._venue(after, occ_span[1], exclude)
        if place is None:
            # "co-chaired the Sharm El-Sheikh Summit for Peace": a city that names the summit the sentence tells
            named = [
                h
                for h in cat.place_names.find(sent.text)
                if any(m.start <= 1 for m in lang.multilateral.find(sent.text[h.end : h.end + 30]))
                and cat.places[h.target].get("kind") != "venue"
            ]
            place = place_from_hit(cat, named[0]) if named else None
        if place is None and before_where is not None:
            place = self._venue(before_where.text, before_where.start, exclude)
        if place is None:
            place = self._visit_where(sent, trigger)
        if place is None and (sent.start, sent.end) in self.clause_triggers and drafts:
            place = drafts[-1].place  # "En Beijing dialogó con A, y con B"
        return place

    def _came_from(self, sent: Sentence) -> r.Place | None:
        """The city a sentence telling an arrival says the traveller came from ("arrived in Addis Ababa from
        Amman")."""
        if not self.lang.arrival.find(sent.text):
            return None
        for hit in self.lang.from_words.find(sent.text):
            places = [h for h in self.cat.place_names.find(sent.text[hit.end :]) if h.start <= 2]
            if places and self.cat.places[places[0].target].get("kind") != "venue":
                return place_from_hit(self.cat, places[0])
        return None

    def _year_before_when(self, sent: Sentence, trigger: Hit) -> list[DateMention]:
        """A year named alone right before a when-clause, that the meeting word is in ("Albanese's last trip across
        the Tasman was in 2023, when he met X") or shortly precedes ("напомнил о первой встрече с ним в 2023 году,
        когда Траоре приезжал"): that year (a year alone is read nowhere else)."""
        found = []
        # (after a preposition of time, "in 2023", "в 2023 году": not an event's name, "la Copa del Mundo 2026")
        prefixes = {p.casefold() for p in self.lang.month_prefixes}
        for m in re.finditer(r"(?<![\w-])((?:19|20)\d\d)(?:\s+(?:году|года|г\.))?(?![\w-])", sent.text):
            year = int(m.group(1))
            before = re.findall(r"[\w-]+", sent.text[max(0, m.start() - 20) : m.start()].casefold())[-1:]
            if (self.published is not None and year > self.published.year) or not set(before) & prefixes:
                continue
            inside = m.end() <= trigger.start and self._when_clause(sent.text, m.end(), trigger.start)
            after = 0 <= m.start() - trigger.end <= 40 and self._when_clause(sent.text, m.end(), len(sent.text))
            if inside or after:
                found.append(DateMention(m.start(), m.end(), m.group(0), dt.date(year, 1, 1), "year"))
        return found

    def _when_clause(self, text: str, end: int, at: int) -> bool:
        """Whether a when-clause opens right after `end` ("..., when") and runs on to `at` with no other
        sentence-level break."""
        opener = re.match(r"\s*,\s*(\w+'?)", text[end:at])
        if opener is None or opener.group(1).casefold() not in self.lang.when_words:
            return False
        return not re.search(r"[;:]", text[end:at])

    def _visit_where(self, sent: Sentence, trigger: Hit) -> r.Place | None:
        """ "the Foreign Minister paid an official visit to the Republic of the Philippines on May 18-20, where she
        held talks with X": a meeting word in a where-clause after a visit is where the visit went."""
        lead = sent.text[: trigger.start]
        where = [m for m in re.finditer(r",\s*(\w+(?:\s+\w+)?)", lead) if opens_where_clause(m.group(1), self.lang)]
        if not where or self.resolver.in_span(sent.start + where[-1].end(), sent.start + trigger.start):
            return None
        visits = [h for h in self.lang.visit_triggers.find(lead[: where[-1].start()])]
        if not visits:
            return None
        head = Sentence(sent.start, sent.start + where[-1].start(), lead[: where[-1].start()], sent.header)
        return self._visited(head, visits[-1])

    def _origin(self, sent: Sentence, where: int) -> r.Place | None:
        """ "coming from the State of Kuwait, where he had held talks": the place the departure word before the
        where-clause (opening at `where` in the sentence) names."""
        origin = self._departed_from(sent.text[max(0, where - 60) : where]) or ""
        country = next(iter(self.cat.country_names.find(origin)), None)
        return _place_named_in(origin, self.lang, self.cat) or (
            country_place(self.cat, str(country.target)) if country else None
        )

    def _possessive_date(self, text: str, d: DateMention) -> bool:
        """ "this year's Asean chairman": a time in the possessive before a noun that is no meeting word ("Friday's
        talks" is)."""
        after = re.match(r"['’]s\s+((?:\S+\s+){0,2}\S+)", text[d.end :])
        return after is not None and not (
            self.lang.triggers.find(after.group(1)) or self.lang.meeting_reference.find(after.group(1))
        )

    def _came_from_where(self, sent: Sentence, trigger: Hit) -> int | None:
        """Where the where-clause opens (in the sentence) when the meeting word is in one of the place a departure
        word names ("He flew in from Dhaka, where he had held talks with X", "llegó procedente de Tirana, donde
        participó en ..."), else None."""
        head = sent.text[: trigger.start]
        opening = [
            m.start() for m in re.finditer(r",\s*(\w+(?:\s+\w+)?)", head) if opens_where_clause(m.group(1), self.lang)
        ]
        # (a where-clause still open at the meeting word: not "procedente de Colombia, donde asistió a una cumbre,
        # fue recibido en Santa Cruz")
        if not opening or "," in head[opening[-1] + 1 :]:
            return None
        origin = self._departed_from(head[max(0, opening[-1] - 60) : opening[-1]])
        if origin is None:
            return None
        # (the one place named after the departure word: not "flew from Tehran to Baku, where X received him")
        named = self.cat.place_names.find(origin) + self.cat.country_names.find(origin)
        return opening[-1] if len(named) <= 1 else None

    def _departed_from(self, lead_in: str) -> str | None:
        """What `lead_in` says after its last departure word ("He flew in from| Dhaka"), None when it has none."""
        low = lead_in.casefold()
        cuts = [low.rfind(w) + len(w) for w in self.lang.departure_words if w in low]
        return lead_in[max(cuts) :] if cuts else None

    def _during_the_visit(self, sent: Sentence) -> bool:
        """A sentence that opens on the visit as its occasion ("Au cours de la visite,", "During the visit,")."""
        return any(h.start <= 3 for h in self.lang.visit_occasions.find(sent.text))

    def _hosted_counterparts(self, sent: Sentence, trigger: Hit) -> bool:
        """ "Diop a accueilli ses homologues burkinabè, A, et nigérien, B": a host's counterparts, told only as
        such, came to one meeting (the plural counterparts are all that would make the meetings separate)."""
        lang = self.lang
        if not any(h.start == trigger.start for h in lang.host_triggers.find(sent.text)):
            return False
        counterparts = lang.counterpart.find(sent.text)
        return all(
            any(h.start <= c.start and c.end <= h.end for c in counterparts) for h in lang.separate.find(sent.text)
        )

    def _joint(self, position: int) -> bool:
        """A meeting of three or more its sentence calls one ("a trilateral meeting", "the three ministers"), or
        a sentence next to it does when its own says nothing of separate meetings ("... as they met for their
        annual trilateral summit. X travelled to Riga to meet his counterparts, A and B. The three discussed
        ...")."""
        sent, lang = self.body[position], self.lang
        # (not the format of a gathering those met came to attend, after the word that makes the meetings separate:
        # "sendos encuentros con A y B, que se encuentran en la capital para participar en la reunión multilateral")
        apart = [h.start for h in lang.separate.find(sent.text)]
        named = [m.end - sent.start for m in self.resolver.in_span(sent.start, sent.end)]
        last = max(named, default=len(sent.text))
        attending = [h.end for h in lang.attendance.find(sent.text) + lang.purpose.find(sent.text)]
        if any(
            not (any(a < h.start for a in apart) and h.start > last and any(0 <= h.start - e <= 40 for e in attending))
            for h in lang.formats.find(sent.text)
        ):
            return True
        if lang.bilateral.find(sent.text):
            return False
        near = self.body[max(0, position - 1) : position] + self.body[position + 1 : position + 2]
        return any(lang.formats.find(s.text) for s in near)

    def _own_places(self, sent: Sentence, trigger: Hit, sides: list[int]) -> list[tuple[int, int, r.Place]]:
        """ "he has also held talks with Olaf Scholz in Berlin and Emmanuel Macron in Paris": counterparts named
        after the meeting word, each followed at once by a place of its own (two or more, not all in one place),
        each met by the subject (named before the meeting word, else the one a pronoun stands for)."""
        found: dict[int, r.Place] = {}
        for m in self.resolver.in_span(sent.start + trigger.end, sent.end):
            if m.entity not in sides or m.entity in found:
                continue
            prep = re.match(r"\s+(\w+)\s+", self.text[m.end : sent.end])
            if not prep or prep.group(1).casefold() not in self.lang.venue_prepositions:
                continue
            rest = self.text[m.end + prep.end() : m.end + prep.end() + 40]
            hits = [h for h in self.cat.place_names.find(rest) if h.start == 0]
            if hits:
                found[m.entity] = place_from_hit(self.cat, hits[0])
        if len(found) < 2 or len({p.city for p in found.values()}) < 2:
            return []
        subject = [i for i in sides if i not in found]
        if not subject:
            other = self._titled_subject(sent, trigger, next(iter(found)), pronoun_only=True)
            subject = [other] if other is not None and other not in found else []
        return [(subject[0], who, where) for who, where in found.items()] if subject else []

    def _listed_stops(
        self, sent: Sentence, trigger: Hit, dates: list[DateMention], exclude: list[tuple[int, int]]
    ) -> list[tuple[r.Place, DateMention]]:
        """ "Lee had met X in Tokyo on Aug. 23 and in Busan on Sept. 30": the places and days a list after the
        meeting word pairs (each day after its own place, the items joined by a comma or a conjunction); empty
        unless two or more places."""
        later = [d for d in dates if d.start >= trigger.end and d.date and not d.ranged]
        stops: list[tuple[r.Place, DateMention]] = []
        start = trigger.end
        for i, d in enumerate(later):
            if i and not re.fullmatch(rf"\s*(?:,|,?\s*{CONJUNCTION})\s+\S.{{0,30}}", sent.text[start : d.start]):
                return []
            place = self._venue(sent.text[start : d.start], sent.start + start, exclude)
            if place is None or not place.city:
                return []
            stops.append((place, d))
            start = d.end
        return stops if len({p.id for p, _ in stops}) >= 2 else []

    def _dates_in(self, sent: Sentence, future: bool = False) -> list[DateMention]:
        """The sentence's dates but those of a source it names ("Selon un communiqué publié hier, ...")."""
        sources = _source_spans(sent.text, self.lang)
        found = find_dates(sent.text, self.lang, self.published, future=future)
        return [d for d in found if not any(a <= d.start < b for a, b in sources)]

    def _arrival_place(
        self, position: int, trigger: Hit, people: list[int], date: DateMention | None
    ) -> r.Place | None:
        """ "The EAM reached Beijing on Sunday evening. On Monday, he called on ...": a meeting that names no
        venue is where its traveller arrived in one of the two sentences before (or earlier in its own), when
        the arrival names none of the meeting's people or one of them, within three days of the meeting."""
        sent = self.body[position]
        earlier = [(s, len(s.text)) for s in reversed(self.body[max(0, position - 2) : position])]
        for s, limit in [(sent, trigger.start), *earlier]:
            arrivals = [h for h in self.lang.arrival.find(s.text) if h.end <= limit]
            named = self._named_in(s)
            if not arrivals or (named and not set(named) & set(people)):
                continue
            days = [d for d in find_dates(s.text, self.lang, self.published) if d.date and d.precision == "day"]
            if date is not None and date.date and days and _days_apart(days[0], date) > 3:
                continue
            places = [h for h in self.cat.place_names.find(s.text) if 0 <= h.start - arrivals[0].end <= 5]
            if places:
                return place_from_hit(self.cat, places[0])
        return None

    def _host_seats(self, drafts: list[_Draft]) -> None:
        """ "Ce lundi, Bourita a reçu son homologue kényan au siège du ministère": a meeting in person that nothing
        places but a government building after a venue preposition is in the capital of its host's country."""
        for d in drafts:
            # (or only a country: "visita de Estado a Chile ... fue recibido por el presidente Boric en La Moneda")
            if d.kind != "in_person" or (d.place is not None and d.place.city):
                continue
            host = d.host_idx
            # (the lead tells the day's programme: not for a meeting of another day, "at their retreat in June")
            today = d.date is None or (d.date.date is not None and d.date.date == self.published)
            if host is None and today:
                # (or the one participant a lead sentence with such a building names: "Le Président X a consacré la
                # matinée à une série d'audiences au Palais de la République")
                named_there = {
                    m.entity
                    for s in self.body[:3]
                    if self.cat.generic_venues.find(s.text)
                    for m in self.resolver.in_span(s.start, s.end)
                    if m.entity in d.person_idx
                }
                host = named_there.pop() if len(named_there) == 1 else None
            text = d.sentence.text
            if host is None and today and d.place is None:
                # (or the subject of a sentence that names a seat, of a country no other side is of: "Bourita s'est
                # entretenu ce lundi avec le Premier ministre kényan, X, au siège du ministère")
                seated = [h for h in self.lang.seat_nouns.find(text) if preposition_before(text, h.start, self.lang, 3)]
                first = min(
                    (m for m in self.resolver.in_span(d.sentence.start, d.sentence.end) if m.entity in d.person_idx),
                    key=lambda m: m.start,
                    default=None,
                )
                own = self.entities[first.entity].country_code if first else None
                others = {self.entities[i].country_code for i in d.person_idx if first and i != first.entity}
                if seated and first is not None and own is not None and own not in others and None not in others:
                    host = first.entity
            if host is None and d.place is not None and d.place.country_code:
                # (or the country the meeting is placed in already: "El lunes, en su último acto oficial en Palacio
                # Nacional, López Obrador ofreció una comida a los presidentes ...", placed in Mexico)
                inside = [
                    dataclasses.replace(h, target=pid)
                    for h in self.cat.generic_venues.find(text)
                    if preposition_before(text, h.start, self.lang, 2)
                    for pid in h.target
                    if self.cat.places[pid].get("country") == d.place.country_code
                ]
                if inside:
                    d.place, d.confidence = place_from_hit(self.cat, inside[0]), min(d.confidence, 0.7)
                continue
            if host is None:
                continue
            code = self.entities[host].country_code
            if d.place is not None and d.place.country_code != code:
                continue
            # "recibió en Palacio Nacional", "hosted him at State House": the host country's building of that name
            # — in the sentence, or in a lead sentence that names the host ("Le Président ... a consacré la matinée à
            # une série d'audiences au Palais de la République. Le Chef de l'État a d'abord reçu X")
            leads = [
                s
                for s in self.body[:3]
                if today
                and s is not d.sentence
                and any(m.entity == host for m in self.resolver.in_span(s.start, s.end))
            ]
            named = [
                dataclasses.replace(h, target=pid)
                for sent in [d.sentence, *leads]
                for h in self.cat.generic_venues.find(sent.text)
                if preposition_before(sent.text, h.start, self.lang, 2)
                for pid in h.target
                if self.cat.places[pid].get("country") == code
            ]
            if named:
                d.place, d.confidence = place_from_hit(self.cat, named[0]), min(d.confidence, 0.7)
                continue
            seats = [h for h in self.lang.seat_nouns.find(text) if preposition_before(text, h.start, self.lang, 3)]
            capital = capital_place(self.cat, code) if seats and code else None
            if capital is not None:
                d.place, d.confidence = capital, min(d.confidence, 0.6)

    def _right_after(self, sent: Sentence, trigger: Hit) -> list[Mention]:
        """The people named within 90 characters after the trigger, before any other meeting word ("Встреча
        также была посвящена подготовке трехсторонней встречи глав государств ...": another meeting)."""
        others = [h.start for h in self.lang.triggers.find(sent.text) if h.start >= trigger.end]
        end = min([trigger.end + 90, *others])
        return self.resolver.in_span(sent.start + trigger.end, sent.start + end)

    def _counterpart_titles(self, drafts: list[_Draft]) -> None:
        """ "Abdelatty held talks with his Saudi counterpart Faisal bin Farhan": a participant introduced as
        the other's counterpart, with no title of their own, holds the same office in their own country."""
        for d in drafts:
            titled = [i for i in d.person_idx if self.titles.get(i)]
            if not titled:
                continue
            for i in d.person_idx:
                if self.titles.get(i):
                    continue
                mention = next(
                    (
                        m
                        for m in self.resolver.mentions
                        if m.entity == i
                        and any(
                            0 <= m.start - (d.sentence.start + h.end) <= 45
                            for h in self.lang.counterpart.find(d.sentence.text)
                        )
                    ),
                    None,
                )
                if mention is None:
                    continue
                model, _ = self.titles[titled[0]][0]
                code = self.entities[i].country_code
                country = self.cat.countries.get(code, {}).get("name") if code else None
                english = _office_of(model.canonical, country)
                self.titles[i] = [
                    (
                        Title(mention.start, mention.start, model.canonical, english, model.canonical, code, 0.6),
                        d.sentence,
                    )
                ]

    def _joins_previous(self, sent: Sentence, trigger: Hit, drafts: list[_Draft]) -> bool:
        """ "In that meeting, Sugiono was accompanied by Deputy Minister X", "En el encuentro participó también
        X": a sentence that opens on the meeting just reported and names who else attended adds them to it
        instead of reporting another."""
        refs = self.lang.meeting_reference.find(sent.text)
        if self._gathered_by_reference(sent, trigger, refs, drafts):
            return True
        # ... or whose meeting word is the reference itself ("Menlu Sugiono turut mendampingi Prabowo dalam
        # pertemuan tersebut")
        # (an attendance word near the meeting word: not "..., где Президент России принял участие в форуме")
        # (nor one past a comma after which a time of its own is told: "1 апреля он был принят Путиным в Кремле, а
        # в мае присутствовал на Параде" — not "..., sementara Vietnam diwakili oleh X")
        commas = [m.start() for m in re.finditer(",", sent.text)]
        attendance = [
            h
            for h in self.lang.attendance.find(sent.text)
            if abs(h.start - trigger.start) <= 80
            and not any(
                trigger.start < c < h.start and find_dates(sent.text[c : h.start], self.lang, self.published)
                for c in commas
            )
            # (nor one whose last word, a preposition, is the meeting word's first: "avait présidé par visioconférence
            # la session")
            and not (h.start < trigger.start < h.end < trigger.end and len(sent.text[trigger.start : h.end]) <= 4)
        ]
        # ... or is the object of the attendance word ("A, B and C attended the delegation-level talks")
        opening = (
            trigger.start <= 15
            or any(h.start <= 25 or h.start <= trigger.start < h.end for h in refs)
            or any(h.start < trigger.start < h.end for h in attendance)  # (not "co-chaired by A and B")
        )
        if not opening or not drafts or not attendance:
            return False
        # ("принял участие в трехсторонней встрече с X и Y": taking part in a meeting with someone no meeting
        # had yet — not "accompanied by A and B", who are new to it)
        if all(h.end <= trigger.start for h in attendance) and any(
            all(m.entity not in d.person_idx for d in drafts) for m in self._right_after(sent, trigger)
        ):
            return False
        named = self._attending(sent, attendance)
        if not named:
            return False
        # "Erdogan first received A and B in separate meetings. X, Y and Z attended both meetings.": every meeting
        # of the sentence before, when the attendance counts them
        for d in self._counted_meetings(sent.text[max(0, trigger.start - 15) : trigger.start], drafts):
            d.person_idx += [i for i in named if i not in d.person_idx]
            d.inferred = False  # named people attended it: no longer a meeting with a guessed side
        return True

    def _counted_meetings(self, words: str, drafts: list[_Draft]) -> list[_Draft]:
        """The meetings the sentence of the last one reported, when `words` count them ("both", "the two"); else
        the last one."""
        siblings = [d for d in drafts if d.sentence == drafts[-1].sentence]
        counted = [
            self.lang.number_words[w] for w in re.findall(r"\w+", words.casefold()) if w in self.lang.number_words
        ]
        return siblings if counted and counted[-1] == len(siblings) else drafts[-1:]

    def _gathered_by_reference(self, sent: Sentence, trigger: Hit, refs: list[Hit], drafts: list[_Draft]) -> bool:
        """ "Outre le chef de l'Etat sénégalais, la rencontre a réuni les présidents A, B et C": the meeting just
        reported, as the subject of the meeting word (at the sentence's opening or after an opening clause),
        gathered the people the sentence names — they join it."""
        if not drafts or drafts[-1].kind != trigger.target or sent.start - drafts[-1].sentence.end > 400:
            return False
        # (a meeting word, its verb, right after it: not "Lors de la rencontre, ...", "El encuentro con Fiala")
        verbs = [t.start for t in self.lang.triggers.find(sent.text)]
        subject = [
            h
            for h in refs
            if h.start <= trigger.start <= h.end + 3
            and any(h.end <= v <= h.end + 3 for v in verbs)
            and sent.text[: h.start].rstrip()[-1:] in ("", ",")
        ]
        named = self._named_in(sent)
        if not subject or not named:
            return False
        last = drafts[-1]
        last.person_idx += [i for i in named if i not in last.person_idx]
        last.inferred = False
        return True

    def _pronoun_object(self, position: int, trigger: Hit) -> list[int]:
        """ "... приезду в Москву президента Сирии X. В среду Y принял его в Кремле, и это был первый контакт после
        свержения режима Z": an object pronoun right after the meeting word (and before a place, a time or a
        comma) is the one person the sentence before names other than the subject, not whom the sentence names
        past the next comma; the subject and that person. Empty when the sentence does not read so."""
        sent = self.body[position]
        after = re.match(r"\s*(\w+)\s*(\w+|[^\w\s])?", sent.text[trigger.end :])
        # (or a clitic right before it: "el Papa León XIV le concedió su primera audiencia")
        clitic = re.findall(r"\w+", sent.text[max(0, trigger.start - 12) : trigger.start])[-1:]
        if position and clitic and clitic[0] in self.lang.object_pronouns and self.lang.subject_optional:
            # (whom it stands for: the article's protagonist, the one a pronoun-dropping text leaves unnamed)
            subject = _distinct(m.entity for m in self.resolver.in_span(sent.start, sent.start + trigger.start))
            lead = self.main_persons[0] if self.main_persons else None
            if (
                len(subject) == 1
                and lead not in (None, subject[0])
                and not self.resolver.in_span(sent.start + trigger.end, sent.end)
            ):
                return [subject[0], lead]
        if not position or after is None or after.group(1).casefold() not in self.lang.object_pronouns:
            return []
        if (sent.start, sent.end) in self.clause_objects or (sent.start, sent.end) in self.clause_subjects:
            return []  # "A called on B, while C received him": the clause rules say whom
        follower = (after.group(2) or ".").casefold()
        if follower.isalnum() and follower not in self.lang.venue_prepositions:
            return []  # "a reçu le président X": an article, no pronoun
        comma = sent.text.find(",", trigger.end)
        end = sent.start + (comma if comma >= 0 else len(sent.text))
        subject = _distinct(m.entity for m in self.resolver.in_span(sent.start, sent.start + trigger.start))
        if len(subject) != 1 or self.resolver.in_span(sent.start + trigger.end, end):
            return []
        # "The following day she flew to Lusaka, where President H received her": the one the sentence's own
        # subject pronoun stands for, the article's protagonist
        lead = self.main_persons[0] if self.main_persons else None
        named = self.resolver.in_span(sent.start, sent.start + trigger.start)[0].start - sent.start
        opening = re.findall(r"\w+", sent.text[:named])
        if lead not in (None, subject[0]) and any(w.casefold() in self.lang.subject_pronouns for w in opening):
            return [subject[0], lead]
        before = [i for i in self._named_in(self.body[position - 1]) if i not in subject]
        return [subject[0], before[0]] if len(before) == 1 else []

    def _joined(self, sent: Sentence, people: list[int]) -> bool:
        """The sentence names `people` one after another, joined only by commas and "and" ("A dan B")."""
        named = [m for m in self.resolver.in_span(sent.start, sent.end) if m.entity in people]
        firsts = [next(m for m in named if m.entity == i) for i in people if any(m.entity == i for m in named)]
        firsts.sort(key=lambda m: m.start)
        return len(firsts) == len(people) and all(
            _JOINING.fullmatch(self.text[a.end : b.start]) or self._titled_gap(a.end, b.start)
            for a, b in zip(firsts, firsts[1:], strict=False)
        )

    def _titled_gap(self, start: int, end: int) -> bool:
        """Between two names, a conjunction and the second one's title ("A dan Perdana Menteri Kamboja B", "A et le
        président de l'Assemblée nationale B")."""
        return any(
            start <= s <= end <= e + 1 and _JOINING_TITLE.fullmatch(self.text[start:s]) for s, e in self._title_spans()
        )

    def _attending_after(self, position: int, idxs: list[int]) -> list[int]:
        """Those the (up to two) sentences after `body[position]` name as attending, besides `idxs`: "Attending
        were A, B and C.", "Participaron además ...", "The meeting was chaired by ..." — one that reports a meeting
        of its own ("... prepared by a meeting of experts chaired by X") ends the list. A list announced with a
        colon ("The following took part in the session:" and one item per line) counts as one of them, and a
        sentence between them that only speaks of the meeting ("Le Vice-Président représentait le Président à
        cette réunion") is passed over."""
        lang = self.lang
        attending: list[int] = []
        told, listing, passed = 0, False, False
        for n, later in enumerate(self.body[position + 1 : position + 12], start=position + 1):
            if listing and _LIST_ITEM.match(later.text):
                attending += [i for i in self._named_in(later) if i not in idxs + attending]
                continue
            if told >= 2:
                break
            # (a meeting word that refers back, "was also accompanied in the talks by X", reports no other)
            refs = lang.meeting_reference.find(later.text)
            # (one at the start with someone new right after it is another meeting too: "Después almorzó con el
            # rey X, en un encuentro al que asistieron A y B")
            own = [
                h
                for h in lang.triggers.find(later.text)
                if (h.start > 15 or any(m.entity not in idxs for m in self._right_after(later, h)))
                and not any(r.start <= h.start < r.end for r in refs)
            ]
            marks = lang.attendance.find(later.text)
            days = [d for d in self._dates_in(later) if d.date and d.precision == "day" and re.search(r"\d", d.text)]
            dated = bool(days)
            # (a calendar day of its own at its opening is another time: "The summit itself opened on June 17 ...")
            opened = any(d.start <= 60 for d in days)
            if not marks and refs and not lang.triggers.find(later.text) and not listing and not passed and not opened:
                passed = True  # (once only)
                continue
            # (nor does a new gathering whose attendees the sentence after it lists: "The main event of the day
            # was the summit of the Council, chaired by A. Also taking part were B and C.")
            # (a gathering after a gathering is the same one told again: "Состоялась встреча глав государств ... В
            # саммите приняли участие A, B и C")
            again = bool(lang.multilateral.find(self.body[position].text)) and any(
                h.start <= 3 for h in lang.multilateral.find(later.text)
            )
            if not marks or own or (self._multilateral_trigger(n) and not again):
                break
            # (nor a welcome at the airport: "accueilli au pied de la passerelle ..., en présence du Premier ministre")
            if lang.airports.find(later.text):
                break
            # (nor a sentence that tells a calendar day of its own: "Президент Туркменистана 9 мая посетил Москву,
            # где присутствовал на параде Победы")
            if dated:
                break
            # (after one passed over, only a sentence that opens on who attended: not "Friday's summit of X,
            # chaired by A, brought together B, C")
            if passed and marks[0].start > 40:
                break
            listing = later.text.rstrip().endswith(":")
            told += not listing
            attending += [i for i in self._attending(later, marks) if i not in idxs + attending]
        return attending

    def _attending(self, sent: Sentence, marks: list[Hit]) -> list[int]:
        """Who a sentence with attendance words names as attending: not past a clause word after the first ("A
        and B joined the video conference, while President C stayed away")."""
        named = self._named_in(sent)
        # (a passive one names the attendees after it, and its subject before it in the same clause: "el canciller
        # A firmó un memorándum para crear una Comisión, que será presidida por ...", not A)
        if all(re.search(r"\b(?:by|por|par|oleh)$", h.text.casefold()) for h in marks):
            mark = sent.start + marks[0].start
            kept = {
                m.entity
                for m in self.resolver.in_span(sent.start, sent.end)
                if m.start >= mark or not re.search(r"[,;:]", self.text[m.end : mark])
            }
            named = [i for i in named if i in kept]
        # (one with attendance words of its own goes on: "Prabowo didampingi A, sedangkan Y didampingi B")
        end = min(
            [
                b.start
                for b in self.lang.clause_breaks.find(sent.text)
                if b.start > marks[0].end and not any(h.start > b.start for h in marks)
            ],
            default=None,
        )
        if end is None:
            return named
        listed = {m.entity for m in self.resolver.in_span(sent.start, sent.start + end)}
        return [i for i in named if i in listed]

    def _courtesy_calls(self, sent: Sentence) -> list[Hit]:
        """ "the Deputy Prime Minister called on Vice President Dhankhar": a courtesy call when a person (or a
        person named by office) follows within 40 characters and no veto word right after them ("called on
        all parties to ...", "called on Trump to impose ...")."""
        out = []
        mentions = self.resolver.in_span(sent.start, sent.end)
        titled = self._title_spans()
        for hit in self.lang.courtesy_calls.find(sent.text):
            after = sent.start + hit.end
            # (or after the person's title: "called on Chairman of the Standing Committee of the NPC Zhao Leji")
            reach = max([after + 40] + [e + 3 for s, e in titled if 0 <= s - after <= 5])
            person = next((m for m in mentions if after <= m.start <= reach), None)
            if person is None:
                continue
            nxt = re.match(r"\W*(\w+)", self.text[person.end : sent.end])
            if nxt is None or nxt.group(1).casefold() not in self.lang.courtesy_call_vetoes:
                out.append(hit)
        return out

    def _one_more_talk(self, sent: Sentence, trigger: Hit, last: _Draft) -> bool:
        """ "El presidente de Paraguay también conversó el jueves con Asfura", "X also spoke with Y": a verb of
        talking that names no medium, said to be one more (before the verb or right after it) — of the kind of
        the meeting told before. Not where the sentence names a place."""
        lang = self.lang
        if not any(h.start < trigger.end and trigger.start < h.end for h in lang.talk_verbs.find(sent.text)):
            return False
        # (or right after the call told in the sentence before or the one before it: "... held his first phone
        # conversation with X on Monday ... The 25-minute call was Lee's second with a foreign leader ... Late Friday,
        # he spoke with U.S. President Donald Trump for about 20 minutes")
        between = [s for s in self.body if last.sentence.end <= s.start and s.end <= sent.start]
        if len(between) > 1 and not any(h.start < trigger.end + 12 for h in lang.also_words.find(sent.text)):
            return False
        return self._venue(sent.text, sent.start, self._title_spans()) is None

    def _title_spans(self) -> list[tuple[int, int]]:
        """The article spans of every title the article gives a person."""
        return [(t.start, t.end) for ts in self.titles.values() for t, _ in ts]

    def _direct_calls(self, sent: Sentence) -> list[Hit]:
        """ "Crown Prince Mohammed bin Salman called Iranian President Masoud Pezeshkian": a call verb that the
        person called follows at once, by name or by a title that runs into the name (not "called for"); so too a
        verb of meeting that needs its person right after it ("diterima Erdogan di Kompleks Kepresidenan"), or that
        opens the sentence ("Meeting Canadian PM Mark Carney, the Vietnamese leader ...")."""
        mentions = self.resolver.in_span(sent.start, sent.end)
        titled = self._title_spans()
        out = []
        opening = [h for h in self.lang.opening_meeting_verbs.find(sent.text) if h.start == 0]
        direct = self.lang.direct_meeting_verbs.find(sent.text)
        for hit in self.lang.call_verbs.find(sent.text) + direct + opening:
            after = sent.start + hit.end
            starts = [after] + [e for s, e in titled if 0 <= s - after <= 2]
            called = next((m for m in mentions for a in starts if 0 <= m.start - a <= 2), None)
            # (or after a verb phrase of meeting: "..., before joining President Trump and envoy X for dinner")
            if called is None and (hit in opening or (hit in direct and len(hit.text.split()) >= 2)):
                # (after a title the catalog does not know: "Meeting Canadian PM Mark Carney again")
                called = next(
                    (m for m in mentions if _TITLE_RUN.fullmatch(self.text[after : m.start]) and m.start - after < 60),
                    None,
                )
            # (not a name given: "who called Kast \"my friend\"", "called him a liar"; nor a thing of theirs: "after
            # receiving Netanyahu's letter")
            if (
                called is not None
                and not _NAMING.match(self.text, called.end)
                and not re.match(r"['’]s\b", self.text[called.end : called.end + 3])
            ):
                out.append(hit)
        return out

    def _before_where(self, sent: Sentence) -> Sentence | None:
        """For a clause cut off at a where-word ("où il s'est entretenu avec X"), the words right before it in
        its sentence (up to 80 characters), else None."""
        opener = re.match(r"\W*(\w+)", sent.text)
        cut = (sent.start, sent.end) in self.clause_subjects or (sent.start, sent.end) in self.clause_objects
        if not cut or opener is None or opener.group(1).casefold() not in self.lang.where_words:
            return None
        start = max(self.sentence_of(sent.start).start, sent.start - 80)
        return Sentence(start, sent.start, self.text[start : sent.start], False)

    def _opening_place(self, sent: Sentence, exclude: list[tuple[int, int]]) -> r.Place | None:
        """ "Le 29 janvier, à Rabat, Bernard Quintin ... au terme de ses entretiens avec Nasser Bourita": a city in
        the adverbials that open the sentence (before anyone is named) sets the scene of the whole sentence."""
        first = min((m.start for m in self.resolver.in_span(sent.start, sent.end)), default=sent.end) - sent.start
        commas = [m.start() for m in re.finditer(",", sent.text[:first])]
        if not commas:
            return None
        place = self._venue(sent.text[: commas[-1]], sent.start, exclude)
        return place if place is not None and place.city else None

    def _summit_told_before(self, position: int, drafts: list[_Draft]) -> list[int]:
        """ "Президенты пяти государств Центральной Азии и канцлер Германии Олаф Шольц провели в Астане второй
        саммит ... Встреча во Дворце независимости прошла под председательством X": a sentence that opens on the
        meeting takes in those the sentence right before named at a summit it reported with no one else."""
        sent = self.body[position]
        if not position or not any(h.start <= 5 for h in self.lang.meeting_reference.find(sent.text)):
            return []
        prev = self.body[position - 1]
        if any(d.sentence is prev for d in drafts) or not self.lang.multilateral.find(prev.text):
            return []
        return _distinct(self._named_in(prev))

    def _list_ends_on(self, sent: Sentence, word: Hit) -> bool:
        """Whether the sentence's people are all named before `word`, the last of them right before it."""
        named = self.resolver.in_span(sent.start, sent.end)
        before = [m for m in named if m.end <= sent.start + word.start]
        return len(before) == len(named) >= 2 and 0 <= sent.start + word.start - before[-1].end <= 25

    def _attended(self, position: int, drafts: list[_Draft]) -> bool:
        """ "The meeting was also attended by X", "Also present were X": a sentence with no trigger that opens
        on the meeting or on who attended adds them to the meeting reported within the eight sentences
        before."""
        lang, sent = self.lang, self.body[position]
        attendance = lang.attendance.find(sent.text)
        # "The meeting was also attended by", "Selain Lula dan Prabowo, KTT itu diikuti X, Y": the meeting
        # named before the attendance word
        # ... or right after it: "Wang Yi was present at the talks"
        # ... or on one who took part in the meeting in person: "Sarabia estuvo acompañada por el viceministro X"
        first = min(self.resolver.in_span(sent.start, sent.end), key=lambda m: m.start, default=None)
        # ... or on one who attended a gathering of three or more reported in the sentence before ("The summit,
        # hosted by A, was co-chaired by B and C. Rwanda's President D attended in person, as did ...")
        # (or of a country, right before: "South Africa was represented by Minister X")
        # (or a summit its sentence calls one: "The second joint EAC-SADC summit, held virtually, was co-chaired by A
        # and B. President C joined the session from ...")
        gathering = (
            bool(drafts)
            and (len(set(drafts[-1].person_idx)) >= 3 or bool(lang.multilateral.find(drafts[-1].sentence.text)))
            and drafts[-1].sentence in self.body[max(0, position - 3) : position]
        )
        took_part = (
            first is not None
            and bool(drafts)
            and (drafts[-1].kind == "in_person" or (drafts[-1].kind == "video" and gathering))
            and (
                (
                    (first.entity in drafts[-1].person_idx or gathering)
                    and any(0 <= sent.start + h.start - first.end <= 25 for h in attendance)
                )
                or (gathering and any(h.start <= 30 and sent.start + h.end <= first.start for h in attendance))
                # ("Kyrgyz President A, Tajik President B and Turkmen President C also attended.": a list that ends
                # on the attendance word)
                or (gathering and any(self._list_ends_on(sent, h) for h in attendance))
            )
        )
        opens = (
            took_part
            or any(h.start <= 3 for h in attendance)
            or any(
                h.start <= 5
                or (attendance and h.end <= attendance[0].start)
                or any(0 <= h.start - a.end <= 8 for a in attendance)
                for h in lang.meeting_reference.find(sent.text)
            )
        )
        if not drafts or not opens or not attendance or lang.planned.find(sent.text):
            return False
        last = drafts[-1]
        # (past an earlier meeting of theirs the article looks back on, the article's own: "Последний раз лидеры
        # виделись в октябре прошлого года в Пекине. С венгерской стороны в переговорах принял участие X")
        looked_back = last.previous and last.date is not None and last.date.date and self.published
        if looked_back and (self.published - last.date.date).days > 30:  # type: ignore[operator,union-attr]
            last = next((d for d in reversed(drafts) if not d.previous), last)
        if last.sentence not in self.body[max(0, position - 8) : position]:
            return False
        before = self.body[position - 1]
        if before is not last.sentence and lang.airports.find(before.text):
            return False  # "He had been welcomed at the airport by X. He was accompanied by A and B": on the trip
        if (
            last.date is not None
            and last.date.date is not None
            and self.published is not None
            and (self.published - last.date.date).days > 30
            and before is not last.sentence
        ):
            return False  # (nor, after a meeting months before that the article looks back on, the article's trip)
        # ("A and B were present at both meetings": each of the meetings the sentence before reported)
        counted = self._counted_meetings(sent.text[attendance[0].end : attendance[0].end + 15], drafts)
        counted = counted if last is drafts[-1] else [last]
        # (not past a clause word: "A and B attended that session, but C stayed away")
        named = [i for i in self._attending(sent, attendance) if any(i not in d.person_idx for d in counted)]
        for d in counted:
            d.person_idx += [i for i in named if i not in d.person_idx]
            d.inferred = d.inferred and not named
        return bool(named)

    def _attendance_opens(self, sent: Sentence, triggers: list[Hit]) -> bool:
        """ "Turut serta dalam pembicaraan telepon tersebut A, B dan C", "Y ont pris part à l'entretien A et B": an
        attendance word opening the sentence, then the meeting just reported (its meeting words are that
        reference's)."""
        opening = [h for h in self.lang.attendance.find(sent.text) if h.start <= 3]
        refs = [
            h for h in self.lang.meeting_reference.find(sent.text) if opening and 0 <= h.start - opening[0].end <= 8
        ]
        return (
            bool(triggers)
            and bool(refs)
            and all(any(r.start < t.end and t.start < r.end for r in refs) for t in triggers)
        )

    def _multilateral_trigger(self, position: int) -> list[Hit]:
        """ "Wang Yi attended the China-Central Asia Foreign Ministers' Meeting" followed by "The meeting was
        chaired by A and attended by B, C and D": a multilateral meeting whose participants are listed next."""
        lang, body = self.lang, self.body
        text = body[position].text
        # not inside a quotation ("trade must stay multilateral")
        sent = body[position]
        # (nor in a title: "Direktur Jenderal Kerja Sama Multilateral Kemlu Tri Tharyat")
        titled = self._title_spans()
        multi = [
            h
            for h in lang.multilateral.find(text)
            if not _quoted(text, h.start) and not any(a <= sent.start + h.start < b for a, b in titled)
        ]
        for h in multi:
            # "A trilateral summit of A, B and C was held afterwards": the summit of the people named right after
            word = re.match(r"\s+(\w+)", text[h.end :])
            linked = word is not None and word.group(1).casefold() in lang.origin | lang.between
            after = self.resolver.in_span(sent.start + h.end, sent.start + min(len(text), h.end + 150))
            if linked and len({m.entity for m in after}) >= 2 and not lang.planned.find(text):
                return [Hit(h.start, h.end, h.text, "in_person")]
            # "President X took part today in the second Central Asia – Germany summit in Astana, where the heads of
            # state of the region and German Chancellor Y adopted ...": a summit someone took part in, with
            # someone else named in the sentence
            # (or the other way round, the gathering after a preposition: "В узком составе в заседании ВЕЭС, помимо
            # A, B и C, участвовали D и E"; not "The summit was the first time A and B took part in ...")
            # (of a body the catalog knows, named right after it: not "En la plenaria participaron ...", the session
            # the sentence before told)
            governed = re.search(r"(?:^|\s)\w{1,2}\s+$", text[: h.start]) is not None and any(
                0 <= f.start - h.end <= 25
                for f in self.cat.framework_acronyms.find(text) + self.cat.framework_names.find(text)
            )
            took_part = any(
                0 <= h.start - a.end <= 60 or (governed and 0 <= a.start - h.end <= 60)
                for a in lang.attendance.find(text)
            )
            if took_part and len(set(self._named_in(sent))) >= 2 and not lang.planned.find(text):
                return [Hit(h.start, h.end, h.text, "in_person")]
            # "KTT BIMSTEC sendiri berlangsung Jumat di bawah pimpinan Paetongtarn dan dihadiri A, B, C ...": a
            # gathering the sentence opens on, and two people at least named after an attendance word after it, on
            # a day of its own (not "The session was attended by A and B", the session just told)
            later = [a for a in lang.attendance.find(text) if 0 <= a.start - h.end <= 120]
            if (
                len(text[: h.start].split()) <= 2
                and later
                and any(d.precision == "day" for d in self._dates_in(sent))
                and len({m.entity for m in self.resolver.in_span(sent.start + later[0].end, sent.end)}) >= 2
                and not lang.planned.find(text)
            ):
                return [Hit(h.start, h.end, h.text, "in_person")]
            # "Ramaphosa flew to Harare for an in-person extraordinary summit chaired by Mnangagwa": a summit its
            # chair is named for, right after it, and someone else before it
            chair = next((a for a in lang.attendance.find(text) if 0 <= a.start - h.end <= 30), None)
            if chair is not None and not lang.planned.find(text):
                chairs = {m.entity for m in self.resolver.in_span(sent.start + chair.end, sent.start + chair.end + 40)}
                named_before = {m.entity for m in self.resolver.in_span(sent.start, sent.start + h.start)}
                if chairs and named_before - chairs:
                    return [Hit(h.start, h.end, h.text, "in_person")]
        nxt = body[position + 1] if position + 1 < len(body) else None
        if not multi or nxt is None or not lang.attendance.find(nxt.text) or lang.planned.find(body[position].text):
            return []
        if len(self._named_in(nxt)) < 2:
            return []
        return [Hit(multi[0].start, multi[0].end, multi[0].text, self._kind_told_before(position) or "in_person")]

    def _hosted_reference(self, position: int, drafts: list[_Draft]) -> bool:
        """ "X met A and B in Bodø on Wednesday ... A hosted the talks on board the vessel. The defence ministers C
        and D also took part.": a host word right before a reference to the meeting just reported, naming only
        its people, tells its host — and who attended it, after it, is at that meeting."""
        sent, lang = self.body[position], self.lang
        if not drafts:
            return False
        hosts = lang.host_triggers.find(sent.text)
        refs = lang.meeting_reference.find(sent.text)
        if not any(0 <= r.start - h.end <= 2 for h in hosts for r in refs):
            return False
        last = drafts[-1]
        named = self._named_in(sent)
        if not named or any(i not in last.person_idx for i in named):
            return False
        last.person_idx += [i for i in self._attending_after(position, last.person_idx) if i not in last.person_idx]
        return True

    def _kind_told_before(self, position: int) -> str | None:
        """ "Réunis jeudi en visioconférence, les chefs d'État ... ont décidé ... Le sommet extraordinaire était
        présidé par X": a call or a video meeting the sentence right before tells naming no one."""
        before = self.body[position - 1] if position else None
        if before is None or self._named_in(before):
            return None
        kinds = [h.target for h in self.lang.triggers.find(before.text)]
        return "video" if "video" in kinds else "phone" if "phone" in kinds else None

    def _restated_day(self, sent: Sentence, drafts: list[_Draft]) -> None:
        """ "Kim sat down for summit talks with Xi ..., state media reported Friday. The talks took place Thursday
        afternoon at the Great Hall": a sentence that opens with the meeting just reported and says it took place
        on an earlier day tells its day, when the report had only the day of its own publication."""
        if not drafts or self.published is None:
            return
        last = drafts[-1]
        held = self.lang.held_phrases.find(sent.text)
        opening = [h for h in self.lang.meeting_reference.find(sent.text) if h.start <= 4]
        if not held or not opening or (last.date is not None and last.date.date != self.published):
            return
        if self.resolver.in_span(sent.start, sent.start + held[0].start):
            return  # (not "The talks between A and B took place ...": a meeting of its own)
        # (the day told right after the held phrase, not another's: "Pertemuan khusus ini diselenggarakan sesuai
        # keputusan para Perdana Menteri pada 11 Desember")
        days = [
            d
            for d in self._dates_in(sent)
            if d.date and d.precision == "day" and d.date < self.published and 0 <= d.start - held[0].end <= 12
        ]
        if len(days) == 1:
            last.date, last.date_explicit = days[0], True

    def _held_meeting(self, position: int) -> list[Hit]:
        """ "The twenty-third meeting of the Special Representatives ... took place in Beijing today. The Indian
        side was led by A, and the Chinese side by B.": a sentence that names no one and says a meeting was held,
        followed by one naming the delegations' leaders (who attend it: attendance words)."""
        sent = self.body[position]
        held = self.lang.held_phrases.find(sent.text)
        if not held or position + 1 >= len(self.body) or self.resolver.in_span(sent.start, sent.end):
            return []
        nxt = self.body[position + 1]
        if not self.lang.delegation_leaders.find(nxt.text) or len(self._named_in(nxt)) < 2:
            return []
        return [Hit(held[0].start, held[0].end, held[0].text, "in_person")]

    def _held_with(self, sent: Sentence) -> list[Hit]:
        """ "Pertemuan pertama digelar dengan Menteri Luar Negeri Timor-Leste X", "The first meeting was held with X":
        a sentence that opens on a meeting noun, says it was held and with whom (someone named right after)."""
        refs = [h for h in self.lang.meeting_reference.find(sent.text) if h.start <= 5]
        for ref in refs:
            for held in self.lang.held_phrases.find(sent.text[ref.end : ref.end + 30]):
                rest = sent.text[ref.end + held.end :]
                word = re.match(r"\s+(\w+)", rest)
                start = sent.start + ref.end + held.end
                named = self.resolver.in_span(start, min(sent.end, start + 150))
                if word and word.group(1).casefold() in self.lang.comitatives and named:
                    return [Hit(ref.start, ref.end + held.end, sent.text[ref.start : ref.end + held.end], "in_person")]
        return []

    def _dated_meeting_noun(self, sent: Sentence) -> list[Hit]:
        """ "tindak lanjut dari pertemuan Presiden Prabowo dan Presiden Putin di St. Petersburg pada Juni lalu",
        "a follow-up to the meeting of A and B in May": a meeting noun naming two people right after it, with a
        past date of its own, reports that meeting (with no date it only refers to one)."""
        for hit in self.lang.meeting_reference.find(sent.text):
            # "pertemuan pertama keduanya sejak Motegi dilantik ...": not past a time relation
            stop = min((h.start for h in self.lang.time_relations.find(sent.text) if h.start >= hit.end), default=None)
            end = sent.end if stop is None else sent.start + stop
            after = self.resolver.in_span(sent.start + hit.end, min(end, sent.start + hit.end + 120))
            if not after or after[0].start - (sent.start + hit.end) > 25 or len({m.entity for m in after}) < 2:
                continue
            days = [d.date for d in find_dates(sent.text[hit.end :], self.lang, self.published) if d.date]
            if days and self.published and all(day <= self.published for day in days):
                return [Hit(hit.start, hit.end, hit.text, "in_person")]
        return []

    def _sender_in_title(self, sent: Sentence, proxy: Hit, titled: list[tuple[int, int]]) -> bool:
        """ "Special Envoy of General Secretary To Lam, Politburo member and Minister of Foreign Affairs Le Hoai
        Trung, paid a call on ...": the one named right after a title with a proxy word in it is the sender
        when a comma and another person with titles follow (the envoy); not in "Special Envoy of the
        President of the United States Steve Witkoff held talks", where the one named is the envoy."""
        start = sent.start + proxy.start
        spans = [(a, b) for a, b in titled if a <= start < b]
        ends = [b for _, b in spans]
        mentions = self.resolver.in_span(sent.start, sent.end)
        holder = next((m for m in mentions if ends and m.start >= ends[0]), None)
        # "Monsieur Hassoum Ceesay, Envoyé spécial du Président de la République de Gambie, Son Excellence
        # Monsieur Adama Barrow": the title an apposition after the envoy, the principal named after it
        if (
            holder is not None
            and spans
            and any(re.fullmatch(r",\s*", self.text[m.end : spans[0][0]]) for m in mentions if m.end <= spans[0][0])
            and re.fullmatch(r"[\s,]*(?:[^\W\d_]+\.?\s+){0,4}", gap := self.text[ends[0] : holder.start])
            and gap.lstrip().startswith(",")
            and all(w[:1].isupper() or w.casefold() in self.lang.honorifics for w in re.findall(r"\w+", gap))
        ):
            return True
        if holder is None or not re.match(r",\s", self.text[holder.end : holder.end + 2]):
            return False
        envoy = next((m for m in mentions if m.start > holder.end and m.entity != holder.entity), None)
        if envoy is None:
            return False
        # (the envoy's own titles between: "..., Politburo member and Minister of Foreign Affairs Lê Hoài Trung")
        between = self.text[holder.end + 1 : envoy.start]
        return "," not in between and len(between) <= 90 and bool(self.lang.title_heads.find(between))

    def _named_in(self, sent: Sentence, after: int | None = None) -> list[int]:
        """The people a sentence names as acting in it: not those it names only as senders of greetings or
        messages ("conveyed the greetings of President Lula"), nor, once two people are named, those named
        after a purpose ("... met Lavrov to prepare President Prabowo's visit")."""
        # (not a proxy word inside a title: "Special Envoy of the President of the United States Steve Witkoff")
        titled = self._title_spans()
        proxies = [
            sent.start + h.end
            for h in self.lang.proxy.find(sent.text)
            if not any(a <= sent.start + h.start < b for a, b in titled) or self._sender_in_title(sent, h, titled)
        ]
        mentions = self.resolver.in_span(after if after is not None else sent.start, sent.end)
        # "Usai bertemu Shehbaz, Prabowo bertolak ... untuk bertemu Zardari": not who an opening time clause names
        # when a meeting word follows it (with none, "Usai bertemu Prabowo, Kao mengatakan ..." reports that one)
        triggers = self.lang.triggers.find(sent.text)
        # (or a meeting noun: "Antes de la cita con Modi, el canciller X acudió a saludar al Presidente")
        nouns = triggers + self.lang.meeting_reference.find(sent.text)
        opening = [
            (sent.start + h.start, sent.start + comma)
            for h in self.lang.time_relations.find(sent.text)
            if h.start <= 3
            and any(-4 <= t.start - h.end <= 3 for t in nouns)
            and (comma := sent.text.find(",", h.end)) > 0
            and any(t.start > comma for t in triggers)
        ]
        possessive = self.lang.possessive_proxies  # "conveyed President Xi Jinping's cordial greetings"
        # (nor whom it names as its source: "..., selon le ministre de l'Information Yemane Gebremeskel")
        sources = [(sent.start + a, sent.start + b) for a, b in _source_spans(sent.text, self.lang)]
        # (all the senders a list names: "the greetings of General Secretary To Lam and State President Luong Cuong")
        senders: list[Mention] = []
        prev: Mention | None = None
        for m in mentions:
            first = any(0 <= m.start - p <= 100 and not any(p <= o.start < m.start for o in mentions) for p in proxies)
            if first or (
                prev is not None and senders[-1:] == [prev] and _LISTED_NEXT.fullmatch(self.text[prev.end : m.start])
            ):
                senders.append(m)
            prev = m
        named = [
            m
            for m in mentions
            if m not in senders
            and not any(s <= m.start < e for s, e in opening + sources)
            and not (possessive and possessive.match(self.text, m.end))
            and not self._administration(m)
            and not self._named_for(m)
        ]
        # "... met Lavrov to prepare President Prabowo's visit", "called A and B, a day after he spoke with C"
        purposes = self.lang.purpose.find(sent.text)
        cuts = purposes + self.lang.time_relations.find(sent.text)
        if cuts:
            cut = sent.start + min(h.start for h in cuts)
            before = _distinct(m.entity for m in named if m.start < cut)
            # (one named before a purpose, after the meeting word: "se reunió en secreto con X ... en un intento
            # de negociar la salida de Y" — the dropped subject is the other side, not Y)
            first_purpose = sent.start + min((h.start for h in purposes), default=len(sent.text))
            if len(before) >= 2 or (
                before and cut == first_purpose and any(sent.start + t.end <= cut for t in triggers)
            ):
                return before
            # "Ini adalah pertemuan pertama kedua pemimpin sejak rezim Bashar al-Assad tumbang": with no one named
            # before it, not those a time clause after the meeting noun names (another event's people; not after a
            # verb, whose subject may be a pronoun: "they had met in January, a day after Trump's inauguration")
            references = self.lang.meeting_reference.find(sent.text)
            if (
                not before
                and any(sent.start + t.end <= cut for t in triggers)
                and all(any(r.start < t.end and t.start < r.end for r in references) for t in triggers)
            ):
                clauses = _time_clauses(sent, self.lang)
                named = [m for m in named if not any(a <= m.start < b for a, b in clauses)]
        return _distinct(m.entity for m in named)

    def _named_for(self, m: Mention) -> bool:
        """ "visitar el mausoleo de Mao Zedong", "the tomb of X": a person a place is named after, not one present."""
        before = re.search(r"(\w+)\s+(?:de|of|du|of the|de la)\s+$", self.text[max(0, m.start - 40) : m.start])
        return before is not None and before.group(1).casefold() in self.lang.memorial_nouns

    def _administration(self, m: Mention) -> bool:
        """ "con la administración Trump", "с администрацией Трампа", "the Trump administration": the name
        stands for a government."""
        before = self.text[max(0, m.start - 40) : m.start].casefold().rstrip()
        after = re.sub(r"^(?:'s|’s)", "", self.text[m.end : m.end + 40]).casefold().lstrip()
        return any(
            before.endswith(w) and not before[: -len(w)][-1:].isalpha() for w in self.lang.administration_before
        ) or any(
            after.startswith(w) and not after[len(w) : len(w) + 1].isalpha() for w in self.lang.administration_after
        )

    def _participants(self, position: int, trigger: Hit, drafts: list[_Draft]) -> _Sides | None:
        """Who took part in the interaction the trigger sentence `body[position]` reports, and whether a side
        was inferred rather than named; None when fewer than two people can be found."""
        lang, body = self.lang, self.body
        sent = body[position]
        if (sent.start, sent.end) in self.again_clauses:
            return self._met_again(position, drafts)
        if len(group := self.clause_groups.get((sent.start, sent.end), [])) >= 2:
            return _Sides(group, False)
        nxt = body[position + 1] if position + 1 < len(body) else None
        idxs = self._named_in(sent)
        idxs = [i for i in idxs if i not in self._welcomed_on_arrival(sent, trigger)]
        idxs = self._besides(sent, trigger, idxs)
        idxs = self._met_in_leading_clause(sent, trigger, idxs)
        idxs = self._named_outside(sent, self._arrival_relatives(sent, trigger), idxs)
        each = self._each_delegation(sent, idxs, drafts)
        if each is not None:
            return each
        idxs = self._pronoun_object(position, trigger) or idxs
        head = (sent.start, sent.start + trigger.start)
        if any(head[0] <= s < head[1] for s, _ in self.resolver.excluded_spans) and not self.resolver.in_span(*head):
            return None  # "First Lady Rachel Ruto hosted Mrs Agata Kornhauser-Duda": the spouses' programme
        following = sent.text[trigger.end :].split()[:1]
        inside = [w for w in re.finditer(r"\S+", trigger.text) if w.group(0).casefold() in lang.between]
        # (not "Fidan shuttled between A and B": he met each, a word of separate meetings)
        shuttle = any(h.start < trigger.end and trigger.start < h.end for h in lang.separate.find(sent.text))
        if (inside or (following and following[0].casefold() in lang.between)) and not shuttle:
            # "a meeting between A and B", "talks between Sugiono and ...": not whoever the sentence names before
            idxs = self._named_in(
                sent, after=sent.start + trigger.start + (inside[0].end() if inside else len(trigger.text))
            )
        told = self._briefing(sent, trigger, idxs)
        if told is not None and len(told) < 2:
            return None  # "проинформировал собеседника о переговорах с Президентом США": with no one named here
        if told is not None:
            idxs = told
        # the participants listed after the announcement: "Attending were A, B and C.", "Participaron además
        # ...", "The meeting was chaired by ..." — up to two such sentences; one that reports a meeting of
        # its own ("... prepared by a meeting of experts chaired by X") ends the list
        subject = self.clause_subjects.get((sent.start, sent.end))
        # "..., during which he also held talks with Z", "..., а затем по отдельности встретился с A, B и C" (not
        # "...; в пятницу созвонились министры A и B", whose people are its subject)
        following = re.findall(r"\w+", sent.text[trigger.end - 6 : trigger.end + 12].casefold())
        with_ = bool(set(following) & lang.comitatives)
        # (or the clause opens on its meeting word: "..., before joining President Trump and Y for dinner")
        if (
            subject is not None
            and subject not in idxs
            and (
                len(idxs) == 1
                or (not self.resolver.in_span(sent.start, sent.start + trigger.start) and with_)
                or trigger.start <= 2
                or _connective_head(sent.text[: trigger.start])
            )
        ):
            idxs = [subject, *idxs]
        obj = self.clause_objects.get((sent.start, sent.end))
        if obj is not None and len(idxs) == 1 and obj not in idxs:
            after = re.match(r"\W*(\w+)", sent.text[trigger.end :])
            before = re.findall(r"\w+", sent.text[: trigger.start])[-1:]
            if (after and after.group(1).casefold() in lang.object_pronouns) or (
                before and before[0].casefold() in lang.object_pronouns
            ):
                idxs = [*idxs, obj]
        attending = self._attending_after(position, idxs)
        if (
            len(idxs) == 1
            and attending
            and any(-30 <= h.start - trigger.start <= 60 for h in lang.series.find(sent.text))
            and any(h.start >= trigger.start for h in lang.counterpart.find(sent.text))
            and not self._named_in(sent, after=sent.start + trigger.end)
        ):
            # "Sugiono melakukan serangkaian pertemuan bilateral dengan sejumlah mitranya ... Pertemuan pertama
            # digelar dengan A. Dalam pertemuan itu, Sugiono didampingi B": a series with counterparts announced,
            # its meetings told after it — B attended the first, not the announcement
            attending = []
        self.attended_after[(sent.start, sent.end)] = attending
        # "el presidente del Gobierno se ha reunido con X, en un encuentro al que también asistió Y", "In the
        # afternoon, he hosted X. Y sat in on the talks.": the subject is a side before those who attended
        present = attending + self._attendees_in(sent, trigger)
        sides = [i for i in idxs if i not in present]
        # "the two ministers", "kedua menteri", "стороны" (not the leaders of the countries named right after:
        # "Лидеры России и Азербайджана провели переговоры")
        pairs = lang.pair.find(sent.text)
        if pairs:
            named_after = [
                h.start
                for h in self.cat.country_names.find(sent.text)
                + self.cat.framework_acronyms.find(sent.text)
                + self.cat.framework_names.find(sent.text)
            ]
            pairs = [
                h for h in pairs if not any(c > h.end and _OF_GAP.fullmatch(sent.text[h.end : c]) for c in named_after)
            ]
        # (not when a group is the subject: "kelima pemimpin melanjutkan pertemuan dengan X")
        if len(sides) == 1 and present and not any(h.end <= trigger.start for h in pairs):
            subject = self._titled_subject(sent, trigger, sides[0])
            idxs = idxs if subject is None or subject in present else [subject, *idxs]
        countered = self._pronoun_and_counterpart(position, trigger, idxs, drafts)
        if countered is not None:
            return countered
        pronoun = self._listed_pronoun(sent, idxs)
        if pronoun is not None:
            idxs = [pronoun, *idxs]
        passive = self._passive_pronoun(sent, idxs)
        if passive is not None:
            return passive
        opener = self._pronoun_subject(position, trigger, idxs)
        if opener is not None:
            subject, series = opener
            if series and len(idxs) >= 2 and not attending:
                return _Sides([subject, *idxs], True, each=True)
            idxs = [subject, *idxs]
        # "Les deux Chefs d'État ont eu un entretien ... Du côté malien, M. Diop a pris part aux échanges": the
        # pair is the meeting's, those who attended join it
        # "the three ministers": a group of that size
        size = next(
            (
                lang.number_words[w]
                for h in pairs[:1]
                for w in re.findall(r"\w+", h.text.casefold())
                if w in lang.number_words
            ),
            None,
        )
        # ... that the sentence names only in part before the meeting word ("les trois ministres, conduits par M.
        # Diop, ont été reçus par le président X": Diop is one of the three, X is the other side)
        leading = [m.entity for m in self.resolver.in_span(sent.start, sent.start + trigger.start) if m.entity in idxs]
        subject_pair = any(h.start < trigger.start for h in pairs) and (
            len(idxs) < 2 or (size is not None and 0 < len(set(leading)) < size)
        )
        comma = sent.text.find(",", trigger.end)
        late = {m.entity for m in self.resolver.in_span(sent.start + comma, sent.end)} if comma >= 0 else set()
        if (
            any(h.start < trigger.start for h in pairs)
            and not leading
            and size in (None, 2)
            and len(idxs) >= 2
            and late & set(idxs)
        ):
            # "Les deux Chefs d'État avaient échangé au téléphone depuis le scrutin, et le Vice-Président Koné
            # avait représenté ...", "the two leaders spoke by phone on 24 April, a call Ramaphosa announced":
            # who is named past a comma after the meeting word is not the pair
            idxs = [i for i in idxs if i not in late]
            subject_pair = True
        times = _time_clauses(sent, lang, trigger)
        untimed = {
            m.entity for m in self.resolver.in_span(sent.start, sent.end) if not any(a <= m.start < b for a, b in times)
        }
        if times and any(h.start < trigger.start for h in pairs) and not leading and idxs and not set(idxs) & untimed:
            # "Ils s'étaient déjà entretenus en décembre 2023, ..., quelques mois après le coup d'État qui avait
            # renversé Ali Bongo Ondimba": whom only a time clause names is not the pair's counterpart
            idxs = []
            subject_pair = True
        if not idxs and attending and pairs and drafts and len(set(drafts[-1].person_idx)) == 2:
            # "Pembicaraan kemudian dilanjutkan dengan pertemuan bilateral yang melibatkan delegasi kedua negara.
            # Dalam pertemuan bilateral tersebut, Presiden Prabowo didampingi A, B, ...": the pair's delegations
            return _Sides(_distinct([*drafts[-1].person_idx, *attending]), True)
        calls = self._counted_calls(sent, trigger, idxs)
        if calls:
            return _Sides(calls, False, each=True)
        # "Horas después, el presidente Donald Trump recibió a ambos cancilleres en el Despacho Oval, donde estuvieron
        # también Rubio y el vicepresidente J.D. Vance": the pair right after the meeting word is the pair the
        # sentence before names, besides whom the sentence names as present
        lone = [i for i in idxs if i not in present]
        # (also "Erdogan first received each of the two visitors separately": the one named is the subject)
        subject_only = len(idxs) == 1 and any(
            m.entity == idxs[0] for m in self.resolver.in_span(sent.start, sent.start + trigger.start)
        )
        if (
            len(lone) == 1
            and (len(idxs) >= 2 or subject_only)
            and position
            and any(0 <= h.start - trigger.end <= 30 for h in pairs)
        ):
            # (the nearest of the three sentences before that names a group of that size)
            for back in range(position - 1, max(-1, position - 4), -1):
                group = _distinct(i for i in self._named_in(body[back]) if i not in idxs)
                if len(group) == (size or 2):
                    return _Sides(_distinct([*lone, *group, *idxs, *attending]), True, back)
        if len(idxs + attending) >= 2 and not subject_pair:
            return _Sides(idxs + attending, False)
        if not idxs and trigger.start < 15 and drafts and not pairs:
            return None  # "The meeting ...", "Cette rencontre ...": a meeting reported already
        if any(h.start < trigger.end for h in pairs):
            # "The two ministers last met in Dubai", "the three ministers were received by X": the group
            # named just before, else the previous meeting's participants (the group is the subject: in
            # "X held talks with Y, where the two sides discussed ..." it is not)
            before = self._named_in(body[position - 1]) if position else []
            last = drafts[-1].person_idx if drafts else []
            # "the three ministers": a group of that size, the latest meeting's of that size if need be
            # (with the people the sentence names: "Los dos presidentes ..., cuando Prabowo llegó")
            # (then those the lead names: "X s'est rendu ce vendredi à Damas, conjointement avec Mme Y. ... Les deux
            # ministres ont été reçus par Z")
            lead = self._named_in(body[0]) if position > 1 else []
            recent = (before, *(d.person_idx for d in reversed(drafts)), lead)
            opening = self.resolver.in_span(body[position - 1].start, body[position - 1].start + 40) if position else []
            if (
                len(before) == 1
                and opening
                and self.main_persons
                and self.main_persons[0] != before[0]
                and not any(before[0] in d.person_idx for d in drafts)
            ):
                # "Con Boric, la relación ha sido frecuente. Los dos mandatarios se vieron ...": the one the sentence
                # before opens on, with the article's protagonist (not the last meeting's pair, which he was not in)
                recent = (before, [self.main_persons[0], before[0]], *recent[1:])
            members = set(idxs) if len(idxs) < 2 else set(leading)
            # (the group before the meeting word, met by whom it names after: "kelima pemimpin melanjutkan
            # pertemuan dengan Presiden Azerbaijan Ilham Aliyev")
            sized = [g for g in recent if len(set(g) | members) == size and len(g) >= 2][:1] or [
                g for g in recent if len(set(g) | set(leading)) == size and len(g) >= 2
            ][:1]
            # (or all whom the sentence's earlier clauses met: "X received both leaders separately, and then the
            # three held a joint meeting")
            whole = self.sentence_of(sent.start)
            if not sized and size is not None and sent is not whole:
                siblings = _distinct(
                    [i for d in drafts if self.sentence_of(d.sentence.start) is whole for i in d.person_idx]
                )
                sized = [siblings] if len(siblings) == size else []
            groups = [before, last] if size is None else sized
            if (
                size in (None, 2)
                and not before
                and drafts
                and drafts[-1].sentence is not body[position - 1]
                and lang.previous.find(sent.text)
                and len(self.main_persons) >= 2
            ):
                # "The last time the two men met was in May ...", paragraphs past the meeting reported last: the
                # article's two protagonists' earlier meeting
                groups = [self.main_persons[:2], last]
            # "The two top diplomats had previously met in October in Belgrade, when President Erdoğan paid a
            # visit": the latest group with two holders of the rank the reference names (the ministers, not the
            # President Fidan dined with after them; not whom the sentence names past the meeting)
            named_first = [i for i in idxs if i not in late]
            joining = [i for i in idxs if i in late]
            ranked = self._ranked_pair(pairs[0], recent, named_first, joining) if size in (None, 2) else None

            def told_before(group: list[int]) -> int | None:
                # the sentence before, when the group is the one it names or the meeting it reports
                told = group is before or (drafts and group is last and drafts[-1].sentence is body[position - 1])
                return position - 1 if told and position else None

            # (with whom the sentence names after an attendance word: "The two leaders met one-on-one before
            # delegation-level talks, where the Indian side included A and B")
            joined = [i for i in self._attendees_in(sent, trigger) if i in late]
            if ranked is not None:
                group, holders = ranked
                return _Sides(_distinct([*holders, *joined, *attending]), True, told_before(group))
            for group in groups:
                if len(group) >= 2 and (members <= set(group) or not members & set(group)):
                    return _Sides(_distinct([*idxs, *group, *joined, *attending]), True, told_before(group))
        if len(idxs + attending) >= 2:
            return _Sides(idxs + attending, False)
        if len(idxs) == 1 and position and any(0 <= h.start - trigger.end <= 30 for h in pairs):
            # "Erdogan recibió primero por separado a ambos dirigentes": the subject met the pair named the
            # sentence before
            group = [i for i in self._named_in(body[position - 1]) if i not in idxs]
            if len(group) == (size or 2):
                return _Sides([*idxs, *group], True, position - 1)
        if not idxs:
            # "The foreign ministers of India, Brazil and South Africa met ..." — named in the next sentence, and
            # of each country it names but they do not, the article's person ("The presidents of Egypt, Eritrea
            # and Somalia held a tripartite summit ...", whose next sentence names two of them)
            named = self._named_in(nxt) if nxt and not lang.triggers.find(nxt.text) else []
            # (two countries at least: "el líder chino participó por videoconferencia" names one side)
            countries = self._by_country(sent, trigger, [])
            if len(countries) >= 2:
                named = [*named, *(self._by_country(sent, trigger, named) if named else countries)]
            if len(named) >= 2:
                return _Sides(named, False)
        if idxs:
            # "the Vietnamese envoy held talks with X", "with his Saudi and Jordanian counterparts": the other
            # sides by country, else by reference ("his counterpart")
            listed = self._counted_list(position, idxs)
            if listed:
                return _Sides([idxs[0], *listed], False, each=True)
            by_country = _distinct([*idxs, *self._by_country(sent, trigger, idxs, anywhere=True)])
            if len(by_country) >= 2:
                return _Sides(by_country, True)
            # "held a series of bilateral meetings with his counterparts": several sides, none named here
            series = any(-30 <= h.start - trigger.start <= 60 for h in lang.series.find(sent.text))
            # ... or a number of them right after the meeting word: "Lee menelepon dua pemimpin ASEAN"
            counted = re.findall(r"\w+", sent.text[trigger.end : trigger.end + 30].casefold())[:2]
            series = series or any(lang.number_words.get(w, 0) >= 2 for w in counted)
            # not someone the sentence names only as a sender or as the one represented ("qui a représenté le
            # chef de l'Etat, X, ... pour multiplier les rencontres bilatérales")
            proxied = {m.entity for m in self.resolver.in_span(sent.start, sent.end)} - set(idxs)
            # (those named before the sentence first: a side left unnamed is someone the reader has met)
            candidates = [i for i in self.main_persons if i not in proxied]
            candidates = sorted(
                candidates,
                key=lambda i: not any(m.entity == i and m.start < sent.start for m in self.resolver.mentions),
            )
            # "Il s'est entretenu avec X": the person the pronoun stands for before any counterpart guess
            other = self._titled_subject(sent, trigger, idxs[0], pronoun_only=True)
            if other is None:
                # "После Кремля министр провел переговоры с Лавровым": the minister of the article's other side
                other = self._titled_subject(sent, trigger, idxs[0], office_only=True)
            first = candidates[0] if candidates else None
            if (
                other is None
                and first is not None
                and first != idxs[0]
                and self.entities[first].country_code != self.entities[idxs[0]].country_code
                and lang.previous.find(sent.text)
            ):
                # "Предыдущая встреча с Путиным состоялась в сентябре 2022 года во Владивостоке": an earlier meeting
                # with one side named is the article's protagonist's
                other = first
            if other is None and any(h.start >= trigger.start for h in lang.counterpart.find(sent.text)):
                # "où il s'est entretenu avec son homologue": of the article's people of another country, one who
                # holds the same office (the foreign minister, not the president who received him later)
                offices = {t.canonical for t, _ in self.titles.get(idxs[0], [])}
                home = self.entities[idxs[0]].country_code
                other = next(
                    (
                        i
                        for i in candidates
                        if i != idxs[0]
                        and self.entities[i].country_code not in (None, home)
                        and offices & {t.canonical for t, _ in self.titles.get(i, [])}
                    ),
                    None,
                )
            if other is None:
                other = _counterpart(idxs[0], sent.text, self.entities, candidates, self.cat, lang)
            if other is None and not series:
                other = self._titled_subject(sent, trigger, idxs[0])
            # (a guessed side is the envoy of the principal the article names in the envoy's title: "Мадуро
            # принимает представителя Дональда Трампа" — Grenell, not Trump)
            other = self.envoys.get(other, other) if other is not None else None
            if other is not None and not series and other != idxs[0]:
                return _Sides([idxs[0], other], True)
        elif pairs and len(self.main_persons) >= 2:
            return _Sides(self.main_persons[:2], True)
        else:
            # "los viceministros de Colombia y Ecuador mantuvieron un encuentro": the sides named by country
            by_country = self._by_country(sent, trigger, [])
            if len(by_country) >= 2:
                return _Sides(by_country, True)
        return None

    def _met_in_leading_clause(self, sent: Sentence, trigger: Hit, idxs: list[int]) -> list[int]:
        """ "Sebelum diterima Kim, Lavrov lebih dulu berunding dengan Menlu Korea Utara Choe Son Hui": whom only a time
        clause opening the sentence names, with a meeting word of its own, is another meeting's — left out when two
        people at least remain."""
        leading = [
            (a, b)
            for a, b in _time_clauses(sent, self.lang, trigger)
            if a - sent.start <= 2
            and b - sent.start <= trigger.start
            and any(
                a - sent.start <= t.start < b - sent.start
                for t in self.lang.triggers.find(sent.text) + self.lang.direct_meeting_verbs.find(sent.text)
            )
        ]
        return self._named_outside(sent, leading, idxs) if leading else idxs

    def _arrival_relatives(self, sent: Sentence, trigger: Hit) -> list[tuple[int, int]]:
        """ "Modi, who arrived in Apulia late on Thursday at the invitation of Italian Prime Minister Giorgia Meloni,
        began the day with talks with X": the article spans of relative clauses after a comma, closed before the
        meeting word, that tell an arrival and have no meeting word of their own — another event's people, day and
        place."""
        spans = []
        for h in self.lang.relative.find(sent.text[: trigger.start]):
            if not sent.text[: h.start].rstrip().endswith(","):
                continue
            end = _clause_end(sent.text, h.end)
            clause = sent.text[h.start : end]
            if end >= trigger.start or not self.lang.arrival.find(clause) or self.lang.triggers.find(clause):
                continue
            spans.append((sent.start + h.start, sent.start + end))
        return spans

    def _besides(self, sent: Sentence, trigger: Hit, idxs: list[int]) -> list[int]:
        """ "Selain Yunus, Modi juga bertemu secara terpisah dengan PM Nepal A dan B": whom only a clause opening the
        sentence with a besides-word names, before the meeting word, is someone met before — left out when two
        people at least remain."""
        opening = [h for h in self.lang.besides.find(sent.text) if h.start <= 1]
        if not opening:
            return idxs
        comma = sent.text.find(",", opening[0].end)
        # (a subject named between the clause and the meeting word: not "Selain Lula dan Prabowo, KTT itu diikuti
        # A, B ...", where they took part too)
        if (
            comma < 0
            or comma > trigger.start
            or not self.resolver.in_span(sent.start + comma, sent.start + trigger.start)
        ):
            return idxs
        return self._named_outside(sent, [(sent.start, sent.start + comma)], idxs)

    def _named_outside(self, sent: Sentence, spans: list[tuple[int, int]], idxs: list[int]) -> list[int]:
        """`idxs` without whom the sentence names only inside `spans` (article offsets), when two people at least
        remain; else `idxs` as they are."""
        outside = {
            m.entity for m in self.resolver.in_span(sent.start, sent.end) if not any(a <= m.start < b for a, b in spans)
        }
        kept = [i for i in idxs if i in outside]
        return kept if len(set(kept)) >= 2 else idxs

    @functools.cached_property
    def _where_clause(self) -> re.Pattern[str]:
        """The opening of a where-clause: ", where", ", où", ", donde"."""
        words = "|".join(re.escape(w) for w in self.lang.where_words)
        return re.compile(rf",\s*(?:{words})\b", re.IGNORECASE)

    def _airport_welcomes(self, sent: Sentence, trigger: Hit) -> dict[int, int]:
        """Airport words before the meeting word that a where-clause follows, closed before it ("à l'aéroport d'Orly,
        où l'attendaient A, et B, X a été reçu par Y"; not "..., donde lo recibió el canciller", whose meeting word is
        the clause's own): the airport's start → the clause's start, in the sentence."""
        text, where = sent.text[: trigger.start], self._where_clause
        return {
            airport.start: clause.end()
            for airport in self.lang.airports.find(text)
            if (clause := where.search(text, airport.end, airport.end + 60))
            and trigger.start - clause.end() > 30
            and "," in text[clause.end() :]
        }

    def _welcomed_on_arrival(self, sent: Sentence, trigger: Hit) -> set[int]:
        """ "Arrivé à l'aéroport d'Orly, où l'attendaient A et B, X a été reçu par Y": who an airport's where-clause
        before the meeting word names (all but the last named before the meeting word: its subject)."""
        for start in self._airport_welcomes(sent, trigger).values():
            inside = self.resolver.in_span(sent.start + start, sent.start + trigger.start)
            return {m.entity for m in inside[:-1]} - {inside[-1].entity} if inside else set()
        return set()

    def _ranked_pair(
        self,
        pair: Hit,
        groups: tuple[list[int], ...],
        named: list[int],
        joining: list[int] = (),  # type: ignore[assignment]
    ) -> tuple[list[int], list[int]] | None:
        """ "the two leaders", "les deux chefs de la diplomatie": the first of `groups` (the people of the sentence
        before, then the article's meetings, latest first) in which exactly two hold an office of the rank the
        reference names (or that office: "les deux présidents" are Presidents, not a President and a Premier),
        with the people the sentence names before the meeting word among them, and not those it names past it
        ("... un tête-à-tête, avant d'être rejoints par le président X"); the group and the two. None when the
        reference names no rank ("the two sides") or no group has such a pair."""
        rank = next((h.target for h in self.lang.pair_ranks.find(pair.text)), None)
        if rank is None:
            return None

        def holds(i: int) -> bool:
            return any(rank in (t.canonical, self.cat.office_rank(t.canonical)) for t, _ in self.titles.get(i, []))

        def other_rank(i: int) -> bool:
            return not holds(i) and any(self.cat.office_rank(t.canonical) for t, _ in self.titles.get(i, []))

        for group in groups:
            members = [i for i in _distinct(group) if i not in joining]
            holders = [i for i in members if holds(i)]
            if len(holders) == 1:
                # (or one of the article's two protagonists, whose office it does not tell, beside one who holds it:
                # "Rajoelina a reçu le président Macron ... Les deux présidents")
                main = self.main_persons[:2]
                holders += [i for i in members if i in main and i not in holders][:1]
                if len(holders) == 1 and holders[0] in main:
                    # (or the other protagonist, who holds it: "Prabowo menyambut langsung tamunya ... kedua
                    # pemimpin melakukan pertemuan empat mata")
                    holders += [i for i in main if i != holders[0] and holds(i)]
                holders = holders if not any(other_rank(i) for i in holders) else []
            if len(holders) == 2 and set(named) <= set(holders):
                return group, holders
        return None

    def _counted_calls(self, sent: Sentence, trigger: Hit, idxs: list[int]) -> list[int]:
        """ "melakukan percakapan telepon dengan tiga pemimpin negara tetangga, yakni A, B, dan C": one caller, a
        number of others right after the call word and as many named after it — a call with each (the caller
        first); [] otherwise."""
        if trigger.target != "phone":
            return []
        words = re.findall(r"\w+", sent.text[trigger.end : trigger.end + 30].casefold())[:2]
        count = next((self.lang.number_words[w] for w in words if w in self.lang.number_words), 0)
        if count < 2:
            return []
        cut = sent.start + trigger.start
        before = _distinct(m.entity for m in self.resolver.in_span(sent.start, cut) if m.entity in idxs)
        after = [i for i in idxs if i not in before]
        return [*before, *after] if len(before) == 1 and len(after) == count else []

    def _counted_list(self, position: int, idxs: list[int]) -> list[int]:
        """ "Prabowo berbincang dengan lima pemimpin ... melalui telepon. ... Kelima pemimpin itu adalah A, B, C dan
        D": a number of sides right after a meeting word, and the people the next sentence that names anyone
        lists (within two; none when that sentence reports a meeting of its own)."""
        lang, sent = self.lang, self.body[position]
        counted = any(
            lang.number_words.get(w, 0) >= 2
            for t in lang.triggers.find(sent.text)
            for w in re.findall(r"\w+", sent.text[t.end : t.end + 30].casefold())[:2]
        )
        # "Adapun pemimpin ... yang diterima Presiden, yaitu:" then one item a line ("1. Perdana Menteri Singapura,
        # Lawrence Wong;"), within four sentences: the people of the items — or the meeting sentence's own list
        # ("mantuvo reuniones con sus homólogos:" then "- de la República Dominicana, Roberto Álvarez;")
        own = [position] if sent.text.rstrip().endswith(":") else []
        for n in own + (list(range(position + 1, position + 5)) if counted else []):
            later = self.body[n] if n < len(self.body) else None
            if later is None or not later.text.rstrip().endswith(":"):
                continue
            items: list[int] = []
            for item in self.body[n + 1 :]:
                if not _LIST_ITEM.match(item.text) and not re.search(r"[;,]\s*\w{0,3}\s*$", item.text):
                    break
                items += [i for i in self._named_in(item) if i not in idxs + items]
            if len(items) >= 2:
                return items
        for later in self.body[position + 1 : position + 3] if counted else []:
            named = [i for i in self._named_in(later) if i not in idxs]
            if named:
                return named if len(named) >= 2 and not lang.triggers.find(later.text) else []
        return []

    def _briefing(self, sent: Sentence, trigger: Hit, idxs: list[int]) -> list[int] | None:
        """ "Он также рассказал премьеру о встрече со спецпосланником Уиткоффом", "Wang told Lavrov about his
        talks with Rubio": the teller's meeting, reported to a listener who took no part in it — the teller
        (the person before the phrase, else for a pronoun the first person of the sentence before) and who
        the meeting was with. None when the meeting word follows no such phrase."""
        told = [h for h in self.lang.briefings.find(sent.text) if 0 <= trigger.start - h.end <= 25]
        if not told:
            return None
        phrase = told[-1]
        listeners = {m.entity for m in self.resolver.in_span(sent.start + phrase.start, sent.start + trigger.start)}
        tellers = [m.entity for m in self.resolver.in_span(sent.start, sent.start + phrase.start)]
        if not tellers:
            earlier = [s for s in self.body if s.end <= sent.start][-1:]
            tellers = [i for s in earlier for i in self._named_in(s) if i not in listeners and i not in idxs]
        others = [i for i in idxs if i not in listeners]
        return _distinct([*tellers[:1], *others])

    def _attendees_in(self, sent: Sentence, trigger: Hit) -> list[int]:
        """Who the sentence names after an attendance word that follows the meeting word ("des entretiens avec
        X, en présence de Y"): Y attended; X is a side."""
        late = [h.start for h in self.lang.attendance.find(sent.text) if h.start > trigger.end]
        return [m.entity for m in self.resolver.in_span(sent.start + late[0], sent.end)] if late else []

    def _pronoun_subject(self, position: int, trigger: Hit, idxs: list[int]) -> tuple[int, bool] | None:
        """ "Mr. Jaishankar began his engagements on Sunday ... He also held separate meetings with A, B and C": a
        subject pronoun opening the sentence, before a meeting word with two or more people after it, is the first
        person the sentence before names; and when that sentence announced a series of bilateral meetings ("Mr Xi
        on Monday began a series of bilateral meetings ... He received, among others, A, B and C"), the subject
        met each apart (the second value)."""
        sent = self.body[position]
        words = [w.casefold() for w in re.findall(r"\w+", sent.text[: trigger.start])]
        # (or right before its verb, past an opening adverbial: "During a stay of twenty hours he held separate
        # talks with A and with B")
        if len(idxs) < 2 or not position or not set(words[:1] + words[-2:]) & self.lang.subject_pronouns:
            return None
        if self.resolver.in_span(sent.start, sent.start + trigger.start):
            return None
        # (in a clause, the clause's subject: "Fidan hosted a first round in July, and on Aug. 12 he met A and B
        # separately")
        subject = self.clause_subjects.get((sent.start, sent.end))
        if subject is not None:
            return (subject, False) if subject not in idxs else None
        prev = self.body[position - 1]
        # (a chain of them: "the Secretary-General held a series of bilateral meetings ... He met with A, and with
        # B ... He also met with C; D; and E": the subject of the sentence the chain starts from)
        # (or of a pair: "The two leaders had last met in January, when Macron was ... He then met A": past it)
        full, steps = self.sentence_of(prev.start), 0
        while steps < 3 and (
            self._opens_with_pronoun(full) or any(h.start <= 4 for h in self.lang.pair.find(full.text))
        ):
            earlier = [s for s in self.sentences if s.end <= full.start and not s.header][-1:]
            if not earlier:
                break
            full, steps = earlier[0], steps + 1
        prev = full if steps else prev
        before = [i for i in self._named_in(prev) if i not in idxs]
        if not before:
            return None
        series = bool(self.lang.series.find(prev.text)) and bool(self.lang.bilateral.find(prev.text))
        return before[0], series

    def _pronoun_and_counterpart(
        self, position: int, trigger: Hit, idxs: list[int], drafts: list[_Draft]
    ) -> _Sides | None:
        """ "Это первый официальный визит Гоиты в Россию. Впервые лично с российским коллегой он встретился 29 июля
        2023 года": a meeting word with no one named, a subject pronoun and a counterpart word is the meeting of
        whom the sentence before names (one person) with the one they met in the latest meeting reported."""
        sent = self.body[position]
        words = {w.casefold() for w in re.findall(r"\w+", sent.text)}
        if idxs or not position or not drafts or not words & self.lang.subject_pronouns:
            return None
        if not self.lang.counterpart.find(sent.text):
            return None
        before = _distinct(self._named_in(self.body[position - 1]))
        if len(before) != 1:
            return None
        met = next((d for d in reversed(drafts) if before[0] in d.person_idx and len(set(d.person_idx)) == 2), None)
        if met is None:
            return None
        return _Sides([before[0], *(i for i in _distinct(met.person_idx) if i != before[0])], False)

    def _each_delegation(self, sent: Sentence, idxs: list[int], drafts: list[_Draft]) -> _Sides | None:
        """ "Por la mañana, el jefe de la ONU había mantenido reuniones bilaterales por separado con cada una de las
        cinco delegaciones": the one person named meets each of the others of the last multilateral meeting they
        took part in."""
        if len(idxs) != 1 or not self.lang.each_delegation.find(sent.text):
            return None
        group = next((d for d in reversed(drafts) if idxs[0] in d.person_idx and len(set(d.person_idx)) >= 3), None)
        if group is None:
            return None
        return _Sides([idxs[0], *(i for i in _distinct(group.person_idx) if i != idxs[0])], False, each=True)

    def _opens_with_pronoun(self, sent: Sentence) -> bool:
        """A sentence whose first word is a subject pronoun ("He met with ...")."""
        first = re.match(r"\W*(\w+)", sent.text)
        return first is not None and first.group(1).casefold() in self.lang.subject_pronouns

    def _passive_pronoun(self, sent: Sentence, idxs: list[int]) -> _Sides | None:
        """ "he flew to Riyadh, where he was first received by A at the foreign ministry and, hours later, by the
        crown prince": a pronoun received by those named after the passive is the person the sentence names
        before it, else the first of the sentence before; each agent told with its own "by" met them apart."""
        marks = self.lang.passive_host.find(sent.text)
        if not marks or not idxs or not self.lang.subject_pronouns:
            return None
        mark = marks[0]
        agents = [m for m in self.resolver.in_span(sent.start + mark.end, sent.end) if m.entity in idxs]
        if len({m.entity for m in agents}) < 2:
            return None
        head = sent.text[: mark.start]
        said = list(_pronouns(self.lang).finditer(head))
        if not said or self.resolver.in_span(sent.start + said[-1].end(), sent.start + mark.start):
            return None
        before = [m.entity for m in self.resolver.in_span(sent.start, sent.start + said[-1].start())]
        full = [s for s in self.sentences if s.end <= sent.start and not s.header][-1:]
        earlier = before or [i for s in full for i in self._named_in(s)]
        received = _distinct(m.entity for m in agents)
        subject = next((i for i in earlier if i not in received), None)
        if subject is None:
            return None
        by = mark.text.split()[-1].casefold()
        tail = sent.text[agents[0].end - sent.start :]
        each = re.search(rf"(?<!\w){re.escape(by)}(?!\w)", tail, re.IGNORECASE) is not None
        return _Sides([subject, *received], False, each=each)

    def _listed_pronoun(self, sent: Sentence, idxs: list[int]) -> int | None:
        """ "... from Kabul, where he, Dar and Muttaqi held the Trilateral Dialogue": a pronoun listed with the
        people named stands for the person the sentence names before it, else for the one of the country its
        subject names ("The Chinese minister"), else for the first person of the sentence before."""
        first = next((m for m in self.resolver.in_span(sent.start, sent.end) if m.entity in idxs), None)
        if first is None or not self.lang.subject_pronouns:
            return None
        head = self.text[sent.start : first.start]
        pronouns = _pronouns(self.lang).pattern
        listed = re.search(rf"{pronouns}\s*(?:,|\s\w{{1,3}}\s)\s*$", head, re.IGNORECASE)
        if listed is not None and listed.group(0).split()[0].isupper() and len(listed.group(0).split()[0]) > 1:
            listed = None  # ("HE the President": His Excellency, no pronoun)
        # (or joined to the name past its title: "He and Prime Minister Modi last met in Port Moresby")
        while listed is None and (last := re.search(r"([^\W\d_][\w.]*)\s*$", head)):
            if not last.group(1)[0].isupper() or last.group(1).casefold().strip(".") not in (
                self.lang.title_vocab | self.lang.honorifics
            ):
                break
            head = head[: last.start()]
            listed = re.search(rf"{pronouns}\s+{CONJUNCTION}\s+$", head, re.IGNORECASE)
        if listed is None:
            return None
        before = [
            m.entity for m in self.resolver.in_span(sent.start, sent.start + listed.start()) if m.entity not in idxs
        ]
        if before:
            return before[0]
        for hit in self.cat.country_names.find(head[: listed.start()]):
            people = [i for i in self.main_persons if self.entities[i].country_code == hit.target and i not in idxs]
            if people:
                return people[0]
        full = [s for s in self.sentences if s.end <= sent.start and not s.header][-1:]
        earlier = [i for s in full for i in self._named_in(s) if i not in idxs]
        # (else the article's most-named other person: "This is his first visit to India. He and Prime Minister
        # Modi last met in Port Moresby")
        earlier += [i for i in self.main_persons if i not in idxs][:1]
        return earlier[0] if earlier else None

    def _titled_subject(
        self, sent: Sentence, trigger: Hit, named: int, pronoun_only: bool = False, office_only: bool = False
    ) -> int | None:
        """ "EAM called on H.E. Mr. Vladimir Putin", "The Minister then held talks with X": a subject before the
        trigger that names no one but an office (a title word, or an acronym such as EAM that is no country or
        organisation) is the article's most-mentioned person of another country."""
        subject = self.cleaned.text[sent.start : sent.start + trigger.start]  # as written: "EAM", not "Eam"
        if self.resolver.in_span(sent.start, sent.start + trigger.start):
            return None
        # "On August 7, the head of state met ...", "En la primera etapa de su gira, la semana pasada, se reunió
        # con X": past the openers
        subject = subject.rsplit(",", 1)[-1]
        offset = sent.start + trigger.start - len(subject)
        home = self.entities[named].country_code

        def other(i: int) -> bool:
            return i != named and self.entities[i].country_code not in (None, home)

        if any(h.start <= 3 for h in self.lang.latter.find(subject.lstrip())):
            # "Ce dernier était arrivé dès mercredi soir et s'était entretenu avec X": the one the sentence before
            # names last
            for before in [s for s in self.body if s.end <= sent.start][-1:]:
                last = [m.entity for m in self.resolver.in_span(before.start, before.end) if other(m.entity)]
                if last:
                    return last[-1]
        if len(subject.split()) > 6:
            # "Госсекретарь прилетел в саудовскую столицу заранее и вечером в понедельник был принят ...": a
            # title opening the clause is its subject, however far the meeting word
            opening = [h for h in self.lang.title_heads.find(subject) if not subject[: h.start].strip()]
            if not opening:
                return None
            subject = subject[: opening[0].end]
        acronyms = [
            m
            for m in re.finditer(r"\b[A-Z]{2,5}\b", subject)
            if not self.cat.country_names.find(m.group(0)) and not self.cat.framework_names.find(m.group(0))
        ]
        words = re.findall(r"\w+", subject.casefold())
        pronoun = any(w in self.lang.subject_pronouns for w in words) or (
            # "En Beijing dialogó con X": a dropped subject
            self.lang.subject_optional and len(words) <= 4 and not self.lang.title_heads.find(subject)
        )
        if (pronoun_only and not pronoun) or (not acronyms and not pronoun and not self.lang.title_heads.find(subject)):
            return None
        if pronoun:
            # "he", "il": the acting person of the sentence right before ("X, qui a représenté le chef de l'Etat,
            # Y, ... Il s'est entretenu avec Z": X), else the article's protagonist
            for before in [s for s in self.body if s.end <= sent.start][-1:]:
                # (a sentence before whose subject was dropped too — "Después almorzó con el rey X, en un encuentro
                # al que asistieron A y B. Ya por la tarde fue recibido por Y" — tells of the protagonist)
                first = min((h.start for h in self.lang.triggers.find(before.text)), default=None)
                lead = next((i for i in self.main_persons if other(i)), None)
                if (
                    self.lang.subject_optional
                    and first is not None
                    and lead is not None
                    and not self.resolver.in_span(before.start, before.start + first)
                ):
                    return lead
                # (a sentence before of a pair — "The two leaders had last met in January, when Macron was ... He
                # then met A" — tells of the protagonist)
                if lead is not None and any(h.start <= 4 for h in self.lang.pair.find(before.text)):
                    return lead
                # (not the agent of a passive: "Le Premier ministre s'est rendu aux EAU, où il a été reçu par le
                # président X. Mardi, il a rencontré Y" — the Prime Minister, whom it names by title only)
                passive = [before.start + h.end for h in self.lang.passive_host.find(before.text)]
                acting = [
                    m.entity
                    for m in self.resolver.in_span(before.start, before.end)
                    if other(m.entity) and not (passive and m.start >= passive[0])
                ]
                acting = [i for i in self._named_in(before) if i in acting]
                if acting:
                    return acting[0]
        # "После Кремля министр провел переговоры с Лавровым": the one whose title has that word, if any
        refs = [
            title_reference(self.text, offset + h.start, sent.end, self.lang, self.cat, [], any_office=True)
            for h in self.lang.title_heads.find(subject)
        ]
        heads = [ref.canonical.casefold() for ref in refs if ref]
        # (of the article's two most-mentioned others: "el presidente del Gobierno" is not a President named once)
        titled = [
            i
            for i in [i for i in self.main_persons if other(i)][:2]
            if any(t.canonical.casefold().startswith(h) for h in heads for t, _ in self.titles.get(i, []))
        ]
        if not titled:
            # ... else the one person of the article who holds exactly that office ("Госсекретарь прилетел ... и
            # был принят наследным принцем": the Secretary of State, however often named)
            exact = [
                i
                for i in self.main_persons
                if other(i) and any(t.canonical.casefold() in heads for t, _ in self.titles.get(i, []))
            ]
            titled = exact if len(exact) == 1 else []
        titled = self._named_before(titled, sent.start)  # (not an Emir the article names only later)
        if titled or office_only:
            return titled[0] if titled else None
        guess = next((i for i in self.main_persons if other(i)), None)
        # (the envoy rather than the principal the envoy's title names: "Richard Grenell, enviado del presidente
        # Donald Trump ... La delegación estadounidense ... fue recibida por Nicolás Maduro")
        return self.envoys.get(guess, guess) if guess is not None else None

    def _by_country(self, sent: Sentence, trigger: Hit, present: list[int], anywhere: bool = False) -> list[int]:
        """The article's most-mentioned person of each country the sentence names as a side of the meeting
        (not as a venue; unless `anywhere`, as its subject before the trigger), when no person present is
        of that country."""
        entities = self.entities
        have = {entities[i].country_code for i in present}
        out: list[int] = []
        offices = {t.canonical for i in present for t, _ in self.titles.get(i, [])}
        counterparts = self.lang.counterpart.find(sent.text)
        # "... with his Saudi and Jordanian counterparts, a day after he spoke with Oman's top diplomat"
        cut = min((h.start for h in self.lang.time_relations.find(sent.text) if h.start > trigger.end), default=None)
        for hit in self.cat.country_names.find(sent.text):
            if cut is not None and hit.start > cut:
                continue
            code = str(hit.target)
            if not (anywhere or 0 <= trigger.start - hit.end <= 80) or code in have:
                continue
            if preposition_before(sent.text, hit.start, self.lang):
                continue
            people = [i for i in self.main_persons if entities[i].country_code == code]
            if any(-20 <= hit.start - c.end <= 20 for c in counterparts):
                # "con su homólogo cubano": the one of that country who holds the same office, if any does
                same = [i for i in people if any(t.canonical in offices for t, _ in self.titles.get(i, []))]
                people = same or people
            person = next(iter(people), None)
            # ("la delegación estadounidense", when the article has named the principal's envoy: the envoy)
            person = self.envoys.get(person, person) if person is not None else None
            if person is not None and person not in present:
                have.add(code)
                out.append(person)
        return out if len(out) + len(present) >= 2 else []

    def _host(self, sent: Sentence) -> int | None:
        """ "X received Y": the last person named before the first host trigger; "Y was received by X": the
        first named after the passive marker."""
        mentions = self.resolver.in_span(sent.start, sent.end)
        passive = self.lang.passive_host.find(sent.text)
        if passive:
            after = [m for m in mentions if m.start >= sent.start + passive[0].end]
            return after[0].entity if after else None
        host_hits = self.lang.host_triggers.find(sent.text)
        if not host_hits:
            return None
        before = [m for m in mentions if m.start < sent.start + host_hits[0].start]
        return before[-1].entity if before else None

    def _planned_meeting(
        self, kind: str, idxs: list[int], place: r.Place | None, date: DateMention | None, sent: Sentence
    ) -> None:
        entities = self.entities
        self.other_events.append(
            r.OtherEvent(
                id=identity.event_id(f"planned-{kind}-" + "-".join(sorted(entities[i].id for i in idxs)), None),
                kind="meeting",
                planned=True,
                participants=[_participant(entities[i], self.titles.get(i, []), None) for i in idxs],
                place=place,
                date=date.date if date else None,
                date_precision=date.precision if date else None,
                date_text=date.text if date else None,
                provenance=self.prov(sent, 0.7),
            )
        )

    # --- other events: planned summits ---------------------------------------------------------------
    def _planned_summits(self) -> None:
        lang, cat, published = self.lang, self.cat, self.published
        for sent in self.sentences:
            planned_hits = lang.planned.find(sent.text)
            multi = lang.multilateral.find(sent.text)
            if not (planned_hits and multi) or lang.triggers.find(sent.text):
                continue
            fw = cat.framework_acronyms.find(sent.text) + cat.framework_names.find(sent.text)
            place = self._venue(sent.text, sent.start, [])
            dates = find_dates(sent.text, lang, published, future=True)
            near = [f for f in fw if f.end <= multi[0].start and multi[0].start - f.end < 30]
            name = sent.text[near[-1].start : multi[0].end] if near else multi[0].text
            self.other_events.append(
                r.OtherEvent(
                    id=identity.event_id(
                        name + (f"-{published.year}" if published else ""), str(fw[0].target) if fw else None
                    ),
                    kind="summit",
                    name=name,
                    planned=True,
                    place=place,
                    framework_id=str(fw[0].target) if fw else None,
                    date=dates[0].date if dates else None,
                    date_precision=dates[0].precision if dates else None,
                    date_text=dates[0].text if dates else None,
                    provenance=self.prov(sent, 0.6),
                )
            )

    def _visited(self, sent: Sentence, trigger: Hit) -> r.Place | None:
        """Where a visit word goes: the place right after it ("visit to Russia", "berkunjung ke Jakarta", "an
        official visit to the Republic of the Philippines") or after a venue preposition close to it ("... an
        official visit, at the Old Treasury Building in Nairobi")."""
        cat = self.cat
        rest = sent.text[trigger.end : trigger.end + 60]
        first = next(
            iter(sorted(cat.place_names.find(rest) + cat.country_names.find(rest), key=lambda h: h.start)), None
        )
        lead = rest[: first.start].split() if first is not None else []
        # (one word between, or two short ones: "official visit to the Republic of the Philippines")
        if first is not None and (
            len(lead) <= 1 or (len(lead) == 2 and all(w.islower() and len(w) <= 3 for w in lead))
        ):
            return place_from_hit(cat, first) if first.target in cat.places else country_place(cat, str(first.target))
        after = Sentence(sent.start + trigger.end, sent.end, sent.text[trigger.end :], sent.header)
        return self._venue(after.text, after.start, [], 0)

    # --- other events: visits ---------------------------------------------------------------------------
    def _visits(self) -> None:
        """ "Sugiono paid an official visit to Moscow", "Le ministre s'est rendu à Niamey": a visit by the
        first person named before the trigger, to the place named after it (held or planned). Who received
        the visitor is a meeting of its own when the article names them."""
        lang = self.lang
        seen: set[str] = set()
        for sent in self.body:
            hits = lang.visit_triggers.find(sent.text)
            if not hits or lang.negation.find(sent.text):
                continue
            trigger = hits[0]
            visitors = [  # named close before the trigger: "Xi Jinping's visit to Russia", "X, who is visiting"
                m for m in self.resolver.in_span(sent.start, sent.end) if 0 < sent.start + trigger.start - m.end <= 80
            ]
            place = self._visited(sent, trigger)
            if not visitors or place is None:
                continue
            visitor = visitors[-1].entity  # the nearest before: "hosted X, who is on an official visit"
            planned = any(p.start <= trigger.end for p in lang.planned.find(sent.text))
            dates = find_dates(sent.text, lang, self.published, future=planned)
            date = dates[0] if dates else None
            eid = identity.event_id(
                f"visit-{self.entities[visitor].id}-{place.id}-{date.date or date.weekday if date else 'undated'}"
            )
            if eid in seen:
                continue
            seen.add(eid)
            self.other_events.append(
                r.OtherEvent(
                    id=eid,
                    kind="visit",
                    planned=planned,
                    participants=[_participant(self.entities[visitor], self.titles.get(visitor, []), "guest")],
                    place=place,
                    host_country_code=place.country_code,
                    date=date.date if date else None,
                    date_precision=date.precision if date else None,
                    date_text=date.text if date else None,
                    provenance=self.prov(sent, 0.6),
                )
            )

    # --- mentions and records ----------------------------------------------------------------------
    def _records(self, meetings: list[r.Meeting]) -> r.Extraction:
        cat, entities, published = self.cat, self.entities, self.published
        frameworks: dict[str, r.Framework] = {}
        framework_mentions: list[r.Mention] = []
        countries: dict[str, r.Country] = {}
        topics: list[str] = []
        topic_at: list[tuple[int, str]] = []
        for sent in self.sentences:
            for hit in cat.framework_acronyms.find(sent.text) + cat.framework_names.find(sent.text):
                f = cat.frameworks[hit.target]
                if f["id"] not in frameworks:
                    frameworks[f["id"]] = _framework(f)
                    framework_mentions.append(r.Mention(target_id=f["id"], provenance=self.prov(sent, 0.9)))
            for hit in cat.country_names.find(sent.text):
                c = cat.countries[hit.target]
                countries.setdefault(c["code"], r.Country(code=c["code"], name=c["name"]))
            for hit in cat.topic_names.find(sent.text):
                name = cat.topics[hit.target]["name"]
                topic_at.append((sent.start + hit.start, name))
                if name not in topics:
                    topics.append(name)
        # a meeting's topics: those named from its sentence up to the next meeting's sentence ("The two
        # ministers discussed the Ukraine crisis ...") — not every topic of the article
        starts = sorted({m.provenance.start for m in meetings})
        for meeting in meetings:
            begin = meeting.provenance.start
            end = next((x for x in starts if x > begin), len(self.text))
            begin = 0 if begin == starts[0] else begin  # the headline and lead belong to the first meeting
            meeting.topics = _distinct_names(name for pos, name in topic_at if begin <= pos < end)
            occ = meeting.occasion
            if occ and occ.framework_id and occ.framework_id not in frameworks:
                frameworks[occ.framework_id] = _framework(cat.frameworks[occ.framework_id])
        people = []
        offices = []
        for idx, ent in enumerate(entities):
            if ent.mentions == 0:
                continue
            first = next(m for m in self.resolver.mentions if m.entity == idx)
            sent = self.sentence_of(first.start)
            people.append(
                r.Person(
                    id=ent.id,
                    name=ent.name,
                    aliases=sorted(ent.aliases),
                    country_code=ent.country_code,
                    provenance=[self.prov(sent, first.confidence)],
                )
            )
            for t, tsent in self.titles.get(idx, []):
                code_ = t.country_code or ent.country_code
                offices.append(
                    r.OfficeHeld(
                        person_id=ent.id,
                        office_id=identity.office_id(code_, t.canonical),
                        title=t.canonical,
                        title_as_stated=t.stated,
                        country_code=code_,
                        as_of=published,
                        provenance=self.prov(tsent, t.confidence),
                    )
                )
            if ent.country_code and ent.country_code in cat.countries:
                c = cat.countries[ent.country_code]
                countries.setdefault(c["code"], r.Country(code=c["code"], name=c["name"]))
        places = {m.place.id: m.place for m in meetings if m.place}
        places.update({e.place.id: e.place for e in self.other_events if e.place})
        doc, cleaned = self.doc, self.cleaned
        article = r.Article(
            id=self.aid,
            source=doc.source,
            name=doc.name,
            url=doc.url,
            title=doc.title,
            outlet=doc.outlet or cleaned.outlet,
            published=published,
            language=self.code,
            content_hash=identity.content_hash(doc.text),
            dateline_city=cleaned.dateline_city,
            text=doc.text,
        )
        return r.Extraction(
            article=article,
            people=people,
            offices=offices,
            meetings=meetings,
            other_events=self.other_events,
            countries=sorted(countries.values(), key=lambda c: c.code),
            places=list(places.values()),
            frameworks=list(frameworks.values()),
            framework_mentions=framework_mentions,
            topics=topics,
        )


def _shifted(base: DateMention, days: int) -> DateMention | None:
    """`base` moved by `days`: a date stays a date, a weekday-only constraint becomes another weekday."""
    if base.date is not None and base.precision == "day":
        moved = base.date + dt.timedelta(days=days)
        return DateMention(base.start, base.end, base.text, moved, "day", WEEKDAYS[moved.weekday()])
    if base.weekday:
        weekday = WEEKDAYS[(WEEKDAYS.index(base.weekday) + days) % 7]
        return DateMention(base.start, base.end, base.text, weekday=weekday)
    return None


def _place_named_in(name: str, lang: LanguageData, cat: Catalog) -> r.Place | None:
    """A catalog city in a name, also as the adjective the language makes of it ("Минской" → Минск)."""
    at = next(iter(cat.place_names.find(name)), None)
    if at:
        return place_from_hit(cat, at)
    for word in re.findall(r"\w+", name):
        ending = next(
            (e for e in lang.place_adjective_endings if word.casefold().endswith(e) and len(word) > len(e) + 2), None
        )
        if ending is None or not word[:1].isupper():
            continue
        stem = word[: -len(ending)]
        for candidate in (stem + "ск", stem):  # Минской → Минск, Ташкентского → Ташкент
            hit = cat.place_names.whole(candidate)
            if hit:
                return place_from_hit(cat, hit)
    return None


def _held_elsewhere(sent: Sentence, lang: LanguageData) -> list[tuple[int, int]]:
    """The article spans of "<event> held in <place>" ("celebrada en", "tenue à") in a sentence with no meeting word:
    where some other event took place."""
    # (not where the meeting the sentence opens on was held: "Pertemuan yang digelar di Gedung Pancasila, Jakarta")
    if lang.triggers.find(sent.text) or any(h.start <= 5 for h in lang.meeting_reference.find(sent.text)):
        return []
    return [(sent.start + h.start, sent.start + h.end + 40) for h in lang.event_participles.find(sent.text)]


def _time_clauses(sent: Sentence, lang: LanguageData, trigger: Hit | None = None) -> list[tuple[int, int]]:
    """The article spans of the sentence's time clauses ("since the Leaders Meeting in Honiara", "before the
    summit in Kazan") that do not hold the trigger: another event's place and time."""
    spans = [(h.start, _clause_end(sent.text, h.end)) for h in lang.time_relations.find(sent.text)]
    return [(sent.start + a, sent.start + b) for a, b in spans if trigger is None or not a <= trigger.start < b]


def _source_spans(text: str, lang: LanguageData) -> list[tuple[int, int]]:
    """The spans of a sentence's sources ("Selon un communiqué publié hier,"): a source word to its clause end,
    and a weekday right after it ("keterangan tertulis yang diterima di Jakarta, Selasa,": the day the statement
    came)."""
    spans = []
    for h in lang.sources.find(text):
        end = _clause_end(text, h.end)
        day = re.match(r",\s*([^\W\d_]+)\s*(?=[,.]|$)", text[end:])
        spans.append((h.start, end + day.end(1) if day and day.group(1).casefold() in lang.weekdays else end))
    return spans


def _reported_spans(text: str, lang: LanguageData, after: int) -> list[tuple[int, int]]:
    """ "..., state media reported Friday", "..., the KCNA reported a day earlier": a reporting verb after the
    meeting word (at `after`) and the 20 characters after it in its clause, where a day is the report's."""
    return [(h.start, min(h.end + 20, _clause_end(text, h.end))) for h in lang.reporting.find(text) if h.start > after]


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at `start` ends: the next comma, semicolon or dash, else the end."""
    m = re.search(r"[,;]|\s[—–-]\s", text[start:])
    return start + m.start() if m else len(text)


def _split(sent: Sentence, at: int) -> tuple[Sentence, Sentence]:
    """The sentence as two clauses, cut at `at` (an offset in its text)."""
    return (
        Sentence(sent.start, sent.start + at, sent.text[:at], sent.header),
        Sentence(sent.start + at, sent.end, sent.text[at:], sent.header),
    )


def _quoted(text: str, pos: int) -> bool:
    """`pos` is inside a quotation of the sentence (an odd number of quotation marks before it)."""
    return sum(text.count(q, 0, pos) for q in '"“”«»„') % 2 == 1


def _days_apart(a: DateMention, b: DateMention) -> int:
    """Days between two dates of the article; a month, or a weekday without a date, is far from anything."""
    if a.date is None or b.date is None or a.precision != "day" or b.precision != "day":
        return 0 if _day(a) == _day(b) else 1000
    return abs((a.date - b.date).days)


_PRONOUNS: dict[str, re.Pattern[str]] = {}


def _pronouns(lang: LanguageData) -> re.Pattern[str]:
    """The language's subject pronouns as one pattern ("he", "il", "él"), built once per language."""
    if lang.code not in _PRONOUNS:
        words = "|".join(re.escape(w) for w in lang.subject_pronouns)
        _PRONOUNS[lang.code] = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    return _PRONOUNS[lang.code]


def _within(coarse: DateMention, fine: DateMention) -> bool:
    """A day inside a year or a month told before it ("their contacts this year have been by telephone. Erdogan
    called Mitsotakis on March 4"): the same call, told vaguely then exactly."""
    if coarse.date is None or fine.date is None or fine.precision != "day":
        return False
    if coarse.precision == "year":
        return coarse.date.year == fine.date.year
    return coarse.precision == "month" and (coarse.date.year, coarse.date.month) == (fine.date.year, fine.date.month)


def _day(d: DateMention) -> tuple[object, ...]:
    # (a resolved day is that day however it was told: "on Wednesday" and "today" of a Wednesday's article)
    if d.date is not None:
        return (d.date, d.precision)
    return (None, d.weekday, d.month_day)


def _framework(f: dict) -> r.Framework:  # type: ignore[type-arg]
    return r.Framework(id=f["id"], name=f["name"], qid=f.get("qid"), kind=f.get("kind"))


def _inherit_venues(
    drafts: list[_Draft],
    lead: list[Sentence],
    lang: LanguageData,
    cat: Catalog,
    dateline: r.Place | None,
    countries: frozenset[str],
) -> None:
    """An in-person meeting whose sentence names no venue takes the venue of another meeting of the same
    trip (a shared participant), else the venue the lead (or else the headline) states ("... in Rio de
    Janeiro on Monday", "À Alger, Barrot reçu par Tebboune"), else the dateline city: a hint, not proof, so
    the meeting's confidence drops."""

    # (not a sentence telling an earlier meeting: "X and Y last met in Addis Ababa"; nor where another event was
    # held, in one that reports no meeting: "thanked the King for Spain's support to the Conference on Financing
    # for Development held in Seville")
    lead_place = next(
        (
            p
            for s in lead
            if not lang.previous.find(s.text)
            and (
                p := venue(
                    _before_plans(s, lang),
                    s.start,
                    lang,
                    cat,
                    _time_clauses(s, lang)
                    + _held_elsewhere(s, lang)
                    + [(s.start + h.start, s.end) for h in lang.with_whom.find(s.text)]
                    # (nor where the traveller came from: "He flew in from Dhaka, where he had held talks with X")
                    + [
                        (s.start + at, s.end)
                        for w in lang.departure_words
                        if (at := s.text.casefold().find(w)) >= 0 and " " in w
                    ],
                    countries=countries,
                )
            )
            and p.city
        ),
        None,
    )
    lead_place = lead_place or _visited_capital(lead, lang, cat)
    for d in drafts:
        # (a meeting placed in a country only takes the city another meeting or the lead gives in that country:
        # "puso fin a su visita de Estado a Chile con un encuentro con la alcaldesa de Santiago")
        country_only = d.place is not None and not d.place.city
        if d.kind != "in_person" or (d.place is not None and not country_only):
            continue
        if d.previous and d.date is None:
            continue  # (an earlier meeting the article does not date: "в последний раз виделся также на саммите")
        # (one placed in the country only has no city to give)
        siblings = [
            o
            for o in drafts
            if o.place
            and (o.place.city or not country_only)
            and o.kind == "in_person"
            and set(o.person_idx) & set(d.person_idx)
            and not o.previous
        ]
        # a meeting of the same day first; one of another day of the same trip ("Fidan hosted him in Ankara on
        # Jan. 15") only when the lead names no place — never one of another month ("had met in Beijing in July")
        # (not an undated one for a dated meeting: "Pekan lalu, Emir Qatar ... terbang ke Damaskus")
        same_day = [o for o in siblings if d.date is None or (o.date is not None and _day(o.date) == _day(d.date))]
        same_trip = [o for o in siblings if o.date is None or d.date is None or _days_apart(o.date, d.date) <= 3]
        # (nor, another day's, when the dateline is in its country: the reporter's city is where today's meetings
        # are — "LOBITO, Angola (AP) — Biden on Wednesday ... On Tuesday, Lourenço received him ... in the capital")
        dated_here = dateline is not None and any(
            o.place is not None and o.place.country_code == dateline.country_code for o in same_trip
        )
        # (nor a stop of the days before, abroad, when the dateline is elsewhere: "Modi arrived in Addis Ababa from
        # Amman", datelined Addis Ababa)
        if dateline is not None and d.date is not None and d.date.date is not None:
            same_trip = [
                o
                for o in same_trip
                if not (
                    o.date is not None
                    and o.date.date is not None
                    and o.date.date < d.date.date
                    and o.place is not None
                    and o.place.country_code != dateline.country_code
                )
            ]
        nearest = same_day or ([] if lead_place or dated_here else same_trip)
        # (the stop nearest in time, then in the telling: a tour's last stop is not its first)
        nearest = sorted(
            nearest,
            key=lambda o: (
                _days_apart(o.date, d.date) if o.date and d.date else 9,
                abs(drafts.index(o) - drafts.index(d)),
            ),
        )
        # a meeting dated by a month or a year only ("la semana pasada, se reunió con X") is background, held
        # elsewhere for all the lead says
        background = d.date_explicit and d.date is not None and d.date.precision in ("month", "year")
        place = (nearest[0].place if nearest else None) or (None if background else lead_place or dateline)
        if country_only:
            if place is not None and place.city and d.place is not None and place.country_code == d.place.country_code:
                d.place = place
            continue
        d.place = place
        if d.place is not None:
            d.confidence = min(d.confidence, 0.7)


def _before_plans(s: Sentence, lang: LanguageData) -> str:
    """A sentence's text before anything that postpones or plans: "Albares aplaza su viaje a Ramala" names no venue;
    "met in Honiara yesterday to agree on ... later this year" does."""
    cut = min((h.start for h in lang.negation.find(s.text) + lang.planned.find(s.text)), default=len(s.text))
    return s.text[:cut]


def _visited_capital(lead: list[Sentence], lang: LanguageData, cat: Catalog) -> r.Place | None:
    """For a lead that tells a visit to a country and names no city ("concluant une visite officielle de trois jours
    au Vietnam"): the country's capital, where official visits are held."""
    for s in lead:
        if not lang.visit_triggers.find(s.text) or lang.previous.find(s.text):
            continue
        place = venue(_before_plans(s, lang), s.start, lang, cat, _time_clauses(s, lang))
        # (not a region's: "arrived in Apulia ... at the invitation of Italian Prime Minister Giorgia Meloni")
        if place is not None and not place.city and place.country_code and place.id not in cat.places:
            return capital_place(cat, place.country_code)
    return None


def _domestic(d: _Draft, entities, titles) -> bool:  # type: ignore[no-untyped-def]
    codes = {entities[i].country_code for i in d.person_idx}
    # (an ambassador is another country's, whatever country the article puts beside the name)
    envoys = any("ambassador" in t.canonical.casefold() for i in d.person_idx for t, _ in titles.get(i, []))
    return len(codes) == 1 and None not in codes and not envoys


def _host_countries(drafts: list[_Draft], entities, dateline: r.Place | None) -> None:  # type: ignore[no-untyped-def]
    """A participant whose country nothing states, meeting people from elsewhere, is taken to be of the
    host country: the venue's country for a meeting in person ("Cabinet Secretary Mudavadi hosted
    Vietnam's deputy minister in Nairobi"), the dateline's for a call ("DAKAR — Minister Niang had a phone
    call with his Gambian counterpart"). Not at a multilateral occasion: in Brussels for a NATO meeting
    the unnamed side is not Belgian."""
    for d in drafts:
        if d.occasion is not None or d.sidelines:
            continue
        place = d.place if d.kind == "in_person" else dateline
        home = place.country_code if place else None
        if home is None:
            continue
        known = {entities[i].country_code for i in d.person_idx} - {None}
        unknown = [i for i in d.person_idx if entities[i].country_code is None]
        if known and home not in known:
            for i in unknown:
                entities[i].country_code = home


def _distinct_names(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _connective_head(head: str) -> bool:
    """Whether a clause's text before its meeting word is only a connective ("and then met X and Y", "y luego
    recibió a"): the clause's people are its objects, its subject the first clause's."""
    words = head.split()
    return 1 <= len(words) <= 2 and head == head.casefold() and all(w.isalpha() for w in words)


def _distinct(indices: Iterable[int]) -> list[int]:
    out: list[int] = []
    for i in indices:
        if i not in out:
            out.append(i)
    return out


def _counterpart(
    present: int, sentence: str, entities, by_mentions: list[int], cat: Catalog, lang: LanguageData
) -> int | None:  # type: ignore[no-untyped-def]
    """The unnamed other side of a one-name meeting sentence: a person of another country the sentence
    names ("the Vietnamese envoy held talks with X"), else, when the sentence refers to a counterpart
    ("his counterpart", "the two ministers"), the article's most-mentioned other person. A sentence with
    neither ("met a delegation") has no named second participant."""
    others = [i for i in by_mentions if i != present]
    countries = {str(h.target) for h in cat.country_names.find(sentence)} - {entities[present].country_code}
    for i in others:
        if entities[i].country_code in countries:
            return i
    if lang.coref.find(sentence):
        # ... not one of the named side's own country ("the head of state met Special Envoy Witkoff": not Trump)
        home = entities[present].country_code
        return next((i for i in others if home is None or entities[i].country_code != home), None)
    return None


def _participant(ent, ent_titles, role) -> r.Participant:  # type: ignore[no-untyped-def]
    return r.Participant(
        person_id=ent.id,
        name=ent.name,
        country_code=ent.country_code,
        roles=[_role(t, ent.country_code) for t, _ in ent_titles],
        role=role or "participant",
    )


def _role(t: Title, person_country: str | None) -> str:
    """The office as the catalog names it, of the title's country (else the holder's): "Menteri Luar Negeri
    RI" → "Minister of Foreign Affairs of Indonesia"; a title the catalog does not know, glossed."""
    cat = catalog()
    if t.canonical not in cat.office_titles:
        return t.english
    code = t.country_code or person_country
    country = cat.countries.get(code, {}).get("name") if code else None
    return _office_of(t.canonical, country)


def _office_of(canonical: str, country: str | None) -> str:
    """ "President of Ghana"; an office whose name has its country already as it is ("General Secretary of the
    Communist Party of Vietnam")."""
    if not country or re.search(rf"\b{re.escape(country)}\b", canonical):
        return canonical
    return f"{canonical} of {country}"


def _attributive(text: str, d: DateMention) -> bool:
    """ "the September 9 attack": a day that names an event rather than tells when (an article before it, a noun
    after it)."""
    return bool(re.search(r"\bthe\s+$", text[: d.start], re.IGNORECASE) and re.match(r"\s+[a-z]+\b", text[d.end :]))


def _merge(drafts: list[_Draft], lang: LanguageData, countries: list[str | None]) -> list[_Draft]:
    """One meeting per real interaction in the article: drafts whose participants are the same people, or a
    subset of another draft's, are one meeting reported in several sentences — except a pair's bilateral
    beside a larger meeting of more than two countries ("On the sidelines, Vieira and Werthein held a bilateral
    meeting"; not "a tête-à-tête, followed by bilateral talks with both delegations": the visit's talks)."""

    def bilateral(sent: Sentence) -> bool:
        # (not one a time clause refers to: "Tras la reunión bilateral, ... ambos mandatarios compartieron un
        # almuerzo" is the meeting's lunch)
        times = _time_clauses(sent, lang)
        return any(not any(a <= sent.start + h.start < b for a, b in times) for h in lang.bilateral.find(sent.text))

    def own_bilateral(small: _Draft, large: _Draft) -> bool:
        # (or a smaller group's: "Tokayev met Costa and von der Leyen ... before a separate meeting")
        nations = {countries[i] for i in large.person_idx} - {None}
        return (
            2 <= len(set(small.person_idx)) < len(set(large.person_idx))
            and len(set(large.person_idx)) > 2
            # (two countries both: a visit's talks, the tête-à-tête then the delegations)
            and not (len(nations) == 2 and {countries[i] for i in small.person_idx} == nations)
            and small.sentence is not large.sentence
            # (or reported before a meeting its sentence calls trilateral: "The two presidents held a meeting
            # ... A trilateral summit of A, B and C was held afterwards")
            and (
                small.sidelines
                or small.announced
                or bilateral(small.sentence)
                # ("Before the summit opened, Modi and Ali held official talks at State House": set apart in time)
                or any(h.start <= 2 for h in lang.time_relations.find(small.sentence.text))
                or (small.sentence.start < large.sentence.start and bool(lang.formats.find(large.sentence.text)))
            )
        )

    merged: list[_Draft] = []
    for d in drafts:
        target = None
        for m in merged:
            a, b = set(d.person_idx), set(m.person_idx)
            # the same people, or some of them again ("Hasan ... while Manalo proposed"): one interaction
            # a later, larger meeting with a new host ("the three ministers were then received by the
            # president") is an audience of its own
            new_host = d.host_idx is not None and d.host_idx not in b and a > b
            guessed, told = (a, b) if d.inferred else (b, a)
            if d.kind != m.kind and (not (d.inferred or m.inferred) or guessed - told):
                # a phone call of the same ministers is not their meeting in person; nor is a call of theirs with
                # someone more ("Les trois dirigeants ont ensuite joint Donald Trump par téléphone")
                continue
            if (
                (not d.inferred or d.previous)
                and d.place
                and m.place
                and d.place.city
                and m.place.city
                and d.place.id != m.place.id
            ):
                continue  # "Ishiba and Prabowo had met in Lima" after their talks in Bogor: another meeting
            if (
                (d.previous or m.previous)
                and d.sentence is not m.sentence
                and not (d.date and m.date and _day(d.date) == _day(m.date))
            ):
                continue  # "Wong and Prabowo last met in Kuala Lumpur on 26 May" after their retreat of the day
            # (not against the article's own day that an undated lead gave the same people: "Ringkasan Berita: - X
            # menelepon Y")
            fallback = (
                not m.date_explicit
                and m.date is not None
                and not m.date.text
                and a == b
                and d.date is not None
                and bool(d.date.text)  # (not one counted from it: "Накануне, во вторник, Путин принял ...")
                and m.sentence.text.lstrip()[:1] in "-•–*"  # (an item of a summary box, not a lead)
            )
            if (
                d.date_explicit
                and d.date
                and m.date
                and not fallback
                and _day(d.date) != _day(m.date)
                and not _within(m.date, d.date)
                # (nor a year told after the day: "Открывая встречу, Володин отметил, что в этом году ..."; a month
                # may be another meeting: "Kita memang sudah bertemu awal pekan ini" at the G20 before Downing Street)
                and not (d.date.precision == "year" and _within(d.date, m.date))
            ):
                # "El lunes, A had met B" after a Tuesday meeting of theirs; "Fidan hosted him in Ankara on
                # Jan. 15" after the meeting of the lead's Sunday: another meeting
                continue
            if (a <= b and not own_bilateral(d, m)) or (b <= a and not own_bilateral(m, d) and not new_host):
                target = m
                break
        if target is None:
            merged.append(d)
            continue
        if set(d.person_idx) > set(target.person_idx):
            target.person_idx = d.person_idx
        # (a restatement by a guessed side does not change what a named meeting was: "Sebelumnya, keduanya
        # berbicara melalui telepon" after talks in Gyeongju)
        if _KIND_RANK[d.kind] > _KIND_RANK[target.kind] and (target.inferred or not d.inferred):
            target.kind = d.kind
            target.place = None
        # a restatement with an inferred side ("The sides agreed to meet again in Naypyidaw") gives no venue
        target.place = target.place or (d.place if target.kind == "in_person" and not d.inferred else None)
        if d.date is not None and (
            target.date is None or (d.date_explicit and not target.date_explicit) or _within(target.date, d.date)
        ):
            target.date, target.date_explicit = d.date, d.date_explicit
        if target.occasion is None and d.occasion is not None:
            target.occasion, target.sidelines = d.occasion, d.sidelines
        target.host_idx = target.host_idx if target.host_idx is not None else d.host_idx
        target.inferred = target.inferred and d.inferred
    return merged


def _finish(d: _Draft, entities, titles, prov) -> r.Meeting:  # type: ignore[no-untyped-def]
    participants = []
    for i in d.person_idx:
        role = None
        if d.host_idx is not None:
            role = "host" if i == d.host_idx else "guest"
        participants.append(_participant(entities[i], titles.get(i, []), role))
    date = d.date
    dkey = identity.date_key(
        date.date.isoformat() if date and date.date else None,
        date.precision if date else None,
        date.weekday if date else None,
        date.month_day if date else None,
    )
    return r.Meeting(
        id=identity.meeting_id(d.kind, [p.person_id for p in participants], dkey),
        kind=d.kind,  # type: ignore[arg-type]
        participants=participants,
        place=d.place,
        date=date.date if date else None,
        date_precision=date.precision if date else None,  # type: ignore[arg-type]
        date_text=date.text if date else None,
        weekday=date.weekday if date else None,
        month_day=date.month_day if date and not date.date else None,
        occasion=d.occasion,
        sidelines=d.sidelines,
        provenance=prov(d.sentence, d.confidence),
    )
