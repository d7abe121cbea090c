"""A unit's name (a bureau, an office, a district told to act) in a short, already delimited phrase.

The extractor finds a phrase by its position (between 听取 and 关于, before 要 at the start of a
clause, after 由 …); :func:`unit_of` and :func:`bare_unit` decide whether it names one unit, by the
grammar of unit names: a place or brand, then a head from a closed list. Collectives and lists of
addressees are read in :mod:`loaders.extract.addressees`. Both work on simplified text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Why a closed list: an open "anything ending in 局/办/委" rule would take 招商工作 or 全区上下 for
# units; real unit names end in one of these heads.
UNIT_HEADS = (
    "管理委员会|委员会|办公室|研究室|督查室|经济开发区|开发区|高新区|度假区|管委会|指挥部|领导小组|分局|支队|大队|中队|派出所|中心|集团|"
    "有限公司|有限责任公司|公司|街道办事处|街道|乡|镇|局|办|委|部|院|所|站|总队|处|厅|署|"
    "联合会|总工会|工会|联合社|合作社|供销社|联|协会|学会|商会|科协|红十字会|银行|支行|分行|法院|检察院|团委|公署|"
    "园区管委会|镇人民政府|乡人民政府|镇政府|乡政府|居委会|村委会"
)
_LEVELS = "省市区县州旗盟镇乡"
# Units listed, then summed up (县财政局、住建局等职能部门; 等6个部门): the nouns that sum them up
# and the count of them that may come before, one vocabulary for reports and directives alike.
SUMMING_NOUN = r"(?:有关|相关|职能|主管|行业|责任|成员)?(?:部门|单位)"
COUNT = r"[\d一二三四五六七八九十]{1,3}"
# A unit named without its government's prefix (林业局, 政府办, 统战部, 开发区管委会) is a unit of the
# meeting's government; it is taken only where the position says a unit stands (a list with a
# placed unit, the subject of a directive, the reporter of an item), and never for these words.
_BARE_HEAD = re.compile(
    r"(?:局|办|委|办公室|委员会|管委会|[一-龥]{1,2}管会|中心|集团|公司|分局|大队|支队|部|法院|检察院|"
    r"开发区|高新区|度假区|"
    r"督查室|研究室)$"
)
# Words ending in 局 that name no bureau: 布局, 格局, 大局, 全局, 结局, 开局, 当局 …
_WORD_JU = "[格布大全结僵开当变时残棋赛胜]局"
# Verbs on 办 (交办, 督办, 包办): no office, bare or placed.
_VERB_BAN = "承举主创督交包帮代协专首转领直兼查就即速必好要"
_NOT_BARE = re.compile(
    rf"(?:{_WORD_JU}|邮局|[{_VERB_BAN}通快难]办|"
    r"[干全内外总本局]部|[东西南北中]部$|[和及与]|重心|核心|初心|信心|决心|恒心|爱心|用心|同心|民心|人心|开心|"
    r"^(?:部门|单位|党委|纪委|各)|有关|相关|方面|领域|工作|问题|项目|体系|机制|[了着过]|传达|学习|书面)"
)
_PERSON_TITLES = (
    "党组书记|党委书记|党工委书记|党组成员|副书记|书记|局长|副局长|主任|副主任|常务副主任|负责人|"
    "主要负责人|负责同志|部长|副部长|镇长|副镇长|乡长|主任委员|队长|支队长|大队长|政委|总经理|"
    "董事长|副总经理|行长|院长|所长|站长|处长|秘书长|常务副指挥长|副指挥长|指挥长|主席|同志|代表|局领导|分管领导"
)
_PERSON = rf"(?:(?:有关|相关)?(?:{_PERSON_TITLES})(?:[（(]主持工作[）)])?[、，,]?)+(?:[一-龥]{{2,3}}?)?(?:同志)?(?:等)?"
_UNIT_RE = re.compile(rf"^(?P<unit>[{_LEVELS}一-龥（）()]{{1,24}}?(?:{UNIT_HEADS}))$")
_UNIT_PERSON_RE = re.compile(
    rf"^(?P<unit>[一-龥（）()]{{2,24}}?(?:{UNIT_HEADS}))(?P<person>{_PERSON})$"
)
_NOT_UNITS = re.compile(
    rf"^(?:[{_LEVELS}]?(?:人民)?政府|[{_LEVELS}]委|[{_LEVELS}]政府常务会议|会议|全[{_LEVELS}]|"
    r"本[区县市]|我[区县市]|该[局办委]|两办|各[一-龥]*|有关[一-龥]*|相关[一-龥]*)$"
)
_NOT_A_LEVEL = re.compile(r"^(?:区域|县域|市域|镇域|乡域|省域|区位|市区)")
# 我县与山西某学院校地合作, 本市与某大学共建…, 甲区与乙区战略合作: the meeting's own place, or a
# place with its partner, opens the topic of a piece of work, never a unit's name.
_OWN_PLACE = re.compile(r"^(?:我|本|该)[区县市旗州盟镇乡]|^[一-龥]{0,6}[区县市旗州省]与")
_BAD_INSIDE = re.compile(
    r"[，。；：、“”《》\s各的这每]|情况|汇报|关于|要求|重要|会议|有关|相关|会同(?!分局|支队|大队|中队|派出所)|"
    r"按程序|负责|牵头|[将把]|对(?!口|外)|就(?!业)|听取|审议|"
    r"根据|意见|修改|完善|报送|提交|按照|做好|落实|抓紧|尽快|加快|督促|审定|印发|确保|"
    r"局长|主任|书记|部长|同志|"  # 县财政局局长张三所(作的…): a person, not a 所
    r"[局委办厅]联(?!合会|合社|席会)"  # 区财政局联合起草: 联合 after a whole name, not a 妇联
    r"|干部$"  # 包保干部: people of every unit, never a 部
    r"|(?:长|书记|主任)[和与及]"  # 分管副县长和县住建局: a person and a unit, not one name
    r"|等部$"  # 县发改局等部门: the units listed, summed up, not a 部 of their own
)
# Words of a clause, never of a unit's name (这项工作涉及…, 会同区公安分局开展联合执法): looked for
# as plain substrings, cheaper than more branches in the pattern above.
_CLAUSE_WORDS = ("涉及", "包括", "开展", "推进", "实施", "加强", "进行", "委托", "部署", "是", "请")
# A word of the clause before a name (要求和省委、…, 前期已委托…), never its start; a verb before a
# placed name (会议安排县住建局…, 指派县审计局…, 要支持县某公司…, 积极配合区某局…) is no place of
# its own (向阳区 is a place: 向 only right before a level), nor is a trip (赴国家某局会商).
_CLAUSE_START = re.compile(
    r"^(?:已|前期|赴|[和及与](?=[省市])|(?:要|应|并|还)?(?:积极|主动|全力|密切)?"
    r"(?:向(?=[区县市镇乡旗省])|(?:配合|联合|安排|指派|支持|督促|委托|授权|指导|鼓励|协调|要求|责成|"
    r"明确|确定|同意|组织|推动|帮助|协助|邀请|商请|提请|报请|责令|通知|"
    # 制定滁州市人民政府关于…的意见: the verb of the document the government issues
    r"制定|修订|起草|代拟|出台|印发|落实)(?=[一-龥]{0,3}[区县市镇乡旗省])))"
)


def _bad_inside(name: str) -> bool:
    """Whether ``name`` holds what a unit's name never holds."""
    if _BAD_INSIDE.search(name) or any(word in name for word in _CLAUSE_WORDS):
        return True
    if _CLAUSE_START.match(name):
        return True
    return "组织" in name and "组织" in name.replace("组织部", "")


