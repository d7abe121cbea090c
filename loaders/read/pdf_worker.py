"""Child process that reads the text layer of PDFs under kernel memory and CPU limits.

Run as a script by :mod:`loaders.read.sandbox`; it imports only the standard library and
pypdfium2, so it starts wherever the parent's interpreter runs. Each request on stdin is a header
(``>QIIII``: PDF size, memory MB, CPU seconds, page limit, character limit) and the PDF's bytes;
each answer on stdout is an 8-byte length and a JSON object: ``{"pages": [...]}`` or
``{"error": kind, ...}``. A file that needs more memory or CPU than allowed kills this process
(PDFium aborts when an allocation fails; the kernel sends SIGXCPU), never the parent.
"""

from __future__ import annotations

import json
import math
import resource
import struct
import sys
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    import pypdfium2

HEADER = struct.Struct(">QIIII")
ANSWER = struct.Struct(">Q")


class Answer(TypedDict, total=False):
    """One answer: ``pages``, or ``error`` with its ``detail`` or ``count``."""

    pages: list[str]
    error: str
    detail: str
    count: int


def main() -> None:
    """Answer requests until stdin closes."""
    # A killed reader must not write a core file of hundreds of megabytes.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    import pypdfium2  # noqa: F401  (imported before the first limit: it is the same for every file)

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while len(header := stdin.read(HEADER.size)) == HEADER.size:
        size, memory_mb, seconds, max_pages, max_chars = HEADER.unpack(header)
        data = stdin.read(size)
        _limit(memory_mb, seconds)
        try:
            answer = read_pages(data, max_pages, max_chars)
        except MemoryError:
            answer = Answer(error="memory")
        body = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        stdout.write(ANSWER.pack(len(body)) + body)
        stdout.flush()


def read_pages(data: bytes, max_pages: int, max_chars: int) -> Answer:
    """Return ``{"pages": [text, ...]}`` or ``{"error": kind, ...}`` for one PDF.

    Args:
        data: The PDF's bytes.
        max_pages: Refuse a PDF with more pages than this before reading any page.
        max_chars: Stop reading once the pages read so far hold more characters than this.

    Returns:
        The pages' text, or an error: ``password``, ``corrupt`` (with ``detail``), ``pages`` or
        ``chars`` (with ``count``).
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        kind = "password" if "password" in str(error).lower() else "corrupt"
        return Answer(error=kind, detail=str(error))
    try:
        if len(document) > max_pages:
            return Answer(error="pages", count=len(document))
        pages: list[str] = []
        chars = 0
        for index in range(len(document)):
            pages.append(_page_text(document, index))
            chars += len(pages[-1])
            if chars > max_chars:
                return Answer(error="chars", count=chars)
        return Answer(pages=pages)
    finally:
        document.close()


def _page_text(document: pypdfium2.PdfDocument, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_range()
            return text.replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
    finally:
        page.close()


def _limit(memory_mb: int, seconds: int) -> None:
    # Soft limits only, so that the next file may get its own: the CPU limit counts from now.
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    resource.setrlimit(resource.RLIMIT_DATA, (memory_mb << 20, hard))
    used = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(
        resource.RLIMIT_CPU, (math.ceil(used.ru_utime + used.ru_stime + seconds), hard)
    )


if __name__ == "__main__":
    main()
