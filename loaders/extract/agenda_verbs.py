"""The agenda's verbs, and where they open an item.

One vocabulary of verbs (听取, 审议, 研究 …, their compounds and the adverbs before them) and the
shapes in which they open an item in the wild: a sentence or paragraph opening with 会议 and a verb,
a bare verb, the clauses of a news release's opening sentence (…常务会议，听取了…，研究了…), titles
reviewed or approved before the verb, a paragraph on work the meeting took up, and one opening
with the unit that reported.
"""

from __future__ import annotations

import re

from loaders.extract.document_verbs import AUTHORED
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
# How a verb may be qualified: 专题讨论, 认真研究, 逐项审议.
_ADVERBS = "认真|专题|集体|深入|系统|书面|决定|原则|逐项|逐一|逐条|依次|重点|专门|初步"
# A compound before the word it starts with, so the longest reading wins.
_VERBS = _COMPOUNDS + "|" + "|".join(AGENDA_WORDS)
VERB = re.compile(_VERBS)  # plain words: searched in the item as in a slice of it
# (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
# (会前学习了…，讨论了《A》: a study before the meeting opens the sentence, its agenda clauses follow;
# 与会人员听取了X的解读: the attendees heard it, not 与会人员围绕X进行了讨论, the item's discussion.)
_SENTENCE_AGENDA = re.compile(
    rf"(?<![^。；！\n])[\s?？\ufffd]*(?:会议|会上|会前|(?:与会(?:人员|同志)|参会人员)(?=(?:还|又|首先|共同)?(?:听取|审议))|在[^，。；\n]{{0,8}}?常务会议上)[，,]?"
    # 会议经过认真讨论，原则通过了《A》: how the meeting went about it, before its verb
    r"(?:经过?(?:认真|充分|深入|集体)?(?:讨论|研究|审议)[，,])?"
    r"(?:首先|还|又|再|随后|接着|最后|同时|先后|一并|集中)?"
    rf"(?:{_ADVERBS})?(?:分别)?(?P<verb>{_VERBS}|通报)(?!决定|认为|指出|强调|提出|表示)"
)  # 会议通报A、B完成情况 opens an item too; a 通报 inside a sentence is read by its clause
# A paragraph of a news release may open with the bare verb: 审议《…》，听取…的汇报。
_PARAGRAPH_AGENDA = re.compile(
    r"(?m)^[ \t\u3000]*(?P<verb>审议并原则通过|审议通过|审议|听取并原则同意|听取|研究)(?=了|《|[^，。\n]{2})"
)
# …and so may a sentence inside one: 会议传达学习了…。审议了《A》。听取了B情况汇报。 A bare 学习
# opens one when agenda clauses follow it (学习市纪委《A》，听取B的汇报).
_BARE_SENTENCE_AGENDA = re.compile(
    r"[。；][ \t\u3000]*(?:(?P<verb>传达学习|审议|听取|研究讨论|研究|审定)(?=了)"
    r"|(?P<study>学习)(?=[^，。；\n]{2,80}[，；](?:听取|审议|研究)))"
)
# 会议对《A》和《B》进行了认真审议: the titles come before the verb, with the unit whose documents
# they are before them (会议对区住建局提交的《A》进行了审议).
_REVIEWED_TITLES = re.compile(
    r"(?<![^。；！\n])[\s?？\ufffd]*(?:会议|会上)(?:还|又|随后|最后)?对(?=(?:[^，。；《》\n]{2,30}?的)?《)"
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
# What may open a clause before its verb: 还, 随后 …
_CLAUSE_HEAD = r"(?:还|又|再|随后|接着|最后|同时|并)?"
_CLAUSE_AGENDA = re.compile(
    rf"(?<=[，；])\s*{_CLAUSE_HEAD}(?P<verb>{_VERBS})(?:了|并"
    r"|(?<=听取|审议|讨论)(?=《|[^，。；\n]{4})|(?<=研究)(?!部署|讨论|决定|制定|解决|安排|下)(?=[^，。；\n]{4}))"
    r"(?!决定|认为|指出|强调)"
)
# A news release may list the agenda in its opening sentence: …主持召开…常务会议，听取了…，研究了…。
# Each word its own branch, so that re skips to 召, 举 and 常 instead of trying every character.
_HELD_THEN_MEETING = r"[^。\n]{0,40}?(?:常务会议|常务会|会议)[，,。]"
_MEETING_THEN_HELD = r"[^。\n]{0,40}?(?:召开|举行)[，,]"
_OPENING = re.compile(
    f"召开{_HELD_THEN_MEETING}|举行{_HELD_THEN_MEETING}"
    f"|常务会议{_MEETING_THEN_HELD}|常务会{_MEETING_THEN_HELD}"
)
# …or, whatever verb held it (主持召集…), by the meeting it names, then a comma or a stop.
_MEETING_NAMED = re.compile(
    r"(?:常务会议|常务会(?:会议)?|主持会议)(?:[（(][^（）()\n]{1,8}[）)])?[，,。]"
)
# A portal's agenda field: 会议议题：传达学习…，研究A、B工作，审议《C》等。
_AGENDA_FIELD = re.compile(r"(?m)^[ \t\u3000]*会议议题[：:]?")
_OPENING_VERB = re.compile(
    rf"\s*(?:会议)?(?P<lead>(?:{_ADVERBS})?(?P<verb>{_VERBS}))(?!决定|认为|指出|强调)"
)
STOP = re.compile(r"[。！？\n]")
# A verb no list above holds, with a title for its object, opens an item as a review does: the
# clause's shape says what it is (会议审阅了《A》; …常务会议，研审《B》). Not a word that cites, comments
# or conveys, nor one that only introduces the title (根据《A》, 要求《B》, 学习《C》).
_NOT_REVIEWING = (
    r"(?!根据|依据|按照|参照|对照|依照|遵照|结合|围绕|对于|关于|为了|通过|经过|随着|针对|基于|"
    r"指出|强调|要求|认为|明确|提出|表示|希望|号召|传达|学习|贯彻|印发|转发|通报|落实|宣读|观看|"
    r"签订|签署|发布|出台|实施|执行|修改|完善|制定|起草|编制|以下|"
    # …nor one that reads or explains a document (解读《A》) or joins it to a list (以及《B》).
    r"解读|梳理|领会|研读|宣讲|宣传|解释|介绍|以及|包括|还有|其中|及其|同时)"
    # …nor a word of function: a modal, a preposition or a pronoun (要把《A》, 将《B》, 各《C》).
    r"(?![要需应须必务把将对在从以为由按向让使请与和及或等是有各该本此其])"
)
# The unit whose document it is may stand between (审阅了区城管局《A》, 县交运局送审的《B》).
_ANY_VERB = (
    rf"{_NOT_REVIEWING}(?P<verb>[\u4e00-\u9fff]{{2}}(?:并(?:原则)?[\u4e00-\u9fff]{{2}})?)了?"
    r"(?P<by>[^，。；《》“”\n]{2,24}?)?(?=《)"
)
_BY_TAIL = re.compile(rf"(?:提请审议|{AUTHORED})?的?$")
# Searched from 会议 or 会上 (re skips to their first character); where the sentence opens is checked
# after (:func:`opens_sentence`).
_TITLE_OBJECT_SENTENCE = re.compile(
    r"(?:会议|会上)[，,]?(?:还|又|再|随后|接着|最后|同时|先后|一并|集中)?"
    rf"(?:{_ADVERBS})?{_ANY_VERB}"
)
# …精神，审阅《A》《B》: a clause of a sentence (its verb's position is where the item opens).
TITLE_OBJECT_CLAUSE = re.compile(rf"[，；]\s*{_CLAUSE_HEAD}{_ANY_VERB}")


def verb_starts(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Where an agenda verb opens an item between ``start`` and ``end``, with the verb, in order."""
    starts: list[tuple[int, str]] = []
    window = min(end, start + HEADER_WINDOW)
    opening = _OPENING.search(text, start, window) or _MEETING_NAMED.search(text, start, window)
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
        starts.append((opened_at(match), match["verb"]))
        starts.extend(_continuations(text, match.end(), end))
    for match in _AGENDA_FIELD.finditer(text, start, end) if "会议议题" in text else ():
        if first := _OPENING_VERB.match(text, match.end(), end):
            starts.append((first.start("verb"), first["verb"]))
        starts.extend(_continuations(text, match.end(), end))
    for match in _BARE_SENTENCE_AGENDA.finditer(text, start, end):
        verb = match["verb"] or match["study"]
        starts.append((match.start("verb" if match["verb"] else "study"), verb))
        starts.extend(_continuations(text, match.end(), end))
    # Every match of the next patterns holds 对《 or 的《, a title closed before 经 or 获, or a report made
    # (汇报了, 进行汇报); most texts hold none.
    reviewed = text.find("对《", start, end) >= 0 or text.find("的《", start, end) >= 0
    for match in _REVIEWED_TITLES.finditer(text, start, end) if reviewed else ():
        starts.append((opened_at(match), "审议"))
    approved = _TITLE_APPROVED_CUE.search(text, start, end)
    for match in _TITLE_APPROVED.finditer(text, start, end) if approved else ():
        starts.append((opened_at(match), "审议"))
    for match in _DEPLOYED_PARAGRAPH.finditer(text, start, end):
        starts.append((opened_at(match), "部署"))
    reported = _SENTENCE_REPORT_CUE.search(text, start, end)
    for match in _SENTENCE_REPORT.finditer(text, start, end) if reported else ():
        opens = opened_at(match)
        if unit_of(match["rep"]) and _same_paragraph_start(text, opens):
            starts.append((opens, "汇报"))
    starts.extend(_title_objects(text, start, end, {pos for pos, _ in starts}))
    starts.sort()
    return starts


def opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, past an indent or a lost character before it.

    >>> [opens_sentence("甲。  会议", 4), opens_sentence("甲；??会议", 4), opens_sentence("甲会议", 1)]
    [True, True, False]
    """
    while pos > 0 and text[pos - 1] in " \t\u3000\r?？\ufffd":
        pos -= 1
    return pos == 0 or text[pos - 1] in "。；！\n"


def reviews_title(match: re.Match[str]) -> bool:
    """Whether a match of a title-object pattern has no words before its title but a unit's.

    >>> [reviews_title(TITLE_OBJECT_CLAUSE.search(t)) for t in ("，审阅了区城管局送审的《A》", "，审阅了全年《A》")]
    [True, False]
    """
    return not match["by"] or unit_of(_BY_TAIL.sub("", match["by"])) is not None


def _title_objects(text: str, start: int, end: int, known: set[int]) -> list[tuple[int, str]]:
    """Sentences opening with 会议 and a verb no list holds whose object is a title, with the
    clauses that continue them, as reviews; ``known`` are the starts found by the lists."""
    found = []
    for match in _TITLE_OBJECT_SENTENCE.finditer(text, start, end) if "《" in text else ():
        if reviews_title(match) and opens_sentence(text, match.start()):
            found.append(match.start())
            found += _title_clauses(text, match.end(), sentence_end(text, match.end(), end))
    return [(pos, "审议") for pos in found if pos not in known]


def _title_clauses(text: str, pos: int, stop: int) -> list[int]:
    """Where the title-object clauses between ``pos`` and ``stop`` open (at their verbs)."""
    clauses = TITLE_OBJECT_CLAUSE.finditer(text, pos, stop)
    return [clause.start("verb") for clause in clauses if reviews_title(clause)]


def opened_at(match: re.Match[str]) -> int:
    """Where a match's text starts, past the spaces it opens with (an indent, a line break)."""
    return match.end() - len(match.group(0).lstrip())


def _continuations(text: str, pos: int, end: int) -> list[tuple[int, str]]:
    """Agenda clauses that continue a sentence: 会议传达学习了A，听取了B的汇报，研究了C。"""
    stop = sentence_end(text, pos, end)
    found = [(m.start("verb"), m["verb"]) for m in _CLAUSE_AGENDA.finditer(text, pos, stop)]
    known = {at for at, _ in found}
    found += [(at, "审议") for at in _title_clauses(text, pos, stop) if at not in known]
    return sorted(found)


def sentence_end(text: str, pos: int, end: int) -> int:
    """Where the sentence going on at ``pos`` ends, past its stop; ``end`` when none does."""
    match = STOP.search(text, pos, end)
    return match.end() if match else end


def _same_paragraph_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a paragraph (a reporter sentence inside a paragraph is no new item)."""
    return pos == 0 or text[pos - 1] == "\n"
