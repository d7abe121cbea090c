"""Plans: the 《》 titles an agenda item is about, heard, reviewed or approved.

A title cited as the basis of another (根据《…》), a pledge signed at the meeting, a short name set
up by 以下简称 and a short title calling back one named before (《方案》, 《行动方案》) are no plans;
a draft suffix inside the brackets (（送审稿）) is part of the title.
"""

from __future__ import annotations

import re

from loaders.extract.dates import blank
from loaders.extract.document_verbs import AUTHORED
from loaders.extract.items import Item

_CITED = re.compile(r"(?:根据|依据|按照|参照|对照|贯彻|落实|依照|[按依照])$")
# 各部门签订并递交了《安全管理工作责任状》: a pledge signed at the meeting, not a plan it examined.
_SIGNED = re.compile(r"(?:签订|签署|递交|签下)(?:并(?:签订|签署|递交|上交))?了?$")
# A title whose 》 the page lost before the next title (《A（送审稿）《B》) ends with its draft mark.
TITLE = re.compile(r"《(?P<t>[^《》\n]{2,150})(?:》|(?<=[）)])(?=《))")
_SHORT_NAME = re.compile(r"[（(]?以下简称[“《]?[^）)]{1,20}[）)]?")
_BACK_REFERENCE = re.compile(
    r"^(?:该|本|此)?(?:方案|办法|意见|规划|条例|细则|通知|决定|计划|规定|要点|纲要|报告|清单|预案|"
    r"协议|请示|决议)$"
)
_DRAFT = re.compile(r"[（(](?:送审稿|草案|征求意见稿|修订稿|讨论稿|讨论|审议稿|试行|代拟稿)[）)]$")


def find_plans(text: str, item: Item) -> list[tuple[str, int]]:
    """Return the plan titles of an item's lead with their positions, each title once.

    A draft suffix inside the brackets is part of the title; a second mention of the same plan
    without the suffix is not a second plan; short back-references (《方案》) are not plans.
    """
    plans: list[tuple[str, int]] = []
    # An agenda list may name the plan an item of a timeline page is about.
    sources = [(text[item.start : item.lead_end], item.start)]
    if item.topic:
        sources.insert(0, item.topic)
    for source, offset in sources:
        blanked = _SHORT_NAME.sub(blank, source) if "以下简称" in source else source
        for match in TITLE.finditer(blanked):
            title = match["t"]
            if _CITED.search(blanked, max(0, match.start() - 4), match.start()):
                continue  # 根据《国务院关于…的意见》: the basis of a plan, not the plan
            if _SIGNED.search(blanked, max(0, match.start() - 8), match.start()):
                continue
            if _BACK_REFERENCE.match(title) or not new_title(title, plans):
                continue
            plans.append((title, offset + match.start("t")))
    return plans


# 会议原则通过《A》和《B》 later in an item: titles the meeting approved are plans of the item.
# 会议在听取《A》起草情况后指出, 讨论我县《A》: titles heard or discussed later in an item are too,
# and so are the drafts put together for it (几经修改，形成了《A》、《B》和《C》).
_APPROVED = re.compile(
    r"(?:审议|通过|同意|批准|听取|讨论|审阅|审核|审查|审定|修改形成|修改完善形成|(?<=[，,])形成)"
    r"(?:了|并)?(?:原则)?(?:通过|同意)?(?:了)?"
    r"(?:[我本][县区市旗])?"
    r"(?P<titles>《[^《》\n]{2,150}》(?:[（(][^（）()\n]{2,8}[）)])?(?:[、和及与，]*《[^《》\n]{2,150}》(?:[（(][^（）()\n]{2,8}[）)])?)*)"
)


# What a unit did to its document before the meeting agreed to it (提出的, 拟草并经审查的).
BY_UNIT = (
    rf"[^，。；《》\n]{{2,60}}?(?:{AUTHORED})"
    r"[^，。；《》\n]{0,12}?的"
)


