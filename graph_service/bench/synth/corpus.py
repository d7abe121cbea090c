"""A synthetic national-size corpus: invented governments, their meetings, minutes text and gold.

Each government has its own bureaus (written under an abbreviation in some meetings and under the
full name in others), programmes that run for months with a lead bureau and partners, and plans
that come back for a second reading. Each meeting picks the programmes active on its date and is
written in one of the shapes of the annotation guide (:mod:`graph_service.bench.synth.render`), with a
gold file in the shape of ``tests/data/minutes/*.gold.json`` built from the same items.

Everything derives from the seed: the same arguments write the same bytes. Government ``g`` and
its meetings use their own random streams, so any meeting can be made without the others.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph_service.bench.synth.render import Item, MeetingPlan, render
from graph_service.bench.synth.vocab import (
    COLLECTIVES,
    FIELDS,
    GIVEN,
    KINDS,
    LEVELS,
    PLACE_FIRST,
    PLACE_SECOND,
    REQUIREMENTS,
    SURNAMES,
    UnitName,
    unit_names,
)

FIRST_DAY = dt.date(2015, 1, 5)
DAYS_BETWEEN_MEETINGS = 14
UNITS_PER_GOVERNMENT = 26
PROGRAMMES_PER_GOVERNMENT = 40


@dataclass(frozen=True)
class Unit:
    """A bureau of one government, with the two ways minutes write it."""

    short: str
    full: str

    def written(self, rng: random.Random) -> str:
        """Return the name as one document writes it: mostly the abbreviation."""
        return self.short if rng.random() < 0.7 else self.full


@dataclass(frozen=True)
class Programme:
    """An initiative of one government: who leads it, who helps, when it is on agendas."""

    name: str
    lead: Unit
    partners: tuple[Unit, ...]
    first: int
    last: int
    plan: str | None


@dataclass
class Government:
    """An invented government with its bureaus and programmes."""

    index: int
    place: str
    level: str
    head: str
    word: str
    towns: str
    chairs: tuple[str, ...]
    units: tuple[Unit, ...] = ()
    programmes: tuple[Programme, ...] = field(default_factory=tuple)

    @property
    def full(self) -> str:
        """The government's full name, e.g. 青川县人民政府."""
        return f"{self.place}{self.level}人民政府"


