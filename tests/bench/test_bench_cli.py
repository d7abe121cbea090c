"""The benchmark commands: what a run leaves behind to ask again."""

from pathlib import Path

from typer.testing import CliRunner

from graph_service.__main__ import app  # the command line with the benchmark commands
from graph_service.bench.synth.corpus import generate
from graph_service.stores.falkor import FalkorStore


def _questions(corpus: Path, *more: str) -> list[str]:
    return ["bench", "questions", "--quick", "--stores", "falkordb", "--sizes", "6",
            "--corpus", str(corpus), *more]  # fmt: skip


def test_bench_questions_keep_leaves_the_loaded_store_to_ask_again(tmp_path):
    generate(tmp_path / "corpus", meetings=6, governments=2, seed=3)
    kept = tmp_path / "kept"

    result = CliRunner().invoke(app, _questions(tmp_path / "corpus", "--keep", str(kept)))

    assert result.exit_code == 0, result.output
    store = FalkorStore(kept / "falkordb")
    try:
        assert store.stats().nodes["Meeting"] == 6
    finally:
        store.close()
    assert any((kept / "cache").iterdir())
