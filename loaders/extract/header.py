"""The meeting header: date, ordinal, chair, doc number and issuer.

Every field that cannot be read from the text is ``None``: a wrong date or ordinal in the graph is
worse than a missing one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain

from loaders.extract.dates import (
    CN_DIGITS,
    FURNITURE_LINE,
    NUM,
    PUBLICATION,
    STAMP,
    blank,
    published_in_text,
    read_date,
    to_int,
)
from loaders.extract.places import most_named
from loaders.models import Meeting

_HELD = re.compile(r"召开|主持|举行|时间")
_NO_DAY = re.compile(r"近日|日前|近期|前不久|最近")
_TIME_FIELD = re.compile(r"(?m)^\s*(?:会议)?(?:时间|日期)[：:]")
# How far into a page its header may reach (portal pages put navigation first).
HEADER_WINDOW = 3000
# The headlines of other pages (上一篇：区政府召开第27次常务会议) name other meetings.
_OTHER_PAGES = re.compile(r"(?m)^[^\n]{0,4}?(?:上一篇|下一篇|上一条|下一条)[^\n]*$")
_ANCHOR_WORD = re.compile(r"常务(?:会议|[（(]扩大[）)]会议|会)|政府常务")
# 区政府常务会议（第十二次）: the number written after the meeting's name.
_ORDINAL_AFTER = re.compile(rf"常务(?:会议|会)\s*[（(]\s*第\s*(?P<n>{NUM})\s*次\s*[）)]")
_SENTENCE_MARK = re.compile(r"[。\n]")
# (?=[…]) first: the characters a match can start with, so that the pattern is not tried
# at every other character (its alternatives open with optional parts).
_ORDINAL_RE = re.compile(
    rf"(?=[\d{CN_DIGITS}第])(?:(?P<year>\d{{4}})年度?)?(?:(?P<term>[{CN_DIGITS}]+|\d+)届)?"
    rf"(?:第\s*)?(?P<n>{NUM})\s*次(?:[区县市州旗]?(?:人民)?政府)?(?:常务(?:[（(]扩大[）)])?会议|常务会|会议)"
    r"(?!议?精神)"  # 市政府第163次常务会议精神: another meeting, conveyed
)
_TITLE = r"(?:常务)?副?(?:[区县市州旗]长|镇长|乡长|主任|书记)|代[区县市]长"
# A name: two to four characters, or a name with a middle dot (亚迪卡尔·吐尔洪).
_NAME = r"(?:[一-龥]{2,8}·[一-龥]{2,8}?|[一-龥]{2,4}?)"
# 县长王五昨天下午主持: a time between the name and 主持 is not part of the name.
_WHEN = r"(?:昨天|昨日|今天|今日|上午|下午|晚上)*"
_CHAIR_RES = (
    re.compile(
        rf"受[^，。]{{0,16}}?委托[，,]?\s*(?P<title>{_TITLE})(?P<name>[一-龥]{{2,3}}?)(?:同志)?主持"
    ),
    # 副区长李四受区长张三委托主持: the one named before 受…委托 chaired.
    re.compile(
        rf"(?P<title>{_TITLE})(?P<name>{_NAME})(?:同志)?受[^，。]{{0,16}}?委托[，,]?{_WHEN}主持"
    ),
    re.compile(
        rf"(?P<title>{_TITLE})(?P<name>{_NAME})(?:同志)?{_WHEN}(?:(?:在|通过|以)[^，。]{{1,20}}[，,]?)?主持"
    ),
    re.compile(
        rf"会议由(?:[^，。主]{{0,20}}?[、，,])?(?P<title>{_TITLE})?(?P<name>{_NAME})(?:同志)?主持"
    ),
    # 6月26日上午，陈耀忠同志主持召开…: a name without a title
    # (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
    re.compile(r"(?<![^，,。\s])(?P<title>)(?P<name>[一-龥]{2,3})同志主持召开"),
    # 王五区长主持 (the name before the title), also after the government's name (市政府温某市长主持)
    re.compile(rf"(?:(?<![一-龥])|政府)(?P<name>[一-龥]{{2,3}})(?P<title>{_TITLE})(?:同志)?主持"),
    re.compile(
        rf"主持(?:人)?[：:]\s*(?:[^，。\n]{{0,20}}?[、，,\s])?(?P<title>{_TITLE})?\s*(?P<name>[一-龥]{{2,3}})(?=\s|$|[，,。（(])"
    ),
)
_DOC_NUMBER_RE = re.compile(
    r"(?P<num>[一-龥]{1,12}(?:纪要|纪|会议|府会|府常|常务|阅|记)\s*[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]"
    r"\s*第?\s*\d+\s*[号期])"
)
_BRACKETED_YEAR = re.compile(r"[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]")
# The place written before 人民政府 (长宁区人民政府), or before 政府 when a meeting's name follows
# (息县政府第14次常务会议, 伊州区政府2025年第3次). Matched backwards from the word, as most of a
# page holds neither.
_GOV_PLACE = re.compile(r"(?P<place>[一-龥]{2,10}?(?:自治县|自治州|新区|区|县|市|旗))$")
_MEETING_AFTER = re.compile(r"第|[一二三四五六七八九十\d]+届|\d{4}年|常务")
# The county party committee or congress named beside the chair: 常山县委副书记、县长张三.
_PARTY_PLACE = re.compile(
    r"(?<![一-龥])(?P<place>[一-龥]{2,4}?(?:自治县|县|区|市|旗))(?=委(?:副?书记|常委)|人大|政协)"
)
# What may stand before a place name inside the match: a year, a term, an ordinal, a verb.
_PLACE_LEAD = re.compile(r"^.*[年届度次第被召开在由]")
_NOT_A_PLACE_NAME = re.compile(
    r"召开|主持|名义|印发|修改|以[县区市旗]|关于|会议|听取|研究|根据|按照|^[以经由在对]|"
    r"提交|提请|报送|划拨|新闻|[了由交拨送请]"
)
_PLACE_RE = re.compile(r"(?P<place>[一-龥]{2,6}?自治[县旗]|[一-龥]{2}(?:区|县|市|旗))")
# Characters that do not occur in county names but do precede 区/县 in running text (听取区X局).
_FUNCTION_CHARS = set(
    "的了在和与及于对由要将为是请向从等各本全我该取议究关意出会调报达听审研同指强届年度第次被"
)
_NOT_PLACES = re.compile(
    r"^(?:全|本|我|该|城|辖|园|社|景|街|片|新|老|市|县|区|各|两|多|山|库|矿|灾|疫|农|郊|地|"
    r"省|州|乡|镇|村|小|大|示范|开发|保护|功能|中心|核心|自贸|试验|先行|综合|重点|主城|中心城|"
    r"城市|城乡|城镇|县城|县域|市域|区域|全市|全县|全区|上级|下级|自治)"
)


def parse_header(text: str, published: str | None = None, portal: str | None = None) -> Meeting:
    """Read the meeting header from a normalised, simplified minutes text.

    Args:
        text: the whole document (simplified characters).
        published: the page's publication date (ISO), used only to complete a date without year.
        portal: the site name of an HTML page, a hint for the issuer.

    >>> m = parse_header("2024年4月24日下午，区长侯继军主持召开区政府第73次常务会议。")
    >>> m.date, m.ordinal, m.chair, m.chair_title
    ('2024-04-24', 73, '侯继军', '区长')
    """
    published = published or published_in_text(text[:1500])
    window = STAMP.sub(blank, text[:HEADER_WINDOW])
    if "上一" in window or "下一" in window:
        window = _OTHER_PAGES.sub(blank, window)
    text = window + text[HEADER_WINDOW:]
    anchors = _held_sentences(text)  # read once: the anchor, the date and the chair come from them
    anchor = anchors[0] if anchors else None
    head = text[: max(600, anchor[1])] if anchor else text[:600]
    # Furniture lines go first, whole: 时间：2023-08-31 来源：某报 is the page's line, and its date
    # would stay behind if its 来源 part went first.
    head = PUBLICATION.sub("", FURNITURE_LINE.sub("", head))
    where = anchor[0] if anchor else head
    # A page that never says a meeting was held (news of something else) has no meeting date.
    held = anchor or _TIME_FIELD.search(head)
    # 近日，市长…主持召开: the sentence that says the meeting was held gives no day, so no other
    # date of the page (a meeting conveyed, the page's own) is the meeting's.
    dated = held and not (anchor and _NO_DAY.search(_HELD.split(anchor[0], 1)[0]))
    chair = _chair(where) or _chair(head) or _held_chair(anchors)
    issuer = _issuer(text, head, portal, chair[0] if chair else None)
    ordinal = _ordinal(where) or _ordinal(head)
    return Meeting(
        title=f"{issuer}第{ordinal}次常务会议" if issuer and ordinal else None,
        doc_number=_doc_number(head),
        date=(_anchored_date(anchors, published) or read_date(head, published)) if dated else None,
        ordinal=ordinal,
        chair=chair[1] if chair else None,
        chair_title=chair[0] if chair else None,
        issuer=issuer,
    )


def _held_sentences(text: str) -> list[tuple[str, int]]:
    r"""The sentences of the header that name the meeting and say it was held, with their ends.

    >>> _held_sentences("区政府召开常务会议\n3月5日，区长张三主持召开区政府常务会议。会议听取…")
    [('区政府召开常务会议', 9), ('3月5日，区长张三主持召开区政府常务会议', 30)]
    """
    found: list[tuple[str, int]] = []
    for word in _ANCHOR_WORD.finditer(text, 0, HEADER_WINDOW):
        if found and word.start() < found[-1][1]:
            continue  # the same sentence names the meeting twice
        window = max(0, word.start() - 400)
        mark = max(text.rfind("。", window, word.start()), text.rfind("\n", window, word.start()))
        start = mark + 1 if mark >= 0 else window
        after = _SENTENCE_MARK.search(text, word.end())
        end = after.start() if after else len(text)
        if _HELD.search(text, start, end):
            found.append((text[start:end], end))
    return found


def _anchored_date(held: list[tuple[str, int]], published: str | None) -> str | None:
    """The date of the first sentence that says the meeting was held (a title line has none)."""
    for sentence, _ in held:
        if found := read_date(sentence, published):
            return found
    return None


def _held_chair(held: list[tuple[str, int]]) -> tuple[str | None, str] | None:
    """The chair named in any sentence that says the meeting was held (after page furniture)."""
    for sentence, _ in held:
        if chair := _chair(sentence):
            return chair
    return None


def _ordinal(text: str) -> int | None:
    """The number of the executive meeting, before that of any other meeting named beside it.

    >>> _ordinal("主持召开县政府党组第16次会议、县人民政府第28次常务会议")
    28
    """
    others: list[str] = []
    for match in _ORDINAL_RE.finditer(text):
        if "常务" not in match.group(0):
            others.append(match["n"])  # read only if no executive meeting is named
        elif (value := to_int(match["n"])) and value < _MAX_ORDINAL:
            return value
    after = _ORDINAL_AFTER.search(text) if "次）" in text or "次)" in text else None
    if after and (value := to_int(after["n"])):
        return value if value < _MAX_ORDINAL else None
    for numeral in others:
        if (value := to_int(numeral)) and value < _MAX_ORDINAL:
            return value
    return None


_MAX_ORDINAL = 1000


def _chair(text: str) -> tuple[str | None, str] | None:
    if "主持" not in text:
        return None  # every pattern holds it
    on_behalf = "委托" in text  # the first two patterns read 受…委托 only: most headers hold none
    for regex in _CHAIR_RES if on_behalf else _CHAIR_RES[2:]:
        match = regex.search(text)
        if match:
            return match["title"] or None, match["name"]
    return None


def _doc_number(head: str) -> str | None:
    if not (year := _BRACKETED_YEAR.search(head)):
        return None  # most pages: no need to try the pattern from every character
    # Only a name (14 characters at most) and spaces stand before a number's year: none starts
    # further back than that before the first year.
    start = max(0, len(head[: year.start()].rstrip()) - 14)
    for match in _DOC_NUMBER_RE.finditer(head, start):
        if not re.search(r"索引|文号[：:]", head[max(0, match.start() - 6) : match.start()]):
            return re.sub(r"\s+", "", match["num"])
    return None


_GOVERNMENT_LEVEL = re.compile(r"([区县市旗])(?:政府|人民政府)?(?:第|[一-龥]{0,3}届|\d{4}年度)")
_CHAIR_LEVEL = re.compile(r"([区县市旗州])长$")


def _issuer(text: str, head: str, portal: str | None, chair_title: str | None = None) -> str | None:
    explicit = _named_government(head) or _named_government(portal or "") or _named_government(text)
    if explicit:
        return explicit
    for party in _PARTY_PLACE.finditer(head):
        place = party["place"]
        if not (_NOT_A_PLACE_NAME.search(place) or _FUNCTION_CHARS & set(place)):
            return place + "人民政府"  # 常山县委副书记、县长… names the county
    level = _GOVERNMENT_LEVEL.search(head)
    chair_level = _CHAIR_LEVEL.search(chair_title or "")
    # The county the page names most (溆浦县城…, 推动溆浦县…), at the level of its government.
    chosen = level.group(1) if level else chair_level.group(1) if chair_level else None
    place = most_named(text, chosen)
    return place + "人民政府" if place else _title_place(text)


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


def _named_government(text: str) -> str | None:
    """The first ``X人民政府`` (or ``X政府第…次``) whose X is a place, not words before it
    (主持召开市人民政府…, 2023年伊州区人民政府 → 伊州区, 十七届县人民政府 → none)."""
    # Read lazily: the first place that passes ends the search.
    for place in chain(
        _places_before(text, "人民政府"), _places_before(text, "政府", meeting=True)
    ):
        place = _local(_PLACE_LEAD.sub("", place))
        if len(place) < 2 or place[-1] == place[0] in "区县市旗":
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
            if not meeting or _MEETING_AFTER.match(text, end)
            else None
        )
        if found:
            yield found["place"]
        at = text.find(word, end)


def _local(place: str) -> str:
    """Drop a province or city prefix: 上海市长宁区 → 长宁区 (the government is the last level)."""
    match = re.match(r"^[一-龥]{2,3}?[省市](?P<rest>[一-龥]{2,}(?:区|县|市|旗))$", place)
    return match["rest"] if match else place
