"""Where ``minutes-kg extract --out`` writes: one JSON file per input, folders mirrored."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.errors import MinutesKGError
from loaders.models import Extraction
from loaders.pipeline import iter_documents


class OutputCollisionError(MinutesKGError):
    """Two inputs would be written to the same output file."""


def output_paths(paths: list[Path], out: Path) -> dict[str, Path]:
    """Return the output file of each input file: ``OUT/<path under its folder>/<stem>.json``.

    A folder's subfolders are mirrored under ``out``, so files of the same name in different
    subfolders keep apart; a file named on its own goes to ``out/<stem>.json``.

    Raises:
        OutputCollisionError: two inputs would still share an output (``a.txt`` beside
            ``a.html``, or two files of the same name named on their own); nothing is written.

    >>> output_paths([Path("loaders/data/samples/changning-2024-73.txt")], Path("out"))
    {'loaders/data/samples/changning-2024-73.txt': PosixPath('out/changning-2024-73.json')}
    """
    targets: dict[str, Path] = {}
    taken: dict[Path, str] = {}
    for root in paths:
        for file in iter_documents([root]):
            under = file.relative_to(root) if root.is_dir() else Path(file.name)
            target = out / under.with_suffix(".json")
            if target in taken and taken[target] != str(file):
                raise OutputCollisionError(
                    f"{taken[target]} and {file} would both be written to {target}; "
                    "extract them in separate runs or to different --out folders"
                )
            targets[str(file)] = target
            taken[target] = str(file)
    return targets


def write_outputs(results: list[Extraction], targets: dict[str, Path]) -> list[Path]:
    """Write each extraction as JSON to its file in ``targets`` (see :func:`output_paths`)."""
    written = []
    for extraction in results:
        target = targets[extraction.source or ""]
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(extraction.to_json_dict(), ensure_ascii=False, indent=1) + "\n"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
