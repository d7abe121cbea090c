"""Directives: whom the meeting told to do what (要/应/由…牵头/由…负责/请…).

A directive needs an addressee that is a unit or a collective at the head of its clause; a
要-clause without one (会议要求，一要……) and the chair as a person give no directive.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loaders.extract.addressees import addressees, could_be_party, split_list
from loaders.extract.items import Item
from loaders.extract.unit_lists import PERSON, units_at
from loaders.extract.unit_names import unit_of

_CLAUSE = re.compile(r"[^，。；：！？\n]+")
_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
_OPENER = re.compile(
    r"^[?？\ufffd]*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]?|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]"
    r"|[一二三四五六七八九十]{1,2}、)?"
    r"(?:会议|会上)?(?:要求|强调|指出|明确|提出|认为|议定|同意|决定)?(?:同时|并|另外|此外|其中|对此|"
    r"为此|今后|下一步|下步|最后|首先|其次|再次)?"
)
# The verbs of a relative clause (区卫健委牵头组织的培训): the unit's act describes a thing.
_DESCRIBING_VERBS = (
    "(?:组织|开展|实施|推进|建设|落实|负责|承担|承办|主办|编制|起草|制定|审核|审批|管理|监管)"
)
# Each modal word with what may not follow it, one alternative per word: every alternative opens
# with a fixed character, so re skips to those characters instead of trying the words everywhere.
_MODAL = re.compile(
    "|".join(
        [
            f"{word}(?![求点闻素件邀急害知])"
            for word in ["要", "应当", "应", "须", "必须", "务必", "需要", "需", "不得", "严禁"]
        ]
        + [f"{word}(?!人|同志|单位|部门|{_DESCRIBING_VERBS}*的)" for word in ("负责", "牵头")]
    )
)
# 由X对《A》作起草说明: the unit that explains the item's document, its reporter.
_EXPLAINS = re.compile(
    r"[^，。；]{2,40}?[对就][^，。；]{1,80}?作了?(?:起草|编制|修订|有关)?(?:情况)?(?:说明|汇报)$"
)
# 由X牵头的工作专班: a team described by who leads it, the object of the clause's verb.
_DESCRIBED_BY_LEAD = re.compile(r"(?:牵头|负责)的")
# 由 may come late in the clause: 涉及的管线迁改问题由市城管局牵头协调.
_LED_BY = re.compile(r"^(?:[^由]{0,20}?)由(?!于|此|衷)(?P<rest>.+)$")
_PLEASE = re.compile(r"^(?:请|责成)(?P<rest>.+)$")
# 请区统计局汇报一季度经济运行情况: a transcript's chair calling on the next speaker.
_CALLED_ON = re.compile(r"^(?P<who>[^，。；]{2,30}?)(?:作|进行)?(?:汇报|介绍|发言|说明)")
# 要求X进一步… / 他要求各级各部门一要…: the addressee right after a speaker's 要求, without 要.
_ASKED = re.compile(r"^[^，。；“”]{0,10}?(?:要求|责成)(?P<rest>.+)$")
_NUMERALS = frozenset("一二三四五六七八九十")
# 各级各部门一要…, 各地各部门一定要…, 都要, 既要: what stands between an addressee and its modal.
_BEFORE_MODAL = ("一定", "都", "也", "均", "还", "更", "既")


# 各级、各部门在对示范镇建设的认识上一定要…: where the addressee must act, between it and 要.
_SETTING = re.compile(r"在[^，。；]{1,30}?(?:上|中|方面)$")
# 清明节期间县森林防火指挥办公室要…: when the addressee must act, before it.
_TIME_SETTING = re.compile(r"^[^，。；]{1,10}?(?:期间|前夕|节前夕?|节后|假期)")
_TIME_WORDS = frozenset("期节夕")  # one of them is in every match of _TIME_SETTING


def _bare_subject(subject: str) -> str:
    """The subject without the numeral, adverb or setting before its modal.

    >>> _bare_subject("各级各部门一定"), _bare_subject("各部门在项目推进中")
    ('各级各部门', '各部门')
    >>> _bare_subject("清明节期间县防火办"), _bare_subject("春节前夕县防火办"), _bare_subject("国庆前夕县防火办")
    ('县防火办', '县防火办', '县防火办')

    """
    if subject and subject[-1] in _NUMERALS:
        return subject[:-1]
    for adverb in _BEFORE_MODAL if subject.endswith(_BEFORE_MODAL) else ():
        if subject.endswith(adverb):
            subject = subject[: -len(adverb)]
            break
    setting = _SETTING.search(subject) if "在" in subject else None
    if setting and setting.start() >= 2 and could_be_party(subject[: setting.start()]):
        return subject[: setting.start()]
    time = _TIME_SETTING.match(subject) if not _TIME_WORDS.isdisjoint(subject) else None
    if time and len(subject) - time.end() >= 2 and could_be_party(subject[time.end() :]):
        return subject[time.end() :]
    return subject


# 这是…，也是各职能部门必须扛起的责任: a subject that opens with 是 states what something is.
_IS_STATEMENT = re.compile(r"^(?:也|就|还|都|更|既|又|正|才)?是")
# What a named unit opening a clause may do without a modal verb.
_ACTION = re.compile(
    r"对|在|向|负责|牵头|加快|抓紧|做好|加强|组织|配合|督促|指导|推动|开展|落实|完成|制定|建立|协调|"
    r"给予|抓好|统筹|做实|强化|严格"
)
# A clause can hold a directive only with an addressee before a modal or an action, or after 由/请.
# The rule as a pattern; _triggered below tells whether it matches a clause, faster.
_TRIGGER = re.compile(
    r"\s*(?:.{0,16}?[由请]|.{0,16}?(?:责成|要求)|.{2,60}?(?:要|应|须|需|务必|不得|严禁|负责|牵头)|.{3,26}?(?:"
    + _ACTION.pattern
    + "))"
)
# _TRIGGER's words, each with the first and last place in the clause (after its leading spaces)
# where the word may start. Found by a search that skips to their first characters, they tell
# whether the pattern matches at a fraction of the cost of its lazy tries (see _triggered).
_TRIGGER_WORDS = (
    (re.compile(r"由|请|责成|要求"), 0, 16),
    (re.compile(r"要|应|须|需|务必|不得|严禁|负责|牵头"), 2, 60),
    (re.compile(_ACTION.pattern), 3, 26),
)
_LONGEST_TRIGGER_WORD = 2


def _triggered(clause: str) -> bool:
    """Whether ``_TRIGGER.match(clause)`` would match (``clause`` holds no line break).

    >>> _triggered("由区住建局牵头"), _triggered("  各街道要做好"), _triggered("安全生产形势平稳")
    (True, True, False)
    """
    spaces = len(clause) - len(clause.lstrip())
    for words, first, last in _TRIGGER_WORDS:
        word = words.search(clause, first, spaces + last + _LONGEST_TRIGGER_WORD)
        if word and word.start() <= spaces + last:
            return True
    return False


# Words that show a clause opens with a verb or a measure, not with a unit (逐小区…, 要坚持城乡…).
_NOT_A_SUBJECT = re.compile(r"^[要逐在对把将选坚各全每]|[的了取选持个]")
_MAX_ACTION = 60


@dataclass(frozen=True)
class Directive:
    """One addressee told to act, found at ``pos``."""

    to: str
    group: bool
    action: str
    pos: int


# Where a new point of what the meeting said starts: a paragraph, 一是/一要, （一）.
_POINT = re.compile(
    r"\n(?=[^\n])|(?:^|(?<=[。；：，]))[ \t]*(?:[一二三四五六七八九十]{1,2}(?:是|要)|[（(][一二三四五六七八九十]{1,2}[）)])"
)


def find_directives(text: str, item: Item) -> list[Directive]:
    """Return the directives in the body of an item: one per named unit, and one per collective
    and point of the item.

    A point is a paragraph or a numbered point (一要…，二要…), each on its own line of work: a
    collective (各级各部门) told to act in several points gets one directive in each.
    """
    found: list[Directive] = []
    seen: set[tuple[str, int]] = set()
    points: list[int] | None = None  # where the item's points start, found at the first collective
    for sentence in _SENTENCE.finditer(text, item.start, item.end):
        words = sentence.group(0)
        if _unit_speaks(words):
            continue  # 区应急管理局局长某某要求，各街道要…: a unit's words, not the meeting's
        first, end = sentence.span()
        led = False  # whether a clause before, in this sentence, gave the lead (X牵头)
        asked = False  # whether the clause before was only 会议要求 (会议要求，各单位切实…)
        for clause in _CLAUSE.finditer(words):
            body = clause.group(0)
            start = first + clause.start()
            found_here = (
                (_triggered(body) and _clause_directives(body, start, text[start:end]))
                or _untriggered(text, body, start, end)
                or (led and _supporting(body, start, text[start:end]))
                or (asked and _asked_after_comma(body, start, text[start:end]))
                or []
            )
            led = led or "牵头" in body
            asked = body.endswith(("要求", "责成")) and bool(_ASKED_ALONE.fullmatch(body.strip()))
            for directive in found_here:
                point = 0
                if directive.group:
                    if points is None:
                        points = [m.start() for m in _POINT.finditer(text, item.start, item.end)]
                    point = bisect.bisect_right(points, directive.pos)
                key = (directive.to, point)
                if key not in seen:
                    seen.add(key)
                    found.append(directive)
    return found


# 区住建局负责人表示，… / 据区住建局介绍，…: whose words the sentence reports.
_SPEAKER = re.compile(
    r"\s*(?:据)?(?P<who>[^，。；：“”]{3,30}?)(?:介绍|表示|要求|指出|强调|说)[，：:]"
)


def _unit_speaks(sentence: str) -> bool:
    """Whether a sentence reports what a unit or its person said, not what the meeting said.

    >>> _unit_speaks("区应急管理局局长张三要求，各街道要加强排查"), _unit_speaks("会议要求，各街道要加强排查")
    (True, False)
    """
    speaker = _SPEAKER.match(sentence) if "，" in sentence[:34] or "：" in sentence[:34] else None
    if not speaker:
        return False
    units, end = units_at(speaker["who"], 0, bare=False)
    if not units:
        return False
    person = PERSON.match(speaker["who"], end)
    if not person or person.end() == end:
        return end == len(speaker["who"])  # 区住建局表示
    return len(speaker["who"]) - person.end() <= 3  # 区应急管理局局长某某要求: the person's name


def _clause_directives(clause: str, start: int, tail: str) -> list[Directive]:
    whole = clause.strip()
    opener = _OPENER.match(whole)
    stripped = whole[opener.end() if opener else 0 :]
    offset = start + clause.index(stripped) if stripped else start
    if (
        opener
        and opener.group(0).endswith(("要求", "责成"))
        and (asked := _led(stripped, offset, tail))
    ):
        return asked  # 会议要求各地区各部门坚持…
    # Each pattern only where a word its every match holds is there: most clauses hold none.
    leads = (
        (_LED_BY, "由" in stripped),
        (_PLEASE, "请" in stripped or "责成" in stripped),
        (_ASKED, "要求" in stripped or "责成" in stripped),
    )
    for regex, cued in leads:
        match = regex.match(stripped) if cued else None
        if not match:
            continue
        if regex is _PLEASE and _called_on(match["rest"]):
            return []  # 请区统计局汇报…: the chair gives the floor, nobody is told to act
        if regex is _LED_BY and _describes_by_lead(match["rest"]):
            return []  # 成立由区发改局牵头的工作专班: who will lead describes the team set up
        if regex is _LED_BY and _EXPLAINS.match(match["rest"]):
            return []  # 由市自然资源局对《A》作起草说明: a report, not a task
        if found := _led(match["rest"], offset + match.start("rest"), tail):
            return found
    first_modal = _MODAL.search(stripped)
    subject_part = stripped[: first_modal.start()] if first_modal else stripped
    if "《" in subject_part or "汇报" in stripped or "说明" in stripped:
        return []
    for modal in _MODAL.finditer(stripped, 2, 42):
        subject = _bare_subject(stripped[: modal.start()])  # 各级各部门一要…
        if not could_be_party(subject) or _IS_STATEMENT.match(subject):
            continue
        parties = addressees(subject)
        if parties:
            action = _action(stripped[modal.end() :], tail, stripped)
            # The subject may have lost a time before it (清明节期间县防火办): count from where it is.
            found = _directives(parties, subject, offset + max(stripped.find(subject), 0), action)
            return found + _partners(stripped, modal.end(), offset, tail, action)
    return _unit_acts(stripped, offset, tail) or _shared_duty(stripped, offset, tail, 0, len(tail))


def _describes_by_lead(rest: str) -> bool:
    """Whether the words after 由 describe a thing by who leads it, with no modal after them.

    >>> _describes_by_lead("区发改局牵头的工作专班"), _describes_by_lead("区发改局牵头的专班要推进")
    (True, False)
    """
    return bool(_DESCRIBED_BY_LEAD.search(rest)) and not _MODAL.search(rest)


def _called_on(rest: str) -> bool:
    """Whether the words after 请 name units and then their turn to speak (区统计局汇报…).

    >>> _called_on("区统计局汇报一季度经济运行情况"), _called_on("区财政局做好监管并汇报")
    (True, False)
    """
    called = _CALLED_ON.match(rest)
    return bool(called and could_be_party(called["who"]) and addressees(called["who"]))


_WITH = re.compile(r"(?:主动|牵头)?会同")
# 会同 as a verb, not the place in a branch's name (市生态环境局会同分局).
_WITH_VERB = re.compile(r"会同(?!分局|支队|大队|中队|派出所)")


def _partners(clause: str, at: int, offset: int, tail: str, action: str) -> list[Directive]:
    """Named units after 会同 share the directive (市交通运输局要会同市住建局…); collectives there
    (会同有关部门, 会同各板块) are the addressee's partners, not addressees."""
    joined = _WITH.match(clause, at)
    if not joined:
        return []
    found = _led(clause[joined.end() :], offset + joined.end(), tail)
    return [Directive(d.to, d.group, action, d.pos) for d in found if not d.group]


