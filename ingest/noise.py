"""Page noise out first: captions, credits, bylines, bios, related-story lists, reference footers.

Noise is *masked* (replaced by spaces, newlines kept) rather than cut, so that every character offset
in the cleaned text is the offset in the article as ingested: provenance stays exact. What is metadata
(outlet, publication date expression, dateline city) is kept on the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.catalog import LanguageData, catalog
from ingest.gazetteer import gazetteer

_SENTENCEISH = re.compile(r"[^.!?]+[.!?]")
_QUOTES = "\"'“”«»„‘’"


@dataclass
class Cleaned:
    text: str  # same length as the input; noise replaced by spaces
    noise: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, why)
    outlet: str | None = None
    published_text: str | None = None
    dateline_city: str | None = None
    dateline_date_text: str | None = None
    # the date lines of a page that holds several dated items (a news feed, "Updated: December 08, 2025 20:40"
    # over each readout): (offset, text) below the first paragraph
    item_dates: list[tuple[int, str]] = field(default_factory=list)


def _weekday_heading(line: str, lang: LanguageData) -> bool:
    """ "Mardi : Windsor et Westminster", "Tuesday – talks in Downing Street": a section heading that opens with
    its day (a weekday, then a colon or a dash), short and with no full stop."""
    opener = re.match(r"\s*([^\W\d_]+)\s*[:–—-]\s+\S", line)
    return (
        opener is not None
        and opener.group(1).casefold() in lang.weekdays
        and len(line.split()) <= 12
        and not line.rstrip().endswith(".")
    )


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _is_bio(line: str) -> bool:
    """Author taglines: a quoted run of three or more tiny fragments ("Thinker. Web fanatic. Zombie fan.")."""
    stripped = line.strip().strip(_QUOTES).strip()
    fragments = _SENTENCEISH.findall(stripped)
    if len(fragments) < 3:
        return False
    words = [len(f.split()) for f in fragments]
    return sum(words) / len(words) <= 4 and max(words) <= 6


_FINAL = ".!?\"'”»’)…:"


_BULLET = re.compile(r"\s*[-–—•·*▪►]\s")


def is_prose(line: str) -> bool:
    """A paragraph of the article's text: a sentence of some length that ends like one."""
    stripped = line.strip()
    return len(stripped.split()) >= 8 and stripped[-1:] in _FINAL


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return 3 <= len(stripped.split()) <= 20 and stripped[-1:] not in _FINAL


def _is_place(name: str) -> bool:
    return catalog().place_names.whole(name) is not None


def _is_city(name: str) -> bool:
    cat = catalog()
    hit = cat.place_names.whole(name)
    return hit is not None and cat.places.get(hit.target, {}).get("kind") in {"capital", "city", "town", "resort"}


def _plausible(dateline: re.Match[str], lang: LanguageData) -> bool:
    """A dateline with neither a date nor an agency ("KUPANG — ...") only where its city is a place: "AMAP -
    Agence Malienne de Presse" is an outlet line; and none whose city is a day's name ("Sunday, February 09,
    2025 — updated 09:30 AM" is the page's date line)."""
    groups = dateline.groupdict()
    city = (groups.get("city") or "").strip().title()
    if city.casefold() in lang.weekdays or city.casefold() in lang.months:
        return False
    if groups.get("date") or groups.get("agency"):
        return True
    return _is_place(city) or gazetteer().lookup(city) is not None


def _outlet_line(line: str) -> str | None:
    """A short line that is just an outlet name or domain ("Global Times", "cgtn.com")."""
    stripped = line.strip().strip(".")
    if not stripped or len(stripped.split()) > 5:
        return None
    cat = catalog()
    hit = cat.outlet_names.whole(stripped)
    return str(cat.outlets[hit.target]["name"]) if hit else None


