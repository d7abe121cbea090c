"""Extraction throughput: documents per second and MB of text per second, on one core."""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from loaders.extract import minutes
from loaders.extract.minutes import extract
from loaders.pipeline import iter_documents
from loaders.read.readers import read_document


@dataclass
class Tally:
    """Documents, megabytes of normalised text and seconds spent reading and extracting."""

    documents: int = 0
    megabytes: float = 0.0
    read_seconds: float = 0.0
    extract_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        return self.read_seconds + self.extract_seconds

    def line(self, name: str) -> str:
        """One row of the report."""
        return (
            f"{name:<8} {self.documents:>7} {self.megabytes:>7.2f} {self.read_seconds:>8.2f} "
            f"{self.extract_seconds:>8.2f} {self.documents / self.seconds:>8.0f} "
            f"{self.megabytes / self.seconds:>6.2f} {self.megabytes / self.extract_seconds:>8.2f}"
        )


@dataclass
class BenchResult:
    """Figures of one benchmark run, in total and per input format."""

    total: Tally = field(default_factory=Tally)
    formats: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    wall_seconds: float = 0.0
    baseline_seconds: float = 0.0
    """CPU seconds of the plain pass over the same files: their bytes read, decoded and scanned
    once by one regular expression; the ceiling the extractor is measured against."""

    @property
    def baseline_rate(self) -> float:
        """MB/s of the plain pass, counted in the same megabytes of text as the extractor."""
        return self.total.megabytes / self.baseline_seconds if self.baseline_seconds else 0.0

    def render(self) -> str:
        """A table: documents, MB, read s, extract s, documents/s, MB/s, MB/s of extraction alone."""
        header = "format      docs      MB   read s  extract s   docs/s   MB/s  extract MB/s"
        rows = [self.formats[name].line(name) for name in sorted(self.formats)]
        footer = (
            f"(CPU seconds on one core; {self.wall_seconds:.1f} s wall clock in all; "
            f"reading and extraction {_build()})"
        )
        extract_rate = self.total.megabytes / self.total.extract_seconds
        ceiling = (
            f"plain pass over the same files (read, decode, one re.finditer): "
            f"{self.baseline_rate:.1f} MB/s; read + extract = "
            f"{self.total.megabytes / self.total.seconds / self.baseline_rate:.3f} of it, "
            f"extraction alone = {extract_rate / self.baseline_rate:.3f} of it"
        )
        return "\n".join([header, *rows, self.total.line("all"), footer, ceiling])


def bench_extract(folder: Path, min_megabytes: float = 10.0) -> BenchResult:
    """Read and extract every document of ``folder``, repeated until ``min_megabytes`` of text.

    Reading is timed too (decoding, HTML, PDF and DOCX parsing, normalisation), so ``MB/s`` is
    the throughput a user loading that mix of files sees; ``extract MB/s`` is the extractor alone.
    Times are CPU seconds of this process (one core), so other work on the machine does not
    lower the figures; the wall-clock total is printed beside them.
    """
    files = [path for path in iter_documents([folder]) if not path.name.endswith(".gold.json")]
    if not files:
        raise ValueError(f"{folder}: no minutes files to benchmark")
    result = BenchResult()
    wall = time.perf_counter()
    while result.total.megabytes < min_megabytes:
        for path in files:
            started = time.process_time()
            document = read_document(path)
            read_done = time.process_time()
            extract(document)
            done = time.process_time()
            result.baseline_seconds += _plain_pass(path)
            size = len(document.text.encode("utf-8")) / 1e6
            for tally in (result.total, result.formats[document.format]):
                tally.documents += 1
                tally.megabytes += size
                tally.read_seconds += read_done - started
                tally.extract_seconds += done - read_done
    result.wall_seconds = time.perf_counter() - wall
    return result


def _build() -> str:
    """How the readers and the extractor run: as Python files, or compiled (``make compiled``)."""
    return "interpreted" if minutes.__file__.endswith(".py") else "compiled by mypyc"


_WORDS = re.compile(r"[\u4e00-\u9fff]+")


def _plain_pass(path: Path) -> float:
    """CPU seconds to read a file's bytes, decode them and scan them once with a regex."""
    started = time.process_time()
    text = path.read_bytes().decode("utf-8", "replace")
    for _ in _WORDS.finditer(text):
        pass
    return time.process_time() - started
