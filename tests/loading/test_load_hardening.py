"""Loading ordinary minutes that once failed, and a load's record surviving an interrupted load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph_service.loading import history
from graph_service.loading.run import load_uploads
from graph_service.stores.falkor import FalkorStore

XUHUI = Path(__file__).resolve().parents[2] / "loaders" / "data" / "samples" / "xuhui-2024-96.txt"

# A plan whose title is its initiative's name: the plan implements an initiative of the same name.
PLAN_NAMED_AS_INITIATIVE = """青溪县人民政府常务会议纪要

2023年7月5日，县长主持召开县政府第18次常务会议。

会议听取县应急局关于《{title}》修订情况的汇报。会议指出，汛期将至，要抓紧完善预案。县应急局要组织各乡镇开展演练。

会议还研究了其他事项。
"""


@pytest.mark.parametrize("title", ["防汛抗旱应急预案", "河道管理条例"])
def test_load_uploads_plan_titled_as_its_initiative_loads(store, title):
    text = PLAN_NAMED_AS_INITIATIVE.format(title=title).encode()
    (result,) = load_uploads(store, [("flood.txt", text)]).files
    assert (result.status, result.error) == ("added", None)
    assert store.stats().edges.get("RELATED_TO", 0) >= 2  # the agenda entries and implements


# A loader killed (SIGKILL) once its documents are written, before its record is completed.
KILLED_AFTER_WRITING = """
import os, signal, sys
from graph_service.loading import run
from graph_service.settings import Settings
from graph_service.stores.open import open_store

run.Writes.finish = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
run.load_uploads(open_store(Settings()), [("xuhui.txt", open(sys.argv[1], "rb").read())])
"""


def _store_env(store, request) -> dict[str, str]:
    if isinstance(store, FalkorStore):
        return {"MKG_STORE": "falkordb", "MKG_DATA_DIR": str(store.path.parent)}
    uri = request.getfixturevalue("neo4j_uri")
    return {"MKG_STORE": "neo4j", "NEO4J_URI": uri, "NEO4J_PASSWORD": ""}


@pytest.mark.faults
def test_load_killed_after_writing_keeps_the_record_its_facts_name(store, request):
    env = {**os.environ, **_store_env(store, request)}
    child = [sys.executable, "-c", KILLED_AFTER_WRITING, str(XUHUI)]
    died = subprocess.run(child, env=env, capture_output=True, timeout=300, check=False)
    query = "MATCH ()-[e:REPORTED]->() RETURN DISTINCT e.load AS load"
    stamped = [row["load"] for row in store.run_read(query, timeout_s=30, max_rows=100).dicts()]
    records = history.loads(store)
    assert (died.returncode, stamped) == (-signal.SIGKILL, [records[0].id])
    assert records[0].complete is False
