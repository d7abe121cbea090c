"""Collective addressees (各相关部门, 全区上下) and lists of units, in short, delimited phrases.

The extractor finds a phrase by its position (before 要 at the start of a clause, after 由 …);
:func:`addressees` tells whom it addresses: each named unit (read by
:mod:`loaders.extract.unit_names`) on its own, a collective whole. It works on simplified text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.collectives import (
    BARE_GROUP,
    CATEGORY,
    VERBISH,
    is_collective,
)
from loaders.extract.unit_names import SUMMING_NOUN, bare_unit, unit_of

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
        CATEGORY.match(phrase)
        and is_collective(phrase)
        and not any(
            unit_of(part) and not is_collective(part)
            for part in split_list(summed["names"] if summed else phrase)
        )
    ):
        return ((phrase, True),)  # 县政府系统党员干部: a category, though it ends in 部
    if summed and _DOMAINS_SUMMED.match(phrase) and not VERBISH.search(phrase):
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
    if len(part) > 6 or VERBISH.search(part):
        return False
    spanning = "、" in result[-1][0]
    return not is_collective(part) or bool(spanning and BARE_GROUP.match(part))


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
