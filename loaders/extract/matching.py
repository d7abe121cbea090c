"""Compare names the way the scorer does: canonical form, character overlap, one-to-one matching.

These are the pure text rules behind :mod:`loaders.eval.scoring`, kept apart from the extractor's own
normalisation on purpose: the scorer must not inherit a bug from the code it judges.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import cache

OVERLAP = Fraction(3, 5)
"""Least Dice coefficient for two strings to be :func:`similar` (exact: 0.6 itself passes)."""
MIN_CONTAINED = 2
"""Shortest string that counts as contained in another; one character names nothing."""

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One syllable in parentheses right after a character, as mirror sites insert it: lower-case
# letters, tone marks or a tone digit allowed. Upper-case acronyms such as (PPP) are real text.
_PINYIN = re.compile(rf"(?<=[{_CJK}])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{{1,6}}[1-5]?\)")
_SPACE = re.compile(r"\s+")


@cache
def _to_simplified() -> Callable[[str], str]:
    from opencc import OpenCC  # imported on first use: loading its dictionaries takes a moment

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


def canonical(text: object) -> str:
    """Return the form in which two names are compared.

    NFKC (full-width letters, digits and brackets become ASCII), every whitespace removed, pinyin
    inserted after characters removed, traditional characters converted to simplified.

    Args:
        text: a name, title or meeting field as written (a number is turned into text first);
            ``None`` gives ``""``.

    Returns:
        The canonical string.

    >>> canonical("區(qū)應急管理局")
    '区应急管理局'
    >>> canonical(" 各相关部门和街道（镇） ")
    '各相关部门和街道(镇)'
    >>> canonical(73)
    '73'
    """
    if text is None:
        return ""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", str(text)))
    return _to_simplified()(_PINYIN.sub("", text))


def _common(a: str, b: str) -> int:
    """The size of the multiset intersection of two strings' characters.

    >>> _common("甲乙乙丙", "乙乙乙丁")
    2
    """
    if len(a) > len(b):
        a, b = b, a
    counts: dict[str, int] = {}
    for char in b:
        counts[char] = counts.get(char, 0) + 1
    shared = 0
    for char in a:
        left = counts.get(char)
        if left:
            counts[char] = left - 1
            shared += 1
    return shared


def dice(a: str, b: str) -> float:
    """Return the character overlap of two strings: Dice over character multisets.

    ``2·|A∩B| / (|A|+|B|)`` where A and B are the multisets of characters of ``a`` and ``b``
    (order is ignored, a repeated character counts as often as it occurs in both).

    Args:
        a: a canonical string.
        b: another canonical string.

    Returns:
        The overlap, from 0.0 (no character shared, or both empty) to 1.0.

    >>> dice("招商引资工作", "招商引资")
    0.8
    >>> dice("甲乙丙丁", "甲乙戊")
    0.5714285714285714
    """
    total = len(a) + len(b)
    return 2 * _common(a, b) / total if total else 0.0


def overlaps(a: str, b: str) -> bool:
    """Return whether the :func:`dice` overlap of two strings reaches :data:`OVERLAP`, exactly.

    Args:
        a: a canonical string.
        b: another canonical string.

    Returns:
        Whether ``2·|A∩B| / (|A|+|B|)`` is at least 0.6; two empty strings never overlap.

    >>> overlaps("甲乙丙丁戊", "甲乙丙己庚"), overlaps("甲乙丙丁", "甲乙戊")
    (True, False)
    """
    # 2·common / total ≥ p/q, in integers (the Fraction is exact, and slow in a loop).
    total = (len(a) + len(b)) * OVERLAP.numerator
    if not total or 2 * min(len(a), len(b)) * OVERLAP.denominator < total:
        return False  # even if every character of the shorter were shared
    return 2 * _common(a, b) * OVERLAP.denominator >= total


def similar(a: str, b: str) -> bool:
    """Return whether two canonical strings name the same thing by the guide's fuzzy rule.

    True when :func:`overlaps` (Dice at least :data:`OVERLAP`, 0.6, compared exactly), or when one
    string contains the other and the shorter has at least :data:`MIN_CONTAINED` characters.
    Two empty strings are never similar.

    Args:
        a: a canonical string.
        b: another canonical string.

    Returns:
        Whether the two match.

    >>> similar("重点投资项目建设", "区政府重点投资项目建设推进情况")
    True
    >>> similar("甲乙丙丁戊", "甲乙丙己庚"), similar("甲乙丙丁", "甲乙戊")
    (True, False)
    """
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= MIN_CONTAINED and shorter in longer:
        return True
    return overlaps(a, b)


def max_matching[T](gold: Sequence[T], pred: Sequence[T], matches: Callable[[T, T], bool]) -> int:
    """Return the size of the largest one-to-one matching between gold and predicted items.

    Augmenting paths (Kuhn's algorithm): each gold and each predicted item is used at most once.

    Args:
        gold: the gold items.
        pred: the predicted items.
        matches: whether a gold item and a predicted item may be paired.

    Returns:
        The number of pairs, i.e. the true positives.

    >>> max_matching(["ab", "b"], ["b", "b", "c"], lambda g, p: p in g)
    2
    """
    edges = [[j for j, p in enumerate(pred) if matches(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(len(gold)))
