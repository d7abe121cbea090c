"""The README's shell examples run as written against the demo, and its links stay in the repository.

The examples test (marker ``readme``) starts ``minutes-kg demo`` on a temporary data folder, then
runs every fenced ``sh`` block of the README in order, each as one bash script from the
repository's folder, with curl told to fail on an HTTP error.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = [README, ROOT / "docs" / "performance.md"]
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.M | re.S)
# Lines left out, each with the reason: the test runs the demo server itself, on a free port.
NOT_RUN = {
    "make demo": "starts the server; the test has started the demo already",
    ".venv/bin/minutes-kg serve": "starts the server; the test has started the demo already",
    "docker compose up": "starts the server (and Neo4j) in Docker",
    "make test": "runs every test, this one included",
}
DEMO_START_S = 120


def _blocks() -> list[tuple[str, str]]:
    """The README's ``sh`` blocks, each named by the section it is in."""
    text = README.read_text(encoding="utf-8")
    named = []
    for number, found in enumerate(BLOCK.finditer(text), 1):
        headings = re.findall(r"^#+ (.+)$", text[: found.start()], re.M)
        named.append((f"{number:02d} {headings[-1] if headings else 'top'}", found.group(1)))
    return named


def _runnable(block: str) -> str:
    """The block without the lines that start a server of their own."""
    return "".join(line for line in block.splitlines(keepends=True)
                   if not line.lstrip().startswith(tuple(NOT_RUN)))  # fmt: skip


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, demo: subprocess.Popen) -> None:
    deadline = time.monotonic() + DEMO_START_S
    while time.monotonic() < deadline and demo.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the demo did not answer at {url} within {DEMO_START_S} s", pytrace=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment of a running ``minutes-kg demo``: its port and its data folder."""
    home = tmp_path_factory.mktemp("readme")
    (home / ".curlrc").write_text("fail\nsilent\nshow-error\n", encoding="utf-8")
    # The README's upload examples send $MKG_API_KEY, as a deployment with a key expects.
    env = {**os.environ, "MKG_DATA_DIR": str(home / "data"), "CURL_HOME": str(home),
           "MKG_PORT": str(_free_port()), "MKG_API_KEY": "readme-example-key"}  # fmt: skip
    env.pop("MKG_STORE", None)
    command = [sys.executable, "-c", "from graph_service.cli.app import main; main()"]
    server = subprocess.Popen([*command, "demo", "--port", env["MKG_PORT"]], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        _wait_until_up(f"http://127.0.0.1:{env['MKG_PORT']}/health", server)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=60)


@pytest.mark.readme
@pytest.mark.parametrize("name,block", _blocks(), ids=[name for name, _ in _blocks()])
def test_readme_example_runs_as_written(name, block, demo, request):
    # The demo listens on a free port rather than 8000, which something else may hold here.
    script = _runnable(block).replace(":8000", f":{demo['MKG_PORT']}")
    if "bolt://localhost:7687" in script:
        # The Neo4j examples go to the tests' Neo4j server instead of one on the default port.
        script = script.replace("bolt://localhost:7687", request.getfixturevalue("neo4j_uri"))
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=ROOT, env=demo,
                          capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert done.returncode == 0, f"{name}:\n{script}\nstderr:\n{done.stderr[-3000:]}"


def test_readme_runs_every_command_but_those_that_start_a_server():
    skipped = [line.strip() for _, block in _blocks() for line in block.splitlines()
               if line.lstrip().startswith(tuple(NOT_RUN))]  # fmt: skip
    assert len(_blocks()) >= 10
    assert {line.split("#")[0].strip() for line in skipped} <= {
        "make demo", "make test", ".venv/bin/minutes-kg serve",
        ".venv/bin/minutes-kg serve --host 127.0.0.1 --port 8000", "docker compose up -d --build",
    }  # fmt: skip


def _outside_code(text: str) -> str:
    """The text without fenced blocks and inline code, where addresses are examples, not links."""
    return re.sub(r"`[^`\n]*`", "", re.sub(r"^```.*?^```", "", text, flags=re.M | re.S))


@pytest.mark.parametrize("doc", DOCS, ids=[doc.name for doc in DOCS])
def test_readme_links_point_inside_the_repository(doc):
    text = _outside_code(doc.read_text(encoding="utf-8"))
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    outside = [t for t in targets if urlsplit(t).scheme or t.startswith("//")]
    missing = [t for t in targets if not urlsplit(t).scheme and t.split("#")[0]
               and not (doc.parent / t.split("#")[0]).exists()]  # fmt: skip
    bare = [url for url in re.findall(r"https?://[^\s)>\]]+", text)
            if urlsplit(url).hostname not in ("127.0.0.1", "localhost")]  # fmt: skip
    assert (outside, missing, bare) == ([], [], [])
