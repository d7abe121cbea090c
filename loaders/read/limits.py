"""Every limit the readers apply to one file, in one place.

A hostile or broken file must be refused quickly, naming the file and the limit it hit, instead
of taking gigabytes of memory or minutes of CPU: a 50 KB PDF of five million text objects took
3 GB and 12 s in PDFium, a 100 KB DOCX of a million paragraphs 24 s, a page of 200,000 nested
``<div>`` more than 90 s in the HTML parser alone (its cost grows with the square of the depth).

Minutes run to tens of kilobytes and a few thousand elements, so every limit is far above what
real minutes need; see ``docs/reliability.md`` for each attack, its limit and its test.
"""

from __future__ import annotations

# Bytes: PDF and DOCX files carry fonts and images, so the limit is loose. Characters: extracting
# and writing cost about 80 MB of memory per MB of minutes text (measured), so a million
# characters (about 3 MB of UTF-8, some 40,000 meetings' worth of facts) is the most one file holds.
MAX_FILE_MB = 32
MAX_TEXT_CHARS = 1_000_000

# PDF: PDFium parses a whole page's content before any of it can be counted, so the text layer is
# read in a child process whose memory and CPU are capped by the kernel (see ``sandbox.py``).
MAX_PDF_MEMORY_MB = 256  # data segment of the reading process, PDF bytes and Python included
MAX_PDF_CPU_SECONDS = 5  # per file; a page of minutes takes a millisecond
MAX_PDF_WALL_SECONDS = 60  # a stalled child is killed after this, whatever its CPU
MAX_PDF_PAGES = 2_000  # a million characters fill about 1,300 pages

# DOCX: a ZIP whose main part is unpacked into memory and parsed by lxml and python-docx.
MAX_DOCX_PARTS = 1_000  # Word writes 10-60 parts; a ZIP's directory costs memory per entry
MAX_DOCX_XML_MB = 64  # word/document.xml unpacked; about 30 bytes of XML per character of text
MAX_DOCX_TAGS = 1_000_000  # ``<`` in word/document.xml: bounds the elements lxml builds
MAX_DOCX_BLOCKS = 100_000  # paragraphs and table cells, each turned into text by Python

# HTML: the page is parsed by lexbor, then walked by our own code.
MAX_HTML_TAGS = 200_000  # tags in the page; portal pages hold 1,000-10,000
MAX_HTML_OPEN_TAGS = 1_024  # tags left open at once in the source, checked before parsing
MAX_HTML_DEPTH = 256  # elements nested in the parsed page; portal pages nest 20-40 deep
MAX_HTML_BODY_CHARS = 2 * MAX_TEXT_CHARS  # the whole page's text, boilerplate included
