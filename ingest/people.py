"""People: find name mentions, resolve them to one entity per real person, read the titles next to them.

Candidates come from three places: the catalog of officials (aliases in every language), the NER of the
language's pipeline where there is one (spaCy for en/fr, natasha for ru), and runs of capitalised words
that pass the name filter (every language; the only source where no NER exists). A full name (two or more
tokens) makes an entity; a single token ("Wang", "Lavrov") only refers back to an entity of this article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.catalog import Catalog, LanguageData, fold_accents
from ingest.gazetteer import gazetteer
from ingest.identity import ascii_fold, name_key, person_id

_POSSESSIVE = re.compile(r"['’]s$")
# "S.V.Lavrov", "K.-Zh.K.Tokaev" (a hyphenated first name), "S. Jaishankar"
_INITIALS = re.compile(r"((?:[^\W\d_]\.(?:-[^\W\d_]{1,2}\.)?\s?){1,2})([^\W\d_].*)$")
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
# A name right after a definite article is an institution inside a title ("of the Communist Party").
_PATRONYMIC = {"bin", "binti", "bint", "ibn", "ben"}
_AND = {"and", "dan", "serta", "y", "e", "et", "и", "und"}
_TOPIC_CONNECTORS = {"on", "sobre", "sur", "tentang", "mengenai", "по"}
_ARTICLES = {"the", "la", "le", "el", "les", "los", "las", "der", "die", "das", "l'"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    entity: int  # index into the entity list
    confidence: float


@dataclass
class Entity:
    name: str
    key: str
    catalog_id: str | None = None
    country_code: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0

    @property
    def id(self) -> str:
        return self.catalog_id or person_id(self.name)

    @property
    def tokens(self) -> list[str]:
        return self.key.split()


# Russian case endings of names, longest first: what a declined foreign name carries that its
# nominative does not (Хурэлсуха, Хурэлсухом, Захаровой, Мишустину)
_CASE_ENDINGS = (
    "ому",
    "ыми",
    "ими",
    "ом",
    "ем",
    "ым",
    "им",
    "ой",
    "ей",
    "ую",
    "юю",
    "ого",
    "его",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)


@functools.lru_cache(maxsize=4096)
def _case_variants(name: str) -> tuple[str, ...]:
    """Candidate nominatives of a declined Russian name: each token as is, without its case ending, or
    with the ending replaced by a nominative one (Захаровой → Захарова, Шойгу stays)."""
    options: list[list[str]] = []
    # (up to five words, a lowercase particle as it is: "Луисом Инасиу Лулой да Силвой")
    for tok in name.split()[:5]:
        forms = [tok]
        if tok[:1].islower():
            options.append(forms)
            continue
        ending = next((e for e in _CASE_ENDINGS if tok.endswith(e) and len(tok) - len(e) >= 3), None)
        if ending:
            stem = tok[: -len(ending)]
            forms += [stem, stem + "а", stem + "й", stem + "ь"]
        options.append(forms)
    variants = [""]
    for forms in options:
        variants = [f"{v} {f}".strip() for v in variants for f in forms]
    return tuple(variants[1:])


# "el-Chaïbani", "al-Sisi", "ould-Merzoug": an Arabic article or particle joined to a capitalised name
_JOINED_PARTICLE = re.compile(
    r"(?:al|el|ad|ed|ash|as|an|ar|at|az|ibn|bin|ben|abu|ould|аль|эль|ас|ад|ан|ар|ат|аз|аш|ибн|бин|бен|абу)[-‐](?=[^\W\d_])",
    re.IGNORECASE,
)


# the adjective between an airport word and the name it bears ("Aéroport international Président X")
_INTERNATIONAL = {"international", "internacional", "internasional", "международный", "международного"}


def _near_spelling(a: str, b: str) -> bool:
    """ "zaied" and "zaid": the same name word, one letter added, dropped or changed (words of four letters or
    more)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _is_cap(token: str) -> bool:
    if token[:1].isupper():
        return True
    joined = _JOINED_PARTICLE.match(token)
    return joined is not None and token[joined.end() : joined.end() + 1].isupper()


