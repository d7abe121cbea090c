"""A unit that wrote or brought the document an item reviews is its reporter, however the
sentence places it: before the verb (会议对X提交的《A》进行了审议), as the sentence's subject
(X提请会议审议《A》), in brackets after the title, or named again after it (该意见由X起草).

Each text is invented for the test.
"""

from pathlib import Path

import pytest
from invented_minutes import addressees, extract_text, report_pairs

TITLE = "老旧小区改造实施方案"


@pytest.mark.parametrize(
    "body",
    [
        f"会议对区住建局提交的《{TITLE}》进行了审议。",
        f"区住建局提请会议审议《{TITLE}》。",
        f"会议审议了区住建局草拟的《{TITLE}》。",
        f"会议还审议了区住建局代拟的《{TITLE}》。",
        f"会议审议了《{TITLE}》（区住建局提请）。",
        f"会议审议了《{TITLE}》（提请单位：区住建局）。",
        f"会议审议了《{TITLE}》（由区住建局提请审议）。",
        f"会议审议了《{TITLE}》（区住建局）。",
        f"会议审议了《{TITLE}》，该方案由区住建局起草。",
        f"会议审议了《{TITLE}》，区住建局局长李四作了《{TITLE}》的起草说明。",
        f"会议同意区住建局对各街道摸底调查后拟定的《{TITLE}》。",
    ],
)
def test_extract_the_unit_behind_a_reviewed_document_reported_it(tmp_path: Path, body: str) -> None:
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {("区住建局", TITLE)}
    assert [p.title for p in result.plans] == [TITLE]


def test_extract_a_unit_that_wrote_a_document_named_again_is_told_nothing(tmp_path: Path) -> None:
    result = extract_text(tmp_path, f"会议审议了《{TITLE}》，该方案由区住建局起草。")
    assert addressees(result) == set()


def test_extract_a_unit_told_to_draft_after_you_is_still_told(tmp_path: Path) -> None:
    result = extract_text(tmp_path, f"会议审议了《{TITLE}》。会议要求，实施细则由区住建局起草。")
    assert addressees(result) == {("区住建局", False)}


def test_extract_brackets_after_a_title_that_name_no_unit_name_no_reporter(tmp_path: Path) -> None:
    result = extract_text(tmp_path, f"会议审议了《{TITLE}》（2023—2025年）。")
    assert report_pairs(result) == set()


def test_extract_units_in_brackets_after_the_second_title_report_that_title(
    tmp_path: Path,
) -> None:
    body = f"会议审议了《甲办法》（送审稿）和《{TITLE}》（区住建局起草）。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区住建局", TITLE)}


def test_extract_a_title_reviewed_with_an_adverb_of_order_is_a_plan(tmp_path: Path) -> None:
    result = extract_text(tmp_path, f"会议逐项审议了《{TITLE}》等3个文件。")
    assert [p.title for p in result.plans] == [TITLE]


def test_extract_a_report_made_by_a_unit_is_no_task_for_it(tmp_path: Path) -> None:
    result = extract_text(tmp_path, "会议听取了由区住建局所作的老旧小区改造情况汇报。")
    assert report_pairs(result) == {("区住建局", "老旧小区改造")}
    assert addressees(result) == set()


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("区住建局作了老旧小区改造工作汇报。", "老旧小区改造"),
        ("会议原则同意县财政局提出的预算调整方案。", "预算调整方案"),
        ("会议听取了县财政局有关负责人关于预算调整方案的汇报。", "预算调整方案"),
    ],
)
def test_extract_a_report_s_subject_holds_no_unit_and_no_verb(
    tmp_path: Path, body: str, subject: str
) -> None:
    assert {s for _, s in report_pairs(extract_text(tmp_path, body))} == {subject}


def test_extract_units_reporting_titles_side_by_side_each_report_theirs(tmp_path: Path) -> None:
    body = "会议分别听取了区发改局、区财政局相关负责人关于《甲计划》《乙预算》形成过程的说明。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区发改局", "甲计划"),
        ("区财政局", "乙预算"),
    }
