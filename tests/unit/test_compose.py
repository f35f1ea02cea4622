"""docker-compose.yml is valid Compose (checked by `docker-compose config` when the binary is installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from graph_schema.settings import PROJECT_ROOT

COMPOSE_FILE = PROJECT_ROOT / "docker-compose.yml"


@pytest.fixture
def docker_compose(tmp_path: Path) -> list[str]:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    empty_env_file = tmp_path / "empty.env"  # instead of the project's .env, if any
    empty_env_file.touch()
    return [binary, "--env-file", str(empty_env_file), "-f", str(COMPOSE_FILE)]


def _config(docker_compose: list[str], **variables: str) -> str:
    # Hermetic: no DIPLOGRAPH_* from the caller's environment either.
    env = {key: value for key, value in os.environ.items() if not key.startswith("DIPLOGRAPH_")} | variables
    completed = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
        [*docker_compose, "config"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_compose_file_is_valid(docker_compose: list[str]) -> None:
    config = _config(docker_compose)
    assert "image: neo4j:5.26-community" in config
    assert "NEO4J_AUTH: neo4j/diplograph-dev" in config
    assert "DIPLOGRAPH_NEO4J_URI: bolt://neo4j:7687" in config
    assert "condition: service_healthy" in config


def test_one_variable_sets_the_password_on_both_sides(docker_compose: list[str]) -> None:
    config = _config(docker_compose, DIPLOGRAPH_NEO4J_PASSWORD="s3cret-Pa55")  # noqa: S106 - a test value
    assert "NEO4J_AUTH: neo4j/s3cret-Pa55" in config
    assert "DIPLOGRAPH_NEO4J_PASSWORD: s3cret-Pa55" in config
