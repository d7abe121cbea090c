"""Relations between initiatives: combined_with (结合/纳入/衔接/与…同步推进) and shared_requirement."""

from __future__ import annotations

import itertools
import re

from loaders.extract.context import Context
from loaders.extract.items import Item
from loaders.extract.matching import dice, overlaps
from loaders.extract.naming import initiative_name, keep_paired_quotes, programme_phrase
from loaders.models import Related

# (?=[…]) first: the characters a match can start with, so that the pattern is not tried
# at every other character (its alternatives open with optional parts).
_COMBINE = re.compile(
    r"(?=[结纳衔与把将])(?:(?:结合(?!部|实际|起来)|纳入|衔接)(?:好|到|进)?(?P<np>(?:“[^“”，。\n]{1,30}”|[^，。；：、\n“]){1,40})|"
    r"与(?P<np2>[^，。；：、\n]{2,40}?)(?:有效|紧密|有机|相|统筹|无缝|深度)?(?:统筹起来|结合起来|衔接起来)?、?"
    r"(?:同步推进|一体推进|统筹推进|衔接|结合)|"
    # 要把A和B结合起来: with 和 only the explicit 把…起来/推进 frame ties two lines of work; so
    # does 把A与B有机结合.
    r"(?:把|将)(?P<left>[^，。；：、\n]{2,30}?)(?P<conj>[和与])(?P<np3>[^，。；：、\n]{2,40}?)"
    r"(?:有机|紧密|深度|有效)?(?:结合起来|统筹起来|衔接起来|同步推进|一体推进|结合))"
)
_TITLE = re.compile(r"《([^《》]{2,80})》")
# A word every match of _COMBINE holds.
_TIE_WORD = re.compile(r"结合|纳入|衔接|同步推进|一体推进|统筹推进|统筹起来")
_TIED_AFTER = re.compile(r"(?:工作)?(?:一体推进|一体谋划|统筹推进|同步推进|一并推进)$")
# The frame around an initiative named as a subject: 要把X / 将X / X要.
_FRAME = re.compile(r"^(?:同时|并)?(?:要|应)?(?:把|将)?|(?:要|应)$")
REQUIREMENT = re.compile(
    r"(?:按照|坚持|落实|遵循|执行|贯彻|严守|对照)“(?P<q>[^“”]{2,40})”"
    r"|“(?P<q2>[^“”]{2,40})”(?:的)?(?:工作)?(?:要求|原则|制度)"
)


def add_combined(ctx: Context, item: Item, names: list[str]) -> None:
    """combined_with: 结合/纳入/同步推进/一体推进/衔接 tie a programme, itself an initiative, to the
    initiative the clause before names, else one the rest of the sentence names, else the item's
    own when it has only one (an item of several lines of work says nothing of which one)."""
    if not _TIE_WORD.search(ctx.text, item.lead_end, item.end):
        return  # most items tie nothing; the pattern opens on characters met everywhere (与, 把)
    for match in _COMBINE.finditer(ctx.text, item.lead_end, item.end):
        if not names and not match["np"]:
            continue  # an item naming no work: only 结合X names a programme of its own
        raw = match["np"] or match["np2"] or match["np3"]
        if "精神" in raw:
            continue  # 与…全会精神相衔接: a conveyed document, not a line of work
        phrase = _combined_phrase(ctx, match, raw)
        tie = match.start("np3") - 1 if match["np3"] else match.start()
        source = (
            _mentioned_initiative(ctx, _clause_before(ctx.text, tie))
            or _named_after(ctx, match.end(), phrase)
            or (names[0] if len(names) == 1 else None)
        )
        if phrase and phrase != source:
            ctx.add_initiative(item.number, phrase, match.start())
        if phrase and source and phrase != source:
            ctx.add_related("combined_with", source, phrase, match.start())


