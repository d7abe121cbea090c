"""The follow-ups page in a real browser (headless Chromium): the form, the links, the CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from followup_data import QL, followup_batches, load_followups
from serving import served

from graph_service.api.app import create_app
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(falkor_store: FalkorStore) -> Iterator[str]:
    """The base URL of the app served by uvicorn on a free loopback port, with the follow-ups."""
    app = create_app(Settings(data_dir=falkor_store.path.parent))
    with served(app) as base:
        load_followups(app.state.store, followup_batches())
        yield base


def test_browser_followups_form_filters_and_csv_downloads(server, page):
    tab, log = page
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(server + "/")
    tab.locator("header nav a[href='/followups']").click()
    tab.locator("input[name=government]").fill(QL)
    tab.locator("form[action='/followups'] button").click()
    tab.wait_for_url("**/followups?**")
    rows = tab.locator("#unanswered-directives tbody tr")
    assert rows.count() == 7 and "县交通运输局" in rows.first.inner_text()
    collective = rows.filter(has_text="集合称谓")
    assert collective.count() == 1 and "各乡镇" in collective.inner_text()
    assert collective.locator("a", has_text="财政收支").count() == 1
    with tab.expect_download() as download:
        tab.locator("#unanswered-directives a", has_text="CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert [row["bureau"] for row in csv.DictReader(io.StringIO(text))][:1] == ["县交通运输局"]
    assert (dialogs, log.errors, log.elsewhere()) == ([], [], [])


def test_browser_followups_hostile_names_stay_text(server, page):
    tab, _ = page
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(server + "/followups")
    cell = tab.locator("#unanswered-directives tbody tr").first
    assert "<script>&局" in cell.inner_text()
    assert (dialogs, tab.locator("main script, main img").count()) == ([], 0)


def test_browser_recurring_page_lists_initiatives_in_one_government(server, page):
    tab, _ = page
    tab.goto(server + "/recurring")
    tab.select_option(".search-form select[name=government]", QL)
    tab.click(".search-form button[type=submit]")
    tab.wait_for_selector("table.recurring")
    assert "古镇保护利用" in tab.locator("table.recurring").inner_text()
