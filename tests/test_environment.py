"""Settings are read in one place: the service's settings class, never inside the loaders."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from graph_service.cli.app import app
from loaders.extract.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "scoring" / "000_7b27b0e132a07cd2.txt"
READS = re.compile(r"os\.environ|getenv|environ\[")


def test_loaders_read_no_environment_variable():
    readers = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "loaders").rglob("*.py"))
               if READS.search(p.read_text(encoding="utf-8"))]  # fmt: skip
    assert readers == []


def test_load_registry_ignores_the_environment(tmp_path, monkeypatch):
    extra = tmp_path / "registry.tsv"
    extra.write_text("长宁区人民政府\t区应急局\t区应急指挥部\n", encoding="utf-8")
    monkeypatch.setenv("MKG_REGISTRY", str(extra))
    assert load_registry().resolve("区应急局", "长宁区人民政府").canonical == "区应急管理局"
    assert (
        load_registry(str(extra)).resolve("区应急局", "长宁区人民政府").canonical == "区应急指挥部"
    )


def test_cli_extract_takes_the_registry_setting(tmp_path):
    extra = tmp_path / "registry.tsv"
    extra.write_text("长宁区人民政府\t区应急局\t区应急指挥部\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(SEED)], env={"MKG_REGISTRY": str(extra)})
    names = {bureau["canonical"] for bureau in json.loads(result.stdout)["bureaus"]}
    assert "区应急指挥部" in names and "区应急管理局" not in names