def clean(text: str, lang: LanguageData) -> Cleaned:
    chars = list(text)
    result = Cleaned(text=text)

    def mask(start: int, end: int, why: str) -> None:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
        result.noise.append((start, end, why))

    lines = _lines(text)
    body_end = len(lines)
    # 1. a trailing section ("More Stories", "Reference(s):", "Baca juga") and everything after it — or, when
    # the article goes on below it for two paragraphs or more, a list inside the article ("Recommended Stories"
    # between two paragraphs), up to the next paragraph
    for i, (s, e) in enumerate(lines):
        low = text[s:e].strip().casefold()
        if not (low and any(low == h or low.startswith(h) for h in lang.noise_sections) and len(low.split()) <= 6):
            continue
        # (a bulleted headline of the list, "- Fiji PM calls for ... 'lived, not framed'", is no paragraph)
        prose_after = [
            k
            for k in range(i + 1, len(lines))
            if is_prose(text[slice(*lines[k])]) and not _BULLET.match(text[slice(*lines[k])])
        ]
        inline = len(prose_after) >= 2
        for ss, ee in lines[i : prose_after[0]] if inline else lines[i:]:
            line = text[ss:ee]
            if result.outlet is None and not inline:
                result.outlet = _outlet_line(line)
            mask(ss, ee, "section")
        if not inline:
            body_end = i
            break
    # 2. the publication date line near the top (before its line could pass for a headline or a byline: "Jakarta ●
    # Thu, October 2, 2025"); then whole noise lines, bylines, bios, outlet lines at the edges
    head = "".join(chars)
    # (else a line at the page's end that says so: "This article was published on February 12, 2025")
    # (searched in the page as written: a trailing "Lea también" section has masked it already)
    foot = max(0, len(text) - 600)
    searches = [(p, head, 0, min(len(head), 800)) for p in lang.published]
    searches += [(p, text, foot, len(text)) for p in lang.footer_published]
    for pattern, page, lo, hi in searches:
        found = pattern.search(page, lo, hi)
        if found:
            result.published_text = found.group("date").strip()
            mask(found.start(), found.end(), "published")
            # "Updated - August 19, 2025 10:58 pm IST - NEW DELHI": a dateline at the end of the date line
            city = re.search(r"\s[-–—|]\s*([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,3})\s*$", found.group(0))
            if city and city.group(1).isupper() and _is_place(city.group(1).title()):
                result.dateline_city = city.group(1).title()
            # "Nueva York, 26 de septiembre de 2025", "New Delhi, 13 January 2026": a release's place and date
            lead = re.match(r"\s*([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,3}),\s", found.group(0))
            if lead and _is_place(lead.group(1)):
                result.dateline_city = result.dateline_city or lead.group(1)
            break
    nonempty = [i for i, (s, e) in enumerate(lines[:body_end]) if text[s:e].strip()]
    edge = set(nonempty[:2] + nonempty[-2:])
    seen_prose = False
    for n, i in enumerate(nonempty):
        s, e = lines[i]
        line = text[s:e]
        if i in edge and (outlet := _outlet_line(line)):
            result.outlet = result.outlet or outlet
            mask(s, e, "outlet")
        elif seen_prose and (
            _date_only(re.sub(r"^\W*\w+:\s*|\d{1,2}:\d\d", " ", line))
            or line.strip().rstrip(":").casefold() in lang.weekdays  # a diary's "Monday" heading
            or _weekday_heading(line, lang)
        ):
            result.item_dates.append((s, line.strip()))
            mask(s, e, "item-date")
        elif seen_prose and _is_headline(line) and not _enumerated(line, text[slice(*lines[nonempty[n - 1]])]):
            # below the first paragraph, a short line without final punctuation is a related-story link or
            # a caption, not the article's prose ("President X receives Y" under "Read more")
            mask(s, e, "headline")
        elif (
            any(p.search(line) for p in lang.noise_line)
            and (len(line.split()) <= 25 or line.lstrip()[:1] == "[" or _opens_with_noise(line, lang))
        ) or _ends_with_credit(line, lang):
            mask(s, e, "noise-line")  # a caption under an image marker ("[Photo] ...", "Photo: ...") of any length
        elif n < 12 and (place := _byline_place(line)):
            # "Алексей Гуров, Тяньцзинь", "By Jane Doe, Nairobi": the correspondent's city, a dateline
            result.dateline_city = result.dateline_city or place
            mask(s, e, "byline")
        elif any(p.search(line) for p in lang.bylines):
            mask(s, e, "byline")
        elif _is_bio(line):
            mask(s, e, "bio")
        seen_prose = seen_prose or is_prose(line)
    # 3. credits inside a line ("(With input from Xinhua)")
    for pattern in lang.noise_line:
        for m in pattern.finditer(text):
            if m.end() - m.start() < 120 and "".join(chars[m.start() : m.end()]).strip():
                mask(m.start(), m.end(), "credit")
    # 4. header metadata: a dateline at the start of the body (the publication date line is read in step 2)
    head = "".join(chars)
    top = [(s, e) for s, e in lines if head[s:e].strip()][:10]
    for s, e in top:
        # a dateline on a line of its own: "NEW YORK" (or "New York", a city the catalog lists, under a page's date)
        line = head[s:e].strip()
        if len(line.split()) <= 4 and (
            (line.isupper() and _is_place(line.title())) or (line.istitle() and _is_city(line))
        ):
            result.dateline_city = line.title()
            mask(s, e, "dateline")
            top = []
            break
    for first in top:
        dl = next(
            (d for p in lang.datelines if (d := p.search(head, first[0], first[1])) and _plausible(d, lang)), None
        )
        if dl:
            m = dl
            groups = m.groupdict()
            result.dateline_city = (groups.get("city") or "").strip().title() or None
            result.dateline_date_text = (groups.get("date") or "").strip() or None
            if result.dateline_date_text and groups.get("yy"):
                # "Bogotá (ago. 13/24)": a year of two digits, this century's
                result.dateline_date_text += f" 20{groups['yy']}"
            if groups.get("agency") and not result.outlet:
                result.outlet = _outlet_line(groups["agency"]) or None
            mask(m.start(), m.end(), "dateline")
            break
    # 5. a release's sign-off, where and when it was issued ("Moscow" over "August 21, 2025", "New Delhi / 21
    # August 2025"): a dateline at the end, used as one when the top has none
    tail = nonempty[-8:]  # (a list of related releases may follow it)
    for n, i in enumerate(tail):
        s, e = lines[i]
        place, _, rest = text[s:e].replace("|", "/").replace("/", ",").partition(",")
        place, rest = place.strip(), rest.strip()
        following = text[slice(*lines[tail[n + 1]])] if n + 1 < len(tail) else ""
        dated = _date_only(rest) if rest else _date_only(following)
        if not (place and len(place.split()) <= 4 and dated and (_is_place(place.title()) or _is_place(place))):
            continue
        result.dateline_city = result.dateline_city or place.title()
        mask(s, e, "sign-off")
        if not rest:
            mask(*lines[tail[n + 1]], "sign-off")
        break
    result.text = "".join(chars)
    return result


