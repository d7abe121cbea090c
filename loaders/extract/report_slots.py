"""Where a reporter stands: after a verb of hearing at a clause's start, whatever the verb.

The patterns of :mod:`loaders.extract.submissions` find a unit list after the verbs they name
(听取, 同意, 审议…) or at a clause's start; a verb they do not name (会议收听了区甲局…) leaves a
slot of one to ten characters before the unit, which :func:`units_after_verb` reads past.
"""

from __future__ import annotations

import re

from loaders.extract.report_words import LONGEST_VERB, NOT_HEARING, hearing_verb, without_verb
from loaders.extract.unit_lists import ON_BEHALF, PERSON, may_start_units, units_at
from loaders.extract.unit_names import unit_of


def units_after_verb(text: str, pos: int, before: str) -> tuple[list[tuple[str, int]], int]:
    """The units at ``pos`` (after ``before``, what the patterns before a unit list found), or
    after a verb of hearing that no pattern lists."""
    if not may_start_units(text, pos):
        return [], pos  # a third of the clause starts: no name can end in the words after them
    if behalf := ON_BEHALF.match(text, pos):
        pos = behalf.end()  # 张三局长代表区住建局所作的汇报: the unit the person spoke for
    units, after = units_at(text, pos)
    if not units and not _LISTED_VERB.search(before) and text[pos - 1 : pos] != "、":
        units, after = _after_slot(text, pos)
    if units:  # 会议收听区甲局: the grammar reads the verb into the first unit's place
        name, inside = without_verb(units[0][0], text)
        units[0] = (name, units[0][1] + inside)
    return units, after


def _after_slot(text: str, pos: int) -> tuple[list[tuple[str, int]], int]:
    """The units after a verb of hearing at a clause's start: units opening with their level
    (会议收听了区甲局…), or units the grammar reads that 关于 follows (…收听了民政局某某关于…)."""
    run = _VERB_RUN.match(text, pos)
    about_near = text.find("关于", pos, pos + _ABOUT_REACH) >= 0
    if not run or not (about_near or _LEVEL_NEAR.search(run.group(), 1)):
        return [], pos  # no unit can follow a verb here: the common case, asked first
    # The verb ends before a word that is no hearing's, or a listed verb (whose match reads on).
    stops = (NOT_HEARING.search(run.group()), _LISTED_VERB.search(run.group()))
    longest = min((stop.start() for stop in stops if stop), default=len(run.group()))
    for length in range(1, longest + 1):
        placed = text[pos + length : pos + length + 1] in _LEVEL_FIRST
        if not (placed or about_near):
            continue  # a bare unit counts only before its 关于
        units, after = units_at(text, pos + length, bare=not placed)
        # A name the grammar places (则通过县甲局) opens inside the verb: 县甲局 is read after it.
        bare = units and not placed and not unit_of(units[0][0])
        if units and (placed or (bare and _ABOUT_NEXT.match(text, after))):
            return units, after
    return [], pos


# 民政局某某关于…: a reporter's person, named or by title, before the 关于 of what it reported.
_ABOUT_NEXT = re.compile(rf"(?:{PERSON.pattern}|[一-龥]{{2,3}})?关于")
_LEVEL_FIRST = frozenset("区县市")
_LEVEL_NEAR = re.compile("[区县市]")
_VERB_RUN = re.compile(rf"[一-龥]{{1,{LONGEST_VERB}}}")
# How far after the verb's start the 关于 of a bare unit can stand (verb, unit, person).
_ABOUT_REACH = LONGEST_VERB + 40
# A verb the patterns before a unit list name: the slot is for the verbs they do not.
_LISTED_VERB = re.compile(r"听取|同意|通过|审议|审定|审核|研究|讨论|请|就|由|经|》")


def after_hearing(text: str, pos: int) -> bool:
    """Whether a verb of hearing stands between the clause's start and the unit at ``pos``.

    >>> after_hearing("会议收听了县甲局乙工作的讲述", 5), after_hearing("由县甲局负责的工程，", 1)
    (True, False)
    """
    # The last stop of the 30 characters before pos, by one greedy match instead of one rfind
    # per stop character; with none there, the clause is read from the text's start.
    stop = _TO_LAST_STOP.match(text, max(0, pos - 30), pos)
    verb = _OPENING_WORDS.sub("", text[stop.end() if stop else 0 : pos].strip())
    return bool(verb) and hearing_verb(verb)


_CLAUSE_STOPS = "。；，：,;:\n】！？"
_TO_LAST_STOP = re.compile(rf"(?s:.*)[{_CLAUSE_STOPS}]")
_OPENING_WORDS = re.compile(r"^(?:以及|及)?(?:会议|会上|会前)?(?:首先|还|又|随后|接着|最后)?")
