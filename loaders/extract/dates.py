"""Dates and numerals of a minutes page: the meeting's date and the page's own publication date.

A date written without its year takes the year of the page's publication date only when the page
was published shortly after it; a page's furniture (来源 lines, time stamps, the date a document was
issued) tells when the page was published, never when the meeting was held.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date as Date
from datetime import timedelta

from loaders.extract.numerals import CN_DIGITS, NUM, to_int

# A page published within this many days after a date without year dates it; later, it is null.
_PUBLISHED_WITHIN_DAYS = 31

# Lines about the web page, not the meeting: their dates are publication dates.
PUBLICATION = re.compile(
    r"(?:来源|发布时间|发布日期|发文日期|浏览次数|点击数|成文日期|印发日期)[：:][^\n]*"
)

_PUBLISHED_AT = re.compile(r"(?:发布时间|发布日期)[：:]\s*[^\n]{6,24}")

# A year in Chinese numerals, its zero written 〇, 零 or a letter O on some pages (二O一O).
_CN_YEAR = "[〇零一二三四五六七八九OＯ○]{4}"

# A line of page furniture (来源, 编辑, 浏览量 … or a date alone): its date is when the page was
# published, never when the meeting was held. (One ^ before the three kinds of line: a ^ in each
# would be tried three times at every character. A kind of line that must not hold a word is
# first looked at for what it must hold near its start, (?=…), which most lines lack: the
# look-ahead for the word would read every line to its end.)
_FURNITURE_WORD = (
    "来源|发布|编辑|作者|浏览|阅读|点击|字号|稿源|记者|通讯员|访问量|星期|版次|第\\d{1,2}版"
)
# The characters those words open with: looked for before the words, each of which the lazy look-
# ahead below would otherwise try at each of a line's first 60 characters.
_FURNITURE_FIRST = "(?=[来发编作浏阅点字稿记通访星版第])"
FURNITURE_LINE = re.compile(
    rf"(?m)^(?:(?=[^\n]{{0,60}}?{_FURNITURE_FIRST}(?:{_FURNITURE_WORD}))"
    r"(?![^\n]*(?:会议时间|召开|主持|举行)|\s*(?:时间|日期)[：:])"
    rf"[^\n]{{0,60}}?(?:{_FURNITURE_WORD})[^\n]*$"
    # a date alone, or with its time (2020年04月15日13:49: the space lost to the normaliser)
    r"|[\s|｜丨]*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}(?:日|(?=\s|$)))"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s|｜丨]*$"
    # …or with the name of a copying site after it (2020-05-01 某某装修公司, its space lost)
    r"|[\s|｜丨]*\d{4}[-./]\d{1,2}[-./]\d{1,2}[ \t\u3000]*"
    r"(?![^\n]*(?:会议|召开|主持|举行|上午|下午|晚上|星期))[^\n，。,；：:\d]{2,16}[\s|｜丨]*$"
    # 时间：2022年04月21日来源：沈阳日报 is the page's own line, not the meeting's time field.
    r"|\s*(?:时间|日期)[：:][^\n]{0,30}?(?:来源|作者|编辑|浏览|点击)[^\n]*$"
    # 县人民政府办公室2016-4-13: the date a document was issued, in Arabic digits…
    r"|(?=[^\n]{0,30}?办公室\s*\d{4}[-./])[^\n]{0,30}?办公室\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*$"
    # …or in Chinese numerals (区人民政府办公室 二〇一〇年四月六日).
    rf"|(?=[^\n]{{0,40}}?{_CN_YEAR}年)(?![^\n]*(?:召开|主持|举行))"
    rf"[^\n]{{0,40}}?{_CN_YEAR}年[一二三四五六七八九十]{{1,2}}月"
    r"[一二三四五六七八九十]{1,3}日\s*$)"
)

# A time stamp (2021-12-29 14:07, 2018年12月12日 08:39:48) is when a page was published, wherever
# it stands. (The look-behind for a digit before the year stands after the year's first two
# digits, so the pattern starts with a digit and is not tried from every character.)
STAMP = re.compile(
    r"(?:19|20)(?<!\d\d\d)\d\d(?:[-./]\d{1,2}[-./]\d{1,2}\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    r"|年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}[:：]\d{2})"
)

# 10.04.2015 19:26: a time stamp written day first (copies on some sites), a publication date too.
_DATE_DMY = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?=\s+\d{1,2}:\d{2})"
)

# The meeting's own name may carry its year: 2025年第2次常务会议, 市政府(2015)第14次常务会议, or
# the name of a meeting held with it (县政府党组2023年第16次会议、县人民政府第28次常务会议); not
# a meeting conveyed (省安委会2024年度第三次全体会议精神).
_NAMED_YEAR = re.compile(
    r"(?=[\d（(])(?:(?P<y>\d{4})年度?[^，。\d]{0,6}?|[（(](?P<y2>\d{4})[）)])\s*第\s*[\d一二三四五六七八九十]{1,4}\s*"
    r"(?:次|(?=常务))"  # 2023年第10常务会议: its 次 lost
    r"(?![^，。；、]{0,8}?精神)"
)

_DATE_FULL = re.compile(
    rf"(?P<y>\d{{4}}|{_CN_YEAR})\s*年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]"
)

_DATE_GLUED = re.compile(
    r"(?P<y>20\d\d|19\d\d)(?<!\d\d\d\d\d)(?P<md>\d{2,4})(?:日|(?=[，,上下召\s]|$))"
)

_DATE_YEAR_GLUED = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<md>\d{2,4})\s*日")

_DATE_NO_YEAR = re.compile(
    rf"(?=[\d{CN_DIGITS}])(?<![\d年])(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号](?!讯|电)"
)
# 3月8，县长…: a date that lost its 日 before the comma.
_DATE_LOST_DAY = re.compile(
    r"(?=\d)(?<![\d年])(?P<m>1[0-2]|[1-9])月(?P<d>[12]\d|3[01]|[1-9])(?=[，,])"
)
# 某某网4月28日讯 今天下午…: the dateline's day is the 今天 of the story.
_DATELINE = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日讯")

# 金山网讯 昨天下午，市长…主持召开: the day before the page's date (今天: that day).
_RELATIVE_DAY = re.compile(
    r"(?:(?<=讯)|(?<![一-龥]))\s*(?P<when>昨天|昨日|今天|今日)(?:上午|下午|晚上?|[，,])"
    r"|(?P<when2>昨天|昨日|今天|今日)(?:上午|下午|晚上?)?(?=主持|召开|举行)"
)

# 1030日 (10月30日), 99日 (9月9日): a date that lost its 月; two digits only when no day is so long.
_DATE_NO_SEP = re.compile(r"(?<![\d年月])(?P<md>\d{3,4}|3[2-9]|[4-9]\d)日")

# 712区委副书记…主持召开, 1108，县长…: a sentence that opens with its month and day, both marks lost
# (read only with a year the text or the page gives, and when one split only makes a date).
_MONTH_DAY_FIRST = re.compile(
    r"\s*(?P<md>\d{3,4})(?=[区县市州旗]委|[区县市州旗]长|副|上午|下午|晚上|[，,])"
)
# A news release may open with the day alone (25日，市长…主持召开): the month is the page's.
_DAY_ONLY = re.compile(
    r"^\s*(?:[^，。\n]{0,20}?讯\s*)?(?P<d>[012]?\d|3[01])日(?:上午|下午|晚上?)?[，,\s]"
)
# 3-24，县长…主持召开: the month and day alone, written with a dash.
_MONTH_DASH_DAY = re.compile(r"^\s*(?P<m>1[0-2]|0?[1-9])-(?P<d>[12]\d|3[01]|0?[1-9])[，,]")

_DATE_ISO = re.compile(
    r"(?P<y>20\d\d|19\d\d)(?<!\d\d\d\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"
)


def blank(match: re.Match[str]) -> str:
    """The matched text blanked out, its length kept (positions after it stay right)."""
    return "＿" * len(match.group(0))


def published_in_text(head: str) -> str | None:
    """A saved web page keeps its 发布时间 line: the page's own publication date.

    >>> published_in_text("来源：区政府办公室 发布时间：2021-04-09 浏览次数：12")
    '2021-04-09'
    >>> published_in_text("10.04.2015 19:26"), published_in_text("县政府办公室 二O一O年四月六日")
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
    yield STAMP.search(head)
    # Its time (19:26) holds a colon; the pattern opens with a look-behind, tried everywhere.
    yield _DATE_DMY.search(head) if ":" in head else None
    yield from FURNITURE_LINE.finditer(head)