# 会议要求，各相关单位切实履行职责: the request stands alone before the comma, its addressee after.
_ASKED_ALONE = re.compile(r"(?:会议|会上)?(?:同时|并|还)?(?:要求|责成)")
# What an addressee told to act without a modal does first: an adverb of manner or a verb.
_DOES = re.compile(
    r"切实|认真|积极|主动|抓紧|尽快|全力|进一步|严格|扎实|坚决|密切|"
    r"加快|做好|加强|抓好|落实|履行|强化|开展|推进|完善|配合|统筹"
)


def _asked_after_comma(clause: str, offset: int, tail: str) -> list[Directive]:
    """The addressee opening the clause after a 会议要求 that stands alone, without a modal.

    >>> [(d.to, d.group) for d in _asked_after_comma("各相关单位切实履行职责", 0, "")]
    [('各相关单位', True)]
    """
    stripped = clause.strip()
    for does in _DOES.finditer(stripped, 2, 30):
        subject = stripped[: does.start()]
        if could_be_party(subject) and (parties := addressees(subject)):
            offset += clause.find(stripped)
            return _directives(
                parties, subject, offset, _action(stripped[does.start() :], tail, clause)
            )
    return []


# 住建部门牵头，发改、财政等部门积极参与: who is told to take part after the lead was given (or to
# do their share: 由X牵头，各街道做好群众工作). A bare 参与 (由住建局牵头，相关部门及供暖企业参与)
# says who the work involves, not what they must do.
_SUPPORTING = re.compile(
    r"^(?P<who>[^，。；]{2,30}?)(?:(?:积极|密切|全力|主动|共同)(?:参与|配合|协助)|配合|协助|做好|抓好|负责"
    r"|具体(?:实施|落实|承办|组织))"
    r"(?![了过下])"
)


