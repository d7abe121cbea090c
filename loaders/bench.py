"""Extraction throughput: documents per second and MB of text per second, on one core."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from loaders.extract import extract
from loaders.pipeline import iter_documents
from loaders.readers import read_document


@dataclass(frozen=True)
class BenchResult:
    """Figures of one benchmark run."""

    documents: int
    megabytes: float
    read_seconds: float
    extract_seconds: float

    @property
    def seconds(self) -> float:
        return self.read_seconds + self.extract_seconds

    def render(self) -> str:
        """The figures, one per line."""
        per_doc = self.seconds / self.documents * 1000 if self.documents else 0.0
        return "\n".join(
            [
                f"documents        {self.documents}",
                f"text             {self.megabytes:.1f} MB (UTF-8 of the normalised text)",
                f"read+normalise   {self.read_seconds:.2f} s",
                f"extract          {self.extract_seconds:.2f} s",
                f"throughput       {self.documents / self.seconds:.0f} documents/s, "
                f"{self.megabytes / self.seconds:.2f} MB/s ({per_doc:.2f} ms per document)",
                f"extract only     {self.megabytes / self.extract_seconds:.2f} MB/s",
            ]
        )


def bench_extract(folder: Path, min_megabytes: float = 10.0) -> BenchResult:
    """Read and extract every document of ``folder``, repeated until ``min_megabytes`` of text.

    Reading is timed on each file once per round, so the figure includes decoding, HTML, PDF and
    DOCX parsing and normalisation, not only the extractor.
    """
    files = [path for path in iter_documents([folder]) if not path.name.endswith(".gold.json")]
    if not files:
        raise ValueError(f"{folder}: no minutes files to benchmark")
    documents, size, read_s, extract_s = 0, 0, 0.0, 0.0
    while size < min_megabytes * 1e6:
        for path in files:
            started = time.perf_counter()
            document = read_document(path)
            read_done = time.perf_counter()
            extract(document)
            extract_s += time.perf_counter() - read_done
            read_s += read_done - started
            size += len(document.text.encode("utf-8"))
            documents += 1
    return BenchResult(documents, size / 1e6, read_s, extract_s)
