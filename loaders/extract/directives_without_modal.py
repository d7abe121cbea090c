"""Directives in clauses with no modal verb of their own.

会议要求，各单位切实… (the request alone before the comma), 由X牵头，Y配合 (the parties that take
part in the work led by another), 相关镇街各负其责 (a share of the work), 各查验站、社区，要…
(the addressees alone before the modal's comma) and 区卫健委对学校食堂开展检查 (a named unit
acting).
"""

from __future__ import annotations

import re

from loaders.extract.addressees import addressees, split_list
from loaders.extract.collectives import could_be_party
from loaders.extract.directive_parts import (
    OPENER,
    Directive,
    action_of,
    directives_of,
    partners,
)
from loaders.extract.tasked import by_duty, given_role
from loaders.extract.unit_lists import units_at
from loaders.extract.unit_names import SUMMING_NOUN, unit_of

# The verbs of a relative clause (区卫健委牵头组织的培训): the unit's act describes a thing.
DESCRIBING_VERBS = (
    "(?:组织|开展|实施|推进|建设|落实|负责|承担|承办|主办|编制|起草|制定|审核|审批|管理|监管)"
)
# What a named unit opening a clause may do without a modal verb.
ACTION = re.compile(
    r"对|在|向|负责|牵头|加快|抓紧|做好|加强|组织|配合|督促|指导|推动|开展|落实|完成|制定|建立|协调|"
    r"给予|抓好|统筹|做实|强化|严格|会同|根据会议|按照会议|进一步|尽快|立即|全力|切实|具体|负总责"
)
# Words that show a clause opens with a verb or a measure, not with a unit (逐小区…, 要坚持城乡…),
# states what something is (是省委…站在全局…), tells what was done (前期已委托某公司完成…) or
# names two parties acting together (某公司与某银行开展合作).
_NOT_A_SUBJECT = re.compile(r"^[要逐在对把将选坚各全每是]|[的了取选持个已与]")


# 会议要求，各相关单位切实履行职责: the request stands alone before the comma, its addressee after.
ASKED_ALONE = re.compile(r"(?:会议|会上)?(?:同时|并|还)?(?:要求|责成)")
# What an addressee told to act without a modal does first: an adverb of manner or a verb.
_DOES = re.compile(
    r"切实|认真|积极|主动|抓紧|尽快|全力|进一步|继续|严格|扎实|坚决|密切|相应|"
    r"加快|做好|加强|抓好|落实|履行|强化|开展|推进|完善|配合|统筹"
)


def asked_after_comma(
    clause: str, offset: int, tail: str, right_after: bool = True
) -> list[Directive]:
    """The addressee opening the clause after a 会议要求 that stands alone, without a modal; in a
    clause further on in the request's sentence (not ``right_after``), only collectives (各镇街,
    县政府各位副县长), which no phrase of the sentence's own work is read as.

    >>> [(d.to, d.group) for d in asked_after_comma("各相关单位切实履行职责", 0, "")]
    [('各相关单位', True)]
    """
    stripped = clause.strip()
    if point := _POINT_MARK.match(stripped):
        stripped = stripped[point.end() :]  # 会议要求，一是县甲局进一步…；三是…
    offset += clause.find(stripped)
    for does in _DOES.finditer(stripped, 2, 30):
        subject = stripped[: does.start()]
        if could_be_party(subject) and (parties := addressees(subject)):
            if not right_after and not all(group for _, group in parties):
                return []
            action = action_of(stripped[does.start() :], tail, clause)
            joined = partners(stripped, does.start(), offset, tail, action)  # X联合Y开展…
            return directives_of(parties, subject, offset, action) + joined
    return _named_then_any_verb(stripped, offset, tail, clause) if right_after else []


_SUMMED = re.compile(rf"等{SUMMING_NOUN}")
# A numbered point of the request before its addressee, or the words singling it out.
_POINT_MARK = re.compile(
    r"[一二三四五六七八九十]是|第[一二三四五六七八九十][，、]?|首先[，、]?|特别是|尤其是"
)


# What may follow a unit's name without making it the clause's subject: 的, a list or a sum.
_NOT_ACTING = re.compile(r"[的之等和及与、，（(]|以及|会同|作为")
# 区住建局提出的意见要…: the unit only qualifies the subject of the must.
_OWNED_SUBJECT = re.compile(r"[^，。；]{0,12}?的[^，。；]{0,12}?(?:要|应|须|需|必须)")
# A name's last character that makes a word with the next one (区划调整后部分道路: 部分), so the
# name was read out of the middle of a phrase.
_WORD_ACROSS = re.compile(
    r"部[分门署位]|局[面势限部]|办[法理好事]|委[托员屈]|所[有以属在]|队[伍列]|心[中里]"
)


