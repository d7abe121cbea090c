"""The minutes-kg command line: extract, eval, bench extract (the graph commands: test_cli_graph)."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_service.__main__ import app

DATA = Path(__file__).parents[1] / "data"
SEED = DATA / "scoring" / "000_7b27b0e132a07cd2.txt"
DEV = DATA / "minutes"
REAL_DEV = DATA / "real" / "dev"


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_extract_one_file_prints_one_gold_shaped_document(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    keys = {"meeting", "bureaus", "plans", "initiatives", "reported", "directed", "related"}
    assert keys <= doc.keys()
    assert doc["meeting"]["ordinal"] == 73


def test_cli_extract_several_files_prints_an_array_in_order(runner):
    other = DEV / "a01_xuhui_paragraph_abbrev.txt"
    result = runner.invoke(app, ["extract", str(other), str(SEED)])
    docs = json.loads(result.stdout)
    assert [Path(d["source"]).name for d in docs] == [other.name, SEED.name]


def test_cli_extract_out_writes_one_file_per_document(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(SEED), "--out", str(tmp_path / "out")])
    written = json.loads((tmp_path / "out" / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert written["meeting"]["date"] == "2024-04-24"


def test_cli_extract_unreadable_file_names_it_and_still_does_the_others(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    result = runner.invoke(app, ["extract", str(empty), str(binary), str(SEED)])
    errors = [line for line in result.stderr.splitlines() if line]
    assert result.exit_code == 1
    assert len(errors) == 2 and "empty.txt" in errors[0] and "noise.txt" in errors[1]
    assert [Path(d["source"]).name for d in json.loads(result.stdout)] == [SEED.name]


def test_cli_extract_image_only_pdf_says_to_run_ocr(runner):
    result = runner.invoke(app, ["extract", str(DATA / "readers" / "image_only.pdf")])
    assert result.exit_code == 1
    assert "image_only.pdf" in result.stderr and "OCR" in result.stderr
    assert "Traceback" not in result.output


def test_cli_extract_text_without_minutes_warns_and_exits_zero(runner, tmp_path):
    news = tmp_path / "news.txt"
    news.write_text(
        "本报讯 昨日，区体育局举办全民健身长跑活动，两千余名市民参加。", encoding="utf-8"
    )
    result = runner.invoke(app, ["extract", str(news)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["bureaus"] == []
    assert "news.txt" in result.stderr and "no agenda items" in result.stderr


def test_cli_extract_folder_skips_gold_files(runner, tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".gold.json"), tmp_path)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert len(json.loads(result.stdout)) == 1


def test_cli_eval_prints_scores_for_extractor_and_baseline(runner, tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".gold.json"), tmp_path)
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 0
    assert "bureaus" in result.stdout and "baseline" in result.stdout.lower()


def test_cli_bench_extract_prints_throughput(runner):
    result = runner.invoke(app, ["bench", "extract", str(DEV), "--megabytes", "0.05"])
    assert result.exit_code == 0
    assert "docs/s" in result.stdout and "MB/s" in result.stdout
    lines = result.stdout.splitlines()
    assert lines[-3].startswith("all")
    assert lines[-1].startswith("plain pass over the same files") and " of it" in lines[-1]


def test_cli_version_prints_the_installed_version(runner):
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout.strip()) == (0, f"minutes-kg {version('minutes-kg')}")


@pytest.mark.parametrize(
    ("command", "choices"),
    [("extract", "json|summary"), ("query", "table|json"), ("export", "json|graphml|csv")],
)
def test_cli_help_lists_the_choices_of_format(runner, command, choices):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and choices in result.stdout


def test_cli_export_help_says_csv_is_a_zip(runner):
    result = runner.invoke(app, ["export", "--help"], env={"COLUMNS": "200"})
    assert "csv writes a ZIP" in result.stdout


def test_cli_unknown_format_is_refused_with_the_choices(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "yaml"], env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "'json', 'summary'" in result.output


def test_cli_eval_json_prints_the_scores_as_json(runner, tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".gold.json"), tmp_path)
    result = runner.invoke(app, ["eval", str(tmp_path), "--json", "--no-baseline"])
    scores = json.loads(result.stdout)
    assert result.exit_code == 0 and scores["baseline"] is None
    assert len(scores["extractor"]["documents"]) == 1 and "bureaus" in scores["extractor"]["fields"]


def test_cli_eval_copies_prints_the_pages_beside_their_copies(runner, tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".gold.json"), tmp_path)
    result = runner.invoke(app, ["eval", str(tmp_path), "--copies", "words", "--share", "0.5"])
    assert result.exit_code == 0
    assert "originals then copies (words, share 0.5)" in result.stdout
    assert result.stdout.count("bureaus") == 1


def test_cli_eval_copies_with_places_scores_them_against_the_original_gold(runner, tmp_path):
    page = REAL_DEV / "ra02_heping_2015_news.txt"
    shutil.copy(page, tmp_path / page.name)
    shutil.copy(page.with_name(page.stem + ".gold.json"), tmp_path)
    (tmp_path / "sources.tsv").write_text(
        f"file\tgovernment\n{page.name}\t天津市和平区人民政府\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["eval", str(tmp_path), "--copies", "places", "--json"])
    scores = json.loads(result.stdout)
    original, copied = scores["originals"]["fields"], scores["copies"]["fields"]
    assert result.exit_code == 0 and original["bureaus"]["tp"] >= 1
    assert copied["bureaus"] == original["bureaus"] and copied["plans"] == original["plans"]


def test_cli_eval_copies_refuses_an_unknown_kind(runner, tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path), "--copies", "typos"])
    assert result.exit_code == 2 and "--copies" in result.output


def test_cli_extract_out_mirrors_subfolders_so_same_names_do_not_collide(runner, tmp_path):
    minutes = tmp_path / "minutes"
    for folder in ("2023/q1", "2024/q1", "2024/q2"):
        (minutes / folder).mkdir(parents=True)
        shutil.copy(SEED, minutes / folder / "minutes.txt")
    result = runner.invoke(app, ["extract", str(minutes), "--out", str(tmp_path / "out")])
    written = sorted(p.relative_to(tmp_path / "out") for p in (tmp_path / "out").rglob("*.json"))
    assert result.exit_code == 0
    assert [str(p) for p in written] == [
        f"{f}/minutes.json" for f in ("2023/q1", "2024/q1", "2024/q2")
    ]
    assert json.loads((tmp_path / "out" / "2024" / "q2" / "minutes.json").read_text("utf-8"))[
        "source"
    ] == str(minutes / "2024" / "q2" / "minutes.txt")


def test_cli_extract_out_refuses_two_inputs_for_one_output_and_writes_nothing(runner, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED, tmp_path / folder / "minutes.txt")
    files = [str(tmp_path / "a" / "minutes.txt"), str(tmp_path / "b" / "minutes.txt")]
    result = runner.invoke(app, ["extract", *files, "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and not (tmp_path / "out").exists()
    assert "would both be written to" in str(result.exception)
