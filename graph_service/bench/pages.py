"""Figures for the pages (a benchmark, never a test): build time of a 300-node graph page, and
how much each page weighs apart from the shared vis-network bundle.
"""

from __future__ import annotations

import gzip
import re
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from graph_service.graph_models import Edge, Node
from graph_service.pages.graph import GraphView
from graph_service.questions.answers import SubgraphAnswer
from graph_service.questions.graph import DRAWN
from viz.render import environment

BUILD_TARGET_MS = 200.0
WEIGHT_TARGET_KB = 150.0
_LABELS = ("Bureau", "Initiative", "PolicyPlan", "Meeting")
_ASSET = re.compile(r'(?:src|href)="/assets/([^"]+)"')
_SENTENCE = "会议听取了{a}关于{b}推进情况的汇报，要求第{k}项工作加强协同、压实责任、按期完成。"


@dataclass
class PagesBench:
    """Build times of the 300-node page and each page's weight in bytes: as is, and gzipped."""

    nodes: int
    edges: int
    build_ms: list[float]
    weights: dict[str, tuple[int, int]] = field(default_factory=dict)

    def render(self) -> str:
        """Return the figures as lines of text, each with its target."""
        median = statistics.median(self.build_ms)
        lines = [f"graph page, {self.nodes} nodes and {self.edges} edges: built in "
                 f"{median:.0f} ms median, {max(self.build_ms):.0f} ms worst of "
                 f"{len(self.build_ms)} (target < {BUILD_TARGET_MS:.0f} ms)",
                 f"page weight without the vis-network bundle (target < {WEIGHT_TARGET_KB:.0f} KB "
                 "as served, gzipped):", f"  {'page':<30} {'as is':>10} {'served':>10}"]  # fmt: skip
        lines += [f"  {name:<30} {raw / 1024:7.1f} KB {packed / 1024:7.1f} KB"
                  for name, (raw, packed) in self.weights.items()]  # fmt: skip
        return "\n".join(lines)


def synthetic_view(nodes: int = 300) -> GraphView:
    """Return a view of ``nodes`` nodes around one meeting, with evidence on every edge.

    >>> len(synthetic_view(30).subgraph.nodes)
    30
    """
    made = [Node(id=f"{_LABELS[k % 4].lower()}:测试区人民政府:第{k}号单位", label=_LABELS[k % 4],
                 name=f"测试区第{k}号{'部门方案工作会议'[2 * (k % 4):2 * (k % 4) + 2]}",
                 props={"government": "测试区人民政府", "aliases": [f"第{k}号"]})
            for k in range(nodes)]  # fmt: skip
    edges = [Edge(id=f"e{k}", type=("REPORTED", "DIRECTED", "RELATED_TO")[k % 3],
                  source=made[k % nodes].id, target=made[(k * 7 + 1) % nodes].id,
                  props={"evidence": _SENTENCE.format(a=made[k % nodes].name, k=k,
                                                      b=made[(k * 7 + 1) % nodes].name),
                         "date": "2024-04-24", "item": k % 9 + 1, "role": "lead",
                         "doc": f"{k % 20:02d}" * 32, "span": [k * 50, k * 50 + 48],
                         "file": f"/srv/minutes/2024/测试区-{k % 20}.txt",
                         "meeting": "meeting:测试区人民政府:2024-04-24:73"})
             for k in range(nodes * 2)]  # fmt: skip
    graph = SubgraphAnswer(center=made[0].id, depth=2, nodes=made, edges=edges)
    return GraphView(subgraph=graph, cap=nodes)


def drawn_view(view: GraphView) -> GraphView:
    """Return ``view`` as a graph page gets it: each edge with the properties it draws only.

    >>> drawn_view(synthetic_view(30)).subgraph.edges[0].props
    {'date': '2024-04-24', 'role': 'lead'}
    """
    edges = [edge.model_copy(update={"props": {k: v for k, v in edge.props.items() if k in DRAWN}})
             for edge in view.subgraph.edges]  # fmt: skip
    return view.model_copy(update={"subgraph": view.subgraph.model_copy(update={"edges": edges})})


def build_times(view: GraphView, runs: int = 15) -> list[float]:
    """Return the milliseconds each of ``runs`` builds of the graph page took (after a warm-up)."""
    template = environment().get_template("graph.html")
    template.render(view=view, depth=2)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        template.render(view=view, depth=2)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _weight(html: str, fetch) -> tuple[int, int]:
    """Return the bytes of a page and the assets it loads (vis-network left out): as is, gzipped."""
    assets = {name for name in _ASSET.findall(html) if not name.startswith("vis-network")}
    parts = [html.encode(), *(fetch(f"/assets/{name}") for name in sorted(assets))]
    return sum(map(len, parts)), sum(len(gzip.compress(part)) for part in parts)


def page_weights(view: GraphView) -> dict[str, tuple[int, int]]:
    """Return the weight of each page on the bundled samples, and of the 300-node graph page: with
    every edge's sentence, and as the graph pages get it (``fields=drawn``)."""
    from fastapi.testclient import TestClient

    from graph_service.api.app import create_app
    from graph_service.loading.run import load_paths
    from graph_service.settings import Settings

    samples = resources.files("loaders") / "data" / "samples"
    with tempfile.TemporaryDirectory() as folder, resources.as_file(samples) as path:
        app = create_app(Settings(data_dir=Path(folder)))
        with TestClient(app) as client:
            load_paths(app.state.store, [path])
            urls = _sample_pages(client)
            fetch = lambda url: client.get(url).content  # noqa: E731
            weights = {name: _weight(client.get(url).text, fetch) for name, url in urls.items()}
            graph = environment().get_template("graph.html")
            size = len(view.subgraph.nodes)
            weights[f"graph, {size} nodes, sentences"] = _weight(
                graph.render(view=view, depth=2), fetch
            )
            page = graph.render(view=drawn_view(view), depth=2)
            weights[f"graph, {size} nodes, drawn"] = _weight(page, fetch)
    return weights


def _sample_pages(client) -> dict[str, str]:
    meeting = client.get("/api/search", params={"q": "常务会议", "label": "Meeting"}).json()
    bureau = client.get("/api/search", params={"q": "局", "label": "Bureau"}).json()
    initiative = client.get("/api/search", params={"q": "建设", "label": "Initiative"}).json()
    pick = lambda answer: quote(answer["hits"][0]["id"], safe="")  # noqa: E731
    return {"home": "/", "node (bureau)": f"/nodes/{pick(bureau)}",
            "initiative": f"/initiatives/{pick(initiative)}", "graph": f"/graph/{pick(bureau)}",
            "meeting": f"/meetings/{pick(meeting)}", "cypher console": "/cypher"}  # fmt: skip


def bench_pages(nodes: int = 300, runs: int = 15) -> PagesBench:
    """Measure the pages: build time of an ``nodes``-node graph page and every page's weight."""
    view = synthetic_view(nodes)
    times = build_times(drawn_view(view), runs)
    return PagesBench(nodes=nodes, edges=len(view.subgraph.edges), build_ms=times,
                      weights=page_weights(view))  # fmt: skip
