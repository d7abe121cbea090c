"""Directives: whom the meeting told to do what (要/应/由…牵头/由…负责/请…).

A directive needs an addressee that is a unit or a collective at the head of its clause; a
要-clause without one (会议要求，一要……) and the chair as a person give no directive. This module
reads an item sentence by sentence and clause by clause, and the clauses with a modal or led by
由, 请 or 要求; the clauses without a modal are read in :mod:`loaders.extract.directives_without_modal`
and the addressees and actions in :mod:`loaders.extract.directive_parts`.
"""

from __future__ import annotations

import bisect
import re

from loaders.extract.addressees import addressees
from loaders.extract.collectives import could_be_party
from loaders.extract.directive_parts import (
    OPENER,
    Directive,
    action_of,
    bare_subject,
    directives_of,
    led,
    partners,
    unit_speaks,
)
from loaders.extract.directives_without_modal import (
    ACTION,
    ASKED_ALONE,
    DESCRIBING_VERBS,
    asked_after_comma,
    shared_duty,
    supporting,
    unit_acts,
    untriggered,
)
from loaders.extract.document_verbs import AUTHORED
from loaders.extract.items import Item
from loaders.extract.tasked import handed_over, role_fields, tasked

# A comma inside brackets (各镇（含街道，下同）要…) does not end a clause.
_CLAUSE = re.compile(r"(?:[^，。；：！？\n（(]+|[（(][^（()）。；！？\n]{0,20}[）)]|[（(])+")
_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
# Each modal word with what may not follow it, one alternative per word: every alternative opens
# with a fixed character, so re skips to those characters instead of trying the words everywhere.
_MODAL = re.compile(
    "|".join(
        [
            f"{word}(?![求点闻素件邀急害知])"
            for word in ["要", "应当", "应", "须", "必须", "务必", "需要", "需", "不得", "严禁"]
        ]
        # 部门牵头、街镇属地的责任要压紧: the lead is a duty named, not a unit told to lead
        + [
            f"{word}(?!人|同志|单位|部门|{DESCRIBING_VERBS}*的|、[^，。；]{{1,10}}的(?:责任|职责|任务))"
            for word in ("负责", "牵头")
        ]
    )
)
# 由X对《A》作起草说明, 由X作说明: the unit that explains the item or its document, its reporter.
_EXPLAINS = re.compile(
    r"[^，。；]{2,40}?(?:[对就][^，。；]{1,80}?)?作了?(?:起草|编制|修订|有关)?(?:情况)?(?:说明|汇报)$"
)
# 由X牵头的工作专班, 由X联合起草的《A》, 由X所作的汇报: a team, a document or a report described by
# who leads, wrote or made it, the object of the clause's verb.
_DESCRIBED_BY_LEAD = re.compile(rf"(?:牵头|负责|所作|所做|{AUTHORED})的")
# 由 may come late in the clause: 涉及的管线迁改问题由市城管局牵头协调.
_LED_BY = re.compile(r"^(?:[^由]{0,20}?)由(?!于|此|衷)(?P<rest>.+)$")
# 将供水职能由市住建局移交到市水务局: a duty moved from one unit to another, no task for either;
# 由产业大区迈向产业强区: from one state to another, 由 as "from".
_MOVED = re.compile(
    r"^[^，。；]{2,30}?(?:(?:移交|划转|转交|划归|移至|转至|划入)(?:到|至|给|为)|迈向|走向|转向|转变为)"
)
_PLEASE = re.compile(r"^(?:请|责成)(?P<rest>.+)$")
# 请区统计局汇报一季度经济运行情况: a transcript's chair calling on the next speaker.
# 请区统计局汇报…, 请区财政局就《A》作说明 / 对《A》作起草说明: who is given the floor
_CALLED_ON = re.compile(
    r"^(?P<who>[^，。；]{2,30}?)(?:(?:就|对)[^，。；]{1,80}?)?(?:作了?|进行了?)?"
    r"(?:起草|编制|修订|有关|专题)?(?:情况)?(?:汇报|介绍|发言|说明)"
)
# 要求X进一步… / 他要求各级各部门一要…: the addressee right after a speaker's 要求, without 要; not
# 要求 as a noun (按照整改要求和省委部署…).
_ASKED = re.compile(
    r"^(?![^，。；“”]{0,8}?(?:按照|根据|依照|遵照|对照))[^，。；“”]{0,10}?(?:要求|责成)"
    r"(?P<rest>(?![和及与、的]).+)$"
)


