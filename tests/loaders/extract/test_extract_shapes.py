"""Each shape of the annotation guide, on short minutes written for the test."""

import hashlib

from loaders.extract.minutes import extract
from loaders.models import Document
from loaders.read.normalize import normalize, to_simplified

HEAD = "2023年5月10日，区长周平主持召开区政府第21次常务会议。\n\n"


def run(body: str, head: str = HEAD):
    text = normalize(head + body)
    doc = Document(
        source="t.txt",
        doc=hashlib.sha256(text.encode()).hexdigest(),
        format="text",
        text=text,
        simplified=to_simplified(text),
    )
    return extract(doc)


def reports(extraction):
    return [(r.item, r.bureau, r.subject, r.role) for r in extraction.reported]


def directed(extraction):
    return [(d.item, d.to, d.group) for d in extraction.directed]


def test_extract_paragraph_item_with_plan():
    e = run("会议听取区商务委关于《安平区夜间经济发展实施方案》情况的汇报。会议指出，要抓好落实。")
    assert reports(e) == [(1, "区商务委", "安平区夜间经济发展实施方案", "lead")]
    assert [p.title for p in e.plans] == ["安平区夜间经济发展实施方案"]


def test_extract_item_without_title_takes_the_subject_phrase():
    e = run("会议听取区投促办关于2023年一季度招商引资工作完成情况的汇报。")
    assert reports(e) == [(1, "区投促办", "2023年一季度招商引资工作完成情况", "lead")]
    assert [i.name for i in e.initiatives] == ["招商引资"]


def test_extract_parallel_list_pairs_reporters_and_subjects_by_position():
    e = run("会议分别听取区教育局、区卫健委关于校园安全、基层医疗的汇报。")
    assert reports(e) == [(1, "区教育局", "校园安全", "lead"), (1, "区卫健委", "基层医疗", "lead")]


def test_extract_supplementary_reporters():
    e = run("会议听取区建管委关于重点项目建设情况的汇报。区体育局、区民政局补充汇报。")
    assert [(r.bureau, r.role) for r in e.reported] == [
        ("区建管委", "lead"),
        ("区体育局", "supplementary"),
        ("区民政局", "supplementary"),
    ]


def test_extract_person_stands_for_the_unit():
    e = run("会议听取了区财政局局长张某同志关于预算执行情况的汇报。")
    assert [b.name for b in e.bureaus] == ["区财政局"]


def test_extract_numbered_items_with_lue_and_glued_number():
    body = "现纪要如下：\n一、审议《安平区河道保洁办法（送审稿）》\n会议听取了区水务局关于办法起草情况的汇报。会议原则同意。二、略\n三、研究区级储备项目前期经费安排事项\n会议同意。区财政局要抓紧拨付。"
    e = run(body)
    assert [p.title for p in e.plans] == ["安平区河道保洁办法（送审稿）"]
    assert reports(e) == [(1, "区水务局", "安平区河道保洁办法（送审稿）", "lead")]
    assert directed(e) == [(3, "区财政局", False)]


def test_extract_news_release_clauses_are_items():
    body = "会议传达学习了全省安全生产会议精神，听取了区应急局关于汛期准备情况的汇报，研究了《安平区防汛预案》。"
    e = run(body)
    assert reports(e) == [(2, "区应急局", "汛期准备情况", "lead")]
    assert [p.title for p in e.plans] == ["安平区防汛预案"]


def test_extract_directives_named_collective_and_mixed():
    body = (
        "会议听取区民政局关于养老服务情况的汇报。会议要求，区民政局、区财政局要加大投入。"
        "各街道（镇）要落实属地责任。区卫健委和各社区要做好医养结合。要抓好督查。侯继军要求抓紧推进。"
    )
    e = run(body)
    assert directed(e) == [
        (1, "区民政局", False),
        (1, "区财政局", False),
        (1, "各街道（镇）", True),
        (1, "区卫健委", False),
        (1, "各社区", True),
    ]


def test_extract_led_by_and_please_directives():
    body = "会议听取区住建局关于老旧小区改造情况的汇报。由区住建局牵头，会同区规资局制定计划。请区财政局做好资金保障。"
    e = run(body)
    assert directed(e) == [(1, "区住建局", False), (1, "区财政局", False)]


def test_extract_named_unit_acting_without_modal_is_directed_but_a_finished_act_is_not():
    body = (
        "会议听取区教委关于开学准备情况的汇报。区卫生健康委对学校食堂开展开学前专项检查。"
        "区财政局对经费进行了审核。"
    )
    assert directed(run(body)) == [(1, "区卫生健康委", False)]


def test_extract_listed_units_summed_up_with_deng_are_each_directed():
    body = "会议听取县农业农村局关于茶产业的汇报。兴隆镇、永兴镇、复兴镇等茶区乡镇要加强茶园管护。"
    assert directed(run(body)) == [(1, "兴隆镇", False), (1, "永兴镇", False), (1, "复兴镇", False)]


