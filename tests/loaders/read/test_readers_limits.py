"""Hostile files are refused quickly, naming the file and the limit; normal files still read.

Every hostile file is built here, in ``tmp_path``. Each is read in a fresh Python process that
reports its CPU time (its own and its PDF reader's) and its peak extra memory (resident set,
its own growth or its PDF reader's whole peak), so one test's cost cannot hide in another's.
Before the limits: the PDF took 3 GB and 12 s, the DOCX of a million paragraphs 24 s and 571 MB,
20,000 nested ``<div>`` 48 s and 200,000 more than 90 s in the parser alone.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from loaders.errors import UnreadableFileError
from loaders.read import limits
from loaders.read.readers import read_bytes, read_document

ROOT = Path(__file__).resolve().parents[3]
MINUTES = ROOT / "tests" / "data" / "minutes"
CPU_SECONDS = 5.0
PEAK_MB = 300
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PROBE = """
import json, resource, sys, time
from loaders.errors import UnreadableFileError
from loaders.read import readers, sandbox
for name, value in json.loads(sys.argv[2]).items():
    setattr(sandbox, name, value)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.process_time()
try:
    readers.read_document(sys.argv[1])
    error = None
except UnreadableFileError as exc:
    error = str(exc)
sandbox._stop_idle()
own, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
cpu = time.process_time() - started + kids.ru_utime + kids.ru_stime
peak = max(own.ru_maxrss - before, kids.ru_maxrss) / 1024
print(json.dumps({"error": error, "cpu": cpu, "peak_mb": peak}))
"""


def probe(path: Path, **overrides: int) -> dict:
    """Read ``path`` in a fresh process; return its error, CPU seconds and peak extra MB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _PROBE, str(path), json.dumps(overrides)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def assert_refused_cheaply(path: Path, *words: str, **overrides: int) -> dict:
    result = probe(path, **overrides)
    assert result["error"] is not None, "the file was read"
    assert result["error"].startswith(f"{path}: "), result["error"]
    for word in words:
        assert word in result["error"], result["error"]
    assert (result["cpu"] < CPU_SECONDS, result["peak_mb"] < PEAK_MB) == (True, True), result
    return result


