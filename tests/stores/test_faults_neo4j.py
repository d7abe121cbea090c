"""A Neo4j server stopped or killed in the middle of a load and while serving; a lock conflict.

The tests run their own server, whose data stays in a folder on a fixed port, so that it can be
stopped and started again and found by the same clients; the suite's shared server is untouched.
What must hold: a load stops with a message naming the server; every document is whole or absent;
the same load after the restart gives the graph of a clean load; the API answers 503 while the
server is down and 200 again when it is back, on the same app; a write that meets a lock held by
another transaction fails with a transient error, is retried by the driver, and succeeds.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from neo4j import GraphDatabase

from graph_service.api.app import create_app
from graph_service.loading import writing
from graph_service.loading.batch import to_batch
from graph_service.loading.run import load_paths
from graph_service.settings import Settings
from graph_service.stores.neo4j import Neo4jStore
from loaders.pipeline import extract_file, iter_documents
from loaders.read.readers import read_document

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "neo4j.sh"
DEV = ROOT / "tests" / "data" / "minutes"
# Six files are enough for a fault between files and during one, and keep the module short.
FILES = list(iter_documents([DEV]))[:6]
FIRST = FILES[0]
EDGES_PER_DOC = "MATCH ()-[e]->() RETURN e.doc AS doc, count(e) AS edges"
# Loads write GROUP documents per transaction here: a stop after the second file lands between
# two groups, and the next group (files 3 and 4) fails whole.
GROUP = 2
STOPPED_AFTER = 2
LOCK_TIMEOUT_MS = 1000


class Server:
    """A Neo4j server of these tests only: data in ``base/data``, Bolt on one fixed port."""

    def __init__(self, base: Path) -> None:
        self.run_dir, self.data = base / "run", base / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.uri = f"bolt://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = os.environ | {"NEO4J_DATA": str(self.data), "NEO4J_PORT": str(self.port),
                            "NEO4J_LOCK_TIMEOUT_MS": str(LOCK_TIMEOUT_MS),
                            "NEO4J_WATCH_PID": str(os.getpid())}  # fmt: skip
        done = subprocess.run(["bash", str(SCRIPT), "start", str(self.run_dir)], env=env,
                              capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
        if done.returncode != 0:
            pytest.fail(f"{SCRIPT} start failed:\n{done.stderr}", pytrace=False)

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.run_dir)], check=True, timeout=120)

    def kill(self) -> None:
        os.kill(int((self.run_dir / "neo4j.pid").read_text()), signal.SIGKILL)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"the Neo4j fault tests need {' and '.join(missing)}")
    started = Server(tmp_path_factory.mktemp("neo4j-faults"))
    started.start()
    yield started
    started.stop()


def edges_per_doc(store: Neo4jStore) -> dict[str, int]:
    """Each document's edge count: a half-written document would have fewer than a clean load."""
    rows = store.run_read(EDGES_PER_DOC, timeout_s=30, max_rows=100_000).dicts()
    return {row["doc"]: row["edges"] for row in rows}


def graph(store: Neo4jStore) -> tuple:
    return store.stats(), edges_per_doc(store)


@pytest.fixture(scope="module")
def clean(server) -> tuple:
    """The graph of an uninterrupted load."""
    store = Neo4jStore(server.uri)
    try:
        store.wipe()
        load_paths(store, FILES)
        return graph(store)
    finally:
        store.wipe()
        store.close()


def _interrupted_load(server: Server, fault, after: int, in_thread: bool) -> SimpleNamespace:
    """Load :data:`FILES`, ``fault`` the server after file ``after``, start it again,
    then run the same load once more; return what each step saw."""
    store = Neo4jStore(server.uri)
    store.wipe()
    threads: list[threading.Thread] = []

    def progress(_result, done: int, _total: int) -> None:
        if done == after and in_thread:  # the fault lands while later files are written
            threads.append(threading.Thread(target=fault))
            threads[-1].start()
        elif done == after:
            fault()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writing, "GROUP_DOCUMENTS", GROUP)
        report = load_paths(store, FILES, progress=progress)
    for thread in threads:
        thread.join()
    server.start()
    after_restart = edges_per_doc(store)
    again = load_paths(store, FILES)
    seen = SimpleNamespace(report=report, after_restart=after_restart, again=again)
    seen.final = graph(store)
    store.close()
    return seen


@pytest.fixture(scope="module")
def stopped_between(server, clean) -> SimpleNamespace:
    """A load whose server was stopped between the second and the third file (two groups)."""
    return _interrupted_load(server, server.stop, STOPPED_AFTER, in_thread=False)


def test_neo4j_load_with_the_server_stopped_stops_naming_the_server(stopped_between, server):
    assert f"Neo4j at {server.uri}" in stopped_between.report.stopped
    assert "unavailable" in stopped_between.report.stopped


def test_neo4j_load_with_the_server_stopped_tries_no_further_file(stopped_between):
    report = stopped_between.report
    assert [r.status for r in report.files] == ["added"] * STOPPED_AFTER + ["failed"] * GROUP
    assert len(report.not_loaded) == len(FILES) - STOPPED_AFTER - GROUP


