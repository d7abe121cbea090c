"""Make copies of minutes the way copying sites do, and score the extractor on them.

Many pages met in the wild are copies on unrelated sites that replaced the government's place name
with advertising (``某某体育在线``) or swapped common words for synonyms (召开 → 举行). This module
makes such copies of a folder of documents with gold files, deterministically (the same folder
gives the same copies), and scores the extractor on the copies beside the originals::

    python -m loaders.eval.perturb tests/data/real/dev
    python -m loaders.eval.perturb tests/data/real/dev --kind places --share 0.5

What a copy changes (see :func:`perturb_text`):

* ``places``: the government's place name, taken from the ``government`` column of the folder's
  sources table (宜春市人民政府 → 宜春市, 北京市东城区人民政府 → 东城区), is replaced by one invented
  advertising string, and its short form (宜春) by another, in a share of their occurrences chosen
  at random (all of them by default). Half the copies, chosen at random, replace only the short
  form, so that the 市/县/区 after it stays, as copying sites leave it (``某某彩票市中心城区``).
* ``words``: common words of minutes are swapped for synonyms (:data:`SYNONYMS`), each occurrence
  with probability ``share``, except inside 《》 so that plan titles stay as the gold has them.
* ``both``: the two together.
* ``unseen``: words swapped for other synonyms (:data:`UNSEEN_SYNONYMS`), which no rule of the
  extractor was written for: how the rules fare on a copying site's other choices.

Scoring: the copies are scored against the original gold. Each advertising string stands for one
place form, so the strings the extractor returns on a copy get the place back before they are
compared (a plan title 《某某彩票进一步推进…》 is the gold's 《宜春市进一步推进…》). Units are compared
by their bare name within the page's government, on both sides and in both runs: the place name,
an advertising string and the government's own level (市 on a city's page) are dropped from the
front of a unit's name (宜春市财政局, 市财政局 and 财政局 are one unit of 宜春市), since a unit whose
place was replaced by advertising is the same unit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.eval.evaluate import (
    SOURCES_GLOB,
    EvalReport,
    evaluate,
    find_documents,
    load_gold,
    source_rows,
)
from loaders.eval.scoring import LIST_FIELDS, MEETING_FIELDS
from loaders.extract.matching import canonical

# Invented advertising strings of the kinds copying sites insert: Latin letters and digits with
# 体育/娱乐/彩票/app/官网/平台, and brand-like Chinese words of casinos and betting sites.
ADVERTS = (
    "zx88体育官网",
    "乐赢彩票app下载",
    "k9y娱乐平台",
    "fh365体育在线",
    "鸿运坊娱乐城",
    "聚宝盆彩票网",
    "wy99娱乐app_官方平台",
    "旺财坊棋牌官网",
    "bz7彩票平台注册",
    "金满楼体育投注",
    "lh166.com娱乐官网",
    "福临门彩票app",
)
# Synonyms copying sites put in place of common words of minutes (the first few as met in copies).
SYNONYMS: tuple[tuple[str, str], ...] = (
    ("召开", "举行"),
    ("听取了", "听了"),
    ("听取", "听了"),
    ("汇报", "报告"),
    ("会议", "集会"),
    ("研究", "探讨"),
    ("审议", "审阅"),
    ("部署", "安排"),
    ("强调", "着重指出"),
    ("要求", "请求"),
    ("原则通过", "原则上经过"),
    ("同意", "赞同"),
)
# Swaps no rule was written for, to see how the rules fare on a copying site's other choices.
UNSEEN_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("召开", "召集"),
    ("听取了", "听闻了"),
    ("听取", "听闻"),
    ("汇报", "陈述"),
    ("会议", "会晤"),
    ("研究", "商讨"),
    ("审议", "审察"),
    ("原则通过", "基本经过"),
    ("同意", "认同"),
)
KINDS = ("places", "words", "both", "unseen")
_LEVELS = "市县区旗"
_GOVERNMENT = "人民政府"
_TITLE = re.compile(r"《[^《》]*》")
_UNIT_KEYS = (("bureaus", "name"), ("reported", "bureau"), ("directed", "to"))


@dataclass(frozen=True)
class Places:
    """The forms of one government's place name, longest first, and its level (市, 县, 区)."""

    forms: tuple[str, ...]
    level: str

    @classmethod
    def of(cls, government: str) -> Places:
        """Read the place forms from a government's name.

        >>> Places.of("北京市东城区人民政府")
        Places(forms=('北京市东城区', '东城区', '东城'), level='区')
        >>> Places.of("宜春市人民政府")
        Places(forms=('宜春市', '宜春'), level='市')
        >>> Places.of("山西省某县人民政府(页面未载县名)").forms
        ()
        """
        name = government.split("(")[0].split("（")[0]
        if not name.endswith(_GOVERNMENT) or "某" in name or "辖" in name:
            return cls((), "")
        full = name.removesuffix(_GOVERNMENT)
        parts = re.findall(r".+?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗)", full)
        own = parts[-1] if parts else full
        forms = [full, own] if own != full else [full]
        level = own[-1] if own[-1] in _LEVELS else ""
        if level and len(own) >= 3:
            forms.append(own[:-1])
        return cls(tuple(dict.fromkeys(f for f in forms if len(f) >= 2)), level)


