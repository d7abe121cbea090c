"""Evaluating an extractor over a folder, and rendering the report."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len

from loaders.eval.evaluate import GoldFileError, evaluate, find_documents, render_text
from loaders.models import Extraction

FOLDER = Path(__file__).resolve().parents[2] / "data" / "scoring"
SEED = "000_7b27b0e132a07cd2"


def _gold_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


def _perturb(gold: dict) -> dict:
    """A prediction with known mistakes in every field; the expected counts are in the tests."""
    pred = copy.deepcopy(gold)
    pred["bureaus"] = [b for b in pred["bureaus"] if b["name"] != "区府办"] + [
        {"name": "区不存在局"}
    ]
    pred["plans"][1]["title"] = "長寧區關於開展電動自行車安全治理攻堅行動工作方案"  # still a match
    del pred["plans"][4]
    names = [i["name"] for i in pred["initiatives"] if i["name"] != "政务公开"]
    pred["initiatives"] = [{"name": "招商引资工作" if n == "招商引资" else n} for n in names]
    next(r for r in pred["reported"] if r["bureau"] == "区体育局")["bureau"] = "区体育中心"
    next(d for d in pred["directed"] if d["to"] == "区外事办")["group"] = True
    pred["related"][0]["kind"] = "combined_with"
    swapped = pred["related"][5]  # combined_with: matches with its ends swapped
    swapped["from"], swapped["to"] = swapped["to"], swapped["from"]
    pred["meeting"].update(chair="李四", doc_number=None, ordinal="73")
    return pred


def _copy_seed(folder: Path, *names: str) -> None:
    for name in names:
        shutil.copy(FOLDER / f"{SEED}.txt", folder / f"{name}.txt")
        shutil.copy(FOLDER / f"{SEED}.gold.json", folder / f"{name}.gold.json")


def _raise_on_b(path: Path) -> dict:
    if path.stem == "b":
        raise ValueError("无法解析区应急局")
    return _gold_of(path)


def test_evaluate_gold_as_prediction_scores_one_everywhere():
    report = evaluate(FOLDER, _gold_of)
    scores = [(c.precision, c.recall, c.f1) for c in report.fields.values()]
    assert set(scores) == {(1.0, 1.0, 1.0)}
    assert {a.value for a in report.meeting.values()} == {1.0}


def test_evaluate_perturbed_prediction_gives_exact_counts():
    report = evaluate(FOLDER, lambda path: _perturb(_gold_of(path)))
    counts = {name: (c.tp, c.fp, c.fn) for name, c in report.fields.items()}
    assert counts == {
        "bureaus": (9, 1, 1),
        "plans": (4, 0, 1),
        "initiatives": (9, 0, 1),
        "reported": (9, 1, 1),
        "directed_named": (2, 0, 1),
        "directed_group": (8, 1, 0),
        "related": (7, 1, 1),
        "approved": (0, 0, 0),
    }


def test_evaluate_perturbed_prediction_gives_exact_scores():
    report = evaluate(FOLDER, lambda path: _perturb(_gold_of(path)))
    plans, group = report.fields["plans"], report.fields["directed_group"]
    assert (plans.precision, plans.recall, plans.f1) == (1.0, 0.8, 8 / 9)
    assert (group.precision, group.recall, group.f1) == (8 / 9, 1.0, 16 / 17)
    assert {f: a.value for f, a in report.meeting.items()} == {
        "date": 1.0,
        "ordinal": 1.0,
        "chair": 0.0,
        "doc_number": 0.0,
        "issuer": 1.0,
    }


def test_evaluate_records_a_failing_document_as_empty_prediction(tmp_path):
    _copy_seed(tmp_path, "a", "b")
    report = evaluate(tmp_path, _raise_on_b)
    failed = report.documents[1]
    assert report.failed == ["b.txt"]
    assert failed.error == "ValueError: 无法解析区应急局"
    assert (report.fields["bureaus"].tp, report.fields["bureaus"].fn) == (10, 10)


def test_evaluate_accepts_an_extraction_model():
    report = evaluate(FOLDER, lambda path: Extraction.model_validate(_gold_of(path)))
    assert report.fields["related"].f1 == 1.0


def test_find_documents_pairs_every_format_with_its_gold(tmp_path):
    for name in ("a.txt", "b.html", "c.htm", "d.PDF", "e.docx", "f.txt", "g.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    for stem in "abcdeg":
        (tmp_path / f"{stem}.gold.json").write_text("{}", encoding="utf-8")
    found = [doc.name for doc, _ in find_documents(tmp_path)]
    assert found == ["a.txt", "b.html", "c.htm", "d.PDF", "e.docx"]


def test_find_documents_searches_subfolders(tmp_path):
    (tmp_path / "xuhui").mkdir()
    _copy_seed(tmp_path / "xuhui", "a")
    report = evaluate(tmp_path, _gold_of)
    assert [d.name for d in report.documents] == ["xuhui/a.txt"]


def test_evaluate_missing_folder_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        evaluate(tmp_path / "nowhere", _gold_of)


def test_evaluate_folder_without_gold_files_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("会议纪要", encoding="utf-8")
    with pytest.raises(GoldFileError, match="no document has a gold file"):
        evaluate(tmp_path, _gold_of)


def test_evaluate_invalid_gold_file_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("会议纪要", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"bureaus": [{"nom": "x"}]}', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"a\.gold\.json"):
        evaluate(tmp_path, _gold_of)


def test_render_text_shows_extractor_and_baseline_side_by_side():
    report = evaluate(FOLDER, lambda path: _perturb(_gold_of(path)))
    baseline = evaluate(FOLDER, lambda path: {})
    text = render_text(report, baseline)
    assert "base F1" in text
    assert "│ bureaus        │ 0.900 │ 0.900 │ 0.900 │  9 │  1 │  1 │  0.000 │" in text


def test_render_text_lists_weakest_documents_with_their_lowest_fields(tmp_path):
    _copy_seed(tmp_path, "a", "b")
    text = render_text(evaluate(tmp_path, _raise_on_b))
    assert "failed: ValueError: 无法解析区应急局" in text
    assert "1 failed" in text


def test_render_text_chinese_lines_fit_the_width(tmp_path):
    _copy_seed(tmp_path, "长宁区人民政府第七十三次常务会议纪要全文", "b")
    text = render_text(evaluate(tmp_path, _raise_on_b), width=80)
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    assert "长宁区人民政府" in text


def test_render_text_without_baseline_has_no_baseline_columns():
    assert "base F1" not in render_text(evaluate(FOLDER, _gold_of))
