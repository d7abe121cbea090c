"""The units a reporter phrase names (区财政局局长张三、水务局陈琦), and the subjects a list of
reporters reported on, by position (分别听取A、B关于X、Y的汇报).
"""

from __future__ import annotations

import re

from loaders.extract.addressees import split_list
from loaders.extract.unit_names import COUNT, SUMMING_NOUN, bare_unit

_LEADING_VERBS = re.compile(r"^(?:会议|分别|了|由)+")

# 县林业局等单位关于…的汇报: the units named report; the words after 等 only sum them up.
_SUMMED_TAIL = re.compile(rf"等?{COUNT}个{SUMMING_NOUN}$|等{SUMMING_NOUN}?$")


_ALIAS_TAIL = re.compile(r"[（(][^（）()]{2,10}[）)]$")


# 水务局陈琦关于…: a unit with its person named alone, without a title. A closed list of common
# surnames opens the name, so that a word after a unit is not taken for a person.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤童滕应鲁葛洪包左柳施骆翁甘阮章倪温庞樊兰殷齐乔郎聂康岳喻祝焦"
)
_NAMED_ALONE = re.compile(rf"^(?P<unit>.{{3,}}?)[{SURNAMES}][一-龥]{{1,2}}(?:同志)?$")


def _reporter_unit(part: str) -> str | None:
    """The unit of one reporter: 林业局, 区财政局局长张三, or 水务局陈琦 (a person without a title).

    >>> _reporter_unit("水务局陈琦"), _reporter_unit("市府办"), _reporter_unit("重点工作")
    ('水务局', '市府办', None)
    >>> _reporter_unit("度假区（阳澄湖镇）")
    '度假区'

    """
    # The reporter's position says a unit stands there: 水利局 without its government counts.
    if unit := bare_unit(part):
        return unit
    if (alias := _ALIAS_TAIL.search(part)) and (unit := bare_unit(part[: alias.start()])):
        return unit  # 度假区（阳澄湖镇）: the unit, with the other name it goes by
    named = _NAMED_ALONE.match(part) if len(part) <= 20 else None
    return bare_unit(named["unit"]) if named else None


def reporter_units(phrase: str, offset: int) -> list[tuple[str, int]]:
    """The units of a reporter phrase with their positions; empty if any part is not a unit."""
    stripped = _LEADING_VERBS.sub("", phrase)
    offset += len(phrase) - len(stripped)
    stripped = _SUMMED_TAIL.sub("", stripped)
    units, cursor = [], 0
    for part in split_list(stripped):
        unit = _reporter_unit(part)
        if not unit:
            return []
        cursor = stripped.find(part, cursor)
        # after advertising dropped from the name, the unit stands further in (ab8体育官网财政局)
        units.append((unit, offset + cursor + max(part.find(unit), 0)))
        cursor += len(part)
    return units


def split_subjects(subject: str, count: int) -> list[str]:
    """Pair 分别 lists by position: A、B关于X、Y的汇报 gives X to A and Y to B.

    >>> split_subjects("疫情防控和防蚊灭蚊情况", 2), split_subjects("疫情防控", 2)
    (['疫情防控', '防蚊灭蚊情况'], ['疫情防控', '疫情防控'])
    >>> split_subjects("《甲》《乙》形成过程", 2)  # titles side by side are listed too
    ['《甲》', '《乙》形成过程']
    """
    if count <= 1:
        return [subject] * count
    depth, parts, current = 0, [], ""
    for char in subject:
        if char == "《" and depth == 0 and current.endswith("》"):
            parts.append(current)
            current = ""
        depth += (char in "《“（" and 1) or 0
        depth -= (char in "》”）" and 1) or 0
        if char in "、和" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts if len(parts) == count else [subject] * count