def _named_then_any_verb(stripped: str, offset: int, tail: str, clause: str) -> list[Directive]:
    """Named units opening the clause, then whatever they are to do (区住建局根据…修改完善).

    >>> [d.to for d in _named_then_any_verb("区住建局根据意见修改完善", 0, "", "")]
    ['区住建局']
    >>> _named_then_any_verb("区住建局的方案", 0, "", ""), _named_then_any_verb("各单位根据", 0, "", "")
    ([], [])
    >>> _named_then_any_verb("区划调整后部分道路重名", 0, "", "")
    []
    """
    units, after = units_at(stripped, 0, bare=False)
    if units and (summed := _SUMMED.match(stripped, after)):
        after = summed.end()  # 县国土局、住建局等部门依照…: the units listed, summed up
    if not units or len(stripped) - after < 2 or _NOT_ACTING.match(stripped, after):
        return []
    if _OWNED_SUBJECT.match(stripped, after):
        return []  # 区住建局提出的整改意见要逐项落实: the unit's document must be acted on
    if _WORD_ACROSS.match(stripped, after - 1):
        return []
    subject = stripped[:after]
    parties = tuple((unit, False) for unit, _ in units)
    action = action_of(stripped[after:], tail, clause)
    joined = partners(stripped, after, offset, tail, action)  # 区教育局联合区公安局开展…
    return directives_of(parties, subject, offset, action) + joined


# 住建部门牵头，发改、财政等部门积极参与: who is told to take part after the lead was given (or to
# do their share: 由X牵头，各街道做好群众工作). A bare 参与 (由住建局牵头，相关部门及供暖企业参与)
# says who the work involves, not what they must do.
_SUPPORTING = re.compile(
    r"^(?P<who>[^，。；]{2,30}?)(?:(?:积极|密切|全力|主动|共同)(?:参与|配合|协助|对接|衔接|跟进)|配合|协助|做好|抓好|负责"
    r"|具体(?:实施|落实|承办|组织))"
    r"(?![了过下])"
)


def supporting(clause: str, offset: int, tail: str) -> list[Directive]:
    """The parties that take part in the work a clause before gave the lead of (X牵头，Y配合).

    >>> [(d.to, d.group) for d in supporting("各街道积极参与", 0, "各街道积极参与，抓紧推进")]
    [('各街道', True)]
    """
    stripped = clause.strip()
    match = _SUPPORTING.match(stripped)
    if not match or not could_be_party(match["who"]) or not (parties := addressees(match["who"])):
        return []
    offset += clause.find(stripped)
    action = action_of(stripped[match.end("who") :], tail, clause)
    return directives_of(parties, match["who"], offset, action)


# 相关镇街各负其责: a collective given its share of the work, without a modal verb.
_SHARED_DUTY = re.compile(
    r"^(?P<who>[^，。；]{2,20}?)(?:要|应)?(?:各负其责|各司其职|各尽其责|分工负责)"
)


def shared_duty(
    clause: str, offset: int, text: str, tail_start: int, tail_end: int
) -> list[Directive]:
    """A collective given its share of the work: ``clause`` at ``offset``, its sentence's rest
    ``text[tail_start:tail_end]`` (sliced only when the clause may hold one)."""
    if (
        "各" not in clause
        and "分工" not in clause
        and "按照" not in clause
        and "根据" not in clause
    ):
        return []  # most clauses: no need to run the patterns
    stripped = clause.strip()
    offset, clause, tail = offset + clause.find(stripped), stripped, text[tail_start:tail_end]
    match = _SHARED_DUTY.match(clause)
    if not match:
        return by_duty(clause, offset, tail)  # 相关部门按照各自职责研究制定…
    parties = addressees(match["who"]) if match and could_be_party(match["who"]) else None
    if not parties or not match:
        return []
    return directives_of(
        parties, match["who"], offset, action_of(clause[match.end("who") :], tail, clause)
    )


# 各查验站、社区及县汽车站，要保持警觉: the addressees stand alone before a comma and the 要.
# 区卫健委：要做好…, 区交通局：负责…: after a colon, the addressee's task may open with its verb
# (not 区住建局：负责人…, nor what was done: 县财政局：落实了…).
_MODAL_NEXT = re.compile(
    r"[，,：:](?:[一二三四五六七八九十]是)?(?:都|也|均|必须|务必)?(?:要|应当|应|须|必须|务必)(?![求点闻素件邀])"
    r"|[：:](?=(?:负责(?!人|同志)|牵头(?!单位|部门)|配合|协助|加快|做好|抓紧|抓好|加强|落实|完善|制定|组织)"
    r"[^了，。；]*(?:[，。；]|$))"
)