# 工作人员对《政府工作报告》（讨论稿）的框架及撰写过程作了说明: a title explained to the meeting.
_EXPLAINED = re.compile(
    r"[对就](?P<titles>《[^《》\n]{2,150}》)[^。；！？\n]{0,30}?(?:作了?|进行了?)(?:起草|编制|修订)?"
    r"(?:情况)?(?:说明|解读|修改|审议|讨论)"
    # 《A》提请会议审议: a title brought before the meeting.
    r"|(?P<brought>《[^《》\n]{2,150}》)(?:[（(][^（）()\n]{2,8}[）)])?(?:提请|提交|报请)(?:会议)?(?:审议|研究|审定)"
    # 关于《A》，会议同意印发实施: a sentence opening with the title the meeting then decides on.
    r"|(?<![^。；！？\n])\s*关于(?P<first>《[^《》\n]{2,150}》)(?:[（(][^（）()\n]{2,8}[）)])?[，,]\s*会议"
    # 会议同意区发改局提出的《A》: a unit's document the meeting agreed to.
    rf"|(?<=会议)(?:原则)?同意{BY_UNIT}"
    r"(?P<agreed>《[^《》\n]{2,150}》(?:[、和及与]《[^《》\n]{2,150}》)*)"
)


# Words every match of _EXPLAINED holds: the pattern runs only on items holding one.
_EXPLAINED_WORDS = ("对《", "就《", "关于《", "提请", "提交", "报请", "会议同意", "原则同意")


def approved_titles(text: str, item: Item) -> list[tuple[str, int]]:
    """Return the titles an item's body says the meeting reviewed or approved, each once.

    >>> text = "会议听取了区财政局的汇报。会议原则通过《A方案》和《B办法》。"
    >>> approved_titles(text, Item(1, 0, len(text), 13, "听取"))
    [('A方案', 20), ('B办法', 26)]
    """
    found: list[tuple[str, int]] = []
    if text.find("《", item.start, item.end) < 0:
        return found  # every pattern below needs a title
    matches = [*_APPROVED.finditer(text, item.start, item.end)]
    if any(text.find(word, item.start, item.end) >= 0 for word in _EXPLAINED_WORDS):
        matches += _EXPLAINED.finditer(text, item.start, item.end)
    for match in matches:
        group = next(g for g in ("titles", "first", "brought", "agreed") if match[g])
        for title in TITLE.finditer(text, match.start(group), match.end(group)):
            if not _BACK_REFERENCE.match(title["t"]) and all(
                not same_plan(title["t"], t) for t, _ in found
            ):
                found.append((title["t"], title.start("t")))
    return found


def same_plan(a: str, b: str) -> bool:
    """Whether two titles name one plan, a draft suffix (（送审稿）) apart.

    >>> same_plan("甲办法（送审稿）", "甲办法"), same_plan("甲办法", "乙办法")
    (True, False)
    """
    return _DRAFT.sub("", a) == _DRAFT.sub("", b)


def new_title(title: str, plans: list[tuple[str, int]]) -> bool:
    """Whether ``title`` names no plan of ``plans``: neither one of them, draft suffix apart, nor
    a short name calling one back (《行动方案》).

    >>> new_title("行动方案", [("某市农业发展行动方案", 0)]), new_title("乙办法", [("甲办法", 0)])
    (False, True)
    """
    return not any(same_plan(title, p) or _short_for(title, p) for p, _ in plans)


def _short_for(short: str, title: str) -> bool:
    """Whether ``short`` calls back a title named before it (《行动方案》 after 《某市推进农业
    高质量发展行动方案》): a part of it, at most half as long.

    >>> _short_for("行动方案", "某市推进农业高质量发展行动方案"), _short_for("甲方案", "乙办法")
    (True, False)
    """
    return 2 * len(short) <= len(title) and short in title