_BYLINE_PLACE = re.compile(
    r"(?:by\s+)?[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3},\s*([^\W\d_][\w .'’-]{2,30})", re.I
)


def _enumerated(line: str, before: str) -> bool:
    """An item of a list the article's prose introduces or keeps going ("yaitu:" then "1. Menteri Luar Negeri
    Britania Raya, David Lammy;", "...; dan"): the article's text, not a link."""
    end, intro = line.rstrip(), before.strip()
    # (not the links under "Read also:", "Baca juga:": a short heading, not a sentence of the article)
    introduced = intro.endswith(":") and len(intro.split()) >= 6 and re.match(r"\s*\d{1,2}[.)]\s", line)
    return end.endswith(";") or bool(re.search(r";\s*\w{1,3}$", end)) or bool(introduced)


def _byline_place(line: str) -> str | None:
    """The city of a byline that names its correspondent's place ("Алексей Гуров, Тяньцзинь")."""
    m = _BYLINE_PLACE.fullmatch(line.strip())
    if m is None or catalog().country_names.whole(m.group(1).strip()):
        return None
    city = m.group(1).strip()
    return city if _is_place(city) else None


def _date_only(line: str) -> bool:
    """A short line that holds a date with its year and nothing else of substance ("August 21, 2025")."""
    return bool(re.search(r"\b(?:1[89]|20)\d\d\b", line)) and len(line.split()) <= 5 and not line.rstrip().endswith(".")


def _ends_with_credit(line: str, lang: LanguageData) -> bool:
    """A line of more than 25 words that ends on a credit in brackets ("... looks on in Putrajaya on Monday. (Photo:
    Bernama)"): a caption, however long (a shorter line with a credit anywhere is noise by the rule before)."""
    last = re.search(r"\(([^()]{2,80})\)\s*$", line)
    return len(line.split()) > 25 and last is not None and any(p.search(last.group(0)) for p in lang.noise_line)


def _opens_with_noise(line: str, lang: LanguageData) -> bool:
    """A line whose first words are page furniture ("Photo: Chinese President Xi Jinping holds ..."): a caption."""
    indent = len(line) - len(line.lstrip())
    return any((m := p.search(line)) is not None and m.start() <= indent for p in lang.noise_line)
