"""What a graph page draws, decided on the server: merged edges, sizes, layout and tooltips."""

from __future__ import annotations

import itertools

from graph_service.graph_models import Edge, Node, Subgraph
from viz.layout import Box, box, positions
from viz.network import FONT_SIZE, vis_view

GOV = "长宁区人民政府"


def _bureau(name: str) -> Node:
    return Node(id=f"bureau:{GOV}:{name}", label="Bureau", name=name, props={"government": GOV})


def _reported(n: int, source: str, target: str, **props: str) -> Edge:
    return Edge(id=f"r{n}:{source}", type="REPORTED", source=source, target=target,
                props={"evidence": f"第{n}次汇报。", "date": f"2024-0{n % 9 + 1}-01", **props})  # fmt: skip


def _star(spokes: int) -> Subgraph:
    hub = Node(id="initiative:x", label="Initiative", name="重点投资项目建设")
    bureaus = [_bureau(f"区第{n}个很长名字的管理委员会") for n in range(spokes)]
    edges = [_reported(n, b.id, hub.id) for n, b in enumerate(bureaus)]
    return Subgraph(nodes=[hub, *bureaus], edges=edges)


def _boxes(view: dict) -> list[Box]:
    found = []
    for node in view["nodes"]:
        b = box(node["label"], node["size"], FONT_SIZE)
        b.x, b.y = node["x"], node["y"]
        found.append(b)
    return found


def test_vis_view_draws_one_edge_per_pair_and_type_with_its_count():
    sports = _bureau("区体育局")
    plan = Node(id="plan:x", label="PolicyPlan", name="实施方案")
    facts = [_reported(n, sports.id, plan.id) for n in range(3)]
    meeting = Node(id="meeting:x", label="Meeting", name="第73次常务会议")
    directed = Edge(id="d", type="DIRECTED", source=meeting.id, target=sports.id,
                    props={"evidence": "请区体育局抓紧推进。"})  # fmt: skip
    view = vis_view(Subgraph(nodes=[sports, plan, meeting], edges=[*facts, directed]))
    drawn = {(e["type"], e["count"]) for e in view["edges"]}
    assert drawn == {("REPORTED", 3), ("DIRECTED", 1)}


def test_vis_view_edge_tooltip_lists_each_sentence_once():
    a, b = _bureau("区体育局"), Node(id="plan:x", label="PolicyPlan", name="方案")
    facts = [_reported(1, a.id, b.id), _reported(2, a.id, b.id), _reported(1, a.id, b.id)]
    facts[2] = facts[2].model_copy(update={"id": "again"})
    (edge,) = vis_view(Subgraph(nodes=[a, b], edges=facts))["edges"]
    assert edge["tip"]["quotes"] == ["第1次汇报。", "第2次汇报。"]
    assert edge["tip"]["head"] == "汇报（3 条）"


def test_vis_view_edges_both_ways_draw_one_edge_with_two_arrows():
    a, b = _bureau("甲局"), _bureau("乙局")
    view = vis_view(
        Subgraph(nodes=[a, b], edges=[_reported(1, a.id, b.id), _reported(2, b.id, a.id)])
    )
    assert [e["arrows"] for e in view["edges"]] == ["to, from"]


def test_vis_view_sizes_nodes_by_degree():
    view = vis_view(_star(6), "initiative:x")
    sizes = {n["id"]: n["size"] for n in view["nodes"]}
    hub = sizes.pop("initiative:x")
    assert all(hub > size for size in sizes.values())


def test_vis_view_layout_is_the_same_every_time():
    assert vis_view(_star(30), "initiative:x") == vis_view(_star(30), "initiative:x")


def test_vis_view_labels_do_not_overlap():
    boxes = _boxes(vis_view(_star(80), "initiative:x"))
    touching = [(a, b) for a, b in itertools.combinations(boxes, 2)
                if min(a.overlap(b)) > 0]  # fmt: skip
    assert touching == []


def test_vis_view_uses_a_wide_canvas():
    view = vis_view(_star(40), "initiative:x")
    xs, ys = [n["x"] for n in view["nodes"]], [n["y"] for n in view["nodes"]]
    assert (max(xs) - min(xs)) > 1.3 * (max(ys) - min(ys))


def test_positions_put_a_crowded_pair_apart():
    boxes = {n: box("区应急管理局", 10, FONT_SIZE) for n in "ab"}
    placed = positions(["a", "b"], [], None, boxes)
    assert min(boxes["a"].overlap(boxes["b"])) <= 0 and placed["a"] != placed["b"]


def test_vis_view_node_tooltip_names_the_government_and_chinese_keys():
    (node,) = vis_view(Subgraph(nodes=[_bureau("区体育局")]))["nodes"]
    assert node["tip"]["head"] == f"区体育局（{GOV}）"
    assert ["所属政府", GOV] in node["tip"]["rows"]


def test_vis_view_edge_drawn_without_sentences_says_a_click_shows_them():
    sports, plan = _bureau("区体育局"), Node(id="plan:x", label="PolicyPlan", name="实施方案")
    facts = [Edge(id=f"r{n}", type="REPORTED", source=sports.id, target=plan.id,
                  props={"role": "lead", "date": "2024-04-24"}) for n in range(2)]  # fmt: skip
    (edge,) = vis_view(Subgraph(nodes=[sports, plan], edges=facts))["edges"]
    assert edge["tip"]["quotes"] == [] and edge["tip"]["more"] == "单击关系查看原句"
    assert edge["tip"]["rows"] == [["日期", "2024-04-24"]] and edge["count"] == 2
