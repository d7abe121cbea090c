"""Directives given by other cues than a modal verb after the addressee.

The meeting tasking a unit with a verb of its own (会议安排县住建局对…进行摸排, 会议委托县财政局…,
会议指派, 会议督促, 会议责令, 会议授权, 会议指定), a unit given its role in the work (县交通局为牵头
单位，负责…), and addressees told to act by their duties without a modal (相关部门按照各自职责研究
制定…). A thing handed over to a unit to run (项目应交由某公司经营) is a decision on the thing: it
tells the unit nothing.
"""

from __future__ import annotations

import re

from loaders.extract.addressees import addressees
from loaders.extract.collectives import could_be_party
from loaders.extract.directive_parts import Directive, action_of, directives_of, led

# 会议安排县住建局…: the meeting gives the unit after the verb its task. The meeting must be the
# subject: 受区长委托 names who chaired, 前期已委托某公司 what was done, 安排部署 a verb of its own.
_TASKED = re.compile(
    r"^(?:会议|会上)(?:还|并|同时|研究|决定|议定)?(?:安排|委托|指派|督促|责令|授权|指定)"
    r"(?P<rest>(?!部署|好|了).{3,})$"
)
# 会议同意安排县卫计局经费50万元: money set aside for a unit, no task.
_FUNDS = re.compile(
    r"^[^，]{0,12}?(?:经费|资金|补助|补贴|预算)?[\d一二三四五六七八九十百千]+(?:万|亿)?元"
)

# 会议安排县住建局局长张三作了汇报: who spoke, or what was done, is no task.
_SPOKE = re.compile(r"了|汇报|发言|说明|介绍")
_PERSON = re.compile(r"[县区市镇乡旗]长|局长|主任|书记")


def tasked(clause: str, offset: int, tail: str) -> list[Directive]:
    """The units the meeting tasks with a verb of its own, in a clause at ``offset``.

    >>> [d.to for d in tasked("会议安排县住建局对全县危房进行摸排", 0, "")]
    ['县住建局']
    >>> tasked("会议安排部署了防汛工作", 0, ""), tasked("会议安排县卫计局经费50万元", 0, "")
    ([], [])
    >>> tasked("会议安排县住建局就项目进展作专题汇报", 0, ""), tasked("会议授权县长签署协议", 0, "")
    ([], [])
    """
    match = _TASKED.match(clause)
    if not match:
        return []
    found = led(match["rest"], offset + match.start("rest"), tail)
    if not found or _FUNDS.match(found[0].action) or _SPOKE.search(found[0].action.split("，")[0]):
        return []
    if any(d.group or _PERSON.search(d.to) for d in found):
        return []  # 会议委托常务副县长…, 会议授权县长…: a person; 会议督促检查了…: no unit
    return found


# 县交通局为牵头单位 / 会议确定区城投公司为项目实施主体: a unit given its role in the work.
_ROLE = re.compile(
    r"^(?:(?:会议|会上)?(?:确定|明确|指定|决定|同意|议定))?(?P<who>[^，。；：]{2,30}?)(?:为|作为)"
    r"(?:项目|本项目|该项目|此项)?(?:牵头|责任|主责|配合|协办|实施|业主|建设)(?:单位|部门|主体)$"
)


def given_role(clause: str, offset: int, tail: str) -> list[Directive]:
    """Named units given their role in the work, told what the rest of the sentence says.

    >>> [d.to for d in given_role("县交通局为牵头单位", 0, "县交通局为牵头单位，负责项目推进")]
    ['县交通局']
    >>> given_role("该项目为民生实事项目", 0, "")
    []
    """
    if "为" not in clause:
        return []  # most clauses: no need to run the pattern
    stripped = clause.strip()
    role = _ROLE.match(stripped)
    if not role or not could_be_party(role["who"]):
        return []
    parties = addressees(role["who"])
    if not parties or any(group for _, group in parties):
        return []
    offset += clause.find(stripped) + role.start("who")
    action = action_of(stripped[role.end("who") :], tail, stripped)
    return directives_of(parties, role["who"], offset, action)