COLLECTIVE_START = re.compile(
    rf"^(?:各|有关|相关|全[{_LEVELS}]|本[区县市]|牵头|配合|责任|主管|属地|辖区|行业|职能|成员|广大|"
    r"工作专班|专班|领导小组成员|全体|所有|其他|其余)"
)

# A district or county, or its government (乙县人民政府 reporting at its city's meeting).
PLACE_UNIT = re.compile(r"^[一-龥]{1,4}(?:区|县|市|旗|自治县)(?:人民政府|政府)?$")
_NOT_PLACE = re.compile(
    r"^(?:全|本|我|该|各|城|社|园|辖|景|街|片|新区$|老|山|库|矿|灾|疫|郊|地|示范|开发|保护|功能|中心|"
    r"核心|自贸|试验|先行|综合|重点|主城|城市|城乡|县城|县域|市域|区域|上级|下级|相关|有关|其他)"
)
FUNCTION_CHARS = frozenset(
    "的了在和与及于对由要将为是请向从等各本全我该取议究关意出会调报达听审研同指强把做抓以按程序"
)
# A named unit carries its place (区…, 伊金霍洛旗…, 城关镇) or a national brand (公安…, 国网…)…
_PLACED = re.compile(
    rf"^[{_LEVELS}]|(?:镇|乡|街道|街道办事处)$|[镇乡](?:人民)?政府$|^[一-龥]{{1,8}}?[区县市旗州省]|"
    r"^(?:公安|国网|国家电网|中国|中共|共青团|团|人民银行|国家税务总局|税务)"
)
# …or is a company or commission whose own name is enough.
_PROPER_HEAD = re.compile(r"(?:集团|公司|管委会|委员会|银行|医院|卫生院|消防救援站|消防救援大队)$")


