"""Files and folders only their owner can read: the pain diary is health data, often on
a computer a family or an office shares.

Two layers, so neither a forgotten path nor a library that makes its own files leaves
anything readable by others:

* :func:`private_umask` at the start of the process (``cli.main``): every file and
  folder made afterwards, by us, by SQLite (``-wal``, ``-shm``) or by Qt (the settings
  file), is the owner's alone, whatever umask the desktop gave the app;
* :func:`private_file` and :func:`private_folder` for the app's own files and folders,
  which also tighten ones an earlier version made readable by others.

Only POSIX has these modes to set. On Windows and macOS the per-user folders
(``%APPDATA%``, ``%LOCALAPPDATA%``, ``~/Library``) are already closed to other users,
and these functions do nothing there (macOS: the umask still applies).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

UMASK = 0o077  # no group or other bits on anything made
FOLDER_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def private_umask() -> int:
    """Make everything this process creates from now on private; the umask it had."""
    return os.umask(UMASK)


def private_folder(path: Path, *, tighten: bool = True) -> Path:
    """``path`` made if missing (its missing parents too), 0700. ``tighten``: also take
    group and other rights away from an existing folder of ours (the app's own folders;
    not a folder the person named, whose rights are theirs to set). Raises OSError if it
    cannot be made."""
    path = Path(path)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if tighten:
        tighten_folder(path)
    return path


def tighten_folder(path: Path) -> None:
    """Take group and other rights away from the existing folder ``path`` if it is ours
    (not a link); nothing if it is missing."""
    _tighten(Path(path), FOLDER_MODE, stat.S_ISDIR)


def private_file(path: Path) -> None:
    """Take group and other rights away from the regular file ``path`` if it is ours;
    nothing if it is missing, not ours, a link or anything but a regular file."""
    _tighten(Path(path), FILE_MODE, stat.S_ISREG)


def create_private(path: Path) -> None:
    """Make ``path`` an empty file only its owner can read, unless it exists (then see
    :func:`private_file`). A library that then opens it keeps these rights."""
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        os.close(os.open(path, flags, FILE_MODE))
    except FileExistsError:
        private_file(path)


def is_ours_and_private(info: os.stat_result) -> bool:
    """A folder (not a link to one) that belongs to this user and no one else may enter."""
    if not _POSIX:
        return True
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def _tighten(path: Path, mode: int, kind_is: Callable[[int], bool]) -> None:
    if not _POSIX:
        return
    try:
        info = path.lstat()
    except OSError:
        return  # missing: nothing to tighten
    if not kind_is(info.st_mode) or info.st_uid != os.getuid():
        return
    if stat.S_IMODE(info.st_mode) & 0o077 == 0:
        return
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
        log.info("took others' rights away from %s", path)
