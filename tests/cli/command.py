"""Running the command line as a person or a script would run it, and a history to run it on."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from backspasm_gui.storage.history_db import HistoryDB
from tests.simulated import month


def cli(
    *args: str,
    tmp_path: Path,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    umask: int = -1,
) -> subprocess.CompletedProcess[str]:
    """``python -m backspasm_gui ARGS``, its log in ``tmp_path``; ``umask``: started with
    this umask, as a desktop or a terminal may start it (-1: this process's)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "backspasm_gui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        umask=umask,
    )


def stored_month(directory: Path) -> int:
    """A month of simulated sessions stored as the app stores them; how many."""
    store, problem = HistoryDB.open(directory / "history.sqlite3")
    assert problem == ""
    records = month()
    for record in records:
        store.save(replace(record, id=None))
    store.close()
    return len(records)
