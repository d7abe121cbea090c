"""Build the encoded and binary minutes of the ``a`` development set from UTF-8 sources.

The sources live in ``src_a/`` beside this script; the outputs are written to
``tests/data/minutes/`` and committed, so this script is run by hand only when a source changes:

    python tests/data/tools/make_a.py

It needs ``fpdf2`` and ``python-docx``, and a CJK TrueType font (Debian: ``fonts-wqy-zenhei``).
In a source meant for the PDF, ``<<PAGE>>`` forces a page break at that exact spot, so that the
text layer shows a sentence or a bureau name cut by the page foot.
"""

from __future__ import annotations

import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src_a"
OUT = HERE.parent / "minutes"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
PAGE_BREAK = "<<PAGE>>"


def read_source(name: str) -> str:
    """Return the UTF-8 text of one source file.

    Args:
        name: file name inside ``src_a/``.

    Returns:
        The text, with ``\\n`` line ends.

    Raises:
        FileNotFoundError: when the source is missing.
    """
    return (SOURCES / name).read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    """Split a source into its non-empty lines, one paragraph each.

    Args:
        text: the source text.

    Returns:
        The stripped, non-empty lines in order.

    >>> paragraphs("一、审议\\n\\n  会议指出。 \\n")
    ['一、审议', '会议指出。']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]


def page_pieces(paragraph: str) -> list[str]:
    """Split one paragraph at the forced page breaks.

    Args:
        paragraph: a paragraph that may hold ``<<PAGE>>`` markers.

    Returns:
        The pieces between markers; a new page starts before every piece but the first.

    >>> page_pieces("会议听取区商<<PAGE>>务局的汇报")
    ['会议听取区商', '务局的汇报']
    """
    return paragraph.split(PAGE_BREAK)


def write_text(source: str, target: str, encoding: str) -> None:
    """Write a source re-encoded (``utf-8-sig`` for a BOM, ``gbk``, ``big5`` …).

    Args:
        source: file name inside ``src_a/``.
        target: file name inside ``tests/data/minutes/``.
        encoding: a Python codec name; every character must encode in it.

    Raises:
        UnicodeEncodeError: when a character has no code in ``encoding``.
    """
    (OUT / target).write_bytes(read_source(source).encode(encoding))


def write_docx(source: str, target: str) -> None:
    """Write a DOCX with one Word paragraph per source line.

    Args:
        source: file name inside ``src_a/``.
        target: file name inside ``tests/data/minutes/``.
    """
    from docx import Document

    document = Document()
    for paragraph in paragraphs(read_source(source)):
        document.add_paragraph(paragraph)
    document.core_properties.author = ""
    document.save(str(OUT / target))
    freeze_zip(OUT / target)


def freeze_zip(path: Path) -> None:
    """Rewrite a zip container with fixed entry times, so re-running changes no bytes.

    Args:
        path: the zip-based file (DOCX) to rewrite in place.
    """
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, date_time=(2022, 10, 12, 0, 0, 0)), data)


def write_pdf(source: str, target: str) -> None:
    """Write an A4 PDF wrapped at page width, with ``— N —`` at the foot of each page.

    Args:
        source: file name inside ``src_a/``.
        target: file name inside ``tests/data/minutes/``.

    Raises:
        FileNotFoundError: when the CJK font is not installed.
    """
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-18)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_font("zenhei", fname=str(FONT), collection_font_number=0)
    pdf.set_font("zenhei", size=14)
    pdf.add_page()
    for paragraph in paragraphs(read_source(source)):
        pieces = page_pieces(paragraph)
        for index, piece in enumerate(pieces):
            if index:
                pdf.add_page()
            pdf.multi_cell(0, 9, piece, new_x="LMARGIN", new_y="NEXT")
    # a fixed date keeps the committed file byte-identical when the script is re-run
    pdf.set_creation_date(datetime(2024, 4, 19, tzinfo=UTC))
    pdf.output(str(OUT / target))


def main() -> int:
    """Build every encoded and binary file of the set; return the exit status."""
    write_text("a02_jiangning_numbered_bom.txt", "a02_jiangning_numbered_bom.txt", "utf-8-sig")
    write_text("a05_yanta_gbk_paragraph.txt", "a05_yanta_gbk_paragraph.txt", "gbk")
    write_text("a09_nanan_big5_traditional.txt", "a09_nanan_big5_traditional.txt", "big5")
    write_docx("a12_kaizhou_erjie_docx.txt", "a12_kaizhou_erjie_docx.docx")
    write_pdf("a13_yinzhou_pdf.txt", "a13_yinzhou_pdf.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
