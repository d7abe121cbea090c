"""The embedded FalkorDB server killed (SIGKILL) in the middle of a load and while serving.

What must hold: a load stops at once with a message naming the store and what to run; every
document is in the graph whole or not at all; the same load run again gives exactly the graph of
a clean load; acknowledged writes survive the kill; the API answers 503 while the server is dead
and 200 again afterwards, on the same app.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from redis import Redis
from redis.exceptions import ResponseError
from redislite.falkordb_client import FalkorDB

from graph_service.api.app import create_app
from graph_service.bench.synth.corpus import generate
from graph_service.loading import writing
from graph_service.loading.run import LoadReport, load_paths
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore
from loaders.pipeline import iter_documents

pytestmark = pytest.mark.faults

DEV = Path(__file__).resolve().parents[1] / "data" / "minutes"
EDGES_PER_DOC = "MATCH ()-[e]->() RETURN e.doc AS doc, count(e) AS edges"
# Loads write GROUP documents per transaction here, so that a kill after the third file lands
# between two groups, and the next group (files 4 to 6) fails whole.
GROUP = 3
KILLED_AFTER = 3
SECOND_AND_THIRD = ["a02_jiangning_numbered_bom.txt", "a03_wuhou_numbered_lue.txt"]


def edges_per_doc(store: FalkorStore) -> dict[str, int]:
    """Each document's edge count: a half-written document would have fewer than a clean load."""
    rows = store.run_read(EDGES_PER_DOC, timeout_s=30, max_rows=100_000).dicts()
    return {row["doc"]: row["edges"] for row in rows}


def kill(store: FalkorStore) -> None:
    os.kill(store.server_pid, signal.SIGKILL)


def load_killing(store: FalkorStore, after: int, delay_s: float | None = None) -> LoadReport:
    """Load the development minutes; kill the server after file ``after`` (or ``delay_s`` later,
    in a thread, so that the kill lands while the next file is extracted or written)."""

    def progress(_result, done: int, _total: int) -> None:
        if done == after and delay_s is None:
            kill(store)
        elif done == after:
            threading.Timer(delay_s, kill, [store]).start()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writing, "GROUP_DOCUMENTS", GROUP)
        return load_paths(store, [DEV], progress=progress)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple:
    """The graph of an uninterrupted load: its stats and each document's edge count."""
    store = FalkorStore(tmp_path_factory.mktemp("clean"))
    try:
        load_paths(store, [DEV])
        return store.stats(), edges_per_doc(store)
    finally:
        store.close()


@pytest.fixture
def killed(tmp_path):
    """A store whose server was killed between the third and the fourth file of a load (between
    two groups)."""
    store = FalkorStore(tmp_path)
    report = load_killing(store, KILLED_AFTER)
    yield store, report
    store.close()


def test_falkor_load_killed_between_documents_stops_with_the_reason(killed):
    _, report = killed
    assert "embedded FalkorDB server stopped" in report.stopped
    assert "run the same command again" in report.stopped


def test_falkor_load_killed_between_documents_tries_no_further_file(killed):
    _, report = killed
    every_file = len(list(iter_documents([DEV])))
    assert [result.status for result in report.files] == ["added"] * KILLED_AFTER + [
        "failed"
    ] * GROUP
    assert len(report.not_loaded) == every_file - KILLED_AFTER - GROUP


def test_falkor_load_killed_between_documents_keeps_the_documents_written(killed, clean):
    store, report = killed
    written = {result.doc for result in report.files if result.status == "added"}
    assert edges_per_doc(store) == {doc: n for doc, n in clean[1].items() if doc in written}


def test_falkor_load_run_again_after_a_kill_reports_the_written_files_unchanged(killed):
    store, _ = killed
    again = load_paths(store, [DEV])
    assert [result.status for result in again.files[:KILLED_AFTER]] == ["unchanged"] * 3
    assert again.documents["failed"] == 0


def test_falkor_load_run_again_after_a_kill_gives_the_clean_graph(killed, clean):
    store, _ = killed
    load_paths(store, [DEV])
    assert (store.stats(), edges_per_doc(store)) == clean


@pytest.mark.parametrize("delay_s", [0.0, 0.005, 0.02, 0.05])
def test_falkor_load_killed_mid_flight_leaves_only_whole_documents(tmp_path, clean, delay_s):
    store = FalkorStore(tmp_path)
    try:
        report = load_killing(store, 2, delay_s)
        found = edges_per_doc(store)
    finally:
        store.close()
    assert report.stopped
    assert found == {doc: clean[1][doc] for doc in found}


def test_falkor_load_killed_mid_flight_then_run_again_gives_the_clean_graph(tmp_path, clean):
    store = FalkorStore(tmp_path)
    try:
        load_killing(store, 2, 0.01)
        load_paths(store, [DEV])
        assert (store.stats(), edges_per_doc(store)) == clean
    finally:
        store.close()


