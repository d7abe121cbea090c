"""Lists of unit names read by their grammar, wherever they stand in a sentence.

A reporter or a submitter is a list of units (县农业局、林业局和县财政局), each unit possibly with
its person after it (区财政局局长王五和区统计局副局长赵六); the list ends where something that is no
unit's name begins. The clause after it says what the units did (see :mod:`loaders.extract.submissions`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.collectives import NAME_ENDS
from loaders.extract.unit_names import PLACE_UNIT, bare_unit, unit_of

_LONGEST_UNIT = 26
_SEPARATOR = re.compile(r"、|，(?=[区县市镇乡旗])|以及|和|及|与|会同|同")
_PERSON_TITLES = (
    "主任科员|调研员|科长|副科长|党组书记|党委书记|党工委书记|党组成员|副书记|书记|常务副局长|副局长|局长|常务副主任|副主任|主任|"
    "主要负责同志|主要负责人|负责同志|负责人|副部长|部长|副镇长|镇长|副乡长|乡长|副队长|队长|"
    "支队长|大队长|政委|副总经理|总经理|董事长|行长|院长|所长|站长|处长|秘书长|常务副指挥长|副指挥长|指挥长|主席|代表"
)
# A unit's person after its name: 局长张三, 副局长, 负责同志 (区财政局长张三: 长 after its 局).
# A name alone before 同志 stands for its unit too (区应急局王五同志就…作汇报).
# 区住建局张三局长关于…: the name may come before the title, with what the person did after it.
_PERSON_CUE = (
    r"(?=同志|就|关于|对|作|汇报|发言|提交|介绍|分别|先后|在会上|会上|向|围绕|的|[和、及与])"
)
PERSON = re.compile(
    rf"(?:(?<=[局部])长|[一-龥]{{2,3}}(?=同志)|(?:(?:[一二三四]级)?(?:有关|相关)?(?:{_PERSON_TITLES})(?:[（(]主持工作[）)])?[、，]?)+"
    rf"|[一-龥]{{2,3}}?(?:{_PERSON_TITLES}){_PERSON_CUE})(?:(?!分别|先后)[一-龥]{{2,3}}?{_PERSON_CUE})?"
    r"(?:同志)?"
)
# 张三局长代表区住建局所作的…汇报: a person speaking for the unit named after 代表.
ON_BEHALF = re.compile(rf"[一-龥]{{2,3}}?(?:{_PERSON_TITLES})?(?:同志)?代表(?=[区县市])")
_CONJUNCTION = re.compile(r"和|及|与|、")
_NAME_END = re.compile("[" + re.escape("".join(sorted(NAME_ENDS))) + "]")
# The characters a unit's name is made of: unit_of and bare_unit return a phrase as it was given
# only when it holds no other (a space, a digit, a comma or a quote ends the name before it).
_NAME_CHARS = re.compile(r"[一-龥（）()]*")
_ALIAS = re.compile(r"[（(][^（）()\n]{1,10}[）)]")
# Words that open a clause and are never the first characters of a unit's name.
_NOT_NAME_START = re.compile(
    r"^(?:同意|听取|审议|通过|研究|讨论|原则|会议|会上|要求|强调|指出|认为|首先|还|又|并|由|请|经[过由]|对|在|将|"
    r"传达|学习|分别|先后|集中|部署|安排|就|关于|专题|认真|深入|系统|书面|"
    r"把|向|为|与|和|及|以及|了|的|是|等|各|全|有关|相关|其中|同时|随后|最后)"
)
# A name whose own head stands for its title's first character: 区财政局长 (局长), 统战部长 (部长).
_HEAD_ABBREVIATED = re.compile(r"^[^局部]*[^副局部][局部]$")


def units_at(text: str, pos: int, bare: bool = True) -> tuple[list[tuple[str, int]], int]:
    """Read a list of unit names starting at ``pos``: the units with positions, and where it ends.

    A bare name (林业局) counts only in a list whose first unit carries its place, or when
    ``bare`` is set (a position that already says a unit stands there).

    >>> units_at("听取县农业局、林业局和县财政局的汇报", 2)
    ([('县农业局', 2), ('林业局', 7), ('县财政局', 11)], 15)
    >>> units_at("听取重点工作情况汇报", 2)
    ([], 2)
    """
    units: list[tuple[str, int]] = []
    cursor = end = pos
    while True:
        name = _unit_name_at(text, cursor, bare or bool(units))
        if not name:
            return units, end
        units.append((name, cursor))
        cursor = end = cursor + len(name)
        if alias := _ALIAS.match(text, cursor):
            cursor = end = alias.end()  # 区应急管理局（安委办）
        if post := _second_post(text, cursor):
            units.pop()  # 县食安办主任、县市场监管局局长某某: the unit named by the person
            cursor = post
            continue
        separator = _SEPARATOR.match(text, cursor) or _next_after_person(text, cursor)
        if not separator:
            return units, end
        cursor = separator.end()


def may_start_units(text: str, pos: int) -> bool:
    """Whether a unit's name can start at ``pos`` or within the characters of a name after it:
    a name ends in one of :data:`NAME_ENDS` after its first character, all of it name characters.

    >>> may_start_units("听取县财政局汇报", 2), may_start_units("加快推进，", 0)
    (True, False)
    """
    run = _NAME_RUN.match(text, pos)
    return bool(run and _NAME_END.search(text, pos + 1, run.end()))


_NAME_RUN = re.compile(r"[一-龥（）()]+")  # _NAME_CHARS, not empty
_TITLE_THEN = re.compile(rf"(?:{_PERSON_TITLES})[、，]")


def _second_post(text: str, pos: int) -> int | None:
    """Where a person's second post starts, when the person holds two (县食安办主任、县市场监管局
    局长某某): the unit named right before the person is the one they speak for.

    >>> _second_post("主任、县乙局局长张三汇报", 0), _second_post("主任、县乙局汇报", 0)
    (3, None)
    """
    title = _TITLE_THEN.match(text, pos)
    if not title:
        return None
    name = _unit_name_at(text, title.end(), True)
    person = PERSON.match(text, title.end() + len(name)) if name else None
    return title.end() if person and person.end() > person.start() else None


def _next_after_person(text: str, pos: int) -> re.Match[str] | None:
    """The separator after a unit's person when another unit follows it: 区财政局局长张三和区发改局
    副局长李四分别…; a person not followed by another unit is the caller's to read."""
    person = PERSON.match(text, pos)
    if not person or person.end() == pos:
        return None
    separator = _SEPARATOR.match(text, person.end())
    if separator and _unit_name_at(text, separator.end(), True):
        return separator
    return None