# Bare names of units whose first characters also open verbs (审议, 指出, 研究, 调研).
_FUNCTION_CHAR_UNITS = frozenset(("审计局", "审批局", "行政审批局", "指挥部", "研究室", "调查队"))


@lru_cache(maxsize=65536)
def bare_unit(phrase: str) -> str | None:
    """Return ``phrase`` when it names a unit without a government prefix (林业局, 政府办).

    Only where a position already says a unit stands: a list with a placed unit in it, the
    subject of a directive, the reporter of an item.

    >>> bare_unit("林业局"), bare_unit("政府办"), bare_unit("经济开发区管委会")
    ('林业局', '政府办', '经济开发区管委会')
    >>> bare_unit("新格局"), bare_unit("领导干部"), bare_unit("一网通办"), bare_unit("有关部门")
    (None, None, None, None)

    A copying site's advertising in place of the government's place name is dropped:

    >>> bare_unit("ab8体育官网经济开发区管委会"), bare_unit("吉祥阁娱乐城县财政局")
    ('经济开发区管委会', '县财政局')
    >>> bare_unit("市体育局"), bare_unit("县彩票发行中心"), bare_unit("政务服务平台管理办公室")
    ('市体育局', '县彩票发行中心', '政务服务平台管理办公室')
    """
    phrase = phrase.strip()
    if _ADVERT_HINT.search(phrase, 0, _ADVERT_WINDOW) and (unit := _after_advert(phrase)):
        return unit
    if unit := unit_of(phrase):
        return unit
    if not 3 <= len(phrase) <= 14 or not _BARE_HEAD.search(phrase):
        return None
    if _NOT_BARE.search(phrase) or _bad_inside(phrase) or COLLECTIVE_START.match(phrase):
        return None
    if _FACILITY.search(phrase) or KIND_OF_UNIT.match(phrase):
        return None  # 数据中心, 党群服务中心: a kind of place; 配建公司: a kind of unit
    if re.search(r"[^一-龥（）]", phrase):
        return None
    if FUNCTION_CHARS & set(phrase[:2]) and phrase not in _FUNCTION_CHAR_UNITS:
        return None
    return phrase


# Copying sites put advertising in place of a government's place name (ab8体育官网财政局,
# 吉祥阁娱乐城县财政局): Latin letters or digits, or a betting word with a site's word after it…
_ADVERT_HINT = re.compile(
    r"[A-Za-z0-9]|(?:体育|娱乐|彩票|棋牌|博彩|真人|电竞|老虎机)(?:官网|平台|app|APP|注册|下载|投注|在线|城|网)"
)
# …ending in one of these words; the unit's own name follows.
_ADVERT_END = re.compile(
    r"(?:官网|平台|[Aa][Pp][Pp]|注册|下载|投注|在线|娱乐城|彩票网|体育|娱乐|彩票|棋牌|网址|最快|"
    r"\.com|\.net|\.cc)[_\-.·:：¥$]*"
)
_ADVERT_WINDOW = 32


def _after_advert(phrase: str) -> str | None:
    """The unit named after an advertising prefix, the longest prefix first, or ``None``."""
    for end in reversed(list(_ADVERT_END.finditer(phrase, 0, _ADVERT_WINDOW))):
        advert, rest = phrase[: end.end()], phrase[end.end() :]
        if len(rest) < 3 or not _ADVERT_HINT.search(advert) or _ADVERT_HINT.search(rest):
            continue
        if unit := bare_unit(rest):
            return unit
    return None


# A centre named by what it houses is a place of that kind, not a unit: 数据中心, 会展中心.
_FACILITY = re.compile(
    r"^(?:数据|会展|物流|商业|购物|党群服务|便民服务|健身|活动|培训|孵化|研发|文化|体育)中心$"
)
# 特色小镇, 重点镇, 建制镇: a kind of town, not a named one.
# 住房城乡, 统筹城乡: the town and the country, never a township's name.
_TOWN_KIND = re.compile(r"^(?:特色小|小|重点|特色|中心|建制|城|集|乡|示范|名)[镇乡]$|城乡$")
# A town's own name is short (大柳塔镇, 城关镇): seven characters and more before 乡 or 镇, after any
# place, are words that happen to end so (巩固拓展脱贫攻坚成果同乡村振兴).
_LONG_TOWN = re.compile(r"(?:^|[区县市旗州省])[^区县市旗州省]{7,}[镇乡]$")


# A bare name also refuses 通办, 快办, 难办 (一网通办); a placed one is refused only on the verbs.
_VERB_OFFICE = re.compile(f"[{_VERB_BAN}]办$")
_WORD_ENDING_JU = re.compile(_WORD_JU + "$")


