"""NLP resources, loaded once per process and passed in: spaCy pipelines, the language detector, Russian NER.

English and French have trained spaCy pipelines (settings name them); every other language gets
`spacy.blank(code)` with a sentencizer, and names come from title and trigger patterns plus the catalog.
Russian names come from natasha (its models ship inside the package).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language

from graph_schema.errors import ConfigError
from graph_schema.settings import Settings
from ingest.catalog import supported_languages

logger = logging.getLogger(__name__)

# Languages lingua may answer with. Malay is listed so that it is not confused with Indonesian silently;
# it is read with the Indonesian data (the two share most of their vocabulary).
_DETECTABLE = ["ENGLISH", "INDONESIAN", "MALAY", "SPANISH", "FRENCH", "RUSSIAN", "GERMAN", "PORTUGUESE", "ITALIAN"]
_DATA_ALIAS = {"ms": "id"}


_OBLIQUE = {"gent", "datv", "accs", "ablt", "loct"}
_NAME_TAGS = {"Name", "Surn", "Patr"}
# endings of declined names pymorphy does not know (foreign names), with their nominative
_NAME_SUFFIXES = [("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина")]
_INSTRUMENTAL = ("ом", "ем")


def _nominative(vocab: Any, token: str) -> str:
    """A Russian name token in the nominative ("Диопом" → "Диоп", "Захаровой" → "Захарова",
    "Хурэлсухом" → "Хурэлсух") where natasha left a case form."""
    parses = vocab.parse(token)[:3]
    if any(p.tag.case == "nomn" and p.tag.POS == "NOUN" for p in parses[:1]):
        return token
    for p in parses:
        grammemes = set(p.tag.grammemes)
        name_parse = (
            p.tag.POS == "NOUN" and p.tag.case in _OBLIQUE and p.tag.number == "sing" and grammemes & _NAME_TAGS
        )
        if name_parse and token.casefold().startswith(p.normal_form):  # a guess that rewrites the stem is no parse
            base = p.normal_form
            if {"femn", "Surn"} <= grammemes and base.endswith(("ов", "ев", "ин", "ын")):
                base += "а"  # a woman's surname: Захаровой → Захарова, not Захаров
            return _capitalised(base)
    first = parses[0] if parses else None
    if first is not None and first.tag.POS == "NOUN" and first.tag.case in _OBLIQUE and first.tag.number == "sing":
        return _capitalised(first.normal_form)
    low = token.casefold()
    if any(p.tag.case == "nomn" for p in parses):
        return token
    for suffix, nominative in _NAME_SUFFIXES:
        if low.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)] + nominative
    if low.endswith(_INSTRUMENTAL) and len(token) >= 6 and low[-3] not in "аеёиоуыэюяйь":
        return token[:-2]  # Хурэлсухом → Хурэлсух, Ухнаагийном → Ухнаагийн
    return token


_LEADING_INITIAL = re.compile(r"(?<!\w)[^\W\d_]\.-$")


def _capitalised(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


@dataclass
class NLP:
    settings: Settings
    _pipelines: dict[str, Language] = field(default_factory=dict)
    _detector: Any = None
    _natasha: Any = None

    def detect_language(self, text: str) -> str:
        """ISO 639-1 code of the article's language (lingua), mapped onto a language we have data for."""
        if self._detector is None:
            from lingua import Language as L
            from lingua import LanguageDetectorBuilder

            self._detector = LanguageDetectorBuilder.from_languages(*(getattr(L, n) for n in _DETECTABLE)).build()
        found = self._detector.detect_language_of(text[:5000])
        code = found.iso_code_639_1.name.lower() if found else "en"
        return _DATA_ALIAS.get(code, code)

    def data_language(self, code: str) -> str:
        return code if code in supported_languages() else "en"

    def pipeline(self, code: str) -> Language:
        if code not in self._pipelines:
            model = {"en": self.settings.spacy_model_en, "fr": self.settings.spacy_model_fr}.get(code)
            if model:
                try:
                    nlp = spacy.load(model, exclude=["lemmatizer"])
                except OSError as exc:
                    raise ConfigError(
                        f"spaCy model {model!r} is not installed (pip install it or change the setting)"
                    ) from exc
            else:
                try:
                    nlp = spacy.blank(code)
                except ImportError:
                    nlp = spacy.blank("xx")
                nlp.add_pipe("sentencizer")
            self._pipelines[code] = nlp
            logger.info("loaded pipeline for %s: %s", code, model or "blank")
        return self._pipelines[code]

    def russian_names(self, text: str) -> list[tuple[int, int, str]]:
        """Person spans in Russian text with their nominative form (natasha)."""
        if self._natasha is None:
            from natasha import (
                Doc,
                MorphVocab,
                NamesExtractor,
                NewsEmbedding,
                NewsMorphTagger,
                NewsNERTagger,
                Segmenter,
            )

            emb = NewsEmbedding()
            self._natasha = (Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab(), Doc, NamesExtractor)
        segmenter, morph, ner, vocab, doc_cls, _ = self._natasha
        doc = doc_cls(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        out = []
        for span in doc.spans:
            if span.type == "PER":
                span.normalize(vocab)
                normal = " ".join(_nominative(vocab, tok) for tok in (span.normal or span.text).split())
                # natasha leaves out the first initial of a hyphenated name ("К.-Ж.К.Токаевым")
                lead = _LEADING_INITIAL.search(text, 0, span.start)
                if lead:
                    out.append((lead.start(), span.stop, lead.group(0) + normal))
                    continue
                out.append((span.start, span.stop, normal))
        return out

    def russian_nominative(self, name: str) -> str:
        """Each token of a Russian name in the nominative, where pymorphy reads it as an oblique case."""
        if self._natasha is None:
            self.russian_names("")
        vocab = self._natasha[3]
        return " ".join(_nominative(vocab, tok) for tok in name.split())
