"""Named units told to act, read by the grammar of unit names rather than by the verb after them:
a unit opening the clause after a bare 会议要求, whatever it is to do; a unit summed up alone by
等部门; a unit given a role (作为牵头单位) or told to drive others (督促各部门); a unit singled
out of a collective (各部门特别是X).

Each text is invented for the test.
"""

from pathlib import Path

import pytest
from invented_minutes import addressees, extract_text


@pytest.mark.parametrize(
    "body",
    [
        "会议要求，县财政局根据会议意见修改完善后印发实施。",
        "会议要求，县财政局等部门要加强协作。",
        "会议要求，县财政局作为牵头单位要加快进度。",
        "会议要求县财政局督促各乡镇抓好落实。",
    ],
)
def test_extract_a_named_unit_told_to_act_is_named(tmp_path: Path, body: str) -> None:
    assert addressees(extract_text(tmp_path, body)) == {("县财政局", False)}


def test_extract_a_unit_singled_out_of_a_collective_is_named_beside_it(tmp_path: Path) -> None:
    result = extract_text(tmp_path, "会议强调，各部门特别是区住建局要提高认识。")
    assert addressees(result) == {("各部门", True), ("区住建局", False)}


def test_extract_a_name_read_out_of_the_middle_of_a_phrase_is_no_addressee(tmp_path: Path) -> None:
    body = "会议要求，区划调整后部分道路重名问题要尽快解决。"
    assert all(
        not group and "部" not in to for to, group in addressees(extract_text(tmp_path, body))
    )


def test_extract_a_unit_s_document_after_a_bare_request_is_no_addressee(tmp_path: Path) -> None:
    assert addressees(extract_text(tmp_path, "会议要求，县财政局的方案尽快印发。")) == set()


@pytest.mark.parametrize(
    "body",
    [
        "会议研究了将城市供水管理职能由市住建局移交到市水务局的事项。",
        "会议同意将停车管理职能由市城管局划转至市公安局。",
    ],
)
def test_extract_a_duty_moved_from_one_unit_to_another_tells_neither(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_a_change_from_one_state_to_another_tells_nobody(tmp_path: Path) -> None:
    body = "会议指出，这是推动我区由产业大区迈向产业强区的重要路径。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_an_office_named_without_its_government_shares_the_directive(
    tmp_path: Path,
) -> None:
    body = "会议要求，爱卫办要会同政府督查室开展督导检查。"
    assert addressees(extract_text(tmp_path, body)) == {("爱卫办", False), ("政府督查室", False)}


@pytest.mark.parametrize(
    "body",
    [
        "会议要求，各镇街强化主体责任，各相关单位强化协同配合。",
        "会议要求，要强化协同，各镇街强化主体责任，各相关单位强化协同配合。",
    ],
)
def test_extract_a_request_reaches_each_addressee_of_its_series(tmp_path: Path, body: str) -> None:
    assert addressees(extract_text(tmp_path, body)) == {("各镇街", True), ("各相关单位", True)}


def test_extract_a_request_reaches_collectives_past_a_purpose_clause(tmp_path: Path) -> None:
    body = (
        "会议要求：为确保下半年平稳发展，县政府各位副县长进一步加强沟通协作，形成合力，"
        "各镇、各部门全力做好重点工作。"
    )
    assert addressees(extract_text(tmp_path, body)) == {
        ("县政府各位副县长", True),
        ("各镇、各部门", True),
    }


def test_extract_a_request_reads_no_unit_out_of_its_own_work_further_on(tmp_path: Path) -> None:
    body = "会议要求：一是分步实施，先在机关和学校推开，农村地区选取两个镇开展试点。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_the_governments_team_is_a_collective(tmp_path: Path) -> None:
    body = "会议指出，区政府一班人要带头学习宪法。"
    assert addressees(extract_text(tmp_path, body)) == {("区政府一班人", True)}


def test_extract_a_request_reaches_a_collective_that_acts_correspondingly(tmp_path: Path) -> None:
    body = "会议要求，一是要加强组织领导，成立工作领导小组，各责任单位相应成立专门班子。"
    assert addressees(extract_text(tmp_path, body)) == {("各责任单位", True)}