def place_name(index: int) -> tuple[str, str]:
    """Return the invented place and level of government number ``index``; all distinct.

    >>> place_name(0), place_name(1)
    (('青川', '区'), ('云川', '区'))
    """
    first, rest = index % len(PLACE_FIRST), index // len(PLACE_FIRST)
    second, rest = rest % len(PLACE_SECOND), rest // len(PLACE_SECOND)
    level, rest = rest % len(LEVELS), rest // len(LEVELS)
    extra = "" if rest == 0 else PLACE_SECOND[rest % len(PLACE_SECOND)] * (1 + rest // 29)
    return PLACE_FIRST[first] + PLACE_SECOND[second] + extra, LEVELS[level][0]


def person(rng: random.Random) -> str:
    """Return an invented two- or three-character name."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def make_government(seed: int, index: int, meetings: int) -> Government:
    """Return government ``index`` of the corpus made with ``seed``, for ``meetings`` meetings."""
    rng = random.Random(f"{seed}:gov:{index}")
    place, level = place_name(index)
    _, head, word, towns = next(row for row in LEVELS if row[0] == level)
    gov = Government(index, place, level, head, word, towns, (person(rng), person(rng)))
    kinds: list[UnitName] = rng.sample(unit_names(), min(UNITS_PER_GOVERNMENT, len(unit_names())))
    gov.units = tuple(Unit(level + k.short, level + k.full) for k in kinds)
    gov.programmes = tuple(_programme(rng, gov, meetings) for _ in range(PROGRAMMES_PER_GOVERNMENT))
    return gov


def _programme(rng: random.Random, gov: Government, meetings: int) -> Programme:
    name = rng.choice(FIELDS) + rng.choice(KINDS)
    lead, *partners = rng.sample(gov.units, 1 + rng.randint(1, 3))
    first = rng.randrange(max(meetings, 1))
    # Months on the agenda: meetings are two weeks apart.
    last = first + rng.randint(4, 16)
    plan = None
    if rng.random() < 0.5:
        year = (FIRST_DAY + dt.timedelta(days=DAYS_BETWEEN_MEETINGS * first)).year
        plan = rng.choice([f"{gov.place}{gov.level}关于开展{name}工作方案",
                           f"{gov.place}{gov.level}{year}年{name}实施方案"])  # fmt: skip
    return Programme(name, lead, tuple(partners), first, last, plan)


def meeting_plan(seed: int, gov: Government, number: int) -> MeetingPlan:
    """Return meeting ``number`` (from 0) of ``gov``: its date, chair and items."""
    rng = random.Random(f"{seed}:meeting:{gov.index}:{number}")
    day = FIRST_DAY + dt.timedelta(days=DAYS_BETWEEN_MEETINGS * number + rng.randint(0, 4))
    active = [p for p in gov.programmes if p.first <= number <= p.last]
    others = [p for p in gov.programmes if p not in active]
    count = rng.randint(3, 6)
    chosen = active[:count] + rng.sample(others, max(0, count - len(active[:count])))
    rng.shuffle(chosen)
    items = [_item(rng, gov, p, number, k + 1) for k, p in enumerate(chosen)]
    _tie(rng, items, [p.name for p in gov.programmes])
    deputy = rng.random() < 0.15
    return MeetingPlan(
        gov=gov.full, place=gov.place, level=gov.level, head=gov.head, word=gov.word,
        date=day, ordinal=number % 150 + 1, doc_seq=number % 26 + 1,
        chair=gov.chairs[1] if deputy else gov.chairs[0],
        chair_title=("副" if deputy else "") + gov.head, items=items,
    )  # fmt: skip


def _item(rng: random.Random, gov: Government, p: Programme, number: int, k: int) -> Item:
    support = [u.written(rng) for u in p.partners]
    second = p.plan is not None and number > p.first and rng.random() < 0.5
    return Item(
        number=k,
        initiative=p.name,
        plan=p.plan if p.plan and (number == p.first or second or rng.random() < 0.3) else None,
        second_reading=second,
        lead=p.lead.written(rng),
        supplementary=support[: rng.choice((0, 0, 1, 2))],
        partners=support,
        collective=rng.choice((*COLLECTIVES, gov.towns)) if rng.random() < 0.5 else None,
        requirement=None,
        tie=None,
    )


def _tie(rng: random.Random, items: list[Item], names: list[str]) -> None:
    """Tie some items to another programme (结合/纳入) or bind two by one quoted requirement."""
    used = {item.initiative for item in items}
    for item in items:
        if rng.random() < 0.15:
            other = rng.choice(names)
            item.tie = other if other not in used else None
    if len(items) >= 2 and rng.random() < 0.3:
        first, second = rng.sample(items, 2)
        first.requirement = second.requirement = rng.choice(REQUIREMENTS)


def iter_meetings(seed: int, meetings: int, governments: int) -> Iterator[tuple[str, MeetingPlan]]:
    """Yield ``(relative path stem, meeting)`` for the corpus, government by government."""
    for g in range(governments):
        count = meetings // governments + (1 if g < meetings % governments else 0)
        gov = make_government(seed, g, count)
        for number in range(count):
            yield f"g{g:04d}/m{number:05d}", meeting_plan(seed, gov, number)


def generate(out: Path, meetings: int, governments: int, seed: int) -> int:
    """Write ``meetings`` minutes files and their gold files under ``out``.

    Args:
        out: the folder; ``g<NNNN>/m<NNNNN>.txt`` and ``.gold.json`` are written inside.
        meetings: how many meetings in all.
        governments: how many governments share them (round robin).
        seed: the random seed; the same arguments write the same bytes.

    Returns:
        The number of bytes of minutes text written.

    Raises:
        ValueError: ``meetings`` or ``governments`` is not positive.
    """
    if meetings < 1 or governments < 1:
        raise ValueError(f"meetings {meetings} and governments {governments}: both must be ≥ 1")
    written = 0
    for stem, plan in iter_meetings(seed, meetings, min(governments, meetings)):
        text, gold = render(plan, random.Random(f"{seed}:text:{stem}"))
        path = out / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        gold_text = json.dumps(gold, ensure_ascii=False, indent=1)
        (out / f"{stem}.gold.json").write_text(gold_text, encoding="utf-8")
        written += len(data)
    return written
