"""The synthetic corpus: deterministic, extractable, scored against its own gold."""

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_service.__main__ import app  # the command line with the benchmark commands
from graph_service.bench.synth.corpus import generate, iter_meetings, make_government, place_name
from loaders.eval.evaluate import evaluate
from loaders.extract.registry import load_registry
from loaders.models import Extraction
from loaders.pipeline import extract_file

F1_FLOOR = 0.9


def _digest(folder: Path) -> str:
    files = sorted(folder.rglob("*"))
    parts = [f"{f.relative_to(folder)}:{f.read_bytes().hex()}" for f in files if f.is_file()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    generate(out, meetings=24, governments=3, seed=7)
    return out


def test_generate_writes_minutes_and_gold_per_meeting(corpus):
    assert len(list(corpus.rglob("*.txt"))) == 24
    assert len(list(corpus.rglob("*.gold.json"))) == 24


def test_generate_same_seed_writes_same_bytes(corpus, tmp_path):
    generate(tmp_path, meetings=24, governments=3, seed=7)
    assert _digest(tmp_path) == _digest(corpus)


def test_generate_other_seed_writes_other_minutes(corpus, tmp_path):
    generate(tmp_path, meetings=24, governments=3, seed=8)
    assert _digest(tmp_path) != _digest(corpus)


def test_generate_gold_files_are_valid_extractions(corpus):
    for path in corpus.rglob("*.gold.json"):
        gold = Extraction.model_validate(json.loads(path.read_text(encoding="utf-8")))
        assert gold.meeting.issuer and gold.reported and gold.directed


@pytest.mark.parametrize(
    "field",
    ["bureaus", "plans", "initiatives", "reported", "directed_named", "directed_group", "related"],
)
def test_generate_extractor_scores_well_against_the_gold(corpus, field):
    report = evaluate(corpus, lambda path: extract_file(path).to_json_dict())
    assert report.fields[field].f1 >= F1_FLOOR


def test_generate_meeting_fields_read_back_exactly(corpus):
    report = evaluate(corpus, lambda path: extract_file(path).to_json_dict())
    assert all(acc.value == 1.0 for acc in report.meeting.values())


def test_generate_abbreviations_resolve_to_one_bureau_per_government(corpus):
    issuer = "青川区人民政府"
    written = {b.name for p in corpus.glob("g0000/*.txt") for b in extract_file(p).bureaus}
    registry = load_registry()
    canonical = {registry.resolve(name, issuer).canonical for name in written}
    assert len(canonical) < len(written)


def test_iter_meetings_programmes_recur_across_meetings():
    names = [item.initiative for _, m in iter_meetings(1, 40, 1) for item in m.items]
    assert max(names.count(name) for name in set(names)) >= 3


def test_iter_meetings_plans_come_back_for_a_second_reading():
    items = [item for _, m in iter_meetings(1, 200, 2) for item in m.items]
    assert any(item.second_reading for item in items)


def test_place_name_is_distinct_for_every_government():
    names = {place_name(k) for k in range(6000)}
    assert len(names) == 6000


def test_make_government_units_carry_the_level_character():
    gov = make_government(1, 1, 10)
    assert all(unit.short.startswith(gov.level) for unit in gov.units)


def test_cli_synth_writes_the_corpus(tmp_path):
    result = CliRunner().invoke(app, ["synth", "--meetings", "3", "--governments", "2",
                                      "--seed", "1", "--out", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 0
    assert len(list(tmp_path.rglob("*.txt"))) == 3
