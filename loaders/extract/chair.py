"""Who chaired the meeting: the title and name before (or after) 主持, or a 会议主持人: field.

A 受…委托 chair is the person who chaired, not the one who asked them to.
"""

from __future__ import annotations

import re

from loaders.extract.reporters import SURNAMES

_TITLE = r"(?:常务)?副?(?:[区县市州旗]长|镇长|乡长|主任|书记)|代[区县市]长"
# A name: two to four characters, or a name with a middle dot (亚迪卡尔·吐尔洪, 奇·达某某).
_NAME = r"(?:[一-龥]{1,8}·[一-龥]{2,8}?|[一-龥]{2,4}?)"
# 县长王五昨天下午主持, 县长王五11月4日主持: a time between the name and 主持 is not part of the name.
_WHEN = r"(?:\d{1,2}月\d{1,2}日|昨天|昨日|今天|今日|上午|下午|晚上)*"
# 由市长召集并主持: a rule of who convenes the meeting, no name.
_NOT_A_NAME = re.compile(r"召集|并$|亲自")
CHAIR_RES = (
    re.compile(
        rf"受[^，。]{{0,16}}?委托[，,]?\s*(?P<title>{_TITLE})(?P<name>[一-龥]{{2,3}}?)(?:同志)?主持"
    ),
    # 副区长李四受区长张三委托主持: the one named before 受…委托 chaired.
    re.compile(
        rf"(?P<title>{_TITLE})(?P<name>{_NAME})(?:同志)?受[^，。]{{0,16}}?委托[，,]?{_WHEN}主持"
    ),
    re.compile(
        rf"(?P<title>{_TITLE})(?P<name>{_NAME})(?:同志)?{_WHEN}(?:(?:在|通过|以)[^，。]{{1,20}}[，,]?)?主持"
    ),
    re.compile(
        rf"会议由(?:[^，。主]{{0,20}}?[、，,])?(?P<title>{_TITLE})?(?P<name>{_NAME})(?:同志)?主持"
    ),
    # 6月26日上午，陈耀忠同志主持召开…, 某某同志在区府会议室主持召开…: a name without a title
    # (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
    re.compile(
        r"(?<![^，,。\s])(?P<title>)(?P<name>[一-龥]{2,3})同志(?:(?:在|于)[^，。]{1,20}?)?主持召开"
    ),
    # 王五区长主持 (the name before the title), also after the government's name (市政府温某市长主持)
    re.compile(rf"(?:(?<![一-龥])|政府)(?P<name>[一-龥]{{2,3}})(?P<title>{_TITLE})(?:同志)?主持"),
    re.compile(
        rf"主持(?:人)?[：:]\s*(?:[^，。\n]{{0,20}}?[、，,\s])?(?P<title>{_TITLE})?\s*(?P<name>[一-龥]{{2,3}})(?=\s|$|[，,。（(])"
    ),
)
# 区长某某于区机关会议室召开区政府第52次常务会议: no 主持, the head who convened the meeting chaired
# it (read only where no sentence says who chaired: those say so with 主持).
_CONVENED = re.compile(
    rf"(?P<title>{_TITLE})(?P<name>{_NAME})(?:同志)?{_WHEN}(?:(?:在|于)[^，。]{{1,20}}?)?"
    r"召开[^，。]{0,20}?常务"
)


def read_chair(text: str) -> tuple[str | None, str] | None:
    """The chair's title and name in ``text``, or ``None``.

    >>> read_chair("区长张三主持召开区政府常务会议")
    ('区长', '张三')
    """
    if "主持" not in text:
        return _convened(text) if "召开" in text else None  # every other pattern holds 主持
    on_behalf = "委托" in text  # the first two patterns read 受…委托 only: most headers hold none
    for regex in CHAIR_RES if on_behalf else CHAIR_RES[2:]:
        for match in regex.finditer(text):
            if not _NOT_A_NAME.search(match["name"]):
                return match["title"] or None, match["name"]
    return None


def _convened(text: str) -> tuple[str | None, str] | None:
    """The head who convened the executive meeting, in a text that never says who chaired it.

    >>> _convened("区长张三于区机关会议室召开区政府第52次常务会议")
    ('区长', '张三')
    """
    match = _CONVENED.search(text)
    return (match["title"], match["name"]) if match else None


def held_chair(held: list[tuple[str, int]]) -> tuple[str | None, str] | None:
    """The chair named in any sentence that says the meeting was held (after page furniture)."""
    for sentence, _ in held:
        if chair := read_chair(sentence):
            return chair
    return None


# 朱民主持召开市政府第22次常务会议 (or 11月11日上午，朱民主持召开…): a news page names the chair
# without a title; a common surname
# opens the name so that no other words before 主持 are taken for one.
_NAMED_ALONE = re.compile(
    rf"(?m)^[ \t]*(?:[^，。\n]{{0,16}}[日午晚]，)?(?P<name>[{SURNAMES}][一-龥]{{1,2}})主持召开"
    r"[^\n。]{0,16}?(?:政府|常务会)"
)


def named_alone(text: str) -> tuple[str | None, str] | None:
    """The chair a title line names without a title, when nothing else names one.

    >>> named_alone("朱民主持召开市政府第22次常务会议"), named_alone("会议由张三主持召开")
    ((None, '朱民'), None)
    >>> named_alone("11月11日上午，朱民主持召开市政府第22次常务会议")
    (None, '朱民')
    """
    match = _NAMED_ALONE.search(text) if "主持召开" in text else None
    return (None, match["name"]) if match else None
