"""The follow-ups page in a real browser (headless Chromium): the form, the links, the CSV."""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from test_browser_pages import browser, page  # noqa: F401  (fixtures)
from test_followups import QL, followup_batches, load_followups

from graph_service.api.app import create_app
from graph_service.settings import Settings


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of the app served by uvicorn on a free loopback port, with the follow-ups."""
    app = create_app(Settings(data_dir=tmp_path_factory.mktemp("browser-followups")))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    runner = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not runner.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert runner.started, "uvicorn did not start"
    load_followups(app.state.store, followup_batches())
    yield f"http://127.0.0.1:{port}"
    runner.should_exit = True
    thread.join(timeout=30)


def test_browser_followups_form_filters_and_csv_downloads(server, page):  # noqa: F811
    tab, log = page
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(server + "/")
    tab.locator("header nav a[href='/followups']").click()
    tab.locator("input[name=government]").fill(QL)
    tab.locator("form[action='/followups'] button").click()
    tab.wait_for_url("**/followups?**")
    rows = tab.locator("#unanswered-directives tbody tr")
    assert rows.count() == 5 and "县交通运输局" in rows.first.inner_text()
    with tab.expect_download() as download:
        tab.locator("#unanswered-directives a", has_text="CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert [row["bureau"] for row in csv.DictReader(io.StringIO(text))][:1] == ["县交通运输局"]
    assert (dialogs, log.errors, log.elsewhere()) == ([], [], [])


def test_browser_followups_hostile_names_stay_text(server, page):  # noqa: F811
    tab, _ = page
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(server + "/followups")
    cell = tab.locator("#unanswered-directives tbody tr").first
    assert "<script>&局" in cell.inner_text()
    assert (dialogs, tab.locator("main script, main img").count()) == ([], 0)
