"""A bounded load test on loopback: a real server, concurrent clients, questions mixed with uploads.

``minutes-kg serve`` runs on 127.0.0.1 (a free port, the embedded store) holding the sample
minutes. For ``MKG_LOAD_TEST_SECONDS`` (20 by default) ``MKG_LOAD_TEST_CLIENTS`` clients (20) ask
named questions (search, node, subgraph, co-owners, partners, meeting, pages, stats) and upload
minutes, some of them the same file from several clients at once. Afterwards: no 5xx and no
failed connection, p50/p99 latencies printed, and the graph's node and edge counts equal those of
the same files loaded one after the other into a fresh store.

By hand, the figures of docs/reliability.md::

    MKG_LOAD_TEST_SECONDS=120 MKG_LOAD_TEST_CLIENTS=50 \\
        .venv/bin/python -m pytest tests/api/test_load_bounded.py -q -s
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx2
import pytest
from minutes_factory import minutes_text

from graph_service.loading.run import load_uploads
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.loadtest

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
SECONDS = float(os.environ.get("MKG_LOAD_TEST_SECONDS", "20"))
CLIENTS = int(os.environ.get("MKG_LOAD_TEST_CLIENTS", "20"))
START_TIMEOUT_S = 60
KEY = "load-test-key"
AUTH = {"X-API-Key": KEY}
GOV = "长宁区人民政府"
INITIATIVE = f"initiative:{GOV}:重点投资项目建设"
BUREAU = f"bureau:{GOV}:区体育局"
MEETING = f"meeting:{GOV}:2024-04-24:73"
QUESTIONS = [
    "/api/search?q=" + quote("应急"),
    "/api/search?q=" + quote("区教育局") + "&label=Bureau",
    "/api/nodes/" + quote(BUREAU, safe=""),
    "/api/subgraph?node=" + quote(INITIATIVE) + "&depth=2",
    "/api/initiatives/" + quote(INITIATIVE, safe="") + "/bureaus",
    "/api/bureaus/" + quote(BUREAU, safe="") + "/partners",
    "/api/meetings/" + quote(MEETING, safe=""),
    "/meetings/" + quote(MEETING, safe=""),
    "/nodes/" + quote(BUREAU, safe=""),
    "/api/stats",
]
SHARED_UPLOADS = 5  # minutes every client may upload, so the same file arrives concurrently
UPLOAD_SHARE = 0.2


@dataclass
class Tally:
    """What the clients saw: latency per request, answers per status, failed connections."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    uploaded: dict[str, bytes] = field(default_factory=dict)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx2.get(url, timeout=2).status_code == 200:
                return
        except httpx2.TransportError:
            time.sleep(0.3)
    pytest.fail(f"the server did not answer {url} within {START_TIMEOUT_S} s", pytrace=False)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The base URL of ``minutes-kg serve`` on a free loopback port, holding the samples."""
    port = _free_port()
    env = {**os.environ, "MKG_STORE": "falkordb", "MKG_DATA_DIR": str(tmp_path / "served"),
           "MKG_API_KEY": KEY}  # fmt: skip
    command = [sys.executable, "-m", "graph_service", "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base}/health", process)
        files = [("files", (path.name, path.read_bytes())) for path in sorted(SAMPLES.glob("*"))]
        httpx2.post(
            f"{base}/api/documents", files=files, headers=AUTH, timeout=60
        ).raise_for_status()
        yield base
    finally:
        process.terminate()
        process.wait(timeout=60)


def _upload_for(client: int, count: int, rng: random.Random) -> tuple[str, bytes]:
    """The next file a client uploads: its own minutes, or now and then a shared one."""
    number = (
        rng.randrange(SHARED_UPLOADS)
        if rng.random() < UPLOAD_SHARE
        else 1000 * (client + 1) + count
    )
    return f"load-{number}.txt", minutes_text(number).encode("utf-8")


async def _client(base: str, index: int, until: float, tally: Tally) -> None:
    rng = random.Random(index)
    sent = 0
    async with httpx2.AsyncClient(base_url=base, headers=AUTH, timeout=60) as http:
        while time.monotonic() < until:
            if rng.random() < 0.25:
                name, data = _upload_for(index, sent, rng)
                sent += 1
                tally.uploaded[name] = data
                request = http.post("/api/documents", files=[("files", (name, data))])
            else:
                request = http.get(rng.choice(QUESTIONS))
            started = time.perf_counter()
            try:
                answer = await request
            except httpx2.TransportError as error:
                tally.errors.append(f"{type(error).__name__}: {error}")
                continue
            tally.latencies.append(time.perf_counter() - started)
            tally.statuses[answer.status_code] += 1


async def _run(base: str) -> Tally:
    tally = Tally()
    until = time.monotonic() + SECONDS
    await asyncio.gather(*(_client(base, k, until, tally) for k in range(CLIENTS)))
    return tally


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _serial_stats(folder: Path, uploads: dict[str, bytes]) -> dict:
    """Node and edge counts of the samples and the uploads loaded one by one into a fresh store."""
    store = FalkorStore(folder)
    try:
        samples = [(path.name, path.read_bytes()) for path in sorted(SAMPLES.glob("*"))]
        load_uploads(store, [*samples, *sorted(uploads.items())])
        return store.stats().model_dump()
    finally:
        store.close()


def test_load_bounded_answers_every_request_and_loses_nothing(server, tmp_path):
    tally = asyncio.run(_run(server))
    served = httpx2.get(f"{server}/api/stats").json()
    print(
        f"\n{CLIENTS} clients for {SECONDS:g} s: {sum(tally.statuses.values())} requests, "
        f"{len(tally.uploaded)} distinct files uploaded, statuses {dict(tally.statuses)}, "
        f"p50 {_percentile(tally.latencies, 0.5) * 1000:.0f} ms, "
        f"p99 {_percentile(tally.latencies, 0.99) * 1000:.0f} ms, "
        f"{len(tally.errors)} failed connections"
    )
    # Every question names a node that exists and every upload is valid: all answer 200.
    assert (set(tally.statuses), tally.errors) == ({200}, [])
    assert served == _serial_stats(tmp_path / "serial", tally.uploaded)
