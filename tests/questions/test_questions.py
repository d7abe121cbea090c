"""The named questions: what they answer on the seed minutes, on each store.

Each store holds the seed plus the development set for the whole module; that the two stores
give the same answers is checked in ``test_questions_parity.py``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from graph_service.export import graph as export
from graph_service.graph_models import NODE_LABELS, GraphBatch, Node
from graph_service.questions import graph as questions
from graph_service.questions import meetings as questions_meetings
from graph_service.questions import network as analytics
from graph_service.questions import owners as questions_owners
from graph_service.questions import searching
from graph_service.questions.answers import Page
from graph_service.questions.graph import QuestionError

DATA = Path(__file__).resolve().parents[1] / "data"
GOV = "长宁区人民政府"
MEETING = f"meeting:{GOV}:2024-04-24:73"
INVESTMENT = f"initiative:{GOV}:重点投资项目建设"
SPORTS = f"bureau:{GOV}:区体育局"
CIVIL = f"bureau:{GOV}:区民政局"
CONSTRUCTION = f"bureau:{GOV}:区建设和管理委员会"
GOV_OFFICE = f"bureau:{GOV}:区政府办公室"
FOREIGN = f"bureau:{GOV}:区外事办公室"


def _owners(store, initiative=INVESTMENT):
    answer = questions_owners.initiative_bureaus(store, initiative)
    return {owner.bureau.id: owner for owner in answer.bureaus}


def test_initiative_bureaus_seed_roles(each):
    roles = {bureau: owner.role for bureau, owner in _owners(each).items()}
    assert {k: roles.get(k) for k in (CONSTRUCTION, SPORTS, CIVIL)} == {
        CONSTRUCTION: "lead",
        SPORTS: "supplementary",
        CIVIL: "supplementary",
    }


def test_initiative_bureaus_lead_comes_first(each):
    answer = questions_owners.initiative_bureaus(each, INVESTMENT)
    assert [owner.bureau.id for owner in answer.bureaus[:3]] == [CONSTRUCTION, SPORTS, CIVIL]


def test_initiative_bureaus_canonical_node_keeps_written_alias(each):
    owner = _owners(each)[CONSTRUCTION]
    assert (owner.bureau.name, owner.aliases, owner.facts[0].written) == (
        "区建设和管理委员会",
        ["区建设管理委"],
        "区建设管理委",
    )


def test_initiative_bureaus_carry_evidence_sentences(each):
    owners = _owners(each)
    assert [owners[b].facts[0].evidence for b in (CONSTRUCTION, SPORTS, CIVIL)] == [
        "会议听取区建设管理委关于区政府重点投资项目建设推进情况的汇报。",
        "区体育局、区民政局补充汇报。",
        "区体育局、区民政局补充汇报。",
    ]


def test_initiative_bureaus_directed_in_item_is_directed(each):
    owner = _owners(each)[f"bureau:{GOV}:区重大办"]
    assert (owner.role, owner.facts[0].directive) == ("directed", "牵头统筹，做好协调推进")


def test_initiative_bureaus_reporter_of_implementing_plan(each):
    owner = _owners(each, f"initiative:{GOV}:政务公开")[GOV_OFFICE]
    assert (owner.role, owner.facts[0].subject.label) == ("lead", "PolicyPlan")


def test_initiative_bureaus_unknown_or_other_label_is_none(each):
    assert [questions_owners.initiative_bureaus(each, i) for i in ("nothing", SPORTS)] == [None] * 2


def test_initiative_bureaus_lists_the_latest_facts_and_counts_all(each):
    every = questions_owners.initiative_bureaus(each, INVESTMENT, facts=1000)
    latest = questions_owners.initiative_bureaus(each, INVESTMENT, facts=1)
    assert [(o.fact_count, o.facts[:1]) for o in latest.bureaus] == [
        (len(o.facts), o.facts[:1]) for o in every.bureaus
    ]


def test_initiative_bureaus_facts_newest_first(each):
    every = questions_owners.initiative_bureaus(each, INVESTMENT, facts=1000)
    dates = [[f.date or "" for f in owner.facts] for owner in every.bureaus]
    assert dates == [sorted(d, reverse=True) for d in dates]


def test_initiative_bureaus_default_answer_is_bounded(each):
    answer = questions_owners.initiative_bureaus(each, INVESTMENT)
    assert max(len(o.facts) for o in answer.bureaus) <= questions_owners.LATEST_FACTS


def test_initiative_bureaus_pages_the_co_owners(each):
    every = questions_owners.initiative_bureaus(each, INVESTMENT)
    page = questions_owners.initiative_bureaus(each, INVESTMENT, page=Page(offset=1, limit=2))
    assert (page.total, page.bureaus) == (len(every.bureaus), every.bureaus[1:3])


def test_bureau_partners_count_all_and_list_the_latest(each):
    answer = questions_owners.bureau_partners(each, CONSTRUCTION, shared=0)
    every = questions_owners.bureau_partners(each, CONSTRUCTION, shared=1000)
    assert [(p.count, p.shared) for p in answer.partners] == [
        (len(p.shared), []) for p in every.partners
    ]


def test_bureau_partners_pages_the_partners(each):
    every = questions_owners.bureau_partners(each, CONSTRUCTION)
    page = questions_owners.bureau_partners(each, CONSTRUCTION, page=Page(offset=1, limit=1))
    assert (page.total, page.partners) == (len(every.partners), every.partners[1:2])


def test_bureau_partners_share_the_initiative(each):
    answer = questions_owners.bureau_partners(each, SPORTS)
    shared = {p.bureau.id: [s.initiative.id for s in p.shared] for p in answer.partners}
    assert shared == {b: [INVESTMENT] for b in (CONSTRUCTION, CIVIL, f"bureau:{GOV}:区重大办")}


def test_bureau_partners_name_both_roles(each):
    answer = questions_owners.bureau_partners(each, SPORTS)
    partner = next(p for p in answer.partners if p.bureau.id == CONSTRUCTION)
    assert (partner.shared[0].roles, partner.shared[0].own_roles) == (["lead"], ["supplementary"])


def test_bureau_partners_unknown_is_none(each):
    assert questions_owners.bureau_partners(each, INVESTMENT) is None


def test_meeting_government_office_reported_two_plans(each):
    answer = questions_meetings.meeting(each, MEETING)
    reports = [r for item in answer.items for r in item.reported if r.bureau.id == GOV_OFFICE]
    assert ({r.subject.label for r in reports}, len(reports), reports[0].written) == (
        {"PolicyPlan"},
        2,
        "区府办",
    )


def test_meeting_items_are_numbered_in_order(each):
    answer = questions_meetings.meeting(each, MEETING)
    assert [item.number for item in answer.items] == list(range(1, 9))


def test_meeting_directed_named_bureaus_only(each):
    answer = questions_meetings.meeting(each, MEETING)
    directed = {d.bureau.name for item in answer.items for d in item.directed}
    assert directed == {"区外事办公室", "区重大办", "区投资促进办公室"}


def test_meeting_lists_every_directive_to_a_collective(each):
    answer = questions_meetings.meeting(each, MEETING)
    collective = [(item.number, c.to) for item in answer.items for c in item.collective]
    named = [d for item in answer.items for d in item.directed]
    assert (len(collective), len(named)) == (8, 3)
    assert (3, "工作专班") in collective and (1, "各相关部门和街道（镇）") in collective


def test_meeting_directive_to_a_collective_sits_on_the_item_initiative(each):
    item = questions_meetings.meeting(each, MEETING).items[2]
    assert {(c.to, c.subject.id) for c in item.collective} == {
        (to, f"initiative:{GOV}:电动自行车安全治理攻坚行动")
        for to in ("各位副区长", "各相关部门", "工作专班")}  # fmt: skip
    assert all("要" in c.evidence and c.directive for c in item.collective)


def test_meeting_lists_the_plans_it_approved(each):
    xuhui = "徐汇区人民政府"
    item = questions_meetings.meeting(each, f"meeting:{xuhui}:2021-03-29:128").items[0]
    assert [(a.plan.id, a.verb) for a in item.approved] == [
        (f"plan:{xuhui}:徐汇区安全生产专项整治三年行动2021年度工作要点", "审议并原则通过了")]  # fmt: skip
    assert item.approved[0].evidence.startswith("一、会议审议并原则通过了《徐汇区")


def test_meeting_without_approval_wording_approves_nothing(each):
    answer = questions_meetings.meeting(each, MEETING)
    assert [a for item in answer.items for a in item.approved] == []


def test_meeting_unknown_is_none(each):
    assert questions_meetings.meeting(each, SPORTS) is None


def test_search_alias_finds_the_canonical_bureau(each):
    hits = questions.search(each, "区应急局").hits
    hit = next(h for h in hits if h.id == f"bureau:{GOV}:区应急管理局")
    assert (hit.name, hit.match) == ("区应急管理局", "alias")


def test_search_exact_name_comes_first(each):
    assert questions.search(each, "政务公开").hits[0].id == f"initiative:{GOV}:政务公开"


def test_search_finds_a_substring_of_a_name(each):
    hits = questions.search(each, "急管理").hits
    assert f"bureau:{GOV}:区应急管理局" in {hit.id for hit in hits}


def test_search_one_character_uses_characters(each):
    hits = questions.search(each, "局", label="Bureau", limit=10).hits
    assert len(hits) == 10 and all("局" in hit.name for hit in hits)


def test_search_label_filter_keeps_only_that_label(each):
    hits = questions.search(each, "安全", label="Initiative").hits
    assert hits and {hit.label for hit in hits} == {"Initiative"}


def test_search_without_letters_raises(each):
    with pytest.raises(QuestionError, match="at least one"):
        questions.search(each, "《》 ")


def test_search_unknown_label_raises(each):
    with pytest.raises(QuestionError, match="label"):
        questions.search(each, "局", label="Person")


def test_node_detail_has_edges_in_both_directions(each):
    answer = questions.node_detail(each, FOREIGN)
    assert {(view.direction, view.edge.type) for view in answer.edges} == {
        ("out", "REPORTED"),
        ("in", "DIRECTED"),
    }


def test_node_detail_unknown_is_none(each):
    assert questions.node_detail(each, "bureau:nowhere:nobody") is None


def test_paths_between_co_owners_go_through_the_initiative(each):
    answer = questions.paths(each, SPORTS, CIVIL)
    assert (answer.length, [[n.id for n in p.nodes] for p in answer.paths]) == (
        2,
        [[SPORTS, INVESTMENT, CIVIL]],
    )


def test_paths_edges_carry_evidence(each):
    answer = questions.paths(each, SPORTS, CIVIL)
    assert all(edge.props.get("evidence") for edge in answer.paths[0].edges)


def test_paths_beyond_max_hops_are_left_out(each):
    answer = questions.paths(each, SPORTS, GOV_OFFICE, max_hops=3)
    assert (answer.length, answer.paths) == (None, [])


def test_paths_same_node_raises(each):
    with pytest.raises(QuestionError, match="itself"):
        questions.paths(each, SPORTS, SPORTS)


def test_paths_unknown_node_is_none(each):
    assert questions.paths(each, SPORTS, "bureau:nowhere:nobody") is None


def test_subgraph_depth_one_is_the_neighbours(each):
    answer = questions.subgraph(each, SPORTS, depth=1)
    assert ({n.id for n in answer.nodes}, answer.truncated) == ({SPORTS, INVESTMENT}, False)


def test_subgraph_limit_cuts_and_says_so(each):
    answer = questions.subgraph(each, SPORTS, depth=3, limit=5)
    assert (len(answer.nodes), answer.truncated) == (5, True)


def test_subgraph_edges_join_kept_nodes_only(each):
    answer = questions.subgraph(each, MEETING, depth=2, limit=20)
    kept = {n.id for n in answer.nodes}
    assert answer.edges and all({e.source, e.target} <= kept for e in answer.edges)


def _plain_edges(store, answer, as_of=None):
    """The edges among an answer's nodes as the store's relationships, read the plain way."""
    rows = questions.ask(store, "q_subgraph_nodes", ids=sorted(n.id for n in answer.nodes),
                         as_of=as_of)  # fmt: skip
    return sorted((e for row in rows for e in row["edges"]), key=lambda e: e.id)


@pytest.mark.parametrize("as_of", [None, "2024-04-24"])
@pytest.mark.parametrize("center", [MEETING, SPORTS, INVESTMENT])
def test_subgraph_packed_edges_are_the_stores_relationships(each, center, as_of):
    answer = questions.subgraph(each, center, depth=3, as_of=as_of)
    plain = _plain_edges(each, answer, as_of)
    assert plain and [e.model_dump() for e in answer.edges] == [e.model_dump() for e in plain]
    assert all(e.props.get("span") and e.props.get("evidence") for e in answer.edges)


def test_subgraph_an_edge_that_does_not_unpack_reads_them_all_plain(each, monkeypatch):
    packed = questions.subgraph(each, MEETING, depth=2)
    monkeypatch.setattr(questions, "unpacked", lambda text: None)
    plain = questions.subgraph(each, MEETING, depth=2)
    assert plain.edges and plain.model_dump() == packed.model_dump()


def test_reach_is_the_subgraphs_ids_and_cut(each):
    answer = questions.subgraph(each, MEETING, depth=2, limit=6)
    ids, truncated = questions.reach(each, MEETING, depth=2, limit=6)
    assert (ids, truncated) == ({n.id for n in answer.nodes}, answer.truncated)


def test_labels_by_id_are_the_nodes_labels(each):
    nodes = questions.subgraph(each, MEETING, depth=2).nodes
    found = questions.labels_by_id(each, [n.id for n in nodes] + ["bureau:nowhere:nobody"])
    assert found == {n.id: n.label for n in nodes}


def test_timeline_initiative_lists_agenda_reports_and_directives_to_bureaus_and_collectives(each):
    events = questions_meetings.timeline(each, INVESTMENT).events
    assert sorted(event.kind for event in events) == (
        ["agenda"] + ["collective"] * 2 + ["directed"] + ["reported"] * 3
    )


def test_timeline_events_are_dated_and_name_the_meeting(each):
    events = questions_meetings.timeline(each, FOREIGN).events
    assert {(e.date, e.meeting.id) for e in events} == {("2024-04-24", MEETING)}


def test_timeline_is_sorted_by_date(each):
    events = questions_meetings.timeline(each, f"initiative:{GOV}:招商引资").events
    dates = [event.date for event in events]
    assert dates == sorted(dates)


def test_timeline_of_a_meeting_raises(each):
    with pytest.raises(QuestionError, match="bureaus and initiatives"):
        questions_meetings.timeline(each, MEETING)


def test_bureau_network_degree_counts_partners(each):
    network = analytics.bureau_network(each)
    sports = next(m for m in network.bureaus if m.bureau.id == SPORTS)
    assert (sports.degree, sports.initiatives) == (3, 1)


def test_bureau_network_co_owners_share_a_community(each):
    network = analytics.bureau_network(each)
    community = {m.bureau.id: m.community for m in network.bureaus}
    assert community[SPORTS] == community[CIVIL] == community[CONSTRUCTION]


def test_export_json_holds_the_whole_graph(each):
    graph = export.graph_of(each)
    stats = each.stats()
    assert (len(graph.nodes), len(graph.edges)) == (
        sum(stats.nodes.values()),
        sum(stats.edges.values()),
    )


def test_export_graphml_reads_back_with_evidence(each):
    found = export.export(each, "graphml", node=SPORTS, depth=1)
    graph = nx.read_graphml(io.BytesIO(found.content))
    evidence = {data["evidence"] for _, _, data in graph.edges(data=True)}
    assert "区体育局、区民政局补充汇报。" in evidence


def test_export_csv_zip_has_nodes_and_edges(each):
    found = export.export(each, "csv", node=SPORTS, depth=1)
    archive = zipfile.ZipFile(io.BytesIO(found.content))
    edges = archive.read("edges.csv").decode("utf-8-sig")
    assert (found.filename, "区体育局、区民政局补充汇报。" in edges) == (
        "minutes-kg-subgraph.zip",
        True,
    )


def test_export_unknown_node_is_none(each):
    assert export.export(each, "json", node="bureau:nowhere:nobody") is None


def _ranked_by_any_term(store, q, limit):
    """The page ranking every node with any of the query's terms gives, nothing bounded: every
    exact hit, then the nodes sharing half the terms or more, most shared first."""
    terms = questions.search_terms(q)
    params = {"terms": terms, "q": q, "labels": list(NODE_LABELS), "offset": 0, "as_of": None,
              "government": None, "bound": 1_000_000}  # fmt: skip
    exact = questions.ask(store, "q_search_exact", **params, limit=limit)[0]["page"]
    rest = questions.ask(store, "q_search", **params, groups=[[t] for t in terms],
                         candidates=1_000_000, limit=limit - len(exact))[0]["page"]  # fmt: skip
    return [hit[0] for hit in exact + rest]


@pytest.mark.parametrize("limit", [1, 3, 20])
@pytest.mark.parametrize(
    "q", ["区应急局", "政务公开", "急管理", "安全", "区体育局", "重点投资", "工作"]
)
def test_search_asking_for_every_term_first_gives_the_page_of_any_term(each, q, limit):
    # A search first asks for exact hits, then the index for nodes with every term, and stops
    # there when they fill the page: that page must be the one ranking every node with any of
    # the terms gives.
    hits = questions.search(each, q, limit=limit).hits
    assert hits and [hit.id for hit in hits] == _ranked_by_any_term(each, q, limit)


@pytest.mark.parametrize("q", ["区应急局", "安全生产", "工作", "局"])
def test_search_asking_for_half_the_terms_gives_the_page_of_any_term(each, q):
    # The third part asks the index for nodes holding half the terms at least, never for the
    # union of every node with one of them: the answer must be the one that union ranks.
    hits = questions.search(each, q, limit=200)
    assert not hits.more and [hit.id for hit in hits.hits] == _ranked_by_any_term(each, q, 200)


def test_search_bound_says_more_and_keeps_every_exact_hit_first(each, monkeypatch):
    # Past the bound, nodes with every term are ranked among the first the index gives only, and
    # the answer says so; exact hits are found by name and alias, whatever the bound.
    whole = questions.search(each, "区应急局", limit=50)
    exact = [hit.id for hit in whole.hits if hit.match != "terms"]
    monkeypatch.setattr(searching, "SEARCH_BOUND", 2)
    bounded = questions.search(each, "区应急局", limit=50)
    assert (whole.more, bounded.more, f"bureau:{GOV}:区应急管理局" in exact) == (False, True, True)
    assert [hit.id for hit in bounded.hits[: len(exact)]] == exact
    assert len(whole.hits) > len(exact) + 2 >= len(bounded.hits)


def test_search_bound_met_by_one_term_query_says_more(each, monkeypatch):
    monkeypatch.setattr(searching, "SEARCH_BOUND", 5)
    answer = questions.search(each, "局", label="Bureau", limit=20)
    assert answer.more and len(answer.hits) == 5 and all("局" in hit.name for hit in answer.hits)


def test_search_exact_hits_come_from_the_names_not_the_terms(store):
    # Terms are lowercased, not simplified: a traditional name holds none of the simplified terms
    # a query is turned into, and is an exact hit by its name alone (so is a bureau's alias).
    gov = "臺北市政府"
    store.write(GraphBatch(doc="h", source="t.txt", nodes=[
        Node(id=f"initiative:{gov}:政務公開", label="Initiative", name="政務公開", props={"government": gov}),
        Node(id=f"bureau:{gov}:市應急管理局", label="Bureau", name="市應急管理局",
             props={"government": gov, "aliases": ["市應急局"]}),
    ]))  # fmt: skip
    found = [questions.search(store, q).hits for q in ("政務公開", "市應急局")]
    assert [[(hit.id, hit.match) for hit in hits] for hits in found] == [
        [(f"initiative:{gov}:政務公開", "name")],
        [(f"bureau:{gov}:市應急管理局", "alias")],
    ]


def test_search_pages_past_the_exact_hits_list_each_hit_once(each):
    # The every-term part ranks the exact hits among its own; the search drops them there.
    hits = questions.search(each, "区应急局", limit=6).hits
    whole = [hit.id for hit in hits]
    pages = [hit.id for offset, limit in ((0, 1), (1, 3), (4, 2)) for hit in
             questions.search(each, "区应急局", limit=limit, offset=offset).hits]  # fmt: skip
    assert (hits[0].match, hits[-1].match) == ("alias", "terms")
    assert len(set(whole)) == len(whole) == 6 and pages == whole


def test_search_pages_follow_one_another(each):
    whole = [hit.id for hit in questions.search(each, "局", limit=12).hits]
    pages = [
        hit.id for k in (0, 5, 10) for hit in questions.search(each, "局", limit=5, offset=k).hits
    ]
    assert len(whole) == 12 and pages[:12] == whole
