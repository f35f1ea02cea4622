"""The curated catalogs in ingest/data parse and keep their invariants (see ingest/data/README.md)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "ingest" / "data"


def _validate_module():
    spec = importlib.util.spec_from_file_location("catalog_validate", DATA / "build" / "validate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogs_are_valid() -> None:
    assert _validate_module().validate_all(DATA) == []


def test_catalogs_cover_the_brief() -> None:
    load = lambda name: json.loads((DATA / name).read_text(encoding="utf-8"))  # noqa: E731
    frameworks = {f["id"]: f for f in load("frameworks.json")}
    for fid in ("brics", "brics-plus", "sco", "un", "unsc", "unga", "asean", "g20", "eaeu", "bri", "opec-plus"):
        assert fid in frameworks
    assert "ШОС" in frameworks["sco"]["acronyms"]
    assert "Шанхайской организации сотрудничества" in frameworks["sco"]["aliases"]["ru"]
    countries = {c["code"]: c for c in load("countries.json")}
    assert len(countries) >= 249
    assert "России" in countries["RU"]["names"]["ru"]
    assert "российского" in countries["RU"]["demonyms"]["ru"]
    places = {p["id"]: p for p in load("places.json")}
    assert "Санкт-Петербурге" in places["RU:saint-petersburg"]["aliases"]["ru"]
    assert "Lima" not in places["PE:lima"]["aliases"]["id"]  # "five" in Indonesian
