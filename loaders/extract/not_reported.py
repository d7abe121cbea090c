"""Units named beside a report word that did not report to this meeting.

A report another meeting heard, conveyed (…听取市发改局汇报时的讲话精神); a unit inside what a
report was about (听取了关于县财政局、县国资局联合开展…的汇报); a report asked for later
(请县发改局下次会议汇报…). :mod:`loaders.extract.submissions` and the item pass skip them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.extract.report_words import NOUN

# 传达学习了市政府第20次常务会议听取市发改局汇报时的讲话精神: the report another meeting heard,
# whose speech is conveyed. What follows the report's cue in its clause says so.
_ELSEWHERE_TAIL = re.compile(
    r"(?:时|后)(?:的)?(?:重要)?(?:讲话|指示|批示|要求)|[^，。；！？\n]{0,4}?(?:会议|讲话)?精神"
)
_REPORT_CUE = re.compile(r"汇报|说明")  # not 报告, which ends many titles
_ELSEWHERE_CUE = re.compile(rf"(?:{_REPORT_CUE.pattern})(?={_ELSEWHERE_TAIL.pattern})")
_CONVEYING_VERB = re.compile(r"传达|学习")


def heard_elsewhere(text: str, pos: int) -> bool:
    """Whether the report whose unit stands at ``pos`` is one another meeting heard, conveyed.

    >>> text = "会议传达学习了市政府常务会议听取市发改局关于A的汇报时的讲话精神。会议听取县水利局关于B的汇报。"
    >>> heard_elsewhere(text, text.index("市发改局")), heard_elsewhere(text, text.index("县水利局"))
    (True, False)
    """
    cues = elsewhere_cues(text)
    at = bisect_left(cues, pos)
    if at == len(cues):
        return False  # no report word after pos ends the way another meeting's report does
    stop = _STOP_AT.search(text, pos)
    end = stop.start() if stop else len(text)
    cue = _REPORT_CUE.search(text, pos, end)
    if not cue or cue.start() != cues[at]:
        return False
    window = max(0, pos - 200)
    mark = max(text.rfind(c, window, pos) for c in "。！？\n")
    return bool(_CONVEYING_VERB.search(text, mark + 1, pos))


@lru_cache(maxsize=8)
def elsewhere_cues(text: str) -> tuple[int, ...]:
    """Where the report words that end another meeting's report stand, once per text.

    >>> elsewhere_cues("听取甲局汇报时的讲话精神。听取乙局汇报。")
    (4,)
    """
    return tuple(cue.start() for cue in _ELSEWHERE_CUE.finditer(text))


_STOP_AT = re.compile(r"[，。；！？\n]")
# What closes a report: its word, or any noun closing its clause after 的 (…的讲述；听取…).
_CUE_DONE = re.compile(rf"汇报|说明|报告|请示|介绍|的{NOUN}")


_OWN_ABOUT = re.compile(r"[^，。；、关]{2,26}?关于")
_BACKGROUND = re.compile(r"传达|学习|贯彻")


def in_subject(text: str, start: int, pos: int) -> bool:
    """Whether the unit at ``pos`` stands inside what a report was about (听取了关于县财政局、县国资局
    联合开展…的汇报): after a 关于 of its sentence whose report is not over yet.

    >>> text = "会议听取了关于甲局、乙局联合开展清查的汇报。"
    >>> in_subject(text, 0, text.index("乙局")), in_subject("会议听取了甲局关于X的汇报、乙局关于Y的汇报。", 0, 14)
    (True, False)
    >>> in_subject("会议听取了甲局关于X工作、乙局关于Y的汇报。", 0, 13)
    False
    """
    if (
        text[pos - 1 : pos] in "、，,"
        and _OWN_ABOUT.match(text, pos)
        and not _BACKGROUND.search(text, start, pos)
    ):
        return False  # 听取了甲局关于X工作、乙局关于Y的汇报: the next unit with its own 关于
    about = text.rfind("关于", start, pos)
    if about < 0 or text.rfind("《", start, about) > text.rfind("》", start, about):
        return _in_heard_list(text, start, pos)  # 《国务院办公厅关于…的通知》: a title's own 关于
    return not _CUE_DONE.search(text, about, pos) and text.find("》", about, pos) < 0


# 听取了全县住房保障工作，甲项目、乙集团投资项目…的情况汇报: a list of heard topics, opened by a
# topic (not a unit) and not closed yet.
_HEARD_TOPIC = re.compile(r"听取(?:了)?(?=全[区县市]|[^，。；\n]{2,12}?(?:工作|项目|情况)[，、])")


def _in_heard_list(text: str, start: int, pos: int) -> bool:
    """Whether the unit at ``pos`` stands in a list of topics the meeting heard, its report word
    still to come.

    >>> text = "会议听取了全县住房保障工作，甲项目，乙集团投资项目等工作的情况汇报。"
    >>> _in_heard_list(text, 0, text.index("乙集团")), _in_heard_list("会议听取了乙集团的汇报。", 0, 5)
    (True, False)
    """
    heard = text.rfind("听取", start, pos)
    return (
        heard >= 0
        and bool(_HEARD_TOPIC.match(text, heard))
        and not _CUE_DONE.search(text, heard, pos)
    )


# A time to come between the unit and its report: the report is asked for, not made.
_LATER = re.compile(
    r"(?:于|在)?(?:下次|下一次|下周|下月|会后|近期(?!工作|情况|重点)|限期|定期|及时|尽快|每月|每季度|按月|按季|"
    r"[^，。；！？\n]{1,6}?前(?:向|将|书面)?)(?=[^，。；！？\n]{0,12}?(?:汇报|报告|说明)(?!了))"
)


def asked_later(text: str, pos: int) -> bool:
    """Whether the words at ``pos``, between a unit and its report word, name a time to come.

    >>> asked_later("下次会议汇报乙项目进展", 0), asked_later("月底前汇报了乙工作", 0)
    (True, False)
    >>> asked_later("近期汇报乙项目进展", 0), asked_later("近期工作情况汇报", 0)
    (True, False)
    """
    return bool(_LATER.match(text, pos))
