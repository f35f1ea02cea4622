from __future__ import annotations

import pytest

from graph_schema.settings import get_settings
from ingest.nlp import NLP


@pytest.fixture(scope="session")
def nlp() -> NLP:
    return NLP(get_settings())
