"""Lines of work an item names outside its agenda clauses: in what the meeting conveyed and stressed.

A news release often names the work of an item only there: 传达学习全省安全生产电视电话会议精神
(安全生产, when the text takes it up again, reports on it or studies how to carry it out locally:
…现场会主要精神，研究我市贯彻意见; so does a speech, 关于防汛救灾工作的重要指示精神), 在研究部署疫情防控工作时，某某强调… (疫情防控), 一要抓好经济运行调度 (经济运行调度),
校园安全体系建设要加强 (校园安全体系建设), 在安全生产方面，… (安全生产). A meeting named by its
body (常务会议, 全会, 党代会, 两会, 政治局会议) names no line of work.
"""

from __future__ import annotations

import re

from loaders.extract.addressees import addressees
from loaders.extract.items import Item
from loaders.extract.places import division_names

# A meeting held on one line of work: a level (全国, 全省, 国家、省、市), the work, then the kind of
# meeting (推进会, 电视电话会议, 现场会, 动员会, 工作会议); or 关于X会议精神.
_LEVEL = r"(?:全国|全省|全市|全州|全区|全县|国家|中央|自治区|[省市县区](?![场级域长]))(?:、[省市县区])*(?:政府|委)?"
_LEVEL_AT_START = re.compile(f"(?:{_LEVEL})+")
_KINDS = r"(?:工作)?(?:推进|电视电话|视频|现场|动员|部署|分析|约谈|调度|专班)*会(?:议)?"
_KIND = re.compile(_KINDS + "$")
_MEETING = re.compile(
    rf"{_LEVEL}(?P<t>[^，。；、：《》“”\n]{{4,30}}?(?:、[^，。；、：《》“”\n]{{2,20}}?)*){_KINDS}(?:上的讲话|主要)?(?:精神|部署)"
    r"|关于(?P<t2>[^，。；、：《》“”\n]{4,20}?)会议精神"
)
# What names a body, a time or a document rather than a line of work (市政府第22次常务会议,
# 省委十一届九次全会, 全国两会, 中央经济工作会议, 全市领导干部会议, 政府系统…会议).
_BODY = re.compile(
    r"常务|全体|常委|党代|人大|政协|政治局|领导|干部|两会|全会|党组|联席|系统|有关|相关|重要|上级|讲话|书记|调研|传达|学习|"
    r"[第届次等]|精神|^(?:经济|科技|农村|城市)(?:工作)?$|大$"
)
_LEAD_VERB = re.compile(r"(?:扩大|推进|推动|加快|深化|打赢|打好|做好|抓好|加强)(?=.{4})")
_IMPLEMENTED = re.compile(
    r"(?:及|和)?(?:我[县区市旗])?(?:贯彻)?(?:落实)?(?:工作)?情况"
    # …会议精神，研究我市贯彻意见: how to carry it out locally is taken up too.
    r"|[，,]?(?:并|及)?(?:研究|审议|听取并审议)了?(?:我[县区市旗]|[县区市]政府)?贯彻(?:落实)?(?:意见|工作|措施)"
    # …会议精神，并听取全区有关工作情况汇报: the local report on the same work
    r"|[，,]?(?:并|及)?听取了?(?:全[县区市旗])?有关工作(?:开展)?情况的?汇报"
)
_MEETING_END = re.compile(r"会议?(?:上的讲话|主要)?(?:精神|部署)")
# One meeting on two lines of work: A暨B工作推进会, A和全省B工作会议.
_MEETING_JOINED = re.compile(r"暨|[和及](?=全国|全省|全市|全县|全区|国家|[省市县区](?!场))")
_WHEN = re.compile(
    r"在(?:研究部署|研究|部署|听取|通报|审议|讨论)了?(?P<t>[^，。；\n]{2,40}?)"
    r"(?:工作|情况)?(?:的汇报)?时[，,]"
)
# 一要抓好X，二要加快Y，五是要认真开展Z, 一是抓好A、B: each point opens with its verb and its lines
# of work. (The look-behind stands after the numeral, so that re skips from numeral to numeral.)
_MUST_POINTS = re.compile(
    r"[一二三四五六七八九十](?<![^。；;！\n，：:][一二三四五六七八九十])(?:是要|是|要)(?:认真|切实|扎实|全力|持续)?"
    r"(?:抓好|加快|做好|推进|保障|守住|加强|抓实|强化|推动|深化|统筹|落实|开展)"  # _POINT_VERBS
    r"(?P<t>[^，。；：\n]{4,40}?)[，；。]"
)
# X要加强，… at the start of a sentence: X is the line of work (unless X is an addressee).
_MUST_STRENGTHEN = re.compile(
    r"(?<![^。；;！\n])[\s?？]*(?P<t>[^，。；：\n要把将对在]{4,16}?)"
    r"要(?:加强|持续加强|不断加强|进一步加强|加快推进|统筹推进|持续推进|扎实推进)[，。；]"
)
# 在安全生产方面，… opening a sentence.
_ASPECT = re.compile(r"(?<![^。；;！\n])[\s?？]*(?:要)?在(?P<t>[^，。；\n]{2,12}?)方面[，,]")
_REVIEWING = re.compile(r"审|通过|同意")
# The words that end each sentence-opening pattern, and how far before them the sentence may open.
_ENDS = {
    _ASPECT: (re.compile(r"方面[，,]"), 24),
    _MUST_STRENGTHEN: (
        re.compile(
            r"要(?:加强|持续加强|不断加强|进一步加强|加快推进|统筹推进|持续推进|扎实推进)[，。；]"
        ),
        24,
    ),
}
# Words every match of one of the patterns above holds: most items have none of them. Two patterns,
# each opening with a fixed character or a class, so that ``re`` skips to the characters they start
# with instead of trying the words at every character.
_CUES = re.compile(
    r"会议?(?:上的讲话|主要)?(?:精神|部署)|时[，,]|要(?:加强|持续|不断|进一步|加快|统筹|扎实)|方面"
)
_POINT_VERBS = r"(?:抓好|加快|做好|推进|保障|守住|加强|抓实|强化|推动|深化|统筹|落实|开展)"
_POINT_CUE = re.compile(
    rf"[一二三四五六七八九十](?:是要|是|要)(?:认真|切实|扎实|全力|持续)?{_POINT_VERBS}"
)


