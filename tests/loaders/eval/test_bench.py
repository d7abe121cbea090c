"""The extraction benchmark's report."""

from __future__ import annotations

from loaders.eval.bench import BenchResult, Tally
from loaders.extract import minutes


def test_bench_report_names_how_the_extractor_runs() -> None:
    tally = Tally(documents=1, megabytes=0.1, read_seconds=0.1, extract_seconds=0.1)
    result = BenchResult(total=tally, formats={"text": tally}, baseline_seconds=0.1)
    footer = result.render().splitlines()[-2]
    compiled = not minutes.__file__.endswith(".py")
    assert footer.endswith("compiled by mypyc)" if compiled else "interpreted)")
