"""Copies of a document's text as copying sites make them: place names replaced by advertising,
common words swapped for synonyms (see :mod:`loaders.eval.copies`)."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

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
