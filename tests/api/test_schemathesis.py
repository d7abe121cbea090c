"""Schemathesis against the app's OpenAPI schema: no operation answers 5xx, whatever it is sent.

The app runs on the embedded store holding the sample minutes. Examples per operation are kept
small (``MKG_SCHEMATHESIS_EXAMPLES``, 50 by default) so the whole run stays under a minute here.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from graph_service.api.app import create_app
from graph_service.loading.run import load_paths
from graph_service.settings import Settings

pytestmark = pytest.mark.schemathesis

SAMPLES = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples"
EXAMPLES = int(os.environ.get("MKG_SCHEMATHESIS_EXAMPLES", "50"))


# The schema is read from the app when the module is collected, before any store is open: only
# the lifespan (entered by the fixture below) opens the store, in a data folder of this process.
DATA_DIR = Path(tempfile.gettempdir()) / f"minutes-kg-schemathesis-{os.getpid()}"
# With the key set and sent, write routes are fuzzed past the key check, down to their validation.
KEY = "schemathesis-key"
app = create_app(Settings(data_dir=DATA_DIR, cypher_timeout_s=1, api_key=KEY))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def loaded_app() -> Iterator[FastAPI]:
    """The app started (its store open) and holding the sample minutes; its data removed after."""
    try:
        with TestClient(app):
            assert not load_paths(app.state.store, [SAMPLES]).failed
            yield app
    finally:
        shutil.rmtree(DATA_DIR, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_schema_operation_never_answers_5xx(case):
    case.call_and_validate(checks=[not_a_server_error], headers={"X-API-Key": KEY})
