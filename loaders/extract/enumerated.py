"""Lines of work a directive names: 要统筹抓好A、B、C等工作 names A, B and C.

What the meeting asks to carry out, as 要做好X工作, 要统筹抓好A、B、C等工作 or 把A和B各项工作抓细抓实,
names one line of work per topic (the last pair split as in an agenda list, see
:func:`loaders.extract.subjects.topics`). A time before the topic is no part of it
(做好岁末年初的安全生产工作 → 安全生产); a stage of one procedure (可研、预审、评审) or a way of
working (协调配合, 征求意见) is no line of work, and neither is a unit, a collective or a generic word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.addressees import addressees
from loaders.extract.items import Item

# The verb of carrying out work, then the topics, closed by 工作 (等工作, 各项工作, 两项工作, 当前重点工作).
# The patterns open with the alternation of their verbs, from which ``re`` takes the characters a
# match can start with (a look-ahead naming them would hide them, and was measured slower).
_CARRY_OUT = re.compile(
    r"(?:抓好|做好|抓实|统筹抓好|统筹做好|落实好|开展好|谋划好|筹备好|办好|"
    r"加快推进|推进)(?!了)"
    r"(?P<t>[^，。；：！？、\n把将在对为使了][^，。；：！？\n把将在对为使了]{1,70}?)"
    r"(?P<many>等(?:与[^，。；、]{2,24}?(?:相关|有关)的)?|各项|各方面|[两三四五六七八九十几多]项)?"
    r"(?:当前|近期|有关|相关|重点|各项)*工作(?=[，。；、！\n])"
)
# 把A和B各项工作抓细抓实: the topics before the verb.
_PUT = re.compile(
    r"把(?P<t>[^，。；：！？\n把将]{2,60}?)(?P<many>等|各项|各方面|[两三四五六七八九十几多]项)?(?:有关|相关)?工作"
    r"(?=抓|做|落|推|统筹)"
)
# 统筹抓好A、B“三件大事”, 认真筹备A、B等活动, 加强A、B建设: a list without 工作, up to the end of its
# clause; a head after the list (建设) is each topic's.
_PART = r"[^，。；：！？、\n把将了的等]{4,40}?"
_CARRY_OUT_LIST = re.compile(
    r"(?:抓好|统筹抓好|做好|统筹做好|推进|筹备好|筹备|办好|加强|加快)(?!了)"
    rf"(?P<t>(?![在对为使]){_PART}(?:、{_PART})+?)"
    r"(?P<many>等?(?:“[一二三四五六七八九十两]件大事”|会展活动|重点任务|活动)?)(?P<head>建设)?(?=[，。；！\n])"
)
# 打好碧水、蓝天、净土三大保卫战: the battles a count sums up, each named with the head.
_BATTLES = re.compile(
    r"(?:打好|打赢)+(?P<t>[^，。；：！？、\n]{2,8}(?:、[^，。；：！？、\n]{2,8})+)"
    r"[两三四五六七八九十]大(?P<head>保卫战|攻坚战)(?P<many>)"
)
# 要精心组织开展“大战红九月”行动, 深入实施“全周期”教育品质提升工程, 部署好“三考”工作: a programme
# named in quotes, carried out whole (a list inside the quotes is its name, not its topics).
_QUOTED = re.compile(
    r"(?:开展|部署|参与)好?"
    r"(?P<t>“[^“”。；\n]{2,30}”[^，。；：！？、“”\n把将的]{0,12}?"
    r"(?:专项行动|行动|工程|活动|改革|建设|攻坚战|攻势|工作))(?P<many>)(?=[，。；！\n])"
)
# Any modal word, the 要 of 要求 included: not the directives' _MODAL, which refuses 要求 and 应急
# and takes 负责 and 牵头 too; sharing it would change the lines of work found on some pages. The 应
# of a word (主动适应新常态, 响应, 相应) is no modal.
_MODAL = re.compile(r"要|(?<![适响相供反效呼答])应|必须|务必|需|须")
# Helping with another's work (配合做好, 协助做好): a unit's share, not a line of work.
_HELPING = re.compile(r"(?:配合|协调|协助|帮助)$")
_PAST = re.compile(r"了|已|过")
# A time before 的 (岁末年初的, 春节期间的, 当前的): no part of the line of work.
_TIME = re.compile(
    r"^[^、和及]{0,10}?(?:期间|前后|岁末|年末|年初|节前|节后|汛期|假期|当前|近期|今年|全年|阶段)的"
)
# An aim of a slogan (稳经济, 促发展, 抢时间): a verb of aiming and a two-character object.
_SLOGAN_PART = re.compile(r"^[^、]{0,6}?[稳促保抢防扩][一-龥]{2}$")
# Stages of one procedure, ways of working and words that name no work of their own.
_STAGES = r"(?:可研|预审|评审|审批|验收|立项|落地|前期|收尾)$"
_STAGE = re.compile(_STAGES)
_NOT_WORK = re.compile(
    _STAGES
    + r"|(?:准备|征求意见|协调配合|群众|衔接|对接|结合|服务保障|宣传|解释|思想|总结|谋划|部署|值班|值守)$"
    r"|^(?:每|各|这|此|该|上述|以上)项?$|^(?:各项)?基础$"
    # A period, not a line of work (谋划好今年和“十三五”工作).
    r"|^(?:(?:今年|明年|全年|“?十[一二三四五六七八九]五”?(?:时期|期间)?)[和及、]?)+(?:规划)?(?:收官|开局|起步)?$"
    r"|^(?:质量|安全|日常|行业|市场|人员|资金|窗口|舆论|组织|综合)(?:管理|管控|监管|培训|宣传|服务|保障|领导|协调)$"
)
# A slogan in quotes (“外防输入、内防反弹”), and the count that sums a list up (“三件大事”).
_SLOGAN = re.compile(r"“[^“”]+”")
_COUNTED = re.compile(r"“[一二三四五六七八九十两]件大事”$")
# A list of two-character aspects after 的 (文化遗产的保护、传承和利用): one line of work.
_ASPECTS = re.compile(r"^(?P<x>[^的]{2,30})的(?P<a>[一-龥]{2}(?:[、和及][一-龥]{2})+)$")


def directed_topics(
    text: str, item: Item, split: Callable[[str, int], list[tuple[str, int]]]
) -> list[tuple[str, int]]:
    """Return the topics of the work an item's directives ask to carry out, with their positions.

    Args:
        text: the document text.
        item: the item whose directives are read.
        split: parts an enumerated phrase into its topics (:func:`loaders.extract.subjects.topics`).

    >>> from loaders.extract.subjects import topics
    >>> text = "会议要求，要统筹抓好春耕生产、河道保洁等工作。"
    >>> [t for t, _ in directed_topics(text, Item(1, 0, len(text), 0, "研究"), topics)]
    ['春耕生产', '河道保洁']
    """
    found: list[tuple[str, int]] = []
    for regex in _patterns(text, item):
        for match in regex.finditer(text, item.start, item.end):
            phrase, pos = _object(match)
            if phrase and _directed(text, item, match.start()) and _carried_out(match, text):
                found.extend(_matched_topics(match, phrase, pos, split))
    return sorted(dict.fromkeys(found), key=lambda pair: pair[1])


def _matched_topics(
    match: re.Match[str], phrase: str, pos: int, split: Callable[[str, int], list[tuple[str, int]]]
) -> list[tuple[str, int]]:
    """The topics of one match, each with the head after the list (建设) when there is one; a
    programme in quotes is one topic whatever its quotes hold."""
    if match.re is _QUOTED:
        return [(phrase, pos)]
    head = match.groupdict().get("head") or ""
    return [(part + head, at) for part, at in _parts(phrase, pos, bool(match["many"]), split)]


# Words the matches of the patterns hold: most items have no battles, and some no 工作.
_BATTLE_WORD = re.compile("大(?:保卫战|攻坚战)")


def _patterns(text: str, item: Item) -> list[re.Pattern[str]]:
    """The patterns worth trying on an item: those whose fixed words it holds."""
    patterns = [_CARRY_OUT, _PUT] if text.find("工作", item.start, item.end) >= 0 else []
    if text.find("、", item.start, item.end) >= 0:  # the lists hold one
        patterns.append(_CARRY_OUT_LIST)
        if _BATTLE_WORD.search(text, item.start, item.end):
            patterns.append(_BATTLES)
    if text.find("“", item.start, item.end) >= 0:
        patterns.append(_QUOTED)
    return patterns


# Verbs that a chain of them leaves before the topic (抓紧抓实抓细疫情防控), and words that make the
# phrase a role given to the work rather than the work (把X当作常态化工作).
_CHAINED = re.compile(r"^(?:抓紧|抓实|抓细|抓好|做细|做实|做好|落实)+")
_ROLE = re.compile(r"当作|当成|作为|放在|摆在|列为")


def _object(match: re.Match[str]) -> tuple[str | None, int]:
    """The phrase naming the work, without a chain of verbs before it."""
    phrase, pos = match["t"], match.start("t")
    if _ROLE.search(phrase):
        return None, pos
    chained = _CHAINED.match(phrase)
    cut = chained.end() if chained else 0
    return phrase[cut:], pos + cut


def _carried_out(match: re.Match[str], text: str) -> bool:
    """Whether the verb carries out lines of work rather than the tasks of one.

    A list without 工作 names lines of work when it is summed up (A、B等活动, A、B“三件大事”) or
    built (加强A、B建设); done or pushed alone (做好监测预警、疫苗接种; 推进廊道绿化、村庄绿化) it names
    the measures of the item's own work, and strengthened (加强形势分析、市场调研) ways of working.
    One topic coordinated or organised (统筹做好A和B工作, 统筹组织开展X工作) is a task of the item's
    own work too.
    """
    groups = match.groupdict()
    if match.re is _QUOTED:
        return True  # a programme, whoever organises it
    if match.re is _CARRY_OUT_LIST and not groups["many"]:
        pushed = match[0].startswith("推进")  # 推进甲路、乙路建设: the projects of the item's work
        return bool(groups["head"]) and not _CAPACITY.search(groups["t"]) and not pushed
    if match.re is _CARRY_OUT_LIST or groups["many"]:
        return True
    verb = text[max(0, match.start() - 2) : match.start() + 2]
    return "统筹" not in verb and "组织" not in verb


# 加强预防控制、应急处置和应急保障能力建设: capacities built, ways of working rather than lines of work.
_CAPACITY = re.compile(r"能力$")


def _directed(text: str, item: Item, pos: int) -> bool:
    """Whether the words before ``pos`` ask the meeting's line of work of no one in particular or
    of a collective: a modal earlier in the sentence, no past in the verb's clause (今年以来做好了…),
    no named unit before the modal (区民政局要做好更名工作: that unit's task), no help
    (各街道要配合做好…) and no plan the sentence follows (要以《意见》为指南，抓好…)."""
    sentence = _after_last("。！？\n", text, item.start, pos)
    clause = _after_last("，；：。！？\n", text, item.start, pos)
    modals = list(_MODAL.finditer(text, sentence, pos))
    if not modals or _PAST.search(text, clause, pos) or _HELPING.search(text, clause, pos):
        return False
    if text.find("《", _after_last("，；：。！？\n", text, sentence, clause - 1), pos) >= 0:
        return False  # 要把《实施意见》作为行动指南，抓好A、B: the measures of that plan
    modal = modals[-1].start()
    opening = _after_last("，；：。！？\n", text, sentence, modal)
    subject = text[opening:modal].strip()
    return not subject or all(group for _, group in addressees(subject) or ())


def _after_last(marks: str, text: str, start: int, end: int) -> int:
    """Where the text after the last of ``marks`` between ``start`` and ``end`` starts, else ``start``."""
    return max(start, *(text.rfind(mark, start, end) + 1 for mark in marks))


# Inside a list, a pair joined by 和 or 及 whose sides both have four characters or more is two
# topics (烟花爆竹管理及森林防火), as the last pair of an agenda list is.
_PAIR = re.compile(r"(?<=[^和及]{4})[和及](?=[^和及]{4,}$)")


def _parts(
    phrase: str, pos: int, many: bool, split: Callable[[str, int], list[tuple[str, int]]]
) -> list[tuple[str, int]]:
    """The topics of one phrase: a time before it dropped, aspects of one thing kept whole; a
    pair is parted only in a list (A和B等工作, A和B各项工作), not in one topic (A和B联合筛查工作)."""
    time = _TIME.match(phrase)
    if time:
        phrase, pos = phrase[time.end() :], pos + time.end()
    aspects = _ASPECTS.match(phrase)
    if aspects:
        return [(aspects["x"] + re.sub(r"[、和及]", "", aspects["a"]), pos)]
    # 做好重点示范镇的科学规划、合理布局: ways of doing one thing; 做好出租屋、消防通道等安全管理工作:
    # the objects of one kind of work
    if "的" in phrase or _SLOGAN.fullmatch(phrase) or _HEAD_AFTER_LIST.search(phrase):
        return []
    listed = many or "、" in phrase
    parts = split(_COUNTED.sub("", phrase) + "等", pos) if listed else [(phrase, pos)]
    if listed:
        parts = [(p, at) for part, start in parts for p, at in _pair(part, start)]
    if _no_work(parts, listed):
        return []
    parts = _shared_head(parts)
    return [(p, at) for p, at in parts if not _NOT_WORK.search(p) and not names_units(p)]


def _no_work(parts: list[tuple[str, int]], listed: bool) -> bool:
    """Whether the parts name no lines of work: the stages of one procedure (做好项目招引、评审和
    落地), the places the item's work reaches (抓好疫苗接种、养老院等工作) or a slogan's aims
    (保民生、促消费、稳经济各项工作)."""
    if any(_STAGE.search(p) or (listed and _PLACE_KIND.search(p)) for p, _ in parts):
        return True
    return sum(bool(_SLOGAN_PART.match(p)) for p, _ in parts) >= 3


# The heads of a unit's name: a topic ending so names who works, not the work (乡村集市, 文明城市
# end with 市 and are topics).
_UNIT_HEAD = re.compile(r"(?:局|委|办|办公室|中心|公司|集团|街道|[镇乡]|部门|单位)$")
# Words a collective holds (各街道, 相关单位, 党员干部, 新闻媒体, 市、区两级): the rest name none.
_COLLECTIVE_WORD = re.compile(r"各|有关|相关|部门|单位|干部|群众|媒体|企业|两级|上下")


def names_units(phrase: str) -> bool:
    """Whether a listed topic names units (区财政局, 各部门) rather than a line of work."""
    if _UNIT_HEAD.search(phrase):
        return True
    told = addressees(phrase) or () if _COLLECTIVE_WORD.search(phrase) else ()
    return any(group for _, group in told)


# The head a pair may share (移动式房车、乡村旅游接待户试点: two pilots), and the endings of a
# part that has a head of its own.
_SHARED_HEAD = re.compile(r"(?:试点|创城|创建|示范)$")
_OWN_HEAD = re.compile(
    r"(?:建设|改革|整治|治理|防控|生产|管理|发展|保护|行动|工程|试点|创建|创城|监测|安全|保障|服务)$"
)


def _shared_head(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A pair whose second part ends with a head the first lacks shares it (文明、食安创城 →
    文明创城, 食安创城)."""
    if len(parts) != 2:
        return parts
    (first, at), second = parts
    head = _SHARED_HEAD.search(second[0])
    if not head or _OWN_HEAD.search(first):
        return parts
    return [(first + head.group(0), at), second]


# A list closed by 等 and a head of its own (出租屋、消防通道等安全管理): the parts are the objects of
# that one kind of work.
_HEAD_AFTER_LIST = re.compile(r"、[^、等]{2,12}等(?!有关|相关|重点|各项|当前|近期)[一-龥]{2,}$")


# Kinds of place or institution: a list holding one names where the work is done.
_PLACE_KIND = re.compile(r"(?:[^学法医]院|机构|学校|场所|商场|市场)$")


def _pair(part: str, pos: int) -> list[tuple[str, int]]:
    joined = _PAIR.search(part)
    if not joined:
        return [(part, pos)]
    return [(part[: joined.start()], pos), (part[joined.end() :], pos + joined.end())]
