"""The bureau registry: canonical full names per government, with dated aliases.

Identity is the canonical unit *within its government*: 区应急局 = 区应急管理局 of one district, and
the same abbreviation of another district is another unit. The data lives in TSV files that users
extend (named by the caller: the service's ``MKG_REGISTRY`` setting); see ``loaders/data/bureau_aliases.tsv`` for the columns.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from loaders.errors import MinutesKGError

_LEVELS = "省市区县州旗盟镇乡"
ANY_GOVERNMENT = "*"


class RegistryError(MinutesKGError):
    """A registry file is malformed."""


@dataclass(frozen=True)
class Alias:
    """One registry row: within ``government``, ``alias`` means ``canonical`` between the dates."""

    government: str
    alias: str
    canonical: str
    valid_from: str = ""
    valid_to: str = ""

    def valid_on(self, date: str | None) -> bool:
        """Tell whether the alias holds on an ISO date (an unknown date takes any alias)."""
        if not date:
            return True
        return (not self.valid_from or self.valid_from <= date) and (
            not self.valid_to or date <= self.valid_to
        )


@dataclass(frozen=True)
class Resolution:
    """What a name resolves to: the canonical name and whether the registry knew it."""

    canonical: str
    known: bool


class Registry:
    """Aliases indexed by (government, alias); later rows take precedence over earlier ones.

    >>> reg = Registry([Alias("*", "应急局", "应急管理局")])
    >>> reg.resolve("区应急局", "长宁区人民政府")
    Resolution(canonical='区应急管理局', known=True)
    >>> reg.resolve("区重大办", "长宁区人民政府")
    Resolution(canonical='区重大办', known=False)
    """

    def __init__(self, aliases: list[Alias], renames: list[Alias] | None = None) -> None:
        self._aliases = list(aliases)
        self._renames = list(renames or [])
        self._rows = _index(self._aliases)
        self._renamed = _index(self._renames)
        self._canonical = {(a.government, a.canonical) for a in self._aliases}

    def overlay(self, aliases: list[Alias], renames: list[Alias] | None = None) -> Registry:
        """Return this registry with more rows on top: theirs win over every row here.

        Curators' decisions are laid over the registry files this way: an alias row says what a
        written name means, a rename row gives a unit a new canonical name (from a date, if dated).

        >>> base = Registry([Alias("*", "建委", "建设委员会")])
        >>> fixed = base.overlay([Alias("甲区人民政府", "区建委", "区建设和管理委员会")])
        >>> fixed.resolve("区建委", "甲区人民政府").canonical, fixed.resolve("区建委", "乙区人民政府").canonical
        ('区建设和管理委员会', '区建设委员会')
        """
        return Registry([*self._aliases, *aliases], [*self._renames, *(renames or [])])

    def resolve(self, name: str, government: str | None, date: str | None = None) -> Resolution:
        """Return the canonical name of ``name`` within ``government`` on ``date``.

        A name that is itself some row's canonical name counts as known. Renames apply last, so
        a unit renamed from a date resolves to its old name before that date and its new one after.

        Args:
            name: the unit as written, in simplified characters.
            government: the full name of the government whose minutes mention it.
            date: the meeting date (ISO), to pick the alias valid then.

        Returns:
            The canonical name; ``known`` is False when no row matched (the name stays as written).

        >>> reg = Registry([], renames=[Alias("甲区人民政府", "区旧局", "区新局", "2023-01-01")])
        >>> reg.resolve("区旧局", "甲区人民政府", "2022-12-31").canonical
        '区旧局'
        >>> reg.resolve("区旧局", "甲区人民政府", "2023-01-01")
        Resolution(canonical='区新局', known=True)
        """
        found = self._alias(name, government or "", date)
        if found is None:
            return Resolution(name, False)
        canonical, known = found, True
        for _ in range(len(self._renames)):  # a rename of a rename; never loops forever
            renamed = _lookup(self._renamed, government or "", canonical, date)
            if renamed is None or renamed == canonical:
                break
            canonical = renamed
        return Resolution(canonical, known)

    def _alias(self, name: str, government: str, date: str | None) -> str | None:
        exact = _lookup(self._rows, government, name, date)
        if exact:
            return exact
        level, body = _split_level(name)
        generic = _lookup(self._rows, ANY_GOVERNMENT, body, date)
        if generic:
            return level + generic
        canonical = (government, name) in self._canonical
        if (
            canonical
            or (ANY_GOVERNMENT, body) in self._canonical
            or self._renamed_from(government, name)
        ):
            return name
        return None

    def _renamed_from(self, government: str, name: str) -> bool:
        return (government, name) in self._renamed


def _index(aliases: list[Alias]) -> dict[tuple[str, str], list[Alias]]:
    """Index rows by (government, alias), later rows first."""
    rows: dict[tuple[str, str], list[Alias]] = {}
    for alias in aliases:
        rows.setdefault((alias.government, alias.alias), []).insert(0, alias)
    return rows


def _lookup(
    rows: dict[tuple[str, str], list[Alias]], government: str, alias: str, date: str | None
) -> str | None:
    for row in rows.get((government, alias), ()):
        if row.valid_on(date):
            return row.canonical
    return None


def _split_level(name: str) -> tuple[str, str]:
    """Split the level character off a relative name: 区应急局 → (区, 应急局)."""
    if len(name) > 2 and name[0] in _LEVELS:
        return name[0], name[1:]
    return "", name


def read_aliases(path: Path) -> list[Alias]:
    """Read a registry TSV file (comment lines start with #; the header row is optional).

    Raises:
        RegistryError: a row has fewer than three columns or a malformed date.
    """
    rows: list[Alias] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for number, row in enumerate(csv.reader(lines, delimiter="\t"), start=1):
            if row[:3] == ["government", "alias", "canonical"]:
                continue
            rows.append(_parse_row(path, number, row))
    return rows


def _parse_row(path: Path, number: int, row: list[str]) -> Alias:
    cells = [cell.strip() for cell in row] + ["", ""]
    if len(row) < 3 or not all(cells[:3]):
        raise RegistryError(f"{path}: row {number}: expected government, alias, canonical")
    for date in cells[3:5]:
        if date and not (len(date) == 10 and date[4] == "-" and date[7] == "-"):
            raise RegistryError(f"{path}: row {number}: {date!r} is not a YYYY-MM-DD date")
    return Alias(*cells[:5])


@lru_cache(maxsize=8)
def load_registry(extra: str = "") -> Registry:
    """Load the bundled registry plus the files named in ``extra`` (``os.pathsep``-separated).

    Args:
        extra: paths of user registry files; the service passes its ``MKG_REGISTRY`` setting.
    """
    bundled = resources.files("loaders") / "data" / "bureau_aliases.tsv"
    with resources.as_file(bundled) as path:
        aliases = read_aliases(path)
    for name in filter(None, extra.split(os.pathsep)):
        aliases.extend(read_aliases(Path(name)))
    return Registry(aliases)
