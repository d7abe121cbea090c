"""Settings: safe defaults, Neo4j's own variable names, and every field in the README table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph_service.settings import Settings, env_names

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_settings() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Settings", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Z0-9_]+)` \|", section, re.MULTILINE))


@pytest.fixture
def empty_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in env_names():
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.removeprefix("MKG_"), raising=False)
        monkeypatch.delenv(f"MKG_{name}", raising=False)


@pytest.mark.parametrize("variable", env_names())
def test_settings_field_is_in_the_readme_table(variable):
    assert variable in _readme_settings()


def test_settings_empty_environment_means_the_embedded_store(empty_environment):
    settings = Settings()
    assert (settings.store, settings.data_dir) == ("falkordb", Path("data"))


def test_settings_empty_environment_leaves_uploads_open_and_cors_closed(empty_environment):
    settings = Settings()
    assert (settings.api_key, settings.cors_origins) == (None, [])


def test_settings_neo4j_variables_have_no_prefix(empty_environment, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://example.databases.neo4j.io")
    assert Settings().neo4j_uri == "neo4j+s://example.databases.neo4j.io"


def test_settings_empty_api_key_means_not_set(empty_environment, monkeypatch):
    monkeypatch.setenv("MKG_API_KEY", "")
    assert Settings().api_key is None


def test_settings_cors_origins_read_as_a_json_list(empty_environment, monkeypatch):
    monkeypatch.setenv("MKG_CORS_ORIGINS", '["https://analysts.example"]')
    assert Settings().cors_origins == ["https://analysts.example"]
