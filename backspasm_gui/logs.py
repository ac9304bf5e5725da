"""Where the app writes its log, and setting it up once a process.

The log is where an unexpected error's details go, so the person can be told where to
find them (``startup``) and the file is the same whether the window or a command ran.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from backspasm_gui.private import create_private, private_folder


def log_path() -> Path:
    """The log file, in each system's usual place for logs."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "backspasm" / "logs" / "backspasm-gui.log"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "backspasm" / "backspasm-gui.log"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "backspasm" / "backspasm-gui.log"


MAX_BYTES = 512_000
BACKUPS = 3


def rotate(path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """At start, a log grown past ``max_bytes`` becomes ``.1`` (``.1`` becomes ``.2``...),
    keeping ``backups`` old ones. The app logs a few lines a session, so turning it over
    once a start is enough, and costs none of the 8 ms ``logging.handlers`` takes to
    import on every start."""
    try:
        if path.stat().st_size <= max_bytes:
            return
    except OSError:
        return  # no log yet
    for number in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(*, verbose: bool) -> None:
    """Log to the file (a few turned-over copies), and with ``verbose`` to the terminal too.
    The log's folder and file are readable by their owner alone."""
    root = logging.getLogger()
    if any(getattr(handler, "_backspasm", False) for handler in root.handlers):
        return  # main() called again in one process (tests)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = log_path()
        private_folder(path.parent)  # the log names files and times: the owner's alone
        rotate(path)
        create_private(path)
        file_handler = logging.FileHandler(path, encoding="utf-8")
        file_handler.setFormatter(formatter)
        file_handler._backspasm = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass  # a read-only home must not stop anyone stretching
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