@dataclass
class Copy:
    """A copied text and the place form each advertising string stands for."""

    text: str
    adverts: dict[str, str] = field(default_factory=dict)


def _rng(name: str, kind: str) -> random.Random:
    digest = hashlib.sha256(f"{kind}:{name}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _replace_places(text: str, places: Places, share: float, rng: random.Random) -> Copy:
    forms = places.forms
    if rng.random() < 0.5:  # half the copies replace only the short form: 某某彩票市中心城区
        forms = tuple(f for f in forms if not any(o != f and o in f for o in forms))
    chosen = rng.sample([a for a in ADVERTS if a not in text], len(forms))
    adverts = dict(zip(chosen, forms, strict=True))
    by_form = {form: ad for ad, form in adverts.items()}
    pattern = re.compile("|".join(map(re.escape, forms)))

    def swap(m: re.Match[str]) -> str:
        return by_form[m.group()] if rng.random() < share else m.group()

    return Copy(pattern.sub(swap, text), adverts)


def _swap_words(
    text: str, share: float, rng: random.Random, swaps: tuple[tuple[str, str], ...] = SYNONYMS
) -> str:
    table = dict(swaps)
    pattern = re.compile("|".join(re.escape(w) for w, _ in swaps))

    def swap(m: re.Match[str]) -> str:
        return table[m.group()] if rng.random() < share else m.group()

    pieces, last = [], 0
    for title in _TITLE.finditer(text):
        pieces += [pattern.sub(swap, text[last : title.start()]), title.group()]
        last = title.end()
    pieces.append(pattern.sub(swap, text[last:]))
    return "".join(pieces)


def perturb_text(text: str, name: str, places: Places, kind: str, share: float = 1.0) -> Copy:
    """Return a copy of ``text`` as a copying site would make it.

    Args:
        text: the document's text (or HTML).
        name: the document's file name: it seeds the choices, so a copy is the same every time.
        places: the government's place forms.
        kind: ``places``, ``words``, ``both`` or ``unseen`` (see the module's description).
        share: the chance that each occurrence is changed.

    >>> c = perturb_text("宜春市召开会议，宜春实验中学", "a.txt", Places.of("宜春市人民政府"), "both")
    >>> "宜春" in c.text, c.text.count("举行集会")
    (False, 1)
    >>> set(c.adverts.values()) <= {"宜春", "宜春市"}
    True
    """
    copy = Copy(text)
    if kind in ("places", "both") and places.forms:
        copy = _replace_places(text, places, share, _rng(name, "places"))
    if kind in ("words", "both"):
        copy.text = _swap_words(copy.text, share, _rng(name, "words"))
    if kind == "unseen":
        copy.text = _swap_words(copy.text, share, _rng(name, "words"), UNSEEN_SYNONYMS)
    return copy


def _map_strings(value: object, change: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, change) for k, v in value.items()}
    return value


def restore_places(doc: Mapping[str, object], adverts: Mapping[str, str]) -> dict[str, object]:
    """Put each place form back where its advertising string stands, in every string of ``doc``."""
    if not adverts:
        return dict(doc)
    pattern = re.compile("|".join(map(re.escape, adverts)))
    restored = _map_strings(dict(doc), lambda s: pattern.sub(lambda m: adverts[m.group()], s))
    assert isinstance(restored, dict)
    return restored


def bare_unit(name: str, places: Places, adverts: Sequence[str] = ()) -> str:
    """Return a unit's name without the page's place, advertising or own level in front.

    >>> p = Places.of("宜春市人民政府")
    >>> [bare_unit(n, p, ["zx88体育官网"]) for n in ("宜春市财政局", "市财政局", "zx88体育官网财政局")]
    ['财政局', '财政局', '财政局']
    >>> bare_unit("县财政局", p), bare_unit("市", p)
    ('县财政局', '市')
    """
    name = canonical(name)
    for prefix in (*adverts, *places.forms):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
            break
    if places.level and name.startswith(places.level) and len(name) > 2:
        name = name[1:]
    return name


