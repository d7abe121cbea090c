"""PDF (text layer, via PDFium) and DOCX (paragraphs and table cells, via python-docx) readers."""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from loaders.errors import UnreadableFileError

if TYPE_CHECKING:
    from docx.table import Table

_EOF_MARKER = b"%%EOF"
_HAS_TEXT = re.compile(r"\w")


def read_pdf(data: bytes, source: str) -> tuple[str, list[str]]:
    """Return the text layer of a PDF, pages separated by form feeds, and warnings.

    Args:
        data: The PDF's bytes.
        source: The file name, for messages.

    Returns:
        The raw text (to be normalised with ``from_pdf=True``) and warnings about pages
        without a text layer.

    Raises:
        UnreadableFileError: The PDF is truncated, corrupt, encrypted or holds only images.
    """
    if _EOF_MARKER not in data[-2048:]:
        raise UnreadableFileError(source, "truncated or corrupt PDF: it does not end with %%EOF")
    pages = _pdf_pages(data, source)
    empty = [number for number, text in enumerate(pages, 1) if not _HAS_TEXT.search(text)]
    if len(empty) == len(pages):
        raise UnreadableFileError(source, "no text layer: the PDF holds only images; run OCR first")
    warnings = (
        [f"pages {', '.join(map(str, empty))} have no text layer (images only?)"] if empty else []
    )
    return "\f".join(pages), warnings


def _pdf_pages(data: bytes, source: str) -> list[str]:
    # PDFium (C++) reads a page of minutes five times faster than the pure-Python readers and
    # maps CJK fonts to Unicode as well; imported here so that text files do not pay for it.
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = (
            "encrypted PDF: remove its password first"
            if "password" in str(error).lower()
            else f"corrupt PDF: {error}"
        )
        raise UnreadableFileError(source, reason) from error
    try:
        return [_page_text(document, index) for index in range(len(document))]
    finally:
        document.close()


def _page_text(document, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
    finally:
        page.close()


def read_docx(data: bytes, source: str) -> str:
    """Return the paragraphs and table cells of a DOCX, in document order, one per paragraph.

    Args:
        data: The DOCX's bytes (a ZIP archive).
        source: The file name, for messages.

    Returns:
        The text, paragraphs separated by blank lines.

    Raises:
        UnreadableFileError: The ZIP is not a Word document, or it is damaged.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise UnreadableFileError(
                    source, "a ZIP archive without word/document.xml, not a .docx"
                )
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableFileError(source, f"corrupt ZIP/DOCX file: {error}") from error
    return "\n\n".join(_docx_paragraphs(xml, source))


def _docx_paragraphs(xml: bytes, source: str) -> list[str]:
    # python-docx's paragraph and table classes over the main document part only: opening the
    # whole package (styles, numbering, theme…) took ten times longer and adds no text.
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        paragraphs: list[str] = []
        for block in parse_xml(xml).body.iterchildren():
            if block.tag == qn("w:p"):
                paragraphs.append(Paragraph(block, None).text)
            elif block.tag == qn("w:tbl"):
                paragraphs += _cells(Table(block, None))
        return paragraphs
    # python-docx and lxml raise many kinds of errors on damaged parts.
    except Exception as error:
        raise UnreadableFileError(source, f"corrupt DOCX: {error}") from error


def _cells(table: Table) -> list[str]:
    texts, seen = [], set()
    for row in table.rows:
        for cell in row.cells:
            # A merged cell is returned once for every grid column it spans; the set keeps its
            # XML element alive, so identity is a safe test.
            if cell._tc not in seen:
                seen.add(cell._tc)
                texts.append(cell.text)
    return texts
