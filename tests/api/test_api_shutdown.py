"""``minutes-kg serve`` stopped (SIGTERM) while an upload is still arriving: the server exits
within its grace time and stops the embedded store with it, leaving no server process behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import pytest

from graph_service.stores.falkor_server import gone

pytestmark = pytest.mark.faults

KEY = "shutdown-key"
GRACE_S = 2
EXIT_WITHIN_S = 60  # far above the grace time: a server stuck on the connection never exits
START_WITHIN_S = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_WITHIN_S
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx2.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx2.TransportError:
            time.sleep(0.3)
    pytest.fail(f"the server did not answer within {START_WITHIN_S} s", pytrace=False)


def _store_pid(data_dir: Path) -> int:
    registry = json.loads((data_dir / "graph.db.settings").read_text())
    return int(Path(registry["pidfile"]).read_text())


def _start_upload(port: int) -> socket.socket:
    """Open an upload that promises a megabyte and sends a few bytes of it."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=10)
    head = (f"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-API-Key: {KEY}\r\n"
            "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1048576\r\n\r\n")  # fmt: skip
    connection.sendall(head.encode() + b"--b\r\n")
    return connection


def test_serve_sigterm_during_an_upload_exits_and_stops_the_embedded_store(tmp_path):
    port, data_dir = _free_port(), tmp_path / "data"
    env = {**os.environ, "MKG_STORE": "falkordb", "MKG_DATA_DIR": str(data_dir),
           "MKG_API_KEY": KEY, "MKG_SHUTDOWN_GRACE_S": str(GRACE_S)}  # fmt: skip
    command = [sys.executable, "-m", "graph_service", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_until_up(f"http://127.0.0.1:{port}", server)
        store_pid = _store_pid(data_dir)
        with _start_upload(port):
            time.sleep(0.5)  # the request has reached the app and waits for its body
            server.send_signal(signal.SIGTERM)
            exited = server.wait(timeout=EXIT_WITHIN_S)
        # uvicorn stops on the signal and raises it again once done: the exit status says SIGTERM.
        assert (exited in (0, -signal.SIGTERM), gone(store_pid, within_s=10)) == (True, True)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
