"""The pain diary is the person's alone: on a computer others use, nothing the app writes
can be read by them, whatever umask the desktop or the terminal started it with.

Each test runs the real program (the window, --export-csv, --report) under the usual
umask 022 and the strict 077, and reads the permissions another user would meet.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from backspasm_gui.storage.history_db import HistoryDB
from tests.cli.command import cli, stored_month

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

UMASKS = pytest.mark.parametrize("umask", [0o022, 0o077], ids=["umask-022", "umask-077"])
WAIT_S = 30  # generous: the window starts in well under 2 s


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def wait_until(ready: Callable[[], bool], what: str) -> None:
    """Poll for something the app does by itself (no fixed wait: the deadline is a cap)."""
    deadline = time.monotonic() + WAIT_S
    while not ready():
        if time.monotonic() > deadline:
            pytest.fail(f"the app never {what}")
        time.sleep(0.05)


def app_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKSPASM_SPEECH_ENGINE": "none",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "HOME": str(home),
    }


def run_window_until_stored(tmp_path: Path, umask: int) -> Path:
    """Start the real window, wait until its history and settings are on disk, stop it;
    the home folder it used."""
    env = app_env(tmp_path)
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    home = Path(env["HOME"])
    history = home / "share" / "backspasm" / "Back Spasm Stretches" / "history.sqlite3"
    settings = home / "config" / "backspasm" / "Back Spasm Stretches.conf"
    process = subprocess.Popen(
        [sys.executable, "-m", "backspasm_gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        umask=umask,
    )
    try:
        wait_until(
            lambda: (
                all(Path(f"{history}{extra}").exists() for extra in ("", "-wal", "-shm"))
                and settings.exists()
            ),
            "opened its history and wrote its settings",
        )
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=WAIT_S)
    assert "Traceback" not in stderr, stderr
    return home


@UMASKS
def test_the_window_keeps_history_settings_and_log_to_their_owner(
    tmp_path: Path, umask: int
) -> None:
    home = run_window_until_stored(tmp_path, umask)
    folders = [
        home / "share" / "backspasm",
        home / "share" / "backspasm" / "Back Spasm Stretches",
        home / "config" / "backspasm",
        home / "state" / "backspasm",
    ]
    data = folders[1]
    files = [
        data / "history.sqlite3",
        data / "history.sqlite3-wal",
        data / "history.sqlite3-shm",
        home / "config" / "backspasm" / "Back Spasm Stretches.conf",
        home / "state" / "backspasm" / "backspasm-gui.log",
    ]
    assert {str(f): oct(mode(f)) for f in folders} == {str(f): "0o700" for f in folders}
    assert {str(f): oct(mode(f)) for f in files} == {str(f): "0o600" for f in files}


def test_what_an_earlier_version_left_readable_is_closed_at_the_next_start(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    data = home / "share" / "backspasm" / "Back Spasm Stretches"
    config = home / "config" / "backspasm"
    state = home / "state" / "backspasm"
    for folder in (data, config, state):
        folder.mkdir(parents=True)
    HistoryDB.open(data / "history.sqlite3")[0].close()
    (config / "Back Spasm Stretches.conf").write_text("[General]\n", encoding="utf-8")
    (state / "backspasm-gui.log").write_text("", encoding="utf-8")
    opened = [data.parent, data, config, state]
    for path in [*opened, *(p for folder in opened for p in folder.iterdir() if p.is_file())]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    run_window_until_stored(tmp_path, 0o022)
    assert [oct(mode(folder)) for folder in opened] == ["0o700"] * 4
    readable = [p for folder in opened for p in folder.iterdir() if mode(p) & 0o077]
    assert readable == []


@UMASKS
def test_the_csv_export_is_its_owners_alone(tmp_path: Path, umask: int) -> None:
    stored_month(tmp_path / "data")
    out = tmp_path / "out.csv"
    result = cli(
        "--data-dir",
        str(tmp_path / "data"),
        "--export-csv",
        str(out),
        tmp_path=tmp_path,
        umask=umask,
    )
    assert result.returncode == 0, result.stderr
    assert oct(mode(out)) == "0o600"
    log = tmp_path / "state" / "backspasm" / "backspasm-gui.log"
    assert (oct(mode(log.parent)), oct(mode(log))) == ("0o700", "0o600")


def test_an_export_over_a_file_others_could_read_is_its_owners_alone(tmp_path: Path) -> None:
    stored_month(tmp_path / "data")
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o644)
    result = cli("--data-dir", str(tmp_path / "data"), "--export-csv", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert oct(mode(out)) == "0o600"


@UMASKS
def test_the_clinicians_report_is_its_owners_alone(tmp_path: Path, umask: int) -> None:
    stored_month(tmp_path / "data")
    out = tmp_path / "report.pdf"
    result = cli(
        "--data-dir", str(tmp_path / "data"), "--report", str(out), tmp_path=tmp_path, umask=umask
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert oct(mode(out)) == "0o600"


@UMASKS
def test_a_new_history_with_its_wal_and_shm_is_private_under_any_umask(
    tmp_path: Path, umask: int
) -> None:
    """The storage alone, without the command line's umask: it makes its files private."""
    previous = os.umask(umask)
    try:
        store, problem = HistoryDB.open(tmp_path / "new" / "history.sqlite3")
    finally:
        os.umask(previous)
    try:
        assert problem == ""
        assert store.records() == []
        made = sorted((tmp_path / "new").iterdir())
        assert [p.name for p in made] == [
            "history.sqlite3",
            "history.sqlite3-shm",
            "history.sqlite3-wal",
        ]
        assert {oct(mode(p)) for p in made} == {"0o600"}
        assert oct(mode(tmp_path / "new")) == "0o700"
    finally:
        store.close()
