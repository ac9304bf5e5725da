"""The settings file itself: kept aside when it cannot be read, and saying when it
cannot be written, instead of losing every change in silence.

* A file that is not the text QSettings writes (random bytes, a binary, more than a
  megabyte, a pipe) is moved aside (Linux and other Unix; macOS keeps a property list
  the system looks after, Windows the registry) as ``<name>-unreadable-<date>-<time>.conf``, as
  the history is, and the defaults are used; the person is told where it went.
* A file that cannot be written (read-only, a folder in its place, a folder without
  write access) is said once, in one sentence, and logged; the app works on with the
  choices kept for this run. Qt tells a failed write by ``QSettings.status()`` after
  it syncs, which :class:`CheckedSettings` looks at after every sync, its own or the
  one Qt's event loop makes.

The file and its folder are the owner's alone (``private``): the settings name the
reminder times and the daily goal, which are the person's business.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.untrusted import read_text
from backspasm_gui.private import private_file, tighten_folder

log = logging.getLogger(__name__)

MAX_BYTES = 1024 * 1024  # the app's settings are a few hundred bytes
ORGANISATION_FOLDER = "backspasm"  # ~/.config/backspasm: ours (macOS's Preferences is not)
TEXT_SUFFIXES = (".conf", ".ini")
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # QSettings never writes these


class CheckedSettings(QSettings):
    """QSettings that tells ``report``, once, when what it keeps cannot be written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: Callable[[str], None] | None = None
        self.said = False  # the person has been told it cannot be written

    def sync(self) -> None:
        super().sync()
        self.check()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest:  # Qt's own sync from the event loop
            self.check()
        return handled

    def check(self) -> None:
        if self.status() == QSettings.Status.AccessError and not self.said:
            log.warning("the settings could not be written to %s", self.fileName())
            self._say(unwritable(Path(self.fileName())))

    def _say(self, sentence: str) -> None:
        if self.report is None:
            return  # not yet: open_settings has said it, or the window will be told
        self.said = True
        try:
            self.report(sentence)
        except Exception:
            log.exception("reporting a settings problem failed")


def open_settings(now: Callable[[], datetime] = datetime.now) -> tuple[CheckedSettings, list[str]]:
    """The app's settings, and one sentence for each thing wrong with their file."""
    settings = CheckedSettings()
    path = Path(settings.fileName())
    if not path.is_absolute():  # the Windows registry: nothing to check
        return settings, []
    if path.parent.name == ORGANISATION_FOLDER:
        tighten_folder(path.parent)
    private_file(path)
    said: list[str] = []
    # Only the text (INI) file QSettings writes on Linux is checked: macOS's is a binary
    # property list that the system reads and repairs itself.
    if path.suffix in TEXT_SUFFIXES and path.is_file() and not _readable(path):
        del settings
        try:
            moved = _move_aside(path, now())
        except OSError:
            log.warning("could not move the unreadable %s aside", path, exc_info=True)
            said.append(
                translate(
                    "SettingsFile",
                    "Your settings at {path} could not be read or moved aside, so the "
                    "defaults are used for this run.",
                ).format(path=path)
            )
        else:
            said.append(
                translate(
                    "SettingsFile",
                    "Your settings could not be read, so they were moved to {moved} and "
                    "the defaults are used.",
                ).format(moved=moved)
            )
        settings = CheckedSettings()
    if not _writable(path):
        log.warning("the settings cannot be written to %s", path)
        said.append(unwritable(path))
        settings.said = True
    return settings, said


def unwritable(path: Path) -> str:
    return translate(
        "SettingsFile",
        "Your settings cannot be saved to {path}, so changes last only until the app closes.",
    ).format(path=path)


def _readable(path: Path) -> bool:
    """The file is text QSettings could have written."""
    try:
        text = read_text(path, max_bytes=MAX_BYTES)
    except ContentError as exc:
        log.warning("the settings file is unreadable: %s", exc)
        return False
    if _NOT_TEXT.search(text):
        log.warning("the settings file %s holds bytes QSettings never writes", path)
        return False
    return True


def _writable(path: Path) -> bool:
    if path.exists():
        return path.is_file() and os.access(path, os.W_OK)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # QSettings makes the missing folders
    return folder.is_dir() and os.access(folder, os.W_OK)


def _move_aside(path: Path, when: datetime) -> Path:
    """Rename ``path`` to an unused name beside it with ``when`` in it."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    stem = path.name.removesuffix(path.suffix)
    for n in range(1, 1000):
        target = path.with_name(
            f"{stem}-unreadable-{stamp}{'' if n == 1 else f'-{n}'}{path.suffix}"
        )
        if not target.exists():
            os.replace(path, target)
            log.warning("settings: moved the unreadable %s to %s", path, target)
            return target
    raise FileExistsError(f"no free name beside {path}")