def _supporting(clause: str, offset: int, tail: str) -> list[Directive]:
    """The parties that take part in the work a clause before gave the lead of (X牵头，Y配合).

    >>> [(d.to, d.group) for d in _supporting("各街道积极参与", 0, "各街道积极参与，抓紧推进")]
    [('各街道', True)]
    """
    stripped = clause.strip()
    match = _SUPPORTING.match(stripped)
    if not match or not could_be_party(match["who"]) or not (parties := addressees(match["who"])):
        return []
    offset += clause.find(stripped)
    action = _action(stripped[match.end("who") :], tail, clause)
    return _directives(parties, match["who"], offset, action)


# 相关镇街各负其责: a collective given its share of the work, without a modal verb.
_SHARED_DUTY = re.compile(
    r"^(?P<who>[^，。；]{2,20}?)(?:要|应)?(?:各负其责|各司其职|各尽其责|分工负责)"
)


def _shared_duty(
    clause: str, offset: int, text: str, tail_start: int, tail_end: int
) -> list[Directive]:
    """A collective given its share of the work: ``clause`` at ``offset``, its sentence's rest
    ``text[tail_start:tail_end]`` (sliced only when the clause may hold one)."""
    if "各" not in clause and "分工" not in clause:
        return []  # most clauses: no need to run the pattern
    stripped = clause.strip()
    offset, clause, tail = offset + clause.find(stripped), stripped, text[tail_start:tail_end]
    match = _SHARED_DUTY.match(clause)
    parties = addressees(match["who"]) if match and could_be_party(match["who"]) else None
    if not parties or not match:
        return []
    return _directives(
        parties, match["who"], offset, _action(clause[match.end("who") :], tail, clause)
    )