class NameFilter:
    """Decides whether a token can be part of a person's name in this language."""

    def __init__(self, lang: LanguageData, cat: Catalog) -> None:
        self.lang = lang
        self.cat = cat
        self._cache: dict[tuple[str, bool], bool] = {}
        self.function_words_at: set[int] = set()  # article offsets of words the tagger reads as function words

    def non_name(self, token: str) -> bool:
        low = token.casefold().strip(".")
        # (cached by the word and its case: "MODI" in a headline in capitals is no name, "Modi" in the text is)
        caps = token.isupper() and len(token) > 1 and not re.search(r"[a-zа-я]", token)
        if (low, caps) in self._cache:
            return self._cache[low, caps]
        bad = (
            low in self.lang.person_stopwords
            or low in self.lang.organisation_nouns
            or low in self.lang.memorial_nouns
            or low in self.lang.title_vocab
            or ("-" in low and all(part in self.lang.title_vocab for part in low.split("-")))  # "Vice-President"
            or low in self.cat.institution_words
            or low in self.lang.weekdays
            or low in self.lang.months
            or caps
            or any(m.whole(token) for m in (self.cat.country_names, self.cat.framework_names, self.cat.outlet_names))
        )
        self._cache[low, caps] = bad
        return bad

    def institution_word_only(self, token: str) -> bool:
        """A capitalised word that is no name only as a word of an institution's or a country's name ("Costa")."""
        low = token.casefold().strip(".")
        return (
            low in self.cat.institution_words
            and low not in self.lang.title_vocab
            and low not in self.lang.person_stopwords
            and low not in self.lang.organisation_nouns
        )

    def is_place(self, token: str) -> bool:
        return self.cat.place_names.whole(token) is not None

    def trim(self, text: str, start: int) -> tuple[int, int, str] | None:
        """The name at the end of a candidate span ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov").

        A span that ends in a word that cannot be part of a name is an organisation or a title
        ("Melanesian Spearhead Group"), not a person: None.
        """
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        keep: list[tuple[int, int, str]] = []
        for n in range(len(tokens) - 1, -1, -1):
            s, _e, tok = tokens[n]
            tok_clean = _POSSESSIVE.sub("", tok).rstrip(".'’")
            initial = keep and re.fullmatch(r"[^\W\d_]\.", tok) and tok[0].isupper()  # "Enrique A. Manalo"
            # "Ahmed El Buari": a capitalised particle between two names (in Spanish "El" is also an article)
            inner = (
                keep
                and n > 0
                and tok_clean.casefold() in self.lang.name_particles
                and _is_cap(tok_clean)
                and _is_cap(tokens[n - 1][2])
                and not self.non_name(tokens[n - 1][2])
            )
            if start + s in self.function_words_at:
                break
            # (a country's name at the end, after two words of a name, is a family name or the country said
            # after it: "señora Susana Sumelzo Jordán")
            country_last = (
                n == len(tokens) - 1
                and n >= 2
                and self.cat.country_names.whole(tok_clean) is not None
                and all(_is_cap(t[2]) and not self.non_name(t[2]) for t in tokens[n - 2 : n])
            )
            if (
                initial
                or inner
                or (self.particle(tok_clean) and keep)
                or (_is_cap(tok_clean) and not self.non_name(tok_clean))
            ):
                keep.insert(0, (s, s + len(tok_clean), tok_clean))
            elif country_last:
                continue
            elif keep or not self.particle(tok_clean):
                break
        while keep and (self.particle(keep[0][2]) or len(keep[0][2]) == 1):
            keep.pop(0)
        if keep and self._organisation_before(tokens, keep[0][0]):
            return None  # "Palacio de San Carlos", "Forum Konsultasi Bilateral": the rest of a name of a thing
        # a place name may be a given name ("Santiago Peña") but a name does not end with one
        while keep and self.is_place(keep[-1][2]):
            keep.pop()
            while keep and self.particle(keep[-1][2]):  # ... nor with its particle ("Doral de Miami")
                keep.pop()
        # ... nor opens with a city of several words, the end of a title ("Ketua Komite Rakyat Kota Ho Chi Minh
        # Nguyễn Văn Được")
        for n in range(len(keep) - 2, 1, -1):
            prefix = " ".join(t[2] for t in keep[:n])
            if self.is_place(prefix) or gazetteer().lookup(prefix) is not None:
                keep = keep[n:]
                break
        if not keep:
            return None
        s, e = keep[0][0], keep[-1][1]
        return start + s, start + e, text[s:e]

    def _organisation_before(self, tokens: list[tuple[int, int, str]], start: int) -> bool:
        """The nearest capitalised word before `start` in the span (particles skipped) is an organisation or
        building noun, not a title word."""
        before = [t for t in tokens if t[0] < start]
        for n in range(len(before) - 1, -1, -1):
            tok = before[n][2]
            if self.particle(tok) or tok.casefold() in {"de", "del", "of", "the"}:
                continue
            low = tok.casefold().strip(".")
            # (a word of titles too only when it opens the span: "di Istana Al Husseiniya" is a palace,
            # "Juru Bicara Istana X" a spokesman)
            titled = low in self.lang.title_vocab and any(t[2].casefold() in self.lang.title_vocab for t in before[:n])
            noun = low in self.lang.organisation_nouns or low in self.lang.memorial_nouns
            return _is_cap(tok) and noun and not titled
        return False

    def particle(self, token: str) -> bool:
        """Lowercase name particles ("dos", "bin"), except words that are prepositions here ("di" in Indonesian)."""
        low = token.casefold()
        return token.islower() and low in self.lang.name_particles and low not in self.lang.venue_prepositions


