"""Readers: a file (or uploaded bytes) in, a normalised :class:`~loaders.models.Document` out.

The format is told by the bytes, never by the file name: ``%PDF`` is a PDF, a ZIP holding
``word/document.xml`` is a DOCX, markup is HTML, and anything else must decode as text.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import BinaryIO, Literal

from loaders.errors import UnreadableFileError
from loaders.models import Document
from loaders.read.html import read_html
from loaders.read.limits import MAX_FILE_MB, MAX_TEXT_CHARS
from loaders.read.normalize import normalize, to_simplified
from loaders.read.office import read_docx, read_pdf
from loaders.read.text import SAMPLE_SIZE, decode_sample, looks_binary

Format = Literal["text", "html", "pdf", "docx"]

_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not a document; run OCR on it first"),
    (b"\xff\xd8\xff", "a JPEG image, not a document; run OCR on it first"),
    (b"GIF8", "a GIF image, not a document"),
    (b"II*\x00", "a TIFF image, not a document; run OCR on it first"),
    (b"MM\x00*", "a TIFF image, not a document; run OCR on it first"),
    (b"BM", "a BMP image, not a document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word .doc (OLE) file; save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"\x7fELF", "a program, not a document"),
    (b"MZ", "a program, not a document"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(?:html|head|body|div|p|br|table|span|meta|title)\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.I)
_READABLE = re.compile(r"\w")
_CHUNK = 1 << 20
_MEGABYTE = 1 << 20


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a minutes file of any supported format into a normalised :class:`Document`.

    A text file is read once when it fits in the encoding sample (256 KB); a larger one is hashed
    and decoded in a streaming way, so it is never held in memory as bytes and text at once for
    long.

    Args:
        path: The file: plain text (UTF-8, GB18030/GBK, Big5), HTML, PDF or DOCX.

    Returns:
        The document: its text normalised, its simplified twin, its format and encoding.

    Raises:
        UnreadableFileError: The file is missing, empty, too large, binary, image-only, corrupt or
            not text.
    """
    # A path given as a Path keeps its text, worked out once: a copy would work it out again.
    path = path if isinstance(path, Path) else Path(path)
    source = str(path)
    try:
        with open(path, "rb") as file:
            check_size(os.fstat(file.fileno()).st_size, source)
            head = file.read(SAMPLE_SIZE)
            kind = sniff_format(head, source)
            data, digest, whole = _rest(file, head, keep=kind != "text")
        if kind != "text":
            return _read(data, source, kind, digest)
        codec, sample = _text_codec(head, source)
        # Most minutes fit in the sample: they are not read a second time.
        text, warnings = _decode(head, codec, sample) if whole else _decode_file(path, codec)
    except OSError as error:
        raise UnreadableFileError(source, f"cannot read the file: {error.strerror}") from error
    return _document(source, digest, "text", text, codec, warnings)


def _rest(file: BinaryIO, head: bytes, *, keep: bool) -> tuple[bytes, str, bool]:
    """Read the file past ``head``: the bytes kept, their hash and whether they are all of it.

    A document to parse is kept whole (``keep``), read once; a text's rest is only hashed as it
    streams past, then decoded from the file again: never held as bytes and text at once.
    """
    if keep:
        data = head + file.read()
        return data, hashlib.sha256(data).hexdigest(), True
    digest, whole = hashlib.sha256(head), True
    while chunk := file.read(_CHUNK):
        digest.update(chunk)
        whole = False
    return head, digest.hexdigest(), whole


def read_bytes(data: bytes, source: str) -> Document:
    """Read uploaded bytes into a normalised :class:`Document`.

    Args:
        data: The raw bytes of the file.
        source: The name to record (and to name in errors), usually the upload's file name.

    Returns:
        The document, as :func:`read_document` would return it for a file with these bytes.

    Raises:
        UnreadableFileError: The bytes are empty, too large, binary, image-only, corrupt or not text.

    >>> doc = read_bytes("会议听取区应急局的汇报。".encode("gbk"), "upload.txt")
    >>> doc.format, doc.encoding, doc.text
    ('text', 'gb18030', '会议听取区应急局的汇报。')
    """
    check_size(len(data), source)
    digest = hashlib.sha256(data).hexdigest()
    return _read(data, source, sniff_format(data[:SAMPLE_SIZE], source), digest)


