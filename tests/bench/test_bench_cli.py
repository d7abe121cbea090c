"""The benchmark commands: what a run leaves behind, and asking it again."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_service.__main__ import app  # the command line with the benchmark commands
from graph_service.bench.synth.corpus import generate
from graph_service.stores.falkor import FalkorStore


def _questions(corpus: Path, *more: str) -> list[str]:
    return ["bench", "questions", "--quick", "--stores", "falkordb", "--sizes", "3,6",
            "--corpus", str(corpus), *more]  # fmt: skip


@pytest.fixture(scope="module")
def kept(tmp_path_factory) -> Path:
    """A folder a run with ``--keep`` left: 3 meetings loaded, then 6."""
    folder = tmp_path_factory.mktemp("bench")
    generate(folder / "corpus", meetings=6, governments=2, seed=3)
    result = CliRunner().invoke(app, _questions(folder / "corpus", "--keep", str(folder / "kept")))
    assert result.exit_code == 0, result.output
    return folder / "kept"


def _meetings(folder: Path) -> int:
    store = FalkorStore(folder)
    try:
        return store.stats().nodes["Meeting"]
    finally:
        store.close()


def test_bench_questions_keep_leaves_the_loaded_store_to_ask_again(kept):
    assert _meetings(kept / "falkordb") == 6
    assert any((kept / "cache").iterdir())


def test_bench_questions_keep_leaves_the_store_of_each_stage(kept):
    assert [_meetings(kept / "falkordb-3"), _meetings(kept / "falkordb-6")] == [3, 6]


def test_bench_questions_kept_prints_each_size_and_the_growth(kept):
    result = CliRunner().invoke(app, ["bench", "questions", "--kept", str(kept), "--rounds", "2",
                                      "--only", "search,meeting"])  # fmt: skip

    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| question, p50 / p95 ms | 3 meetings | 6 meetings | p50 growth")
    assert [row.split(" | ")[0] for row in rows[2:]] == ["| meeting", "| search"]
    # the growth of the pooled p50, then each round's
    assert all(re.search(r" \d+\.\d× \(\d+\.\d \d+\.\d\) \|$", row) for row in rows[2:])


def test_bench_questions_kept_searches_each_text_in_its_government(kept):
    # An anchor's government that the graph does not hold would stop the run with an error.
    result = CliRunner().invoke(app, ["bench", "questions", "--kept", str(kept), "--rounds", "1",
                                      "--only", "search-government"])  # fmt: skip

    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("| search")]
    assert [row.split(" | ")[0] for row in rows] == ["| search-government"]


def test_bench_questions_kept_on_a_folder_without_stages_says_how_to_keep_them(tmp_path):
    result = CliRunner().invoke(app, ["bench", "questions", "--kept", str(tmp_path)])

    assert result.exit_code != 0
    assert "--keep" in result.output


def test_bench_questions_kept_refuses_an_unknown_question(kept):
    result = CliRunner().invoke(app, ["bench", "questions", "--kept", str(kept), "--only", "nope"])

    assert result.exit_code != 0
    assert "search" in result.output
