"""The graph the page tests load: the seed minutes, two development documents and hostile names.

Used by the pages over HTTP (``tests/pages``), in a browser and by the API's hardening tests.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from graph_service.graph_models import Edge, GraphBatch, Node
from graph_service.loading.run import load_paths
from graph_service.stores.protocol import GraphStore

DATA = Path(__file__).resolve().parent / "data"
SEED = DATA / "scoring" / "000_7b27b0e132a07cd2.txt"
DEV = [DATA / "minutes" / name for name in ("a01_xuhui_paragraph_abbrev.txt",
                                             "a16_shibei_directive_forms.txt")]  # fmt: skip
GOV = "长宁区人民政府"
MEETING = f"meeting:{GOV}:2024-04-24:73"
INVESTMENT = f"initiative:{GOV}:重点投资项目建设"
SPORTS = f"bureau:{GOV}:区体育局"
HOSTILE_BUREAU = "bureau:测试县人民政府:<script>window.__pwned=1</script>局"
HOSTILE_PLAN = "plan:测试县人民政府:<img src=x onerror=window.__pwned=2>方案"
HOSTILE_EVIDENCE = "会议听取了<script>window.__pwned=3</script>局关于<img src=x onerror=window.__pwned=4>方案的汇报。"


def hostile_batch() -> GraphBatch:
    """A document whose bureau, plan and evidence carry markup that must never run."""
    bureau = Node(id=HOSTILE_BUREAU, label="Bureau", name=HOSTILE_BUREAU.split(":")[-1],
                  props={"government": "测试县人民政府", "aliases": ["<b>局</b>"]})  # fmt: skip
    plan = Node(id=HOSTILE_PLAN, label="PolicyPlan", name=HOSTILE_PLAN.split(":")[-1],
                props={"government": "测试县人民政府"})  # fmt: skip
    edge = Edge(id="reported:hostile", type="REPORTED", source=bureau.id, target=plan.id,
                props={"doc": "f" * 64, "file": "hostile.txt", "evidence": HOSTILE_EVIDENCE,
                       "role": "lead", "date": "2024-01-02"})  # fmt: skip
    return GraphBatch(doc="f" * 64, source="hostile.txt", nodes=[bureau, plan], edges=[edge])


def load_page_data(store: GraphStore) -> None:
    """Load the seed minutes, two development documents and the hostile names into ``store``."""
    report = load_paths(store, [SEED, *DEV])
    assert not report.failed
    store.write(hostile_batch())


def page_url(kind: str, node_id: str) -> str:
    """The address of a node's page, as the pages write it."""
    return f"/{kind}/{quote(node_id, safe='')}"
