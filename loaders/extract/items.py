"""Splitting minutes into agenda items.

Two shapes cover the wild: numbered items (一、二、 after 纪要如下, possibly glued to the end of the
previous line) and paragraphs or clauses that open with an agenda verb (会议听取…, 会议审议…; in a
news release 会议传达学习了…，听取了…，研究了… in one paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from loaders.extract.dates import to_int
from loaders.extract.header import HEADER_WINDOW
from loaders.extract.unit_names import unit_of

# One vocabulary of agenda verbs. The words that open an item, alone or in a compound…
AGENDA_WORDS = (
    "听取", "审议", "审定", "审核", "研究", "传达", "学习", "议定", "部署", "讨论", "分析",
)  # fmt: skip
# …the words that decide, and those that convey (what they govern is background).
DECIDING_WORDS = ("同意", "通过")
CONVEYING_WORDS = ("传达", "学习", "通报", "印发", "转发", "贯彻")
_COMPOUNDS = (
    "研究审议并原则通过|研究审议并通过|研究审议通过|研究审议|听取并原则同意|听取并审议|审议并原则通过|审议并通过|审议通过|原则同意|原则通过|分别听取|"
    "一致同意|一致通过|同意印发|同意出台|"
    "研究部署|研究讨论|安排部署|部署安排|传达学习|学习贯彻|分析研判"
)
# How a verb may be qualified: 专题讨论, 认真研究.
_ADVERBS = "认真|专题|集体|深入|系统|书面|决定"
# A compound before the word it starts with, so the longest reading wins.
_VERBS = _COMPOUNDS + "|" + "|".join(AGENDA_WORDS)
_VERB = re.compile(_VERBS)  # plain words: searched in the item as in a slice of it
_DECISION = re.compile(r"同意|通过|议定")
# A decision clause belongs to the item before it unless it brings its own subject:
# 审议并原则通过《X》 is a new item, 审议并原则通过了该方案 is not.
_BACK_REFERENCE = re.compile(r"(?:了)?(?:该|上述|此|这一?|以上)")
# (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
_SENTENCE_AGENDA = re.compile(
    rf"(?<![^。；！\n])[\s?？\ufffd]*(?:会议|会上)(?:首先|还|又|再|随后|接着|最后|同时|先后|一并|集中)?"
    rf"(?:{_ADVERBS})?(?:分别)?(?P<verb>{_VERBS})(?!决定|认为|指出|强调|提出|表示)"
)
# A paragraph of a news release may open with the bare verb: 审议《…》，听取…的汇报。
_PARAGRAPH_AGENDA = re.compile(
    r"(?m)^[ \t\u3000]*(?P<verb>审议并原则通过|审议通过|审议|听取并原则同意|听取|研究)(?=了|《|[^，。\n]{2})"
)
# …and so may a sentence inside one: 会议传达学习了…。审议了《A》。听取了B情况汇报。
_BARE_SENTENCE_AGENDA = re.compile(
    r"[。；][ \t\u3000]*(?P<verb>传达学习|审议|听取|研究|审定)(?=了)"
)
# 会议对《A》和《B》进行了认真审议: the titles come before the verb.
_REVIEWED_TITLES = re.compile(
    r"(?<![^。；！\n])[\s?？\ufffd]*(?:会议|会上)(?:还|又|随后|最后)?对(?=《)"
    r"(?=[^。\n]{2,300}?(?:进行了?|作了?)[^，。\n]{0,6}(?:审议|讨论|研究|审定))"
)
# …or a title may open the sentence, approved after it: 《A》经会议审议原则通过, 《A》获会议原则通过.
_TITLE_APPROVED = re.compile(
    r"(?<![^。；！\n])[ \t\u3000]*(?=《[^《》\n]{2,80}》(?:[（(][^（）()\n]{2,8}[）)])?(?:经|获)(?:会议)?"
    r"(?:审议|研究|讨论)?(?:并)?(?:原则|一致)?(?:通过|同意))"
)
# What every match of _TITLE_APPROVED holds: the title or its bracket closed, then 经 or 获.
_TITLE_APPROVED_CUE = re.compile(r"[》）)][经获]")
# …or a paragraph on work the meeting took up: 会议对国庆节前安全生产工作进行了部署，强调…
_DEPLOYED_PARAGRAPH = re.compile(
    r"(?m)^[ \t\u3000]*(?:会议|会上)(?:还|又|随后|最后|专门|专题)*(?:对|就)(?!《)"
    r"(?=[^。，；\n]{2,60}?(?:进行了?|作了?|作出了?)(?:专题|全面)?"
    r"(?:部署|安排部署|部署安排|推进|研究|调度|安排)[，。])"
)
# A paragraph may open with the reporter: 县住建局汇报了《…》的起草情况，会议审议并原则通过; also
# after a word of sequence (随后，区财政局负责人汇报了…) and with what the report went over between
# (会上，区资投公司负责人围绕起草过程、资格审查等方面，汇报了《…》).
_SENTENCE_REPORT = re.compile(
    r"(?<![^。；！\n])\s*(?:(?:会上|随后|接着|然后|最后|同时)[，,]?)?(?P<rep>[^，。；《》“”\n]{3,30}?)"
    r"(?:作了?|就[^，。]{1,40}?|围绕[^。；\n]{1,80}?(?:等)?方面[，,]?)?(?:汇报了|进行了?汇报)"
)
# What every match of _SENTENCE_REPORT ends with: most texts that hold 汇报 hold none of these.
_SENTENCE_REPORT_CUE = re.compile(r"汇报了|进行了?汇报")
_CLAUSE_AGENDA = re.compile(
    rf"(?<=[，；])\s*(?:还|又|再|随后|接着|最后|同时|并)?(?P<verb>{_VERBS})(?:了|并"
    r"|(?<=听取|审议|讨论)(?=《|[^，。；\n]{4})|(?<=研究)(?!部署|讨论|决定|制定|解决|安排|下)(?=[^，。；\n]{4}))"
    r"(?!决定|认为|指出|强调)"
)
# Item numbers, in order of precedence: 一、 (also glued after 。), then 1． and （一） at line start
# (（一） inside an item is usually a sub-point, so it counts only when nothing else numbers items).
# The first one's look-ahead names the characters it opens with: its look-behind is tried only there.
_HEADINGS = (
    re.compile(
        r"(?=[ \t一二三四五六七八九十])(?<![^。；\n])[ \t]*(?P<num>[一二三四五六七八九十]{1,3})、(?!二季度|三季度|四季度)"
    ),
    re.compile(r"(?m)^[ \t]*(?P<num>\d{1,2})[.．、](?!\d)"),
    re.compile(r"(?m)^[ \t]*[（(](?P<num>[一二三四五六七八九十]{1,3})[）)]"),
    re.compile(r"(?m)^[ \t]*议题(?P<num>[一二三四五六七八九十]{1,3})[：:、]"),
)
# A news release may list the agenda in its opening sentence: …主持召开…常务会议，听取了…，研究了…。
_OPENING = re.compile(
    r"(?:召开|举行)[^。\n]{0,40}?(?:常务会议|常务会|会议)[，,。]|(?:常务会议|常务会)[^。\n]{0,40}?(?:召开|举行)[，,]"
)
_OPENING_VERB = re.compile(
    rf"\s*(?:会议)?(?P<lead>(?:{_ADVERBS})?(?P<verb>{_VERBS}))(?!决定|认为|指出|强调)"
)
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
_SPEAKER = re.compile(r"(?m)^【[^】\n]{1,30}】\s*\d{1,2}[:：]\d{2}")
_CALL = re.compile(
    r"(?<![^。，；\n])[^。，；\n]*(?:第[一二三四五六七八九十\d]{1,3}项|下一项|最后一项)(?:议题)?[^。\n]*?请"
)
_SPEAKER_NAME = re.compile(r"(?m)^【(?P<who>[^】\n]{1,30})】")
_AGENDA_LINE = re.compile(
    r"(?m)^[ \t]*\d{1,2}[.．、](?:听取|审议|研究)?(?P<topic>[^\n]{2,80}?)(?:的)?(?:汇报)?$"
)
_NOT_ITEM = re.compile(
    r"^\s*(?:会议)?(?:还)?(?:研究|讨论|审议)了?(?:其他|其它|有关|相关)(?:事项|议题|工作)"
)


_STOP = re.compile(r"[。！？\n]")
_REPORTER_SENTENCE = re.compile(
    r"\s*[^，。；\n]{2,40}?(?:汇报了|介绍了|作了?(?:起草|编制|有关|专题)?(?:情况)?(?:汇报|说明))"
)


@dataclass(frozen=True)
class Item:
    """An agenda item: its number and the character ranges of the whole item and its lead.

    ``lead`` is the part that says what the item is about and who reported (the heading and the
    agenda sentence); the rest of the item is what the meeting said and directed.
    """

    number: int
    start: int
    end: int
    lead_end: int
    verb: str
    topic: tuple[str, int] | None = None
    """What an agenda list says the item is about, with its position, when the item has one."""

    def ending_at(self, end: int) -> Item:
        """The item ending at ``end`` (as ``dataclasses.replace`` would give it, faster)."""
        return Item(self.number, self.start, end, self.lead_end, self.verb, self.topic)


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


def split_items(text: str, body_start: int = 0) -> list[Item]:
    """Find the agenda items of a normalised, simplified minutes text.

    Args:
        text: the document text.
        body_start: where the header ends (items are not looked for before it).

    >>> text = "会议听取区应急局关于X的汇报。会议指出，要抓好。会议审议《Y》。"
    >>> [(i.number, text[i.start:i.lead_end]) for i in split_items(text)]
    [(1, '会议听取区应急局关于X的汇报。'), (2, '会议审议《Y》。')]
    """
    end = len(text)
    items = (
        _timeline_items(text, body_start, end)
        or _numbered_items(text, body_start, end)
        or _verb_items(text, body_start, end)
    )
    if items:
        last = items[-1]
        trailer = _trailer(text, last.lead_end)
        end = trailer.start() if trailer else len(text)
        if text.find("关于", last.lead_end, end) >= 0 and (
            listed := _HEADLINES.search(text, last.lead_end, end)
        ):
            end = listed.start()
        if end < len(text):
            items[-1] = replace(last, end=end)
    return _drop_other_business(text, items)


def _drop_other_business(text: str, items: list[Item]) -> list[Item]:
    """Drop 审议了相关议题 / 研究了其他事项 clauses: no item of their own, so what the meeting
    said after them stays with the item before (会议对近期工作作出安排部署：一是…)."""
    kept: list[Item] = []
    for item in items:
        if not _NOT_ITEM.match(text[item.start : item.lead_end]):
            kept.append(item)
        elif kept:
            kept[-1] = replace(kept[-1], end=max(kept[-1].end, item.end))
    return kept


def _timeline_items(text: str, start: int, end: int) -> list[Item]:
    """A 图文回放 page: 【speaker】time entries; the chair opens each item (第二项议题，请X汇报…)."""
    if len(_SPEAKER.findall(text, start, end)) < 3:
        return []
    calls = [m.start() for m in _CALL.finditer(text, start, end)]
    if len(calls) < 2:
        return _speaker_items(text, start, end)
    items = []
    for number, (pos, nxt) in enumerate(zip(calls, [*calls[1:], end], strict=True), start=1):
        lead_end = _sentence_end(text, pos, nxt)
        items.append(Item(number, pos, nxt, lead_end, "汇报"))
    return items


def _speaker_items(text: str, start: int, end: int) -> list[Item]:
    """A timeline whose chair does not call each item: every unit that speaks without 补充 opens
    one, in the order of the page's agenda list (会议议题：1.… 2.…), which gives its topic."""
    agenda = [(m["topic"], m.start("topic")) for m in _AGENDA_LINE.finditer(text, start, end)]
    opening = [
        m.start() for m in _SPEAKER_NAME.finditer(text, start, end)
        if unit_of(m["who"]) and "补充" not in text[m.end() : m.end() + 20]
    ]  # fmt: skip
    items = []
    for number, (pos, nxt) in enumerate(zip(opening, [*opening[1:], end], strict=False), start=1):
        topic = agenda[number - 1] if len(agenda) == len(opening) else None
        items.append(Item(number, pos, nxt, _sentence_end(text, pos, nxt), "汇报", topic))
    return items


