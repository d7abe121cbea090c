"""Screenshots of every page for the README, at 1280 and 390 pixels wide, in headless Chromium.

Run against the demo (``minutes-kg demo``, which loads the bundled samples) with the follow-ups
example loaded too (``minutes-kg load tests/data/followups/``)::

    .venv/bin/python -m viz.screenshots http://127.0.0.1:8000 docs/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from viz.browser import launch

GOV = "长宁区人民政府"
FOLLOWUPS_GOV = "青岚县人民政府"  # tests/data/followups, loaded beside the demo's samples
MEETING = quote(f"meeting:{GOV}:2024-04-24:73", safe="")
PAGES = {
    "home": "/?q=区府办",
    "node": f"/nodes/{quote(f'bureau:{GOV}:区政府办公室', safe='')}",
    "initiative": f"/initiatives/{quote(f'initiative:{GOV}:重点投资项目建设', safe='')}",
    "graph": f"/graph/{MEETING}?depth=2",
    "meeting": f"/meetings/{MEETING}",
    "cypher": "/cypher",
    "followups": f"/followups?government={quote(FOLLOWUPS_GOV)}&as_of=2024-05-28",
    "review": "/review",
    "analytics": f"/analytics?government={quote('徐汇区人民政府')}",
    "meetings": "/meetings?ordinal=73",
    "path": f"/path?from={quote('区体育局')}&to={quote('区民政局')}&government={quote(GOV)}",
    "docs": "/docs",
}
WIDTHS = {1280: 800, 390: 844}  # a laptop and a phone


def _settle(tab, name: str) -> None:
    """Wait until a page shows what its screenshot is for, in its web font."""
    if tab.locator("[data-graph]").count():
        tab.wait_for_selector("[data-graph] .g-canvas[data-ready=true]", timeout=60_000)
    if name == "cypher":
        tab.locator(".saved-q[data-key=meeting_directed]").click()
        tab.wait_for_selector("#result-table tbody tr")
    if name == "meeting":
        tab.locator(".evidence-link").nth(3).click()
    if name == "docs":
        tab.wait_for_selector(".opblock", timeout=60_000)
    tab.evaluate("document.fonts.ready.then(() => true)")


def take(base: str, folder: Path) -> list[Path]:
    """Save a screenshot of every page at 1280 and 390 pixels wide into ``folder``."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = launch(playwright, Path(profile), viewport={"width": 1280, "height": 800})
        tab = context.new_page()
        for width, height in WIDTHS.items():
            tab.set_viewport_size({"width": width, "height": height})
            for name, url in PAGES.items():
                tab.goto(base + url)
                _settle(tab, name)
                saved.append(folder / f"page-{name}-{width}.png")
                tab.screenshot(path=str(saved[-1]))
        context.close()
    return saved


if __name__ == "__main__":
    for path in take(sys.argv[1].rstrip("/"), Path(sys.argv[2])):
        print(path)
