"""What a report is made of, read by the shape of its clause rather than by a list of its words.

Minutes name the same report in many words: 听取/听了/收听 X 关于 Y 的汇报/情况/讲述…, X 汇报了/介绍了/
通告了 Y. The verb before the reporter and the noun closing the clause are read as classes: the
noun is the two characters after the subject's 的 where the clause stops, unless it is one of the
words that say the meeting or a higher level spoke (精神, 讲话, 要求…); the verb is the characters
between a clause's start and a unit's name. The unit itself is read by the grammar of unit names
(:mod:`loaders.extract.unit_names`).
"""

from __future__ import annotations

import re

from loaders.extract.unit_names import COUNT, FUNCTION_CHARS, SUMMING_NOUN, bare_unit, unit_of

# Nouns after 关于…的 that name no report to the meeting: what a higher level or the meeting said
# or decided (background or directives), or the work or matter itself (关于X的工作 names a topic).
_NOT_REPORT = (
    "精神|讲话|指示|批示|要求|部署|安排|决定|决策|通知|通报|命令|规定|工作|问题|事项|事宜|目标|任务|"
    "重要|有关|相关|会议|活动|情形|原则|需要|基础|前提|关键|领导|责任"
)
# The two characters closing a report clause, where it stops: before a stop, the next 关于 of a
# list, or what the meeting did after hearing it (…的讲述后指出, …的讲述并提出要求). Not before 和: 关于A的建设和B的
# 汇报 is one subject.
NOUN = rf"(?!(?:{_NOT_REPORT}))[一-龥]{{2}}(?=[，。；;！？,\n]|、(?=关于)|[后并]|$)"
_NOUN = re.compile(rf"(?P<noun>{NOUN})")
# …关于Y的讲述, …关于Y的情况讲述, …关于Y有关情况讲述: the noun after the subject.
ABOUT_NOUN = rf"(?:的(?:有关|相关)?(?:工作)?(?:情况)?|(?:有关)?情况){NOUN}"


def report_noun(text: str, pos: int) -> str | None:
    """The report noun at ``pos`` when it closes its clause there.

    >>> report_noun("关于甲的讲述。", 4), report_noun("关于甲的讲话精神。", 4), report_noun("的工作。", 1)
    ('讲述', None, None)
    """
    match = _NOUN.match(text, pos)
    return match["noun"] if match else None


# Verbs that put a unit under the meeting's direction, in the background or among the attendees,
# never before its audience: 要求X…, 责成X…, 会同X…, 传达X关于…的通知, X负责人列席了会议.
NOT_HEARING = re.compile(
    r"要|请|责成|督促|会同|配合|协调|指导|支持|传达|学习|贯彻|落实|按照|根据|结合|强调|指出|由|向|对|与|和|及|在|将|把|"
    # who attended, not who spoke: 区甲局负责人参加了会议
    r"参加|出席|列席|陪同|参与|应邀"
)
_LEVEL_CHARS = "区县市"
# A verb phrase before a reporter: 听取并原则同意 has seven characters, a copying site's ten.
LONGEST_VERB = 10


def hearing_verb(verb: str) -> bool:
    """Whether ``verb``, between a clause's start and a unit, can be the meeting hearing it.

    >>> hearing_verb("收听"), hearing_verb("要求"), hearing_verb("听过"), hearing_verb("学习了")
    (True, False, True, False)
    """
    return (
        1 <= len(verb) <= LONGEST_VERB
        and bool(_HAN.fullmatch(verb))
        and not NOT_HEARING.search(verb)
    )


_HAN = re.compile(r"[一-龥]+")


def without_verb(name: str, text: str) -> tuple[str, int]:
    """A unit name read with the verb before it (收听区甲局), and how far in the unit starts.

    The grammar takes any characters before 区/县/市 for a place: a prefix holding function
    characters (听, 同, 由, 会…) that the text never names as a government is the clause's verb.

    >>> without_verb("收听区甲局", "会议收听区甲局关于乙的汇报。")
    ('区甲局', 2)
    >>> without_verb("同安区甲局", "同安区人民政府召开会议，听取同安区甲局汇报。")
    ('同安区甲局', 0)
    >>> without_verb("原则同意杭州市甲局", "会议原则同意杭州市甲局关于杭州市乙的汇报。")
    ('杭州市甲局', 4)
    """
    for at in range(1, min(len(name) - 2, LONGEST_VERB)):
        if name[at] not in _LEVEL_CHARS:
            continue
        verb_end = max((i + 1 for i, c in enumerate(name[:at]) if c in FUNCTION_CHARS), default=0)
        if not verb_end or _names_government(text, name[: at + 1]):
            continue
        cut = _unit_start(name, verb_end, at, text)
        rest = name[cut:]
        if (unit_of(rest) or bare_unit(rest)) == rest:
            return rest, cut
    return name, 0


def _unit_start(name: str, verb_end: int, level: int, text: str) -> int:
    """Where the unit starts after the verb: with a place the text names again (同意杭州市…),
    else at its level (听过区…)."""
    place = name[verb_end : level + 1]
    return verb_end if len(place) >= 3 and text.count(place) > 1 else level


def _names_government(text: str, place: str) -> bool:
    """Whether the text names ``place`` as a government (同安区人民政府, 同安区政府); one character
    before the level is a verb's last (同意区政府办…), not a place.

    >>> _names_government("同意区政府办的意见", "意区"), _names_government("和平区政府", "和平区")
    (False, True)
    """
    if len(place) < 3:
        return False
    return (
        place + "人民政府" in text or re.search(re.escape(place) + "政府(?!办)", text) is not None
    )


# 县林业局等单位关于…: the words after 等 only sum up the units listed.
# 区甲委、区乙局等2个部门关于X、Y的汇报: counted, the units pair with the subjects by position.
SUMMED = re.compile(rf"等?(?P<n>{COUNT})个{SUMMING_NOUN}|等{SUMMING_NOUN}|等(?=关于|就|对|汇报|作)")
# A unit that is to take charge of something (由县发改局负责…) is told to act, not reporting.
TASKED = re.compile(r"(?:负责|牵头)(?!起草|拟|编制|制定|修订|草拟)|要(?!求)|应(?!邀)|须|务必")
