"""How an agenda list parts: at 、 and commas outside brackets; and the lists that, taken whole,
name one line of work (教育、卫生等重点领域安全生产) or none (A、B、C名单)."""

from __future__ import annotations

import re

_ENUMERATION = re.compile(r"[、，,；]|以及")
# 听取教育、卫生、文体旅等重点领域安全生产工作情况汇报: the fields listed are where one line of work
# is done (重点领域安全生产), not lines of work of their own.
_FIELDS = re.compile(r"、[^、]{1,8}等(?P<x>(?:重点|相关)?领域[^、，]{4,})$")
_SIGNED = re.compile(r"协议|合同|协定|备忘录")


def whole_list(phrase: str, pos: int) -> list[tuple[str, int]] | None:
    """The lines of work a list names taken whole, or ``None`` when its parts are to be read.

    >>> whole_list("教育、卫生等重点领域安全生产", 0), whole_list("文明村、文明家庭名单", 0)
    ([('重点领域安全生产', 6)], [])
    >>> whole_list("甲、乙", 0) is None
    True
    """
    if phrase.endswith(("名单", "人选")):
        return []  # 审议A、B、C名单: who is named, not lines of work
    fields = _FIELDS.search(phrase)
    if not fields:
        return None
    # …等领域战略合作框架协议: a document signed for those fields names no work
    return [] if _SIGNED.search(fields["x"]) else [(fields["x"], pos + fields.start("x"))]


def split_outside_brackets(phrase: str) -> list[str]:
    """The parts of a list, parted at 、, commas and semicolons outside brackets and quotes.

    >>> split_outside_brackets("《甲、乙方案》、“丙、丁”行动，戊")
    ['《甲、乙方案》', '“丙、丁”行动', '戊']
    """
    if not _ENUMERATION.search(phrase):
        return [phrase.strip()] if phrase.strip() else []  # most phrases: one topic
    parts, current, depth = [], "", 0
    for char in phrase:
        depth += char in "《“（(「"
        depth -= char in "》”）)」"
        if depth <= 0 and _ENUMERATION.fullmatch(char):
            parts.append(current)
            current = ""
        else:
            current += char
    return [p.strip() for p in [*parts, current] if p.strip()]
