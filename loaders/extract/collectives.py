"""Collective addressees (各相关部门, 全区上下, 县政府班子成员) in short, delimited phrases.

A collective is told to act as a whole: every unit of a kind, of a place or of the government.
:func:`is_collective` tells one by its marks (各, 有关, 相关 …), its category and its last words;
:func:`could_be_party` is the cheap first test every reader of addressees asks before a full parse.
Both work on simplified text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.unit_names import (
    COLLECTIVE_START,
    FUNCTION_CHARS,
    KIND_OF_UNIT,
    UNIT_HEADS,
    plural_end,
)

# 县直有关部门, 涉及的乡镇, 区属各单位: the mark of a collective may sit inside the phrase.
_COLLECTIVE_MARK = re.compile(r"有关|相关|各|涉及|的|分管|属地|责任|承办")
# Bare group nouns: 街道（镇）要… addresses every street and town.
BARE_GROUP = re.compile(
    r"^(?:街道|镇|乡镇|街镇|镇街|部门|单位|企业|社区|村|学校)(?:（[^（）]{1,6}）)?$"
)
# Verbs and adverbs: an addressee's phrase has stopped before them (各相关部门认真组织…, 建立行业主管
# 部门牵头的机制, 分管副区长组织财政等部门人员…).
VERBISH = re.compile(
    r"(?<!主)要|应(?!急)|须|进一步|加强|做好|落实|推进|开展|按照|根据|结合|对照|实行|将|(?<!一)把|对(?!口|外)"
    r"|认真|切实|建立|成立|组建|构建|(?<![党会层])组织(?!部)"
)
_COLLECTIVE_END = re.compile(
    r"(?:部门|单位|街道|镇|乡镇|（镇）|（街道）|（乡镇）|专班|上下|区长|县长|市长|镇长|领导|同志|"
    r"方面|企业|机构|委办局|处室|科室|班子|干部|人员|成员|委|局|办|组|队|队伍|系统|主体|平台|社区|村|群众|党员|职工|"
    r"负责人|负责同志|一把手|政府)$"
)
_PUNCT = re.compile(r"[，。；：“”《》]")


def _last_chars(*alternations: str) -> frozenset[str]:
    return frozenset(alt[-1] for pattern in alternations for alt in pattern.split("|") if alt)


# What a unit or collective can end with: a cheap test before a full parse.
NAME_ENDS = _last_chars(
    UNIT_HEADS,
    _COLLECTIVE_END.pattern[3:-2],
    "学校|村|社区|企业|职工|系统|成员|干部|镇街|街镇|林场|农场|站|机关",
) | set("）区县市旗级等方")

# Collectives named by category: 县政府班子成员, 党员干部, 全市政府系统, 项目牵头单位, 相关镇街,
# 市政府领导, 区政府班子, 区政府一班人, 党组成员.
CATEGORY = re.compile(
    r"^[一-龥、（）()]{0,10}(?:班子成员|班子|一班人|党组成员|政府领导|党员干部|领导干部|干部职工|政府系统|分管领导|[区县市]领导|"
    r"干部|包保领导|包联领导|挂钩领导|联系领导|包抓领导|"
    r"各级领导|牵头单位|责任单位|配合单位|成员单位|直属单位|[区县市]直单位|镇街|街镇|乡镇|镇（街道）|"
    r"镇（街）|部门|媒体|系统|[区县市]级领导|[区县市]直机关|驻[区县市]单位)$"
    r"|^[省市区县乡镇村、]{2,9}[两三四五]级$"  # 市、区两级, 县乡村三级: the levels of government
)

_PREPOSITIONS = frozenset("从向把将按于以据依")


# 全区要… addresses everyone in the district, as 全区上下 does; 各地 every place of the government;
# 有关各方 every party to the work (各方 alone is how a sentence weighs the work, not whom).
_WHOLE_PLACE = frozenset(
    ("工作专班", "领导小组", "全区", "全县", "全市", "全区上下", "全县上下", "全市上下", "各地")
).union(("有关各方", "相关各方"))
# 报告起草组, 规划起草组: a team named by the document it drafts.
_DRAFTERS = "起草组"


@lru_cache(maxsize=65536)
def is_collective(phrase: str) -> bool:
    """Tell whether a phrase is a collective addressee (各相关部门, 全区上下, 工作专班 …).

    >>> is_collective("各相关部门和街道（镇）"), is_collective("工作专班"), is_collective("区外事办")
    (True, True, False)
    """
    phrase = phrase.strip()
    if not 2 <= len(phrase) <= 24 or _PUNCT.search(phrase) or phrase == "各方":
        return False
    if phrase[0] in _PREPOSITIONS:
        return False  # 从政策、技术等各方面抓紧…: the ways of the work, not whom
    if phrase in _WHOLE_PLACE or BARE_GROUP.match(phrase):
        return True
    if phrase.endswith(_DRAFTERS) and not VERBISH.search(phrase):
        return True
    if phrase[-1] in "下长" and not plural_end(phrase):
        return False  # 各部门看清眼下: no 上下; 分管副区长: one person, not 各位副区长
    if "各" in phrase[:4] and not VERBISH.search(phrase) and phrase[-1] in NAME_ENDS:
        return True  # 各镇街, 沿河各镇街, 各县（市）区政府, 各乡镇（街道）农村经营管理站
    if VERBISH.search(phrase):
        return False
    if CATEGORY.match(phrase) and (
        COLLECTIVE_START.match(phrase) or not FUNCTION_CHARS & set(phrase[:2])
    ):
        return True
    marked = COLLECTIVE_START.match(phrase) or _COLLECTIVE_MARK.search(phrase)
    if marked and _COLLECTIVE_END.search(phrase):
        return True
    # 防火检查站, 煤矿企业和煤炭集运站, 建设单位: a kind of unit, every one of that kind.
    return bool(KIND_OF_UNIT.match(phrase)) and not FUNCTION_CHARS & set(phrase[:2])


def could_be_party(phrase: str) -> bool:
    """A cheap first test: could ``phrase`` be a unit or a collective? (``False`` is certain.)

    >>> could_be_party("区应急局"), could_be_party("各镇街"), could_be_party("招商工作")
    (True, True, False)
    """
    return bool(phrase) and (phrase[-1] in NAME_ENDS or phrase.startswith("各"))
