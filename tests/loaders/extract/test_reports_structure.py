"""Reports read by the shape of their clause: any verb of hearing before a unit the grammar of
unit names reads, any noun closing the clause after 关于…的, any verb of a unit's person.

Each text is invented for the test; its verbs and nouns are chosen outside every word list of
the rules, so that only the clause's structure can find the report.
"""

from invented_minutes import extract_text, report_pairs

from loaders.extract.submissions import find_submissions


def found(text: str) -> list[tuple[str, str]]:
    return [(s.unit, s.subject) for s in find_submissions(text, 0, len(text))]


def test_find_submissions_any_noun_closing_an_about_clause_is_a_report() -> None:
    assert found("会议听取区住建局关于乙项目建设的讲述。") == [("区住建局", "乙项目建设")]


def test_find_submissions_any_noun_after_qingkuang_closes_a_report() -> None:
    text = "会议听取县民政局养老服务情况解说。"
    assert found(text) == [("县民政局", "养老服务")]


def test_find_submissions_any_verb_of_hearing_before_a_placed_unit() -> None:
    assert found("会议收听了区住建局关于乙项目建设的汇报。") == [("区住建局", "乙项目建设")]


def test_find_submissions_a_verb_read_into_the_unit_s_place_is_dropped() -> None:
    assert found("会议收听区住建局关于乙项目建设的汇报。") == [("区住建局", "乙项目建设")]


def test_find_submissions_a_government_s_place_with_a_function_character_is_kept() -> None:
    text = "同安区人民政府召开常务会议。同安区住建局关于乙项目建设的汇报。"
    assert [unit for unit, _ in found(text)] == ["同安区住建局"]


def test_find_submissions_a_unit_s_person_with_any_verb_reported() -> None:
    assert found("区住建局局长张三讲述了乙项目建设情况。") == [("区住建局", "乙项目建设情况")]


def test_find_submissions_a_unit_s_person_with_any_noun_after_zuo_reported() -> None:
    assert found("区财政局局长张三就乙项目建设作了讲述。") == [("区财政局", "乙项目建设")]


def test_find_submissions_a_unit_with_a_verb_but_no_person_did_not_report() -> None:
    assert found("区住建局完成了乙项目建设。") == []


def test_find_submissions_an_attendee_did_not_report() -> None:
    assert found("区住建局负责人列席了会议。") == []


def test_find_submissions_the_object_of_a_directive_did_not_report() -> None:
    assert found("会议要求区住建局关于乙项目建设的方案要尽快完善。") == []


def test_find_submissions_a_directive_noun_closes_no_report() -> None:
    assert found("会议听取区住建局关于乙项目建设的部署。") == []


def test_find_submissions_a_conveyed_notice_names_no_reporter() -> None:
    assert found("会议传达了市发改委关于乙项目建设的通知。") == []


def test_find_submissions_a_report_closed_by_any_noun_ends_the_about_clause() -> None:
    text = "会议听取了区民政局关于甲事项办理的讲述；听取县住房保障中心关于乙项目建设的汇报。"
    assert ("县住房保障中心", "乙项目建设") in found(text)


def test_extract_a_report_found_by_its_structure_keeps_its_evidence(tmp_path) -> None:
    body = "一、会议收听了区住建局关于乙项目建设的讲述。会议要求加快推进。"
    result = extract_text(tmp_path, body)
    assert report_pairs(result) == {("区住建局", "乙项目建设")}
    report = result.reported[0]
    assert "区住建局关于乙项目建设的讲述" in report.evidence
    assert report.span and result.source


def test_find_submissions_a_heard_unit_s_subject_closed_by_any_noun_after_de() -> None:
    text = "会议首先收听了县农业局、林业局春耕备耕的讲述。"
    assert found(text) == [("县农业局", "春耕备耕"), ("林业局", "春耕备耕")]


def test_find_submissions_an_unheard_unit_before_de_and_a_noun_did_not_report() -> None:
    assert found("由县住建局负责的工程，要加快推进。") == []


def test_find_submissions_a_bare_unit_after_any_verb_reports_when_guanyu_follows() -> None:
    text = "会议收听了民政局张三关于乙路命名的讲述。"
    assert found(text) == [("民政局", "乙路命名")]


def test_find_submissions_a_unit_opening_inside_a_listed_verb_is_read_after_it() -> None:
    assert [u for u, _ in found("会议原则通过县民政局关于合并行政村的请示。")] == ["县民政局"]


def test_find_submissions_the_noun_may_follow_qingkuang_after_de() -> None:
    text = "会议收听了区科委关于制定《甲实施方案》的情况讲述。"
    assert found(text) == [("区科委", "甲实施方案")]


def test_find_submissions_a_clause_after_an_ascii_comma_opens_a_slot() -> None:
    text = "会议学习了有关精神,收听了区农业农村局工作情况汇报。"
    assert [u for u, _ in found(text)] == ["区农业农村局"]


def test_find_submissions_a_noun_after_youguan_qingkuang_closes_an_about_clause() -> None:
    text = "会议听取了县财政局关于乙公司组建有关情况讲述。"
    assert found(text) == [("县财政局", "乙公司组建")]


def test_find_submissions_units_heard_on_their_situation_report_qingkuang() -> None:
    text = "会议听取了县学位办、县民政局等相关单位情况讲述。"
    assert found(text) == [("县学位办", "情况"), ("县民政局", "情况")]


def test_find_submissions_a_report_noun_may_be_followed_by_bing() -> None:
    text = "会议听取了区信访局关于信访稳定的讲述并提出要求。"
    assert found(text) == [("区信访局", "信访稳定")]


def test_find_submissions_a_subject_ending_in_qingkuang_without_a_noun_is_no_report() -> None:
    assert found("会议听取了章丘区新型城镇化规划编制情况。") == []


def test_extract_agreeing_to_a_unit_s_report_by_any_noun_names_the_reporter(tmp_path) -> None:
    body = (
        "会议听取关于乙河道整治工作的汇报。会议议定，原则同意区水利局的讲述，责成区水利局抓紧推进。"
    )
    assert report_pairs(extract_text(tmp_path, body)) == {("区水利局", "乙河道整治工作")}


def test_find_submissions_a_timeline_line_opens_with_its_time() -> None:
    text = "图文回放\n09:30 区住建局局长李四汇报老旧小区改造工作情况\n09:45 区财政局局长王五汇报预算执行情况"
    assert found(text) == [("区住建局", "老旧小区改造工作情况"), ("区财政局", "预算执行情况")]


def test_find_submissions_units_with_their_people_report_each_subject_by_position() -> None:
    text = "区住建局、区财政局相关负责人分别就老旧小区改造工作和资金保障作了汇报。"
    assert found(text) == [("区住建局", "老旧小区改造工作"), ("区财政局", "资金保障")]


def test_extract_units_that_each_stated_a_subject_report_it_by_position(tmp_path) -> None:
    body = "会议研究了农村公路建设工作，区交通局、区财政局分别就建设进展和资金筹措作了汇报。"
    assert report_pairs(extract_text(tmp_path, body)) == {
        ("区交通局", "建设进展"),
        ("区财政局", "资金筹措"),
    }
