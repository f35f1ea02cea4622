"""Russian case forms with pymorphy2 (build time only).

`phrase_forms("Российская Федерация")` -> every case of the phrase, singular (the head noun and the
adjectives/participles before it agree; words after the head, genitive dependents such as "ООН" in
"Совет Безопасности ООН" or "сотрудничества" in "Шанхайская организация сотрудничества", stay as they are).
`adjective_forms("российский")` -> all cases of all genders and the plural.
Every form is also given with "е" for "ё", since news text mostly writes "е".
"""

from __future__ import annotations

import inspect

if not hasattr(inspect, "getargspec"):  # pymorphy2 0.9 on Python >= 3.11
    inspect.getargspec = lambda f: inspect.getfullargspec(f)[:4]  # type: ignore[attr-defined]

import re  # noqa: E402

import pymorphy2  # noqa: E402

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2")
_MORPH: pymorphy2.MorphAnalyzer | None = None


def morph() -> pymorphy2.MorphAnalyzer:
    global _MORPH
    if _MORPH is None:
        _MORPH = pymorphy2.MorphAnalyzer()
    return _MORPH


def _recase(template: str, word: str) -> str:
    """Give `word` (lowercase) the capitalisation of `template` (inflection only changes endings)."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    return "".join(c.upper() if i < len(template) and template[i].isupper() else c for i, c in enumerate(word))


def _has_tag(p, tag: str) -> bool:
    return tag in p.tag


def _nomn_parse(word: str, pos: set[str]):
    """Best nominative reading of `word` with a part of speech in `pos` (place names first)."""
    best = None
    for p in morph().parse(word):
        if p.tag.POS in pos and p.tag.case == "nomn":
            better = (
                any(_has_tag(p, t) for t in ("Geox", "Orgn")) and not any(_has_tag(best, t) for t in ("Geox", "Orgn"))
                if best is not None
                else True
            )
            if better:
                best = p
    return best


def _known(word: str) -> bool:
    return any(p.is_known for p in morph().parse(word))


def _score(word: str, pos: set[str]) -> float:
    return sum(p.score for p in morph().parse(word) if p.tag.POS in pos and p.tag.case == "nomn")


def _inflect(parse, grammemes: set) -> str | None:
    g = {x for x in grammemes if x}
    r = parse.inflect(g)
    if r is None and "loc2" in g:
        r = parse.inflect((g - {"loc2"}) | {"loct"})
    return r.word if r else None


class _Word:
    """A token to decline: a hyphenated token declines its last segment only ("Санкт-Петербург")."""

    def __init__(self, token: str, pos: set[str]):
        self.token = token
        self.prefix, _, self.last = token.rpartition("-") if "-" in token else ("", "", token)
        self.parse = _nomn_parse(self.last, pos)

    def form(self, grammemes: set) -> str | None:
        w = _inflect(self.parse, grammemes)
        if w is None:
            return None
        w = _recase(self.last, w)
        return f"{self.prefix}-{w}" if self.prefix else w


_HUSH = "жшчщц"


def rule_forms(word: str) -> list[str]:
    """Declension by ending, for one foreign place name the dictionary does not know ("Претория",
    "Рияд"); indeclinable endings (-о, -и, -у, -е, -э, -ю, -ь) give [word]."""
    w = word
    if re.search("[аеёиоуыэюя]а$", w):  # Бразилиа, Манагуа, Нуса-Дуа
        return [w]
    if w.endswith("нь"):  # Тяньцзинь, Сямэнь: masculine
        s = w[:-1]
        return [w, s + "я", s + "ю", s + "ем", s + "е"]
    if w.endswith("ия"):
        s = w[:-1]
        return [w, s + "и", s + "ю", s + "ей"]
    if w.endswith("я"):
        s = w[:-1]
        return [w, s + "и", s + "е", s + "ю", s + "ей"]
    if w.endswith("а"):
        s = w[:-1]
        gen = s + ("и" if s[-1:] in "гкхжшчщ" else "ы")
        return [w, gen, s + "е", s + "у", s + ("ей" if s[-1:] in _HUSH else "ой")]
    if w.endswith("й"):
        s = w[:-1]
        return [w, s + "я", s + "ю", s + "ем", s + "е"]
    if w[-1:].lower() in "бвгджзклмнпрстфхцчшщ":
        return [w, w + "а", w + "у", w + ("ем" if w[-1] in _HUSH else "ом"), w + "е"]
    return [w]


def phrase_forms(phrase: str) -> list[str]:
    """All singular case forms of a noun phrase (plural for pluralia like "Штаты"); [phrase] when it
    cannot be declined."""
    tokens = phrase.split(" ")
    if len(tokens) == 1 and re.fullmatch(r"[А-ЯЁ][А-ЯЁа-яё’'-]*", phrase):
        prefix, _, last = phrase.rpartition("-")
        if not _known(last) or _score(last, {"NOUN", "ADJF", "PRTF"}) == 0:
            return with_yo_variants([(prefix + "-" if prefix else "") + f for f in rule_forms(last)])
    adjs: list[_Word] = []
    head: _Word | None = None
    head_idx = -1
    for i, tok in enumerate(tokens):
        if (tok.isupper() and len(tok) > 1) or not re.search("[а-яё]", tok.lower()):
            return with_yo_variants([phrase])
        last = tok.rpartition("-")[2]
        a_score, n_score = _score(last, {"ADJF", "PRTF"}), _score(last, {"NOUN"})
        if a_score > 0 and a_score >= n_score and i + 1 < len(tokens):
            adjs.append(_Word(tok, {"ADJF", "PRTF"}))
            continue
        if n_score > 0:
            head, head_idx = _Word(tok, {"NOUN"}), i
            break
        return with_yo_variants([phrase])
    if head is None or head.parse is None:
        return with_yo_variants([phrase])
    tag = head.parse.tag
    number = "plur" if tag.number == "plur" else "sing"
    rest = tokens[head_idx + 1 :]
    coord = None
    if len(rest) == 2 and rest[0] == "и":
        coord = _Word(rest[1], {"NOUN"})
        if coord.parse is None:
            coord = None
    cases = list(CASES) if "Geox" in tag else list(CASES[:-1])
    forms: list[str] = []
    for case in cases:
        words = []
        hw = head.form({case, number})
        if hw is None:
            continue
        for a in adjs:
            g = {case, number, tag.gender if number == "sing" else None}
            if case == "accs" and (number == "plur" or tag.gender == "masc"):
                g.add(tag.animacy)
            w = a.form(g if case != "loc2" else (g - {"loc2"}) | {"loct"})
            if w is None:
                break
            words.append(w)
        else:
            tail = list(rest)
            if coord is not None:
                cw = coord.form({case, "sing"})
                if cw is None:
                    continue
                tail = ["и", cw]
            form = " ".join(words + [hw] + tail)
            if form not in forms:
                forms.append(form)
    if phrase not in forms:
        forms.insert(0, phrase)
    return with_yo_variants(forms)


def with_yo_variants(forms) -> list[str]:
    out: list[str] = []
    for f in forms:
        for v in (f, f.replace("ё", "е").replace("Ё", "Е")):
            if v not in out:
                out.append(v)
    return out


def adjective_forms(lemma: str) -> list[str]:
    """All case forms of an adjective (masc/femn/neut singular and plural), lowercase."""
    parse = _nomn_parse(lemma, {"ADJF"})
    if parse is None:
        return with_yo_variants([lemma])
    forms = [lemma]
    for case in CASES[:-1]:
        for g in ("masc", "femn", "neut"):
            w = _inflect(parse, {case, "sing", g})
            if w and w not in forms:
                forms.append(w)
        w = _inflect(parse, {case, "plur"})
        if w and w not in forms:
            forms.append(w)
    return with_yo_variants(forms)


def noun_forms(lemma: str, plural: bool = True) -> list[str]:
    """Case forms of a single noun (people nouns such as "россиянин"), singular and plural."""
    p = _nomn_parse(lemma, {"NOUN"})
    if p is None:
        return [lemma]
    out = [lemma]
    for number in ("sing", "plur") if plural else ("sing",):
        for case in CASES[:-1]:
            w = _inflect(p, {case, number})
            if w:
                w = _recase(lemma, w)
                if w not in out:
                    out.append(w)
    return with_yo_variants(out)
