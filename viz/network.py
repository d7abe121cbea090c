"""Turn a subgraph into what a graph page draws: nodes, merged edges, positions and tooltips.

Everything a picture says is decided here and travels as data; the page's script only hands the
items to vis-network (served by the app itself) and builds tooltips from the data with
``textContent``, so markup inside a name is shown, never run.

- **One edge per pair and type.** Every fact is an edge in the graph (a bureau that reported on
  an initiative at three meetings has three), which turns a depth-2 view into a hairball. A view
  draws one edge per pair of nodes and type, as wide as it has facts, with the count in its
  caption and the sentences in its tooltip. A page's own subgraph comes without sentences
  (``fields=drawn``): its tooltips say so, and a click on the edge shows them.
- **Nodes sized by degree:** the nodes linked to most others are the largest.
- **A stable layout that uses the canvas:** rings around the centre, with no two labels
  overlapping (:mod:`viz.layout`).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from typing import Any
from urllib.parse import quote

from graph_service.graph_models import Edge, Node, Subgraph
from viz.layout import box, positions
from viz.style import (
    EDGE_STYLES,
    FALLBACK_NODE,
    NODE_STYLES,
    PROP_NAMES,
    edge_caption,
    node_title,
    prop_value,
    short_name,
)

# Canvas captions: the pages' web font first (graph.js waits for it before drawing).
FONT_FACE = '"Noto Sans SC", sans-serif'
FONT_SIZE = 13
# Above this many drawn edges their captions are left to the tooltips: they would cover each other.
EDGE_CAPTIONS_UP_TO = 40
TIP_SENTENCES = 8  # sentences listed in an edge's tooltip; the rest are counted
ON_CLICK = "单击关系查看原句"  # an edge drawn without its sentences: a click fetches them
TIP_FIELDS = ("government", "aliases", "title", "doc_number", "date", "ordinal", "chair",
              "chair_title", "first", "last")  # fmt: skip
_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"randomSeed": 7},
    "nodes": {"font": {"size": FONT_SIZE, "face": FONT_FACE}, "borderWidth": 1},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 10, "face": FONT_FACE, "align": "middle", "color": "#444"},
              "smooth": False, "selectionWidth": 2},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                    "keyboard": {"enabled": True, "bindToWindow": False}},
    # Off while showing: the layout comes with the nodes. Nodes a click adds settle with it.
    "physics": {"enabled": False, "solver": "barnesHut",
                "barnesHut": {"springLength": 150, "avoidOverlap": 1},
                "stabilization": {"enabled": False}},
}  # fmt: skip


def edge_key(edge: Edge) -> tuple[str, str, str]:
    """Return the pair (in id order) and type an edge is drawn under.

    >>> edge_key(Edge(id="e", type="REPORTED", source="b", target="a"))
    ('a', 'b', 'REPORTED')
    """
    a, b = sorted((edge.source, edge.target))
    return a, b, edge.type


def merged_id(key: tuple[str, str, str]) -> str:
    """Return the id of the drawn edge for ``key``: the same on every page and every expansion.

    >>> merged_id(("a", "b", "REPORTED"))
    'REPORTED:7133ad617f06d2c4'
    """
    return f"{key[2]}:{hashlib.sha256(chr(31).join(key).encode()).hexdigest()[:16]}"


def merge_edges(edges: list[Edge]) -> dict[tuple[str, str, str], list[Edge]]:
    """Return the facts of ``edges`` grouped by pair and type, in a stable order.

    >>> e = [Edge(id=str(i), type="REPORTED", source="b", target="i") for i in range(3)]
    >>> [(key, len(facts)) for key, facts in merge_edges(e).items()]
    [(('b', 'i', 'REPORTED'), 3)]
    """
    groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for edge in sorted(edges, key=lambda e: e.id):
        groups[edge_key(edge)].append(edge)
    return dict(sorted(groups.items()))


def node_size(degree: int) -> float:
    """Return a node's radius for the number of nodes it is linked to.

    >>> node_size(0), node_size(4), node_size(100)
    (8.0, 16.0, 30.0)
    """
    return min(30.0, 8.0 + 4.0 * math.sqrt(degree))


def node_tip(node: Node) -> dict[str, Any]:
    """Return a node's tooltip as data: its name, its kind and id, its properties in Chinese."""
    kind = NODE_STYLES.get(node.label, FALLBACK_NODE)["name"]
    rows = [[PROP_NAMES.get(key, key), prop_value(key, node.props[key])]
            for key in TIP_FIELDS if node.props.get(key) not in (None, "", [])]  # fmt: skip
    return {"head": node_title(node), "sub": f"{kind} · {node.id}", "rows": rows, "quotes": []}


