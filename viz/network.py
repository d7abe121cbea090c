"""Turn a subgraph into the nodes, edges and options of a vis-network view, through pyvis.

pyvis builds the vis-network items (caption, colour, shape, arrows); the page's script shows
them with the vis-network bundle the app serves itself. Every name and sentence travels as data
and reaches the page as text (captions are drawn on a canvas; tooltips are built with
``textContent``), so markup inside a name is shown, never run.
"""

from __future__ import annotations

from typing import Any

from graph_service.graph_models import Subgraph
from viz.style import EDGE_STYLES, FALLBACK_NODE, NODE_STYLES, edge_caption, short_name

# Canvas captions: the pages' web font first (graph.js waits for it before drawing).
FONT_FACE = '"Noto Sans SC", sans-serif'
# Above this many nodes the physics runs fewer, cheaper steps before the view is shown.
LARGE_GRAPH = 120
_BASE_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {"size": 14, "font": {"size": 13, "face": FONT_FACE}, "borderWidth": 1},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "font": {"size": 10, "face": FONT_FACE, "align": "middle", "color": "#444"},
              "smooth": {"enabled": True, "type": "continuous"}},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                    "keyboard": {"enabled": True, "bindToWindow": False}},
}  # fmt: skip


def physics_options(node_count: int) -> dict[str, Any]:
    """Return physics settings that settle a graph of ``node_count`` nodes before it is shown.

    >>> physics_options(20)["stabilization"]["iterations"]
    400
    >>> physics_options(300)["solver"]
    'forceAtlas2Based'
    """
    if node_count <= LARGE_GRAPH:
        return {"solver": "barnesHut", "barnesHut": {"springLength": 140, "avoidOverlap": 0.3},
                "stabilization": {"enabled": True, "iterations": 400, "fit": True}}  # fmt: skip
    return {"solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90},
            "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50,
                              "fit": True}}  # fmt: skip


def vis_view(graph: Subgraph, center: str | None = None) -> dict[str, Any]:
    """Return the vis-network items and options showing ``graph``, ``center`` marked.

    Each node and edge keeps its graph model under ``raw`` (for tooltips, filters and export).

    Args:
        graph: the nodes and the edges between them.
        center: the id of the node the view is about, drawn larger.

    Returns:
        ``{"nodes", "edges", "options"}`` ready to be handed to vis-network as JSON.

    >>> from graph_service.graph_models import Edge, Node
    >>> g = Subgraph(nodes=[Node(id="b", label="Bureau", name="<b>局</b>")],
    ...              edges=[Edge(id="e", type="REPORTED", source="b", target="b")])
    >>> view = vis_view(g, "b")
    >>> view["nodes"][0]["label"], view["edges"][0]["label"]
    ('<b>局</b>', '汇报')
    """
    from pyvis.network import Network  # imports IPython: paid only when a graph is drawn

    net = Network(directed=True)
    for node in graph.nodes:
        style = NODE_STYLES.get(node.label, FALLBACK_NODE)
        net.add_node(node.id, label=short_name(node.name) or node.id, shape=style["shape"],
                     color=style["color"], size=22 if node.id == center else 14,
                     borderWidth=3 if node.id == center else 1, raw=node.model_dump())  # fmt: skip
    for edge in graph.edges:
        style = EDGE_STYLES.get(edge.type, EDGE_STYLES["RELATED_TO"])
        net.add_edge(edge.source, edge.target, id=edge.id, label=edge_caption(edge.type, edge.props),
                     color=style["color"], dashes=style["dashes"], raw=edge.model_dump())  # fmt: skip
    options = {**_BASE_OPTIONS, "physics": physics_options(len(graph.nodes))}
    return {"nodes": net.nodes, "edges": net.edges, "options": options}