def _unit_name_at(text: str, pos: int, bare: bool) -> str | None:
    """The longest unit name starting at ``pos`` (not cut before a title such as 局长)."""
    # One character more than a name can hold: the one after the longest name is read too.
    window = text[pos : pos + _LONGEST_UNIT + 1]
    if _NOT_NAME_START.match(window):
        return None
    # From the second character (a name holds two at least) to the first that no name holds.
    run = _NAME_CHARS.match(window)
    last = min(run.end(), _LONGEST_UNIT) if run else 0
    ends = [m.end() for m in _NAME_END.finditer(window, 1, last)]
    for end in reversed(ends):
        if window[end : end + 1] == "长" and not _HEAD_ABBREVIATED.search(window, 0, end):
            continue  # 区长, or the 局 of a title 局长 taken into the name (区财政局局长)
        candidate = window[:end]
        # The cached name test first: most candidates fail it, and the other tests cost more.
        if (unit_of(candidate) or (bare_unit(candidate) if bare else None)) != candidate:
            continue
        if not _whole_name(candidate):
            continue  # a place is the topic's (听取陵川县近期…), a list is read name by name
        if window[end - 1 : end + 1] in ("所作", "所做") and unit_of(candidate[:-1]):
            continue  # 市生态环境局某分局所作的汇报: the report the unit made, no 所 of it
        return candidate
    return None


# What follows a reporter's name in a subject phrase (区财政局关于…, 区财政局、区民政局的…).
_AFTER_REPORTER = re.compile(
    r"$|关于|的|就|对|作|汇报|补充|提交|提出|提请|送审|[、，和及与]|[^，。]{0,6}?(?:长|主任|负责人|同志)"
)


# An item's subjects and the names of its lines of work recur from one minutes of a government to
# the next (安全生产, 区财政局关于预算执行情况): the answers are cached, as initiative_name's are.
@lru_cache(maxsize=16384)
def unit_at_start(phrase: str) -> bool:
    """Whether ``phrase`` opens with a unit's name as a reporter does (区财政局关于…), not as a
    topic about the unit (中检集团战略合作协议, 区政务中心办公用房租赁) does.

    >>> unit_at_start("区财政局关于预算"), unit_at_start("中检集团战略合作协议")
    (True, False)
    """
    unit = _unit_name_at(phrase, 0, False)
    return bool(unit and _AFTER_REPORTER.match(phrase, len(unit)))


# Unit names recur from one page of a government to the next: the answers are cached.
@lru_cache(maxsize=16384)
def _whole_name(candidate: str) -> bool:
    """Whether a unit's name read by the grammar names one unit: brackets closed, more than a
    place, not a list of units.

    >>> _whole_name("县财政局"), _whole_name("陵川县"), _whole_name("林业局和县财政局")
    (True, False, False)
    """
    return _balanced(candidate) and not _place_only(candidate) and not _joins_units(candidate)


def _place_only(name: str) -> bool:
    """A place alone names the topic's place (听取溆浦县…情况的汇报), not a reporter; a development
    zone (县开发区) and a county's government (乙县人民政府) are units."""
    return bool(PLACE_UNIT.match(name)) and not name.endswith(
        ("开发区", "高新区", "度假区", "政府")
    )


def _balanced(name: str) -> bool:
    return name.count("（") == name.count("）") and name.count("(") == name.count(")")


def _joins_units(candidate: str) -> bool:
    """Whether a conjunction inside ``candidate`` follows a whole unit (林业局和县财政局)."""
    return any(
        unit_of(candidate[: m.start()]) or bare_unit(candidate[: m.start()])
        for m in _CONJUNCTION.finditer(candidate, 3)
    )