_POINT_ONLY = re.compile(r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]")
_STATEMENT = re.compile(r"是|作为|关系|为|在|已|将|把|对|有(?!关)|的|涉及|包括")


def untriggered(text: str, clause: str, start: int, end: int) -> list[Directive]:
    """A clause with no modal or action of its own: addressees before a comma, or a share of work.

    Most clauses of a text are such clauses: the cheap tests come first.
    """
    after = start + len(clause)
    modal = _MODAL_NEXT.match(text, after, end) if text[after : after + 1] in "，,：:" else None
    if modal:
        return _before_comma(clause, start, text[modal.end() : end])
    return shared_duty(clause, start, text, start, end) or given_role(
        clause, start, text[start:end]
    )


def _before_comma(clause: str, start: int, after_modal: str) -> list[Directive]:
    """The clause before ``，要…`` as the addressees, told what follows the modal."""
    stripped = clause.strip()
    if len(stripped) < 2 or len(stripped) > 40:
        return []
    opener = OPENER.match(stripped)
    if opener and _POINT_ONLY.fullmatch(opener.group(0)):
        stripped = stripped[opener.end() :]  # 一是县应急局作为主管部门，要…: the point's unit
    elif opener and opener.group(0):
        return []
    if not could_be_party(stripped):
        return []
    if (role := stripped.find("作为")) >= 2:
        stripped = stripped[:role]  # 谭家街道作为拆迁任务最重的街道，要…: the unit before 作为
    if _STATEMENT.search(stripped) or any(len(part) > 14 for part in split_list(stripped)):
        return []  # 各街道是实施主体，要… / 某镇作为疫区乡镇，要…: a statement, not a list of names
    parties = addressees(stripped)
    if not parties:
        return []
    action = action_of(after_modal, "", "")
    return directives_of(parties, stripped, start + clause.index(stripped), action)


_ATTENDED = re.compile(r"列席|出席|参加会议|参会")
# 区城管局在前期工作中积极作为，值得肯定: what a unit did is praised, it is not told to act.
# 会议认为，县文旅局在宣传推介中积极作为: praised in the words of its own clause too.
_PRAISED = re.compile(
    r"值得(?:肯定|表扬|称赞)|(?:给予|表示|充分)肯定|成效(?:明显|显著)|做了大量|积极作为|表现突出|"
    r"作出了(?:积极|重要)?贡献"
)
_PERSON_OF_UNIT = re.compile(r"(?:负责|牵头)(?:人|同志|单位|部门)")
# 区卫健委牵头组织的培训: the unit's act describes a thing (的 after the verbs), it is no directive.
_DESCRIBES = re.compile(f"{DESCRIBING_VERBS}*的")


def unit_acts(clause: str, offset: int, tail: str) -> list[Directive]:
    """A named unit opening a clause with an action and no modal: 区卫生健康委对学校食堂开展检查.

    Only named units (a collective needs its 要), and never a finished act (…进行了审核).
    """
    if "了" in clause or _ATTENDED.search(clause):
        return []
    for verb in ACTION.finditer(clause, 3, 26):
        subject = clause[: verb.start()]
        if not could_be_party(subject):
            continue  # a unit's name ends as could_be_party tells, and so does a list's last name
        if _PERSON_OF_UNIT.match(clause, verb.start()) or _DESCRIBES.match(clause, verb.end()):
            continue  # 县审计局负责同志, 区住建局牵头(组织)的…工作: a person of the unit, or a work it leads
        unit = unit_of(subject)
        if unit and unit == subject and not _NOT_A_SUBJECT.search(unit):
            if _PRAISED.search(tail):
                return []
            action = action_of(clause[verb.start() :], tail, clause)
            joined = partners(clause, verb.start(), offset, tail, action)  # 甲局会同乙局…
            return [Directive(unit, False, action, offset), *joined]
        if "、" in subject and (listed := _named_list(subject)):  # 县发改局、县财政局配合
            if _PRAISED.search(tail):
                return []
            return directives_of(
                listed, subject, offset, action_of(clause[verb.start() :], tail, clause)
            )
    return []


def _named_list(subject: str) -> tuple[tuple[str, bool], ...] | None:
    """The units of a list of named units only (县发改局、县财政局), else ``None``."""
    parties = addressees(subject) if could_be_party(subject) else None
    if not parties or any(group or _NOT_A_SUBJECT.search(name) for name, group in parties):
        return None
    return parties
