"""The stores a benchmark runs on: a Neo4j server started for the run, or the embedded store."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from graph_service.stores.cypher import cypher_path
from graph_service.stores.protocol import GraphStore

NEO4J_SCRIPT = cypher_path("stats_nodes").parent.parent / ".ci" / "neo4j.sh"

Server = Callable[[], tuple[str, int | None]]


@contextmanager
def neo4j_server(uri: str | None) -> Iterator[Server]:
    """Yield a function giving a Neo4j URI and the server's process id: the given URI, or a
    server started here in the background, so that it boots while the other stages run."""
    if uri:
        yield lambda: (uri, None)
        return
    run_dir = Path(tempfile.mkdtemp(prefix="mkg-bench-neo4j-"))
    env = {**os.environ, "NEO4J_HEAP": os.environ.get("NEO4J_HEAP", "2g")}
    starting = subprocess.Popen(["bash", str(NEO4J_SCRIPT), "start", str(run_dir)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip

    def ready() -> tuple[str, int | None]:
        out, err = starting.communicate()
        if starting.returncode != 0:
            raise RuntimeError(f"{NEO4J_SCRIPT} start failed:\n{err}")
        return out.strip().splitlines()[-1], int((run_dir / "neo4j.pid").read_text())

    try:
        yield ready
    finally:
        if starting.returncode is None:  # never waited for: let it finish starting, then stop it
            starting.communicate()
        subprocess.run(["bash", str(NEO4J_SCRIPT), "stop", str(run_dir)], check=False)
        shutil.rmtree(run_dir, ignore_errors=True)


@contextmanager
def bench_store(kind: str, workdir: Path, uri: str | None) -> Iterator[tuple[GraphStore, dict]]:
    """Yield an empty store of ``kind`` and the environment an API server needs to reach it."""
    if kind == "falkordb":
        from graph_service.stores.falkor import FalkorStore

        store: GraphStore = FalkorStore(workdir / "falkordb")
        env = {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(workdir / "falkordb")}
    else:
        from graph_service.stores.neo4j import Neo4jStore

        store = Neo4jStore(uri or "")
        env = {"MKG_STORE": "neo4j", "NEO4J_URI": uri or ""}
    store.wipe()
    try:
        yield store, env
    finally:
        store.close()
