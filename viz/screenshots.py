"""Screenshots of the main pages for the README, taken in headless Chromium.

Run against the demo (``minutes-kg demo``, which loads the bundled samples)::

    .venv/bin/python -m viz.screenshots http://127.0.0.1:8000 docs/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from viz.browser import launch

GOV = "长宁区人民政府"
SHOTS = {
    "page-home.png": "/?q=区府办",
    "page-node.png": f"/nodes/{quote(f'bureau:{GOV}:区政府办公室', safe='')}",
    "page-initiative.png": f"/initiatives/{quote(f'initiative:{GOV}:重点投资项目建设', safe='')}",
    "page-graph.png": f"/graph/{quote(f'meeting:{GOV}:2024-04-24:73', safe='')}?depth=2",
    "page-meeting.png": f"/meetings/{quote(f'meeting:{GOV}:2024-04-24:73', safe='')}",
    "page-cypher.png": "/cypher",
}
PHONE = {"page-phone-meeting.png": SHOTS["page-meeting.png"]}


def _settle(tab, name: str) -> None:
    """Wait until a page shows what its screenshot is for."""
    if tab.locator("[data-graph]").count():
        tab.wait_for_selector("[data-graph] .g-canvas[data-ready=true]", timeout=60_000)
    if name == "page-cypher.png":
        tab.locator(".saved-q[data-key=meeting_directed]").click()
        tab.wait_for_selector("#result-table tbody tr")
    if name == "page-meeting.png":
        tab.locator(".evidence-link").nth(3).click()


def take(base: str, folder: Path) -> list[Path]:
    """Save a screenshot of each main page (1280×800, and one at phone size) into ``folder``."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = launch(playwright, Path(profile), viewport={"width": 1280, "height": 800})
        tab = context.new_page()
        for shots, size in ((SHOTS, (1280, 800)), (PHONE, (390, 844))):
            tab.set_viewport_size({"width": size[0], "height": size[1]})
            for name, url in shots.items():
                tab.goto(base + url)
                _settle(tab, name)
                tab.screenshot(path=str(folder / name))
                saved.append(folder / name)
        context.close()
    return saved


if __name__ == "__main__":
    for path in take(sys.argv[1].rstrip("/"), Path(sys.argv[2])):
        print(path)
