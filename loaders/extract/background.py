"""Background: what a sentence conveys (传达学习《A》, 《A》精神) rather than puts before the meeting.

A title or a unit that stands after a conveying verb is background: a document studied, or the unit
that wrote it. The verb that counts is the nearest one before it in its sentence, leaving out the
verbs that only describe something else: those inside a title (《关于印发…的通知》) and those of the
occasion of a speech (在研究部署…工作时的重要讲话, 在…座谈会上听取…的讲话精神).
"""

from __future__ import annotations

import re

from loaders.extract.agenda_verbs import (
    AGENDA_WORDS,
    CONVEYING_WORDS,
    DECIDING_WORDS,
    TITLE_OBJECT_CLAUSE,
    reviews_title,
)

# 会前进行了集体学法，邀请某教授就《A》作了解读, 县司法局领学了《A》: a law studied conveys too.
_CONVEYING = frozenset((*CONVEYING_WORDS, "学法", "领学"))
# The verbs that govern what follows them in a sentence: the agenda's, and a unit's own.
_GOVERNING = re.compile(
    "|".join(dict.fromkeys((*AGENDA_WORDS, *DECIDING_WORDS, *_CONVEYING, "汇报", "提交", "提请")))
)
# 《A》精神, 关于《A》的解读: a document studied or explained to the meeting.
_STUDIED_AFTER = re.compile(r"》(?:等)?(?:文件|会议)?精神|》的?解读")
# The text up to the last sentence stop: greedy, it reads back from the end of the window.
_TO_SENTENCE_START = re.compile(r"(?s:.*)[。！？\n]")
# 在中央政治局会议研究部署防汛工作时的重要讲话: the occasion of a speech, not the meeting's agenda.
_OCCASION = re.compile(
    r"在[^，。；！？《》\n]{2,120}?(?:时|上|期间)的?(?:重要)?(?:讲话|指示|批示|致辞)"
)


def conveyed(text: str, pos: int) -> bool:
    """Whether the nearest agenda verb before ``pos`` in its sentence conveys (传达学习, 通报).

    >>> text = "会议传达学习了《A》精神，审议《B》。"
    >>> conveyed(text, text.index("《A")), conveyed(text, text.index("《B"))
    (True, False)
    >>> text = "会议学习了总书记在研究部署防汛工作时的重要讲话、《甲法》。"
    >>> conveyed(text, text.index("《甲"))
    True
    """
    close = text.find("》", pos)
    if close >= 0 and _STUDIED_AFTER.match(text, close):
        return True
    window = max(0, pos - 800)
    stop = _TO_SENTENCE_START.match(text, window, pos)  # one match, not one rfind per stop
    start = stop.end() if stop else window
    verbs = _governing(text, start, pos + 2)
    if not verbs or verbs[-1].group(0) not in _CONVEYING:
        return False
    # …精神，审阅《A》《B》: a clause of its own after the conveying one puts the titles before the
    # meeting, whatever its verb.
    clauses = TITLE_OBJECT_CLAUSE.finditer(text, verbs[-1].end(), pos)
    if any(reviews_title(clause) for clause in clauses):
        return False
    # 同意印发《A》, 原则同意按程序印发《A》: the meeting approves issuing it, conveys nothing; nor
    # does 审议了关于印发《A》相关事宜, the issuing put before the meeting.
    last = verbs[-1]
    if last.group(0) == "通报" and text[last.end() : last.end() + 1] not in "【〔[［":
        return _notice_from_above(text, pos)  # (鄂纪办通报【2017】9期: a number, no verb)
    before = text[max(start, last.start() - 8) : last.start()]
    return not (last.group(0) == "印发" and ("同意" in before or _REVIEWED_ISSUING.search(before)))


# 通报《甲县考核任务完成情况》 puts the page's own report before the meeting; 通报《国务院安委会关于…
# 的通报》 passes on what came from above.
_FROM_ABOVE = re.compile(
    r"《?(?:关于)?(?:国务院|中共中央|中央|国家|全国|省委|省政府|[一-龥]{2,3}省(?:委|人民政府|政府)|"
    r"[^《》\n]*(?:的通报|的通知|的通告|的决定|的讲话|批示)》)"
)


def _notice_from_above(text: str, pos: int) -> bool:
    """Whether the title at ``pos`` after 通报 is a notice passed on from above.

    >>> _notice_from_above("通报《甲县任务完成情况》", 2), _notice_from_above("通报《国务院关于甲的通报》", 2)
    (False, True)
    """
    return bool(_FROM_ABOVE.match(text, pos))


_REVIEWED_ISSUING = re.compile(r"(?:审议|研究|讨论|审定)了?关于$")


def _governing(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The governing verbs between ``start`` and ``end``, without those inside a title or the
    occasion of a speech."""
    verbs = [v for v in _GOVERNING.finditer(text, start, end) if not _in_title(text, start, v)]
    if len(verbs) < 2 or text.find("在", start, end) < 0:
        return verbs
    occasions = [m.span() for m in _OCCASION.finditer(text, start, end)]
    return [v for v in verbs if not any(a < v.start() < b for a, b in occasions)]


def _in_title(text: str, start: int, verb: re.Match[str]) -> bool:
    """Whether ``verb`` stands inside a 《》 title opened after ``start``.

    >>> text = "研究了《关于印发甲的通知》"
    >>> _in_title(text, 0, re.search("印发", text)), _in_title(text, 0, re.search("研究", text))
    (True, False)
    """
    return text.count("《", start, verb.start()) > text.count("》", start, verb.start())
