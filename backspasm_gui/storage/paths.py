"""Where the app keeps its data files (the session history)."""

from __future__ import annotations

import os
from pathlib import Path

from backspasm_gui.core.i18n import translate
from backspasm_gui.private import tighten_folder

ENV = "BACKSPASM_DATA_DIR"
HISTORY_FILE = "history.sqlite3"
PRESCRIPTION_FILE = "prescription.stretches"  # the clinician's routine, once accepted


def data_dir(override: Path | None = None) -> Path:
    """``override`` (``--data-dir``), else ``$BACKSPASM_DATA_DIR``, else the system's
    per-user data folder for the app, ``<organisation>/<application>`` under
    ``~/.local/share`` (Linux), ``%APPDATA%`` (Windows) or ``~/Library/Application
    Support`` (macOS).

    Both levels of the app's own folder (``<organisation>/<application>``) are made
    only their owner's if an earlier version left them readable by others; a folder
    named by ``override`` or the variable is left as its owner set it (the history
    creates a missing one private, and its files are private either way)."""
    if override is not None:
        return Path(override).expanduser()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    # Qt only here: --data-dir and the variable work without loading it.
    from PySide6.QtCore import QCoreApplication, QStandardPaths  # noqa: PLC0415

    if not QCoreApplication.organizationName():
        # Qt's folder is named after the organisation and application; without them
        # it is the bare data folder, shared with every other program.
        raise RuntimeError("data_dir() needs the application's names set (startup.py sets them)")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:  # no home folder at all
        raise OSError(
            translate(
                "Paths", "The system names no folder for the app's data; start it with {option}."
            ).format(option="--data-dir")
        )
    folder = Path(location)
    tighten_folder(folder.parent)  # <organisation>: ours alone
    tighten_folder(folder)
    return folder


def history_path(directory: Path) -> Path:
    return Path(directory) / HISTORY_FILE
