"""The Cypher console page: saved parameterised questions, the read-only rules it shows, and
the schema beside the editor (labels, relationship types, their property keys, the kinds).

The questions are plain analyst Cypher: they run through ``POST /api/cypher`` under the same
rules as anything typed in the console, on either store. A query and its parameters can come in
the page's address (``/cypher?q=…&params=…``), so a query can be shared as a link.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field

from graph_service.graph_models import EDGE_TYPES, NODE_LABELS
from graph_service.questions.asking import ask
from graph_service.settings import Settings
from graph_service.stores.protocol import GraphStore


class SavedQuestion(BaseModel):
    """A named query with its parameters, ready to run in the console."""

    key: str
    title: str
    query: str
    params: dict[str, Any] = Field(default_factory=dict)


class ConsolePage(BaseModel):
    """What the console shows besides the editor, and the query it opens with."""

    questions: list[SavedQuestion]
    rules: list[str]
    query: str = Field(
        description="the query in the editor: the address's, or the first question's"
    )
    params: str = Field("{}", description="its parameters as JSON text, as the editor shows them")
    run: bool = Field(False, description="the query came in the address: run it on opening")


class SchemaEntry(BaseModel):
    """A node label or relationship type: how many the graph holds and their property keys."""

    name: str = Field(examples=["Bureau"])
    count: int
    keys: list[str] = Field(default_factory=list, examples=[["id", "name", "government"]])


class ConsoleSchema(BaseModel):
    """What a console query can name: labels, relationship types, property keys, kinds."""

    labels: list[SchemaEntry]
    types: list[SchemaEntry]
    kinds: list[str] = Field(description="the values of `kind` on RELATED_TO edges")


CO_OWNERS = """MATCH (b:Bureau)-[r:REPORTED]->(i:Initiative)
WHERE i.name CONTAINS $initiative
RETURN i.name AS initiative, b.name AS bureau, r.role AS role, r.evidence AS evidence
UNION
MATCH (b:Bureau)-[r:REPORTED]->(p:PolicyPlan)-[k:RELATED_TO]->(i:Initiative)
WHERE i.name CONTAINS $initiative AND k.kind = 'implements'
RETURN i.name AS initiative, b.name AS bureau, r.role AS role, r.evidence AS evidence"""

MEETING_DIRECTED = """MATCH (m:Meeting)-[d:DIRECTED]->(b:Bureau)
WHERE m.id = $meeting
RETURN d.item AS item, b.name AS bureau, d.directive AS directive, d.evidence AS evidence
ORDER BY item, bureau"""

PARTNERS = """MATCH (a:Bureau)-[:REPORTED]->(t)<-[:REPORTED]-(b:Bureau)
WHERE a.id < b.id
RETURN a.name AS bureau_a, b.name AS bureau_b, count(DISTINCT t) AS shared
ORDER BY shared DESC, bureau_a, bureau_b
LIMIT 20"""

MEETING_GRAPH = """MATCH (m:Meeting)-[d:DIRECTED]->(b:Bureau)
WHERE m.id = $meeting
RETURN m, d, b"""


def saved_questions(meeting_id: str | None, initiative: str = "投资") -> list[SavedQuestion]:
    """Return the saved questions, their parameters filled with values from the graph.

    Args:
        meeting_id: a meeting to ask about (the latest one), or ``None`` on an empty graph.
        initiative: part of an initiative's name.

    Returns:
        The questions, in the order the console lists them.

    >>> [q.key for q in saved_questions("meeting:x")]
    ['co_owners', 'meeting_directed', 'partners', 'meeting_graph']
    """
    meeting = {"meeting": meeting_id or ""}
    return [
        SavedQuestion(key="co_owners", title="谁共同负责某项工作", query=CO_OWNERS,
                      params={"initiative": initiative}),
        SavedQuestion(key="meeting_directed", title="某次会议部署了谁做什么",
                      query=MEETING_DIRECTED, params=meeting),
        SavedQuestion(key="partners", title="合作最多的部门（共同汇报的事项数）", query=PARTNERS),
        SavedQuestion(key="meeting_graph", title="某次会议部署的部门（以图显示）",
                      query=MEETING_GRAPH, params=meeting),
    ]  # fmt: skip


def rules(settings: Settings) -> list[str]:
    """Return the console's read-only rules, with the configured time limit and row cap.

    >>> any("1000" in rule for rule in rules(Settings()))
    True
    """
    return [
        "只读：CREATE、MERGE、SET、DELETE、REMOVE、DROP 等写入或修改结构的语句会被拒绝。",
        "不能访问图以外的内容：LOAD CSV、apoc.load*、apoc.import*、apoc.export*、dbms.* 等会被拒绝。",
        "每次只能提交一条语句；数值请写成 $参数，并在“参数”框中以 JSON 给出。",
        f"时间上限 {settings.cypher_timeout_s:g} 秒；最多返回 {settings.cypher_max_rows} 行，"
        "超出时结果标为“已截断”。",
        "被拒绝或超时的查询会显示原因（英文原文），图中的数据不会改变。",
    ]


def console_page(
    store: GraphStore, settings: Settings, query: str | None = None, params: str | None = None
) -> ConsolePage:
    """Return the console's saved questions (about the latest meeting), its rules, and the query
    it opens with: ``query`` when the address gave one (run on opening), else the first question."""
    latest = ask(store, "q_recent_meetings", limit=1).first()
    questions = saved_questions(latest["m"].id if latest else None)
    first = questions[0]
    if query:
        return ConsolePage(questions=questions, rules=rules(settings), query=query,
                           params=params or "{}", run=True)  # fmt: skip
    return ConsolePage(questions=questions, rules=rules(settings), query=first.query,
                       params=json.dumps(first.params, ensure_ascii=False))  # fmt: skip


SCHEMA_SAMPLE = 1000
"""Nodes of each label (and edges of each type) whose keys the schema list reads."""


def schema(store: GraphStore) -> ConsoleSchema:
    """Return the labels and relationship types of the graph with their counts and property keys,
    and the kinds of RELATED_TO edges, each read from the first nodes or edges of its kind only."""
    counts = {row["name"]: row["count"] for row in ask(store, "q_schema_counts")}
    node_keys = {row["label"]: sorted(row["keys"])
                 for row in ask(store, "q_schema_node_keys", sample=SCHEMA_SAMPLE)}  # fmt: skip
    edge_keys = {row["type"]: sorted(row["keys"])
                 for row in ask(store, "q_schema_edge_keys", sample=SCHEMA_SAMPLE)}  # fmt: skip
    return ConsoleSchema(
        labels=[SchemaEntry(name=n, count=counts.get(n, 0), keys=node_keys.get(n, []))
                for n in NODE_LABELS],
        types=[SchemaEntry(name=t, count=counts.get(t, 0), keys=edge_keys.get(t, []))
               for t in EDGE_TYPES],
        kinds=[row["kind"] for row in ask(store, "q_schema_kinds", sample=10 * SCHEMA_SAMPLE)],
    )  # fmt: skip
