"""A subject whose first word reads like the preposition of a report (就业 beside 就…作汇报, 对口
beside 对…作说明, 关心 beside 关于) is still what the unit reported on; a unit that explains the
item (由X作说明) reported it and was told nothing.

Each text is invented for the test.
"""

from pathlib import Path

import pytest
from invented_minutes import addressees, extract_text, report_pairs

HEAD = "3月5日，区长王明主持召开区政府第9次常务会议。"


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("会议听取了区人社局全区就业工作情况的汇报。", ("区人社局", "全区就业")),
        ("会议听取区人社局2024年就业工作情况汇报。", ("区人社局", "2024年就业")),
        ("会议听取了区人社局就业创业工作情况汇报。", ("区人社局", "就业创业")),
        ("会议听取了区发改局对口支援工作情况的汇报。", ("区发改局", "对口支援")),
        ("会议听取了区关工委关心下一代工作情况汇报。", ("区关工委", "关心下一代")),
    ],
)
def test_extract_a_subject_opening_like_a_preposition_is_reported(
    tmp_path: Path, body: str, pair: tuple[str, str]
) -> None:
    assert report_pairs(extract_text(tmp_path, HEAD + body)) == {pair}


def test_extract_on_business_training_is_read_as_on_and_its_subject(tmp_path: Path) -> None:
    body = "区人社局就业务培训工作作了汇报。"
    assert report_pairs(extract_text(tmp_path, HEAD + body)) == {("区人社局", "业务培训")}


@pytest.mark.parametrize("explains", ["由区水利局作说明", "由区水利局作了情况汇报"])
def test_extract_the_unit_that_explains_an_item_reported_and_was_told_nothing(
    tmp_path: Path, explains: str
) -> None:
    result = extract_text(tmp_path, HEAD + f"会议听取了关于全区防汛准备工作的汇报，{explains}。")
    assert report_pairs(result) == {("区水利局", "全区防汛准备工作")}
    assert addressees(result) == set()


def test_extract_a_unit_called_on_through_its_people_reported_what_followed(
    tmp_path: Path,
) -> None:
    body = "请区交警大队同志汇报关于全区道路交通管理工作有关情况。\n【区交警大队同志发言】\n"
    assert report_pairs(extract_text(tmp_path, HEAD + "\n" + body)) == {
        ("区交警大队", "全区道路交通管理工作有关情况")
    }


def test_extract_a_report_the_attendees_heard_is_a_report(tmp_path: Path) -> None:
    body = "与会人员听取了区司法局关于《区行政应诉工作规定》的解读。"
    assert report_pairs(extract_text(tmp_path, HEAD + body)) == {("区司法局", "区行政应诉工作规定")}


def test_extract_the_attendees_discussing_an_item_open_no_item_of_their_own(
    tmp_path: Path,
) -> None:
    body = (
        "会议听取了《区政府工作报告（审议稿）》和《区财政预算报告》起草情况的汇报。"
        "与会同志逐一讨论了两个报告，分别提出了修改意见。会议要求，各起草部门要认真梳理。"
    )
    result = extract_text(tmp_path, HEAD + body)
    assert [(d.to, d.item) for d in result.directed] == [("各起草部门", 1)]


def test_extract_a_company_in_a_list_of_heard_topics_reported_nothing(tmp_path: Path) -> None:
    body = "会议听取了全县住房保障工作，甲项目、乙项目，某某集团投资项目、全县安全生产等工作的情况汇报。"
    result = extract_text(tmp_path, HEAD + body)
    assert report_pairs(result) == set()
    assert result.bureaus == []


@pytest.mark.parametrize(
    "body",
    [
        "会议听取了区住建局张三局长关于老旧小区改造工作的汇报。",
        "会议听取了张三局长代表区住建局所作的老旧小区改造工作汇报。",
    ],
)
def test_extract_a_person_named_before_the_title_stands_for_the_unit(
    tmp_path: Path, body: str
) -> None:
    result = extract_text(tmp_path, HEAD + body)
    assert report_pairs(result) == {("区住建局", "老旧小区改造")}
    assert [b.name for b in result.bureaus] == ["区住建局"]
