"""POST /api/documents on both stores: uploads extracted and loaded, the key, the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph_service.api.app import create_app
from graph_service.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
SEED = SAMPLES / "changning-2024-73.txt"
XUHUI = SAMPLES / "xuhui-2024-96.txt"
KEY = "test-upload-key"
LIMIT_MB = 0.006  # about 6 KB: the Xuhui sample (4.5 KB) fits, the seed (7.1 KB) does not
AUTH = {"X-API-Key": KEY}


API_SETTINGS = {"api_key": KEY, "max_upload_mb": LIMIT_MB}


@pytest.fixture
def api(client: TestClient) -> TestClient:
    """The API with its graph emptied before the test."""
    client.app.state.store.wipe()
    return client


def _upload(client: TestClient, *files: tuple[str, bytes], headers: dict | None = None):
    parts = [("files", (name, data, "text/plain")) for name, data in files]
    return client.post("/api/documents", files=parts, headers=AUTH if headers is None else headers)


def _size(client: TestClient) -> int:
    stats = client.get("/api/stats").json()
    return sum(stats["nodes"].values()) + sum(stats["edges"].values())


def test_api_documents_upload_answers_what_was_extracted_and_added(api):
    answer = _upload(api, ("xuhui.txt", XUHUI.read_bytes())).json()
    (entry,) = answer["files"]
    assert (entry["file"], entry["status"], entry["meeting"]["date"]) == (
        "upload/xuhui.txt",
        "added",
        "2024-06-12",
    )
    assert entry["extracted"]["reported"] == 8 and entry["added"] == _size(api)


def test_api_documents_upload_again_changes_nothing(api):
    _upload(api, ("xuhui.txt", XUHUI.read_bytes()))
    before = _size(api)
    entry = _upload(api, ("xuhui.txt", XUHUI.read_bytes())).json()["files"][0]
    assert (entry["status"], entry["added"], entry["removed"], _size(api)) == (
        "unchanged",
        0,
        0,
        before,
    )


def test_api_documents_bad_file_gets_its_own_error_and_others_load(api):
    answer = _upload(api, ("empty.txt", b""), ("xuhui.txt", XUHUI.read_bytes()))
    failed, loaded = answer.json()["files"]
    assert answer.status_code == 200
    assert (failed["status"], failed["error"]) == ("failed", "upload/empty.txt: the file is empty")
    assert loaded["status"] == "added"


def test_api_documents_without_key_is_401_and_writes_nothing(api):
    answer = _upload(api, ("xuhui.txt", XUHUI.read_bytes()), headers={})
    assert (answer.status_code, answer.json()["error"], _size(api)) == (401, "unauthorized", 0)


def test_api_documents_wrong_key_is_401(api):
    answer = _upload(api, ("xuhui.txt", XUHUI.read_bytes()), headers={"X-API-Key": "nope"})
    assert "X-API-Key" in answer.json()["message"] and answer.status_code == 401


def test_api_documents_too_large_file_is_413_and_nothing_loads(api):
    answer = _upload(api, ("xuhui.txt", XUHUI.read_bytes()), ("seed.txt", SEED.read_bytes()))
    assert (answer.status_code, answer.json()["error"], _size(api)) == (413, "too_large", 0)
    assert "seed.txt" in answer.json()["message"]


def test_api_documents_without_a_configured_key_is_closed(falkor_store):
    settings = Settings(data_dir=falkor_store.path.parent)
    with TestClient(create_app(settings)) as closed_client:
        answer = _upload(closed_client, ("xuhui.txt", XUHUI.read_bytes()), headers={})
    assert (answer.status_code, answer.json()["error"]) == (403, "writes_closed")


# Starts and stops a server of its own (the app's own data folder).
@pytest.mark.slow
def test_api_documents_open_writes_take_a_same_origin_upload_without_key(tmp_path):
    # A folder of its own: the upload must not change the graph the other tests here read.
    settings = Settings(data_dir=tmp_path, open_writes=True)
    with TestClient(create_app(settings)) as open_client:
        answer = _upload(open_client, ("xuhui.txt", XUHUI.read_bytes()),
                         headers={"X-Requested-With": "minutes-kg"})  # fmt: skip
    assert answer.status_code == 200


def test_api_cors_is_closed_by_default(api):
    preflight = {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
    answer = api.options("/api/documents", headers=preflight)
    assert "access-control-allow-origin" not in answer.headers