# 这是…，也是各职能部门必须扛起的责任: a subject that opens with 是 states what something is.
_IS_STATEMENT = re.compile(r"^(?:也|就|还|都|更|既|又|正|才)?是")
# A clause can hold a directive only with an addressee before a modal or an action, or after 由/请.
# The rule as a pattern; _triggered below tells whether it matches a clause, faster.
_TRIGGER = re.compile(
    r"\s*(?:.{0,16}?[由请]|.{0,16}?(?:责成|要求|安排|委托|指派|责令|授权|指定)|.{2,60}?(?:要|应|须|需|务必|不得|严禁|负责|牵头)|.{3,26}?(?:"
    + ACTION.pattern
    + "))"
)
# _TRIGGER's words, each with the first and last place in the clause (after its leading spaces)
# where the word may start. Found by a search that skips to their first characters, they tell
# whether the pattern matches at a fraction of the cost of its lazy tries (see _triggered).
_TRIGGER_WORDS = (
    (re.compile(r"由|请|责成|要求|安排|委托|指派|责令|授权|指定"), 0, 16),
    (re.compile(r"要|应|须|需|务必|不得|严禁|负责|牵头"), 2, 60),
    (re.compile(ACTION.pattern), 3, 26),
)
_LONGEST_TRIGGER_WORD = 4  # 根据会议, 按照会议
# Every word in one pattern, searched as far as the widest reach: two clauses in three hold none
# of them there, and one search tells so instead of three.
_ANY_TRIGGER_WORD = re.compile("|".join(words.pattern for words, _, _ in _TRIGGER_WORDS))
_WIDEST_REACH = max(last for _, _, last in _TRIGGER_WORDS) + _LONGEST_TRIGGER_WORD
# What a sentence holds if any of its clauses gives a directive: a trigger word, or 各 or 分工 for a
# share of the work, or a role (为责任单位; untriggered); a third of an item's sentences hold none
# and are not split.
_MAY_DIRECT = re.compile(
    _ANY_TRIGGER_WORD.pattern + "|各|分工|为(?:项目)?(?:责任|主责|配合|协办|实施|业主|建设)"
)
_SINGLED_OUT = re.compile(r"\s*(?:特别是|尤其是)")
_BARE_MUST = re.compile(r"\s*[一二三四五六七八九十]?要(?![求点])")


def _triggered(clause: str) -> bool:
    """Whether ``_TRIGGER.match(clause)`` would match (``clause`` holds no line break).

    >>> _triggered("由区住建局牵头"), _triggered("  各街道要做好"), _triggered("安全生产形势平稳")
    (True, True, False)
    """
    spaces = len(clause) - len(clause.lstrip())
    if not _ANY_TRIGGER_WORD.search(clause, 0, spaces + _WIDEST_REACH):
        return False
    for words, first, last in _TRIGGER_WORDS:
        word = words.search(clause, first, spaces + last + _LONGEST_TRIGGER_WORD)
        if word and word.start() <= spaces + last:
            return True
    return False


