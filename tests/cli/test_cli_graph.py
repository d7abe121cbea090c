"""The graph commands of minutes-kg: load, demo (load and serve), query, export, on both stores."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_service.cli.app import app
from graph_service.loading.run import load_paths

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
SEED = SAMPLES / "changning-2024-73.txt"
XUHUI = SAMPLES / "xuhui-2024-96.txt"
DEMO_START_TIMEOUT_S = 60


@pytest.fixture(params=["falkordb", "neo4j"])
def target(request: pytest.FixtureRequest):
    """A wiped store and the environment that makes the CLI use it."""
    if request.param == "falkordb":
        store = request.getfixturevalue("falkor_store")
        # The CLI joins the fixture's running embedded server on the same data folder.
        env = {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(store.path.parent)}
    else:
        store = request.getfixturevalue("neo4j_store")
        env = {"MKG_STORE": "neo4j", "NEO4J_URI": request.getfixturevalue("neo4j_uri")}
    store.wipe()
    return store, env | {"NEO4J_PASSWORD": "", "COLUMNS": "200"}


def _run(env: dict[str, str], *args: str):
    return CliRunner().invoke(app, list(args), env=env)


def _row(output: str, label: str) -> list[str]:
    """The cells of the summary table's row ``label``."""
    line = next(line for line in output.splitlines() if line.strip("│ ").startswith(label))
    return [cell.strip() for cell in line.strip().strip("│").split("│")][1:]


def test_cli_load_prints_the_summary_and_exits_zero(target):
    store, env = target
    result = _run(env, "load", str(SEED), str(XUHUI))
    assert result.exit_code == 0
    assert _row(result.stdout, "documents") == ["2", "0", "0", "0", "", "0"]
    assert store.node("meeting:徐汇区人民政府:2024-06-12:96") is not None


def test_cli_load_again_reports_everything_unchanged(target):
    _, env = target
    _run(env, "load", str(SEED))
    result = _run(env, "load", str(SEED))
    # 62 nodes and edges, and 8 directives to collectives on their items' initiatives.
    assert _row(result.stdout, "nodes + edges") == ["0", "", "70", "", "0", ""]


def test_cli_load_failed_file_is_named_with_its_reason_and_exits_one(target, tmp_path):
    store, env = target
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _run(env, "load", str(empty), str(SEED))
    assert result.exit_code == 1
    assert "failed:" in result.stdout and "empty.txt: the file is empty" in result.stdout
    assert store.node("meeting:长宁区人民政府:2024-04-24:73") is not None


def test_cli_load_warns_of_a_page_without_agenda_items_naming_it(target, tmp_path):
    _, env = target
    page = tmp_path / "notice.html"
    page.write_text("<html><body><p>停水通知：明日检修。</p></body></html>", encoding="utf-8")
    result = _run(env, "load", str(page), str(SEED))
    assert result.exit_code == 0
    assert f"warning: {page}: no agenda items found" in result.stdout


def test_cli_load_dry_run_writes_nothing(target):
    store, env = target
    result = _run(env, "load", str(SAMPLES), "--dry-run")
    assert result.exit_code == 0
    assert (sum(store.stats().nodes.values()), "Dry run" in result.stdout) == (0, True)


def test_cli_load_dry_run_prints_each_file_and_what_it_would_add(target):
    _, env = target
    result = _run(env, "load", str(SEED), "--dry-run")
    shown = str(SEED.relative_to(Path.cwd()))  # the tests run from the repository's root
    assert _row(result.stdout, shown) == ["added", "2024-04-24", "70", "0", "0"]


def test_cli_query_parameters_are_json_when_they_parse():
    from graph_service.cli.reading import parse_params

    assert parse_params(["item=8", "name=区投促办"]) == {"item": 8, "name": "区投促办"}


def test_cli_query_malformed_parameter_is_a_usage_error():
    result = _run({}, "query", "RETURN 1", "--param", "no-equals-sign")
    assert result.exit_code == 2


def test_cli_query_prints_the_rows_as_json(target):
    _, env = target
    _run(env, "load", str(SEED))
    query = "MATCH (b:Bureau) WHERE b.name = $name RETURN b.name AS name"
    result = _run(env, "query", query, "--param", "name=区应急管理局", "--format", "json")
    assert json.loads(result.stdout)["rows"] == [["区应急管理局"]]


