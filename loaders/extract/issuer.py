"""The government whose meeting it is (长宁区人民政府): named in the text, the portal, beside the
chair, or the place the page names most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain

from loaders.extract.places import (
    division_names,
    full_name,
    known_tail,
    most_named,
    places_in,
    written_short,
)
from loaders.extract.prefectures import city_of_districts, named_within
from loaders.extract.short_names import short_named

# The place written before 人民政府 (长宁区人民政府), or before 政府 when a meeting's name follows
# (息县政府第14次常务会议, 伊州区政府2025年第3次). Matched backwards from the word, as most of a
# page holds neither.
_GOV_PLACE = re.compile(r"(?P<place>[一-龥]{2,10}?(?:自治县|自治州|新区|区|县|市|旗|州|盟))$")
_MEETING_AFTER = re.compile(r"第|[一二三四五六七八九十\d]+届|\d{4}年|常务")
# A government named as the issuer of a document (某市人民政府办公室关于…的通知, 《某市人民政府关于…》):
# a higher level's paper conveyed, not the meeting's government.
_ISSUED = re.compile(r"(?:办公室|办公厅)?(?:的)?(?:关于|印发|《)")
# The county party committee or congress named beside the chair: 常山县委副书记、县长张三 (not a
# meeting of it conveyed: 传达德州市委常委会精神).
_PARTY_PLACE = re.compile(
    r"(?<![一-龥])(?P<place>[一-龥]{2,4}?(?:自治县|县|区|市|旗))(?=委(?:副?书记|常委(?!会))|人大|政协)"
)
# What may stand before a place name inside the match: a year, a term, an ordinal, a verb.
_PLACE_LEAD = re.compile(
    r"^.*(?:召开|[年届度次第被在由号])"
)  # 开原市 keeps its 开; 〔2020〕4号甲县
_NOT_A_PLACE_NAME = re.compile(
    r"召开|主持|名义|印发|修改|以[县区市旗]|关于|会议|听取|研究|根据|按照|^[以经由在对]|"
    r"提交|提请|报送|划拨|新闻|[了由交拨送请]|"
    # 2026119下午区委副书记…: a time of day before the party committee, the page's punctuation lost
    r"上午|下午|中午|晚上|凌晨|今天|昨天|近日|日前|当天|"
    # 负责县政府常务工作副县长: a duty before the government, not its place
    r"负责|分管|协助|主管"
)
# Characters that do not occur in county names but do precede 区/县 in running text (听取区X局).
_FUNCTION_CHARS = set(
    "的了在和与及于对由要将为是请向从等各本全我该取议究关意出会调报达听审研同指强届年度第次被"
)
_NOT_PLACES = re.compile(
    r"^(?:全|本|我|该|城|辖|园|社|景|街|片|新|老|市|县|区|各|两|多|山|库|矿|灾|疫|农|郊|地|"
    r"省|州|乡|镇|村|小|大|示范|开发|保护|功能|中心|核心|自贸|试验|先行|综合|重点|主城|中心城|"
    r"城市|城乡|城镇|县城|县域|市域|区域|全市|全县|全区|上级|下级|自治)"
)
# The place written before the chair's title: 长安区区长张三, 通城县委副书记、县长.
_TITLED_PLACE = re.compile(
    r"(?<![一-龥])(?P<place>[一-龥]{2,8}?(?P<level>[区县市旗]))(?:委副?书记、)?(?P=level)长"
)
_GOVERNMENT_LEVEL = re.compile(r"([区县市旗])(?:政府|人民政府)?(?:第|[一-龥]{0,3}届|\d{4}年度)")
_CHAIR_LEVEL = re.compile(r"([区县市旗州])长$")


def read_issuer(
    text: str, head: str, portal: str | None, chair_title: str | None = None
) -> str | None:
    """The government's full name: named in the header, the portal or the text, else the county
    its party committee names beside the chair, else the place the page names most.

    >>> read_issuer("区长张三主持召开长宁区人民政府第73次常务会议", "", None)
    '长宁区人民政府'
    """
    chair_level = _CHAIR_LEVEL.search(chair_title or "")
    chair = chair_level.group(1) if chair_level else None
    found = _named_government(head) or _read(text, head, portal, chair)
    if not found:
        return None
    # A prefecture the page names no more often than one of its counties (a county-level city's
    # page conveying its prefecture's meeting); the name as the page writes it otherwise (江华县
    # stays 江华县: what users look it up by).
    place = found.removesuffix("人民政府")
    return (named_within(text, full_name(place), chair) or place) + "人民政府"


def _read(text: str, head: str, portal: str | None, chair: str | None) -> str | None:
    """The government the page names outside its header, at the level of the chair's title
    (``chair``: 县 for 县长; a 区长's page naming 来源：乐山市人民政府 names another government)."""
    found = (
        _portal_government(portal, chair) or _named_government(text) or _inferred(text, head, chair)
    )
    return found if not (found and chair) or found.removesuffix("人民政府")[-1] == chair else None


def _inferred(text: str, head: str, chair: str | None) -> str | None:
    """The government the page never names in full: its county's party committee or head, its
    source line, the place it names most."""
    for party in _PARTY_PLACE.finditer(head):
        place = known_tail(party["place"])
        if not (_NOT_A_PLACE_NAME.search(place) or _FUNCTION_CHARS & set(place)):
            return place + "人民政府"  # 常山县委副书记、县长… names the county
    titled = _TITLED_PLACE.search(head)
    if titled and titled["place"] in division_names():
        return titled["place"] + "人民政府"  # 长安区区长张三主持…
    return _source_place(text, chair) or _named_most(text, head, chair)


def _named_most(text: str, head: str, chair: str | None) -> str | None:
    """The county the page names most (溆浦县城…, 推动溆浦县…), at the level of its government,
    not counting where the page conveys another's documents or meetings."""
    own = _CONVEYED.sub(_blank, text) if _CONVEYED_WORDS.search(text) else text
    # 会议传达学习了市政府五届四次全体会议精神: a higher government's meeting gives no level
    level = _GOVERNMENT_LEVEL.search(_CONVEYED.sub(_blank, head))
    chosen = chair or (level.group(1) if level else None)
    named = most_named(own, chosen) or (short_named(own, chosen) if chosen else None)
    if not named and own is not text and (conveyed := most_named(text, chosen)):
        # a prefecture named only where the page conveys it: its county-level city, if the page
        # names one as often (平顶山市's notice conveyed, 立足汝州实际 → 汝州市), else no one
        named = named_within(text, full_name(conveyed), chair)
    if not named and chosen == "市":
        named = city_of_districts(own)  # a city's page tells its districts to act
    if named and named not in text and written_short(named) in text:
        named = written_short(named)  # as the page writes it: 临夏州
    return named + "人民政府" if named else _title_place(own)


# The page's source line: 来源：蓟州区融媒体中心, 来源:梅县区国土资源局.
_SOURCE_LINE = re.compile(r"(?:来源|稿源)[：:]\s*(?P<source>[^\s：:]{2,24})")


def _source_place(text: str, chair: str | None) -> str | None:
    """The division at the chair's level that the page's source line names (a news page's
    furniture, before its text), only where it names one.

    >>> _source_place("来源：上海市闵行区人民政府 发布时间：…", "区"), _source_place("来源：沈阳日报", "区")
    ('闵行区人民政府', None)
    """
    line = (
        _SOURCE_LINE.search(text, 0, HEAD_CHARS) if chair and "来源" in text[:HEAD_CHARS] else None
    )
    places = [p for p in places_in(line["source"]) if p[-1] == chair] if line else []
    return places[0] + "人民政府" if len(places) == 1 else None


HEAD_CHARS = 400  # where a page's source line stands


# Where a page follows or conveys another government's documents and meetings (传达学习…德州市委
# 常委会精神, 拟按《衡阳市…细则》, 把中央、省、成都市的部署落到实处): the places it names there say
# nothing of whose meeting it is (a county-level city's page names its prefecture so).
_CONVEYED = re.compile(
    r"(?:传达|学习|贯彻)[^，。；\n]*"
    r"|(?:按|按照|根据|依据|参照|对照)《[^》\n]{0,60}》?"
    r"|(?:中央|国家|省)[、和][一-龥]{2,6}?市"
)
_CONVEYED_WORDS = re.compile(r"传达|学习|贯彻|《|[、和][一-龥]{2,6}?市")


def _blank(match: re.Match[str]) -> str:
    """The matched text blanked out, its length kept (positions after it stay right)."""
    return "＿" * len(match.group(0))


# 《安平区燃气安全专项整治方案》: a place that opens the titles of the meeting's own plans.
_TITLE_PLACE = re.compile(r"《(?:关于)?(?P<place>[一-龥]{2}(?:区|县|市|旗))")


def _title_place(text: str) -> str | None:
    """A place no gazetteer knows, taken only when it opens a plan title and recurs in the text."""
    places = Counter(
        m["place"]
        for m in _TITLE_PLACE.finditer(text)
        if not (_NOT_PLACES.match(m["place"]) or _NOT_A_PLACE_NAME.search(m["place"]))
        and not _FUNCTION_CHARS & set(m["place"][:2])
    )
    ranked = places.most_common(1)
    if ranked and text.count(ranked[0][0]) >= 2:
        return ranked[0][0] + "人民政府"
    return None


# The place a portal's name or furniture opens with: 五通桥区政府办, 上海市长宁区人民政府.
_PORTAL_PLACE = re.compile(
    r"(?P<place>[一-龥]{2,12}?(?:自治县|自治州|区|县|市|旗|州|盟))(?:人民)?政府"
)


def _portal_government(portal: str | None, chair: str | None = None) -> str | None:
    """The government a portal names: a site named for it (桐川县人民政府), or a place GB/T 2260
    knows in an office's name (阜蒙县人民政府办公室, an abbreviation, is none: the page may name the
    county in full elsewhere); not one at another level than the chair's (a city's site).

    >>> _portal_government("来源：五通桥区政府办"), _portal_government("阜蒙县人民政府办公室")
    ('五通桥区人民政府', None)
    """
    match = _PORTAL_PLACE.search(portal) if portal else None
    if not match:
        return None
    place = known_tail(_local(match["place"]))
    site = portal == match["place"] + "人民政府"
    if chair and place[-1:] != chair:
        return None
    return place + "人民政府" if site or full_name(place) in division_names() else None


def _named_government(text: str) -> str | None:
    """The first ``X人民政府`` (or ``X政府第…次``) whose X is a place, not words before it
    (主持召开市人民政府…, 2023年伊州区人民政府 → 伊州区, 十七届县人民政府 → none)."""
    # Read lazily: the first place that passes ends the search.
    for place in chain(
        _places_before(text, "人民政府"), _places_before(text, "政府", meeting=True)
    ):
        place = known_tail(_local(_PLACE_LEAD.sub("", place)))
        # 委常委会和市, 某某等县: a function word right before the level ends a phrase, not a name
        if len(place) < 2 or place[-1] == place[0] in "区县市旗" or place[-2] in _FUNCTION_CHARS:
            continue
        if not _NOT_A_PLACE_NAME.search(place) and not _NOT_PLACES.match(place):
            return place + "人民政府"
    return None


def _places_before(text: str, word: str, meeting: bool = False) -> Iterator[str]:
    """The place names written right before each ``word`` (with ``meeting``: only where a
    meeting's name follows the word)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        # The cheap test first: most 政府 in a text (区政府要…) name no meeting after them.
        found = (
            _GOV_PLACE.search(text, max(0, at - 10), at)
            if (not meeting or _MEETING_AFTER.match(text, end))
            and not _ISSUED.match(text, end)
            and not _in_title(text, at)
            else None
        )
        if found:
            yield found["place"]
        at = text.find(word, end)


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside a 《》 title (《甲区人民政府 乙区人民政府合作协议》 names two
    governments that signed a document, not the meeting's).

    >>> _in_title("审议《甲区人民政府合作协议》", 4), _in_title("《A》。甲区人民政府", 7)
    (True, False)
    """
    opened = text.rfind("《", max(0, at - 150), at)
    return opened >= 0 and text.find("》", opened, at) < 0


def _local(place: str) -> str:
    """Drop a province or city prefix: 上海市长宁区 → 长宁区 (the government is the last level)."""
    match = re.match(r"^[一-龥]{2,3}?[省市](?P<rest>[一-龥]{2,}(?:区|县|市|旗))$", place)
    return match["rest"] if match else place
