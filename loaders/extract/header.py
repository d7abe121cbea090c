"""The meeting header: date, ordinal, chair, doc number and issuer.

Every field that cannot be read from the text is ``None``: a wrong date or ordinal in the graph is
worse than a missing one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date as Date
from datetime import timedelta

from loaders.extract.places import most_named
from loaders.models import Meeting

_HELD = re.compile(r"召开|主持|举行|时间")
_NO_DAY = re.compile(r"近日|日前|近期|前不久|最近")
_TIME_FIELD = re.compile(r"(?m)^\s*(?:会议)?(?:时间|日期)[：:]")
# A page published within this many days after a date without year dates it; later, it is null.
_PUBLISHED_WITHIN_DAYS = 31
# How far into a page its header may reach (portal pages put navigation first).
HEADER_WINDOW = 3000
# Lines about the web page, not the meeting: their dates are publication dates.
_PUBLICATION = re.compile(
    r"(?:来源|发布时间|发布日期|发文日期|浏览次数|点击数|成文日期|印发日期)[：:][^\n]*"
)
_PUBLISHED_AT = re.compile(r"(?:发布时间|发布日期)[：:]\s*[^\n]{6,24}")
# A year in Chinese numerals, its zero written 〇, 零 or a letter O on some pages (二O一O).
_CN_YEAR = "[〇零一二三四五六七八九OＯ○]{4}"
# A line of page furniture (来源, 编辑, 浏览量 … or a date alone): its date is when the page was
# published, never when the meeting was held. (One ^ before the three kinds of line: a ^ in each
# would be tried three times at every character.)
_FURNITURE_LINE = re.compile(
    r"(?m)^(?:(?![^\n]*(?:会议时间|召开|主持|举行)|\s*(?:时间|日期)[：:])[^\n]{0,60}?(?:来源|发布|编辑|作者|浏览|阅读|"
    r"点击|字号|稿源|记者|通讯员|访问量|星期|版次|第\d{1,2}版)[^\n]*$"
    r"|[\s|｜丨]*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s|｜丨]*$"
    # 时间：2022年04月21日来源：沈阳日报 is the page's own line, not the meeting's time field.
    r"|\s*(?:时间|日期)[：:][^\n]{0,30}?(?:来源|作者|编辑|浏览|点击)[^\n]*$"
    # 区人民政府办公室 二〇一〇年四月六日: the date a document was issued, in Chinese numerals.
    rf"|(?![^\n]*(?:召开|主持|举行))[^\n]{{0,40}}?{_CN_YEAR}年[一二三四五六七八九十]{{1,2}}月"
    r"[一二三四五六七八九十]{1,3}日\s*$)"
)
# A time stamp (2021-12-29 14:07, 2018年12月12日 08:39:48) is when a page was published, wherever
# it stands. (The look-behind for a digit before the year stands after the year's first two
# digits, so the pattern starts with a digit and is not tried from every character.)
_STAMP = re.compile(
    r"(?:19|20)(?<!\d\d\d)\d\d(?:[-./]\d{1,2}[-./]\d{1,2}\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    r"|年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}[:：]\d{2})"
)
# 10.04.2015 19:26: a time stamp written day first (copies on some sites), a publication date too.
_DATE_DMY = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?=\s+\d{1,2}:\d{2})"
)
# The headlines of other pages (上一篇：区政府召开第27次常务会议) name other meetings.
_OTHER_PAGES = re.compile(r"(?m)^[^\n]{0,4}?(?:上一篇|下一篇|上一条|下一条)[^\n]*$")
# The meeting's own name may carry its year: 2025年第2次常务会议, 市政府(2015)第14次常务会议.
_NAMED_YEAR = re.compile(
    r"(?=[\d（(])(?:(?P<y>\d{4})年度?[^，。\d]{0,6}?|[（(](?P<y2>\d{4})[）)])\s*第\s*[\d一二三四五六七八九十]{1,4}\s*次"
)
_ZEROS = str.maketrans("OＯ○", "〇〇〇")
_SMALL = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
_CN_DIGITS = "〇零一二两三四五六七八九十百廿"
_NUM = rf"(?:\d+|[{_CN_DIGITS}]+)"
_ANCHOR_WORD = re.compile(r"常务(?:会议|[（(]扩大[）)]会议|会)|政府常务")
# 区政府常务会议（第十二次）: the number written after the meeting's name.
_ORDINAL_AFTER = re.compile(rf"常务(?:会议|会)\s*[（(]\s*第\s*(?P<n>{_NUM})\s*次\s*[）)]")
_SENTENCE_MARK = re.compile(r"[。\n]")
# (?=[…]) first: the characters a match can start with, so that the pattern is not tried
# at every other character (its alternatives open with optional parts).
_ORDINAL_RE = re.compile(
    rf"(?=[\d{_CN_DIGITS}第])(?:(?P<year>\d{{4}})年度?)?(?:(?P<term>[{_CN_DIGITS}]+|\d+)届)?"
    rf"(?:第\s*)?(?P<n>{_NUM})\s*次(?:[区县市州旗]?(?:人民)?政府)?(?:常务(?:[（(]扩大[）)])?会议|常务会|会议)"
    r"(?!议?精神)"  # 市政府第163次常务会议精神: another meeting, conveyed
)
_DATE_FULL = re.compile(
    rf"(?P<y>\d{{4}}|{_CN_YEAR})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]"
)
_DATE_GLUED = re.compile(
    r"(?P<y>20\d\d|19\d\d)(?<!\d\d\d\d\d)(?P<md>\d{2,4})(?:日|(?=[，,上下召\s]|$))"
)
_DATE_YEAR_GLUED = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<md>\d{2,4})\s*日")
_DATE_NO_YEAR = re.compile(
    rf"(?=[\d{_CN_DIGITS}])(?<![\d年])(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号](?!讯|电)"
)
# 金山网讯 昨天下午，市长…主持召开: the day before the page's date (今天: that day).
_RELATIVE_DAY = re.compile(
    r"(?:(?<=讯)|(?<![一-龥]))\s*(?P<when>昨天|昨日|今天|今日)(?:上午|下午|晚上?|[，,])"
    r"|(?P<when2>昨天|昨日|今天|今日)(?:上午|下午|晚上?)?(?=主持|召开|举行)"
)
# 1030日 (10月30日), 99日 (9月9日): a date that lost its 月; two digits only when no day is so long.
_DATE_NO_SEP = re.compile(r"(?<![\d年月])(?P<md>\d{3,4}|3[2-9]|[4-9]\d)日")
# A news release may open with the day alone (25日，市长…主持召开): the month is the page's.
_DAY_ONLY = re.compile(
    r"^\s*(?:[^，。\n]{0,20}?讯\s*)?(?P<d>[012]?\d|3[01])日(?:上午|下午|晚上?)?[，,\s]"
)
_DATE_ISO = re.compile(
    r"(?P<y>20\d\d|19\d\d)(?<!\d\d\d\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"
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
    # 王五区长主持 (the name before the title)
    re.compile(rf"(?<![一-龥])(?P<name>[一-龥]{{2,3}})(?P<title>{_TITLE})(?:同志)?主持"),
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
    published = published or _published_in_text(text[:1500])
    window = _STAMP.sub(_blank, text[:HEADER_WINDOW])
    if "上一" in window or "下一" in window:
        window = _OTHER_PAGES.sub(_blank, window)
    text = window + text[HEADER_WINDOW:]
    anchors = _held_sentences(text)  # read once: the anchor, the date and the chair come from them
    anchor = anchors[0] if anchors else None
    head = text[: max(600, anchor[1])] if anchor else text[:600]
    # Furniture lines go first, whole: 时间：2023-08-31 来源：某报 is the page's line, and its date
    # would stay behind if its 来源 part went first.
    head = _PUBLICATION.sub("", _FURNITURE_LINE.sub("", head))
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
        date=(_anchored_date(anchors, published) or _date(head, published)) if dated else None,
        ordinal=ordinal,
        chair=chair[1] if chair else None,
        chair_title=chair[0] if chair else None,
        issuer=issuer,
    )


def _blank(match: re.Match[str]) -> str:
    return "＿" * len(match.group(0))


def _published_in_text(head: str) -> str | None:
    """A saved web page keeps its 发布时间 line: the page's own publication date.

    >>> _published_in_text("来源：区政府办公室 发布时间：2021-04-09 浏览次数：12")
    '2021-04-09'
    >>> _published_in_text("10.04.2015 19:26"), _published_in_text("县政府办公室 二O一O年四月六日")
    ('2015-04-10', '2010-04-06')
    """
    for match in _dated_lines(head):
        line = match.group(0) if match else ""
        found = match if match and match.re is _DATE_DMY else None
        found = found or _DATE_FULL.search(line) or _DATE_ISO.search(line)
        if found:
            return _iso(to_int(found["y"]), to_int(found["m"]), to_int(found["d"]))
    return None


def _dated_lines(head: str) -> Iterator[re.Match[str] | None]:
    """Where a page may say when it was published, in order, each looked for only if the ones
    before give no date: its 发布时间, a time stamp, then its furniture lines."""
    yield _PUBLISHED_AT.search(head)
    yield _STAMP.search(head)
    yield _DATE_DMY.search(head)
    yield from _FURNITURE_LINE.finditer(head)


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
        if found := _date(sentence, published):
            return found
    return None


def _held_chair(held: list[tuple[str, int]]) -> tuple[str | None, str] | None:
    """The chair named in any sentence that says the meeting was held (after page furniture)."""
    for sentence, _ in held:
        if chair := _chair(sentence):
            return chair
    return None


def to_int(numeral: str) -> int | None:
    """Read an Arabic or Chinese numeral.

    >>> to_int("73"), to_int("四十七"), to_int("二〇二四"), to_int("二O一O"), to_int("x")
    (73, 47, 2024, 2010, None)
    """
    if numeral.isdigit():
        return int(numeral)
    numeral = numeral.translate(_ZEROS)
    if numeral in _SMALL:
        return _SMALL[numeral]
    import cn2an  # imported lazily: it costs a tenth of a second at start-up

    mode = "direct" if "十" not in numeral and "百" not in numeral and len(numeral) > 2 else "smart"
    try:
        return int(cn2an.cn2an(numeral, mode))
    except (ValueError, KeyError, TypeError):
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


def _date(text: str, published: str | None) -> str | None:
    match = _DATE_FULL.search(text) or _DATE_ISO.search(text)
    named = _NAMED_YEAR.search(text)
    fiscal = re.match(r"\d{4}", (named["y"] or named["y2"])) if named else None
    if match:
        return _iso(to_int(match["y"]), to_int(match["m"]), to_int(match["d"]))
    glued = _DATE_GLUED.search(text) or _DATE_YEAR_GLUED.search(text)
    if glued:
        return _split_month_day(int(glued["y"]), glued["md"])
    relative = _RELATIVE_DAY.search(text) if published and ("昨" in text or "今" in text) else None
    if relative and published:
        days = 1 if (relative["when"] or relative["when2"]).startswith("昨") else 0
        return (Date.fromisoformat(published) - timedelta(days=days)).isoformat()
    partial = _DATE_NO_YEAR.search(text)
    if partial and fiscal:
        return _iso(int(fiscal.group(0)), to_int(partial["m"]), to_int(partial["d"]))
    if partial:
        return _with_year(to_int(partial["m"]), to_int(partial["d"]), published)
    nosep = _DATE_NO_SEP.search(text)
    if nosep and (published or fiscal):
        month_day = _split_month_day(2000, nosep["md"])
        if not month_day:
            return None
        if fiscal:
            return _iso(int(fiscal.group(0)), int(month_day[5:7]), int(month_day[8:]))
        return _with_year(int(month_day[5:7]), int(month_day[8:]), published)
    day = _DAY_ONLY.match(text)
    if day and published:
        pub = Date.fromisoformat(published)
        month = pub.month if int(day["d"]) <= pub.day else (pub.month - 2) % 12 + 1
        return _with_year(month, int(day["d"]), published)
    return None


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    try:
        return Date(year, month, day).isoformat() if year and month and day else None
    except ValueError:
        return None


def _split_month_day(year: int, digits: str) -> str | None:
    """Split glued month and day digits; an ambiguous split (2024111) gives ``None``."""
    candidates = {
        _iso(year, int(digits[:cut]), int(digits[cut:]))
        for cut in (1, 2)
        if 0 < cut < len(digits) and len(digits) - cut <= 2
    } - {None}
    return candidates.pop() if len(candidates) == 1 else None


def _with_year(month: int | None, day: int | None, published: str | None) -> str | None:
    """Take the year from the publication date only when the meeting is shortly before it."""
    if not (published and month and day):
        return None
    pub = Date.fromisoformat(published)
    for year in (pub.year, pub.year - 1):
        iso = _iso(year, month, day)
        if iso and 0 <= (pub - Date.fromisoformat(iso)).days <= _PUBLISHED_WITHIN_DAYS:
            return iso
    return None


def _chair(text: str) -> tuple[str | None, str] | None:
    on_behalf = "委托" in text  # the first two patterns read 受…委托 only: most headers hold none
    for regex in _CHAIR_RES if on_behalf else _CHAIR_RES[2:]:
        match = regex.search(text)
        if match:
            return match["title"] or None, match["name"]
    return None


def _doc_number(head: str) -> str | None:
    if not _BRACKETED_YEAR.search(head):
        return None  # most pages: no need to try the pattern from every character
    for match in _DOC_NUMBER_RE.finditer(head):
        if not re.search(r"索引|文号[：:]", head[max(0, match.start() - 6) : match.start()]):
            return re.sub(r"\s+", "", match["num"])
    return None


def _issuer(text: str, head: str, portal: str | None, chair_title: str | None = None) -> str | None:
    explicit = _named_government(head) or _named_government(portal or "") or _named_government(text)
    if explicit:
        return explicit
    for party in _PARTY_PLACE.finditer(head):
        place = party["place"]
        if not (_NOT_A_PLACE_NAME.search(place) or _FUNCTION_CHARS & set(place)):
            return place + "人民政府"  # 常山县委副书记、县长… names the county
    level = re.search(r"([区县市旗])(?:政府|人民政府)?(?:第|[一-龥]{0,3}届|\d{4}年度)", head)
    chair_level = re.search(r"([区县市旗州])长$", chair_title or "")
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
    for place in [*_places_before(text, "人民政府"), *_places_before(text, "政府", meeting=True)]:
        place = _local(_PLACE_LEAD.sub("", place))
        if len(place) < 2 or place[-1] == place[0] in "区县市旗":
            continue
        if not _NOT_A_PLACE_NAME.search(place) and not _NOT_PLACES.match(place):
            return place + "人民政府"
    return None


def _places_before(text: str, word: str, meeting: bool = False) -> list[str]:
    """The place names written right before each ``word`` (with ``meeting``: only where a
    meeting's name follows the word)."""
    places, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        found = _GOV_PLACE.search(text, max(0, at - 10), at)
        if found and (not meeting or _MEETING_AFTER.match(text, end)):
            places.append(found["place"])
        at = text.find(word, end)
    return places


def _local(place: str) -> str:
    """Drop a province or city prefix: 上海市长宁区 → 长宁区 (the government is the last level)."""
    match = re.match(r"^[一-龥]{2,3}?[省市](?P<rest>[一-龥]{2,}(?:区|县|市|旗))$", place)
    return match["rest"] if match else place