_CAPS_WORD = re.compile(r"(?<![\w.-])[^\W\d_a-zа-яё]{3,}(?![\w.-])")
_CAPS_CHAIN = re.compile(r"(?<![\w.-])[^\W\d_a-zа-яё]+(?: [^\W\d_a-zа-яё]+)*(?![\w.-])")
# a word that can be said: vowels, and no more than two consonants in a row ("BKPM", "APBN" are acronyms)
_SAYABLE = re.compile(r"(?i)(?=.*[aeiouyаеёиоуыэюя])(?!.*[^aeiouyаеёиоуыэюя\W]{3})\w+")


def _sayable(word: str) -> bool:
    return bool(_SAYABLE.fullmatch(fold_accents(word)))  # "ARÉVALO": É is a vowel


# a regnal number; not the two-letter ones that are also family names ("XI Jinping", "LI Qiang")
_REGNAL = re.compile(r"(?!XI$|LI$|DI$|MI$|CI$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_TITLE_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZА-ЯЁ]+(?:-[^\W\d_][^\W\d_A-ZА-ЯЁ]+)*")  # "Sergueï", "Jean-Marie"


def name_case(text: str, cat: Catalog, title_words: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """Family names in capitals beside a capitalised given name ("Mr. IWAYA Takeshi", "M. Emmanuel MACRON")
    in ordinary case, so that they read as names, and so the same word wherever else it stands in capitals;
    the same length, so every offset holds. Acronyms the catalogs know ("NATO Secretary", "ASEAN") stay, and
    so do capitals beside a title word ("MEA Spokesperson")."""

    def beside_given_name(m: re.Match[str]) -> bool:
        word = m.group(0)
        if (
            word != word.upper()
            or not _sayable(word)
            or _REGNAL.fullmatch(word)  # "León XIV", "Felipe VI": a regnal number, no family name
            or any(
                x.whole(word)
                for x in (cat.framework_acronyms, cat.country_acronyms, cat.framework_names, cat.outlet_names)
            )
        ):
            return False
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 30]
        prev = re.search(r"(\S+)(?: [^\W\d_]\.)? $", before)  # over a middle initial: "Sergueï V. LAVROV"
        nxt = re.match(r" (\S+)", after)
        beside = [w.group(1).strip(",.;:") for w in (prev, nxt) if w]
        return any(_TITLE_WORD.fullmatch(w) and w.casefold() not in title_words for w in beside)

    def recase(word: str) -> str:
        if not _sayable(word):
            return word
        return word[0] + word[1:].lower() if len(word) >= 3 else word.lower()  # "ARÉVALO DE LEÓN": "Arévalo de León"

    named = {m.group(0) for m in _CAPS_WORD.finditer(text) if beside_given_name(m)}
    # ... with the rest of the name in capitals ("Bernardo ARÉVALO DE LEÓN"), and that name wherever else it
    # stands in capitals ("el Presidente ARÉVALO")
    return _CAPS_CHAIN.sub(
        lambda m: (
            " ".join(map(recase, m.group(0).split(" "))) if named.intersection(m.group(0).split(" ")) else m.group(0)
        ),
        text,
    )


def capitalised_runs(text: str, lang: LanguageData) -> list[tuple[int, int, str]]:
    """Runs of capitalised tokens (name particles allowed inside) separated by single spaces or hyphens."""
    runs: list[tuple[int, int, str]] = []
    cur: list[re.Match[str]] = []

    def flush() -> None:
        while cur and not _is_cap(cur[-1].group(0)):
            cur.pop()
        if cur:
            runs.append((cur[0].start(), cur[-1].end(), text[cur[0].start() : cur[-1].end()]))
        cur.clear()

    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        joined = bool(cur) and text[cur[-1].end() : m.start()] in {" ", "-"}
        if _is_cap(tok) or (
            joined and tok.islower() and tok in lang.name_particles and tok not in lang.venue_prepositions
        ):
            if cur and not joined:
                flush()
            cur.append(m)
        else:
            flush()
    flush()
    return runs