def _combined_phrase(ctx: Context, match: re.Match[str], raw: str) -> str | None:
    """The line of work a 结合/纳入/与…同步推进/把A和B结合起来 clause ties to the item's."""
    title = _TITLE.search(raw)
    if title:  # 结合国家《A方案》有关部署: the programme of the document
        return initiative_name(title[1], ctx.places)
    # 纳入X一体推进: the verb after X says X is a line of work, as 与X同步推进 does.
    tied = _TIED_AFTER.search(raw) if match["np"] else None
    if tied:
        raw = raw[: tied.start()]
    if match["np3"]:
        phrase = programme_phrase(raw) if _idioms(match) else _tied_phrase(raw)
    else:
        phrase = programme_phrase(raw) if match["np"] and not tied else _tied_phrase(raw)
    return _known_initiative(ctx, phrase) if phrase else _mentioned_initiative(ctx, raw)


def _idioms(match: re.Match[str]) -> bool:
    """把吃透上情和立足市情结合起来: two four-character phrases tied together name ways of working,
    not lines of work (把修缮和业态引入结合起来 ties a line of work; 把A与B结合起来 always does)."""
    return match["conj"] == "和" and len(match["np3"]) == 4 and len(match["left"]) == 4


def _named_after(ctx: Context, pos: int, phrase: str | None) -> str | None:
    """An initiative the rest of the sentence names (要结合实施X工程，统筹抓好甲、乙创城两项工作:
    the work tied to X is named after it)."""
    sentence = ctx.sentence(pos)
    rest = ctx.text[pos : sentence[1]]
    for initiative in ctx.result.initiatives:
        if initiative.name == phrase or len(initiative.name) < 4:
            continue
        # named as written, or listed in this sentence (文明、食安创城 gives 文明创城)
        if initiative.name in rest or (initiative.span == sentence and initiative.name[:2] in rest):
            return initiative.name
    return None


def _clause_before(text: str, pos: int) -> str:
    start = max(text.rfind(mark, 0, pos) for mark in "，。；\n")
    return text[start + 1 : pos]


def _mentioned_initiative(ctx: Context, phrase: str) -> str | None:
    """An initiative of the document named in a phrase (纳入法治政府建设年度考核 → 法治政府建设).

    The phrase may name it whole, or in other words of about the same characters
    (数字经济发展 for 发展数字经济三年行动).
    """
    plain = _FRAME.sub("", phrase.replace("“", "").replace("”", ""))
    names = [i.name for i in ctx.result.initiatives if len(i.name) >= 4]
    for name in names:
        if name in plain:
            return name
    if len(plain) < 4:
        return None
    scored = [(dice(plain, name), name) for name in names if overlaps(plain, name)]
    return max(scored, default=(0.0, None))[1]


# 常态化纵深推进X: the manner and the verb before the line of work.
_MANNER = re.compile(r"^[^“”]{0,6}?(?:推进|开展|实施)(?=.{4})")


def _tied_phrase(phrase: str) -> str | None:
    """The X of 与X同步推进: the construction itself says X is a line of work."""
    text = keep_paired_quotes(_MANNER.sub("", re.sub(r"^.*的", "", phrase)))
    return text if len(text) >= 3 and not re.search(r"[要把将在对]", text[:1]) else None


def _known_initiative(ctx: Context, phrase: str) -> str:
    """An initiative already named in the document, when the phrase is a shorter or longer form of it."""
    plain = keep_paired_quotes(phrase)
    for initiative in ctx.result.initiatives:
        if plain in initiative.name or initiative.name in plain:
            return initiative.name
    return plain


def add_shared_requirements(ctx: Context, requirements: dict[str, list[tuple[str, int]]]) -> None:
    for quote, uses in requirements.items():
        names = list(dict.fromkeys(name for name, _ in uses))
        for first, second in itertools.pairwise(names):
            pos = next(p for n, p in uses if n == second)
            ctx.result.related.append(
                Related.model_validate(
                    {
                        "from": first,
                        "to": second,
                        "kind": "shared_requirement",
                        "why": f"both follow the “{quote}” requirement",
                        **ctx.evidence(pos),
                    }
                )
            )