# 各查验站、社区及县汽车站，要保持警觉: the addressees stand alone before a comma and the 要.
_MODAL_NEXT = re.compile(
    r"[，,](?:都|也|均|必须|务必)?(?:要|应当|应|须|必须|务必)(?![求点闻素件邀])"
)


_STATEMENT = re.compile(r"是|作为|关系|为|在|已|将|把|对|有(?!关)|的|涉及|包括")


def _untriggered(text: str, clause: str, start: int, end: int) -> list[Directive]:
    """A clause with no modal or action of its own: addressees before a comma, or a share of work.

    Most clauses of a text are such clauses: the cheap tests come first.
    """
    after = start + len(clause)
    modal = _MODAL_NEXT.match(text, after, end) if text[after : after + 1] in "，," else None
    if modal:
        return _before_comma(clause, start, text[modal.end() : end])
    return _shared_duty(clause, start, text, start, end)


def _before_comma(clause: str, start: int, after_modal: str) -> list[Directive]:
    """The clause before ``，要…`` as the addressees, told what follows the modal."""
    stripped = clause.strip()
    if len(stripped) < 2 or len(stripped) > 40:
        return []
    if not could_be_party(stripped) or ((opener := _OPENER.match(stripped)) and opener.group(0)):
        return []
    if (role := stripped.find("作为")) >= 2:
        stripped = stripped[:role]  # 谭家街道作为拆迁任务最重的街道，要…: the unit before 作为
    if _STATEMENT.search(stripped) or any(len(part) > 14 for part in split_list(stripped)):
        return []  # 各街道是实施主体，要… / 某镇作为疫区乡镇，要…: a statement, not a list of names
    parties = addressees(stripped)
    if not parties:
        return []
    action = _action(after_modal, "", "")
    return _directives(parties, stripped, start + clause.index(stripped), action)


