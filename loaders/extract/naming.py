"""From a plan title or an item subject to the initiative it is about.

An initiative is the shortest self-standing noun phrase of the item: the title minus place, year,
关于/开展/制定 and the document type (《长宁区关于开展电动自行车安全治理攻坚行动工作方案》 →
电动自行车安全治理攻坚行动); without a plan, the subject phrase minus 情况/工作.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (?=[…]) first: the characters a match can start with, so that the pattern is not tried
# at every other character (its alternatives open with optional parts).
_YEARS = re.compile(
    r"(?=[\d一二三四上下全年第前今明去近当])(?:\d{4}(?:年?[—\-－~至到]\d{2,4})?年度?|[一二三四]季度|上半年|下半年|全年|年度|"
    r"第[一二三四]季度|前[一二三]季度|(?:\d{1,2}[—\-－~至到])?\d{1,2}月份?|今年|明年|去年|近期|当前|"
    r"[一二三四]至[一二三四]季度|下一?阶段)"
)
_LEADING = re.compile(
    r"^(?:关于|对于|有关|开展|制定|起草|修订|修改|编制|印发|进一步|加快推进|深入推进|全面推进|"
    r"持续推进|扎实推进|大力推进|积极推进|稳步推进|推进|加快|推动|实施|做好|落实|贯彻落实|构建|\d+个(?=[一-龥])|"
    # 加强保障房管理: a verb before the line of work is no part of its name (加强和规范… is kept:
    # the verbs govern it together)
    r"(?:加强|强化)(?![和与及、])|"
    # 举办第二届…系列活动, 研究通过了我市X行动, 原则同意X, 大力发展X: the verb of the meeting or of
    # the work is no part of the name
    r"举办|(?:审议|研究|原则)?通过了?|原则同意|大力发展|"
    # 关于在全党大兴调查研究的工作方案: where the work is done is no part of its name
    r"在全(?:党|国|省|市|县|区|州|旗|系统|社会)(?:范围内)?|"
    r"在[^，。]{1,12}?(?:领域|方面|行业|中)+|的|政府(?!性)|人民政府|全[区县市]|我[区县市]|本[区县市]|"
    r"[区县市]政府|[区县市]级|全[省国]|拟|申请|(?:研究|讨论|审议|听取)了?|传达|学习|贯彻|[、，与和及]|"
    # 市政府系统贯彻落实意见: the government's departments, once the government is gone
    r"系统(?![化性])|"
    r"(?:各|有关|相关)(?:部门|单位)+|"
    r"[^一-龥“”《》（）\w]+)"
)
# The look-ahead holds every character an ending can start with: the pattern, anchored at the end
# only, is then not tried from the others.
_TRAILING = re.compile(
    r"(?=[(\d、一七三与专主九事二五人代任会八六决制办十及名和四基安完实导工建开征总情意执批报指推措提政方暂补预"
    r"有汇清电的相章管精纲细职若草落要规视计议讲试说请责进送通部重（，条])"
    r"(?:（[^（）]*）|\([^()]*\)|(?:的?若干|补充|主要工作|主要|工作|实施|管理|暂行|试行|专项)?"
    r"(?:方案|意见|办法|细则|规定|规划|计划|要点|清单|指引|通知|决定|报告|纲要|导则|制度|规则|章程|"
    r"汇报|说明|请示|草案|送审稿|征求意见稿|条例)|[与和及、]?(?:工作)?(?:责任|职责|任务)分工|"
    r"(?:人大代表|政协委员|代表)?(?:议案|建议|提案)[和及、与“”\"]*(?:建议|提案|议案)?[“”\"]*办理|"
    r"(?:工作)?(?:推进|完成|落实|进展|执行|开展|实施|办理|有关|相关|基本|总体|工作)?情况|(?:工作)?(?:视频|电视电话)?会议精神|(?:重要)?(?:讲话|指示|批示)?精神|的?部署要求|部署|相关|有关|"
    r"(?:[一二三四五六七八九十\d]+条|若干)?(?:政策)?措施|若干政策|[一二三四五\d]年|(?:重点|主要)?任务(?:清单)?|"
    # …园区的重要工作事项: what is weighty about the work is no part of its name
    # 河道清淤工作进展, 主要经济指标预计完成: how far the work got, no part of its name
    r"(?:工作)?进展|预计完成|"
    r"人选|名单|有关事项|相关事项|有关问题|相关问题|(?:有关|相关)?事宜|事项|工作|(?:计划)?安排|[及和与]重点|的重要|的重点|的|[、，与和及])$"
)
# The last characters of everything _TRAILING removes: most phrases end otherwise (…建设,
# …行动), and the pattern, anchored at the end only, would be tried from each character.
_TRAILING_LAST = frozenset(
    ")、与作关况划则务单及告和定工年度引报排施明案求法点理的知示神程稿策署要见选项题宜），例展成"
)
_GENERIC = re.compile(
    r"^(?:近期|当前|下步|下一步|下一?阶段|今后|今后一个时期)?(?:重点|有关|相关|其他|其它|日常|主要|若干|各项|系列)*"
    r"(?:工作|事项|问题|议题)?$"
    r"|^[一-龥]{1,6}节(?:前|后|日)?(?:期间)?$"  # 端午节前有关工作: a time, not a line of work
    # 月度重点工作, 部署“双节”期间重点工作: the weighty work of a time; 干部议题: appointments
    r"|^(?:部署|研究)?[^，、]{0,8}?(?:期间|月度|季度|年度|近期)重点$|^干部议题$"
    r"|^(?:以下|如下|下列|上述|以上)"  # 会议议定以下意见: what follows, not a line of work
    r"|^(?:这|那)?几[件个项]|同志$"  # 几件提案中的共性, 请X同志汇报: a count or a person, not work
    # 下步贯彻落实, 政策文件, 八个方面: carrying out, a document or a count, with no work named
    r"|^(?:下一?步|抓好|做好|整改)?(?:我[区县市])?(?:贯彻)?落实$|^(?:政策)?(?:文件|内容)$"
    r"|^[一二三四五六七八九十两]个方面$"
    # 提交人代会审议的有关文件: a bundle of documents, not a line of work
    r"|^[^，]*的(?:有关|相关)?(?:文件|材料)$"
    # 县水利局局长张三、农业局局长李四等同志: a person with a title, not a line of work
    r"|^.*(?:局长|主任|所长|站长|队长|处长|科长|副[县区市]长)[一-龥]{2,3}$"
    # 某公司“12·27”中毒事件: an event, not a line of work (its investigation, …事故调查处置, is one)
    r"|^.*(?:事件|事故)$"
    # 做好经济社会发展各项工作: the whole of the government's work, not one line of it
    r"|^(?:经济社会发展|经济社会|经济形势)$"
    # 第一次书记办公会议落实情况: an earlier meeting followed up, not a line of work
    r"|^[^，]*会议(?:议定|决定)?(?:事项)?(?:落实|执行|督办)?$"
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
    r"(?:行动|建设|工程|改革|活动|整治|试点|创建|战略|项目|治理|攻坚|攻坚战|示范区|联盟|"
    r"创新|振兴|升级|提升|发展|保护|编制|工作)$"
)


# A request or a plan to carry out another document, whose title it holds: what it is about is
# that document's work.
_WRAPPED = re.compile(
    r"(?:[一-龥]{0,8}?[省市区县])?(?:报请|提请)?(?:审议|审定|印发|转发|贯彻落实|贯彻|落实)?"
    r"[<〈](?P<x>[^<>〈〉]{4,})[>〉]的?(?:请示|通知|实施方案|工作方案|方案|实施意见|意见)"
)


# Advertising a copying site put where the government's name stood, at the head of a title or a
# subject (开云手机官网入口·(中国)官方网站2022年…方案, 众博棋牌官网进一步规范…): a run ending in a site's or
# a betting word, with the marks after it.
_ADVERT_HEAD = re.compile(
    r"^[A-Za-z0-9一-龥·()（）._\-]{0,16}(?:官方网站|官网(?:入口)?|[Aa][Pp][Pp](?:下载)?|棋牌|彩票网|娱乐城)"
    r"(?:[·._\-]|[（(]中国[）)])*"
)


def _without_leading(text: str) -> str:
    """The phrase without the words _LEADING removes before a line of work, however many.

    >>> _without_leading("全区和区级财政预算")
    '财政预算'
    """
    previous = None
    while previous != text:
        previous, text = text, _LEADING.sub("", text)
    return text


# 2019年A计划执行情况与2020年A计划报告: a report on last year's plan and this year's, one line of work.
_EXECUTED = re.compile(r"(?P<a>[^、，]{4,30}?)(?:执行|完成|落实)情况(?:与|和|及)(?P<b>.+)")
# The long name of a five-year plan (国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要) and
# its usual short one (“十四五”规划纲要).
_FIVE_YEAR_PLAN = re.compile(
    r"(?:国民经济和社会发展)?第(?P<n>十[一二三四五六七八九])个五年规划(?:和二[〇○零]三五年远景目标)?纲要"
    # when a topic goes on after it (…纲要中期评估); the plan alone keeps its name
    r"(?=[^（(]{2})(?!草案|送审稿|征求意见稿|讨论稿)"
)


# 2015年市重点建设项目, 2024年区级…: a level written alone after a year is the government's own
# (as 全市 is), not a word (2024年市场监管, 2023年县域经济 keep theirs).
_YEAR_LEVEL = re.compile(
    r"(?<=\d{4}年)[区县市](?![场政民容区域级属城位块间内外直委长乡县划中情本列])"
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
    >>> initiative_name("2015年市重点建设项目推进情况"), initiative_name("2024年市场监管工作")
    ('重点建设项目', '市场监管')
    >>> initiative_name("区政府重点投资项目建设推进情况")
    '重点投资项目建设'
    >>> initiative_name("开云手机官网入口·(中国)官方网站2021年食品安全工作安排")
    '食品安全'
    """
    if advert := _ADVERT_HEAD.match(phrase):
        phrase = phrase[advert.end() :]
    if "个五年规划" in phrase:  # most phrases name no five-year plan: the pattern is not tried
        phrase = _FIVE_YEAR_PLAN.sub(r"“\g<n>五”规划纲要", phrase)
    if "年" in phrase:  # 2015年市重点建设项目: the government's own level after the year
        phrase = _YEAR_LEVEL.sub("", phrase)
    text = keep_paired_quotes(_YEARS.sub("", phrase))
    for place in sorted(places, key=len, reverse=True):
        text = text.replace(place, "")
    about = re.search(r"关于(?P<x>.+)", text) if "关于" in text else None
    if about and len(about["x"]) >= 4:
        text = about["x"]
    if wrapped := _WRAPPED.fullmatch(text):
        text = wrapped["x"]  # 报请审议<X>的请示, 贯彻落实<X>的实施方案: the request is about X
    executed = _EXECUTED.fullmatch(text) if "情况" in text else None
    if executed and executed["b"].startswith(executed["a"][:4]):
        # A计划执行情况与A计划报告: the plan carried out and the next one
        return _without_leading(executed["a"]) or None
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
_WHOLE_TITLES = re.compile(r"^(?:政府工作报告|政府工作规则|政府会议制度|预算报告|财政预算报告)$")


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
    text = re.sub(r"^[^“”]*的", "", phrase)
    text = re.sub(
        r"^(?:新一届|新一轮|当前|正在开展|已经开展|已开展|全[区县市]|我[区县市]|本[区县市]|好|"
        r"(?:深入|全面)?(?:实施|抓好|推进|开展))+",
        "",
        text,
    )
    if _CLAUSE.search(text):
        return None  # 结合区情抓好下半年重点工作: a clause of what to do, not a programme's name
    if _QUOTED_NAME.fullmatch(text):
        return text[1:-1]  # a programme known by its quoted name alone (“最多跑一次”)
    headed = _TRAILING_NAME.sub("", text)  # 污染防治攻坚战“夏季攻势”: the head before the name
    if (
        len(text) < 4
        or not _PROGRAMME_HEADS.search(headed)
        or (text.endswith("工作") and len(text) < 6)
    ):
        return None
    return text


_QUOTED_NAME = re.compile(r"“[^“”]{4,20}”")
_CLAUSE = re.compile(r"抓好|做好|重点工作$")
_TRAILING_NAME = re.compile(r"(?<=[^“”])“[^“”]{2,12}”$")
