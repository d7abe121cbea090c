"""The quick start's setup: `make demo` installs the service alone, `make test` the test tools too."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_TOOLS = ("pytest", "playwright", "schemathesis", "hypothesis")


def _recipe(target: str) -> tuple[list[str], str]:
    """The prerequisites and recipe of a Makefile target."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    found = re.search(rf"^{target}:(.*)\n((?:\t.*\n)*)", text, re.M)
    assert found, f"Makefile has no target {target}"
    return found.group(1).split(), found.group(2)


def test_setup_runtime_dependencies_hold_no_test_tool():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.split(r"[<>=\[ ]", dep)[0].lower() for dep in project["dependencies"]]
    assert [tool for tool in TEST_TOOLS if tool in names] == []
    assert {"pytest", "playwright", "schemathesis"} <= {
        re.split(r"[<>=\[ ]", dep)[0].lower() for dep in project["optional-dependencies"]["test"]
    }


def test_setup_make_demo_installs_the_runtime_and_make_test_the_test_extras():
    assert _recipe("demo")[0] == ["setup"] and "setup-venv runtime" in _recipe("setup")[1]
    assert _recipe("test")[0] == ["lint"] and _recipe("lint")[0][0] == "setup-test"
    assert "setup-venv test" in _recipe("setup-test")[1]


def test_setup_make_lint_installs_the_js_linter_it_runs():
    needs, recipe = _recipe("lint")
    assert "node_modules/.package-lock.json" in needs and "npx --no-install eslint" in recipe
    assert "npm ci" in _recipe(re.escape("node_modules/.package-lock.json"))[1]
    assert "/node_modules/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_setup_venv_refuses_an_unknown_argument():
    done = subprocess.run(["sh", str(ROOT / "scripts" / "setup-venv"), "tests"],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 2 and "'runtime'" in done.stderr


def test_setup_make_compiled_builds_in_a_venv_of_its_own():
    recipe = _recipe("compiled")[1]
    assert "MKG_COMPILE=1" in recipe and ".venv/" not in recipe and "-e " not in recipe
    assert ".venv-compiled/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "MKG_COMPILE" in (ROOT / "setup.py").read_text(encoding="utf-8")