def _numbered_items(text: str, start: int, end: int) -> list[Item]:
    heads = next((h for h in (_heads(r, text, start, end) for r in _HEADINGS) if len(h) >= 2), [])
    if not heads:
        return []
    bounds = [pos for _, pos in heads] + [end]
    items = []
    for (number, pos), nxt in zip(heads, bounds[1:], strict=False):
        verb = _VERB.search(text, pos, nxt)
        items.append(
            Item(number, pos, nxt, _numbered_lead_end(text, pos, nxt), verb[0] if verb else "")
        )
    return items


def _heads(regex: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Numbered headings of one style that count 1, 2, 3 … in order."""
    heads: list[tuple[int, int]] = []
    for match in regex.finditer(text, start, end):
        if to_int(match["num"]) == len(heads) + 1:
            heads.append((len(heads) + 1, _opening(match)))
    return heads


_COMMENT = re.compile(
    r"会议(?:指出|认为|强调|要求|明确|议定|决定|同意|原则同意|原则通过)|要求[，：]"
)
_FULL_STOP = re.compile(r"[。\n]")


def _numbered_lead_end(text: str, start: int, end: int) -> int:
    """The lead of a numbered item: its heading and the sentences before the meeting's comments."""
    match = _COMMENT.search(text, start, end)
    # The first three stops after the heading's first characters, counted from the item's start.
    stops = (m.end() - start for m in _FULL_STOP.finditer(text, start, end) if m.end() - start > 3)
    sentences = list(islice(stops, 3))
    limit = start + sentences[-1] if sentences else end
    return min(match.start() if match else end, limit) if match else limit


def _verb_items(text: str, start: int, end: int) -> list[Item]:
    starts: list[tuple[int, str]] = []
    opening = _OPENING.search(text, start, min(end, start + HEADER_WINDOW))
    if opening:
        starts.extend(_continuations(text, opening.end() - 1, end))
        # Right after the opening the verb may stand bare: …常务会议，听取县财政局关于…的汇报。
        first = _OPENING_VERB.match(text, opening.end(), end)
        if first and text[opening.end() - 1] == "。" and first.group(0) != first["lead"]:
            first = None  # a new sentence or paragraph opening with 会议 is found on its own
        if first and all(pos != first.start("verb") for pos, _ in starts):
            starts.append((first.start("verb"), first["verb"]))
    for match in [
        *_SENTENCE_AGENDA.finditer(text, start, end),
        *_PARAGRAPH_AGENDA.finditer(text, start, end),
    ]:
        starts.append((_opening(match), match["verb"]))
        starts.extend(_continuations(text, match.end(), end))
    for match in _BARE_SENTENCE_AGENDA.finditer(text, start, end):
        starts.append((match.start("verb"), match["verb"]))
        starts.extend(_continuations(text, match.end(), end))
    # Every match of the next patterns holds 对《, a title closed before 经 or 获, or a report made
    # (汇报了, 进行汇报); most texts hold none.
    reviewed = text.find("对《", start, end) >= 0
    for match in _REVIEWED_TITLES.finditer(text, start, end) if reviewed else ():
        starts.append((_opening(match), "审议"))
    approved = _TITLE_APPROVED_CUE.search(text, start, end)
    for match in _TITLE_APPROVED.finditer(text, start, end) if approved else ():
        starts.append((_opening(match), "审议"))
    for match in _DEPLOYED_PARAGRAPH.finditer(text, start, end):
        starts.append((_opening(match), "部署"))
    reported = _SENTENCE_REPORT_CUE.search(text, start, end)
    for match in _SENTENCE_REPORT.finditer(text, start, end) if reported else ():
        opens = _opening(match)
        if unit_of(match["rep"]) and _same_paragraph_start(text, opens):
            starts.append((opens, "汇报"))
    starts.sort()
    items: list[Item] = []
    for index, (pos, verb) in enumerate(starts):
        if (
            _folds_into_previous(text, pos, verb)
            and items
            and _same_paragraph(text, items[-1].start, pos)
        ) or (items and _decides_previous(text, items[-1], pos, verb)):
            continue
        nxt = starts[index + 1][0] if index + 1 < len(starts) else end
        lead_end = _with_reporter(text, _sentence_end(text, pos, nxt), nxt)
        items.append(Item(len(items) + 1, pos, nxt, lead_end, verb))
    return _merge_decisions(items, end)


def _opening(match: re.Match[str]) -> int:
    """Where a match's text starts, past the spaces it opens with (an indent, a line break)."""
    return match.end() - len(match.group(0).lstrip())


def _with_reporter(text: str, lead_end: int, end: int) -> int:
    """Extend a lead over the sentence that names the reporter: 会议研究了X。区Y局汇报了…。"""
    following = _STOP.search(text, lead_end, end)
    sentence_end = following.end() if following else end
    if _REPORTER_SENTENCE.match(text, lead_end, sentence_end):
        return sentence_end
    return lead_end


def _continuations(text: str, pos: int, end: int) -> list[tuple[int, str]]:
    """Agenda clauses that continue a sentence: 会议传达学习了A，听取了B的汇报，研究了C。"""
    stop = _sentence_end(text, pos, end)
    return [(m.start("verb"), m["verb"]) for m in _CLAUSE_AGENDA.finditer(text, pos, stop)]


def _sentence_end(text: str, pos: int, end: int) -> int:
    match = _STOP.search(text, pos, end)
    return match.end() if match else end


_STUDIED = re.compile(r"审议|听取|研究")


def _folds_into_previous(text: str, pos: int, verb: str) -> bool:
    if not _DECISION.search(verb):
        return False
    if not _STUDIED.search(verb):
        return True
    after = text.find(verb, pos) + len(verb)
    return bool(_BACK_REFERENCE.match(text, after))


# 会议议定，原则同意…: what was decided, with no subject of its own.
_BARE_DECISION = re.compile(r"(?:会议|会上)?议定[，：:]")


def _decides_previous(text: str, previous: Item, pos: int, verb: str) -> bool:
    """Whether a paragraph of what was decided (会议议定，原则同意市水利局的汇报) follows an item
    that had only its lead: it is that item's decision, not an item of its own."""
    return (
        verb == "议定"
        and bool(_BARE_DECISION.match(text, pos))
        and not text[previous.lead_end : pos].strip()
    )


def _same_paragraph_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a paragraph (a reporter sentence inside a paragraph is no new item)."""
    return pos == 0 or text[pos - 1] == "\n"


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _merge_decisions(items: list[Item], text_end: int) -> list[Item]:
    """Extend each item to the start of the next (the last to the end of the text), after
    decision clauses were folded into it."""
    merged = []
    for index, item in enumerate(items):
        end = items[index + 1].start if index + 1 < len(items) else text_end
        merged.append(item.ending_at(max(end, item.lead_end)))
    return merged