def pdf(content: bytes, pages: int = 1, xobjects: dict[str, bytes] | None = None) -> bytes:
    """A PDF whose pages all draw one Flate-compressed content stream, written by hand."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + i) for i in range(pages)), pages),
        _stream(content),
    ]
    names = list(xobjects or {})
    forms = b" ".join(b"/%s %d 0 R" % (n.encode(), 4 + pages + i) for i, n in enumerate(names))
    resources = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
    resources += b"/XObject << %s >> >>" % forms
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents 3 0 R >>"
    objects += [page % resources] * pages
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s " % resources
    objects += [_stream(xobjects[name], form) for name in names]
    return _pdf_file(objects)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(content, 9)
    head = b"<< %s/Filter /FlateDecode /Length %d >>\nstream\n" % (extra, len(packed))
    return head + packed + b"\nendstream"


def _pdf_file(objects: list[bytes]) -> bytes:
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx(body: bytes, parts: int = 0) -> bytes:
    """A DOCX holding ``body`` in word/document.xml, and ``parts`` empty parts besides."""
    xml = b'<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (_W.encode(), body)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
        for number in range(parts):
            archive.writestr(f"p{number}", b"")
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.faults
def test_read_pdf_of_millions_of_text_objects_is_refused_at_the_memory_limit(tmp_path):
    # 50 KB that PDFium turned into 3 GB and 12 s of CPU before.
    path = write(tmp_path, "objects.pdf", pdf(b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * 5_000_000))
    assert len(path.read_bytes()) < 60_000
    assert_refused_cheaply(path, f"{limits.MAX_PDF_MEMORY_MB} MB of memory", "save its text")


@pytest.mark.faults
def test_read_pdf_that_runs_past_the_cpu_limit_is_stopped(tmp_path):
    # 2 KB: three levels of forms each drawing the next 20 times, 20,000 operators at the
    # bottom; PDFium spent 7.8 s and 52 MB on it, and each level more multiplies that by 20.
    forms = {f"X{level}": b"/X%d Do " % (level + 1) * 20 for level in range(3)}
    forms["X3"] = b"q Q " * 20_000
    path = write(tmp_path, "forms.pdf", pdf(b"/X0 Do", xobjects=forms))
    assert_refused_cheaply(path, "more than the 1 s of CPU allowed", MAX_PDF_CPU_SECONDS=1)


def test_read_pdf_over_the_page_limit_is_refused_before_a_page_is_read(tmp_path):
    path = write(tmp_path, "pages.pdf", pdf(b"BT /F1 12 Tf (a) Tj ET", pages=2_500))
    with pytest.raises(UnreadableFileError, match="2,500 pages is over the limit of 2,000"):
        read_document(path)


def test_read_pdf_reuses_its_reading_process(tmp_path):
    from loaders.read import sandbox

    files = sorted(MINUTES.glob("*.pdf"))
    started = time.perf_counter()
    for path in files * 5:
        read_document(path)
    assert (len(sandbox._idle), time.perf_counter() - started < 0.1 * len(files) * 5) == (1, True)


@pytest.mark.faults
def test_read_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = write(tmp_path, "bomb.docx", docx(b"<w:p><w:r><w:t>" + b"a" * 200_000_000 + b"</w:t>"))
    assert_refused_cheaply(path, "unpacks to 190.7 MB", f"{limits.MAX_DOCX_XML_MB} MB limit")


@pytest.mark.faults
def test_read_docx_lying_about_its_unpacked_size_is_refused(tmp_path):
    data = bytearray(docx(b"<w:p><w:r><w:t>" + b"a" * 200_000_000 + b"</w:t></w:r></w:p>"))
    central = data.rfind(b"PK\x01\x02")  # the last entry is word/document.xml
    struct.pack_into("<I", data, central + 24, 1_000)
    local = data.rfind(b"PK\x03\x04", 0, central)
    struct.pack_into("<I", data, local + 22, 1_000)
    assert_refused_cheaply(write(tmp_path, "liar.docx", bytes(data)), "corrupt ZIP/DOCX")


@pytest.mark.faults
def test_read_docx_of_a_million_paragraphs_is_refused_at_the_tag_limit(tmp_path):
    # 100 KB that took 24 s of CPU and 571 MB before.
    path = write(tmp_path, "paras.docx", docx(b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 1_000_000))
    assert len(path.read_bytes()) < 120_000
    assert_refused_cheaply(path, f"over the limit of {limits.MAX_DOCX_TAGS:,}", "XML tags")


@pytest.mark.faults
def test_read_docx_of_many_empty_cells_is_refused_at_the_block_limit(tmp_path):
    row = b"<w:tr>" + b"<w:tc><w:p/></w:tc>" * 1_000 + b"</w:tr>"
    path = write(tmp_path, "cells.docx", docx(b"<w:tbl>" + row * 300 + b"</w:tbl>"))
    assert_refused_cheaply(path, "600,000 paragraphs and table cells", "100,000")


def test_read_docx_cell_spanning_two_billion_columns_is_read_once(tmp_path):
    span = b'<w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr>'
    cell = b"<w:tc>" + span + b"<w:p><w:r><w:t>\xe4\xbc\x9a\xe8\xae\xae</w:t></w:r></w:p></w:tc>"
    path = write(tmp_path, "span.docx", docx(b"<w:tbl><w:tr>" + cell + b"</w:tr></w:tbl>"))
    started = time.process_time()
    assert (read_document(path).text, time.process_time() - started < 1) == ("会议", True)


@pytest.mark.faults
def test_read_docx_of_tens_of_thousands_of_parts_is_refused_before_opening(tmp_path):
    path = write(tmp_path, "parts.docx", docx(b"<w:p/>", parts=20_000))
    assert_refused_cheaply(path, "20,002 parts in the ZIP", f"{limits.MAX_DOCX_PARTS:,}")


def test_read_docx_zip64_directory_is_refused_before_opening():
    end = b"PK\x05\x06" + bytes(6) + b"\xff\xff" + bytes(10)
    with pytest.raises(UnreadableFileError, match="more than 65,534 parts in the ZIP"):
        read_bytes(b"PK\x03\x04" + bytes(100) + end, "zip64.docx")


@pytest.mark.faults
@pytest.mark.parametrize("depth", [20_000, 200_000])
def test_read_html_nested_deep_is_refused_before_parsing(tmp_path, depth):
    # 48 s and more than 2 minutes before.
    page = "<html><body>" + "<div>" * depth + "会议听取汇报。" + "</div>" * depth
    assert_refused_cheaply(write(tmp_path, "deep.html", page), "nested more than 1,024 deep")


@pytest.mark.parametrize(
    "pattern",
    ["<b><div></b>", "<span><div></span>", "<div></x>", "<div/>", "<svg><g/>", "<li><ul>"],
)
def test_read_html_misnested_tags_that_parse_deep_are_refused(tmp_path, pattern):
    page = "<html><body><p>会议听取汇报。</p>" + pattern * 5_000
    with pytest.raises(UnreadableFileError, match="nested more than"):
        read_document(write(tmp_path, "misnested.html", page))


def test_read_html_nested_past_the_parsed_depth_limit_is_refused(tmp_path):
    page = "<html><body>" + "<div>" * 400 + "会议听取汇报。"
    with pytest.raises(UnreadableFileError, match="nested more than 256 deep"):
        read_document(write(tmp_path, "deep.html", page))


def test_read_html_nested_just_past_the_parsed_depth_limit_is_refused(tmp_path):
    # <html>, <body> and 255 <div>: the innermost is the 257th element down.
    page = "<html><body>" + "<div>" * 255 + "会议听取汇报。"
    with pytest.raises(UnreadableFileError, match="nested more than 256 deep"):
        read_document(write(tmp_path, "deep.html", page))


def test_read_html_nested_to_the_parsed_depth_limit_is_read(tmp_path):
    page = "<html><body>" + "<div>" * 254 + "会议听取汇报。"
    assert read_document(write(tmp_path, "deep.html", page)).text == "会议听取汇报。"


@pytest.mark.faults
def test_read_html_of_too_many_tags_is_refused(tmp_path):
    page = "<html><body>" + "<span>会</span>" * 150_000
    assert_refused_cheaply(write(tmp_path, "tags.html", page), "200,000 tags")


@pytest.mark.faults
def test_read_html_of_too_much_text_is_refused(tmp_path):
    page = "<html><body><p>" + "会议听取汇报。" * 400_000 + "</p>"
    assert_refused_cheaply(write(tmp_path, "long.html", page), "2,800,000 characters")


@pytest.mark.faults
def test_read_html_within_every_limit_is_read_in_bounded_time(tmp_path):
    # Just inside the limits, the shape that cost most: deep, every element named like
    # boilerplate or holding links, and nearly two million characters in the deepest element.
    nest = '<div class="c">' * 250
    links = '<a href="x">链接</a><div class="nav">导航</div>' * 30_000
    page = f"<html><body>{nest}{links}{'会议听取汇报。' * 200_000}{'</div>' * 250}"
    result = probe(write(tmp_path, "wide.html", page))
    assert (result["cpu"] < CPU_SECONDS, result["peak_mb"] < PEAK_MB) == (True, True), result


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf", ".docx"])
def test_read_minutes_of_every_format_are_within_every_limit(suffix):
    files = sorted(MINUTES.glob(f"*{suffix}"))
    documents = [read_document(path) for path in files]
    assert files and all(len(document.text) > 100 for document in documents)