def test_neo4j_load_with_the_server_stopped_keeps_the_documents_written(stopped_between, clean):
    written = {r.doc for r in stopped_between.report.files if r.status == "added"}
    expected = {doc: n for doc, n in clean[1].items() if doc in written}
    assert stopped_between.after_restart == expected


def test_neo4j_load_run_again_after_a_restart_reports_the_written_files_unchanged(stopped_between):
    again = stopped_between.again
    assert [r.status for r in again.files[:STOPPED_AFTER]] == ["unchanged"] * STOPPED_AFTER
    assert again.documents["failed"] == 0


def test_neo4j_load_run_again_after_a_restart_gives_the_clean_graph(stopped_between, clean):
    assert stopped_between.final == clean


@pytest.fixture(scope="module")
def faulted_mid_flight(server, clean) -> SimpleNamespace:
    """A load whose server was killed (SIGKILL) while it was writing."""
    seen = _interrupted_load(server, server.kill, 1, in_thread=True)
    print(f"killed mid-load: {len(seen.report.files)} of {len(FILES)} files tried")
    return seen


def test_neo4j_load_faulted_mid_flight_leaves_only_whole_documents(faulted_mid_flight, clean):
    found = faulted_mid_flight.after_restart
    assert found == {doc: clean[1][doc] for doc in found}


def test_neo4j_load_faulted_mid_flight_then_run_again_gives_the_clean_graph(
    faulted_mid_flight, clean
):
    assert faulted_mid_flight.final == clean


@pytest.fixture(scope="module")
def outage(server) -> SimpleNamespace:
    """The API's answers before, during and after the server is stopped, on one app."""
    app = create_app(Settings(store="neo4j", neo4j_uri=server.uri))
    with TestClient(app) as client:
        app.state.store.wipe()
        load_paths(app.state.store, [FIRST])
        before = client.get("/api/stats")
        server.stop()
        started = time.monotonic()
        during = client.get("/api/stats")
        seen = SimpleNamespace(before=before, during=during, waited_s=time.monotonic() - started)
        server.start()
        seen.after = client.get("/api/stats")
    print(f"API answer while Neo4j was down took {seen.waited_s:.1f} s")  # a figure, not a check
    return seen


def test_neo4j_api_answers_503_naming_the_server_while_it_is_down(outage, server):
    assert outage.during.status_code == 503
    assert outage.during.json()["error"] == "store_unavailable"
    assert f"Neo4j at {server.uri}" in outage.during.json()["message"]


def test_neo4j_api_answers_again_on_the_same_app_once_the_server_is_back(outage):
    assert (outage.after.status_code, outage.after.json()) == (200, outage.before.json())


@pytest.fixture
def lock_conflict(server, caplog) -> SimpleNamespace:
    """Write a document again while another transaction holds a lock on its meeting."""
    store = Neo4jStore(server.uri)
    batch = to_batch(extract_file(FIRST), read_document(FIRST))
    store.wipe()
    store.write(batch)
    meeting = next(node.id for node in batch.nodes if node.label == "Meeting")
    # Another client of the server (a driver of its own) holds the lock.
    other = GraphDatabase.driver(server.uri)
    holder = other.session()
    tx = holder.begin_transaction()
    tx.run("MATCH (m:Meeting {id: $id}) SET m.held = true", id=meeting).consume()
    # Held for longer than the server's lock timeout, so the write's first attempt must fail.
    release = threading.Timer(LOCK_TIMEOUT_MS / 1000 * 2.5,
                              lambda: (tx.rollback(), holder.close(), other.close()))  # fmt: skip
    release.start()
    with caplog.at_level(logging.WARNING, logger="neo4j"):
        result = store.write(batch)
    release.join()
    seen = SimpleNamespace(
        result=result, retries=caplog.messages, size=len(batch.nodes) + len(batch.edges)
    )
    store.close()
    return seen


def test_neo4j_write_meeting_a_held_lock_is_retried(lock_conflict):
    assert any("LockAcquisitionTimeout" in message for message in lock_conflict.retries)


def test_neo4j_write_meeting_a_held_lock_succeeds_once_it_is_released(lock_conflict):
    assert lock_conflict.result.unchanged == lock_conflict.size


@pytest.fixture(scope="module")
def started_while_down(server) -> SimpleNamespace:
    """The API started while its Neo4j is down, asked once then, and again once Neo4j is up."""
    server.stop()
    try:
        app = create_app(Settings(store="neo4j", neo4j_uri=server.uri))
        with TestClient(app) as client:
            seen = SimpleNamespace(down=client.get("/api/stats"), health=client.get("/health"))
            server.start()
            seen.up = client.get("/api/stats")
    finally:
        if not (server.run_dir / "neo4j.uri").exists():
            server.start()
    return seen


def test_neo4j_api_started_while_the_server_is_down_answers_503(started_while_down, server):
    assert started_while_down.down.status_code == 503
    assert f"Neo4j at {server.uri}" in started_while_down.down.json()["message"]
    assert started_while_down.health.status_code == 503


def test_neo4j_api_started_while_the_server_is_down_answers_once_it_is_up(started_while_down):
    assert started_while_down.up.status_code == 200
    assert set(started_while_down.up.json()) == {"nodes", "edges"}
