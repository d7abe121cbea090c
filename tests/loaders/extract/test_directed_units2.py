"""Directives in phrasings county and district releases use beyond a modal after the addressee:
the meeting tasking a unit with a verb of its own (会议安排/委托/指派/督促/责令/授权/指定), a colon
after the addressee, a unit given its role (为牵头单位), a collective told to act by its duties
(按照各自职责), a list closed by 等, and a thing handed over to a company to run.

Each text is invented for the test.
"""

from pathlib import Path

import pytest
from invented_minutes import addressees, extract_text


@pytest.mark.parametrize(
    "body",
    [
        "会议安排县住建局对全县危房进行摸排。",
        "会议委托县住建局对项目进行评审。",
        "会议指派县住建局进驻开展检查。",
        "会议督促县住建局加快学校建设进度。",
        "会议责令县住建局限期整改。",
        "会议授权县住建局代表县政府签订合作协议。",
        "会议指定县住建局作为项目业主。",
    ],
)
def test_extract_a_unit_the_meeting_tasks_with_its_own_verb_is_directed(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, body)) == {("县住建局", False)}


@pytest.mark.parametrize(
    "body",
    [
        "会议安排部署了防汛工作。",
        "会议同意安排县卫健局迎检工作经费50万元。",
        "受区长委托，副区长李四主持会议。",
    ],
)
def test_extract_money_or_a_chair_s_delegation_tasks_nobody(tmp_path: Path, body: str) -> None:
    assert addressees(extract_text(tmp_path, body)) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会议要求，区卫健委：要做好疫苗接种工作。", {("区卫健委", False)}),
        ("会议要求，区卫健委：负责做好疫苗接种工作。", {("区卫健委", False)}),
        ("会议要求，各街道：要全面排查安全隐患。", {("各街道", True)}),
    ],
)
def test_extract_an_addressee_before_a_colon_is_directed(
    tmp_path: Path, body: str, expected: set[tuple[str, bool]]
) -> None:
    assert addressees(extract_text(tmp_path, body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("县交通局为牵头单位，负责项目推进。", {("县交通局", False)}),
        (
            "会议明确，区发改局为牵头单位，区财政局为配合单位。",
            {("区发改局", False), ("区财政局", False)},
        ),
        ("会议确定区城投公司为项目实施主体。", {("区城投公司", False)}),
    ],
)
def test_extract_a_unit_given_its_role_is_directed(
    tmp_path: Path, body: str, expected: set[tuple[str, bool]]
) -> None:
    assert addressees(extract_text(tmp_path, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "会议强调，要压实责任。相关部门按照各自职责研究制定年度计划。",
        "会议要求，要加强统筹。相关部门依据各自职能做好服务保障。",
        "相关部门根据职责分工抓好落实。",
    ],
)
def test_extract_a_collective_told_to_act_by_its_duties_is_directed(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, body)) == {("相关部门", True)}


def test_extract_a_collective_that_acted_by_its_duties_is_not_directed(tmp_path: Path) -> None:
    body = "会议指出，今年以来相关部门按照各自职责开展了排查。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_departments_and_domains_closed_by_etc_are_one_collective(tmp_path: Path) -> None:
    body = "会议要求，纪检监察、财政部门、审计部门等要做好监督检查。"
    expected = {("纪检监察、财政部门、审计部门等", True)}
    assert addressees(extract_text(tmp_path, body)) == expected


def test_extract_named_units_closed_by_etc_are_each_directed(tmp_path: Path) -> None:
    body = "会议要求，区财政局、区审计局等要做好监督检查。"
    assert addressees(extract_text(tmp_path, body)) == {("区财政局", False), ("区审计局", False)}


def test_extract_a_thing_handed_over_to_a_company_to_run_tells_it_nothing(tmp_path: Path) -> None:
    body = "会议认为，该项目应交由某某客运有限公司经营，不宜交给个人。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_a_named_unit_acting_with_another_shares_the_directive(tmp_path: Path) -> None:
    body = "区财政局会同区审计局开展专项检查。"
    assert addressees(extract_text(tmp_path, body)) == {("区财政局", False), ("区审计局", False)}


def test_extract_units_that_run_production_are_a_collective(tmp_path: Path) -> None:
    body = "会议强调，生产经营单位要落实安全生产主体责任。"
    assert addressees(extract_text(tmp_path, body)) == {("生产经营单位", True)}


def test_extract_a_timeline_label_before_the_addressee_is_no_part_of_it(tmp_path: Path) -> None:
    body = "【会议要求】区住建局要加快项目建设进度。"
    assert addressees(extract_text(tmp_path, body)) == {("区住建局", False)}


def test_extract_collectives_after_a_must_without_addressee_are_directed(tmp_path: Path) -> None:
    body = "会议强调，要强化协同，镇街强化主体责任意识，相关单位强化大局意识，各司其职。"
    assert addressees(extract_text(tmp_path, body)) == {("镇街", True), ("相关单位", True)}


def test_extract_a_bare_audit_bureau_is_a_unit(tmp_path: Path) -> None:
    body = "会议要求，由财政局牵头，审计局配合。"
    assert addressees(extract_text(tmp_path, body)) == {("财政局", False), ("审计局", False)}