_ATTENDED = re.compile(r"列席|出席|参加会议|参会")
# 区城管局在前期工作中积极作为，值得肯定: what a unit did is praised, it is not told to act.
_PRAISED = re.compile(r"值得(?:肯定|表扬|称赞)|(?:给予|表示|充分)肯定|成效(?:明显|显著)|做了大量")
_PERSON_OF_UNIT = re.compile(r"(?:负责|牵头)(?:人|同志|单位|部门)")
# 区卫健委牵头组织的培训: the unit's act describes a thing (的 after the verbs), it is no directive.
_DESCRIBES = re.compile(f"{_DESCRIBING_VERBS}*的")


def _unit_acts(clause: str, offset: int, tail: str) -> list[Directive]:
    """A named unit opening a clause with an action and no modal: 区卫生健康委对学校食堂开展检查.

    Only named units (a collective needs its 要), and never a finished act (…进行了审核).
    """
    if "了" in clause or _ATTENDED.search(clause):
        return []
    for verb in _ACTION.finditer(clause, 3, 26):
        subject = clause[: verb.start()]
        if not could_be_party(subject):
            continue  # a unit's name ends as could_be_party tells, and so does a list's last name
        if _PERSON_OF_UNIT.match(clause, verb.start()) or _DESCRIBES.match(clause, verb.end()):
            continue  # 县审计局负责同志, 区住建局牵头(组织)的…工作: a person of the unit, or a work it leads
        unit = unit_of(subject)
        if unit and unit == subject and not _NOT_A_SUBJECT.search(unit):
            if _PRAISED.search(tail):
                return []
            return [Directive(unit, False, _action(clause[verb.start() :], tail, clause), offset)]
        if "、" in subject and (listed := _named_list(subject)):  # 县发改局、县财政局配合
            if _PRAISED.search(tail):
                return []
            return _directives(
                listed, subject, offset, _action(clause[verb.start() :], tail, clause)
            )
    return []


