"""Scoring an extraction against annotations in the interchange format (shared/corpus/README.md).

Meetings are matched per article, one to one: a predicted meeting matches the gold meeting with which it
shares the most participants (at least two, or all of them when gold has fewer); among pairs sharing as
many, the one that agrees on the date, then the venue, then the kind — the best pairs of the article taken
first, so that the order of either list does not matter. Each slot (kind, venue, date,
participant country, office) is then scored as slot filling: a right value is a true positive; a wrong
value is a false positive and a false negative; a value where gold has none is a false positive; a
missing value where gold has one is a false negative. Unmatched meetings count all their slots as errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from graph_schema.errors import InputError
from graph_schema.settings import Settings
from ingest.catalog import catalog
from ingest.gazetteer import gazetteer
from ingest.identity import name_key
from ingest.nlp import NLP

METRICS = ["meetings", "participants", "kinds", "venues", "dates", "countries", "offices", "frameworks", "people"]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in METRICS})
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "missing": self.missing,
            "metrics": {
                k: {
                    "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for k, s in self.scores.items()
            },
        }


def same_person(a: str, b: str) -> bool:
    """One person named two ways: the same key, a close spelling, or a name with a middle name left out
    ("John Mahama" for "John Dramani Mahama": at least two words, all in the longer name, the last the same),
    or a given name reduced to its initial ("S. Jaishankar"), or a name of three words or more with its
    family or dynasty name left out ("Faisal bin Farhan" for "Faisal bin Farhan Al Saud"), or a regnal name
    without its country ("Abdullah II" for "Abdullah II of Jordan"), or two aliases of one catalog official."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb or fuzz.token_sort_ratio(ka, kb) >= 85:
        return True
    # ... or two names the people catalog gives one official ("Sultan Ibrahim" for "Sultan Ibrahim Iskandar")
    by_key = catalog().person_by_key
    if by_key.get(ka) is not None and by_key.get(ka) == by_key.get(kb):
        return True
    short, long_ = sorted((ka.split(), kb.split()), key=len)
    # ... or with a given name as its initial ("S. Jaishankar" for "Subrahmanyam Jaishankar")
    given = long_[:-1]
    if len(short) >= 3 and long_[: len(short)] == short:
        return True
    # ... or a regnal name without its country ("Abdullah II" for "Abdullah II of Jordan")
    if len(short) >= 2 and long_[: len(short) + 1] == [*short, "of"]:
        return True
    return (
        len(short) >= 2
        and short[-1] == long_[-1]
        and all(w in long_ or (len(w) == 1 and any(x.startswith(w) for x in given)) for w in short[:-1])
    )


def _framework_key(name: str) -> str:
    cat = catalog()
    hit = cat.framework_acronyms.whole(name) or cat.framework_names.whole(name)
    return str(hit.target) if hit else name.casefold()


