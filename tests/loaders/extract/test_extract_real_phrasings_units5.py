"""Reports and units in phrasings common in news releases of executive meetings: a list of units
summed up by 等部门, a verb before a placed unit, documents named without 《》, vague subjects, the
reporter after its report, joint reports, 报告了, 提请会议审议了, and who speaks or takes charge.

Each text is invented for the test, in the shape real pages use.
"""

from invented_minutes import addressees, extract_text, report_pairs


def bureaus(result):
    return sorted(b.name for b in result.bureaus)


def test_extract_units_summed_up_by_deng_bumen_each_report_their_subject(tmp_path):
    body = "县甲局、县乙局等部门分别就一季度经济运行和财政收支情况作了汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("县甲局", "一季度经济运行"),
        ("县乙局", "财政收支情况"),
    }


def test_extract_units_summed_up_by_deng_bumen_are_told_to_act_each(tmp_path):
    body = "会议要求，区甲局、区乙局等部门要加强食品安全监管。"
    assert addressees(extract_text(tmp_path, body)) == {("区甲局", False), ("区乙局", False)}


def test_extract_a_verb_before_a_placed_unit_is_no_part_of_its_name(tmp_path):
    body = "会议安排县住建局对老旧小区改造进行全面摸排。会议指派县审计局开展专项审计。"
    result = extract_text(tmp_path, body)
    assert not any(name.startswith(("安排", "指派")) for name in bureaus(result))


def test_extract_a_document_a_unit_submitted_without_title_marks_is_its_report(tmp_path):
    body = "会议研究了区甲局提交的关于促进消费的若干措施。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区甲局", "促进消费的若干措施")}


def test_extract_a_drafting_verb_before_guanyu_is_no_person_s_name(tmp_path):
    body = "会议讨论了县甲局起草的关于加快项目建设的实施意见。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县甲局", "加快项目建设的实施意见")}


def test_extract_units_heard_on_their_work_report_once_each(tmp_path):
    body = "会议先后听取了区甲局、区乙局有关工作汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区甲局", "工作"), ("区乙局", "工作")}


def test_extract_one_unit_heard_on_its_work_has_no_subject_of_its_own_name(tmp_path):
    result = extract_text(tmp_path, "会议听取了区甲局有关情况汇报。")
    assert report_pairs(result) == {("区甲局", "情况")}


def test_extract_the_unit_after_its_report_in_brackets_made_it(tmp_path):
    body = "会议听取了关于城市更新工作的汇报（区住建局）。"
    assert report_pairs(extract_text(tmp_path, body)) == {("区住建局", "城市更新工作")}


def test_extract_a_joint_report_is_each_unit_s_on_the_same_subject(tmp_path):
    body = "区甲局、区乙局联合汇报了创新平台建设情况。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区甲局", "创新平台建设情况"),
        ("区乙局", "创新平台建设情况"),
    }


def test_extract_a_unit_that_reported_with_baogao_le_made_a_report(tmp_path):
    body = "县甲局报告了医共体建设进展情况。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县甲局", "医共体建设进展情况")}


def test_extract_a_unit_that_put_a_title_before_the_meeting_with_le_reported_it(tmp_path):
    body = "县甲局提请会议审议了《县社会救助实施办法》。"
    assert report_pairs(extract_text(tmp_path, body)) == {("县甲局", "县社会救助实施办法")}


def test_extract_a_unit_given_the_floor_by_you_reports_and_is_not_told_to_act(tmp_path):
    result = extract_text(tmp_path, "由县甲局汇报全县财政运行情况。")
    assert (report_pairs(result), addressees(result)) == (
        {("县甲局", "全县财政运行情况")},
        set(),
    )


def test_extract_a_unit_put_in_charge_of_a_report_s_papers_made_no_report(tmp_path):
    result = extract_text(tmp_path, "会议决定由县甲局负责做好汇报材料准备。")
    assert (report_pairs(result), addressees(result)) == (set(), {("县甲局", False)})


def test_extract_a_resort_zone_with_its_other_name_and_a_bare_bureau_summed_by_deng_report(
    tmp_path,
):
    body = "会议听取了度假区（阳澄湖镇）、住建局等关于安全生产专委会工作情况的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("度假区", "安全生产专委会工作情况"),
        ("住建局", "安全生产专委会工作情况"),
    }


def test_extract_units_counted_before_guanyu_pair_with_the_subjects_by_position(tmp_path):
    body = "会议听取了区甲委、区乙局等2个部门关于重点项目、个体工商户复工复产工作的汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区甲委", "重点项目"),
        ("区乙局", "个体工商户复工复产工作"),
    }


def test_extract_units_summed_up_without_a_modal_after_a_request_are_told_to_act(tmp_path):
    body = "会议要求，县国土局、住建局等部门依照法律法规依法补收土地出让金。"
    assert addressees(extract_text(tmp_path, body)) == {("县国土局", False), ("住建局", False)}


def test_extract_a_company_the_meeting_wants_pushed_is_no_addressee(tmp_path):
    body = "会议要求，推动湖南省某融资担保有限公司扩大业务。"
    assert addressees(extract_text(tmp_path, body)) == set()
