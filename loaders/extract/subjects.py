"""The topics of an item: what its agenda clauses enumerate and what the meeting took up.

研究了A、B、C等有关工作 names three lines of work, one initiative each (named by
:func:`loaders.extract.naming.initiative_name`); a conveyed speech or meeting names none.
"""

from __future__ import annotations

import re

from loaders.extract.addressees import addressees
from loaders.extract.conveyed import conveyed_titles
from loaders.extract.items import Item
from loaders.extract.listed import split_outside_brackets, whole_list
from loaders.extract.naming import initiative_name
from loaders.extract.stressed import stressed_topics

_CONVEYED = re.compile(
    r"精神|讲话|指示|批示|贺信|回信|重要论述|重要文章|(?:会议|全会)$|会议纪要|其他|其它"
    r"|(?:^|第)[\d一二三四五六七八九十百]+$"  # 第五十、五十一次常务会议: ordinals, not topics
)
_ENDS_LIST = re.compile(
    r"等(?:[\d一二三四五六七八九十]+[个项件大类]+)*(?:有关|相关|重点|方面|具体)?[^、，]{0,6}?(?:事项|工作|议题|问题|事宜|规划)?$"
)


# A情况及B情况: two reports joined, one topic each (the replacement keeps every offset).
_REPORTS_JOINED = re.compile(
    r"(?<=情况)(?:以及|及|和|与)(?=(?:《[^《》]*》)*[^、，；。《》]{2,40}?情况(?:[、，；。]|$))"
)


# A character every match of _REPORTS_JOINED, _WORK_JOINED and _LAST_PAIR holds.
_JOINERS = frozenset("和及与")


def _commas(match: re.Match[str]) -> str:
    return "、" * len(match[0])  # one per character, so that every offset is kept


# A工作和B, A的汇报和B: the first topic is closed by its own word, the second is another one;
# so is one before 和贯彻落实… (a conveyed document, dropped below).
_WORK_JOINED = re.compile(
    r"(?:(?<=汇报)[和及](?=[^、，；。]{4})|(?<=工作)[和及](?=[^、，；。]{2})|[和及](?=贯彻|学习贯彻))"
)
# A list closed by 等 (A、B和C等事项): its last 和 or 及, between two phrases of four characters or
# more, parts two topics; a short pair (民族和宗教) is one.
_LAST_PAIR = re.compile(
    r"(?<=[^、，；和及]{4})以及(?=[^、，；和及]{4,}$)|(?<=[^、，；和及]{3}[^、，；和及以])[和及](?=[^、，；和及]{4,}$)"
)


def topics(phrase: str, pos: int) -> list[tuple[str, int]]:
    """Split an enumerated subject into its topics, each with its position.

    研究了A、B、C等有关工作 is about A, B and C, one initiative each; a conveyed speech or meeting
    (…精神, …讲话) is background and gives none.

    >>> topics("城市公交优先发展、海岸带保护、农村公路建设等事项", 10)
    [('城市公交优先发展', 10), ('海岸带保护', 19), ('农村公路建设', 25)]
    >>> topics("土地整理、信访维稳及人事任免等有关事项", 0)
    [('土地整理', 0), ('信访维稳', 5), ('人事任免', 10)]
    >>> topics("市政府第22次常务会议精神", 0)
    []
    """
    listed = "、" in phrase or bool(_ENDS_LIST.search(phrase))
    if listed and (whole := whole_list(phrase, pos)) is not None:
        return whole  # 教育、卫生等重点领域安全生产: one line of work; A、B名单: none
    phrase = _ENDS_LIST.sub("", phrase)
    joined = not _JOINERS.isdisjoint(phrase)  # most phrases join nothing: no pattern to run
    if joined:
        phrase = _WORK_JOINED.sub("、", _REPORTS_JOINED.sub(_commas, phrase))
    phrase = phrase.replace("以及", "、、") if listed else phrase  # 以及 parts a list as 、 does
    last = phrase.rfind("、") + 1
    if joined and listed and "《" not in phrase:
        phrase = phrase[:last] + _LAST_PAIR.sub(_commas, phrase[last:])
    found, cursor = [], 0
    for part in split_outside_brackets(phrase):
        at = phrase.find(part, cursor)
        cursor = at + len(part)
        if len(part) >= 2 and not _CONVEYED.search(part):
            found.append((part, pos + at))
    return found