def read_date(text: str, published: str | None) -> str | None:
    """The first date in ``text`` as ISO, its year taken from ``published`` when it has none.

    >>> read_date("3月24日，县长主持召开", "2010-04-06"), read_date("3月24日", None)
    ('2010-03-24', None)
    """
    match = _DATE_FULL.search(text) or _DATE_ISO.search(text)
    if match:
        return _iso(to_int(match["y"]), to_int(match["m"]), to_int(match["d"]))
    named = _NAMED_YEAR.search(text)
    year = int((named["y"] or named["y2"])[:4]) if named else None
    glued = _DATE_GLUED.search(text) or _DATE_YEAR_GLUED.search(text)
    if glued:
        return _split_month_day(int(glued["y"]), glued["md"])
    relative = _RELATIVE_DAY.search(text) if published and ("昨" in text or "今" in text) else None
    if relative and published:
        return _relative_date(text, relative, published)
    partial = _DATE_NO_YEAR.search(text) or _DATE_LOST_DAY.search(text)
    if partial:
        return _dated(year, to_int(partial["m"]), to_int(partial["d"]), published)
    nosep = _DATE_NO_SEP.search(text) or _MONTH_DAY_FIRST.match(text)
    if nosep and (published or year):
        return _glued_month_day(nosep["md"], year, published)
    return _day_alone(text, year, published)


