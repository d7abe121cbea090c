"""A plain baseline extractor, to show how far ahead of a dictionary and a regex the real one is.

Bureaus are the words jieba tags as organisations (``nt``), plans are every 《…》 span, and every
other field is empty. It knows nothing about minutes: no agenda items, no reporters, no directives.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Protocol

from loaders.models import Bureau, Extraction, Plan

_PLAN = re.compile(r"《([^《》]+)》")


class _Tagged(Protocol):
    """A word with its part of speech, as jieba's tagger yields it."""

    word: str
    flag: str


@cache
def _pos_tagger() -> Callable[[str], Iterable[_Tagged]]:
    import jieba  # imported on first use: building its prefix dictionary takes about a second
    import jieba.posseg

    # jieba announces every dictionary load on stderr; a baseline run must not spam the terminal.
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    cut: Callable[[str], Iterable[_Tagged]] = jieba.posseg.cut
    return cut


def organisations(text: str) -> list[str]:
    """Return the words jieba tags ``nt`` (organisation), each once, in order of appearance.

    jieba's dictionary ships inside the package, so nothing is downloaded.

    Args:
        text: simplified Chinese text.

    Returns:
        The organisation names found.

    >>> organisations("会议听取了区民政局的汇报，民政局要抓好落实。")
    ['民政局']
    """
    return list(dict.fromkeys(pair.word for pair in _pos_tagger()(text) if pair.flag == "nt"))


def plan_titles(text: str) -> list[str]:
    """Return the text of every 《…》 span, each once, in order of appearance.

    Args:
        text: the document text.

    Returns:
        The titles, without the brackets.

    >>> plan_titles("审议《甲方案（送审稿）》和《乙办法》，再议《甲方案（送审稿）》。")
    ['甲方案（送审稿）', '乙办法']
    """
    return list(dict.fromkeys(title for span in _PLAN.findall(text) if (title := span.strip())))


def extract_text(text: str) -> dict[str, object]:
    """Extract bureaus and plans from a text; every other field stays empty.

    Args:
        text: the document text (simplified characters tag best).

    Returns:
        A gold-shaped dict, as :meth:`loaders.models.Extraction.to_json_dict` gives.

    >>> out = extract_text("会议审议《安全生产工作方案》。")
    >>> out["plans"], out["reported"], out["meeting"]
    ([{'title': '安全生产工作方案'}], [], {})
    """
    extraction = Extraction(
        bureaus=[Bureau(name=name) for name in organisations(text)],
        plans=[Plan(title=title) for title in plan_titles(text)],
    )
    return extraction.to_json_dict()


def extract_file(path: str | os.PathLike[str]) -> dict[str, object]:
    """Read a document with :func:`loaders.read.readers.read_document` and run :func:`extract_text`.

    The simplified twin of the text is tagged, since jieba's dictionary is simplified.

    Args:
        path: a minutes file (txt, html, pdf or docx).

    Returns:
        A gold-shaped dict.

    Raises:
        loaders.errors.UnreadableFileError: the file could not be read as text.
    """
    from loaders.read.readers import read_document  # the reader stack is only needed for files

    return extract_text(read_document(path).simplified)