# The topics an item's agenda clauses name, whatever verb opened the item: 听取A、B情况汇报,
# 研究C、D等事项, 会议就E进行研究, 会议还对F作出部署 (each clause up to its cue). The lazy topic
# tries its cue after every character: a look-ahead for the characters the cue opens with comes
# first, which refuses most of them at once.
_AGENDA_CUE = (
    r"(?:(?:的|等)?(?:有关|相关)?(?:工作)?(?:(?:进展|推进|完成|落实|开展)?情况)?的?"
    # a report or a problem inside a topic of the list (政府工作报告目标任务完成情况、历史遗留问题、)
    # is no cue: the list goes on
    r"(?:汇报|报告(?!目标|任务)|事项|事宜|问题(?!整治|整改)|议题)(?!、)|等(?:有关|相关|重点)?工作"
    # 听取讨论了A、B、C等情况；: a list closed by 等…情况 at the end of its clause
    r"|等(?:有关|相关)?(?:工作)?(?:进展|推进|完成|落实|开展)?情况(?=[，。；;\n]))"
)
_AGENDA_CUE_FIRST = "(?=[的等有相工进推完落开情汇报事问议])"
_DONE_CUE = r"(?:等)?(?:有关|相关)?(?:工作|事项|问题|议题)?(?:进行了?|作出了?|作了)"
_DONE_CUE_FIRST = "(?=[等有相工事问议进作])"
_AGENDA_CLAUSE = re.compile(
    r"(?=[听研讨部就对])(?:(?:听取(?:研究|并研究)?(?:了)?|研究(?:了|部署了?|讨论了?)?|讨论(?:了)?|(?<![研究])部署了)(?:关于)?(?P<t>[^。；;！？\n]{2,320}?)"
    # the cue is no word of a title (《…工作报告》): no 》 closes after it
    rf"{_AGENDA_CUE_FIRST}{_AGENDA_CUE}(?![^《》\n]{{0,80}}》)"
    r"|(?<![^还并会上，；])[就对](?P<t2>[^。；;！？\n《]{2,120}?)"
    rf"{_DONE_CUE_FIRST}{_DONE_CUE}(?:专题)?(?:研究|安排部署|部署|讨论|审议))"
)


# Later in an item, the meeting may take up more lines of work in one sentence: 会议还就A、B等工作
# 进行安排部署 / 会议还对A、B等工作作出安排部署 / 并部署安排了A、B等工作.
# (?<![^…]): at the text's start or after one of …, one look-behind rather than a branch.
_DEPLOYED = re.compile(
    r"(?<![^。；！\n])[\s?？]*(?:会议|会上)?(?:还|并|同时|最后|另外|此外)?(?:专门|专题)?(?:就|对)"
    r"(?P<t>[^。；;！？\n]{2,120}?)(?:等)?(?:有关|相关|各项|重点)?(?:工作|事项|问题|事宜)?"
    r"(?:进行了?|作出了?|作了)(?:专题)?(?:研究|安排部署|部署安排|部署|安排|讨论|推进|调度)"
    r"|(?:部署安排|安排部署|研究部署)了(?P<t2>[^。；;！？\n]{2,80}?)等(?:有关|相关|重点)?(?:工作|事项)"
)


# A sentence later in an item that opens with 研究 and lists work (研究A、B等工作): more topics.
_STUDIED = re.compile(
    r"研究(?:了)?(?P<t>[^，。；;！？\n《》]{2,80}?)等(?:有关|相关|重点)?(?:工作|事项)"
)
_SENTENCE_OPENING = re.compile(r"(?:会议|会上)?(?:还|并|同时|另外|此外)?$")


