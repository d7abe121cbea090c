"""API throughput: requests/s on the co-owners route with 1 and 2 uvicorn workers, on loopback.

The server runs as a child process (``uvicorn --factory --workers N``) on the store the settings
name. The load comes from ``wrk`` when it is installed (Debian package ``wrk``), else from a
bounded pool of httpx2 threads, which is slower than the server it measures: the figures say which
generator made them. Each worker's peak memory is read from ``/proc`` once the run is over.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

CONNECTIONS = 32
START_TIMEOUT_S = 60.0
SERVICE_APP = "graph_service.api.app:create_app"


@dataclass
class ApiFigures:
    """Requests per second of one run, errors, the generator, and each worker's peak memory."""

    workers: int
    requests_per_s: float
    errors: int
    generator: str
    worker_peak_mb: list[float] = field(default_factory=list)


def peak_mb(pid: int) -> float:
    """Return a process's peak resident memory (``VmHWM``) in MB, 0 when it is gone.

    >>> peak_mb(os.getpid()) > 0
    True
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found[1]) / 1024 if found else 0.0


def workers_of(pid: int) -> list[int]:
    """Return the ids of a uvicorn server's worker processes (Linux ``/proc``).

    Workers are the children started through ``multiprocessing.spawn``; the resource tracker,
    another child, is left out.
    """
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        found += [int(part) for part in text.split()]
    return [child for child in found if b"spawn_main" in _command_line(child)]


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def free_port() -> int:
    """Return a loopback port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def api_server(
    env: dict[str, str], workers: int, app: str = SERVICE_APP, health: str = "/health"
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Run ``app`` with ``workers`` uvicorn workers; yield its base URL and the process."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", app, "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
               "--log-level", "warning", "--no-access-log"]  # fmt: skip
    server = subprocess.Popen(command, env={**os.environ, **env})
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base + health, server)
        yield base, server
    finally:
        server.terminate()
        server.wait(timeout=60)


def _wait_healthy(url: str, server: subprocess.Popen) -> None:
    import httpx2

    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the API server exited with {server.returncode} before it served")
        try:
            if httpx2.get(url, timeout=2).status_code == 200:
                return
        except httpx2.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {START_TIMEOUT_S:.0f} s")


def co_owner_paths(initiatives: list[str]) -> list[str]:
    """Return the co-owners route of each initiative id.

    >>> co_owner_paths(["initiative:青川区人民政府:招商引资"])[0][:40]
    '/api/initiatives/initiative%3A%E9%9D%92%'
    """
    return [f"/api/initiatives/{quote(i, safe='')}/bureaus" for i in initiatives]


def _wrk(base: str, routes: list[str], seconds: float) -> tuple[float, int]:
    """Return requests/s and failed requests of ``wrk`` asking ``routes`` in turn."""
    lines = ", ".join(f'"{route}"' for route in routes)
    script = ('local routes = {' + lines + '}\nlocal k = 0\nrequest = function()\n'
              '  k = k % #routes + 1\n  return wrk.format("GET", routes[k])\nend\n')  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{max(1, round(seconds))}s",
                          "-s", handle.name, base], capture_output=True, text=True, check=True)  # fmt: skip
    os.unlink(handle.name)
    found = re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)
    if found is None:
        raise RuntimeError(f"wrk printed no request rate:\n{out.stdout}")
    rate = float(found[1])
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out.stdout)
    errors = re.search(r"Socket errors:.*?timeout (\d+)", out.stdout)
    return rate, (int(bad[1]) if bad else 0) + (int(errors[1]) if errors else 0)


def _httpx2(base: str, routes: list[str], seconds: float) -> tuple[float, int]:
    """Return requests/s and failed requests of a pool of httpx2 threads (no ``wrk`` here)."""
    import httpx2

    deadline = time.monotonic() + seconds

    def run(offset: int) -> tuple[int, int]:
        done = errors = 0
        with httpx2.Client(base_url=base, timeout=10) as client:
            while time.monotonic() < deadline:
                status = client.get(routes[(offset + done) % len(routes)]).status_code
                done, errors = done + 1, errors + (status != 200)
        return done, errors

    started = time.monotonic()
    with ThreadPoolExecutor(CONNECTIONS // 4) as pool:
        results = list(pool.map(run, range(CONNECTIONS // 4)))
    total = sum(done for done, _ in results)
    return total / (time.monotonic() - started), sum(errors for _, errors in results)


Measure = Callable[[str, list[str], float], tuple[float, int]]
WARM_REQUESTS = 20
WARM_S = 0.5


def warm(
    base: str, routes: list[str], requests: int = WARM_REQUESTS, seconds: float = WARM_S
) -> None:
    """Ask ``routes`` in turn, ``requests`` times or for ``seconds``, whichever ends first, each
    on a new connection (so that every worker gets some): a short warm-up, the queries planned
    and the store's connections open."""
    import httpx2

    deadline = time.monotonic() + seconds
    for k in range(requests):
        httpx2.get(base + routes[k % len(routes)], timeout=30)
        if time.monotonic() > deadline:
            return


def load_generator() -> tuple[str, Measure]:
    """Return the load generator's name and its measuring function: ``wrk`` when installed."""
    return ("wrk", _wrk) if shutil.which("wrk") else ("httpx2", _httpx2)


def api_throughput(env: dict[str, str], initiatives: list[str], workers: int,
                   seconds: float) -> ApiFigures:  # fmt: skip
    """Return requests/s on the co-owners route with ``workers`` workers, after a short warm-up,
    every answer built anew (the answer cache off)."""
    routes = co_owner_paths(initiatives)
    generator, measure = load_generator()
    # The cache off: 200 anchors asked in turn would otherwise be answered from it.
    with api_server(env | {"MKG_ANSWER_CACHE_MB": "0"}, workers) as (base, server):
        measure(base, routes, 1)
        rate, errors = measure(base, routes, seconds)
        peaks = [peak_mb(pid) for pid in workers_of(server.pid)] or [peak_mb(server.pid)]
    return ApiFigures(workers, rate, errors, generator, peaks)
