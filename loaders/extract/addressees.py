"""Collective addressees (各相关部门, 全区上下) and lists of units, in short, delimited phrases.

The extractor finds a phrase by its position (before 要 at the start of a clause, after 由 …);
:func:`addressees` tells whom it addresses: each named unit (read by
:mod:`loaders.extract.unit_names`) on its own, a collective whole. It works on simplified text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.unit_names import (
    COLLECTIVE_START,
    FUNCTION_CHARS,
    KIND_OF_UNIT,
    SUMMING_NOUN,
    UNIT_HEADS,
    bare_unit,
    plural_end,
    unit_of,
)

# 县直有关部门, 涉及的乡镇, 区属各单位: the mark of a collective may sit inside the phrase.
_COLLECTIVE_MARK = re.compile(r"有关|相关|各|涉及|的|分管|属地|责任|承办")
# Bare group nouns: 街道（镇）要… addresses every street and town.
_BARE_GROUP = re.compile(
    r"^(?:街道|镇|乡镇|街镇|镇街|部门|单位|企业|社区|村|学校)(?:（[^（）]{1,6}）)?$"
)
# Verbs and adverbs: an addressee's phrase has stopped before them (各相关部门认真组织…, 建立行业主管
# 部门牵头的机制, 分管副区长组织财政等部门人员…).
_VERBISH = re.compile(
    r"(?<!主)要|应(?!急)|须|进一步|加强|做好|落实|推进|开展|按照|根据|结合|对照|实行|将|(?<!一)把|对(?!口|外)"
    r"|认真|切实|建立|成立|组建|构建|(?<![党会层])组织(?!部)"
)
_COLLECTIVE_END = re.compile(
    r"(?:部门|单位|街道|镇|乡镇|（镇）|（街道）|（乡镇）|专班|上下|区长|县长|市长|镇长|领导|同志|"
    r"方面|企业|机构|委办局|处室|科室|班子|干部|人员|成员|委|局|办|组|队|队伍|系统|主体|平台|社区|村|群众|党员|职工|"
    r"负责人|负责同志|一把手|政府)$"
)
_PUNCT = re.compile(r"[，。；：“”《》]")


def _last_chars(*alternations: str) -> frozenset[str]:
    return frozenset(alt[-1] for pattern in alternations for alt in pattern.split("|") if alt)


# What a unit or collective can end with: a cheap test before a full parse.
NAME_ENDS = _last_chars(
    UNIT_HEADS,
    _COLLECTIVE_END.pattern[3:-2],
    "学校|村|社区|企业|职工|系统|成员|干部|镇街|街镇|林场|农场|站|机关",
) | set("）区县市旗级等方")
_BRACKETED = re.compile(r"（[^（）]*）")
# 公安、应急等部门, 纪检监察、审计部门等: names summed up by 等, with or without a group noun.
_SUMMED_UP = re.compile(r"^(?P<names>.+?)等[^、，,]{0,10}$")
# 区财政局、住建局等部门(、单位)及相关街道: names summed up, then the list goes on after them.
_NOUN = SUMMING_NOUN
_SUM_THEN_MORE = re.compile(
    rf"等{_NOUN}(?:[、和及与]{_NOUN})*(?P<joint>以及|和|及|与|、)(?=.)(?!{_NOUN}$)"
)
# 各部门特别是区住建局: the unit singled out of a collective is listed beside it.
_LIST_SEP = re.compile(r"[、，,]|特别是|尤其是")
_CONJ = re.compile(r"以及|和|及|与|并")


# Collectives named by category: 县政府班子成员, 党员干部, 全市政府系统, 项目牵头单位, 相关镇街,
# 市政府领导, 区政府班子, 区政府一班人, 党组成员.
_CATEGORY = re.compile(
    r"^[一-龥、（）()]{0,10}(?:班子成员|班子|一班人|党组成员|政府领导|党员干部|领导干部|干部职工|政府系统|分管领导|[区县市]领导|"
    r"干部|包保领导|包联领导|挂钩领导|联系领导|包抓领导|"
    r"各级领导|牵头单位|责任单位|配合单位|成员单位|直属单位|[区县市]直单位|镇街|街镇|乡镇|镇（街道）|"
    r"镇（街）|部门|媒体|系统|[区县市]级领导|[区县市]直机关|驻[区县市]单位)$"
    r"|^[省市区县乡镇村、]{2,9}[两三四五]级$"  # 市、区两级, 县乡村三级: the levels of government
)
# 谭家街道作为牵头单位, 县政府办督促各部门: a unit and the role it is given or the units it is to
# drive; the unit is the addressee.
_IN_ROLE = re.compile(r"^(?P<who>[^，,]{2,30}?)(?:作为|督促|带领|指导)[^，,]{2,20}$")
# 公安、应急、市场监管等部门: domains summed up by a group noun.
_DOMAINS_SUMMED = re.compile(
    r"^[一-龥、和及]{2,40}等(?:(?:有关|相关|职能|主管|行业|责任|成员|基层)?(?:部门|单位|镇街|乡镇|企业))?$"
)


# 各镇（含街道，下同）: a scope note in brackets, the collective with it.
_SAME_BELOW = re.compile(r"[，,]下同(?=[）)]$)")


# 分管副县长和县住建局: a leader listed with the units is no unit, and no reason to drop them.
_LEADER = re.compile(
    r"^(?:分管|主管)?(?:常务)?副?(?:[县区市镇乡旗]长|书记|主任)(?:同志)?(?:和|与|及|、)(?=.{2})"
)


_PREPOSITIONS = frozenset("从向把将按于以据依")


# 全区要… addresses everyone in the district, as 全区上下 does; 各地 every place of the government;
# 有关各方 every party to the work (各方 alone is how a sentence weighs the work, not whom).
_WHOLE_PLACE = frozenset(
    ("工作专班", "领导小组", "全区", "全县", "全市", "全区上下", "全县上下", "全市上下", "各地")
).union(("有关各方", "相关各方"))
# 报告起草组, 规划起草组: a team named by the document it drafts.
_DRAFTERS = "起草组"


@lru_cache(maxsize=65536)
def is_collective(phrase: str) -> bool:
    """Tell whether a phrase is a collective addressee (各相关部门, 全区上下, 工作专班 …).

    >>> is_collective("各相关部门和街道（镇）"), is_collective("工作专班"), is_collective("区外事办")
    (True, True, False)
    """
    phrase = phrase.strip()
    if not 2 <= len(phrase) <= 24 or _PUNCT.search(phrase) or phrase == "各方":
        return False
    if phrase[0] in _PREPOSITIONS:
        return False  # 从政策、技术等各方面抓紧…: the ways of the work, not whom
    if phrase in _WHOLE_PLACE or _BARE_GROUP.match(phrase):
        return True
    if phrase.endswith(_DRAFTERS) and not _VERBISH.search(phrase):
        return True
    if phrase[-1] in "下长" and not plural_end(phrase):
        return False  # 各部门看清眼下: no 上下; 分管副区长: one person, not 各位副区长
    if "各" in phrase[:4] and not _VERBISH.search(phrase) and phrase[-1] in NAME_ENDS:
        return True  # 各镇街, 沿河各镇街, 各县（市）区政府, 各乡镇（街道）农村经营管理站
    if _VERBISH.search(phrase):
        return False
    if _CATEGORY.match(phrase) and (
        COLLECTIVE_START.match(phrase) or not FUNCTION_CHARS & set(phrase[:2])
    ):
        return True
    marked = COLLECTIVE_START.match(phrase) or _COLLECTIVE_MARK.search(phrase)
    if marked and _COLLECTIVE_END.search(phrase):
        return True
    # 防火检查站, 煤矿企业和煤炭集运站, 建设单位: a kind of unit, every one of that kind.
    return bool(KIND_OF_UNIT.match(phrase)) and not FUNCTION_CHARS & set(phrase[:2])


def could_be_party(phrase: str) -> bool:
    """A cheap first test: could ``phrase`` be a unit or a collective? (``False`` is certain.)

    >>> could_be_party("区应急局"), could_be_party("各镇街"), could_be_party("招商工作")
    (True, True, False)
    """
    return bool(phrase) and (phrase[-1] in NAME_ENDS or phrase.startswith("各"))


def split_list(phrase: str) -> list[str]:
    """Split a listed phrase (A、B和C) into its parts.

    A conjunction splits only where both sides are units or collectives, so names that contain
    和 (区发展和改革委员会) stay whole.

    >>> split_list("区发改委、区财政局和区审计局")
    ['区发改委', '区财政局', '区审计局']
    >>> split_list("区发展和改革委员会和各街道")
    ['区发展和改革委员会', '各街道']
    >>> split_list("各县（市、区）")
    ['各县（市、区）']
    """
    return list(_split_list(phrase))


# Reporter and addressee phrases recur from one minutes of a government to the next: cached.
@lru_cache(maxsize=16384)
def _split_list(phrase: str) -> tuple[str, ...]:
    # X、Y、Z等茶区乡镇 names X, Y and Z; the words after 等 only sum them up.
    if "等" in phrase and (more := _SUM_THEN_MORE.search(phrase)):
        phrase = phrase[: more.start()] + "、" + phrase[more.end() :]
    listed = _SUMMED_UP.match(phrase)
    if listed and "、" in listed["names"]:
        phrase = listed["names"]
    # 、 inside brackets belongs to the name: 各县（市、区）.
    guarded = (
        _BRACKETED.sub(lambda m: m.group(0).replace("、", "\0"), phrase)
        if "（" in phrase
        else phrase
    )
    parts: list[str] = []
    for piece in _LIST_SEP.split(guarded):
        parts.extend(_split_conjunctions(piece.strip().replace("\0", "、")))
    return tuple(p for p in parts if p)


def _split_conjunctions(piece: str) -> list[str]:
    for match in _CONJ.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if _is_party(left) and right:
            rest = _split_conjunctions(right)
            if all(_is_party(p) for p in rest):
                return [left, *rest]
    return [piece]


def _is_party(phrase: str) -> bool:
    return bool(unit_of(phrase) or bare_unit(phrase)) or is_collective(phrase)


def _named_units(parts: list[str], tail: str = "") -> tuple[tuple[str, bool], ...] | None:
    """The units of a list in which one at least is placed (区X局、财政局): one each.

    Domains listed last, after the units (某乡、征收中心、自然资源规划等部门), are what the group
    noun after 等 (``tail``) sums up: one collective.
    """
    if not any(unit_of(p) for p in parts):
        return None
    units = [unit_of(p) or bare_unit(p) for p in parts]
    if all(units):
        return tuple((u, False) for u in units if u)
    first_domain = next(i for i, unit in enumerate(units) if not unit)
    domains = parts[first_domain:]
    if not tail or any(units[first_domain:]) or any(not _DOMAIN.match(d) for d in domains):
        return None
    named = tuple((u, False) for u in units[:first_domain] if u)
    return (*named, ("、".join(domains) + tail, True))


# A domain of work named without a unit's head: 自然资源规划, 市场监管, 农业农村.
_DOMAIN = re.compile(r"^[一-龥]{2,8}$")


@lru_cache(maxsize=65536)
def addressees(phrase: str) -> tuple[tuple[str, bool], ...] | None:
    """Return the addressees of a directive subject as ``(name, group)`` pairs, or ``None``.

    Named units listed together give one addressee each; a named unit listed with a collective
    gives one each; a phrase of collectives only stays whole.

    >>> addressees("区应急局和各街道")
    (('区应急局', False), ('各街道', True))
    >>> addressees("各项目牵头单位及建设单位")
    (('各项目牵头单位及建设单位', True),)
    >>> addressees("招商工作") is None
    True
    """
    phrase = phrase.strip()
    if (note := _SAME_BELOW.search(phrase)) and (
        inner := addressees(phrase[: note.start()] + phrase[note.end() :])
    ):
        # 各镇（含街道，下同）: the collective with its note, as written
        return ((phrase, True),) if inner[0][1] and len(inner) == 1 else None
    if leader := _LEADER.match(phrase):
        return addressees(phrase[leader.end() :])
    if (role := _IN_ROLE.match(phrase)) and (named := addressees(role["who"])):
        return named  # 谭家街道作为牵头单位, 县政府办督促各部门: the unit before its role
    summed = _SUMMED_UP.match(phrase)
    if (
        _CATEGORY.match(phrase)
        and is_collective(phrase)
        and not any(
            unit_of(part) and not is_collective(part)
            for part in split_list(summed["names"] if summed else phrase)
        )
    ):
        return ((phrase, True),)  # 县政府系统党员干部: a category, though it ends in 部
    if summed and _DOMAINS_SUMMED.match(phrase) and not _VERBISH.search(phrase):
        tail, parts = phrase[len(summed["names"]) :], split_list(summed["names"])
        named = _named_units(parts, tail)
        if tail != "等" or named or any(map(is_collective, parts)):  # not 安全检查、隐患排查等
            return named or ((phrase, True),)  # 县委组织部、财政局等有关部门 / 公安、应急等部门
    parts = split_list(phrase)
    units = [unit_of(p) or bare_unit(p) for p in parts]
    if len(parts) == 1 and units[0]:
        return ((units[0], False),)
    if not any(units):
        # 市直部门和各县区: collectives only, listed together, stay one.
        whole = is_collective(phrase) or (len(parts) > 1 and all(map(is_collective, parts)))
        return ((phrase, True),) if whole else None
    result: list[tuple[str, bool]] = []
    for part, unit in zip(parts, units, strict=True):
        if unit:
            result.append((unit, False))
        elif _in_scope_of_each(result, part):
            result.append(_joined(phrase, result.pop()[0], part))
        elif is_collective(part):
            result.append(
                _joined(phrase, result.pop()[0], part)
                if _follows_group(result) and _conjoined(phrase, result[-1][0], part)
                else (part, True)
            )
        else:
            return None
    return tuple(result)


def _in_scope_of_each(result: list[tuple[str, bool]], part: str) -> bool:
    """Whether a part listed right after a 各 collective is under its 各, so one collective with it.

    A word that names no collective alone (村组) is read only under the 各 before it, which then
    spans the list: 各查验站、村组、社区 is one collective. Without such a word each collective
    stays its own (各查验站、社区).
    """
    if not result or not result[-1][1] or not result[-1][0].startswith("各"):
        return False
    if len(part) > 6 or _VERBISH.search(part):
        return False
    spanning = "、" in result[-1][0]
    return not is_collective(part) or bool(spanning and _BARE_GROUP.match(part))


def _follows_group(result: list[tuple[str, bool]]) -> bool:
    return bool(result) and result[-1][1]


def _conjoined(phrase: str, first: str, second: str) -> bool:
    """Tell whether two listed collectives are tied by 及/和/与 (one collective) rather than 、.

    >>> _conjoined("竟成镇、各街道及相关单位", "各街道", "相关单位")
    True
    >>> _conjoined("竟成镇、各街道、区直有关单位", "各街道", "区直有关单位")
    False
    """
    start = phrase.find(first) + len(first)
    between = phrase[start : phrase.find(second, start)]
    return "、" not in between and "，" not in between


def _joined(phrase: str, first: str, second: str) -> tuple[str, bool]:
    """Two collectives listed together stay one: 各街道及相关单位."""
    start = phrase.find(first)
    return phrase[start : phrase.find(second, start + len(first)) + len(second)], True