def _studied_later(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The topics of a sentence after an item's lead that opens with 研究 and lists work."""
    found = []
    for match in _STUDIED.finditer(text, start, end):
        opening = max(text.rfind(mark, start - 1, match.start()) for mark in "。；！\n") + 1
        if opening and _SENTENCE_OPENING.match(text[opening : match.start()].strip()):
            found.extend(topics(match["t"] + "等", match.start("t")))
    return found


# 听取A的汇报，B的汇报；C情况汇报 (or A工作情况，B项目情况汇报): the reports after the first go without
# a verb of their own.
_MORE_HEARD = re.compile(
    r"(?:汇报|情况(?<=工作情况))[，、；;](?!会议|听取|审议|研究|讨论|并|还)(?P<t>[^，。；;《\n]{2,60}?)的?(?=汇报)"
)
# 研究A有关问题、B有关问题、C等有关问题: the matters listed after the first.
_MORE_MATTERS = re.compile(
    r"(?:问题|事项|事宜)、(?P<t>[^《》、，。；;\n]{2,60}?)等?(?:有关|相关)(?=问题|事项|事宜)"
)


# 研究X事宜，Y事宜: the matters after the first, parted by commas, each closed by its own word.
_MORE_MATTERS_COMMA = re.compile(
    r"(?:事项|事宜)[，；](?!会议|听取|审议|研究|讨论|并|还)(?P<t>[^《》、，。；;\n]{2,40}?)(?:有关|相关)?(?=事项|事宜)"
)


# 研究讨论了A；B；C等相关事宜: a long agenda written as one list, its topics parted by semicolons.
_SEMICOLON_LIST = re.compile(
    r"(?:研究讨论了?|研究了|讨论了)(?P<t>[^。\n]{4,400}?)等(?:有关|相关)?(?:事宜|事项|问题)"
)
# 研究了《A》、关于X的情况说明、关于Y相关事项的情况说明、关于Z工作、…: each 关于 clause of a list is a topic.
_ABOUT_LISTED = re.compile(
    r"关于(?<=[、，；和及]关于)(?P<x>[^《》、，。；;\n]{2,60}?)(?:的)?(?:有关|相关)?(?:事项)?(?:工作)?(?:情况)?"
    r"(?:的)?(?:汇报|说明|(?:(?<=有关|相关)|(?<=的))(?:问题|事项|事宜)|(?<=工作)(?=[、；]))"
)


# 通报A、B完成情况 and 安排部署X工作 / 布置X工作 in an item's lead: lines of work taken up by a verb that
# neither hears nor studies them.
_NOTIFIED = re.compile(
    r"通报(?:了)?(?P<t>[^，。；;！？\n《》]{2,60}?)(?:等)?(?:有关|相关)?(?:完成|进展|推进|开展)?情况"
)
_ARRANGED = re.compile(
    r"(?:安排部署|布置|安排|部署|调度)(?:了)?(?P<t>[^，。；;！？\n《》]{2,40}?)(?:等)?(?:有关|相关)?工作(?=[，。；;\n]|$)"
)


# Numbered points of what the meeting stressed, each about one line of work: 一是在建设现代化产业
# 体系方面，要… / 二是工业高质量发展要加快推进.
_POINTS = re.compile(
    r"(?<![^。；;！\n，：:])[\s?？]*[一二三四五六七八九十]是"
    r"(?:(?:要)?在(?P<t>[^，。；：:\n]{2,20}?)方面|(?P<t2>[^，。；：:\n要]{2,16}?)要(?!求))"
)

# Words every match of _POINTS or _DEPLOYED holds: most items have none, and both patterns open
# with a look-behind tried at each character.
_POINT_WORD = re.compile(r"[一二三四五六七八九十]是")
_DEPLOYED_WORD = re.compile(r"进行|作出|作了|部署")


def agenda_topics(text: str, item: Item) -> list[tuple[str, int]]:
    """Return the topics named by the agenda clauses of an item's lead, each with its position.

    >>> text = "会议传达学习了某精神，听取近期防火、春耕生产情况汇报，研究了公交优先等事项。"
    >>> [t for t, _ in agenda_topics(text, Item(1, 0, len(text), len(text), "传达学习"))]
    ['近期防火', '春耕生产', '公交优先']
    """
    found: list[tuple[str, int]] = []
    for match in _AGENDA_CLAUSE.finditer(text, item.start, item.lead_end):
        group = "t" if match["t"] is not None else "t2"
        phrase = match[group]
        if "，" in phrase and not _comma_list(text, match, group):
            continue  # a clause that runs on past a comma is not one topic list
        listed = topics(_with_list_end(text, match, group), match.start(group))
        # 研究审议《A》、B、C等议题: the titles are plans, the other parts lines of work
        found.extend(part for part in listed if "《" not in phrase or "《" not in part[0])
    # Each pattern below only on a lead holding a word its every match (that gives topics) holds:
    # most leads hold none, and the word is found at a fraction of the pattern's cost.
    lead = text[item.start : item.lead_end]
    more = ((_MORE_HEARD, "汇报"), (_MORE_MATTERS, "、"), (_MORE_MATTERS_COMMA, "事"))
    for regex, word in more:
        for match in regex.finditer(text, item.start, item.lead_end) if word in lead else ():
            found.extend(topics(match["t"], match.start("t")))
    for match in _SEMICOLON_LIST.finditer(text, item.start, item.lead_end) if "；" in lead else ():
        if "；" in match["t"]:
            found.extend(topics(match["t"], match.start("t")))
    for match in _ABOUT_LISTED.finditer(text, item.start, item.lead_end) if "关于" in lead else ():
        found.append((match["x"], match.start("x")))
    for regex in (_NOTIFIED, _ARRANGED) if "通报" in lead else (_ARRANGED,):
        for match in regex.finditer(text, item.start, item.lead_end):
            parts = topics(match["t"], match.start("t"))
            # 通报甲、乙两地…: places, not work; work arranged may be short (安排部署教育、环保等工作)
            if regex is _ARRANGED or all(len(part) >= 4 for part, _ in parts):
                found.extend(parts)
    points = (
        _POINTS.finditer(text, item.lead_end, item.end)
        if _POINT_WORD.search(text, item.lead_end, item.end)
        else ()
    )
    for match in points:
        group = "t" if match["t"] is not None else "t2"
        if group == "t" or not addressees(match[group]):  # 一是各预算单位要…: an addressee
            found.append((match[group], match.start(group)))
    # An item opened by 会议对X进行了部署 names its work in its lead; others after it.
    start = item.start if item.verb == "部署" else item.lead_end
    deployed = (
        _DEPLOYED.finditer(text, start, item.end)
        if _DEPLOYED_WORD.search(text, start, item.end)
        else ()
    )
    for match in deployed:
        group = "t" if match["t"] is not None else "t2"
        if "，" not in match[group] and "《" not in match[group]:
            found.extend(topics(_with_list_end(text, match, group), match.start(group)))
    found.extend(_studied_later(text, item.lead_end, item.end))
    for topic, at in stressed_topics(text, item):  # 一是抓好A、B: one line of work each
        found.extend(_listed_work(topic, at) if "、" in topic else [(topic, at)])
    return found + conveyed_titles(text, item, initiative_name)


# A verb inside a part of a list, or opening it: the list names actions (加强监督、依法开展统计,
# 加强队伍建设、提升服务能力), not lines of work.
_ACTION = re.compile(
    r"开展|加强|推进|推动|做好|抓好|落实|强化|依法|监督|^(?:提升|提高|完善|健全|严格|建立|优化)"
)


def _listed_work(phrase: str, pos: int) -> list[tuple[str, int]]:
    """The lines of work of a listed point (一是抓好春耕生产、河道保洁 → two), or none when its
    parts are actions or single words (三要加强监督、依法开展统计).

    >>> [t for t, _ in _listed_work("春耕生产、河道保洁", 0)], _listed_work("监督、依法开展统计", 0)
    (['春耕生产', '河道保洁'], [])
    """
    parts = topics(phrase + "等", pos)
    if any(len(part) < 4 or _ACTION.search(part) for part, _ in parts):
        return []
    return parts


# What opens a clause of its own rather than the next topic of a list: a verb of the meeting.
_CLAUSE_OPENING = re.compile(
    r"^(?:会议|会上|并|还|同时|要|强调|指出|要求|听取|审议|研究|讨论|传达|学习|通报|部署|安排)"
)


def _comma_list(text: str, match: re.Match[str], group: str) -> bool:
    """Whether a phrase running past commas is one list closed by 等 (研究A，B，C、D等事项): no
    part opens a clause of its own, and none is long enough to be one."""
    end = match.end(group)
    parts = match[group].split("，")
    return text[end : end + 1] == "等" and all(
        2 <= len(part) <= 40 and not _CLAUSE_OPENING.match(part)
        for listed in parts
        for part in filter(None, listed.split("、"))  # 研究A，B、C等事项: a list of its own
    )


def _with_list_end(text: str, match: re.Match[str], group: str) -> str:
    """The phrase with the 等 that closes it, when the clause's pattern took that 等 as its cue."""
    end = match.end(group)
    return match[group] + "等" if text[end : end + 1] == "等" else match[group]
