"""Copies of minutes on copying sites: synonyms in place of the usual words, advertising in place
of the government's place name.

Each text is invented for the test, in the shape such copies take.
"""

from invented_minutes import extract_text, report_pairs


def test_extract_a_report_heard_with_ting_le_still_reports(tmp_path):
    body = "会议听了区甲局关于乙工作的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区甲局", "乙工作")}


def test_extract_a_meeting_called_a_gathering_is_still_read(tmp_path):
    opening = "3月5日，区长张三主持举行区政府第12次常务集会。"
    result = extract_text(tmp_path, "集会审阅并原则上经过《甲区乙工作方案》。", opening)
    assert result.meeting.ordinal == 12
    assert [p.title for p in result.plans] == ["甲区乙工作方案"]
    assert [a.plan for a in result.approved] == ["甲区乙工作方案"]


def test_extract_a_crowd_s_gathering_stays_a_gathering(tmp_path):
    body = "会议听取了区甲局关于乙工作的汇报。会议要求，区丙局要加强大型集会活动安全管理。"
    result = extract_text(tmp_path, body)
    assert all("会议活动" not in d.directive for d in result.directed)


def test_extract_reports_called_bao_gao_in_a_copy_still_report(tmp_path):
    body = "会议先后听了区甲局、区乙办相关情况报告。会议听取了区民政局养老服务工作情况报告。"
    assert {b for b, _ in report_pairs(extract_text(tmp_path, body))} == {
        "区甲局",
        "区乙办",
        "区民政局",
    }


def test_extract_a_document_called_a_report_is_no_report_heard(tmp_path):
    body = "会议听取了区甲局关于乙工作的汇报。会议要求，区丙局要做好政府工作报告起草工作。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区甲局", "乙工作")}


def test_extract_a_unit_after_advertising_reports_without_it(tmp_path):
    opening = "3月5日，县长张三主持召开县政府第12次常务会议。"
    body = "会议听取了ab8体育官网经济开发区管委会关于甲园区建设情况的汇报。会议听取吉祥阁娱乐城县财政局关于乙工作的汇报。"
    result = extract_text(tmp_path, body, opening)
    assert {b for b, _ in report_pairs(result)} == {"经济开发区管委会", "县财政局"}
    assert {b.name for b in result.bureaus} == {"经济开发区管委会", "县财政局"}


def test_extract_a_sports_bureau_keeps_its_name(tmp_path):
    body = "会议听取了区体育局关于甲赛事筹备情况的汇报。会议听取区彩票发行中心关于乙工作的汇报。"
    assert {b for b, _ in report_pairs(extract_text(tmp_path, body))} == {
        "区体育局",
        "区彩票发行中心",
    }
