"""The parts of a directive: whom it addresses and what it tells them to do.

Every shape of directive (see :mod:`loaders.extract.directives`) ends here: the words before a
modal lose what stands between the addressee and it (:func:`bare_subject`), the words after 由 or
请 give the longest list of units or collectives (:func:`led`), and the action is cut short
(:func:`action_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.addressees import addressees
from loaders.extract.collectives import could_be_party
from loaders.extract.unit_lists import PERSON, units_at
from loaders.extract.unit_names import FUNCTION_CHARS


@dataclass(frozen=True)
class Directive:
    """One addressee told to act, found at ``pos``."""

    to: str
    group: bool
    action: str
    pos: int


# What a clause may open with before its addressee: a numeral, 会议要求, 同时 …
OPENER = re.compile(
    r"^[?？\ufffd]*(?:【[^】]{1,12}】)?(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]?|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]"
    r"|[一二三四五六七八九十]{1,2}、)?"
    r"(?:会议|会上)?(?:要求|强调|指出|明确|提出|认为|议定|同意|决定)?(?:同时|并|另外|此外|其中|对此|"
    r"为此|今后|下一步|下步|最后|首先|其次|再次)?"
)
_NUMERALS = frozenset("一二三四五六七八九十")
# 各级各部门一要…, 各地各部门一定要…, 都要, 既要: what stands between an addressee and its modal.
_BEFORE_MODAL = ("一定", "都", "也", "均", "还", "更", "既")


# 各级、各部门在对示范镇建设的认识上一定要…: where the addressee must act, between it and 要.
_SETTING = re.compile(r"在[^，。；]{1,30}?(?:上|中|方面)$")
# 各乡镇、相关部门对于重大事项要…: what the addressee must act on, between it and 要.
_MATTER = re.compile(r"对于[^，。；]{1,16}$")
# 清明节期间县森林防火指挥办公室要…, 春节临近各级各部门要…: when the addressee must act, before it.
_TIME_SETTING = re.compile(r"^[^，。；]{1,10}?(?:期间|前夕|节前夕?|节后|假期|临近)")
_TIME_WORDS = frozenset("期节夕临")  # one of them is in every match of _TIME_SETTING


def bare_subject(subject: str) -> str:
    """The subject without the numeral, adverb or setting before its modal.

    >>> bare_subject("各级各部门一定"), bare_subject("各部门在项目推进中"), bare_subject("各部门对于重大事项")
    ('各级各部门', '各部门', '各部门')
    >>> bare_subject("各部门、镇街之间"), bare_subject("部门之间")
    ('各部门、镇街', '部门之间')
    >>> bare_subject("清明节期间县防火办"), bare_subject("春节前夕县防火办"), bare_subject("国庆前夕县防火办")
    ('县防火办', '县防火办', '县防火办')
    >>> bare_subject("春节临近各级各部门")
    '各级各部门'

    """
    if subject and subject[-1] in _NUMERALS:
        return subject[:-1]
    if subject.endswith("之间") and subject.startswith("各"):
        return subject[:-2]  # 各部门、镇街之间要配合; a bare 部门之间 tells how, not whom
    for adverb in _BEFORE_MODAL if subject.endswith(_BEFORE_MODAL) else ():
        if subject.endswith(adverb):
            subject = subject[: -len(adverb)]
            break
    for where, word in ((_SETTING, "在"), (_MATTER, "对于")):
        setting = where.search(subject) if word in subject else None
        if setting and setting.start() >= 2 and could_be_party(subject[: setting.start()]):
            return subject[: setting.start()]
    time = _TIME_SETTING.match(subject) if not _TIME_WORDS.isdisjoint(subject) else None
    if time and len(subject) - time.end() >= 2 and could_be_party(subject[time.end() :]):
        return subject[time.end() :]
    return subject


_WITH = re.compile(r"(?:主动|牵头)?(?:会同|联合(?!国|会|社|体|办))")
# 会同 as a verb, not the place in a branch's name (市生态环境局会同分局).
_WITH_VERB = re.compile(r"会同(?!分局|支队|大队|中队|派出所)")


def partners(clause: str, at: int, offset: int, tail: str, action: str) -> list[Directive]:
    """Named units after 会同 share the directive (市交通运输局要会同市住建局…); collectives there
    (会同有关部门, 会同各板块) are the addressee's partners, not addressees."""
    joined = _WITH.match(clause, at)
    if not joined:
        return []
    found = led(clause[joined.end() :], offset + joined.end(), tail)
    return [Directive(d.to, d.group, action, d.pos) for d in found if not d.group]


