"""Where the minutes end: at their trailer (出席：…, 抄送：…), or at the page's furniture after them
(上一篇：…, 【打印】, other pages' headlines and dates, another story of the same newspaper page).
"""

from __future__ import annotations

import re

_HEADLINE = r"[^\n，。；：:！？、]{2,30}?关于[^\n，。；：:！？、]{2,60}?(?:汇报|通知|公告|报告|请示|意见|方案|批复)[ \t]*"
# Headlines of other pages listed under no heading: two lines in a row, each a unit's document
# (县住建局关于城区供暖情况的汇报), without a punctuation mark.
_HEADLINES = re.compile(rf"(?m)^[ \t]*{_HEADLINE}\n\s*{_HEADLINE}$")
_LINK_DATE = r"[(（\[]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]]?"
_DATED_HEADLINE = rf"[^\n]{{4,80}}?{_LINK_DATE}[ \t]*$"
# Where the minutes end: their trailer (出席：…, 抄送：…), or the page's furniture after them, whose
# headlines of other pages (上一篇：区市场监管局要加强…) say nothing of this meeting.
_TRAILER = re.compile(
    r"(?m)^\s*(?:(?:出席|列席|请假|缺席|记录|抄送|分送|发送|送|主送|参加会议|出席会议|列席会议|"
    r"会议记录|印发|发至|责任编辑|来源)(?:人员|单位|同志)?\s*[：:]"
    r"|相关链接|相关阅读|相关新闻|相关文章|相关稿件|关联稿件|延伸阅读|上一篇|下一篇|上一条|下一条|"
    r"主办单位|承办单位|版权所有|"
    # The page's tools (【打印】【关闭】, 打印 | 收藏, 分享到): what follows them is the site's, not the
    # minutes' (a list of other pages whose headlines name other reports).
    r"【\s*(?:打印|关闭|收藏)|(?:打印本页|打印|收藏)\s*[|｜]|分享到|扫一扫在手机|"
    # The headline of another page, with its date (县教育局关于秋季招生工作的汇报 2024-02-28).
    rf"{_DATED_HEADLINE}|"
    # Another story of the same newspaper page, opened by its own dateline.
    r"[■●◆□]?\s*(?:本报讯|另讯|短讯|简讯)"
    # A heading alone on its line over a list of other pages (热点新闻, 部门动态 …).
    r"|(?:(?:热点|热门|最新|今日|图片|推荐|更多|精彩)(?:新闻|动态|要闻|推荐|阅读|文章)"
    r"|(?:部门|乡镇|镇街|街道)动态|猜你喜欢|楼主热帖|往期回顾|(?:阅读|点击|热点)排行)"
    r"[ \t]*(?:更多)?[ \t>›»]*$)"
)
# The dated headline is tried at each line for up to 80 characters: most texts hold no such date
# after the minutes, and their trailer is looked for without it (see _trailer).
_TRAILER_UNDATED = re.compile(_TRAILER.pattern.replace(f"{_DATED_HEADLINE}|", ""))
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def minutes_end(text: str, start: int) -> int:
    """Where the minutes going on from ``start`` end: at their trailer or the page's furniture.

    >>> minutes_end("会议研究了春耕生产。\\n上一篇：某县研究防汛工作", 0)
    11
    """
    trailer = _trailer(text, start)
    return trailer.start() if trailer else len(text)


def _trailer(text: str, start: int) -> re.Match[str] | None:
    """The first line from ``start`` that opens the minutes' trailer or the page's furniture."""
    return (_TRAILER if _DATE.search(text, start) else _TRAILER_UNDATED).search(text, start)


def last_item_end(text: str, lead_end: int) -> int:
    """Where the last item, whose lead ends at ``lead_end``, ends: at the minutes' trailer or the
    page's furniture, or before headlines of other pages listed under no heading."""
    trailer = _trailer(text, lead_end)
    end = trailer.start() if trailer else len(text)
    if text.find("关于", lead_end, end) >= 0 and (listed := _HEADLINES.search(text, lead_end, end)):
        end = listed.start()
    return end
