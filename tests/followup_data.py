"""The follow-up minutes (tests/data/followups) and a hostile batch, as the follow-up tests load them.

青岚县 held four meetings: 古镇保护利用 was reported on in 2022 and then never again; the smart
farming plan came to one meeting only, which approved it; the directive to 县交通运输局 was never
answered; those to 县水利局 and to 各乡镇 on 河道综合治理 (2022-03-15) were answered by 县水利局's
report on it at the 2023-06-12 meeting; the one to 各乡镇 on 财政收支 (2022-09-20) never was;
县教育局, directed on 河道综合治理 on 2023-06-12, later reported on another subject only.
白沙县 held one meeting in 2021.
"""

from __future__ import annotations

from pathlib import Path

from graph_service.graph_models import Edge, GraphBatch, Node
from graph_service.loading.batch import to_batch
from graph_service.stores.protocol import GraphStore
from loaders.extract.minutes import extract
from loaders.read.readers import read_document

FOLLOWUPS = Path(__file__).resolve().parent / "data" / "followups"
QL = "青岚县人民政府"
BS = "白沙县人民政府"
M5, M9, M14 = (
    f"meeting:{QL}:2022-03-15:5",
    f"meeting:{QL}:2022-09-20:9",
    f"meeting:{QL}:2023-06-12:14",
)
TOWN = f"initiative:{QL}:古镇保护利用"
FARM_PLAN = f"plan:{QL}:青岚县智慧农业示范园建设实施方案"
TRANSPORT, WATER = f"bureau:{QL}:县交通运输局", f"bureau:{QL}:县水利局"
HOSTILE_GOV = "测试县人民政府"
HOSTILE_BUREAU = f"bureau:{HOSTILE_GOV}:<script>&局"
HOSTILE_MEETING = f"meeting:{HOSTILE_GOV}:2020-01-02:1"


def followup_batches() -> list[GraphBatch]:
    """The batches of the follow-up minutes, read and extracted like any loaded document."""
    documents = [read_document(path) for path in sorted(FOLLOWUPS.glob("*.txt"))]
    return [to_batch(extract(document), document) for document in documents]


def hostile_batch() -> GraphBatch:
    """A meeting directing a bureau whose name, directive and sentence carry markup and ``&``."""
    doc = "e" * 64
    meeting = Node(id=HOSTILE_MEETING, label="Meeting", name="<b>会议</b>&",
                   props={"government": HOSTILE_GOV, "date": "2020-01-02"})  # fmt: skip
    bureau = Node(id=HOSTILE_BUREAU, label="Bureau", name="<script>&局",
                  props={"government": HOSTILE_GOV, "aliases": ["<script>&局"]})  # fmt: skip
    props = {"doc": doc, "file": "hostile.txt", "date": "2020-01-02", "item": 1,
             "directive": "<img src=x onerror=alert(1)>&amp;",
             "evidence": "<script>&局要</script>]]>\x01按期报送。"}  # fmt: skip
    edge = Edge(id="DIRECTED:hostile:1", type="DIRECTED", source=meeting.id, target=bureau.id,
                props=props)  # fmt: skip
    return GraphBatch(doc=doc, source="hostile.txt", nodes=[meeting, bureau], edges=[edge])


def load_followups(store: GraphStore, batches: list[GraphBatch]) -> None:
    """Write the follow-up minutes and the hostile batch into ``store``."""
    for batch in [*batches, hostile_batch()]:
        store.write(batch)
