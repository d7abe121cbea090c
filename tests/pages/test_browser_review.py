"""The review page and as-of links in a real headless Chromium: a curator merges an unresolved
name with one click, withdraws it, and an as-of page keeps its date in every link."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from serving import served

from graph_service.api.app import create_app
from graph_service.loading.run import load_paths
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.browser

DATA = Path(__file__).resolve().parents[1] / "data" / "curation"
GOV = "云岭县人民政府"
SHANLIN = f"bureau:{GOV}:县山林办"
KEY = "review-page-key"


@pytest.fixture(scope="module")
def serving(falkor_store: FalkorStore) -> Iterator[tuple[str, object]]:
    """The app under uvicorn on a free loopback port over the 云岭县 minutes, with an API key."""
    app = create_app(Settings(data_dir=falkor_store.path.parent, api_key=KEY))
    with served(app) as base:
        load_paths(app.state.store, [DATA])
        yield base, app.state.store


def test_browser_review_merge_and_withdraw_with_the_key(serving, page):
    base, store = serving
    tab, log = page
    tab.on("dialog", lambda dialog: dialog.accept())
    tab.goto(base + "/review")
    item = tab.locator(".review-item", has_text="县山林办")
    item.locator("button.merge", has_text="县林业局").click()
    tab.wait_for_selector("#review-error:not([hidden])")
    # In Chinese like the rest of the page, never the API's English message.
    refusal = tab.locator("#review-error").inner_text()
    assert refusal == "未能应用：需要正确的 API 密钥。" and store.node(SHANLIN) is not None
    tab.fill("#api-key", KEY)
    # A decision taken reloads the page: wait for the new page, not an element the old one has.
    with tab.expect_navigation():
        item.locator("button.merge", has_text="县林业局").click()
    tab.wait_for_selector("table.decisions")
    assert store.node(SHANLIN) is None
    assert tab.locator(".review-item", has_text="县山林办").count() == 0
    with tab.expect_navigation():
        tab.locator("button.withdraw").first.click()
    tab.wait_for_selector(".review-item")
    assert store.node(SHANLIN) is not None
    assert all("401" in error for error in log.errors)  # only the refused first try
    assert log.elsewhere() == []


def test_browser_as_of_page_keeps_its_date_in_links(serving, page):
    base, _ = serving
    tab, log = page
    tab.goto(f"{base}/nodes/{quote(SHANLIN, safe='')}?as_of=2023-06-30")
    hrefs = tab.eval_on_selector_all(
        "main a[href^='/']:not([data-all])", "els => els.map(e => e.getAttribute('href'))"
    )
    assert hrefs and all("as_of=2023-06-30" in href for href in hrefs)
    assert "截至 2023-06-30" in tab.locator(".as-of-bar").inner_text()
    assert log.errors == []


def test_browser_review_asks_before_a_decision_and_takes_nothing_when_declined(serving, page):
    base, store = serving
    tab, log = page
    asked = []
    tab.on("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    tab.goto(base + "/review")
    tab.fill("#api-key", KEY)
    tab.locator(".review-item", has_text="县山林办").locator(
        "button.merge", has_text="县林业局"
    ).click()
    tab.wait_for_function("document.getElementById('review-status').textContent === ''")
    assert len(asked) == 1 and "县山林办" in asked[0] and "县林业局" in asked[0]
    assert store.node(SHANLIN) is not None and not store.read_named("q_decisions")
    assert log.errors == []


def test_browser_review_picks_a_target_among_the_bureaus_of_the_government(serving, page):
    base, store = serving
    tab, log = page
    tab.on("dialog", lambda dialog: dialog.accept())
    tab.goto(base + "/review")
    tab.fill("#api-key", KEY)
    item = tab.locator(".review-item", has_text="县山林办")
    options = item.locator("datalist option")
    options.first.wait_for(state="attached")
    offered = options.evaluate_all("os => os.map(o => o.value)")
    assert "县林业局" in offered and "县财政局" in offered and "县山林办" not in offered
    item.locator("input.merge-target").fill("县林业屋")  # not a bureau of 云岭县: refused here
    item.locator("button.merge-picked").click()
    tab.wait_for_selector("#review-error:not([hidden])")
    assert "县林业屋" in tab.locator("#review-error").inner_text()
    item.locator("input.merge-target").fill("县财政局")
    # The decisions table of an earlier test's withdrawn decision is already on the page: wait
    # for the reload the decision makes before reading or clicking anything.
    with tab.expect_navigation():
        item.locator("button.merge-picked").click()
    tab.wait_for_selector("table.decisions")
    assert store.node(SHANLIN) is None
    assert "县山林办" in store.node(f"bureau:{GOV}:县财政局").props["aliases"]
    with tab.expect_navigation():
        tab.locator("button.withdraw").first.click()
    tab.wait_for_selector(".review-item")
    assert store.node(SHANLIN) is not None and log.errors == []