def test_cli_query_write_is_refused_and_changes_nothing(target):
    store, env = target
    _run(env, "load", str(SEED))
    before = store.stats()
    result = _run(env, "query", "MATCH (b:Bureau) SET b.name = 'x' RETURN b")
    assert (result.exit_code, type(result.exception).__name__) == (1, "QueryRefusedError")
    assert store.stats() == before and store.node("bureau:长宁区人民政府:区应急管理局").name != "x"


def test_cli_query_every_node_prints_the_load_record_too(target):
    _, env = target
    _run(env, "load", str(SEED))  # leaves a load record beside the graph
    result = _run(env, "query", "MATCH (n) RETURN n", "--format", "json")
    labels = {row[0]["label"] for row in json.loads(result.stdout)["rows"]}
    assert (result.exit_code, {"Load", "Meeting"} <= labels) == (0, True)


def test_cli_query_every_node_as_a_table_prints_no_traceback(target):
    _, env = target
    _run(env, "load", str(SEED))
    result = _run(env, "query", "MATCH (n:Load) RETURN n")
    assert (result.exit_code, result.exception) == (0, None)


def test_cli_export_json_writes_the_whole_graph_to_a_file(target, tmp_path):
    store, env = target
    _run(env, "load", str(SEED))
    result = _run(env, "export", "--format", "json", "--out", str(tmp_path / "g.json"))
    exported = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert len(exported["nodes"]) == sum(store.stats().nodes.values())


def test_cli_export_unknown_node_is_a_usage_error(target):
    _, env = target
    result = _run(env, "export", "--node", "bureau:nowhere:nobody")
    assert result.exit_code == 2 and "bureau:nowhere:nobody" in result.output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str, deadline: float) -> dict:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return json.load(answer)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


# Starts minutes-kg demo in a process of its own.
@pytest.mark.slow
def test_cli_demo_loads_the_samples_and_serves_them(tmp_path):
    port = _free_port()
    env = {**os.environ, "MKG_DATA_DIR": str(tmp_path / "data"), "MKG_STORE": "neo4j"}
    command = [sys.executable, "-c", "from graph_service.cli.app import main; main()"]
    demo = subprocess.Popen(
        [*command, "demo", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        stats = _get_json(f"http://127.0.0.1:{port}/api/stats", time.monotonic() + 60)
    finally:
        demo.terminate()
        _, err = demo.communicate(timeout=DEMO_START_TIMEOUT_S)
    # The demo always uses the embedded store, whatever MKG_STORE says.
    assert stats["nodes"]["Meeting"] == len(list(SAMPLES.glob("*.txt")))
    # The address printed first is the home page, where a newcomer starts.
    assert re.search(rf"at http://127\.0\.0\.1:{port}/ ", err)
    assert re.search(r"documents\s*│\s*5\s*│", err)


def test_cli_load_json_prints_the_report(target):
    _, env = target
    result = _run(env, "load", str(SEED), "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["documents"]["added"] == 1
    assert report["load"].startswith("load:") and report["files"][0]["file"] == str(SEED)


def test_cli_load_dry_run_shows_paths_relative_to_the_working_folder(target, tmp_path, monkeypatch):
    _, env = target
    for folder in ("2023", "2024"):
        (tmp_path / "minutes" / folder).mkdir(parents=True)
        (tmp_path / "minutes" / folder / SEED.name).write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path)
    result = _run(env, "load", "minutes", "--dry-run")
    assert _row(result.stdout, f"minutes/2023/{SEED.name}")[0] == "added"
    assert _row(result.stdout, f"minutes/2024/{SEED.name}")[0] == "unchanged"


def test_load_reports_each_file_read_before_its_group_is_written(store):
    events = []
    load_paths(store, [SAMPLES],
               on_read=lambda file, done, total: events.append(("read", done, total)),
               progress=lambda result, done, total: events.append(("written", done, total)))  # fmt: skip
    files = len(list(SAMPLES.glob("*.txt")))
    # The samples are one group: every file is read (and reported) before the group's write.
    assert events[:files] == [("read", n, files) for n in range(1, files + 1)]
    assert events[files:] == [("written", n, files) for n in range(1, files + 1)]


def test_cli_export_csv_says_it_writes_a_zip(target, tmp_path):
    _, env = target
    _run(env, "load", str(SEED))
    result = _run(env, "export", "--format", "csv", "--out", str(tmp_path / "g.zip"))
    assert result.exit_code == 0 and "a ZIP of nodes.csv and edges.csv" in result.stderr
    with zipfile.ZipFile(tmp_path / "g.zip") as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