@pytest.mark.parametrize(
    "body",
    [
        "会议指出，项目由某某建设集团有限公司承建，总投资5亿元。",
        "会议指出，该项目由区城投公司投资建设，已于去年开工。",
    ],
)
def test_extract_who_builds_a_project_is_told_nothing(tmp_path: Path, body: str) -> None:
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_a_unit_s_document_that_must_be_acted_on_tells_it_nothing(tmp_path: Path) -> None:
    body = "会议要求，区住建局提出的整改意见要逐项落实。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_who_supports_a_unit_put_in_charge_is_directed(tmp_path: Path) -> None:
    body = "会议明确，由县卫健局负责，各乡镇配合。"
    assert addressees(extract_text(tmp_path, body)) == {("县卫健局", False), ("各乡镇", True)}


def test_extract_a_unit_before_a_colon_and_numbered_musts_is_directed(tmp_path: Path) -> None:
    body = "会议要求，县住建局：一是要加快进度；二是要保障质量。"
    assert addressees(extract_text(tmp_path, body)) == {("县住建局", False)}


def test_extract_a_unit_s_request_without_a_comma_directs_nobody(tmp_path: Path) -> None:
    body = "会议指出，县应急局要求各乡镇要加强排查。"
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_property_service_enterprises_are_a_collective(tmp_path: Path) -> None:
    body = "会议要求，物业服务企业要落实消防安全责任。"
    assert addressees(extract_text(tmp_path, body)) == {("物业服务企业", True)}


def test_extract_a_company_the_meeting_supports_is_no_addressee(tmp_path: Path) -> None:
    assert addressees(extract_text(tmp_path, "会议要求，要支持县城投公司做大做强。")) == set()


def test_extract_a_collective_that_has_done_its_share_is_not_directed(tmp_path: Path) -> None:
    assert addressees(extract_text(tmp_path, "会议指出，各部门按照会议安排，已完成整改。")) == set()


def test_extract_a_unit_given_a_role_alone_in_its_sentence_is_directed(tmp_path: Path) -> None:
    body = "会议确定县城投公司为项目业主单位。"
    assert addressees(extract_text(tmp_path, body)) == {("县城投公司", False)}


def test_extract_a_unit_told_to_revise_a_document_is_directed(tmp_path: Path) -> None:
    body = "会议原则同意该方案。县住建局根据会议意见修改完善后按程序报批。"
    assert addressees(extract_text(tmp_path, body)) == {("县住建局", False)}


def test_extract_a_unit_that_reckoned_by_its_own_figures_is_not_directed(tmp_path: Path) -> None:
    body = "会议指出，县统计局根据普查结果测算，全县常住人口为30万人。"
    assert addressees(extract_text(tmp_path, body)) == set()


@pytest.mark.parametrize(
    "body",
    [
        "县住建局进一步加强工程质量监管。",
        "县住建局尽快拿出实施方案。",
        "县住建局立即组织力量进行排查。",
        "县住建局具体负责。",
        "县住建局负总责。",
    ],
)
def test_extract_a_named_unit_with_an_adverb_of_urgency_is_directed(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, "会议原则同意该方案。" + body)) == {
        ("县住建局", False)
    }


def test_extract_a_unit_after_a_verb_of_support_is_no_name_of_its_own(tmp_path: Path) -> None:
    body = "会议要求，各相关单位要积极配合区交通局尽快完成人员划转工作。"
    assert addressees(extract_text(tmp_path, body)) == {("各相关单位", True)}


def test_extract_units_summed_up_by_two_group_nouns_are_each_named(tmp_path: Path) -> None:
    body = "会议要求，县交通局、县公安局交警大队等部门和单位要加强配合。"
    expected = {("县交通局", False), ("县公安局交警大队", False)}
    assert addressees(extract_text(tmp_path, body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "会议同意县城投公司与某某银行开展战略合作。",
        "会议要求，要主动向市住建局汇报对接。",
    ],
)
def test_extract_partners_and_the_unit_reported_to_are_no_addressees(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, body)) == set()


def test_extract_the_lead_s_verb_is_no_part_of_its_name(tmp_path: Path) -> None:
    body = "经会议研究，由县发改局牵头办理。"
    assert addressees(extract_text(tmp_path, body)) == {("县发改局", False)}


def test_extract_the_heads_of_a_collective_are_a_collective(tmp_path: Path) -> None:
    body = "会议要求，各级各部门一把手要亲自抓。"
    assert addressees(extract_text(tmp_path, body)) == {("各级各部门一把手", True)}


@pytest.mark.parametrize(
    "body",
    [
        "会议委托常务副县长召集相关部门研究。",
        "会议授权县长签署合作协议。",
        "会议督促检查了各项工作落实情况。",
        "会议安排县住建局局长张三作了汇报。",
        "会议安排县住建局就项目进展作专题汇报。",
    ],
)
def test_extract_a_person_a_speaker_or_a_done_check_is_no_unit_tasked(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, body)) == set()


@pytest.mark.parametrize(
    "body", ["区住建局：负责人张三汇报了项目进展。", "县财政局：落实了资金2000万元。"]
)
def test_extract_a_unit_before_a_colon_and_what_it_did_is_not_directed(
    tmp_path: Path, body: str
) -> None:
    assert addressees(extract_text(tmp_path, body)) == set()