def test_falkor_acknowledged_writes_survive_a_kill(tmp_path, clean):
    store = FalkorStore(tmp_path)
    load_paths(store, [DEV])
    kill(store)
    store.close()
    reopened = FalkorStore(tmp_path)
    try:
        assert (reopened.stats(), edges_per_doc(reopened)) == clean
    finally:
        reopened.close()


def test_falkor_store_keeps_a_data_file_written_before_the_log(tmp_path):
    old = FalkorDB(str(tmp_path / "graph.db"))  # falkordblite's defaults: snapshots only
    old.select_graph("minutes").query("CREATE (:Bureau {id: 'b', name: '区应急管理局'})")
    old.close()
    store = FalkorStore(tmp_path)
    kill(store)
    store.close()
    reopened = FalkorStore(tmp_path)
    try:
        assert reopened.stats().nodes == {"Bureau": 1}
    finally:
        reopened.close()


@pytest.fixture
def api(tmp_path):
    app = create_app(Settings(data_dir=tmp_path, api_key="faults-key"))
    with TestClient(app, headers={"X-API-Key": "faults-key"}) as client:
        load_paths(app.state.store, [DEV / "a01_xuhui_paragraph_abbrev.txt"])
        yield app, client


def test_falkor_api_answers_503_with_the_reason_while_the_server_is_dead(api):
    app, client = api
    kill(app.state.store)
    response = client.get("/api/stats")
    assert response.status_code == 503
    assert response.json()["error"] == "store_unavailable"
    assert "embedded FalkorDB server stopped" in response.json()["message"]


def test_falkor_api_503_says_when_to_try_again(api):
    app, client = api
    kill(app.state.store)
    assert client.get("/api/stats").headers["Retry-After"] == "2"


def test_falkor_api_upload_while_the_server_is_dead_answers_503_with_the_reason(api):
    app, client = api
    kill(app.state.store)
    files = [("files", (name, (DEV / name).read_bytes())) for name in SECOND_AND_THIRD]
    response = client.post("/api/documents", files=files)
    assert response.status_code == 503
    assert "embedded FalkorDB server stopped" in response.json()["message"]


def test_falkor_api_answers_again_on_the_same_app_after_the_server_died(api):
    app, client = api
    before = client.get("/api/stats").json()
    kill(app.state.store)
    client.get("/api/stats")
    after = client.get("/api/stats")
    assert (after.status_code, after.json()) == (200, before)


def _cli_load(data_dir: Path, corpus: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(data_dir), "COLUMNS": "120"}
    args = [sys.executable, "-m", "graph_service", "load", str(corpus)]
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=600, check=False)


def _kill_after_meetings(data_dir: Path, meetings: int) -> None:
    """Kill the loader's server once ``meetings`` meetings are in the graph."""
    registry = data_dir / "graph.db.settings"
    while not registry.exists():
        time.sleep(0.05)
    server = json.loads(registry.read_text())
    # Closed in any case: an open connection would keep the loader from stopping its server.
    with Redis(unix_socket_path=server["unixsocket"]) as client:
        while _meetings(client) < meetings:
            time.sleep(0.05)
    os.kill(int(Path(server["pidfile"]).read_text()), signal.SIGKILL)


def _meetings(client: Redis) -> int:
    try:
        reply = client.execute_command(
            "GRAPH.RO_QUERY", "minutes", "MATCH (m:Meeting) RETURN count(m)"
        )
    except ResponseError:  # the graph is made with its first node
        return 0
    return reply[1][0][0]


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory) -> tuple:
    """``minutes-kg load`` of a synthetic corpus, its server killed midway, then run again."""
    corpus, data_dir = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("cli")
    # More meetings than one group of a load holds, so that the kill lands between two groups.
    generate(corpus, writing.GROUP_DOCUMENTS * 2 + 50, 5, 1)
    killer = threading.Thread(target=_kill_after_meetings, args=(data_dir, 20), daemon=True)
    killer.start()
    killed = _cli_load(data_dir, corpus)
    again = _cli_load(data_dir, corpus)
    store = FalkorStore(data_dir)
    try:
        return killed, again, corpus, store.stats()
    finally:
        store.close()


def test_falkor_cli_load_killed_exits_3_saying_what_to_run(cli_runs):
    killed = cli_runs[0]
    assert killed.returncode == 3
    assert "files were loaded" in killed.stderr
    assert "run the same command again" in killed.stderr


def test_falkor_cli_load_run_again_exits_0_with_the_clean_graph(cli_runs, tmp_path):
    _, again, corpus, stats = cli_runs
    clean = FalkorStore(tmp_path)
    try:
        load_paths(clean, [corpus])
        assert (again.returncode, stats) == (0, clean.stats())
    finally:
        clean.close()
