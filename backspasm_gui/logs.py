"""Where the app writes its log, and setting it up once a process.

The log is where an unexpected error's details go, so the person can be told where to
find them (``startup``) and the file is the same whether the window or a command ran.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path


def log_path() -> Path:
    """The log file, in each system's usual place for logs."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "backspasm" / "logs" / "backspasm-gui.log"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "backspasm" / "backspasm-gui.log"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "backspasm" / "backspasm-gui.log"


def setup_logging(*, verbose: bool) -> None:
    """Log to the file (a few rotated copies), and with ``verbose`` to the terminal too."""
    root = logging.getLogger()
    if any(getattr(handler, "_backspasm", False) for handler in root.handlers):
        return  # main() called again in one process (tests)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(path, maxBytes=512_000, backupCount=3, encoding="utf-8")
        file_handler.setFormatter(formatter)
        file_handler._backspasm = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass  # a read-only home must not stop anyone stretching
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