def stressed_topics(text: str, item: Item) -> list[tuple[str, int]]:
    """Return the lines of work an item's conveyed meetings and stressed points name.

    >>> text = (
    ...     "会议传达学习了全国安全生产电视电话会议精神，要求守住安全生产底线。"
    ...     "在研究部署防汛工作时，会议强调，一要抓好物资储备调度，…"
    ... )
    >>> [t for t, _ in stressed_topics(text, Item(1, 0, len(text), 33, "传达学习"))]
    ['安全生产', '防汛', '物资储备调度']
    """
    speeches = _speech_topics(text, item) + _listed_as_work(text, item)
    if not (
        _CUES.search(text, item.start, item.end) or _POINT_CUE.search(text, item.start, item.end)
    ):
        return speeches
    found = _meeting_topics(text, item) + speeches
    found += [(m["t"], m.start("t")) for m in _WHEN.finditer(text, item.start, item.end)]
    if _REVIEWING.search(item.verb) or _studied_plan(text, item):
        return found  # an item on a plan: its points are the plan's measures, not lines of work
    found += [(m["t"], m.start("t")) for m in _MUST_POINTS.finditer(text, item.start, item.end)]
    found += [(m["t"], m.start("t")) for m in _ending_at(_ASPECT, text, item)]
    for match in _ending_at(_MUST_STRENGTHEN, text, item):
        if not addressees(match["t"]):  # 各部门要加强…: an addressee, not a line of work
            found.append((match["t"], match.start("t")))
    return sorted(found, key=lambda found: found[1])


# A plan studied (会议学习了《某市燃气事故应急预案》): its points are the plan's measures too.
_PLAN_TITLE = re.compile(r"《[^《》]{2,60}(?:预案|方案|规划|办法|细则)(?:（[^（）]*）)?》")


def _studied_plan(text: str, item: Item) -> bool:
    """Whether the item studies or conveys a plan (学习了《…应急预案》) rather than a speech."""
    studied = item.verb.startswith(("学习", "传达"))
    return studied and bool(_PLAN_TITLE.search(text, item.start, item.lead_end))


# A speech or instruction conveyed on one line of work: 关于防汛救灾工作的重要指示精神; an event
# (关于某地火灾事故的重要指示) is none.
_SPEECH = re.compile(
    r"关于(?P<t>[^，。；、：《》“”\n]{2,24}?)(?:工作)?的重要(?:论述|讲话|指示|批示)"
    # 对防汛救灾工作重要指示: a line of work of four characters or more, closed by 工作
    r"|对(?P<t2>[^，。；、：《》“”\n]{2,24}?)工作的?重要(?:论述|讲话|指示|批示)"
)
_EVENT = re.compile(r"事故|事件|灾害$")
_PLACE_NAMED = re.compile(
    r"北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    r"广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾|[^工]{1,2}[省市县区州]$"
)


def _work_not_place(text: str, topic: str) -> bool:
    """Whether a speech's topic names work: four characters or more, or a shorter one the text
    takes up again as work (审计 in 支持配合审计工作) that names no place (对甘肃工作的重要讲话 is
    about a province's work, 对深圳工作… a city's).

    >>> _work_not_place("对审计工作的重要指示。支持审计工作。", "审计"), _work_not_place("", "浙江")
    (True, False)
    """
    if len(topic) >= 4:
        return True
    cities = division_names()
    named = _PLACE_NAMED.match(topic) or any(topic + end in cities for end in "市县区州")
    return text.count(topic + "工作") >= 2 and not named


