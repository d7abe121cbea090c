"""Fixtures over both real stores: embedded FalkorDB and a Neo4j 5 server.

Neo4j: set ``MKG_TEST_NEO4J_URI`` to use a running server (its data gets wiped!); otherwise the
session starts a throwaway one with ``.ci/neo4j.sh`` (needs java and mvn) and stops it at the end.
Without java or mvn the Neo4j tests are skipped, except under ``CI``, where they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest
from reuse import holding

from graph_service.graph_models import GraphBatch
from graph_service.stores.falkor import FalkorStore
from graph_service.stores.neo4j import Neo4jStore
from graph_service.stores.protocol import GraphStore
from loaders.models import Document, Extraction

ROOT = Path(__file__).resolve().parent.parent
# The seed minutes and their gold graph, copied beside the tests (identical to shared/seeds).
SEEDS = ROOT / "tests" / "data" / "scoring"
SEED = "000_7b27b0e132a07cd2"
SEED_GOVERNMENT = "长宁区人民政府"
# What the bureau registry will say; written by hand until it exists.
SEED_CANONICAL = {"区应急局": "区应急管理局", "区府办": "区政府办公室", "区外事办": "区外事办公室"}
NEO4J_SCRIPT = ROOT / ".ci" / "neo4j.sh"
NEO4J_START_TIMEOUT_S = 900  # a cold Maven build downloads about 150 MB first
# Conftest files hold no doctests; collecting this one as a module would import it a second
# time under the name ``conftest``, which tests/api/conftest.py also has.
collect_ignore_glob = ["conftest.py", "*/conftest.py"]


def _unavailable(reason: str, tests: str = "Neo4j") -> None:
    """Skip a test that lacks a tool, or fail it in CI, where every test must run."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: {tests} tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Bolt URI of a Neo4j 5 server for this test session."""
    if uri := os.environ.get("MKG_TEST_NEO4J_URI"):
        yield uri
        return
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        _unavailable(f"Neo4j tests need {' and '.join(missing)} on PATH, or MKG_TEST_NEO4J_URI")
    run_dir = tmp_path_factory.mktemp("neo4j")
    command = ["bash", str(NEO4J_SCRIPT), "start", str(run_dir)]
    # The server stops by itself if this test process dies before it could stop it.
    env = {**os.environ, "NEO4J_WATCH_PID": str(os.getpid())}
    started = subprocess.run(
        command, capture_output=True, text=True, timeout=NEO4J_START_TIMEOUT_S, check=False, env=env
    )
    if started.returncode != 0:
        pytest.fail(f"{NEO4J_SCRIPT} start failed:\n{started.stderr}", pytrace=False)
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(NEO4J_SCRIPT), "stop", str(run_dir)], check=False)


@pytest.fixture(scope="module")
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """A Neo4j store on a database wiped for this test module."""
    store = Neo4jStore(neo4j_uri)
    store.wipe()
    yield store
    store.close()


class SharedFalkorStore(FalkorStore):
    """The session's store, shared by every test module: a test closing it would stop the server
    under the modules after it, so its ``close`` fails the test that calls it."""

    def close(self) -> None:
        pytest.fail("the shared FalkorDB store (falkor_store) cannot be closed by a test: "
                    "open a FalkorStore of the test's own to close it")  # fmt: skip

    def stop(self) -> None:
        """Close the store and make sure its server process ends (other clients keep it up)."""
        pid = self.server_pid
        FalkorStore.close(self)
        with suppress(psutil.NoSuchProcess):
            server = psutil.Process(pid)
            server.terminate()
            try:
                server.wait(timeout=10)
            except psutil.TimeoutExpired:
                server.kill()


@pytest.fixture(scope="session")
def falkor_session_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FalkorStore]:
    """One embedded FalkorDB server for the session: each start and stop costs about 2 s here.

    Its write log is written on every write but not synced to disk each time (as during a bulk
    load): the server dies with the session, and a sync per write made each write about 3 times
    slower here.
    """
    store = SharedFalkorStore(tmp_path_factory.mktemp("falkordb"))
    try:
        with store.bulk_writes():
            yield store
    finally:
        store.stop()


@pytest.fixture(scope="module")
def falkor_store(falkor_session_store: FalkorStore) -> FalkorStore:
    """The session's embedded FalkorDB store, emptied for this test module."""
    falkor_session_store.wipe()
    return falkor_session_store


