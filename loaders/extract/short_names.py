"""Divisions a page names by their short name (常山 for 常山县, 汝州 for 汝州市): how often, and
where the page speaks of one as its own (its media's lines, 立足陵城实际).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from loaders.extract.places import _LEVELS, _NOT_SHORT_AFTER, _short, _shorts_at, _standout

_HEAD = 120  # characters: the headline, byline and source lines of a news page
# A place's own media named in those lines: 鄂尔多斯日报, 常山新闻网, 某某发布 (not 新民晚报, a
# city's paper named after no division).
_SOURCE = re.compile(r"日报|新闻|融媒|发布|电视|广播|在线|政府|网")


def short_named(text: str, level: str) -> str | None:
    """The division at ``level`` named most often by its short name (常山 for 常山县, 汝州 for
    汝州市), twice at least (or once in the page's first lines, 来源：鄂尔多斯日报) and more often
    than any other; ``None`` otherwise.

    >>> short_named("来源：常山新闻网。会议强调，常山要抓住机遇……", "县")
    '常山县'
    >>> short_named("来源：常山新闻网。会议强调，要抓住机遇……", "县")
    '常山县'
    >>> short_named("会议强调，" + "要抓住机遇，" * 30 + "常山各部门……", "县") is None
    True
    """
    counts: Counter[str] = Counter()
    for at, full in _short_mentions(text, level):
        counts[full] += 2 if _own_mention(text, at, at + len(_short(full))) else 1
    top = _standout(counts, 2)
    return top[0] if top else None


# A dateline of the place's own media (随州日报讯, 某某融媒讯), however much page junk stands before.
_DATELINE = re.compile(r"(?:日报|新闻网?|融媒体?|电视台?)讯")
_DATELINE_HEAD = 400
# Words before a place that speak of the page's own government (立足陵城实际, 把怀宁建成…,
# 守牢盱眙的生态底色, 促进栖霞与台湾…, 书写晋安高质量发展新篇章).
_OWN_CUES = ("立足", "结合", "把", "推动", "促进", "守牢", "书写")


def _own_mention(text: str, at: int, end: int) -> bool:
    """Whether the short name at ``at`` names the page's own government: its media in the page's
    first lines, or a place the page speaks of as its own.

    >>> _own_mention("立足陵城实际", 2, 4), _own_mention("副区长王益群", 3, 5)
    (True, False)
    """
    if at < _HEAD and _SOURCE.match(text, end):
        return True
    if at < _DATELINE_HEAD and _DATELINE.match(text, end):
        return True
    return text.endswith(_OWN_CUES, max(0, at - 2), at)


def _short_mentions(text: str, level: str) -> Iterator[tuple[int, str]]:
    """Where ``text`` names a division at ``level`` by its short name, with its full name (each
    name looked for by ``str.find``: a page names few of them, and the search runs in C)."""
    table = _shorts_at(level)
    # Only the names whose first character the text holds: a page holds a few hundred characters.
    for short, full in (pair for char in table.keys() & set(text) for pair in table[char]):
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            after = text[end : end + 1]
            # 临夏州 on a county's page names the prefecture, not 临夏县 (雁江县域: a word)
            other = after in _LEVELS and after != level and text[end + 1 : end + 2] not in "级域"
            if after not in _NOT_SHORT_AFTER and not other:
                yield at, full
            at = text.find(short, at + len(short))