# 相关部门按照各自职责研究制定…: collectives told to act by their duties, without a modal; a named
# unit only when its duties are named (区住建局按照职责分工做好…), else a report of what it did.
_BY_DUTY = re.compile(r"^(?P<who>[^，。；]{2,20}?)(?:要|应)?(?:按照|根据|依据|依照)")
_DUTIES = re.compile(r"职责|分工|职能")
# What was done, not what is to be done: 各街道按照要求开展了排查, 均已完成.
_DONE = re.compile(r"了|已|(?<!通)过")


def by_duty(clause: str, offset: int, tail: str) -> list[Directive]:
    """Addressees told to act as their duties say, without a modal verb.

    >>> [(d.to, d.group) for d in by_duty("相关部门按照各自职责研究制定年度计划", 0, "")]
    [('相关部门', True)]
    >>> by_duty("各街道按照要求开展了排查", 0, ""), by_duty("区住建局按照要求开展排查", 0, "")
    ([], [])
    """
    match = _BY_DUTY.match(clause)
    if not match or not could_be_party(match["who"]):
        return []
    parties = addressees(match["who"])
    if not parties:
        return []
    if not all(group for _, group in parties) and not _DUTIES.search(clause, match.end()):
        return []
    action = action_of(clause[match.end("who") :], tail, clause)
    if _DONE.search(action):
        return []  # 各部门按照会议安排，已完成整改
    return directives_of(parties, match["who"], offset, action)


# 该项目应交由某公司经营, 项目由某集团承建: who is to run or build a thing, a decision on the thing.
_RUN = re.compile(r"^[^，。；]{2,30}?(?:经营|运营|使用|管理|管护)(?:[，。；]|$)")
_BUILT = re.compile(
    r"^[^，。；]{2,30}?(?:承建|中标|代建|投资建设|投资兴建|出资建设|经营|运营)(?:[，。；]|$)"
)


def handed_over(before: str, rest: str) -> bool:
    """Whether the words around 由 hand a thing over to a unit to run or build (交由X经营).

    >>> handed_over("该项目应交由", "某公司经营"), handed_over("项目由", "某集团承建")
    (True, True)
    >>> handed_over("该项目由", "区住建局负责管理"), handed_over("该项目由", "区住建局管理")
    (False, False)
    """
    return bool(_BUILT.match(rest)) or (before.endswith("交由") and bool(_RUN.match(rest)))


# （责任单位：县住建局、县财政局）, 牵头单位：X，配合单位：Y: a decision's units named in a field
# of their own (not 明确责任单位：…, a task; nor a site's 主办单位).
_ROLE_FIELD = re.compile(
    r"(?<![^（(。；;，,\s])(?:牵头|责任|主责|配合|协办|承办|实施)(?:单位|部门)[：:]\s*"
    r"(?P<who>[^；;。，,）)\n：:]{2,60})"
)
_DECISION_END = re.compile(r"[。；;\n]")


def role_fields(text: str, start: int, end: int) -> list[Directive]:
    """The units a decision names in a role field, told the decision before the field.

    >>> t = "同意实施老旧小区改造。（责任单位：县住建局、县财政局）"
    >>> [(d.to, d.action) for d in role_fields(t, 0, len(t))]
    [('县住建局', '同意实施老旧小区改造'), ('县财政局', '同意实施老旧小区改造')]
    """
    found: list[Directive] = []
    # Most items name no role field: a search for its words first, without copying the item's text.
    named = text.find("单位", start, end) >= 0 or text.find("部门", start, end) >= 0
    for field in _ROLE_FIELD.finditer(text, start, end) if named else ():
        parties = addressees(field["who"]) if could_be_party(field["who"]) else None
        if not parties:
            continue
        before = text[start : field.start()].rstrip("（(：:，, \n")
        decision = _DECISION_END.split(before.rstrip("。；;"))[-1].removeprefix("会议")
        action = action_of(decision, "", "") or action_of(field["who"], "", "")
        found.extend(directives_of(parties, field["who"], field.start("who"), action))
    return found
