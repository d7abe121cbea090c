"""The seed minutes must be extracted exactly as their gold file says."""

import json
from pathlib import Path

import pytest

from loaders.eval.scoring import score_document
from loaders.pipeline import extract_file

SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"
SEED = SEEDS / "000_7b27b0e132a07cd2.txt"
LOCAL_COPY = Path(__file__).resolve().parents[2] / "data" / "scoring" / "000_7b27b0e132a07cd2.txt"


@pytest.fixture(scope="module")
def seed():
    path = SEED if SEED.exists() else LOCAL_COPY
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    return extract_file(path), gold


def test_seed_scores_perfectly_on_every_field(seed):
    extraction, gold = seed
    score = score_document(gold, extraction.to_json_dict(), "seed")
    imperfect = {name: c for name, c in score.fields.items() if c.fp or c.fn}
    assert imperfect == {}
    assert all(a.correct == a.total for a in score.meeting.values())


def test_seed_meeting_header_matches_gold(seed):
    extraction, gold = seed
    assert extraction.meeting.model_dump() == gold["meeting"]


def test_seed_bureaus_are_exactly_the_gold_names(seed):
    extraction, gold = seed
    assert {b.name for b in extraction.bureaus} == {b["name"] for b in gold["bureaus"]}


def test_seed_plans_are_exactly_the_gold_titles(seed):
    extraction, gold = seed
    assert [p.title for p in extraction.plans] == [p["title"] for p in gold["plans"]]


def test_seed_reports_match_gold_including_roles_and_items(seed):
    extraction, gold = seed
    got = {(r.item, r.bureau, r.subject, r.role) for r in extraction.reported}
    assert got == {(r["item"], r["bureau"], r["subject"], r["role"]) for r in gold["reported"]}


def test_seed_directed_addressees_match_gold(seed):
    extraction, gold = seed
    got = {(d.item, d.to, d.group) for d in extraction.directed}
    assert got == {(d["item"], d["to"], d["group"]) for d in gold["directed"]}


def test_seed_every_evidence_is_the_slice_of_its_span(seed):
    extraction, _ = seed
    text = extract_file.__globals__["read_document"](SEED if SEED.exists() else LOCAL_COPY).text
    facts = [*extraction.bureaus, *extraction.plans, *extraction.initiatives]
    facts += [*extraction.reported, *extraction.directed, *extraction.related]
    assert facts and all(text[f.span[0] : f.span[1]] == f.evidence for f in facts)


def test_seed_bureaus_resolve_to_canonical_names_within_the_district(seed):
    extraction, _ = seed
    canonical = {b.name: b.canonical for b in extraction.bureaus}
    assert canonical["区应急局"] == "区应急管理局"
    assert canonical["区府办"] == "区政府办公室"
    assert canonical["区建设管理委"] == "区建设和管理委员会"
    assert canonical["区投促办"] == "区投资促进办公室"
    assert {b.government for b in extraction.bureaus} == {"长宁区人民政府"}