def _speech_topics(text: str, item: Item) -> list[tuple[str, int]]:
    """The line of work of a speech conveyed, when the text takes that work up again."""
    found: list[tuple[str, int]] = []
    if text.find("重要", item.start, item.end) < 0:
        return found  # most items convey no speech: the pattern is not tried
    for match in _SPEECH.finditer(text, item.start, item.end):
        topic = match["t"] or match["t2"]
        short = match["t2"] and not _work_not_place(text, topic)
        named = text.count(topic) >= 2 and not _listed_otherwise(text, topic)
        if not _EVENT.search(topic) and named and not short:
            found.append((topic, match.start("t" if match["t"] else "t2")))
    return found


def _listed_otherwise(text: str, topic: str) -> bool:
    """Whether an agenda list names the speech's line of work in other words: the same head, as
    long, another tail (粮食保障 listed, then a speech on 粮食安全: one line of work).

    >>> _listed_otherwise("研究经济运行、粮食保障等工作。关于粮食安全的重要论述", "粮食安全")
    True
    """
    if len(topic) < 4:
        return False
    part = re.escape(topic[:2]) + f"[一-龥]{{{len(topic) - 2}}}"
    listed = re.finditer(f"(?<=、){part}|{part}(?=[、等])", text)
    return any(match[0] != topic for match in listed)


# 创城、创卫、食品安全城市创建是系统性、持续性的工作: a list opening its clause, said to be work.
_IS_WORK = re.compile(r"是[^，。；\n]{0,16}工作")
_LIST_OPENING = re.compile(r"[^，。；：、\n]{2,14}(?:、[^，。；：、\n]{2,14})+")


def _listed_as_work(text: str, item: Item) -> list[tuple[str, int]]:
    """The topics of a list opening a clause that the text calls work (甲、乙是…工作), one each.

    >>> text = "会议强调，河道保洁、林区防火是长期性的工作。"
    >>> _listed_as_work(text, Item(1, 0, len(text), 0, ""))
    [('河道保洁', 5), ('林区防火', 10)]
    """
    found = []
    for cue in _IS_WORK.finditer(text, item.start, item.end):
        opening = max(text.rfind(mark, item.start, cue.start()) for mark in "，。；：\n") + 1
        listed = _LIST_OPENING.fullmatch(text, max(opening, item.start), cue.start())
        if listed and not addressees(listed[0]):
            at = listed.start()
            for part in listed[0].split("、"):
                found.append((part, at))
                at += len(part) + 1
    return found


def _ending_at(regex: re.Pattern[str], text: str, item: Item) -> list[re.Match[str]]:
    """The matches of a pattern that opens a sentence, found from the words that end it (方面，,
    要加强，): a look-behind at the pattern's start would be tried at every character."""
    cue, width = _ENDS[regex]
    found = []
    for end in cue.finditer(text, item.start, item.end):
        match = regex.search(text, max(item.start, end.start() - width), end.end())
        if match and match.end() == end.end():
            found.append(match)
    return found


def _meeting_topics(text: str, item: Item) -> list[tuple[str, int]]:
    found = []
    for match in _meetings(text, item):
        group = "t" if match["t"] is not None else "t2"
        pos = match.start(group)
        heard = _IMPLEMENTED.match(text, match.end())  # …会议精神及我县贯彻落实情况: taken up
        for part in _meeting_parts(match[group]):
            at = text.find(part, pos)
            level = _LEVEL_AT_START.match(part)
            cut = level.end() if level else 0
            verb = _LEAD_VERB.match(part, cut)  # 扩大高水平对外开放推进会: the work, not the verb
            cut = verb.end() if verb else cut
            topic = _KIND.sub("", part[cut:])
            # The text takes the work up again beyond the meeting's name (…，守住安全生产底线).
            again = heard or text.count(topic) >= 2
            if len(topic) >= 4 and not _BODY.search(topic) and again:
                found.append((topic, at + cut))
    return found


# The last pair of a list of lines of work in a meeting's name (A、B及C工作视频会议).
_LISTED_PAIR = re.compile(r"(?<=[^、]{2})[和及](?=[^、和及]{2,}$)")


def _meeting_parts(topic: str) -> list[str]:
    """The lines of work a conveyed meeting's name joins (A暨B工作推进会; A、B及C工作视频会议).

    >>> _meeting_parts("高温抗旱、森林防灭火及旱涝急转应对")
    ['高温抗旱', '森林防灭火', '旱涝急转应对']
    """
    parts = _MEETING_JOINED.split(topic)
    if "、" not in topic:
        return parts
    listed = [p for part in parts for p in part.split("、")]
    return listed[:-1] + _LISTED_PAIR.split(listed[-1])


def _meetings(text: str, item: Item) -> list[re.Match[str]]:
    """Matches of _MEETING, looked for only just before each 会议精神/会部署 of the item: the
    pattern opens with a level, a character met everywhere."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for end in _MEETING_END.finditer(text, item.start, item.end):
        window = max(item.start, end.start() - 48)
        for match in _MEETING.finditer(text, window, end.end()):
            found.setdefault(match.span(), match)
    return list(found.values())
