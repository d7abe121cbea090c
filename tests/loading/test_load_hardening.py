"""Loading ordinary minutes that once failed, and a load's record surviving an interrupted load."""

from __future__ import annotations

import pytest

from graph_service.loading import history
from graph_service.loading.run import load_uploads

# A plan whose title is its initiative's name: the plan implements an initiative of the same name.
PLAN_NAMED_AS_INITIATIVE = """青溪县人民政府常务会议纪要

2023年7月5日，县长主持召开县政府第18次常务会议。

会议听取县应急局关于《{title}》修订情况的汇报。会议指出，汛期将至，要抓紧完善预案。县应急局要组织各乡镇开展演练。

会议还研究了其他事项。
"""


@pytest.mark.parametrize("title", ["防汛抗旱应急预案", "河道管理条例"])
def test_load_uploads_plan_titled_as_its_initiative_loads(store, title):
    text = PLAN_NAMED_AS_INITIATIVE.format(title=title).encode()
    (result,) = load_uploads(store, [("flood.txt", text)]).files
    assert (result.status, result.error) == ("added", None)
    assert store.stats().edges.get("RELATED_TO", 0) >= 2  # the agenda entries and implements
