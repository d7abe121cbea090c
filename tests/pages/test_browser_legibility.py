"""Graph pictures people can read, in a real headless Chromium: one edge per pair and type, labels
that do not overlap when the view is fitted, a status that says what is shown.

The graph is the demo's sample minutes and the follow-ups example: bureaus that report on the
same initiative at several meetings, so a depth-2 view has parallel facts to merge.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from page_data import DATA, page_url
from serving import served

from graph_service.api.app import create_app
from graph_service.loading.run import load_paths
from graph_service.settings import Settings
from graph_service.stores.falkor import FalkorStore

pytestmark = pytest.mark.browser

CONSTRUCTION = "bureau:徐汇区人民政府:区建设和管理委员会"
WATER = "bureau:青岚县人民政府:县水利局"
GRAPH = "document.querySelector('[data-graph]').graph"
# Each node's caption as vis-network last drew it, in canvas units: {left, top, width, height}.
LABEL_BOXES = f"""() => {{ const g = {GRAPH};
  return g.nodeView.getIds().map(id => g.network.body.nodes[id].labelModule.size); }}"""


@pytest.fixture(scope="module")
def server(falkor_store: FalkorStore) -> Iterator[str]:
    """The app on a loopback port, holding the sample minutes and the follow-ups example."""
    app = create_app(Settings(data_dir=falkor_store.path.parent))
    with served(app) as base, resources.as_file(resources.files("loaders") / "data" / "samples") as samples:  # fmt: skip
        report = load_paths(app.state.store, [Path(samples), DATA / "followups"])
        assert not report.failed
        yield base


def _open_graph(tab, url: str) -> None:
    tab.goto(url)
    tab.wait_for_selector(".g-canvas[data-ready=true]", timeout=30_000)


def _distinct_pairs(tab, base: str, node: str) -> tuple[int, int]:
    """The facts of a depth-2 subgraph and its distinct (pair, type), as the JSON API has them."""
    answer = tab.request.get(
        base + "/api/subgraph", params={"node": node, "depth": 2, "limit": 300}
    )
    edges = answer.json()["edges"]
    return len(edges), len({(*sorted((e["source"], e["target"])), e["type"]) for e in edges})


def _fitted_label_boxes(tab) -> list[dict]:
    tab.evaluate(f"{GRAPH}.network.fit({{animation: false}})")
    tab.evaluate(
        f"""() => new Promise(done => {{ const n = {GRAPH}.network;
              n.once('afterDrawing', () => done(true)); n.redraw(); }})"""
    )
    return tab.evaluate(LABEL_BOXES)


def _overlapping(boxes: list[dict]) -> list[tuple[dict, dict]]:
    def apart(a: dict, b: dict) -> bool:
        return (a["left"] + a["width"] <= b["left"] or b["left"] + b["width"] <= a["left"]
                or a["top"] + a["height"] <= b["top"] or b["top"] + b["height"] <= a["top"])  # fmt: skip

    return [(a, b) for a, b in itertools.combinations(boxes, 2) if not apart(a, b)]


@pytest.mark.parametrize("bureau", [CONSTRUCTION, WATER])
def test_browser_depth_two_graph_draws_one_edge_per_pair_and_type(server, page, bureau):
    tab, _ = page
    _open_graph(tab, server + page_url("graph", bureau) + "?depth=2")
    facts, distinct = _distinct_pairs(tab, server, bureau)
    drawn = tab.evaluate(f"{GRAPH}.edges.length")
    assert facts > distinct and drawn == distinct


def test_browser_merged_edge_tooltip_says_a_click_shows_its_sentences(server, page):
    tab, _ = page
    _open_graph(tab, server + page_url("graph", WATER) + "?depth=2")
    merged = tab.evaluate(
        f"""{GRAPH}.edges.get().filter(e => e.count > 1).map(e =>
              [e.count, e.title.textContent, e.title.querySelectorAll('.tip-evidence').length])"""
    )
    assert merged and all(f"（{n} 条）" in text and "单击关系查看原句" in text and not quotes
                          for n, text, quotes in merged)  # fmt: skip


def test_browser_clicked_edge_shows_its_sentences(server, page):
    tab, _ = page
    _open_graph(tab, server + page_url("graph", WATER) + "?depth=2")
    edge_id, ends, kind, x, y = _clear_merged_edge(tab)
    with tab.expect_request(lambda request: "/api/nodes/" in request.url) as asked:
        tab.mouse.click(x, y)
    # Only the facts between the two ends are read, not every edge of one of them.
    assert parse_qs(urlsplit(asked.value.url).query)["other"][0] in ends
    tab.wait_for_selector(".g-evidence:not([hidden]) blockquote")
    shown = tab.locator(".g-evidence blockquote").all_inner_texts()
    facts = tab.request.get(
        server + "/api/subgraph", params={"node": WATER, "depth": 2, "limit": 300}
    )
    said = {e["props"]["evidence"] for e in facts.json()["edges"]
            if sorted((e["source"], e["target"])) == ends and e["type"] == kind}  # fmt: skip
    assert len(said) > 1 and sorted(shown) == sorted(said)
    head = tab.evaluate(f"id => {GRAPH}.edges.get(id).tip.head", edge_id)
    assert tab.locator(".g-evidence .tip-head").inner_text() == head


def _clear_merged_edge(tab) -> tuple[str, list[str], str, float, float]:
    """A drawn edge of several facts whose middle no node or other edge covers: its id, its ends
    in id order, its type and the page coordinates of its middle."""
    tab.locator(".g-canvas").scroll_into_view_if_needed()
    found = tab.evaluate(
        f"""() => {{ const g = {GRAPH}, n = g.network;
              n.fit({{animation: false}});
              const box = document.querySelector('.g-canvas').getBoundingClientRect();
              for (const e of g.edgeView.get().filter(e => e.count > 1)) {{
                const p = n.getPositions([e.from, e.to]);
                const mid = n.canvasToDOM({{x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}});
                const inside = mid.x > 5 && mid.y > 5 && mid.x < box.width - 5 && mid.y < box.height - 5;
                if (inside && n.getNodeAt(mid) === undefined && n.getEdgeAt(mid) === e.id)
                  return [e.id, [e.from, e.to].sort(), e.type, box.left + mid.x, box.top + mid.y];
              }}
              return null; }}"""
    )
    assert found, "no merged edge with a clear middle to click"
    return found[0], found[1], found[2], found[3], found[4]


@pytest.mark.parametrize("bureau", [CONSTRUCTION, WATER])
def test_browser_labels_do_not_overlap_when_the_graph_is_fitted(server, page, bureau):
    tab, _ = page
    _open_graph(tab, server + page_url("graph", bureau) + "?depth=2")
    boxes = _fitted_label_boxes(tab)
    assert len(boxes) > 10 and all(b["width"] > 0 for b in boxes)
    assert _overlapping(boxes) == []


def test_browser_nodes_are_sized_by_degree(server, page):
    tab, _ = page
    _open_graph(tab, server + page_url("graph", CONSTRUCTION) + "?depth=2")
    sizes = tab.evaluate(
        f"""() => {{ const g = {GRAPH}; return g.nodes.getIds().map(id =>
              [g.network.getConnectedNodes(id).length, g.nodes.get(id).size]); }}"""
    )
    by_degree = sorted(sizes)
    assert [size for _, size in by_degree] == sorted(size for _, size in by_degree)
    assert by_degree[0][1] < by_degree[-1][1]


def test_browser_layout_is_the_same_on_every_visit(server, page):
    tab, _ = page
    seen = []
    for _ in range(2):
        _open_graph(tab, server + page_url("graph", CONSTRUCTION) + "?depth=2")
        seen.append(json.dumps(tab.evaluate(f"{GRAPH}.network.getPositions()"), sort_keys=True))
    assert seen[0] == seen[1]


def test_browser_status_clears_after_expand_and_filter(server, page):
    tab, _ = page
    _open_graph(tab, server + page_url("graph", WATER))
    status = tab.locator(".g-status")
    before = tab.evaluate(f"{GRAPH}.nodes.length")
    far = tab.evaluate(
        f"""() => {{ const g = {GRAPH}; return g.nodes.getIds().find(id =>
              id.startsWith('meeting:')); }}"""
    )
    tab.evaluate(f"{GRAPH}.network.emit('click', {{nodes: [{json.dumps(far)}], edges: []}})")
    tab.wait_for_function(f"{GRAPH}.nodes.length > {before}")
    tab.wait_for_function(
        "!document.querySelector('.g-status').textContent.includes('正在')", timeout=30_000
    )
    assert "新增" in status.inner_text() and "共 " in status.inner_text()
    tab.locator(".g-labels input[value=Bureau]").uncheck()
    assert status.inner_text().startswith("共 ") and "正在" not in status.inner_text()