def _dated(
    year: int | None, month: int | None, day: int | None, published: str | None
) -> str | None:
    """A month and day in the year the text names, else in the publication's year (if close)."""
    return _iso(year, month, day) if year else _with_year(month, day, published)


def _relative_date(text: str, relative: re.Match[str], published: str) -> str | None:
    """昨天/今天 counted from the dateline's day (4月28日讯 今天…), else from the page's date."""
    days = 1 if (relative["when"] or relative["when2"]).startswith("昨") else 0
    line = _DATELINE.search(text, 0, relative.start()) if "讯" in text else None
    base = _with_year(int(line["m"]), int(line["d"]), published) if line else published
    return (Date.fromisoformat(base) - timedelta(days=days)).isoformat() if base else None


def _glued_month_day(digits: str, year: int | None, published: str | None) -> str | None:
    """Month and day digits that lost their 月 (1030日): the one split the year or the page allows.

    >>> _glued_month_day("117", None, "2020-11-10"), _glued_month_day("117", None, "2020-01-20")
    ('2020-11-07', '2020-01-17')
    """
    splits = {
        _dated(year, int(digits[:cut]), int(digits[cut:]), published)
        for cut in (1, 2)
        if 0 < cut < len(digits) and len(digits) - cut <= 2
    } - {None}
    return splits.pop() if len(splits) == 1 else None


def _day_alone(text: str, year: int | None, published: str | None) -> str | None:
    """25日，… takes the page's month; 3-24，… is read as 3月24日; never outside the named year."""
    if dashed := _MONTH_DASH_DAY.match(text):
        return _dated(year, int(dashed["m"]), int(dashed["d"]), published)
    day = _DAY_ONLY.match(text)
    if not (day and published):
        return None
    pub = Date.fromisoformat(published)
    month = pub.month if int(day["d"]) <= pub.day else (pub.month - 2) % 12 + 1
    found = _with_year(month, int(day["d"]), published)
    return None if found and year and int(found[:4]) != year else found


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
