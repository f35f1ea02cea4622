"""Offices: read the title an article gives a person, translate it to English, normalise it.

Two places hold a title: before the name ("Russian Foreign Minister Sergei Lavrov", "глава МИД России
Сергей Лавров") and in an appositive after it ("Wang Yi, director of the Office of ..., met").
Normalisation maps the stated title onto the office catalog ("Foreign Minister" = "Minister of Foreign
Affairs"); the country comes from a country name or demonym inside the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.catalog import Catalog, LanguageData, fold_accents

# an article after a conjunction opens another reference ("and the Chancellor", "et le président")
_ARTICLE_WORDS = {"the", "le", "la", "les", "el", "los", "las"}
_WORD = re.compile(r"\(?[^\W\d_][\w'’.\-]*\)?|\d+(?:st|nd|rd|th)?")
_STOP_PUNCT = re.compile(r"[,;:“”\"«»—–]|\.\s")
CONJUNCTION = r"(?:and|dan|serta|y|e|et|и|und)"
# what may close a name set off by a comma after its title: "el ministro de ..., X," / "X." / "X (Lao)" /
# "X, quien ..." / "X who ..."
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)(]|$|(?:quien|que|qui|who|yang|который|которая)\b)")
_HONORIFIC_END = re.compile(r"(?:^|\s)([^\W\d_][\w.-]*\.?)\s+$")
# court style's forms of address ("HE President X", "HH the Amir"), written without the dots of "H.E."
_COURT_STYLE = {"HE", "HH", "HRH", "HM", "HIM", "HSH"}


@dataclass
class Title:
    start: int
    end: int
    stated: str
    english: str
    canonical: str
    country_code: str | None
    confidence: float


def _starts_with_title(phrase: str, lang: LanguageData, cat: Catalog) -> bool:
    """The phrase opens with a title head, optionally after a country name or demonym."""
    low = phrase.strip()
    for hit in cat.country_names.find(low):
        if hit.start == 0:
            low = low[hit.end :].lstrip(" ’'s")
            break
    return any(h.start == 0 for h in lang.title_heads.find(low))


_DESTINATION = re.compile(r"\b(?:to|in|at|di|untuk|ante|en|à|au|aux|auprès de|при|в)\s+(?:the\s+)?$", re.IGNORECASE)


def principal_title_start(text: str, start: int, name_start: int, lang: LanguageData, cat: Catalog) -> int | None:
    """Where the named person's own title begins when the title phrase before the name is an office held for
    them: "envoy of President Donald Trump", "enviado del presidente Donald Trump" → at "President". None
    when the phrase is one office ("Minister of Foreign Affairs", "Special Envoy of the President of the
    United States Steve Witkoff": a complement after the head, or an article before it, keeps it one)."""
    if lang.principal_connectors is None:
        return None
    phrase = text[start:name_start]
    for conn in reversed(list(lang.principal_connectors.finditer(phrase))):
        tail = phrase[conn.end() :].rstrip()
        if (
            _starts_with_title(phrase[: conn.start()], lang, cat)
            and _starts_with_title(tail, lang, cat)
            and not lang.principal_connectors.search(" " + tail)
            and any(h.end == len(tail) for h in lang.title_heads.find(tail) + cat.country_names.find(tail))
        ):
            return start + conn.end()
    return None


def _country_in(phrase: str, cat: Catalog) -> str | None:
    """The country a title is of: "Ambassador of Malaysia to Uzbekistan" → MY (not the destination)."""
    hits = sorted(cat.country_names.find(phrase) + cat.country_acronyms.find(phrase), key=lambda h: h.start)
    sending = [h for h in hits if not _DESTINATION.search(phrase[: h.start])]
    chosen = sending or hits
    return str(chosen[0].target) if chosen else None


def to_english(phrase: str, lang: LanguageData, cat: Catalog) -> str:
    """Word-by-word gloss of a title into English using the language's glossary; names of countries in English."""
    if lang.code == "en":
        return " ".join(phrase.split())
    # country names first, so that the glossary does not translate words inside them ("República ... Lao")
    countries = cat.country_names.find(phrase)
    if countries:
        pieces, end = [], 0
        for hit in countries:
            pieces += [to_english(phrase[end : hit.start], lang, cat), cat.countries[hit.target]["name"]]
            end = hit.end
        pieces.append(to_english(phrase[end:], lang, cat))
        return " ".join(" ".join(pieces).split())
    text = " " + phrase.casefold() + " "
    end = 0
    parts: list[str] = []
    for hit in lang.glossary_matcher.find(text):  # longest first at each position; no overlaps
        if hit.start < end:
            continue
        parts.append(text[end : hit.start])
        parts.append(" " + str(hit.target).casefold() + " ")
        end = hit.end
    words = ("".join(parts) + text[end:]).split()
    return " ".join(w if w in {"of", "the", "for", "and", "on"} else (w[:1].upper() + w[1:]) for w in words)


def canonical_title(stated: str, english: str, lang: LanguageData, cat: Catalog) -> str:
    """The office catalog's title when a variant matches (country words removed), else the English gloss."""

    def strip_countries(text: str) -> str:
        for hit in reversed(cat.country_names.find(text)):
            text = text[: hit.start] + text[hit.end :]
        words = " ".join(text.replace("’s", "").replace("'s", "").split()).split()
        while words and words[-1].casefold() in {"of", "the"} | {c for c in lang.title_connectors if len(c) <= 3}:
            words.pop()
        return re.sub(r"^(?:the|a|an)\s+", "", " ".join(words), flags=re.IGNORECASE).strip(" ,")

    for candidate in (stated, english, strip_countries(stated), strip_countries(english)):
        key = " ".join(candidate.casefold().split())
        if key in cat.office_variants:
            return cat.office_variants[key]
    # a known office as the longest head of the phrase: "Minister of Foreign Affairs of China"
    low = strip_countries(english).casefold()
    best = ""
    for variant in cat.office_variants:
        if len(variant) > len(best) and low.startswith(variant) and not low[len(variant) : len(variant) + 1].isalnum():
            best = variant
    if best and len(best) >= len(low) * 0.6:
        return cat.office_variants[best]
    return strip_countries(english) or english


def _make(start: int, end: int, stated: str, lang: LanguageData, cat: Catalog, confidence: float) -> Title:
    # "Menteri Luar Negeri (Menlu) RI": an aside in brackets is no part of the office, unless it names the country
    bare = (
        " ".join(
            re.sub(r"\([^)]*\)", lambda m: m.group(0) if cat.country_names.find(m.group(0)) else " ", stated).split()
        )
        or stated
    )
    english = to_english(bare, lang, cat)
    return Title(
        start, end, stated, english, canonical_title(bare, english, lang, cat), _country_in(stated, cat), confidence
    )


def titles_before(
    text: str,
    name_start: int,
    floor: int,
    lang: LanguageData,
    cat: Catalog,
    others: list[tuple[int, int]] = (),  # type: ignore[assignment]
    name_end: int | None = None,
) -> list[Title]:
    """The title phrase that ends right before a name, within the sentence starting at `floor`, split at
    conjunctions into its offices ("Deputy Prime Minister and Foreign Minister" → two titles). The walk
    back stops at another person's name. The Spanish and French form with a comma ("el canciller ruso,
    Serguéi Lavrov,") counts too, when the name is set off by commas on both sides."""
    left = text[floor:name_start]
    # honorifics between the title and the name: "Minister ..., Hon. Kwabena ...", "H.E. Ambassador X"
    addressed = False
    while (hon := _HONORIFIC_END.search(left)) and hon.group(1).rstrip(".").casefold() in lang.honorifics:
        left, addressed = left[: hon.start(1)], True
    # ("le Président de la République et Madame Brigitte Macron": a conjunction before the form of address joins
    # two people, the title is the first one's)
    if addressed and re.search(rf"\b{CONJUNCTION}\s+$", left, re.IGNORECASE):
        return []
    comma = re.search(r",\s+$", left)
    if comma and (name_end is None or not _APPOSITION_END.match(text, name_end)):
        return []
    if comma:
        left = left[: comma.start()] + " "
    if not left.strip() or left[-1:] not in {" ", "\u00a0"}:
        return []
    words = list(_WORD.finditer(left))
    keep: list[re.Match[str]] = []
    for m in reversed(words):
        gap = left[m.end() : keep[0].start() if keep else len(left)]
        # a comma inside a title that lists portfolios ("ministre des Affaires étrangères, de la Coopération et
        # des Nigériens de l'extérieur"): crossed while what is kept does not yet open with a title head
        inner_comma = (
            gap.strip() == ","
            and bool(keep)
            and not _starts_with_title(left[keep[0].start() : keep[-1].end()], lang, cat)
        )
        if (_STOP_PUNCT.search(gap) and not inner_comma) or gap.count(" ") > 2:
            break
        if any(s <= floor + m.start() < e for s, e in others):
            break
        tok = m.group(0).strip("()")
        low = tok.casefold()
        # a form of address inside the run opens this person's title ("the Amir and HE President of Iran X": the
        # Amir is someone else)
        addressed_after_and = (
            tok[:1].isupper()
            and low.rstrip(".") in lang.honorifics
            and re.search(rf"\b{CONJUNCTION}\s+$", left[: m.start()], re.IGNORECASE) is not None
        )
        if keep and (tok in _COURT_STYLE or addressed_after_and):
            break
        # (or a demonym after the office: "le chef de la diplomatie ghanéenne, M. X", "le président ghanéen X")
        if (
            tok[:1].isupper()
            or low in lang.title_vocab
            or low in lang.title_connectors
            or m.group(0).startswith("(")
            or cat.country_names.find(tok)
        ):
            keep.insert(0, m)
        else:
            break
    # the phrase must open with a title head (after an optional country / demonym)
    while keep:
        phrase = left[keep[0].start() : keep[-1].end()]
        if _starts_with_title(phrase, lang, cat):
            break
        keep.pop(0)
    if not keep:
        return []
    start, end = floor + keep[0].start(), floor + keep[-1].end()
    if comma and end - start > 140:
        return []
    if not comma:  # "envoy of President Donald Trump": Trump's title is "President" only
        # (up to the title's end, not past a form of address: "Emir of Qatar Sheikh Tamim" is the Emir's own title)
        start = principal_title_start(text, start, end, lang, cat) or start
    out: list[Title] = []
    pos = start
    for piece in re.split(rf"\s+{CONJUNCTION}\s+", text[start:end]):
        idx = text.index(piece, pos)
        pos = idx + len(piece)
        if out and not _starts_with_title(piece, lang, cat):
            # "Minister of Investment and Downstreaming": the conjunction joins words of one title
            last = out.pop()
            out.append(_make(last.start, pos, text[last.start : pos], lang, cat, 0.85))
            continue
        out.append(_make(idx, pos, piece, lang, cat, 0.85 if not comma else 0.75))
    return out


def titles_after(
    text: str,
    name_end: int,
    ceiling: int,
    lang: LanguageData,
    cat: Catalog,
    others: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Title]:
    """Titles in an appositive after a name: ", director of ... and a member of ...,". The appositive ends
    where another person's name starts: in "Lavrov, First Deputy Prime Minister Denis Manturov" the title
    is Manturov's."""
    m = re.match(r"\s*,\s*", text[name_end:ceiling])
    if not m:
        return []
    seg_start = name_end + m.end()
    stop = _STOP_PUNCT.search(text, seg_start, ceiling)
    seg_end = stop.start() if stop else ceiling
    inner = [s for s, _ in others if seg_start <= s < seg_end]
    if inner:
        # "Richard Grenell, envoy of President Donald Trump, ...": the office held for the person named next
        principal = principal_title_start(text, seg_start, min(inner), lang, cat)
        if principal is None:
            return []
        stated = text[seg_start:principal] + text[principal : min(inner)].strip()
        return [_make(seg_start, seg_start + len(stated), stated, lang, cat, 0.75)]
    segment = text[seg_start:seg_end].rstrip(" .")
    out: list[Title] = []
    pos = 0
    pieces = re.split(rf"\s+{CONJUNCTION}\s+(?=(?:also\s+)?(?:a|an|the)?\s*\S)", segment)
    offset = seg_start
    for piece in pieces:
        idx = text.find(piece, offset + pos - pos)
        offset = idx + len(piece)
        body = piece
        lead = 0
        changed = True
        while changed:
            changed = False
            for opener in lang.appositive_openers:
                if body.casefold().startswith(opener + " "):
                    lead += len(opener) + 1
                    body = body[len(opener) + 1 :]
                    changed = True
        if not body or not _starts_with_title(body, lang, cat):
            if out and body and body[:1].isupper() and offset - out[-1].end < len(piece) + 8:
                # "Cabinet Secretary for Foreign and Diaspora Affairs": the conjunction joins words of one title
                last = out.pop()
                out.append(_make(last.start, offset, text[last.start : offset], lang, cat, 0.8))
                continue
            if out:
                continue
            return []
        words = _WORD.findall(body)
        # (a word of a title: capitalised, or a title word or connector, brackets aside — "(CPC)")
        plain = [
            n
            for n, w in enumerate(w.strip("()") for w in words)
            if not w[:1].isupper()
            and w.casefold() not in lang.title_vocab
            and w.casefold() not in lang.title_connectors
        ]
        titled = len(words) - len(plain)
        # (nor the subject of a clause that goes on: "Antes del encuentro con Modi, el mandatario recibió la visita
        # del ministro ...": a lowercase word of no title after a title word, then title words again)
        clause = bool(plain) and plain[0] > 0 and words[0][:1].islower() and not out
        if words and (titled / len(words) < 0.7 or clause):
            if out:
                continue
            return []
        out.append(_make(idx + lead, idx + lead + len(body), body, lang, cat, 0.8))
    return out


def _titles_a_name(text: str, start: int, ceiling: int, lang: LanguageData) -> bool:
    """Whether the words from `start` are a title run ending on a name ("... and President Mr Putin"): another
    person's title, after a conjunction, not more of this one's."""
    words = [w.group(0) for w in _WORD.finditer(text, start, min(ceiling, start + 80))]
    n = 0
    while n < len(words) and (
        words[n].casefold() in lang.title_vocab
        or words[n].casefold().strip(".") in lang.honorifics
        or words[n].casefold() in lang.title_connectors
    ):
        n += 1
    return 0 < n < len(words) and words[n][:1].isupper() and words[0][:1].isupper()


def title_reference(
    text: str,
    head_start: int,
    ceiling: int,
    lang: LanguageData,
    cat: Catalog,
    others: list[tuple[int, int]] = (),  # type: ignore[assignment]
    any_office: bool = False,
) -> Title | None:
    """A title that stands for a person the phrase does not name: "the Lao foreign minister", "al ministro
    de Relaciones Exteriores de la República Democrática Popular Lao", "le chef de la diplomatie
    burkinabè". Read from the title head at `head_start` forward over title words (and back over a demonym
    right before it); None unless it reads as a known office (of one country, or a title of several words
    with none) and no name follows it — any office when `any_office` ("la jefa de Estado": the woman is
    told by her title's gender, not by the office)."""
    if text[ceiling - 1 : ceiling] == "." and not re.search(r"\.\w+\.$", text[head_start:ceiling]):
        ceiling -= 1  # the sentence's full stop ("called on the President."), not an abbreviation's ("U.S.")
    words = list(_WORD.finditer(text, head_start, ceiling))
    # (by its acronym too: "глава МИД РФ")
    countries = [
        (h.start, h.end)
        for h in cat.country_names.find(text[head_start:ceiling]) + cat.country_acronyms.find(text[head_start:ceiling])
    ]
    # (an organisation's name too, inside an office's: "el jefe de la ONU", "глава МАГАТЭ")
    organisations = [
        (h.start, h.end)
        for h in cat.framework_acronyms.find(text[head_start:ceiling])
        + cat.framework_names.find(text[head_start:ceiling])
    ]
    keep: list[re.Match[str]] = []
    office_end = None  # where the office's own name ends, once a comma lists portfolios after it
    for m in words:
        gap = text[keep[-1].end() : m.start()] if keep else ""
        tok = m.group(0).strip("()")
        low = tok.casefold()
        # a comma inside a title that lists portfolios: "ministre des Affaires étrangères, de la Migration et ..."
        listing = (
            gap.strip() == "," and low in lang.title_connectors and len(low) <= 3 and not re.fullmatch(CONJUNCTION, low)
        )
        if listing and office_end is None:
            office_end = keep[-1].end()
        if (
            (_STOP_PUNCT.search(gap) and not listing)
            or gap.count(" ") > 1
            or any(s <= m.start() < e for s, e in others)
        ):
            break
        in_country = any(s <= m.start() - head_start < e for s, e in countries + organisations)
        # ("Prime Minister and the Chancellor held talks": two references, not one title)
        nxt = text[m.end() : m.end() + 12].split()[:1]
        # (nor "the Amir and HE President of Iran": a form of address opens another person's title)
        if (
            keep
            and re.fullmatch(CONJUNCTION, low)
            and nxt
            and (
                nxt[0].casefold() in _ARTICLE_WORDS
                or nxt[0] in _COURT_STYLE
                or nxt[0].casefold() in lang.honorifics
                or _titles_a_name(text, m.end(), ceiling, lang)
            )
        ):
            break
        elided = re.sub(r"^[dl]['’]", "", low)  # "chef de l'Etat"
        # (whose names are the title's whatever they are: "..., de la Migration et des Tunisiens à l'étranger de la
        # République tunisienne")
        portfolio = office_end is not None and not _STOP_PUNCT.search(gap) and (tok[:1].isupper() or len(elided) <= 9)
        if (
            low in lang.title_vocab
            or low in lang.title_connectors
            or in_country
            or elided in lang.title_vocab
            or portfolio
        ):
            keep.append(m)
        else:
            break
    while keep and not any(s <= keep[-1].start() - head_start < e for s, e in countries + organisations):
        if fold_accents(text[head_start : keep[-1].end()].casefold()) in cat.folded_office_variants:
            break  # an office's whole name ("jefe de Estado"), not "ministro de"
        last = keep[-1].group(0)
        if len(last) > 3 and last.casefold() not in lang.title_connectors:
            break
        keep.pop()  # "foreign minister in", "ministro de"
    if not keep:
        return None
    start, end = head_start, keep[-1].end()
    if any(0 <= start - e <= 40 and re.fullmatch(r"[\w'’. -]*,\s*", text[e:start]) for _, e in others):
        return None  # "Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs,": the title of the name before
    after = text[end : end + 3].lstrip(" ,")
    # (past a comma and a form of address too: "Le ministre des Affaires étrangères, de la Coopération ..., M. X")
    addressed = re.match(r"\s*,\s*([^\W\d_]{1,4})\.?\s+", text[end:])
    if (
        addressed
        and addressed.group(1).casefold() in lang.honorifics
        and any(end <= s <= end + addressed.end() for s, _ in others)
    ):
        return None
    if any(end <= s <= end + 3 and not re.search(r"[.!?]", text[end:s]) for s, _ in others) or (
        after[:1].isupper() and text[end : end + 1] == " "
    ):
        return None  # a name follows (not past a full stop): the title is that person's, read with the name
    before = [h for h in cat.country_names.find(text[max(0, start - 40) : start]) if h.end >= min(40, start) - 1]
    if before:
        start -= min(40, start) - before[-1].start
    if len({h.target for h in cat.country_names.find(text[start:end])}) > 1:
        return None  # the ministers of two ("the foreign ministers of Laos and Cuba")
    if office_end is not None and office_end < end:
        # the office is the name before the portfolios, of the country the whole phrase names
        office = _make(start, office_end, text[start:office_end], lang, cat, 0.6)
        stated = text[start:end]
        title = replace(office, end=end, stated=stated, country_code=office.country_code or _country_in(stated, cat))
    else:
        title = _make(start, end, text[start:end], lang, cat, 0.6)
    if any_office:
        return title
    if title.canonical not in cat.office_titles:
        return None
    # without a country only an office of several words ("the visiting Deputy Prime Minister"), not "the President"
    return title if title.country_code or " " in title.stated.strip() else None
