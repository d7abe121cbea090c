"""Requests judged before their body is read, on a real server: the key, closed and open writes,
the size of a request, one uploaded file in memory at a time, and error bodies in the documented
shape for bodies that cannot be parsed.

Requests go over a raw socket, so that a test can send the headers of a 300 MB request without
its body: a server that waited for the body before answering would never answer.
"""

from __future__ import annotations

import json
import socket
import tracemalloc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from serving import served

from graph_service.api.app import create_app
from graph_service.settings import Settings

KEY = "guard-key"
HUGE = 300 * 1024 * 1024
BOUNDARY = "mkg-test-boundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
ANSWER_WITHIN_S = 30  # a server waiting for the body it was promised never answers
WRITES = [("/api/documents", MULTIPART), ("/api/review/import", "application/json")]


@contextmanager
def _server(store, **settings) -> Iterator[tuple[str, int]]:
    # On the session's embedded server: starting and stopping one per test costs seconds.
    app = create_app(Settings(data_dir=store.path.parent, **settings))
    with served(app) as base:
        address = urlsplit(base)
        yield address.hostname, address.port


def _exchange(address, head: dict[str, str], path: str, body: Iterable[bytes] = ()) -> bytes:
    """Send a POST's headers and ``body`` chunks; return the status line and headers received."""
    lines = [f"POST {path} HTTP/1.1", f"Host: {address[0]}:{address[1]}"]
    lines += [f"{name}: {value}" for name, value in head.items()]
    with socket.create_connection(address, timeout=ANSWER_WITHIN_S) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        try:
            for chunk in body:
                connection.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before the rest was sent
        return connection.recv(65536)


def _status(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1])


@pytest.mark.parametrize(("path", "content_type"), WRITES)
def test_api_write_of_300_mb_without_the_key_is_401_before_the_body_arrives(
    falkor_store, path, content_type
):
    head = {"Content-Type": content_type, "Content-Length": str(HUGE)}
    with _server(falkor_store, api_key=KEY) as address:
        assert _status(_exchange(address, head, path)) == 401


@pytest.mark.parametrize(("path", "content_type"), WRITES)
def test_api_write_without_a_configured_key_is_403_before_the_body_arrives(
    falkor_store, path, content_type
):
    head = {"Content-Type": content_type, "Content-Length": str(HUGE)}
    with _server(falkor_store) as address:
        assert _status(_exchange(address, head, path)) == 403


def test_api_request_over_the_request_cap_is_413_before_the_body_arrives(falkor_store):
    head = {"Content-Type": MULTIPART, "Content-Length": str(HUGE), "X-API-Key": KEY}
    with _server(falkor_store, api_key=KEY) as address:
        assert _status(_exchange(address, head, "/api/documents")) == 413


def _chunked(chunks: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        yield f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    yield b"0\r\n\r\n"


def test_api_chunked_body_over_the_request_cap_is_cut_at_the_cap(falkor_store):
    head = {"Content-Type": MULTIPART, "Transfer-Encoding": "chunked", "X-API-Key": KEY}
    _, pieces = _multipart([("big.bin", b"\x00" * (1024 * 1024))] * 64)
    with _server(falkor_store, api_key=KEY, max_request_mb=2) as address:
        body = _chunked(pieces)
        assert _status(_exchange(address, head, "/api/documents", body)) == 413


def _multipart(files: list[tuple[str, bytes]]) -> tuple[int, Iterator[bytes]]:
    """Return the length of a multipart body of ``files`` and its pieces, never joined."""
    pieces = []
    for name, data in files:
        head = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="{name}"\r\nContent-Type: text/plain\r\n\r\n').encode()  # fmt: skip
        pieces += [head, data, b"\r\n"]
    pieces.append(f"--{BOUNDARY}--\r\n".encode())
    return sum(map(len, pieces)), iter(pieces)


def test_api_upload_holds_one_file_in_memory_at_a_time(falkor_store):
    files, size = 24, 2 * 1024 * 1024  # 48 MB in one request
    data = b"\x00" * size  # read and refused at once: what counts is how many are held
    length, body = _multipart([(f"f{k}.bin", data) for k in range(files)])
    head = {"Content-Type": MULTIPART, "Content-Length": str(length), "X-API-Key": KEY}
    with _server(falkor_store, api_key=KEY) as address:
        tracemalloc.start()
        try:
            reply = _exchange(address, head, "/api/documents", body)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert _status(reply) == 200
    assert peak < 4 * size, f"peak {peak / 1e6:.1f} MB for {files} files of {size / 1e6:.1f} MB"


@pytest.fixture
def client(falkor_store) -> Iterator[TestClient]:
    app = create_app(Settings(data_dir=falkor_store.path.parent, api_key=KEY))
    with TestClient(app, headers={"X-API-Key": KEY}) as test_client:
        yield test_client


def test_api_malformed_multipart_answers_the_documented_error_shape(client):
    answer = client.post("/api/documents", content=b"--x\r\ngarbage",
                         headers={"Content-Type": "multipart/form-data; boundary=x"})  # fmt: skip
    assert (answer.status_code // 100, sorted(answer.json())) == (4, ["error", "message"])


@pytest.mark.parametrize("path", ["/api/cypher", "/api/review/import"])
def test_api_deeply_nested_json_answers_the_documented_error_shape(client, path):
    nested = "[" * 100_000 + "]" * 100_000
    answer = client.post(path, content=nested, headers={"Content-Type": "application/json"})
    assert (answer.status_code < 500, sorted(answer.json())) == (True, ["error", "message"])


def test_api_no_such_route_answers_the_documented_error_shape(client):
    answer = client.get("/api/no-such-thing")
    assert (answer.status_code, answer.json()["error"]) == (404, "not_found")


def _open(store) -> TestClient:
    return TestClient(create_app(Settings(data_dir=store.path.parent, open_writes=True)))


IMPORT = {"content": json.dumps([]), "headers": {"Content-Type": "application/json"}}


@pytest.mark.parametrize(
    "headers",
    [
        {},  # a simple request: what a form on any site can send
        {"X-Requested-With": "x", "Origin": "http://elsewhere.example"},
        {"X-Requested-With": "x", "Sec-Fetch-Site": "cross-site"},
    ],
)
def test_api_open_writes_refuse_what_another_site_can_send(falkor_store, headers):
    with _open(falkor_store) as open_client:
        answer = open_client.post("/api/review/import", content="[]",
                                  headers={"Content-Type": "text/plain", **headers})  # fmt: skip
    assert answer.status_code == 403


def test_api_open_writes_take_a_same_origin_request_with_the_header(falkor_store):
    headers = {"Content-Type": "application/json", "X-Requested-With": "minutes-kg",
               "Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}  # fmt: skip
    with _open(falkor_store) as open_client:
        answer = open_client.post("/api/review/import", content="[]", headers=headers)
    assert (answer.status_code, answer.json()) == (200, [])
