"""Where a word occurs in a text, found without compiling a pattern for the word.

A pattern made of a name (``re.escape(place)``) is compiled again for every new name: with the
governments and units of a corpus that is a compile per document, slower than the search itself.
"""

from __future__ import annotations

from collections.abc import Iterator


def occurrences(text: str, word: str) -> Iterator[int]:
    """Yield where ``word`` occurs in ``text``, each occurrence after the last one's end.

    The positions ``re.finditer(re.escape(word), text)`` matches at (an empty word: every one).

    >>> list(occurrences("长宁区长宁区长宁", "长宁区")), list(occurrences("甲乙", ""))
    ([0, 3], [0, 1, 2])
    """
    step = len(word) or 1
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + step)
