"""Someone else on the computer cannot keep the app from opening: a program squatting on
its channel for one copy, or a folder made in its place in advance, is named in one
sentence and the app starts anyway, instead of exiting 0 with no window and no word."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from backspasm_gui import APP_ID
from backspasm_gui.desktop.single_instance import SingleInstance, default_name
from tests.desktop.test_single_instance import launched_beside

pytestmark = pytest.mark.skipif(os.name != "posix", reason="socket files in folders")

WAIT_S = 30


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private runtime folder, as a desktop session gives one (short: a socket's
    path may have about 100 characters)."""
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"bss-{os.getpid()}-{id(tmp_path)}"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder)  # the sound system may have made a folder of its own in it


@pytest.fixture
def squatter(runtime: Path) -> Iterator[socket.socket]:
    """A plain socket listening where the app listens, accepting and never answering."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(default_name())
    listener.listen(8)
    yield listener
    listener.close()


def test_a_squatting_listener_is_named_and_the_app_starts_anyway(
    qtbot: QtBot, squatter: socket.socket
) -> None:
    instance = SingleInstance(default_name())
    try:
        assert instance.claim() is True
        assert instance.problem == (
            "Another program is holding the channel this app uses to run as one copy "
            f"({default_name()}), so it started anyway: "
            "launching it again may open a second window."
        )
        # ...and it took the name over: the next launch finds this copy.
        with qtbot.waitSignal(instance.activated, timeout=2000):
            assert launched_beside(qtbot, SingleInstance(default_name())) is False
    finally:
        instance.close()


def test_a_squatting_qt_server_is_named_and_the_app_starts_anyway(
    qtbot: QtBot, runtime: Path
) -> None:
    squatting = QLocalServer()
    assert squatting.listen(default_name())
    held: list[object] = []
    squatting.newConnection.connect(lambda: held.append(squatting.nextPendingConnection()))
    instance = SingleInstance(default_name())
    try:
        assert launched_beside(qtbot, instance) is True
        assert "Another program is holding the channel" in instance.problem
    finally:
        instance.close()
        squatting.close()


@pytest.mark.parametrize("made", ["a link", "open to others"])
def test_a_folder_made_in_advance_that_is_not_private_is_not_used(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made: str
) -> None:
    """Without a runtime folder the socket goes in backspasm-<uid> in the temporary
    folder; one that is a link, or open to others, may be someone else's trap."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    ours = tmp_path / f"backspasm-{os.getuid()}"
    if made == "a link":
        ours.symlink_to(elsewhere)
    else:
        ours.mkdir()
        ours.chmod(0o777)
    instance = SingleInstance(default_name())
    try:
        assert instance.claim() is True
        assert instance.problem == (
            f"The folder {ours} belongs to someone else or is open to others, so the app "
            "started without it: launching it again may open a second window."
        )
        assert list(elsewhere.iterdir()) == []
        assert not (ours / "instance").exists()
    finally:
        instance.close()


def test_a_missing_folder_of_our_own_is_made_private(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    instance = SingleInstance(default_name())
    try:
        assert instance.claim() is True
        assert instance.problem == ""
        folder = tmp_path / f"backspasm-{os.getuid()}"
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
        assert (folder / "instance").exists()
    finally:
        instance.close()


def test_the_real_app_squatted_says_so_in_one_sentence_and_opens_its_window(
    tmp_path: Path, squatter: socket.socket, runtime: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKSPASM_SPEECH_ENGINE": "none",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
    }
    env.pop("BACKSPASM_DATA_DIR", None)
    history = tmp_path / "share" / "backspasm" / "Back Spasm Stretches" / "history.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "backspasm_gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        first_line = lines.get(timeout=WAIT_S)
        assert first_line == (
            "backspasm-gui: Another program is holding the channel this app uses to run as "
            f"one copy ({runtime / (APP_ID + '.instance')}), so it started anyway: "
            "launching it again may open a second window.\n"
        )
        # It goes on: the window opens its history, rather than the process exiting 0.
        deadline = time.monotonic() + WAIT_S
        while not history.exists() and process.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.1)
        assert process.poll() is None, "the app ended instead of starting"
        assert history.exists()
    finally:
        process.terminate()
        process.wait(timeout=WAIT_S)
        reader.join(timeout=WAIT_S)
        assert process.stderr is not None
        process.stderr.close()
    rest = "".join(lines.get() for _ in range(lines.qsize()))
    assert "Traceback" not in rest