def _set_score(score: Score, gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> None:
    used: set[int] = set()
    for g in gold:
        j = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if j is None:
            score.fn += 1
        else:
            used.add(j)
            score.tp += 1
    score.fp += len(pred) - len(used)


def _slot(score: Score, gold: Any, pred: Any, same: Callable[[Any, Any], bool] = lambda a, b: a == b) -> None:
    if gold is None and pred is None:
        return
    if gold is not None and pred is not None and same(gold, pred):
        score.tp += 1
        return
    if pred is not None:
        score.fp += 1
    if gold is not None:
        score.fn += 1


def _venue(m: dict[str, Any]) -> tuple[str | None, str | None] | None:
    city, country = m.get("venue_city"), m.get("venue_country")
    if not city and not country:
        return None
    # "Cebu City" and "Cebu", "Ho Chi Minh City" and "Ho Chi Minh" name one city; so do "St. John's" and "Saint
    # John's", and "Washington, D.C." and "Washington"; and two spellings of one GeoNames town ("Gabala" and
    # "Qabala" in Azerbaijan)
    key = re.sub(r"^(?:saint|st) ", "st ", name_key(_gazetteer_name(city, country))) if city else None
    # (a country by any of its names: "Holy See" and "Vatican City")
    code = hit.target if country and (hit := catalog().country_names.whole(country)) else country
    return (re.sub(r" (?:cit[iy]|d c)$", "", key) if key else None, str(code) if code else None)


def _gazetteer_name(city: str, country: str | None) -> str:
    """The GeoNames name of a town outside the place catalog, in the country given; else the name as given."""
    cat = catalog()
    code = hit.target if country and (hit := cat.country_names.whole(country)) else None
    if code is None or cat.place_names.whole(city):
        return city
    found = gazetteer().lookup(city, {str(code)})
    return found.name if found is not None and found.country_code == code else city


def _date(m: dict[str, Any]) -> str | None:
    if m.get("date"):
        return str(m["date"])
    if m.get("weekday"):
        return "wd:" + m["weekday"]
    if m.get("month_day"):
        return "md:" + m["month_day"]
    return None


def _canonical_role(role: str) -> str:
    from ingest.catalog import language_data
    from ingest.titles import canonical_title

    return canonical_title(role, role, language_data("en"), catalog()).casefold()


def _same_role(gold: str, pred: str) -> bool:
    """The same title as written (fuzzy), or the same office once both are normalised
    ("Brazil's Foreign Minister" = "Minister of Foreign Affairs of Brazil")."""
    return fuzz.token_set_ratio(gold.casefold(), pred.casefold()) >= 80 or _canonical_role(gold) == _canonical_role(
        pred
    )


def _overlap(g: dict[str, Any], p: dict[str, Any]) -> int:
    return sum(1 for gp in g["participants"] if any(same_person(gp["name"], pp["name"]) for pp in p["participants"]))


def score_article(report: Report, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    s = report.scores
    _set_score(s["people"], gold.get("people", []), pred.get("people", []), same_person)
    _set_score(
        s["frameworks"],
        sorted({_framework_key(f) for f in gold.get("frameworks", [])}),
        sorted({_framework_key(f) for f in pred.get("frameworks", [])}),
        lambda a, b: a == b,
    )
    gold_m, pred_m = gold.get("meetings", []), list(pred.get("meetings", []))
    # every admissible (gold, prediction) pair, the best first: most shared participants, then agreement on
    # date, venue and kind — taken in that order while both are free, so that neither list's order decides
    # (a pair's two phone calls go to its two calls, not to its meetings in person told before them)
    candidates = []
    for gi, g in enumerate(gold_m):
        need = min(2, len(g["participants"]))
        for pi, p in enumerate(pred_m):
            n = _overlap(g, p)
            if n >= need and n > 0:
                key = (n, int(_date(g) == _date(p)), int(_venue(g) == _venue(p)), int(g.get("kind") == p.get("kind")))
                candidates.append((key, gi, pi))
    candidates.sort(key=lambda c: (tuple(-k for k in c[0]), c[1], c[2]))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = [
        (g, pred_m[matched[gi]] if gi in matched else None) for gi, g in enumerate(gold_m)
    ]
    pairs.extend((None, p) for i, p in enumerate(pred_m) if i not in used)
    for g, p in pairs:
        if g and p:
            s["meetings"].tp += 1
        elif g:
            s["meetings"].fn += 1
        else:
            s["meetings"].fp += 1
        _set_score(
            s["participants"],
            [x["name"] for x in (g or {}).get("participants", [])],
            [x["name"] for x in (p or {}).get("participants", [])],
            same_person,
        )
        _slot(s["kinds"], g and g.get("kind"), p and p.get("kind"))
        _slot(s["venues"], g and _venue(g), p and _venue(p))
        _slot(s["dates"], g and _date(g), p and _date(p))
        gold_parts = (g or {}).get("participants", [])
        pred_parts = (p or {}).get("participants", [])
        for gp in gold_parts:
            match = next((pp for pp in pred_parts if same_person(gp["name"], pp["name"])), None)
            _slot(s["countries"], gp.get("country"), match.get("country") if match else None)
            _set_score(s["offices"], gp.get("roles", []), (match or {}).get("roles", []), _same_role)
        for pp in pred_parts:
            if not any(same_person(gp["name"], pp["name"]) for gp in gold_parts):
                _slot(s["countries"], None, pp.get("country"))
                _set_score(s["offices"], [], pp.get("roles", []), _same_role)
        if (
            g
            and p
            and (
                g.get("kind") != p.get("kind")
                or _venue(g) != _venue(p)
                or _date(g) != _date(p)
                or _overlap(g, p) != len(g["participants"])
            )
            or bool(g) != bool(p)
        ):
            report.errors.append({"article": gold["id"], "gold": _brief(g), "pred": _brief(p)})


def _brief(m: dict[str, Any] | None) -> str | None:
    if not m:
        return None
    names = ", ".join(x["name"] for x in m["participants"])
    return f"{m.get('kind')} [{names}] at {_venue(m)} on {_date(m)}"


def format_table(report: Report) -> str:
    lines = [f"{'metric':<14}{'precision':>10}{'recall':>9}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, sc in report.scores.items():
        lines.append(f"{name:<14}{sc.precision:>10.3f}{sc.recall:>9.3f}{sc.f1:>8.3f}{sc.tp:>6}{sc.fp:>6}{sc.fn:>6}")
    lines.append(
        f"articles scored: {report.articles}" + (f"; missing: {', '.join(report.missing)}" if report.missing else "")
    )
    return "\n".join(lines)


def evaluate_corpus(gold_path: Path, articles_dir: Path, nlp: NLP, settings: Settings) -> Report:
    """Extract every article named in `gold_path` from `articles_dir/<id>.txt` and score it."""
    from ingest.extract import ArticleInput, extract
    from ingest.gold import to_gold

    try:
        lines = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(gold_path), f"cannot read gold annotations: {exc}") from None
    report = Report()
    for gold in lines:
        path = articles_dir / f"{gold['id']}.txt"
        if not path.is_file():
            report.missing.append(gold["id"])
            continue
        pred = to_gold(
            extract(ArticleInput(text=path.read_text(encoding="utf-8"), source=str(path), name=path.stem), nlp)
        )
        score_article(report, gold, pred)
        report.articles += 1
    return report