def edge_tip(facts: list[Edge], names: dict[str, str]) -> dict[str, Any]:
    """Return a drawn edge's tooltip as data: caption, count, dates, and the sentences."""
    first = facts[0]
    head = edge_caption(first.type, first.props)
    count = f"（{len(facts)} 条）" if len(facts) > 1 else ""
    sentences = list(dict.fromkeys(f.props["evidence"] for f in facts if f.props.get("evidence")))
    dates = sorted({str(f.props["date"]) for f in facts if f.props.get("date")})
    rows = [[PROP_NAMES["date"], "、".join(dates)]] if dates else []
    more = len(sentences) - TIP_SENTENCES
    told = f"另有 {more} 句未列出" if more > 0 else None
    drawn = not any("evidence" in f.props for f in facts)  # a page's subgraph: sentences on click
    return {"head": head + count,
            "sub": f"{names.get(first.source, first.source)} → {names.get(first.target, first.target)}",
            "rows": rows, "quotes": sentences[:TIP_SENTENCES],
            "more": ON_CLICK if drawn else told}  # fmt: skip


def _caption(facts: list[Edge]) -> str:
    """One caption for a pair's facts: the role or kind only when they all share it."""
    details = {edge_caption(f.type, f.props) for f in facts}
    caption = details.pop() if len(details) == 1 else edge_caption(facts[0].type, {})
    return f"{caption} ×{len(facts)}" if len(facts) > 1 else caption


def _edge_item(key: tuple[str, str, str], facts: list[Edge], names: dict[str, str],
               captions: bool) -> dict[str, Any]:  # fmt: skip
    style = EDGE_STYLES.get(key[2], EDGE_STYLES["RELATED_TO"])
    both = len({(f.source, f.target) for f in facts}) > 1
    return {"id": merged_id(key), "from": facts[0].source, "to": facts[0].target,
            "type": key[2], "count": len(facts), "color": style["color"],
            "dashes": style["dashes"], "width": 1 + math.log2(len(facts)),
            "arrows": "to, from" if both else "to",
            "label": _caption(facts) if captions else None,
            "tip": edge_tip(facts, names)}  # fmt: skip


def _node_item(node: Node, degree: int, center: str | None) -> dict[str, Any]:
    style = NODE_STYLES.get(node.label, FALLBACK_NODE)
    return {"id": node.id, "label": short_name(node.name) or node.id, "kind": node.label,
            "name": node_title(node), "shape": style["shape"], "color": style["color"],
            "size": node_size(degree), "borderWidth": 3 if node.id == center else 1,
            "href": ("/meetings/" if node.label == "Meeting" else "/nodes/") + quote(node.id, safe=""),
            "tip": node_tip(node)}  # fmt: skip


def vis_view(graph: Subgraph, center: str | None = None) -> dict[str, Any]:
    """Return what vis-network draws for ``graph``, ``center`` in the middle and outlined.

    Args:
        graph: the nodes and the edges between them.
        center: the id of the node the view is about.

    Returns:
        ``{"nodes", "edges", "options"}``: nodes with their place, size and tooltip; one edge
        per pair and type with its count and sentences.

    >>> g = Subgraph(nodes=[Node(id="b", label="Bureau", name="<b>局</b>"),
    ...                     Node(id="i", label="Initiative", name="工作")],
    ...              edges=[Edge(id=f"e{n}", type="REPORTED", source="b", target="i",
    ...                          props={"evidence": f"第{n}句。"}) for n in range(3)])
    >>> view = vis_view(g, "b")
    >>> view["nodes"][0]["label"], [(e["label"], e["count"]) for e in view["edges"]]
    ('<b>局</b>', [('汇报 ×3', 3)])
    """
    shown = {node.id for node in graph.nodes}
    groups = {k: v for k, v in merge_edges(graph.edges).items() if k[0] in shown and k[1] in shown}
    degree: dict[str, int] = defaultdict(int)
    for a, b, _ in {(k[0], k[1], "") for k in groups}:
        degree[a] += 1
        degree[b] += 1
    names = {node.id: node_title(node) for node in graph.nodes}
    nodes = [_node_item(node, degree[node.id], center) for node in graph.nodes]
    boxes = {n["id"]: box(n["label"], n["size"], FONT_SIZE) for n in nodes}
    placed = positions([n["id"] for n in nodes], [(k[0], k[1]) for k in groups], center, boxes)
    for item in nodes:
        item["x"], item["y"] = placed[item["id"]]
    captions = len(groups) <= EDGE_CAPTIONS_UP_TO
    edges = [_edge_item(key, facts, names, captions) for key, facts in groups.items()]
    return {"nodes": nodes, "edges": edges, "options": _OPTIONS}