def test_extract_timeline_with_agenda_list_opens_an_item_per_reporting_unit():
    body = (
        "会议议题：\n1.听取全市春耕生产情况汇报\n2.审议《安平市菜篮子工程实施方案》\n\n"
        "【周平】15:00\n今天有两项议题。\n\n【市农业农村局局长李明】15:01\n春耕进度总体正常。\n\n"
        "【市水务局副局长王芳】15:08\n我补充汇报灌溉保障。\n\n【周平】15:12\n市农业农村局要抓好农资供应。\n\n"
        "【市商务局局长赵强】15:15\n方案已征求意见。\n\n【周平】15:20\n市商务局要抓好落实。\n"
    )
    e = run(body)
    assert reports(e) == [
        (1, "市农业农村局", "全市春耕生产情况", "lead"),
        (1, "市水务局", "全市春耕生产情况", "supplementary"),
        (2, "市商务局", "安平市菜篮子工程实施方案", "lead"),
    ]
    assert directed(e) == [(1, "市农业农村局", False), (2, "市商务局", False)]


def test_extract_not_bureaus_attendees_venue_and_conveyed_authors():
    body = (
        "会议传达学习了国务院安委办关于燃气安全的通知精神。\n\n"
        "会议听取区应急局关于燃气整治情况的汇报。会议在区应急管理局二楼会议室举行。\n\n"
        "出席：区发改委、区财政局负责同志"
    )
    e = run(body)
    assert [b.name for b in e.bureaus] == ["区应急局"]


def test_extract_background_titles_and_short_names_are_not_plans():
    body = (
        "会议传达学习了《中华人民共和国安全生产法》。\n\n"
        "会议听取区应急局关于《安平区燃气安全整治方案》（以下简称《方案》）的汇报。会议指出，《方案》要抓好落实。"
    )
    e = run(body)
    assert [p.title for p in e.plans] == ["安平区燃气安全整治方案"]


def test_extract_combined_with_and_shared_requirement():
    body = (
        "会议听取区应急局关于《安平区燃气安全专项整治方案》的汇报。会议要求，各部门要按照“三管三必须”要求压实责任，"
        "要结合正在开展的安全生产治本攻坚三年行动，狠抓整改。\n\n"
        "会议听取区消防救援支队关于《安平区高层建筑消防整治方案》的汇报。会议要求，严格落实“三管三必须”要求。"
    )
    e = run(body)
    related = {(r.from_, r.to, r.kind) for r in e.related}
    assert ("燃气安全专项整治", "安全生产治本攻坚三年行动", "combined_with") in related
    assert ("燃气安全专项整治", "高层建筑消防整治", "shared_requirement") in related


def test_extract_traditional_page_reports_names_as_written_with_simplified_beside():
    e = run("會議聽取區應急局關於《安平區燃氣安全整治方案》的彙報。", head="")
    bureau = e.bureaus[0]
    assert (bureau.name, bureau.simplified) == ("區應急局", "区应急局")
    assert (e.plans[0].title, e.plans[0].simplified) == (
        "安平區燃氣安全整治方案",
        "安平区燃气安全整治方案",
    )


def test_extract_traditional_page_keeps_the_chair_as_written_and_the_issuer_simplified():
    e = run("2022年11月8日，縣長陳志遠主持召開安平縣政府第45次常務會議。安平縣……安平縣", head="")
    assert (e.meeting.chair, e.meeting.chair_title) == ("陳志遠", "縣長")
    assert e.meeting.issuer == "安平县人民政府"


def test_extract_text_that_is_not_minutes_gives_empty_extraction_and_a_warning():
    e = run("本报讯 昨日，区体育局举办全民健身长跑活动，两千余名市民参加。", head="")
    assert (e.bureaus, e.plans, e.reported, e.directed) == ([], [], [], [])
    assert e.warnings and "no agenda items" in e.warnings[0]


def test_extract_every_span_slices_to_its_evidence():
    body = "会议听取区商务委关于《安平区夜间经济发展实施方案》情况的汇报。区文旅局补充汇报。会议要求，区商务委要抓好落实。"
    e = run(body)
    text = normalize(HEAD + body)
    facts = [*e.bureaus, *e.plans, *e.initiatives, *e.reported, *e.directed, *e.related]
    assert facts and all(text[f.span[0] : f.span[1]] == f.evidence for f in facts)


def test_extract_single_item_in_the_opening_sentence_with_a_bare_verb():
    head = "2024年7月2日，县长周启航主持召开县政府第40次常务会议，"
    e = run("听取县财政局关于上半年预算执行情况的汇报。会议要求，县财政局要加强收支管理。", head)
    assert reports(e) == [(1, "县财政局", "上半年预算执行情况", "lead")]
    assert directed(e) == [(1, "县财政局", False)]
