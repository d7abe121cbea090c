"""Short place names that are common words too (东方, 保定, 兴化): not read as a government.

jieba's dictionary tells which short names are common words, but reading its 350,000 lines took a
quarter of a second in every process that extracted a page. The answer for the bundled division
names is shipped in ``loaders/data/common_place_words.txt``, one word a line: the sorted words of
``jieba_common_words(set(places.divisions_by_short()))``. A test checks it against jieba's
dictionary; when either changes, write it again from that call.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

# Parts of speech of words that are no names (合作 vn, 宏伟 a, 前进 v, 高新 d), and how often a
# name may be used in running text before it reads as a common word (和平, 胜利, 文明).
_WORD_TAGS = frozenset(("v", "vn", "vd", "a", "ad", "an", "d", "s", "b", "m", "q", "t", "f"))
_COMMON = 3000
FILE_NAME = "common_place_words.txt"


@cache
def common_words() -> frozenset[str]:
    """The short names of divisions that are common words, as shipped with the package."""
    shipped = resources.files("loaders") / "data" / FILE_NAME
    return frozenset(shipped.read_text(encoding="utf-8").split())


def jieba_common_words(shorts: set[str]) -> frozenset[str]:
    """The words of ``shorts`` that jieba's dictionary (shipped inside its package) knows as
    common words rather than as places."""
    import jieba  # only to write the shipped list again: importing it costs 50 ms

    path = Path(jieba.__file__).with_name("dict.txt")
    common = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            # Split only the lines of the names (a few thousand of its 350,000): half the time.
            if line[: line.find(" ")] in shorts:
                word, frequency, tag = line.split()
                if tag in _WORD_TAGS or int(frequency) > _COMMON:
                    common.add(word)
    return frozenset(common)
