"""Lines of work in the patterns of the newest real releases, each in a small invented text.

The annotation guide's Initiatives part and its conventions on lines of work conveyed, heard and
asked for. The texts are written for the tests, not taken from pages.
"""

from invented_minutes import extract_text

from loaders.models import Extraction

OPENING = "3月2日，县长某某主持召开县政府第5次常务会议。\n"


def names(result: Extraction) -> set[str]:
    return {initiative.name for initiative in result.initiatives}


def found_in(tmp_path, body: str) -> set[str]:
    return names(extract_text(tmp_path, body, OPENING))


def test_initiatives_take_up_a_conveyed_rule_named_again_by_its_kind(tmp_path):
    body = (
        "会议传达了《机关事务公务用车管理规定》。会议指出，各级要严守规定，把规定落到实处。\n"
        "会议听取了县农业局关于春耕生产工作情况的汇报。\n"
    )
    assert any(name.startswith("机关事务公务用车") for name in found_in(tmp_path, body))


def test_initiatives_leave_a_conveyed_rule_named_once(tmp_path):
    body = (
        "会议传达了《机关事务公务用车管理规定》。会议指出，要按有关规定办事。\n"
        "会议听取了县农业局关于春耕生产工作情况的汇报。\n"
    )
    assert not any(name.startswith("机关事务公务用车") for name in found_in(tmp_path, body))


def test_initiatives_take_up_a_short_line_of_work_of_a_conveyed_instruction(tmp_path):
    body = (
        "会议传达学习了总书记对统计工作的重要指示精神，研究县政府贯彻意见。"
        "会议指出，要提高统计数据质量，支持配合统计工作。\n"
    )
    assert "统计" in found_in(tmp_path, body)


def test_initiatives_take_up_a_conveyed_plan_whose_work_the_meeting_names(tmp_path):
    body = (
        "会议传达学习了《某某办公厅关于在全系统大兴学习研讨的工作方案》。"
        "会议强调，各部门要充分认识大兴学习研讨的重要意义。\n"
    )
    assert "大兴学习研讨" in found_in(tmp_path, body)


def test_initiatives_keep_the_last_topic_before_ge_fangmian_gongzuo(tmp_path):
    body = "会议研究了经济运行工作。会议指出，要把外贸外资、商贸流通、财政收入各方面工作抓好。\n"
    assert {"外贸外资", "商贸流通", "财政收入"} <= found_in(tmp_path, body)


def test_initiatives_part_a_heard_list_past_a_report_inside_a_topic(tmp_path):
    body = (
        "会议听取一季度政府工作报告目标任务完成情况、全县河道清淤工作情况、"
        "开展渔船安全专项整治行动工作情况、中小学校舍维修工程建设情况及《甲乙方案》起草情况等工作汇报。\n"
    )
    found = found_in(tmp_path, body)
    assert {"河道清淤", "渔船安全专项整治行动", "中小学校舍维修工程建设"} <= found


def test_initiatives_part_a_heard_list_past_a_problem_inside_a_topic(tmp_path):
    body = (
        "会议听取了全县河道清淤工作进展、老旧管网改造历史遗留问题、农村乱堆乱放问题整治、"
        "绿色交通推广应用等情况汇报。\n"
    )
    found = found_in(tmp_path, body)
    assert {"农村乱堆乱放问题整治", "绿色交通推广应用"} <= found


def test_initiatives_leave_out_an_earlier_meeting_followed_up(tmp_path):
    body = "会议听取了第二次县长办公会议落实情况的汇报，研究了河道清淤、春耕生产等问题。\n"
    found = found_in(tmp_path, body)
    assert not any("会议" in name for name in found)


def test_initiatives_drop_a_count_after_the_last_topic(tmp_path):
    body = "会议研究讨论了河道清淤、春耕生产、安全生产等三大类十二个具体问题。\n"
    assert {"河道清淤", "春耕生产", "安全生产"} <= found_in(tmp_path, body)


def test_initiatives_leave_out_points_of_a_studied_plan(tmp_path):
    body = (
        "会议学习了《某市燃气事故应急预案》。会议要求，一要高度重视；二是抓好应急演练，"
        "组织开展燃气事故应急演练。\n"
    )
    assert "应急演练" not in found_in(tmp_path, body)


