"""What a unit reported on, read from the clause after its name (:mod:`loaders.extract.submissions`).

The clause is classified by its cue: a document submitted or proposed (X提交的《A》, X提出的…方案), a
request (X《关于…的请示》), a report about a subject (X关于Y的汇报, X就《A》作说明, X汇报了Y, X甲工作
情况汇报), a paper named without 《》 (X关于落实Y的实施意见), or a person of the unit saying something
of a subject (X局长张三通告了Y). Titles found are the report's subjects and plans; otherwise the
subject phrase, without the words that close it.
"""

from __future__ import annotations

import re

from loaders.extract.document_verbs import AUTHORED
from loaders.extract.plans import TITLE
from loaders.extract.report_words import ABOUT_NOUN, NOUN, hearing_verb

_TITLES = r"《[^《》\n]{2,150}》(?:[（(](?:送审稿|草案|征求意见稿|修订稿|讨论稿|代拟稿)[）)])?"
_TITLE_LIST = re.compile(rf"{_TITLES}(?:[、和及与，]*{_TITLES})*")
# X提交的《A》 / X提出的…方案 / X起草的… / X汇报的《A》 / X提请审议的《A》 / X报请的《A》, and what the
# unit did before it wrote the document (X对各乡镇考核评价后拟定的《A》)
_SUBMITTED = re.compile(
    r"(?:对[^，。；《》\n]{2,40}?(?:后|基础上))?"
    r"(?:共同|联合|牵头)?(?:提交(?:会议)?(?:审议|审定|研究)?|[提报]请(?:会议)?(?:审议|审定)?"
    rf"|{AUTHORED}|汇报|(?<![^局办委心队司])作)"
    # 拟草并经合法性审查的《A》: what else was done to the document before the meeting; 提请会议审议《A》
    # without 的 when a title follows, as 提出 may (X提出“甲奖”推荐方案).
    r"(?:(?:了|并经?[^，。；《》\n的]{1,10})?的|(?<=审议|审定|研究)了?(?=《)|(?<=提出)(?=[“《]))"
    rf"(?P<what>{_TITLE_LIST.pattern}|[^，。；《》\n]{{2,60}}?(?:方案|意见|办法|规划|计划|报告|请示|细则|规定|事项|措施|政策|标准|通知|清单|纲要|名单|预案|协议)"
    r"(?!\s*(?:要|应|须|必须|务必|需)))"
)
# X《关于…的请示》 (the request of a unit is its report)
_REQUEST = re.compile(rf"(?P<what>{_TITLE_LIST.pattern})")
# The words that close what a unit reported on (…工作情况的汇报), each after a look-ahead for the
# characters they open with: the lazy subject before them tries them after every character.
_BEFORE_REPORT = r"(?:的|等)?(?:有关|相关)?(?:工作)?(?:情况)?的?"
# …关于Y的讲述: any noun closing the clause after 的 (see :data:`report_words.NOUN`).
_ABOUT_CUE = (
    rf"(?:{_BEFORE_REPORT}(?:(?:联合|专题|书面))?(?:汇报|说明|报告|介绍|请示)(?!会)|{ABOUT_NOUN})"
)
_ABOUT_CUE_FIRST = "(?=[的等有相工情联专书汇说报介请])"
# X甲工作情况汇报, or any noun closing the clause after 情况 (X甲工作情况解说)
_BARE_CUE = rf"(?:{_BEFORE_REPORT}汇报(?!会)|情况{NOUN})"
_BARE_CUE_FIRST = "(?=[的等有相工情汇])"
# X就《A》作汇报 / X关于Y的汇报 / X汇报Y / X作起草说明
_ABOUT = re.compile(
    r"(?:所作的?|作的)?(?:(?:分别|先后)?(?:就(?!业(?!务))|对(?!口)|围绕)(?P<on>(?:《[^《》\n]*》|[^。；！？\n《》]){1,150}?)(?:[作做][了的]?|进行了?)(?:起草|编制|修订|有关|专题)?(?:情况)?(?:汇报|说明|介绍)"
    rf"|(?:分别|先后)?(?:就(?!业(?!务))|对(?!口)|围绕)(?P<on2>(?:《[^《》\n]*》|[^。；！？\n《》]){{1,150}}?)[作做]了?{NOUN}"
    r"|(?:关于)(?P<about>(?:《[^《》\n]*》|[^。；！？\n《》]){1,200}?)"
    rf"{_ABOUT_CUE_FIRST}{_ABOUT_CUE}"
    # 审议通过市农委关于落实X的实施意见、市审计局关于修改Y办法等议题: the unit's document, untitled
    r"|关于(?P<paper>(?:《[^《》\n]*》|[^。；！？\n《》、，]){2,80}?"
    r"(?:意见|办法|方案|规定|细则|通则|规划|计划|条例|名单|制度|措施))"
    r"(?=[、，。；]|等(?:议题|事项|文件))"
    r"|(?:分别|先后)?(?:作了?|进行了?)(?P<none>(?:起草|编制|修订|有关)?(?:工作)?(?:情况)?)(?:汇报|说明)"
    # 区甲局局长张三作了《A》的起草说明: the titles between the verb and what was made of them
    r"|(?:分别|先后)?作了?(?P<doc2>(?:《[^《》\n]{2,150}》[、和及与]?)+)的?(?:起草|编制|修订|有关)?(?:情况)?(?:说明|汇报)"
    rf"|(?:分别|先后)?作了?(?P<none2>){NOUN}|发言(?=】)(?P<spoke>)"
    # 听取了区住建局汇报后指出: a report on the item's own topic; what follows is the meeting's.
    r"|汇报(?=后)(?P<spoke2>)"
    # 区住建局李四汇报了X: a person named without a title speaks for the unit
    r"|(?:[一-龥]{2,3}(?=汇报了?[^，。；！？\n后]{2}))?(?:分别|先后)?(?:汇报(?:了)?|介绍了|报告了)"
    r"(?P<plain>[^，。；！？\n]{2,120})"
    # 区住建局作了X工作汇报: the verb before the subject is not part of it
    r"|(?![要应须需将、，和及与]|分别|先后)(?:[作做]了|进行了?)?(?P<bare>(?:[^，。；！？《》\n关就]|就业(?!务)|关(?!于)){2,80}?)"
    rf"{_BARE_CUE_FIRST}{_BARE_CUE}"
    # 原则通过了县卫生局关于《A》。: the unit's document, approved.
    r"|关于(?P<doc>(?:《[^《》\n]{2,150}》[、和及与]?)+)(?=[。，；！\n]))"
)
_SUBJECT_TAIL = re.compile(r"(?:的|等)?(?:有关|相关)?(?:工作)?$")
_MORE_ABOUT = re.compile(r"[、，和及](?=关于)")


