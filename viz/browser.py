"""Headless Chromium from the system's packages, driven by Playwright, for tests and screenshots.

Playwright never downloads a browser here: the one Debian installs (``apt-get install chromium``)
runs with a fresh, empty profile and without the background traffic Chromium makes by itself
(updates, sync, field trials), so every request a page makes is one the page asked for.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]


def chromium_path() -> str | None:
    """Return the installed Chromium (``MKG_CHROMIUM`` first), or ``None`` when there is none."""
    named = os.environ.get("MKG_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    found = [path for path in CHROMIUM_CANDIDATES if Path(path).is_file()]
    return found[0] if found else shutil.which("chromium")


def launch(playwright: Any, user_data_dir: Path, **context: Any) -> Any:
    """Start headless Chromium on an empty profile in ``user_data_dir``; return its context.

    Args:
        playwright: the object ``sync_playwright()`` gives.
        user_data_dir: a new, empty folder for the browser's profile.
        **context: browser context options (``viewport``, ``accept_downloads`` …).

    Returns:
        The persistent browser context; close it to stop the browser.

    Raises:
        FileNotFoundError: no Chromium is installed.
    """
    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError("no Chromium found: apt-get install chromium, or set MKG_CHROMIUM")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=executable, headless=True, args=CHROMIUM_ARGS,
        **context,
    )  # fmt: skip
