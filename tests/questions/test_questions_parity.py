"""Parity: every named question gives the same answer on embedded FalkorDB and on Neo4j.

Both stores hold the same documents (the seed plus the development set). Answers are ordered by
the questions themselves, so they are compared whole.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from graph_service.export import graph as export
from graph_service.questions import graph as questions
from graph_service.questions import meetings as questions_meetings
from graph_service.questions import network as analytics
from graph_service.questions import owners as questions_owners

DATA = Path(__file__).resolve().parents[1] / "data"
GOV = "长宁区人民政府"
MEETING = f"meeting:{GOV}:2024-04-24:73"
SPORTS = f"bureau:{GOV}:区体育局"
CIVIL = f"bureau:{GOV}:区民政局"
GOV_OFFICE = f"bureau:{GOV}:区政府办公室"


@pytest.fixture(scope="module")
def loaded(falkor_store, neo4j_store, batches):
    """Both stores, each holding every batch, written by one load at one time."""
    stamp = {"load": "load:parity", "loaded_at": "2024-06-01T08:00:00+00:00"}
    for store in (falkor_store, neo4j_store):
        store.wipe()
        store.write_together([batch.model_copy(update=stamp) for batch in batches])
    return {"falkordb": falkor_store, "neo4j": neo4j_store}


def _ids(batches, label):
    return sorted({node.id for batch in batches for node in batch.nodes if node.label == label})


def _answers(loaded, question, *args, **kwargs):
    """The answers of ``question(store, *args)`` on FalkorDB and on Neo4j."""
    stores = (loaded["falkordb"], loaded["neo4j"])
    return [question(store, *args, **kwargs).model_dump() for store in stores]


@pytest.mark.parametrize("q", ["区应急局", "应急", "局", "区府办", "安全生产", "2024", "規劃"])
def test_parity_search(loaded, q):
    first, second = _answers(loaded, questions.search, q, limit=50)
    assert first == second


def test_parity_initiative_bureaus(loaded, batches):
    for initiative in _ids(batches, "Initiative")[::2]:
        first, second = _answers(loaded, questions_owners.initiative_bureaus, initiative)
        assert first == second, initiative


def test_parity_bureau_partners(loaded, batches):
    for bureau in _ids(batches, "Bureau")[::6]:
        first, second = _answers(loaded, questions_owners.bureau_partners, bureau)
        assert first == second, bureau


def test_parity_meetings(loaded, batches):
    for meeting in _ids(batches, "Meeting"):
        first, second = _answers(loaded, questions_meetings.meeting, meeting)
        assert first == second, meeting


def test_parity_nodes_and_timelines(loaded, batches):
    for node in _ids(batches, "Bureau")[::7] + _ids(batches, "Initiative")[::7]:
        for question in (questions.node_detail, questions_meetings.timeline):
            first, second = _answers(loaded, question, node)
            assert first == second, node


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_parity_subgraph(loaded, depth):
    first, second = _answers(loaded, questions.subgraph, MEETING, depth, limit=40)
    assert first == second


@pytest.mark.parametrize("target", [CIVIL, GOV_OFFICE, f"bureau:{GOV}:区投资促进办公室"])
def test_parity_paths(loaded, target):
    first, second = _answers(loaded, questions.paths, SPORTS, target, max_hops=6)
    assert first == second


def test_parity_bureau_network(loaded):
    first, second = _answers(loaded, analytics.bureau_network)
    assert first == second


@pytest.mark.parametrize("fmt", ["json", "graphml", "csv"])
def test_parity_export(loaded, fmt):
    found = [export.export(store, fmt).content for store in loaded.values()]
    if fmt == "csv":  # zip entries carry a time stamp: compare what they hold
        found = [_unzipped(content) for content in found]
    assert found[0] == found[1]


def _unzipped(content):
    archive = zipfile.ZipFile(io.BytesIO(content))
    return {name: archive.read(name) for name in archive.namelist()}
