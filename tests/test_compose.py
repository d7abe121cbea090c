"""The deployment files, checked without a Docker engine: compose file, Dockerfile, settings."""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import typer
import yaml

from graph_service.cli.app import app
from graph_service.settings import env_names

ROOT = Path(__file__).resolve().parent.parent
POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def api(compose) -> dict:
    return compose["services"]["api"]


def _harness_version() -> str:
    properties = (
        ET.parse(ROOT / "tests" / "neo4j" / "pom.xml").getroot().find("m:properties", POM_NS)
    )
    return properties.find("m:neo4j.version", POM_NS).text.strip()


def _dockerfile_command() -> list[str]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    return json.loads(re.findall(r"^CMD (\[.*\])$", text, re.MULTILINE)[-1])


def _cli_options(command: str) -> set[str]:
    click_command = typer.main.get_command(app).commands[command]
    return {option for param in click_command.params for option in param.opts}


def test_compose_neo4j_image_is_the_version_the_tests_use(compose):
    image = compose["services"]["neo4j"]["image"]
    name, tag = image.split(":")
    assert (name, tag.removesuffix("-community")) == ("neo4j", _harness_version())


def test_compose_neo4j_password_comes_from_the_environment_without_default(compose, api):
    auth = compose["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    password = api["environment"]["NEO4J_PASSWORD"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD:?") and password.startswith("${NEO4J_PASSWORD:?")


def test_compose_neo4j_keeps_its_data_in_a_volume(compose):
    volumes = compose["services"]["neo4j"]["volumes"]
    assert "neo4j-data:/data" in volumes and "neo4j-data" in compose["volumes"]


def test_compose_neo4j_has_a_healthcheck_the_api_waits_for(compose, api):
    assert "cypher-shell" in " ".join(compose["services"]["neo4j"]["healthcheck"]["test"])
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_compose_api_sets_only_settings_variables(api):
    assert set(api["environment"]) <= set(env_names())


def test_compose_api_uses_neo4j_in_the_compose_network(api):
    environment = api["environment"]
    assert (environment["MKG_STORE"], environment["NEO4J_URI"]) == ("neo4j", "bolt://neo4j:7687")


def test_compose_api_publishes_the_port_it_serves_on(api):
    port = api["command"][api["command"].index("--port") + 1]
    assert f"{port}:{port}" in api["ports"]


def test_compose_api_command_is_the_dockerfile_command(api):
    assert api["command"] == _dockerfile_command()


def test_dockerfile_command_is_a_real_cli_command():
    program, command, *options = _dockerfile_command()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert program in scripts["scripts"]
    assert {o for o in options if o.startswith("--")} <= _cli_options(command)


def test_dockerfile_builds_on_python_312_slim():
    assert (ROOT / "Dockerfile").read_text(encoding="utf-8").count("FROM python:3.12-slim") == 1
