"""PDF (text layer, via PDFium) and DOCX (paragraphs and table cells, via python-docx) readers."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import TYPE_CHECKING

from loaders.errors import UnreadableFileError
from loaders.read.limits import MAX_DOCX_BLOCKS, MAX_DOCX_PARTS, MAX_DOCX_TAGS, MAX_DOCX_XML_MB
from loaders.read.sandbox import pdf_pages

if TYPE_CHECKING:
    from docx.oxml.table import CT_Tbl
    from docx.oxml.xmlchemy import BaseOxmlElement

_EOF_MARKER = b"%%EOF"
_HAS_TEXT = re.compile(r"\w")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN, _HYPERLINK = f"{_W}r", f"{_W}hyperlink"
# The elements of a run that python-docx reads as text (breaks, hyphens, tabs and text).
_RUN_TEXT = tuple(f"{_W}{name}" for name in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))


def read_pdf(data: bytes, source: str) -> tuple[str, list[str]]:
    """Return the text layer of a PDF, pages separated by form feeds, and warnings.

    Args:
        data: The PDF's bytes.
        source: The file name, for messages.

    Returns:
        The raw text (to be normalised with ``from_pdf=True``) and warnings about pages
        without a text layer.

    Raises:
        UnreadableFileError: The PDF is truncated, corrupt, encrypted or holds only images, or
            reading it goes over a limit of :mod:`loaders.read.limits` (pages, memory, CPU).
    """
    if _EOF_MARKER not in data[-2048:]:
        raise UnreadableFileError(source, "truncated or corrupt PDF: it does not end with %%EOF")
    pages = pdf_pages(data, source)
    empty = [number for number, text in enumerate(pages, 1) if not _HAS_TEXT.search(text)]
    if len(empty) == len(pages):
        raise UnreadableFileError(source, "no text layer: the PDF holds only images; run OCR first")
    warnings = (
        [f"pages {', '.join(map(str, empty))} have no text layer (images only?)"] if empty else []
    )
    return "\f".join(pages), warnings


def read_docx(data: bytes, source: str) -> str:
    """Return the paragraphs and table cells of a DOCX, in document order, one per paragraph.

    Args:
        data: The DOCX's bytes (a ZIP archive).
        source: The file name, for messages.

    Returns:
        The text, paragraphs separated by blank lines.

    Raises:
        UnreadableFileError: The ZIP is not a Word document, it is damaged, or it is over a limit
            of :mod:`loaders.read.limits` (parts, unpacked size, tags, paragraphs).
    """
    check_zip_parts(data, source)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise UnreadableFileError(
                    source, "a ZIP archive without word/document.xml, not a .docx"
                )
            xml = _unpack(archive, "word/document.xml", source)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as error:
        raise UnreadableFileError(source, f"corrupt ZIP/DOCX file: {error}") from error
    return "\n\n".join(_docx_paragraphs(xml, source))


def check_zip_parts(data: bytes, source: str) -> None:
    """Refuse a ZIP whose directory lists more than :data:`MAX_DOCX_PARTS` parts, before reading it.

    Python's ``zipfile`` builds an object per entry of the directory, so a 32 MB ZIP of empty
    entries costs seconds and hundreds of megabytes; the count is in the ZIP's last record.

    Args:
        data: The ZIP's bytes.
        source: The file name, for the error message.

    Raises:
        UnreadableFileError: The ZIP lists too many parts (a ZIP64 count is always too many).

    >>> check_zip_parts(b"PK\\x05\\x06" + bytes(6) + (5000).to_bytes(2, "little") + bytes(8), "a.docx")
    Traceback (most recent call last):
    ...
    loaders.errors.UnreadableFileError: a.docx: 5,000 parts in the ZIP is over the limit of 1,000 for one DOCX; save the minutes again from Word
    """
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or len(data) < end + 12:
        return  # no end record: zipfile says the archive is corrupt
    count = int.from_bytes(data[end + 10 : end + 12], "little")
    if count > MAX_DOCX_PARTS:
        shown = "more than 65,534" if count == 0xFFFF else f"{count:,}"
        reason = f"{shown} parts in the ZIP is over the limit of {MAX_DOCX_PARTS:,} for one DOCX"
        raise UnreadableFileError(source, f"{reason}; save the minutes again from Word")


def _unpack(archive: zipfile.ZipFile, name: str, source: str) -> bytes:
    # The size in the directory may lie: the stream is cut one byte past the limit either way.
    limit = MAX_DOCX_XML_MB << 20
    declared = archive.getinfo(name).file_size
    with archive.open(name) as part:
        xml = part.read(limit + 1) if declared <= limit else b""
    if declared > limit or len(xml) > limit:
        size = max(declared, len(xml)) / (1 << 20)
        reason = (
            f"its text part unpacks to {size:,.1f} MB, over the {MAX_DOCX_XML_MB} MB limit for one "
            "DOCX; split it into one file per meeting, or save the text as .txt"
        )
        raise UnreadableFileError(source, reason)
    tags = xml.count(b"<")
    if tags > MAX_DOCX_TAGS:
        reason = (
            f"{tags:,} XML tags is over the limit of {MAX_DOCX_TAGS:,} for one DOCX; split it "
            "into one file per meeting, or save the text as .txt"
        )
        raise UnreadableFileError(source, reason)
    return xml


def _docx_paragraphs(xml: bytes, source: str) -> list[str]:
    # python-docx's paragraph class over the main document part only: opening the whole package
    # (styles, numbering, theme…) took ten times longer and adds no text.
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    try:
        body = parse_xml(xml).body
        _check_blocks(body, source)
        paragraphs: list[str] = []
        for block in body.iterchildren():
            if block.tag == qn("w:p"):
                paragraphs.append(_paragraph_text(block))
            elif block.tag == qn("w:tbl"):
                paragraphs += _cells(block)
        return paragraphs
    except UnreadableFileError:
        raise
    # python-docx and lxml raise many kinds of errors on damaged parts.
    except Exception as error:
        raise UnreadableFileError(source, f"corrupt DOCX: {error}") from error


def _check_blocks(body: BaseOxmlElement, source: str) -> None:
    # Two counts: libxml2 merges the node sets of a union (``|``) in quadratic time.
    count = int(body.xpath("count(.//w:p)") + body.xpath("count(.//w:tc)"))
    if count > MAX_DOCX_BLOCKS:
        reason = (
            f"{count:,} paragraphs and table cells is over the limit of {MAX_DOCX_BLOCKS:,} for "
            "one DOCX; split it into one file per meeting"
        )
        raise UnreadableFileError(source, reason)


def _cells(table: CT_Tbl) -> list[str]:
    # Each cell once, in reading order: a cell continuing a vertical merge holds no text of its
    # own (python-docx's rows repeat the merged cell once per grid column and row it spans,
    # and a hostile grid span of two billion made that loop run for hours).
    return [
        "\n".join(map(_paragraph_text, tc.p_lst))
        for row in table.tr_lst
        for tc in row.tc_lst
        if tc.vMerge != "continue"
    ]


def _paragraph_text(paragraph: BaseOxmlElement) -> str:
    # python-docx's CT_P.text, with the runs and links found among the children by tag: its
    # XPath queries, compiled again for every paragraph and run, took half the reading time.
    return "".join(
        _run_text(part) if part.tag == _RUN else "".join(map(_run_text, part.iterchildren(_RUN)))
        for part in paragraph.iterchildren(_RUN, _HYPERLINK)
    )


def _run_text(run: BaseOxmlElement) -> str:
    # Each element's text as python-docx's element classes give it (a line break is "\n").
    return "".join(map(str, run.iterchildren(*_RUN_TEXT)))