def bare_units(doc: Mapping[str, object], places: Places) -> dict[str, object]:
    """Return ``doc`` with every unit name (bureaus, reporters, addressees) made bare."""
    out = dict(doc)
    for key, attr in _UNIT_KEYS:
        items = out.get(key)
        if isinstance(items, list):
            out[key] = [
                {**i, attr: bare_unit(i[attr], places)}
                if isinstance(i, dict) and isinstance(i.get(attr), str) and not i.get("group")
                else i
                for i in items
            ]
    return out


def governments(folder: Path) -> dict[str, str]:
    """Return each document's government by file name, from the folder's sources tables."""
    found: dict[str, str] = {}
    tables = sorted(folder.rglob(SOURCES_GLOB)) + sorted(folder.parent.glob(SOURCES_GLOB))
    for row in source_rows(tables):
        if row.get("file") and row.get("government"):
            found.setdefault(row["file"].strip(), row["government"].strip())
    return found


type PlainExtractor = Callable[[Path], Mapping[str, object]]


def score_copies(
    folder: Path, extract: PlainExtractor, kind: str, share: float = 1.0
) -> tuple[EvalReport, EvalReport]:
    """Score ``extract`` on the documents of ``folder`` and on their copies.

    Args:
        folder: a folder of documents with gold files, and a sources table in it or its parent.
        extract: takes a document's path, returns a gold-shaped dict.
        kind: what the copies change (see :func:`perturb_text`).
        share: the chance that each occurrence is changed.

    Returns:
        The report on the originals and the report on the copies, both with bare unit names.
    """
    reports = []
    for copying in (False, True):
        with tempfile.TemporaryDirectory(prefix="mkg-copies-") as tmp:
            written = _write_folder(folder, Path(tmp), kind if copying else None, share)

            def run(path: Path, written: _Written = written) -> dict[str, object]:
                where, adverts = written[path.name]
                return bare_units(restore_places(extract(path), adverts), where)

            reports.append(evaluate(tmp, run).model_copy(update={"folder": str(folder)}))
    return reports[0], reports[1]


# Each written document's place forms and the place form each advertising string stands for.
type _Written = dict[str, tuple[Places, dict[str, str]]]


def _write_folder(folder: Path, target: Path, kind: str | None, share: float) -> _Written:
    """Write ``folder``'s documents (copied when ``kind`` is given) and bare gold files to ``target``."""
    govs = governments(folder)
    written: _Written = {}
    for path, gold_path in find_documents(folder):
        where = Places.of(govs.get(path.name, ""))
        gold = bare_units(load_gold(gold_path), where)
        (target / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
        try:
            copy = Copy(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:  # a binary or other-encoded page is written as it is
            shutil.copyfile(path, target / path.name)
            written[path.name] = (where, {})
            continue
        if kind:
            copy = perturb_text(copy.text, path.name, where, kind, share)
        (target / path.name).write_text(copy.text, encoding="utf-8")
        written[path.name] = (where, copy.adverts)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    """Print the extractor's scores on copies of a folder, beside its scores on the originals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of documents with gold files")
    parser.add_argument("--kind", choices=KINDS, default="both", help="what the copies change")
    parser.add_argument("--share", type=float, default=1.0, help="chance to change each occurrence")
    args = parser.parse_args(argv)

    from loaders.extract.registry import load_registry
    from loaders.pipeline import extract_file

    registry = load_registry()
    original, copied = score_copies(
        args.folder, lambda p: extract_file(p, registry).to_json_dict(), args.kind, args.share
    )
    print(render_table(original, copied, f"copies ({args.kind}, share {args.share})"))


def render_table(original: EvalReport, copied: EvalReport, label: str = "copies") -> str:
    """Return precision and recall per field on the originals and on the copies, as text."""
    lines = [
        f"{len(copied.documents)} documents; P / R per field (TP FP FN), originals then {label}",
        f"{'field':<16}{'originals':>28}{label:>36}",
    ]
    for name in LIST_FIELDS:
        cells = [
            f"{c.precision:.3f} / {c.recall:.3f} ({c.tp} {c.fp} {c.fn})"
            for c in (original.fields[name], copied.fields[name])
        ]
        lines.append(f"{name:<16}{cells[0]:>28}{cells[1]:>36}")
    for name in MEETING_FIELDS:
        a, b = original.meeting[name], copied.meeting[name]
        lines.append(f"{name:<16}{a.correct:>22}/{a.total:<5}{b.correct:>30}/{b.total:<5}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