def test_initiatives_leave_out_a_bundle_of_documents(tmp_path):
    body = "会议讨论了拟提交县十届人大三次会议审议的有关文件，研究了河道清淤、春耕生产等工作。\n"
    assert not any("文件" in name for name in found_in(tmp_path, body))


def test_initiatives_leave_out_the_close_of_a_period(tmp_path):
    body = "会议研究了春耕生产工作。会议强调，要做好“十四五”收官工作。\n"
    assert not any("十四五" in name for name in found_in(tmp_path, body))


def test_initiatives_leave_out_the_measures_of_a_reviewed_plan(tmp_path):
    body = (
        "会议审议并原则同意《关于推动数字经济发展的实施意见》。会议强调，要把《实施意见》作为行动指南，"
        "抓好数据要素培育、产业数字转型和数字平台建设。\n"
    )
    found = found_in(tmp_path, body)
    assert not {"数据要素培育建设", "数字平台建设"} & found


def test_initiatives_name_a_second_word_for_an_agenda_topic_once(tmp_path):
    body = (
        "会议研究部署了经济运行、粮食保障、项目建设等各项工作。"
        "会议指出，要把总书记关于粮食安全的重要论述贯彻到位，把粮食安全责任压实。\n"
    )
    assert "粮食安全" not in found_in(tmp_path, body)


def test_initiatives_read_each_matter_a_comma_parts(tmp_path):
    body = "会议研究了河道清淤事宜，老旧小区改造事宜。\n"
    assert {"河道清淤", "老旧小区改造"} <= found_in(tmp_path, body)


def test_initiatives_part_a_report_on_two_lines_of_work(tmp_path):
    body = "会议听取了县教育局关于校园安全工作及校车管理工作的报告。\n"
    assert {"校园安全", "校车管理"} <= found_in(tmp_path, body)


def test_initiatives_read_headings_that_name_each_item(tmp_path):
    body = (
        "关于加快构建县域养老服务体系工作\n\n会议要求，要把养老服务摆上重要位置，按时序加快推进。\n\n"
        "关于城乡环境长效管理工作\n\n会议要求，要推行精细管理，健全长效机制，巩固提升成果。\n"
    )
    assert {"县域养老服务体系", "城乡环境长效管理"} <= found_in(tmp_path, body)


def test_initiatives_leave_out_people_heard_by_their_titles(tmp_path):
    body = "会议听取了县水利局局长张三、农业局局长李四等同志的工作汇报。\n"
    assert not any("局长" in name for name in found_in(tmp_path, body))


def test_initiatives_leave_out_an_event_heard_of(tmp_path):
    body = "会议听取了河道清淤工作进展、某某化工有限公司“3·12”中毒事件、春耕生产等情况汇报。\n"
    found = found_in(tmp_path, body)
    assert "河道清淤" in found
    assert not any("事件" in name for name in found)


def test_initiatives_leave_a_count_and_the_progress_out_of_a_name(tmp_path):
    body = "会议听取了12个重点项目工作专班工作进展、主要经济指标预计完成等情况汇报。\n"
    assert {"重点项目工作专班", "主要经济指标"} <= found_in(tmp_path, body)


def test_initiatives_name_the_rules_of_the_governments_meetings_whole(tmp_path):
    body = "会议审议并原则通过了《某某县政府会议制度（修订）》。\n"
    assert "政府会议制度" in found_in(tmp_path, body)


def test_initiatives_name_last_years_plan_and_this_years_once(tmp_path):
    body = (
        "会议审议了《2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案》、"
        "《2024年全县和县级财政预算执行情况及2025年全县和县级财政预算草案》。\n"
    )
    assert {"国民经济和社会发展计划", "财政预算"} <= found_in(tmp_path, body)


def test_initiatives_name_a_five_year_plans_review_by_its_short_name(tmp_path):
    body = (
        "会议听取了县发改局关于国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
        "实施情况中期评估的汇报。\n"
    )
    assert "“十四五”规划纲要实施情况中期评估" in found_in(tmp_path, body)


def test_initiatives_leave_out_the_whole_of_the_governments_work(tmp_path):
    body = "会议研究了春耕生产工作。会议要求，要全力做好全县经济社会发展各项工作。\n"
    assert "经济社会发展" not in found_in(tmp_path, body)
