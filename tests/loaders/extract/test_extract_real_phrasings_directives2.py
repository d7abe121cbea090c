"""Phrasings of directives met on the pages of the three oldest test parts (ra–ri).

Each text is invented for the test, in the shape a real page used.
"""

from invented_minutes import addressees, extract_text

_HEARD = "会议听取了全区甲工作情况汇报。"


def test_extract_a_statement_opening_with_is_names_no_unit(tmp_path):
    body = _HEARD + "会议明确了三项任务，是省委省政府站在全局高度作出的部署。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_a_company_hired_in_the_past_is_told_nothing(tmp_path):
    body = _HEARD + "园区计划实施乙项目，前期已委托第三方咨询公司完成可行性研究。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_the_chair_after_you_is_told_nothing(tmp_path):
    body = _HEARD + "（会议由甲市委副书记、市长张三主持，研究了丙、丁等工作。）"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_requirements_as_a_noun_name_no_addressee(tmp_path):
    body = _HEARD + "会议要求，要按照上级督察整改要求和省委、省政府部署，抓好整改。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_a_collective_after_asked_stops_before_its_verb(tmp_path):
    body = _HEARD + "会议传达了有关精神，要求各级各部门、单位看清眼下形势，守住防控成果。"
    assert addressees(extract_text(tmp_path, body)) == {("各级各部门、单位", True)}


def test_extract_a_collective_after_asked_stops_before_its_adverb(tmp_path):
    body = _HEARD + "会议要求各相关部门认真组织实施，加大征收力度。"
    assert addressees(extract_text(tmp_path, body)) == {("各相关部门", True)}


def test_extract_a_season_drawing_near_is_no_part_of_the_addressee(tmp_path):
    body = _HEARD + "会议指出，国庆临近各级各部门要抓好安全生产。"
    assert addressees(extract_text(tmp_path, body)) == {("各级各部门", True)}


def test_extract_a_mechanism_set_up_names_no_addressee(tmp_path):
    body = _HEARD + "会议要求，要把认识提上去，建立行业主管部门牵头、街道托底的联动机制，合力推进。"
    assert not addressees(extract_text(tmp_path, body))


def test_extract_one_official_in_charge_is_no_collective(tmp_path):
    body = _HEARD + "区乙局要修改完善协议，并由分管副区长组织财政、审计等相关部门人员把关后签订。"
    assert addressees(extract_text(tmp_path, body)) == {("区乙局", False)}
