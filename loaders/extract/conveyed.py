"""Conveyed documents whose line of work the meeting takes up again.

A document conveyed (会议传达学习了《某省重大行政决策程序规定》) is background, but when the meeting
goes on about its work (…严格履行重大行政决策程序) or about the rule by its kind (要严守规定, 这份规定),
that work is a line of the item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.items import Item
from loaders.extract.occurrences import occurrences

_TITLE = re.compile(r"《([^《》]{4,80})》")
# A place at the start of an initiative named from a title of another government (四川省…).
_PLACE_PREFIX = re.compile(r"^(?:[一-龥]{2,4}?[省市县区]|[一-龥]{2,8}?自治[州县旗])+")


def conveyed_titles(
    text: str, item: Item, name_of: Callable[[str], str | None]
) -> list[tuple[str, int]]:
    """Return the titles an item names whose line of work the text takes up again outside them.

    A document conveyed (会议传达学习了《某省重大行政决策程序规定》) is background, but when the
    meeting goes on about its work (…严格履行重大行政决策程序), that work is a line of the item.

    Args:
        text: the document text.
        item: the item whose titles are read.
        name_of: the initiative a title names (:func:`loaders.extract.naming.initiative_name`).

    >>> text = "会议学习了《甲乙省河湖保护条例》。会议要求，要抓好河湖保护。"
    >>> conveyed_titles(text, Item(1, 0, len(text), 18, "学习"), lambda t: t[3:7])
    [('河湖保护条例', 9)]
    """
    found = []
    for match in _TITLE.finditer(text, item.start, item.end):
        name = _PLACE_PREFIX.sub("", name_of(match[1]) or "")
        # named again, as the title or not, but not only studied again (agenda field, then body)
        outside = text.count(name) - match[0].count(name) * (1 + _studied_again(text, match))
        if len(name) >= 4 and (outside > 0 or _kind_again(text, match, item.end)):
            # 四川省…规定: the province is no unit of the item
            place = _PLACE_PREFIX.match(match[1])
            cut = place.end() if place else 0
            found.append((match[1][cut:], match.start(1) + cut))
    return found


# A rule's kind (…管理规定, …条例), and the words that take the rule up again by it (严守规定,
# 这份规定, 《条例》): a word 规定 alone (按有关规定, 把条例要求落实到位) says nothing of its work.
_RULE_KIND = re.compile(r"(?:规定|条例|办法|预案|准则|细则)$")
_TAKEN_UP_BY = r"(?:《|这份|这部|该|严守|遵守|执行|贯彻|学好)"


def _kind_again(text: str, match: re.Match[str], end: int) -> bool:
    """Whether the item takes a conveyed rule up again by its kind after naming it (传达了《某
    公务接待管理规定》…要严守规定).

    >>> text = "传达了《甲乙管理规定》。要严守规定。"
    >>> _kind_again(text, re.search("《(甲乙管理规定)》", text), len(text))
    True
    """
    kind = _RULE_KIND.search(match[1])
    if not kind:
        return False
    return re.compile(_TAKEN_UP_BY + kind[0]).search(text, match.end(), end) is not None


# Studied or conveyed, maybe after other titles of the same list (学习《A》《B》).
_STUDIED_BEFORE = re.compile(
    r"(?:学习|传达|学法)(?:了|贯彻)?(?:[^，。；《》\n]{0,12}《[^《》]*》[、和及]?)*[^，。；《》\n]{0,12}$"
)


def _studied_again(text: str, match: re.Match[str]) -> int:
    """How many times the text studies or conveys the same title again elsewhere (a portal's
    agenda field, then the release: 学习《A》 twice is still nothing said about A).

    >>> text = "议题：学习《甲乙条例》。会议学习了《甲乙条例》。"
    >>> _studied_again(text, re.search("《甲乙条例》", text))
    1
    """
    again = 0
    for pos in occurrences(text, match[0]):
        if pos != match.start() and _STUDIED_BEFORE.search(text, max(0, pos - 120), pos):
            again += 1
    return again
