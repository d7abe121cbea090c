"""The minutes text behind a meeting page, cut into segments with the source sentences marked.

The graph keeps each fact's sentence, its offsets and the file it was read from, not the whole
text. The page reads the file again when it is still where it was loaded from and its bytes still
have the content hash the graph recorded, so the text shown is exactly the text the offsets point
into. Otherwise (an upload, a moved or edited file) the page shows the sentences alone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import BaseModel, Field

from graph_service.graph_models import Edge, Node
from loaders.errors import MinutesKGError
from loaders.read.readers import read_document

GAP = "……"


class Segment(BaseModel):
    """A run of the minutes text; ``key`` names the sentence when the run is one to mark."""

    text: str
    key: str | None = None


class MinutesText(BaseModel):
    """The minutes text (or the sentences alone) with the facts' sentences marked."""

    full: bool = Field(description="the whole text was found; otherwise only the sentences")
    source: str | None = Field(None, description="the file name the text was read from")
    segments: list[Segment] = Field(default_factory=list)
    note: str | None = Field(None, description="why the whole text is not shown")


def sentence_key(sentence: str) -> str:
    """Return the anchor naming a sentence on a page (the same sentence, the same anchor).

    >>> sentence_key("会议听取了区体育局的汇报。") == sentence_key("会议听取了区体育局的汇报。")
    True
    >>> sentence_key("甲").startswith("s-")
    True
    """
    return "s-" + hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12]


def mark_sentences(text: str, sentences: list[str]) -> list[Segment]:
    """Cut ``text`` into segments, marking the first place each sentence occurs.

    A sentence overlapping one marked before it is not marked again: marks never nest.

    Args:
        text: the minutes text.
        sentences: the sentences to mark; repeats and empty ones are ignored.

    Returns:
        The segments, in text order; joined they give ``text`` back.

    >>> [(s.text, bool(s.key)) for s in mark_sentences("甲。乙。丙。", ["乙。"])]
    [('甲。', False), ('乙。', True), ('丙。', False)]
    """
    found = sorted({(text.find(s), s) for s in set(sentences) if s and s in text})
    segments, at = [], 0
    for start, sentence in found:
        if start < at:
            continue
        if start > at:
            segments.append(Segment(text=text[at:start]))
        segments.append(Segment(text=sentence, key=sentence_key(sentence)))
        at = start + len(sentence)
    if at < len(text):
        segments.append(Segment(text=text[at:]))
    return segments


def excerpts(sentences: list[str]) -> list[Segment]:
    """Return the sentences alone, each marked, separated by an ellipsis.

    >>> [s.text for s in excerpts(["甲。", "乙。", "甲。"])]
    ['甲。', '\\n……\\n', '乙。']
    """
    distinct = list(dict.fromkeys(s for s in sentences if s))
    segments: list[Segment] = []
    for sentence in distinct:
        if segments:
            segments.append(Segment(text=f"\n{GAP}\n"))
        segments.append(Segment(text=sentence, key=sentence_key(sentence)))
    return segments


def _read_same(path: str | None, doc: str) -> str | None:
    """Return the text of the file at ``path`` if its bytes still hash to ``doc``."""
    if not path or not Path(path).is_absolute() or not Path(path).is_file():
        return None
    try:
        document = read_document(path)
    except MinutesKGError:
        return None
    return document.text if document.doc == doc else None


def minutes_text(meeting: Node, edges: list[Edge], sentences: list[str]) -> MinutesText:
    """Return the text of the meeting's minutes with ``sentences`` marked, or the sentences alone.

    Args:
        meeting: the meeting node; its ``docs`` are the content hashes of its minutes.
        edges: edges of the meeting, whose ``file`` and ``doc`` say where each document was read.
        sentences: the sentences to mark.

    Returns:
        The whole text of the first document still readable unchanged, else the sentences.
    """
    files = {edge.props.get("doc"): edge.props.get("file") for edge in edges}
    for doc in meeting.docs:
        file = files.get(doc)
        text = _read_same(file, doc)
        if text is not None and file:
            name = Path(file).name
            return MinutesText(full=True, source=name, segments=mark_sentences(text, sentences))
    note = "原文件已不在载入时的位置或已被修改（或为上传文件），此处只显示事实所在的句子。"
    return MinutesText(full=False, segments=excerpts(sentences), note=note)