# Where a new point of what the meeting said starts: a paragraph, 一是/一要, （一）. Its first
# character is read first, so that re skips to the characters a point opens with; the look-behinds
# after it tell what stands before it and which kind of point it opens.
_POINT_FIRST = "[\n \t一二三四五六七八九十（(]"
_POINT = re.compile(
    rf"{_POINT_FIRST}(?:(?<=\n)(?=[^\n])|(?<![^。；：，]{_POINT_FIRST})"
    r"(?:(?<=[ \t])[ \t]*(?:[一二三四五六七八九十]{1,2}(?:是|要)|[（(][一二三四五六七八九十]{1,2}[）)])"
    r"|(?<=[一二三四五六七八九十])[一二三四五六七八九十]?(?:是|要)"
    r"|(?<=[（(])[一二三四五六七八九十]{1,2}[）)]))"
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
    carried = False  # whether the sentence before told someone to act
    for sentence in _SENTENCE.finditer(text, item.start, item.end):
        words = sentence.group(0)
        # …各部门要做好X。特别是县甲局、乙局聚焦Y…: the units singled out are told to act too.
        singled_out = carried and bool(_SINGLED_OUT.match(words))
        carried = False
        if not (singled_out or _MAY_DIRECT.search(words)) or unit_speaks(words):
            continue  # 区应急管理局局长某某要求，各街道要…: a unit's words, not the meeting's
        first, end = sentence.span()
        led = False  # whether a clause before, in this sentence, gave the lead (X牵头)
        asked = singled_out  # whether a clause before was only 会议要求 (会议要求，各单位切实…)
        right_after = singled_out  # whether that was the clause just before
        for clause in _CLAUSE.finditer(words):
            body = clause.group(0)
            start = first + clause.start()
            found_here = (
                (_triggered(body) and _clause_directives(body, start, text[start:end]))
                or untriggered(text, body, start, end)
                or (led and supporting(body, start, text[start:end]))
                or (asked and asked_after_comma(body, start, text[start:end], right_after))
                or []
            )
            led = led or "牵头" in body or ("由" in body and "负责" in body)  # 由X负责，Y配合
            # 会议要求，各镇街强化…，各单位强化…: the request reaches each addressee of the rest of
            # its sentence, past clauses with none (会议要求：为确保…，县政府各位副县长加强…).
            right_after = body.endswith(("要求", "责成")) and bool(
                ASKED_ALONE.fullmatch(body.strip())
            )
            # 要强化协同，镇街强化…，相关单位强化…: a must with no addressee reaches the collectives
            # of the rest of its sentence as a request does.
            asked = asked or right_after or (not found_here and bool(_BARE_MUST.match(body)))
            carried = carried or bool(found_here)
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
    return found + [d for d in role_fields(text, item.start, item.end) if (d.to, 0) not in seen]


def _clause_directives(clause: str, start: int, tail: str) -> list[Directive]:
    whole = clause.strip()
    if whole.startswith(("会议", "会上")) and (
        found := tasked(whole, start + clause.find(whole), tail)
    ):
        return found  # 会议安排县住建局对…进行摸排
    opener = OPENER.match(whole)
    stripped = whole[opener.end() if opener else 0 :]
    offset = start + clause.index(stripped) if stripped else start
    if (
        opener
        and opener.group(0).endswith(("要求", "责成"))
        and (asked := led(stripped, offset, tail))
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
        if regex is not _ASKED and _called_on(match["rest"]):
            return []  # 请区统计局汇报… / 由县财政局汇报…: who speaks, nobody is told to act
        if regex is _LED_BY and "主持" in match["rest"]:
            return []  # 会议由市委副书记、市长某某主持: who chaired, not whom the meeting told
        if regex is _LED_BY and _written_by(stripped[: match.start("rest")], match["rest"]):
            return []  # 该意见由区工信局起草: who wrote the document just named, its reporter
        if regex is _LED_BY and _describes_by_lead(match["rest"]):
            return []  # 成立由区发改局牵头的工作专班: who will lead describes the team set up
        if regex is _LED_BY and (_EXPLAINS.match(match["rest"]) or _MOVED.match(match["rest"])):
            return []  # 由市自然资源局对《A》作起草说明: a report; 由甲局移交到乙局: a duty moved
        if regex is _LED_BY and handed_over(stripped[: match.start("rest")], match["rest"]):
            return []  # 该项目应交由某公司经营: a decision on the project
        if found := led(match["rest"], offset + match.start("rest"), tail):
            return found
    first_modal = _MODAL.search(stripped)
    subject_part = stripped[: first_modal.start()] if first_modal else stripped
    if (
        "《" in subject_part
        or "听取" in stripped
        or "汇报" in subject_part
        or "说明" in subject_part
    ):
        return []
    # No modal in the clause, none in its first characters either: unless the clause is cut there,
    # and a 要 at the cut no longer sees the 求 after it.
    for modal in _MODAL.finditer(stripped, 2, 42) if first_modal or len(stripped) > 42 else ():
        subject = bare_subject(stripped[: modal.start()])  # 各级各部门一要…
        if not could_be_party(subject) or _IS_STATEMENT.match(subject):
            continue
        parties = addressees(subject)
        if parties:
            action = action_of(stripped[modal.end() :], tail, stripped)
            # The subject may have lost a time before it (清明节期间县防火办): count from where it is.
            found = directives_of(parties, subject, offset + max(stripped.find(subject), 0), action)
            return found + partners(stripped, modal.end(), offset, tail, action)
    return unit_acts(stripped, offset, tail) or shared_duty(stripped, offset, tail, 0, len(tail))


def _describes_by_lead(rest: str) -> bool:
    """Whether the words after 由 describe a thing by who leads it, with no modal after them.

    >>> _describes_by_lead("区发改局牵头的工作专班"), _describes_by_lead("区发改局牵头的专班要推进")
    (True, False)
    """
    return bool(_DESCRIBED_BY_LEAD.search(rest)) and not _MODAL.search(rest)


# 该意见由区工信局起草: a document named again (该, 此, 上述 …) and who wrote or brought it.
_NAMED_AGAIN = re.compile(r"^(?:该|此|上述|这个|这一)[一-龥]{0,6}?由$")
_WRITTEN = re.compile(rf"^[^，。；]{{2,30}}?(?:负责|牵头)?(?:联合|共同)?(?:{AUTHORED}|提请)$")


def _written_by(before: str, rest: str) -> bool:
    """Whether a 由 clause says who wrote a document named again, with nothing left to do.

    >>> _written_by("该意见由", "区工信局起草"), _written_by("该意见由", "区工信局起草实施细则")
    (True, False)
    """
    return bool(_NAMED_AGAIN.match(before) and _WRITTEN.match(rest))


def _called_on(rest: str) -> bool:
    """Whether the words after 请 name units and then their turn to speak (区统计局汇报…).

    >>> _called_on("区统计局汇报一季度经济运行情况"), _called_on("区财政局做好监管并汇报")
    (True, False)
    """
    called = _CALLED_ON.match(rest)
    return bool(called and could_be_party(called["who"]) and addressees(called["who"]))