# 区甲局局长张三通告了乙工作: a unit's person who did something to a subject at the meeting
# addressed it, whatever the verb.
# The person's own name may stand before the verb (局长张三通告了).
_SAID = re.compile(
    r"(?:[一-龥]{2,3}?(?:同志)?)??(?P<verb>[一-龥]{2})了(?P<plain>[^，。；！？\n]{2,120})"
)


# 听取了县甲局乙工作的讲述: what a heard unit reported, closed by any noun after 的.
# 听取了县甲局乙工作有关情况的讲述, or 县甲局相关情况讲述 (its work, without a subject).
_HEARD_BARE = re.compile(
    rf"(?![要应须需将、，和及与]|分别|先后)(?P<bare>(?:[^，。；！？《》\n关就]|就业(?!务)|关(?!于)){{2,80}}?)"
    rf"(?:的(?:有关|相关)?(?:情况)?|(?:有关|相关)?情况){NOUN}"
    rf"|(?P<vague>(?:有关|相关)?(?:工作)?情况){NOUN}"
)


def subjects_after(
    text: str, pos: int, end: int, spoke: bool = False, heard: bool = False
) -> tuple[list[str], bool]:
    """What the clause at ``pos`` says was reported: its titles, or its subject phrase; with
    ``spoke`` (a person of the unit stands before ``pos``), after any verb of saying."""
    about = _ABOUT.match(text, pos, end)
    said = _SAID.match(text, pos, end) if spoke else None
    if said and hearing_verb(said["verb"]) and not about:
        return _about(said)
    for regex in (_SUBMITTED, _REQUEST):
        match = regex.match(text, pos, end)
        if match:
            titles = [m["t"] for m in TITLE.finditer(match["what"])]
            return (titles, True) if titles else ([match["what"].removeprefix("关于")], False)
    match = about or (_HEARD_BARE.match(text, pos, end) if heard else None)
    if not match:
        return [], False
    subjects, titled = _about(match)
    # X关于A的汇报、关于B的汇报和关于C的汇报: one unit, several subjects
    while match.groupdict().get("about") and (more := _MORE_ABOUT.match(text, match.end(), end)):
        match = _ABOUT.match(text, more.end(), end)
        if not match or match["about"] is None:
            break
        extra, extra_titled = _about(match)
        subjects, titled = subjects + extra, titled or extra_titled
    return subjects, titled


_PHRASES = ("on", "on2", "about", "plain", "bare", "doc", "doc2", "vague")
_VAGUE_BARE = ("工作", "有关", "相关", "有关工作", "相关工作")


def _about(match: re.Match[str]) -> tuple[list[str], bool]:
    groups = match.groupdict()
    if any(groups.get(g) is not None for g in ("none", "none2", "spoke", "spoke2")):
        return [match["none"] or ""], False  # the item's plan or topic, filled in by the caller
    if groups.get("paper"):
        return [
            groups["paper"]
        ], False  # 关于贯彻落实《省办法》实施意见: the unit's paper, untitled
    phrase = next(groups[g] for g in _PHRASES if groups.get(g) is not None)
    titles = [m["t"] for m in TITLE.finditer(phrase)]
    if titles:
        return titles, True
    subject = _SUBJECT_TAIL.sub("", phrase.strip()).removeprefix("的").removeprefix("关于")
    if groups.get("vague") or (not subject and groups.get("bare") in _VAGUE_BARE):
        # 听取了甲局、乙局工作情况汇报: each on its work; 相关情况汇报: on what it was asked
        return ["工作情况" if "工作" in phrase else "情况"], False
    return ([subject], False) if len(subject) >= 2 else ([], False)
