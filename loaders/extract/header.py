"""The meeting header: date, ordinal, chair, doc number and issuer.

Every field that cannot be read from the text is ``None``: a wrong date or ordinal in the graph is
worse than a missing one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from loaders.extract.chair import held_chair, named_alone, read_chair
from loaders.extract.dates import (
    FURNITURE_LINE,
    PUBLICATION,
    STAMP,
    blank,
    published_in_text,
    read_date,
)
from loaders.extract.issuer import read_issuer
from loaders.extract.numerals import CN_DIGITS, NUM, to_int
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
    # (not a session of another body: 市四届人大六次会议, 政协五次会议)
    rf"(?=[\d{CN_DIGITS}第])(?<!人大)(?<!政协)(?<!党代会)(?:(?P<year>\d{{4}})年度?)?(?:(?P<term>[{CN_DIGITS}]+|\d+)届)?"
    # 第171、172次: two meetings held at once, the first named; 第6次（5届51次）: an aside
    rf"(?:第\s*)?(?P<n>{NUM})(?:[、，,和]{NUM})*\s*次(?:[（(][^（）()]{{1,10}}[）)])?"
    r"(?:[区县市州旗]?(?:人民)?政府)?(?:常务(?:[（(]扩大[）)])?会议?|会议)"
    r"(?!议?精神)"  # 市政府第163次常务会议精神: another meeting, conveyed
)
_DOC_NUMBER_RE = re.compile(
    # (not the title above it: …第1次常务会议纪要 / 〔2022〕第1期 on the next line)
    r"(?P<num>(?<![\d一二三四五六七八九十])[一-龥]{1,12}(?:纪要|纪|会议|府会|府常|常务|阅|记)[ \t\u3000]*"
    r"[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]"
    r"\s*第?\s*\d+\s*[号期])"
)
_BRACKETED_YEAR = re.compile(r"[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]")
# A number alone on its line at the head of a 纪要, without its prefix: 〔2011〕28号.
_BARE_NUMBER_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<num>[〔［\[]\s*\d{4}\s*[〕］\]]\s*第?\s*\d{1,4}\s*[号期])"
    # …or glued to the government's name that opens the title: 〔2020〕4号甲县人民政府…纪要
    r"(?:[ \t\u3000]*$|(?=[一-龥]{2,12}?政府[^\n]{0,30}纪要))"
)


def parse_header(
    text: str, published: str | None = None, portal: str | None = None, listed: str | None = None
) -> Meeting:
    """Read the meeting header from a normalised, simplified minutes text.

    Args:
        text: the whole document (simplified characters).
        published: the page's publication date (ISO), used only to complete a date without year.
        portal: the site name of an HTML page, a hint for the issuer.
        listed: the document number the page's metadata gives, when the text gives none.

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
    raw = text[: max(600, anchor[1])] if anchor else text[:600]
    # Furniture lines go first, whole: 时间：2023-08-31 来源：某报 is the page's line, and its date
    # would stay behind if its 来源 part went first.
    head = PUBLICATION.sub("", FURNITURE_LINE.sub("", raw))
    where = anchor[0] if anchor else head
    # A page that never says a meeting was held (news of something else) has no meeting date.
    held = anchor or _TIME_FIELD.search(head)
    # 近日，市长…主持召开: the sentence that says the meeting was held gives no day, so no other
    # date of the page (a meeting conveyed, the page's own) is the meeting's.
    dated = held and not (anchor and _NO_DAY.search(_HELD.split(anchor[0], 1)[0]))
    chair = read_chair(where) or read_chair(head) or held_chair(anchors) or named_alone(head)
    issuer = read_issuer(text, head, portal, chair[0] if chair else None)
    ordinal = _ordinal(where) or _ordinal(head)
    return Meeting(
        title=f"{issuer}第{ordinal}次常务会议" if issuer and ordinal else None,
        doc_number=_doc_number(head) or _bare_number(head) or _minutes_number(listed),
        date=_meeting_date(anchors, raw, head, published) if dated else None,
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


# 会议时间：\n\n2023年11月20日（星期一）上午9:30: a timeline's time field, its value sometimes on
# the line after it (a line holding 星期 is otherwise the page's furniture).
_TIME_VALUE = re.compile(r"(?m)^[ \t]*(?:会议)?(?:时间|日期)[：:]\s*(?P<v>[^\n]{4,40})")
_PAGE_WORDS = re.compile(r"来源|作者|编辑|浏览|点击")


def _meeting_date(
    anchors: list[tuple[str, int]], raw: str, head: str, published: str | None
) -> str | None:
    """The date of the sentence that says the meeting was held, else of its time field, else
    the first of the header without the page's furniture."""
    # A page that gives no publication line may still give its date in the header (a stamp glued
    # to the title, a 时间： line): it completes a held sentence's day without a year.
    if found := _anchored_date(anchors, published or read_date(head, None)):
        return found
    field = _TIME_VALUE.search(raw) if "时间" in raw or "日期" in raw else None
    if field and not _PAGE_WORDS.search(field["v"]) and (found := read_date(field["v"], published)):
        return found
    return read_date(head, published)


def _anchored_date(held: list[tuple[str, int]], published: str | None) -> str | None:
    """The date of the first sentence that says the meeting was held (a title line has none)."""
    for sentence, _ in held:
        if "来源" in sentence or "发布" in sentence or "作者" in sentence:
            sentence = _STAMP_BEFORE_SOURCE.sub("", sentence)  # the page's, glued to its title
        if found := read_date(sentence, published) or _day_only(sentence, published):
            return found
    return None


# 本网讯（记者某某）12日，州长…主持召开: a news dateline gives the day alone.
_DAY_ONLY = re.compile(r"^[^，。\d]{0,24}?(?<![\d月])(?P<d>[0-3]?\d)日(?=[，,上下中晚])")


def _day_only(sentence: str, published: str | None) -> str | None:
    """The meeting's date from a day alone, in the page's month, on or before the page's day
    (a later day would be a month the page does not name).

    >>> _day_only("本网讯（记者某某）12日，州长某某主持召开", "2013-12-13")
    '2013-12-12'
    >>> _day_only("28日上午，县长某某主持召开", "2021-03-02"), _day_only("12日，…", None)
    (None, None)
    """
    match = _DAY_ONLY.match(sentence) if published else None
    if not match or not published:
        return None
    year, month, day = (int(part) for part in published.split("-"))
    wanted = int(match["d"])
    return dt.date(year, month, wanted).isoformat() if 1 <= wanted <= day else None


# 区政府召开常务会议…2025年12月22日来源：某报: the page's date before its source, not the meeting's.
_STAMP_BEFORE_SOURCE = re.compile(
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[\s\d:：]*(?=来源|稿源|发布|作者|编辑)"
)


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


def _minutes_number(listed: str | None) -> str | None:
    """A page's listed document number when it numbers minutes (a portal may list another
    document's number beside a news release: 闵教规字〔2024〕1号).

    >>> _minutes_number("长府会议纪要〔2023〕39号"), _minutes_number("闵教规字〔2024〕1号")
    ('长府会议纪要〔2023〕39号', None)
    """
    return listed if listed and _DOC_NUMBER_RE.fullmatch(listed) else None


def _doc_number(head: str) -> str | None:
    for match in _numbers(head):
        if not re.search(r"索引|文号[：:]", head[max(0, match.start() - 6) : match.start()]):
            return re.sub(r"\s+", "", match["num"])
    return None


def _numbers(head: str) -> Iterator[re.Match[str]]:
    """The matches ``_DOC_NUMBER_RE.finditer(head)`` gives, tried only where one can start.

    Only a name and its word (2 to 14 characters) and spaces stand before a number's bracketed
    year, so a match starts within 14 characters of a year's spaces: the pattern is tried at
    those few places instead of from every character of the header to its end.

    >>> [m["num"] for m in _numbers("索引号：长府会议纪要〔2023〕38号 （2024） 长府纪要 〔2023〕 39号")]
    ['长府会议纪要〔2023〕38号', '长府纪要 〔2023〕 39号']
    """
    tried = 0  # every place before this one was tried, or lies inside a match
    for year in _BRACKETED_YEAR.finditer(head):
        name_end = len(head[: year.start()].rstrip())
        for pos in range(max(tried, name_end - 14), name_end - 1):
            if match := _DOC_NUMBER_RE.match(head, pos):
                yield match
                tried = match.end()
                break
        tried = max(tried, name_end - 1)


def _bare_number(head: str) -> str | None:
    """A number alone on its line, without its prefix: 〔2011〕28号."""
    bare = _BARE_NUMBER_LINE.search(head) if "号" in head or "期" in head else None
    return re.sub(r"\s+", "", bare["num"]) if bare else None
