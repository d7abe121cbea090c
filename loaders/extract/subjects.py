"""From a plan title or an item subject to the initiative it is about.

An initiative is the shortest self-standing noun phrase of the item: the title minus place, year,
关于/开展/制定 and the document type (《长宁区关于开展电动自行车安全治理攻坚行动工作方案》 →
电动自行车安全治理攻坚行动); without a plan, the subject phrase minus 情况/工作.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.items import Item
from loaders.extract.stressed import conveyed_titles, stressed_topics
from loaders.extract.units import addressees

# (?=[…]) first: the characters a match can start with, so that the pattern is not tried
# at every other character (its alternatives open with optional parts).
_YEARS = re.compile(
    r"(?=[\d一二三四上下全年第前今明去近当])(?:\d{4}(?:年?[—\-－~至到]\d{2,4})?年度?|[一二三四]季度|上半年|下半年|全年|年度|"
    r"第[一二三四]季度|前[一二三]季度|(?:\d{1,2}[—\-－~至到])?\d{1,2}月份?|今年|明年|去年|近期|当前|"
    r"[一二三四]至[一二三四]季度|下一?阶段)"
)
_LEADING = re.compile(
    r"^(?:关于|对于|有关|开展|制定|起草|修订|修改|编制|印发|进一步|加快推进|深入推进|全面推进|"
    r"持续推进|扎实推进|大力推进|积极推进|稳步推进|推进|加快|推动|实施|做好|落实|贯彻落实|"
    r"在[^，。]{1,12}?(?:领域|方面|行业|中)+|的|政府|人民政府|全[区县市]|我[区县市]|本[区县市]|"
    r"[区县市]政府|[区县市]级|全[省国]|拟|申请|研究|讨论|审议|听取|传达|学习|贯彻|[、，与和及]|"
    r"(?:各|有关|相关)(?:部门|单位)+|"
    r"[^一-龥“”《》（）\w]+)"
)
# The look-ahead holds every character an ending can start with: the pattern, anchored at the end
# only, is then not tried from the others.
_TRAILING = re.compile(
    r"(?=[(\d、一七三与专主九事二五人代任会八六决制办十及名和四基安完实导工建开征总情意执批报指推措提政方暂"
    r"有汇清电的相章管精纲细职若草落要规视计议讲试说请责进送通部重（，])"
    r"(?:（[^（）]*）|\([^()]*\)|(?:工作|实施|管理|暂行|试行|专项)?"
    r"(?:方案|意见|办法|细则|规定|规划|计划|要点|清单|指引|通知|决定|报告|纲要|导则|制度|规则|章程|"
    r"汇报|说明|请示|草案|送审稿|征求意见稿)|[与和及、]?(?:工作)?(?:责任|职责|任务)分工|"
    r"(?:人大代表|政协委员|代表)?(?:议案|建议|提案)[和及、与“”\"]*(?:建议|提案|议案)?[“”\"]*办理|"
    r"(?:工作)?(?:推进|完成|落实|进展|执行|开展|实施|办理|有关|相关|基本|总体|工作)?情况|(?:工作)?(?:视频|电视电话)?会议精神|(?:重要)?(?:讲话|指示|批示)?精神|的?部署要求|部署|相关|有关|"
    r"(?:[一二三四五六七八九十\d]+条|若干)?(?:政策)?措施|若干政策|[一二三四五\d]年|(?:重点|主要)?任务(?:清单)?|"
    r"人选|名单|有关事项|相关事项|有关问题|相关问题|(?:有关|相关)?事宜|事项|工作|(?:计划)?安排|[及和与]重点|的|[、，与和及])$"
)
# The last characters of everything _TRAILING removes: most phrases end otherwise (…建设,
# …行动), and the pattern, anchored at the end only, would be tried from each character.
_TRAILING_LAST = frozenset(
    ")、与作关况划则务单及告和定工年度引报排施明案求法点理的知示神程稿策署要见选项题宜），"
)
_GENERIC = re.compile(
    r"^(?:近期|当前|下步|下一步|下一?阶段|今后|今后一个时期)?(?:重点|有关|相关|其他|其它|日常|主要|若干|各项)?"
    r"(?:工作|事项|问题|议题)?$"
    r"|^[一-龥]{1,6}节(?:前|后|日)?(?:期间)?$"  # 端午节前有关工作: a time, not a line of work
)
_QUOTES = re.compile(r"[“”\"‘’「」]")
_PAIRED = re.compile(r"“[^“”]{1,20}”")


def keep_paired_quotes(text: str) -> str:
    """Remove every quote mark but those of a “…” pair inside the phrase, which are as written
    (“百日攻坚”行动); a pair around the whole phrase goes too."""
    kept = _PAIRED.sub(lambda m: "\0" + m.group(0)[1:-1] + "\1", text)
    kept = _QUOTES.sub("", kept).replace("\0", "“").replace("\1", "”")
    if kept.startswith("“") and kept.endswith("”") and kept.count("“") == 1:
        kept = kept[1:-1]
    return kept


_PROGRAMME_HEADS = re.compile(
    r"(?:行动|建设|工程|改革|活动|整治|试点|创建|战略|项目|治理|攻坚|示范区|联盟|"
    r"创新|振兴|升级|提升|发展|保护|工作)$"
)


# The same subject comes back within a document (its report, its topics, its summary) and across
# a government's minutes (安全生产, 重点项目建设): the names are cached.
@lru_cache(maxsize=16384)
def initiative_name(phrase: str, places: tuple[str, ...] = ()) -> str | None:
    """Return the initiative a plan title or item subject names, or ``None`` if nothing is left.

    Args:
        phrase: a plan title (without 《》) or an item subject phrase.
        places: the place names of the document's government (长宁区, 上海市 …), removed anywhere.

    >>> initiative_name("长宁区关于开展电动自行车安全治理攻坚行动工作方案", ("长宁区",))
    '电动自行车安全治理攻坚行动'
    >>> initiative_name("2024年一季度招商引资工作完成情况")
    '招商引资'
    >>> initiative_name("区政府重点投资项目建设推进情况")
    '重点投资项目建设'
    """
    text = keep_paired_quotes(_YEARS.sub("", phrase))
    for place in sorted(places, key=len, reverse=True):
        text = text.replace(place, "")
    about = re.search(r"关于(?P<x>.+)", text) if "关于" in text else None
    if about and len(about["x"]) >= 4:
        text = about["x"]
    text = text.replace("拟", "").strip()
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text)
        if text[-1:] in _TRAILING_LAST:
            text = _TRAILING.sub("", text)
        text = keep_paired_quotes(text.strip())
    if (
        len(_QUOTES.sub("", text)) >= 2
        and not _GENERIC.match(text)
        and text not in _BARE_WORDS
        and not _GOVERNMENT_ONLY.match(text)
    ):
        return text
    return _whole_title(phrase, places)


# What is left of 《政府工作报告》 or 《预算报告》 once the document type is gone says nothing:
# such a plan is its own line of work, named by its title.
_BARE_WORDS = frozenset({"政府", "政府工作", "预算", "财政预算"})
# What is left of 《X人民政府工作规则》 once the document type is gone: a government, not work.
_GOVERNMENT_ONLY = re.compile(r"^(?:[一-龥]{0,12}?[省市区县旗州])?(?:人民)?政府(?:工作)?$")
_WHOLE_TITLES = re.compile(r"^(?:政府工作报告|政府工作规则|预算报告|财政预算报告)$")


def _whole_title(phrase: str, places: tuple[str, ...]) -> str | None:
    text = _DRAFT_SUFFIX.sub("", _QUOTES.sub("", _YEARS.sub("", phrase)))
    for place in sorted(places, key=len, reverse=True):
        text = text.replace(place, "")
    # 《西安市雁塔区人民政府工作报告》: whatever government writes it, it is 政府工作报告.
    text = re.sub(r"^(?:关于)?(?:[一-龥]{0,12}?[省市区县旗州])?(?:人民)?(?=政府)", "", text.strip())
    return text if _WHOLE_TITLES.match(text) else None


_DRAFT_SUFFIX = re.compile(r"[（(][^（）()]{1,8}[）)]$")


def programme_phrase(phrase: str) -> str | None:
    """Return the programme a 结合/纳入 clause names, or ``None`` when it names none.

    >>> programme_phrase("当前已经开展的安全生产治本攻坚三年行动")
    '安全生产治本攻坚三年行动'
    >>> programme_phrase("新一届虹桥友谊联盟建设")
    '虹桥友谊联盟建设'
    >>> programme_phrase("日常督导检查内容") is None
    True
    """
    text = re.sub(r"^.*的", "", phrase)
    text = re.sub(
        r"^(?:新一届|新一轮|当前|正在开展|已经开展|已开展|全[区县市]|我[区县市]|本[区县市]|好)+",
        "",
        text,
    )
    if (
        len(text) < 4
        or not _PROGRAMME_HEADS.search(text)
        or (text.endswith("工作") and len(text) < 6)
    ):
        return None
    return text


_ENUMERATION = re.compile(r"[、，,；]|以及")
_CONVEYED = re.compile(r"精神|讲话|指示|批示|贺信|回信|重要论述|重要文章|(?:会议|全会)$|其他|其它")
_ENDS_LIST = re.compile(
    r"等(?:[\d一二三四五六七八九十]+[个项件])?(?:有关|相关|重点|方面)?[^、，]{0,6}?(?:事项|工作|议题|问题|事宜|规划)?$"
)


# A情况及B情况: two reports joined, one topic each (the replacement keeps every offset).
_REPORTS_JOINED = re.compile(r"(?<=情况)(?:及|和|与)(?=[^、，；。]{2,40}?情况(?:[、，；。]|$))")


# A工作和B, A的汇报和B: the first topic is closed by its own word, the second is another one;
# so is one before 和贯彻落实… (a conveyed document, dropped below).
_WORK_JOINED = re.compile(r"(?:(?<=工作|汇报)[和及](?=[^、，；。]{4})|[和及](?=贯彻|学习贯彻))")
# A list closed by 等 (A、B和C等事项): its last 和 or 及, between two phrases of four characters or
# more, parts two topics; a short pair (民族和宗教) is one.
_LAST_PAIR = re.compile(r"(?<=[^、，；和及]{4})[和及](?=[^、，；和及]{4,}$)")


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
    phrase = _REPORTS_JOINED.sub("、", _ENDS_LIST.sub("", phrase))
    phrase = _WORK_JOINED.sub("、", phrase)
    last = phrase.rfind("、") + 1
    if listed and "《" not in phrase:
        phrase = phrase[:last] + _LAST_PAIR.sub("、", phrase[last:])
    found, cursor = [], 0
    for part in _split_outside_brackets(phrase):
        at = phrase.find(part, cursor)
        cursor = at + len(part)
        if len(part) >= 2 and not _CONVEYED.search(part):
            found.append((part, pos + at))
    return found


# The topics an item's agenda clauses name, whatever verb opened the item: 听取A、B情况汇报,
# 研究C、D等事项, 会议就E进行研究 (each clause up to its cue).
_AGENDA_CLAUSE = re.compile(
    r"(?=[听研讨部就])(?:(?:听取(?:了)?|研究(?:了|部署了?|讨论了?)?|讨论(?:了)?|(?<![研究])部署了)(?:关于)?(?P<t>[^。；;！？\n]{2,160}?)"
    r"(?:(?:的|等)?(?:有关|相关)?(?:工作)?(?:情况)?的?(?:汇报|报告|事项|事宜|问题)|等(?:有关|相关|重点)?工作)"
    r"|就(?P<t2>[^。；;！？\n]{2,120}?)(?:等)?(?:有关|相关)?(?:工作|事项|问题)?进行了?(?:专题)?(?:研究|安排部署|部署|讨论))"
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


# 听取A的汇报，B的汇报；C情况汇报 (or A工作情况，B项目情况汇报): the reports after the first go without
# a verb of their own.
_MORE_HEARD = re.compile(
    r"(?=[汇情])(?:汇报|(?<=工作)情况)[，、；;](?!会议|听取|审议|研究|讨论|并|还)(?P<t>[^，。；;《\n]{2,60}?)的?(?=汇报)"
)
# 研究A有关问题、B有关问题、C等有关问题: the matters listed after the first.
_MORE_MATTERS = re.compile(
    r"(?:问题|事项|事宜)、(?P<t>[^《》、，。；;\n]{2,60}?)等?(?:有关|相关)(?=问题|事项|事宜)"
)


# 研究讨论了A；B；C等相关事宜: a long agenda written as one list, its topics parted by semicolons.
_SEMICOLON_LIST = re.compile(
    r"(?:研究讨论了?|研究了|讨论了)(?P<t>[^。\n]{4,400}?)等(?:有关|相关)?(?:事宜|事项|问题)"
)
# 研究了《A》、关于X的情况说明、关于Y相关事项的情况说明、关于Z工作、…: each 关于 clause of a list is a topic.
_ABOUT_LISTED = re.compile(
    r"(?=[关])(?<=[、，；和及])关于(?P<x>[^《》、，。；;\n]{2,60}?)(?:的)?(?:有关|相关)?(?:事项)?(?:工作)?(?:情况)?"
    r"(?:的)?(?:汇报|说明|(?<=有关|相关)(?:问题|事项|事宜)|(?<=工作)(?=[、；]))"
)


# Numbered points of what the meeting stressed, each about one line of work: 一是在建设现代化产业
# 体系方面，要… / 二是工业高质量发展要加快推进.
_POINTS = re.compile(
    r"(?<![^。；;！\n，：:])[\s?？]*[一二三四五六七八九十]是"
    r"(?:(?:要)?在(?P<t>[^，。；：:\n]{2,20}?)方面|(?P<t2>[^，。；：:\n要]{2,16}?)要)"
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
        if "，" in phrase or "《" in phrase:
            continue  # a clause that runs on past a comma is not one topic list
        found.extend(topics(_with_list_end(text, match, group), match.start(group)))
    for regex in (_MORE_HEARD, _MORE_MATTERS):
        for match in regex.finditer(text, item.start, item.lead_end):
            found.extend(topics(match["t"], match.start("t")))
    for match in _SEMICOLON_LIST.finditer(text, item.start, item.lead_end):
        if "；" in match["t"]:
            found.extend(topics(match["t"], match.start("t")))
    for match in _ABOUT_LISTED.finditer(text, item.start, item.lead_end):
        found.append((match["x"], match.start("x")))
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
    return found + stressed_topics(text, item) + conveyed_titles(text, item, initiative_name)


def _with_list_end(text: str, match: re.Match[str], group: str) -> str:
    """The phrase with the 等 that closes it, when the clause's pattern took that 等 as its cue."""
    end = match.end(group)
    return match[group] + "等" if text[end : end + 1] == "等" else match[group]


def _split_outside_brackets(phrase: str) -> list[str]:
    if not _ENUMERATION.search(phrase):
        return [phrase.strip()] if phrase.strip() else []  # most phrases: one topic
    parts, current, depth = [], "", 0
    for char in phrase:
        depth += char in "《“（(「"
        depth -= char in "》”）)」"
        if depth <= 0 and _ENUMERATION.fullmatch(char):
            parts.append(current)
            current = ""
        else:
            current += char
    return [p.strip() for p in [*parts, current] if p.strip()]