@pytest.fixture(params=["falkordb", "neo4j"])
def store(request: pytest.FixtureRequest) -> FalkorStore | Neo4jStore:
    """Each store in turn, emptied before the test."""
    chosen = request.getfixturevalue(f"{request.param.replace('falkordb', 'falkor')}_store")
    chosen.wipe()
    return chosen


def _seed_path(suffix: str) -> Path:
    path = SEEDS / f"{SEED}{suffix}"
    if not path.is_file():
        pytest.fail(f"{path}: seed file missing from the repository")
    return path


@pytest.fixture
def seed_document() -> Document:
    """The seed minutes as a read document."""
    text = _seed_path(".txt").read_text(encoding="utf-8")
    return Document(
        source=f"seeds/{SEED}.txt", doc="7b27b0e1" * 8, format="text", text=text, simplified=text
    )


@pytest.fixture
def seed_extraction() -> Extraction:
    """The seed's gold extraction, with government and canonical bureau names filled in."""
    extraction = Extraction.model_validate(json.loads(_seed_path(".gold.json").read_text("utf-8")))
    for bureau in extraction.bureaus:
        bureau.government = SEED_GOVERNMENT
        bureau.canonical = SEED_CANONICAL.get(bureau.name, bureau.name)
    for fact in [*extraction.reported, *extraction.directed]:
        named = getattr(fact, "bureau", None) or fact.to
        fact.canonical = None if getattr(fact, "group", False) else SEED_CANONICAL.get(named, named)
    return extraction


@pytest.fixture(scope="session")
def batches() -> list:
    """The graph batches of the seed minutes and of every development document, each file read once."""
    from graph_service.loading.batch import to_batch
    from loaders.extract.minutes import extract
    from loaders.pipeline import iter_documents
    from loaders.read.readers import read_document

    data = ROOT / "tests" / "data"
    paths = [data / "scoring" / "000_7b27b0e132a07cd2.txt", *iter_documents([data / "minutes"])]
    documents = [read_document(path) for path in paths]
    return [to_batch(extract(document), document) for document in documents]


@pytest.fixture(scope="session")
def written() -> list[GraphBatch]:
    """The batches of the follow-up minutes (tests/data/followups), extracted once."""
    from followup_data import followup_batches

    return followup_batches()


@pytest.fixture(params=["falkordb", "neo4j"])
def loaded(request: pytest.FixtureRequest, written: list[GraphBatch]) -> GraphStore:
    """Each store in turn, holding the follow-up minutes and the hostile batch, for reading."""
    from followup_data import load_followups

    chosen = request.getfixturevalue(f"{request.param.replace('falkordb', 'falkor')}_store")
    return holding(chosen, "followups", lambda store: load_followups(store, written))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A headless Chromium context on a new, empty profile (Debian's package, via Playwright)."""
    from viz.browser import chromium_path, launch

    if chromium_path() is None:
        _unavailable("browser tests need Chromium: apt-get install chromium", "browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("browser tests need Playwright: pip install playwright", "browser")
    with sync_playwright() as playwright:
        profile = tmp_path_factory.mktemp("chromium-profile")
        context = launch(playwright, profile, viewport={"width": 1280, "height": 800},
                         accept_downloads=True)  # fmt: skip
        yield context
        context.close()


@dataclass
class Log:
    """What a page asked for and reported while a test used it."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def elsewhere(self) -> list[str]:
        """Requests to any host but the test server (data: and blob: URLs stay in the page)."""
        return [url for url in self.requests
                if urlsplit(url).scheme in ("http", "https", "ws", "wss")
                and urlsplit(url).hostname != "127.0.0.1"]  # fmt: skip


@pytest.fixture
def page(browser) -> Iterator[tuple[object, Log]]:
    """A new tab; requests to other hosts are blocked, and everything is logged."""
    tab, log = browser.new_page(), Log()
    tab.on("request", lambda request: log.requests.append(request.url))
    tab.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda error: log.errors.append(str(error)))
    tab.route(lambda url: urlsplit(url).hostname not in (None, "127.0.0.1"),
              lambda route: route.abort())  # fmt: skip
    yield tab, log
    tab.close()