def _named_list(subject: str) -> tuple[tuple[str, bool], ...] | None:
    """The units of a list of named units only (县发改局、县财政局), else ``None``."""
    parties = addressees(subject) if could_be_party(subject) else None
    if not parties or any(group or _NOT_A_SUBJECT.search(name) for name, group in parties):
        return None
    return parties


def _led(rest: str, offset: int, tail: str) -> list[Directive]:
    """由X牵头/请X…: the longest leading list of units or collectives is the addressee.

    Unit names never hold 会同, 负责 or 按程序, so the partner of 会同 and the action that follows
    (请区委组织部按程序报区委…) are not taken for part of the name.
    """
    for end in range(min(len(rest), 40), 1, -1):
        if (
            not could_be_party(rest[:end])
            or rest[end - 1] in _NUMERALS
            or _WITH_VERB.search(rest[:end])
        ):
            continue
        if rest[end : end + 1] in ("门", "长"):
            continue  # 纪检监察部门, 局长: the name does not stop inside a word
        parties = addressees(rest[:end])
        if parties:
            action = _action(rest[end:], tail, rest)
            found = _directives(parties, rest[:end], offset, action)
            return found + _partners(rest, end, offset, tail, action)  # 请X会同Y…
    return []


def _directives(
    parties: tuple[tuple[str, bool], ...] | None, phrase: str, offset: int, action: str
) -> list[Directive]:
    directives: list[Directive] = []
    cursor = 0
    for name, group in parties or []:
        cursor = max(phrase.find(name, cursor), 0)
        directives.append(Directive(name, group, action, offset + cursor))
    return directives


def _action(rest: str, tail: str, clause: str) -> str:
    """The action, shortened: the rest of the clause and the next one, cut at a comma.

    >>> _action("按照相关程序做好报送工作", "区外事办要按照相关程序做好报送工作，同时结合新一届虹桥友谊联盟建设，不断提升水平。", "区外事办要按照相关程序做好报送工作")
    '按照相关程序做好报送工作，同时结合新一届虹桥友谊联盟建设'
    """
    found = tail.find(clause)
    after = tail[found + len(clause) :] if found >= 0 else ""
    action = (rest + after).strip("，。；！？ ")
    action = "，".join(action.split("，")[:2]).strip("，。；！？ ")
    if len(action) > _MAX_ACTION:
        cut = action.rfind("，", 0, _MAX_ACTION)
        action = action[: cut if cut > 0 else _MAX_ACTION]
    return action