# Unit names and addressee phrases recur in every minutes of a government: the parses are cached.
@lru_cache(maxsize=65536)
def unit_of(phrase: str) -> str | None:
    """Return the unit a reporter phrase stands for, or ``None`` when it names no unit.

    A person stands for their unit: 区商务委主任张三 is a report by 区商务委.

    Args:
        phrase: a short phrase, such as the text between 听取 and 关于.

    Returns:
        The unit name as written, without the person.

    >>> unit_of("区商务委主任张三同志")
    '区商务委'
    >>> unit_of("市财政局负责人")
    '市财政局'
    >>> unit_of("区应急局") , unit_of("各相关部门"), unit_of("招商工作")
    ('区应急局', None, None)
    >>> unit_of("社区养老服务设施布局"), unit_of("区域发展新格局")
    (None, None)
    """
    phrase = phrase.strip()
    if "了" in phrase:  # 会议取了区交通运输局: a unit name never holds 了, the verb before it does
        phrase = phrase[phrase.rindex("了") + 1 :]
    for regex in (_UNIT_RE, _UNIT_PERSON_RE):
        match = regex.match(phrase)
        if match and _is_unit_name(match["unit"]):
            return match["unit"]
    return phrase if _is_place_unit(phrase) else None


# 工业园区, 旅游景区, 老旧小区: a kind of area, not a district. (城区, 矿区, 林区 end the names of
# real districts: 东城区, 神农架林区.)
_AREA_KIND = re.compile(r"(?:园|景|片|社|校|灾|库|牧|街|小|院|厂|营|辖|功能|示范|试验|保护)区$")


def _is_place_unit(phrase: str) -> bool:
    """A district or county told to act at a city's meeting (铁东区, 莒县) is a unit too."""
    match = PLACE_UNIT.match(phrase) and not _bad_inside(phrase)
    return (
        bool(match)
        and not _NOT_PLACE.match(phrase)
        and not _AREA_KIND.search(phrase)
        and not FUNCTION_CHARS & set(phrase[:-1])
    )


def _is_unit_name(name: str) -> bool:
    if len(name) < 3 or _NOT_UNITS.match(name) or _bad_inside(name):
        return False
    if _TOWN_KIND.search(name) or _LONG_TOWN.search(name):
        return False  # 特色小镇: a kind of town; …成果同乡(村振兴): words, no town's name
    if _VERB_OFFICE.search(name) or _WORD_ENDING_JU.search(name):
        return False  # 交办, 督办: a verb, not an office; 设施布局, 发展格局: no bureau
    if _NOT_A_LEVEL.match(name) or _OWN_PLACE.match(name):
        return False  # 区域性养老服务中心: 区域 is not the district; 我县与…: a topic
    if not (_PLACED.search(name) or _PROPER_HEAD.search(name)) or KIND_OF_UNIT.match(name):
        return False  # 煤炭集运站, 建设单位, 学校配建公司: a kind of unit, not a named one
    return not COLLECTIVE_START.match(name)


_KIND_ONE = (
    r"(?:[一-龥]{0,4}(?:检查站|集运站|加油站|收费站|林场|农场)"
    # 煤矿企业, 新能源公交企业: enterprises of a kind (a named one is a 公司 or 集团); not what is
    # done to them (推动企业应产尽产, 帮助企业解决…).
    r"|物业服务企业|(?![^企]*(?:推动|帮助|引导|支持|鼓励|服务|指导|督促|组织|帮扶|扶持|动员|培育|招引|引进|推广|要求|[让使对为向把]))"
    r"[一-龥]{1,6}?企业"
    r"|(?:建设|施工|监理|参建|扛标|包保|挂钩|帮扶|承办|协办|生产经营|经营|使用|产权)单位"
    r"|[一-龥]{0,4}(?:配建|代建|施工|物业|保洁|监理|运营|平台)公司"
    # 专业扑火队, 半专业扑火队, 志愿服务队: teams named by their kind, not by a place.
    r"|(?:专业|半专业|义务|志愿|应急)[一-龥]{0,3}?(?:扑火|救援|抢险|巡逻|护林|消防|服务)队)"
)
KIND_OF_UNIT = re.compile(rf"^{_KIND_ONE}(?:[和及、与]{_KIND_ONE}){{0,2}}$")


def plural_end(phrase: str) -> bool:
    """Whether a phrase ending in 下 or 长 ends in 上下, or names several heads (各位副区长).

    >>> plural_end("全区上下"), plural_end("各分管区长"), plural_end("分管副区长")
    (True, True, False)
    """
    return phrase.endswith("上下") or (phrase.endswith("长") and ("各" in phrase or "位" in phrase))