# 请国土会同发改、财政等部门…: a domain of work alone, asked to act with other departments.
_DOMAIN_WITH = re.compile(r"(?P<who>[一-龥]{2,4}?)会同[^，。；]{1,20}?(?:部门|单位)")


def led(rest: str, offset: int, tail: str) -> list[Directive]:
    """由X牵头/请X…: the longest leading list of units or collectives is the addressee.

    Unit names never hold 会同, 负责 or 按程序, so the partner of 会同 and the action that follows
    (请区委组织部按程序报区委…) are not taken for part of the name. A domain alone before 会同 and
    other departments (请国土会同发改、财政等部门) is a collective.
    """
    for end in range(min(len(rest), 40), 1, -1):
        if (
            not could_be_party(rest[:end])
            or rest[end - 1] in _NUMERALS
            or _WITH_VERB.search(rest[:end])
        ):
            continue
        if rest[end : end + 1] in ("门", "长") or rest[end - 1 : end + 1] == "组织":
            continue  # 纪检监察部门, 局长, 组织: the name does not stop inside a word
        parties = addressees(rest[:end])
        if parties:
            action = action_of(rest[end:], tail, rest)
            found = directives_of(parties, rest[:end], offset, action)
            return found + partners(rest, end, offset, tail, action)  # 请X会同Y…
    domain = _DOMAIN_WITH.match(rest) if "会同" in rest[:7] else None
    if domain and not FUNCTION_CHARS & set(domain["who"]):
        action = action_of(rest[domain.end("who") :], tail, rest)
        return [Directive(domain["who"], True, action, offset)]
    return []


def directives_of(
    parties: tuple[tuple[str, bool], ...] | None, phrase: str, offset: int, action: str
) -> list[Directive]:
    directives: list[Directive] = []
    cursor = 0
    for name, group in parties or []:
        cursor = max(phrase.find(name, cursor), 0)
        directives.append(Directive(name, group, action, offset + cursor))
    return directives


_MAX_ACTION = 60


def action_of(rest: str, tail: str, clause: str) -> str:
    """The action, shortened: the rest of the clause and the next one, cut at a comma.

    >>> action_of("按照相关程序做好报送工作", "区外事办要按照相关程序做好报送工作，同时结合新一届虹桥友谊联盟建设，不断提升水平。", "区外事办要按照相关程序做好报送工作")
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


# 区住建局负责人表示，… / 据区住建局介绍，…: whose words the sentence reports.
_SPEAKER = re.compile(
    r"\s*(?:据)?(?P<who>[^，。；：“”]{3,30}?)(?:介绍|表示|要求|指出|强调|说)[，：:]"
)

_ASKS = re.compile(
    r"\s*(?:(?:会议|会上)[^，。；：]{0,4}[，：:])?(?P<who>[^，。；：“”]{3,20}?)要求(?=[^，。；]{2,30}?要)"
)


def unit_speaks(sentence: str) -> bool:
    """Whether a sentence reports what a unit or its person said, not what the meeting said.

    >>> unit_speaks("区应急管理局局长张三要求，各街道要加强排查"), unit_speaks("会议要求，各街道要加强排查")
    (True, False)
    >>> unit_speaks("区应急局要求各街道要加强排查"), unit_speaks("会议要求区应急局要加强排查")
    (True, False)
    """
    speaker = _SPEAKER.match(sentence) if "，" in sentence[:34] or "：" in sentence[:34] else None
    if not speaker and "要求" in sentence[:30]:
        speaker = _ASKS.match(sentence)  # 县应急局要求各乡镇要…, with no comma
    if not speaker:
        return False
    units, end = units_at(speaker["who"], 0, bare=False)
    if not units:
        return False
    person = PERSON.match(speaker["who"], end)
    if not person or person.end() == end:
        return end == len(speaker["who"])  # 区住建局表示
    return len(speaker["who"]) - person.end() <= 3  # 区应急管理局局长某某要求: the person's name
