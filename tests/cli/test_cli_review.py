"""minutes-kg review and minutes-kg loads on both stores: the queue, decisions, export and
import, and the load history, as a curator uses them from the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_service.cli.app import app

DATA = Path(__file__).resolve().parents[1] / "data" / "curation"
GOV = "云岭县人民政府"


@pytest.fixture(params=["falkordb", "neo4j"])
def env(request: pytest.FixtureRequest) -> dict[str, str]:
    """The environment that points the CLI at a wiped store holding the 云岭县 minutes."""
    if request.param == "falkordb":
        store = request.getfixturevalue("falkor_store")
        found = {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(store.path.parent)}
    else:
        store = request.getfixturevalue("neo4j_store")
        found = {"MKG_STORE": "neo4j", "NEO4J_URI": request.getfixturevalue("neo4j_uri")}
    store.wipe()
    found |= {"NEO4J_PASSWORD": "", "COLUMNS": "200"}
    assert _run(found, "load", str(DATA), "--by", "李研究").exit_code == 0
    return found


def _run(env: dict[str, str], *args: str):
    return CliRunner().invoke(app, list(args), env=env)


def test_cli_review_list_names_the_unresolved_bureau(env):
    result = _run(env, "review", "list", "-g", GOV)
    assert result.exit_code == 0 and "县山林办" in result.output and "县林业局" in result.output


def test_cli_review_merge_then_export_and_import(env, tmp_path):
    merged = _run(env, "review", "merge", "县山林办", "县林业局", "-g", GOV, "--by", "王分析")
    assert merged.exit_code == 0 and "rewrote 3 of 3 files" in merged.output
    assert "nothing to review" in _run(env, "review", "list", "-g", GOV).output
    exported = tmp_path / "decisions.json"
    assert _run(env, "review", "export", str(exported)).exit_code == 0
    (decision,) = json.loads(exported.read_text(encoding="utf-8"))
    assert (decision["kind"], decision["by"]) == ("merge", "王分析")
    assert _run(env, "review", "withdraw", decision["id"]).exit_code == 0
    assert "县山林办" in _run(env, "review", "list", "-g", GOV).output
    imported = _run(env, "review", "import", str(exported))
    assert imported.exit_code == 0 and "took 1 of 1" in imported.output


def test_cli_review_refuses_a_bad_date(env):
    result = _run(env, "review", "merge", "县山林办", "县林业局", "-g", GOV, "--from", "2024-13-01")
    assert result.exit_code != 0 and "2024-13-01" in str(result.output) + str(result.exception)


def test_cli_loads_list_and_diff(env):
    listed = _run(env, "loads", "list")
    assert listed.exit_code == 0 and "李研究" in listed.output
    load_id = next(word for word in listed.output.split() if word.startswith("load:"))
    diff = json.loads(_run(env, "loads", "diff", load_id).output)
    assert diff["load"]["by"] == "李研究" and len(diff["added"]) > 10


def test_cli_loads_list_shows_whole_ids_in_a_narrow_terminal(env):
    listed = _run(env | {"COLUMNS": "60"}, "loads", "list")
    (load_id,) = [word.strip("│") for word in listed.output.split() if word.startswith("│load:")
                  or word.startswith("load:")]  # fmt: skip
    assert _run(env, "loads", "diff", load_id).exit_code == 0


def test_cli_loads_list_json(env):
    (record,) = json.loads(_run(env, "loads", "list", "--json").output)
    assert record["by"] == "李研究" and record["documents"]["added"] == 3


def test_cli_review_list_json(env):
    queue = json.loads(_run(env, "review", "list", "-g", GOV, "--json").output)
    assert [item["bureau"]["name"] for item in queue["items"]] == ["县山林办"]


def test_cli_review_merge_into_an_unknown_bureau_is_refused_with_near_names(env):
    result = _run(env, "review", "merge", "县山林办", "县林业屋", "-g", GOV)
    assert result.exit_code != 0 and "did you mean 县林业局" in str(result.exception)
    assert "县山林办" in _run(env, "review", "list", "-g", GOV).output


def test_cli_review_misspelt_government_is_refused_with_near_governments(env):
    result = _run(env, "review", "split", "县山林办", "-g", "云岭县政府")
    assert result.exit_code != 0 and "did you mean 云岭县人民政府" in str(result.exception)


def test_cli_review_bureaus_lists_the_targets(env):
    listed = json.loads(_run(env, "review", "bureaus", "-g", GOV, "--json").output)
    assert {"县林业局", "县山林办"} <= {bureau["name"] for bureau in listed}
