"""Readers on arbitrary bytes: a document or an UnreadableFileError naming the file, nothing else."""

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.errors import UnreadableFileError
from loaders.read.readers import read_bytes

PREFIXES = [
    b"",
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"<html><body>",
    b"\xef\xbb\xbf",
    "会议听取".encode("gbk"),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PREFIXES), st.binary(max_size=400))
def test_read_bytes_returns_a_document_or_names_the_file(prefix, body):
    try:
        document = read_bytes(prefix + body, "upload.bin")
    except UnreadableFileError as error:
        assert str(error).startswith("upload.bin: ")
    else:
        assert document.source == "upload.bin"
        assert len(document.simplified) == len(document.text)
