"""PDF text layers read in child processes with memory and CPU limits, kept for the next file.

PDFium parses a page's whole content stream before anything can be counted, so a 50 KB PDF of
millions of text objects takes gigabytes inside one call; only the kernel can stop that. Each
reading process (:mod:`loaders.read.pdf_worker`) is started once and reused, so a normal PDF
costs a pipe round trip (well under a millisecond) on top of PDFium's own work; a process that
hits a limit dies alone and the file is refused. Threads each take an idle process or start one.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from loaders.errors import UnreadableFileError
from loaders.read.limits import (
    MAX_PDF_CPU_SECONDS,
    MAX_PDF_MEMORY_MB,
    MAX_PDF_PAGES,
    MAX_PDF_WALL_SECONDS,
    MAX_TEXT_CHARS,
)
from loaders.read.pdf_worker import ANSWER, HEADER, Answer

_WORKER = Path(__file__).with_name("pdf_worker.py")
_idle: list[subprocess.Popen[bytes]] = []
_lock = threading.Lock()


def pdf_pages(data: bytes, source: str) -> list[str]:
    """Return the text of each page of a PDF, read in a child process under limits.

    Args:
        data: The PDF's bytes.
        source: The file name, for messages.

    Returns:
        The text of each page, in order.

    Raises:
        UnreadableFileError: The PDF is encrypted or corrupt, or it is over a limit: pages,
            characters, memory (:data:`~loaders.read.limits.MAX_PDF_MEMORY_MB`) or CPU time
            (:data:`~loaders.read.limits.MAX_PDF_CPU_SECONDS`).
    """
    worker = _take()
    try:
        answer = _ask(worker, data)
    except (OSError, EOFError, TimeoutError, ValueError):
        raise UnreadableFileError(source, _death_reason(worker)) from None
    _give_back(worker)
    if "pages" in answer:
        return answer["pages"]
    raise UnreadableFileError(source, _refusal(answer))


def _ask(worker: subprocess.Popen[bytes], data: bytes) -> Answer:
    stdin, stdout = _pipes(worker)
    limits = (MAX_PDF_MEMORY_MB, MAX_PDF_CPU_SECONDS, MAX_PDF_PAGES, MAX_TEXT_CHARS)
    stdin.write(HEADER.pack(len(data), *limits) + data)
    stdin.flush()
    ready, _, _ = select.select([stdout], [], [], MAX_PDF_WALL_SECONDS)
    if not ready:
        raise TimeoutError
    header = stdout.read(ANSWER.size)
    if len(header) < ANSWER.size:
        raise EOFError
    answer: Answer = json.loads(stdout.read(ANSWER.unpack(header)[0]))
    return answer


def _pipes(worker: subprocess.Popen[bytes]) -> tuple[IO[bytes], IO[bytes]]:
    # Every worker is started by _take with both pipes, so neither is ever None.
    assert worker.stdin is not None and worker.stdout is not None
    return worker.stdin, worker.stdout


def _refusal(answer: Answer) -> str:
    kind = answer["error"]
    if kind == "password":
        return "encrypted PDF: remove its password first"
    if kind == "corrupt":
        return f"corrupt PDF: {answer['detail']}"
    if kind == "pages":
        return (
            f"{answer['count']:,} pages is over the limit of {MAX_PDF_PAGES:,} for one minutes "
            "file; split it into one file per meeting"
        )
    if kind == "chars":
        return (
            f"more than {MAX_TEXT_CHARS:,} characters of text is over the limit for one minutes "
            "file; split it into one file per meeting"
        )
    return _memory_reason()


def _death_reason(worker: subprocess.Popen[bytes]) -> str:
    worker.kill()
    status = worker.wait()
    _close(worker)
    if status in (-signal.SIGXCPU, -signal.SIGKILL):
        return (
            f"reading the PDF took more than the {MAX_PDF_CPU_SECONDS} s of CPU allowed for one "
            "file (its pages hold far more objects than minutes do); save its text as .txt or .docx"
        )
    if status == -signal.SIGABRT:
        return _memory_reason()
    return (
        f"the PDF reader stopped on it (status {status}): a damaged PDF; save it again from the "
        "program that made it, or save its text as .txt or .docx"
    )


def _memory_reason() -> str:
    return (
        f"reading the PDF needed more than the {MAX_PDF_MEMORY_MB} MB of memory allowed for one "
        "file (its pages hold far more objects than minutes do); save its text as .txt or .docx"
    )


def _take() -> subprocess.Popen[bytes]:
    with _lock:
        if _idle:
            return _idle.pop()
    return subprocess.Popen(
        [sys.executable, str(_WORKER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def _give_back(worker: subprocess.Popen[bytes]) -> None:
    with _lock:
        _idle.append(worker)


def _close(worker: subprocess.Popen[bytes]) -> None:
    for pipe in _pipes(worker):
        with contextlib.suppress(OSError):
            pipe.close()


def _stop_idle() -> None:
    # A worker whose stdin closes leaves its loop and exits.
    with _lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        _close(worker)
        try:
            worker.wait(timeout=2)
        except subprocess.TimeoutExpired:
            worker.kill()


def _forget_inherited() -> None:
    # A forked child must not share its parent's readers (their pipes interleave) nor a lock
    # another thread held at the fork.
    global _lock
    _lock = threading.Lock()
    _idle.clear()


atexit.register(_stop_idle)
os.register_at_fork(after_in_child=_forget_inherited)