def check_size(size: int, source: str) -> None:
    """Refuse a file over :data:`MAX_FILE_MB` before any of it is read.

    Args:
        size: The file's size in bytes.
        source: The file name, for the error message.

    Raises:
        UnreadableFileError: The file is over the limit; the message gives its size and the limit.

    >>> check_size(100 * 2**20, "big.txt")
    Traceback (most recent call last):
    ...
    loaders.errors.UnreadableFileError: big.txt: 100.0 MB is over the 32 MB limit for one minutes file; split it into one file per meeting
    """
    if size > MAX_FILE_MB * _MEGABYTE:
        reason = (
            f"{size / _MEGABYTE:.1f} MB is over the {MAX_FILE_MB} MB limit for one minutes file; "
            "split it into one file per meeting"
        )
        raise UnreadableFileError(source, reason)


def sniff_format(head: bytes, source: str) -> Format:
    """Tell a file's format from its first bytes.

    Args:
        head: The first bytes of the file (up to :data:`~loaders.read.text.SAMPLE_SIZE`).
        source: The file name, for error messages.

    Returns:
        ``pdf``, ``docx`` (any ZIP; checked when read), ``html`` or ``text``.

    Raises:
        UnreadableFileError: The file is empty or a known binary format that holds no text.

    >>> sniff_format(b"%PDF-1.7", "a"), sniff_format(b"<!DOCTYPE html><p>x</p>", "a")
    ('pdf', 'html')
    """
    if not head.strip():
        raise UnreadableFileError(source, "the file is empty")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    for magic, reason in _BINARY_MAGIC:
        if head.startswith(magic):
            raise UnreadableFileError(source, reason)
    if _HTML_START.search(head[:4096].lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "html" if len(_HTML_TAG.findall(head[:4096])) >= 3 else "text"


def _read(data: bytes, source: str, kind: Format, digest: str) -> Document:
    if kind == "pdf":
        text, warnings = read_pdf(data, source)
        return _document(source, digest, kind, text, None, warnings)
    if kind == "docx":
        return _document(source, digest, kind, read_docx(data, source), None, [])
    declared = _META_CHARSET.search(data[:4096]) if kind == "html" else None
    codec, sample = _text_codec(data[:SAMPLE_SIZE], source, declared and declared.group(1).decode())
    text, warnings = _decode(data, codec, sample if len(data) <= SAMPLE_SIZE else None)
    if kind == "text":
        return _document(source, digest, kind, text, codec, warnings)
    page = read_html(text, source)
    return _document(
        source,
        digest,
        kind,
        page.text,
        codec,
        warnings,
        published=page.published,
        portal=page.portal,
        doc_number=page.doc_number,
    )


def _text_codec(head: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    codec, sample = decode_sample(head, source, declared=declared)
    if looks_binary(sample):
        raise UnreadableFileError(source, "binary data, not text (control characters throughout)")
    return codec, sample


def _decode(data: bytes, codec: str, whole: str | None = None) -> tuple[str, list[str]]:
    # ``whole``: all of ``data`` decoded already, undecodable bytes replaced; without a
    # replacement character it is the text, as decoding again would give it.
    if whole is not None and "\ufffd" not in whole:
        return whole, []
    try:
        return data.decode(codec), []
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return text, [_replaced_warning(text, codec)]


def _decode_file(path: Path, codec: str) -> tuple[str, list[str]]:
    try:
        with path.open(encoding=codec, newline="") as file:
            return file.read(), []
    except UnicodeDecodeError:
        with path.open(encoding=codec, errors="replace", newline="") as file:
            text = file.read()
        return text, [_replaced_warning(text, codec)]


def _replaced_warning(text: str, codec: str) -> str:
    count = text.count("\ufffd")
    return f"{count} undecodable byte sequence(s) replaced by U+FFFD when decoding as {codec}"


def _document(
    source: str,
    digest: str,
    kind: Format,
    raw: str,
    encoding: str | None,
    warnings: list[str],
    **page: str | None,
) -> Document:
    if len(raw) > MAX_TEXT_CHARS:
        reason = (
            f"{len(raw):,} characters of text is over the limit of {MAX_TEXT_CHARS:,} for one "
            "minutes file; split it into one file per meeting"
        )
        raise UnreadableFileError(source, reason)
    text = normalize(raw, from_pdf=kind == "pdf")
    if not _READABLE.search(text):
        raise UnreadableFileError(
            source, "no readable text: it holds no letters, digits or characters"
        )
    return Document(
        source=source,
        doc=digest,
        format=kind,
        encoding=encoding,
        text=text,
        simplified=to_simplified(text),
        warnings=warnings,
        **page,
    )
