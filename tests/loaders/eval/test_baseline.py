"""The baseline extractor: jieba organisations, every 《…》 span, nothing else, quietly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.eval.baseline import extract_file, extract_text, organisations, plan_titles
from loaders.eval.scoring import score_document
from loaders.models import Extraction

SEED = Path(__file__).resolve().parents[2] / "data" / "scoring" / "000_7b27b0e132a07cd2"
ROOT = Path(__file__).resolve().parents[3]


def _run_fresh(code: str) -> subprocess.CompletedProcess:
    """Run code in a new interpreter, where jieba has not been loaded yet."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )


def test_plan_titles_returns_every_bracketed_span_once():
    text = "审议《甲方案（送审稿）》，学习《乙条例》，再议《甲方案（送审稿）》。"
    assert plan_titles(text) == ["甲方案（送审稿）", "乙条例"]


def test_organisations_returns_words_tagged_nt():
    assert organisations("国务院部署，民政局落实。") == ["国务院", "民政局"]


def test_extract_text_leaves_every_other_field_empty():
    out = extract_text("会议听取民政局关于《养老服务方案》的汇报，要求各部门落实。")
    empty = [out[key] for key in ("initiatives", "reported", "directed", "related")]
    assert (out["meeting"], empty) == ({}, [[], [], [], []])


def test_extract_text_returns_a_valid_gold_shaped_dict():
    out = extract_text("会议审议《甲区招商引资办法》。民政局汇报。")
    assert Extraction.model_validate(out).to_json_dict() == out


def test_extract_text_finds_every_plan_of_the_seed():
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    pred = extract_text(SEED.with_suffix(".txt").read_text(encoding="utf-8"))
    assert score_document(gold, pred).fields["plans"].f1 == 1.0


def test_baseline_import_does_not_load_jieba():
    result = _run_fresh("import sys, loaders.eval.baseline; print('jieba' in sys.modules)")
    assert result.stdout.strip() == "False"


# Imports everything afresh in a process of its own.
@pytest.mark.slow
def test_baseline_first_use_writes_nothing_to_stderr():
    result = _run_fresh(
        "from loaders.eval.baseline import extract_text; extract_text('民政局汇报。')"
    )
    assert result.stderr == ""


def test_extract_file_reads_the_seed_document():
    pytest.importorskip("loaders.read.readers")
    out = extract_file(SEED.with_suffix(".txt"))
    assert len(out["plans"]) == 5