class PersonResolver:
    """Builds the article's person entities from candidate spans, then resolves short references."""

    def __init__(self, lang: LanguageData, cat: Catalog, normalize: Callable[[str], str] | None = None) -> None:
        self.lang = lang
        self.cat = cat
        self.filter = NameFilter(lang, cat)
        self.normalize = normalize  # a name's dictionary form where names inflect (Russian: "Лавровым" → "Лавров")
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.excluded: set[int] = set()  # entities that are no officials (spouses): never a short reference's
        self.excluded_spans: list[tuple[int, int]] = []  # their names: no short reference inside them either

    def _entity_for(self, surface: str, normal: str | None = None) -> int:
        cyrillic = bool(re.search(r"[А-яЁё]", normal or surface))
        latin = ascii_fold(normal or surface) if cyrillic else (normal or surface)
        key = name_key(latin)
        cat_id = self.cat.person_by_key.get(key)
        tried = [key]  # the keys looked up, for a spelling a little off the catalog's
        if cat_id is None:
            # forms of address and patronymic particles the catalog leaves out: "Haji Mohamad bin Haji Hasan"
            # is the catalog's "Mohamad Hasan"
            # and middle initials ("Enrique A. Manalo"); a two-word name may come family name first ("Iwaya
            # Takeshi")
            words = [w for w in latin.split() if w.casefold().strip(".'’") not in self.lang.honorifics]
            variants = [words, [w for w in words if w.casefold() not in _PATRONYMIC]]
            variants.append([w for w in words if len(w.strip(".")) > 1])
            if len(words) == 2:
                variants.append(words[::-1])
            if len(words) >= 3:
                # a middle name or a leading given name the catalog leaves out: "Fuad Mohammed Hussein" is "Fuad
                # Hussein", "Mohammad Ishaq Dar" is "Ishaq Dar"
                # ... or a second family name ("Nicolás Maduro Moros", "Мигель Диас-Канель Бермудес")
                variants += [[words[0], words[-1]], words[1:], words[:-1]]
            if len(words) == 4:
                # two given names and two family names: "Javier Eduardo Martínez-Acha Vásquez" is "Javier Martínez-Acha"
                variants.append([words[0], words[2]])
            if len(words) >= 4 and words[1].casefold() in _PATRONYMIC:
                variants.append(words[:3])  # "Tamim ben Khamad Al' Tanya" (a family name misread): "Tamim bin Hamad"
            # (with the French "ben" of Arabic names as "bin": "Cheikh Tamim ben Hamad Al Thani")
            variants += [[{"ben": "bin"}.get(w.casefold(), w) for w in v] for v in variants]
            # (not a name that begins with its father's: "bin Mohamed bin Zayed Al Nahyan" is not the father)
            variants = [v for v in variants if v and v[0].casefold() not in _PATRONYMIC]
            tried += [name_key(" ".join(variant)) for variant in variants]
            cat_id = next((pid for k in tried[1:] if (pid := self.cat.person_by_key.get(k))), None)
            # the Arabic article as "el" and French "ch" for "sh": "Assaad el-Chaïbani" is "Asaad al-Shaibani"
            arabic = re.sub(r"\bel\b", "al", key)
            for alt in {arabic, arabic.replace("ch", "sh") if self.lang.code == "fr" else arabic} - {key}:
                cat_id = cat_id or self.cat.person_by_key.get(alt)
        if cat_id is None:
            cat_id = self._by_initials(latin)
        if cat_id is None and cyrillic:
            # a case form the normaliser left ("Ухнаагийна Хурэлсуха") or guessed wrong ("Шольцем" read as
            # "Шолец"): the catalog's nominative
            cat_id = next(
                (
                    pid
                    for form in dict.fromkeys([normal or surface, surface])
                    for v in _case_variants(form)
                    if (pid := self.cat.person_by_key.get(name_key(ascii_fold(v))))
                ),
                None,
            )
        if cat_id is None:
            # ... or spelt a little otherwise ("Хайсам бен Тарек", "Hasán Sheij Mohamud")
            if cyrillic:
                tried += [name_key(ascii_fold(v)) for v in _case_variants(normal or surface)]
            cat_id = next((pid for k in dict.fromkeys(tried) if (pid := self.cat.person_near(k))), None)
        # ("бен Заид" after "Мухаммедом бен Заидом Аль Нахайяном": the "bin" part of a name found before)
        if cat_id is None and (same := self._by_patronymic(key)) is not None:
            self.entities[same].aliases.add(surface)
            return same
        # (a Russian name the normaliser left declined, one time of two: "Чан Тхань Маном" is "Чан Тхань Ман")
        declined = {name_key(ascii_fold(v)) for v in _case_variants(surface)} if cyrillic else set()
        for i, ent in enumerate(self.entities):
            if (cat_id and ent.catalog_id == cat_id) or ent.key == key:
                ent.aliases.add(surface)
                return i
            if cyrillic and not ent.catalog_id and len(key.split()) >= 2:
                if ent.key in declined:  # the nominative came first
                    ent.aliases.add(surface)
                    return i
                if any(key in {name_key(ascii_fold(v)) for v in _case_variants(a)} for a in ent.aliases):
                    ent.name, ent.key = " ".join(latin.split()), key  # ... or now: the canonical name
                    ent.aliases.add(surface)
                    return i
            toks, etoks = set(key.split()), set(ent.tokens)
            # (or of the fuller name the article wrote: "M. Martínez-Acha Vásquez" after "Javier Eduardo
            # Martínez-Acha Vásquez", whom the catalog calls "Javier Martínez-Acha")
            written = {t for a in ent.aliases if not re.search(r"[А-яЁё]", a) for t in name_key(a).split()}
            if len(toks) >= 2 and len(etoks) >= 2 and (toks <= etoks or etoks <= toks or toks <= written):
                ent.aliases.add(surface)
                entry = self.cat.people.get(cat_id) if cat_id and not ent.catalog_id else None
                if entry:  # "Cheikh Tamim", then "Cheikh Tamim ben Hamad Al Thani": the catalog's official
                    ent.name, ent.key, ent.catalog_id = entry["name"], name_key(entry["name"]), cat_id
                    ent.country_code = ent.country_code or entry.get("country")
                elif toks > etoks and not ent.catalog_id:  # the fuller name is the canonical one
                    ent.name, ent.key = " ".join(latin.split()), key
                return i
        entry = self.cat.people.get(cat_id) if cat_id else None
        name = entry["name"] if entry else " ".join(latin.split())
        ent = Entity(name=name, key=name_key(name) if entry else key, catalog_id=cat_id, aliases={surface})
        if entry:
            ent.country_code = entry.get("country")
        self.entities.append(ent)
        return len(self.entities) - 1

    def _by_patronymic(self, key: str) -> int | None:
        """The one entity whose name has "bin X" (or "ben X") where `key` is "bin X" spelt a little otherwise."""
        words = key.split()
        if len(words) != 2 or words[0] not in _PATRONYMIC:
            return None
        found = {
            i
            for i, ent in enumerate(self.entities)
            for a, b in zip(ent.tokens, ent.tokens[1:], strict=False)
            if a in _PATRONYMIC and _near_spelling(b, words[1])
        }
        return found.pop() if len(found) == 1 else None

    def _by_initials(self, latin: str) -> str | None:
        """ "S.V.Lavrov", "B.Rodriges Parril'ya" (Russian ministry style), "S. Jaishankar": the one catalog
        official whose family name follows the initials and whose first name starts with the first one."""
        m = _INITIALS.match(latin.strip())
        if not m:
            return None
        initial, rest = m.group(1)[0].casefold(), name_key(m.group(2)).split()
        if not rest:
            return None
        found = {
            pid
            for key, pid in self.cat.person_by_key.items()
            if (toks := key.split()) and len(toks) >= 2 and toks[0][0] == initial and rest[0] in toks[1:]
        }
        return found.pop() if len(found) == 1 else None

    def _named_thing(self, text: str, start: int) -> bool:
        """ "al Libertador Bernardo O'Higgins", "el corredor biocultural Gran Selva Maya": an article right before
        the name, or before capitalised words that are no title (and up to three lowercase ones before those) —
        the name of a thing, not a person's ("el presidente Gabriel Boric" has a title word; "avant la visite
        Farhad Alaaldin" has no capitalised word between)."""
        tokens = [m.group(0) for m in re.finditer(r"[\w'’.-]+|[^\w\s]", text[max(0, start - 100) : start])]
        articles = _ARTICLES | ({"al", "del"} if self.lang.code == "es" else set())
        # (the topic of a thing's name: "la Reunión Ministerial sobre Minerales Críticos", "the Conference on X")
        topic = len(tokens) >= 2 and tokens[-1] in _TOPIC_CONNECTORS and _is_cap(tokens[-2])
        if topic:
            tokens = tokens[:-1]
        i = len(tokens) - 1
        # (a title word or a form of address ends the run: "el Excmo. Sr. Kojo Asante" is a person)
        while (
            i >= 0
            and _is_cap(tokens[i])
            and tokens[i].casefold() not in self.lang.title_vocab
            and tokens[i].casefold().rstrip(".") not in self.lang.honorifics
        ):
            i -= 1
        if i == len(tokens) - 1:
            return i >= 0 and tokens[i] in articles
        lower = 0
        while i >= 0 and tokens[i].islower() and tokens[i] not in articles and lower < 3:
            if tokens[i] in self.lang.title_vocab:
                return False
            i, lower = i - 1, lower + 1
        # (not an article inside a title: "Minister for the Indo-Pacific Catherine West")
        inside = i > 0 and (
            tokens[i - 1].casefold() in self.lang.title_vocab or tokens[i - 1].casefold() in self.lang.title_connectors
        )
        return i >= 0 and tokens[i] in articles and (topic or not inside)

    def _region_after_city(self, text: str, start: int) -> bool:
        """A city after a venue preposition, then a comma, right before `start` ("en Chetumal, "), and no title
        whose post it is ("la embajadora salvadoreña en Washington, Milena Mayorga"; nor "su homólogo de Ghana,
        Kojo Asante", where no venue preposition stands before the country)."""
        city = re.search(
            r"(\w+)\s+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*)?),\s$", text[max(0, start - 40) : start]
        )
        if city is None or city.group(1).casefold() not in self.lang.venue_prepositions:
            return False
        lead = re.findall(r"\w+", text[max(0, start - 60) : start - len(city.group(0))])[-3:]
        if self.lang.title_heads.find(" ".join(lead)):
            return False
        name = " ".join(w for w in city.group(2).split() if w[:1].isupper())
        return bool(name) and (self.filter.is_place(name) or gazetteer().lookup(name) is not None)

    def _is_other_entity(self, surface: str) -> bool:
        """The whole span is a place, country, framework or outlet name ("Luang Prabang", "Global Times"),
        or a city of two or more words the gazetteer knows ("Santa Marta")."""
        cat = self.cat
        matchers = (cat.place_names, cat.country_names, cat.framework_names, cat.framework_acronyms, cat.outlet_names)
        if any(m.whole(surface) for m in matchers):
            return True
        city = gazetteer().lookup(surface) if " " in surface.strip() else None
        return city is not None and city.population >= 100_000

    def known(self, person_id: str) -> int:
        """The article's entity of a catalog official, added when the article names them only by office."""
        for i, ent in enumerate(self.entities):
            if ent.catalog_id == person_id:
                return i
        entry = self.cat.people[person_id]
        name = entry["name"]
        self.entities.append(
            Entity(name=name, key=name_key(name), catalog_id=person_id, country_code=entry.get("country"))
        )
        return len(self.entities) - 1

    def add_full(self, start: int, end: int, surface: str, confidence: float, normal: str | None = None) -> None:
        overlapping = [m for m in self.mentions if m.start < end and start < m.end]
        if self._is_other_entity(surface) or any(c.isdigit() for c in surface):
            return  # (nor a name with a figure in it: "Pertemuan Konsultatif Ke-6" is an event's)
        if overlapping:
            # a longer reading of a name already found ("Ricardo Lemos" → "Ricardo Lemos Vasconcelos") replaces
            # it when it starts at the same word and the shorter one is not from the catalog
            # (or starts earlier and ends with it: "Karamoko Jean-Marie Traoré" for NER's "Jean-Marie Traoré")
            shorter = overlapping[0]
            extends = (
                len(overlapping) == 1
                and ((shorter.start == start and shorter.end < end) or (shorter.end == end and start < shorter.start))
                and shorter.confidence < 0.95
                and not normal
            )
            if not extends:
                return
            self.mentions.remove(shorter)
        tokens = _TOKEN.findall(normal or surface)
        if all(t.casefold().strip(".'’") in self.lang.honorifics for t in _TOKEN.findall(surface)):
            return  # "berbicara lebih panjang dengan Yang Mulia": a form of address, no one's name
        folded = ascii_fold(normal or surface)
        if len(tokens) < 2 and not self.cat.person_by_key.get(name_key(folded)) and not self._by_initials(folded):
            return
        idx = self._entity_for(surface, normal)
        self.mentions.append(Mention(start, end, surface, idx, confidence))

    def add_candidate(self, text: str, start: int, end: int, confidence: float, normal: str | None = None) -> None:
        # a declined name whose nominative is a catalog alias with its title ("Султаном Ибрагимом": "Султан
        # Ибрагим"), before the title word is cut from it
        if normal and self.cat.person_names.whole(normal) is not None:
            self.add_full(start, end, text[start:end], confidence, normal)
            return
        trimmed = self.filter.trim(text[start:end], start)
        if trimmed is None:
            return
        s, e, surface = trimmed
        if self._is_other_entity(surface):
            return  # (before any word is cut from it: "di Rio de Janeiro" is no "de Janeiro")
        # (the rest of a name found already: "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani" is one person)
        if re.search(r"\b(?:bin|ben|ibn)\s+$", text[max(0, s - 5) : s]) and any(
            0 <= s - m.end <= 6 for m in self.mentions
        ):
            return
        before = re.findall(r"[\w']+", text[max(0, s - 40) : s])
        article = re.search(r"(?<=[,;:(] )(?:Le|La|El|Al|Ly|Do) $", text[max(0, s - 6) : s])
        if article:
            # a capitalised article inside a sentence opens a name ("su homólogo, Le Hoang Nam,", "Le Drian")
            s -= len(article.group(0))
            surface = text[s:e]
        elif (before and before[-1] in _ARTICLES and text[s - 1 : s] == " ") or self._named_thing(text, s):
            return
        # (a region between commas after its city: "había pasado la noche en Chetumal, Quintana Roo, desde donde";
        # a bare capitalised run only, not a name NER found: "En Caracas, Yván Gil, canciller, dijo")
        if confidence < 0.8 and text[e : e + 1] == "," and self._region_after_city(text, s):
            return
        # (a name in quotation marks names a thing: la reunión "Escudo de las Américas")
        if text[s - 1 : s] in '"“«„' and text[e : e + 1] in '"”»“':
            return
        # "yang terbang dari Halim Perdanakusuma", "flew in from Jomo Kenyatta": an airport named for someone
        lead_in = " ".join(before[-4:]).casefold()
        if any(lead_in.endswith(w) for w in self.lang.departure_words if " " in w):
            return
        # "l'Aéroport international Président Modibo Keïta-Sénou": an airport word, then only capitalised words or
        # "international", right before the name
        words = re.findall(r"\S+", text[max(0, s - 60) : s])[-4:]
        for k, word in enumerate(words):
            if self.lang.airports.whole(word.strip("'’").split("'")[-1].split("’")[-1]) and all(
                w[:1].isupper() or w.casefold() in _INTERNATIONAL for w in words[k + 1 :]
            ):
                return
        # "el aeropuerto internacional Aden Adde", "дворец Мирафлорес": a name after a building noun (and an
        # adjective) names the building
        # (or after "de": "al aeropuerto internacional de Viru Viru")
        lead = re.search(r"(?:^|\s)(\w+)(?:\s+(\w{5,}))?(?:\s+(?:de|of|du))?\s+$", text[max(0, s - 40) : s])
        # (an airport's capitalised too: "el Aeropuerto Internacional Felipe Ángeles")
        airport = lead is not None and self.lang.airports.whole(lead.group(1)) is not None
        if (
            lead
            and (airport or (lead.group(1).islower() and self.lang.seat_nouns.whole(lead.group(1))))
            and (
                lead.group(2) is None
                or ((lead.group(2).islower() or airport) and not self.lang.title_heads.whole(lead.group(2)))
            )
        ):
            return
        # "Minister for Agriculture and Forestry Josefa Vuniwai": after "<Capitalised word> and" that is
        # not the end of a name already found ("Retno Marsudi and Mohamad Hasan"), the first capitalised
        # word still belongs to the title
        word_before = text.rfind(before[-2], 0, s) if len(before) >= 2 else -1
        if (
            len(before) >= 2
            and before[-1] in _AND  # lowercase: "H.E." ends in a capital E, which is no conjunction
            and before[-2][:1].isupper()
            and not any(m.start <= word_before < m.end for m in self.mentions)
            and len(surface.split()) >= 3
        ):
            first = surface.split()[0]
            s += len(first) + 1
            surface = surface[len(first) + 1 :]
        # "US Ambassador to Ankara Tom Barrack", "Duta Besar untuk Kairo Lutfi Rauf", "Sri Lanka's Ambassador in
        # Beijing Majintha Jayesinghe": a place after a title's connector (or a preposition of place) ends the title
        words = surface.split()
        if (
            len(words) >= 3
            and words[1][:1].isupper()  # (not "Río de Janeiro")
            and before
            and before[-1].casefold() in self.lang.title_connectors | self.lang.venue_prepositions
            and (self.filter.is_place(words[0]) or self.cat.country_names.whole(words[0]))
        ):
            s += len(words[0]) + 1
            surface = surface[len(words[0]) + 1 :]
        if normal is not None and (s, e) != (start, end):
            normal = None
        if normal is None and self.normalize is not None:
            normal = self.normalize(surface)
        self.add_full(s, e, surface, confidence, normal)

    def resolve_short(self, text: str) -> None:
        """Single-token references ("Wang", "Лаврова") to the entity mentioned most recently before them."""
        if not self.entities:
            return
        # ("First Lady Rachel Ruto": a spouse's family name is not the official's)
        taken = [(m.start, m.end) for m in self.mentions] + self.excluded_spans
        # the words of each name as the catalog spells it, and its family name as the article did ("M. Chaibani" for
        # Asaad al-Shaibani, written "Assaad el-Chaïbani" in the article; "Токаевым" after "Касым-Жомартом
        # Токаевым" — measured on the blind sets: held-out 19 +0.034 meetings, held-out 5 -0.009)
        # (not a father's name: "Hamad" alone is not Tamim bin Hamad Al Thani, "l'aéroport international Hamad")
        spelt = [
            {t for n, t in enumerate(ent.tokens) if not (n and ent.tokens[n - 1] in _PATRONYMIC)}
            | {name_key(ascii_fold(a)).split()[-1] for a in ent.aliases if " " in a}
            for ent in self.entities
        ]
        for m in _TOKEN.finditer(text):
            tok = _POSSESSIVE.sub("", m.group(0)).rstrip(".'’")  # "Lee's second phone conversation": Lee
            # "al-Shaibani", "el-Sisi": a lowercase particle joined to a capitalised name; "Al-Sharaa": an Arabic
            # article, also capitalised
            bare = re.sub(r"^[a-z]{1,3}-(?=[^\W\d_a-z])", "", tok)
            joined = _JOINED_PARTICLE.match(bare)
            article = joined is not None and bare[joined.end() :][:1].isupper()
            if joined is not None and article:
                bare = bare[joined.end() :]
            if not _is_cap(bare) or any(s <= m.start() < e for s, e in taken):
                continue
            if bare.casefold() in self.lang.name_particles:
                continue  # "di Istana Al Husseiniya": an article or particle by itself refers to no one
            key = name_key(ascii_fold(bare))
            best: int | None = None
            best_pos = -1
            for i, ent in enumerate(self.entities):
                if i in self.excluded:
                    continue
                toks = ent.tokens
                ok = key in spelt[i] and (len(key) >= 3 or (toks and toks[0] == key))
                # ("Díaz-Canel" for Miguel Díaz-Canel: a hyphenated family name is several of the key's words)
                ok = ok or (" " in key and f" {key} " in f" {ent.key} ")
                if not ok and re.search(r"[А-яЁё]", tok):
                    ok = any(t.startswith(key[: max(4, len(key) - 2)]) for t in toks if len(key) >= 4)
                if ok:
                    last = max(
                        (mm.start for mm in self.mentions if mm.entity == i and mm.start < m.start()), default=-1
                    )
                    if last > best_pos or best is None:
                        best, best_pos = i, last
            kin = [
                i
                for i, ent in enumerate(self.entities)
                if i not in self.excluded and len(ent.tokens) >= 2 and ent.tokens[-1] == key
            ]
            if len(kin) > 1:
                # a family name two people of the article share ("Javier Milei", "Karina Milei"): standing alone it
                # is the one the article names first (its principal); the other is named in full
                firsts = {i: min((mm.start for mm in self.mentions if mm.entity == i), default=len(text)) for i in kin}
                best = min(kin, key=lambda i: firsts[i])
            # (a catalog official's family name that is also a word of an institution or country name, "Costa",
            # when it stands alone: not "Costa Rica")
            family = (
                best is not None
                and self.entities[best].catalog_id is not None
                and self.entities[best].tokens[-1:] == [key]
                and self.filter.institution_word_only(bare)
                and not re.match(r"[\s-]+[A-ZÀ-ÖØ-ÞА-Я]", text[m.end() : m.end() + 3])
            )
            # ("Al-Saud", "Al-Thani": with its article, a family name many in the article may share — only theirs
            # when one person has it)
            if (
                article
                and sum(1 for i, e in enumerate(self.entities) if key in e.tokens and i not in self.excluded) > 1
            ):
                continue
            if best is not None and (family or not self.filter.non_name(bare)) and not self.filter.is_place(bare):
                self.mentions.append(Mention(m.start(), m.start() + len(tok), tok, best, 0.7))
        self.mentions.sort(key=lambda mm: mm.start)
        for ent in self.entities:
            ent.mentions = 0
        for mm in self.mentions:
            self.entities[mm.entity].mentions += 1

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]
