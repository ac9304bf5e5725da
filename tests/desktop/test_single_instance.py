"""One copy per person: the first launch listens, a later one wakes it and steps aside."""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import queue
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from backspasm_gui import APP_ID
from backspasm_gui.desktop.single_instance import SingleInstance, default_name

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("instance_probe.py")
WAIT_S = 10  # generous: each probe starts a Python with Qt; a run takes well under a second


@pytest.fixture
def name() -> str:
    return f"bss-test-{uuid.uuid4().hex[:16]}"


@pytest.fixture
def instances() -> Iterator[Callable[[str], SingleInstance]]:
    made: list[SingleInstance] = []

    def make(name: str) -> SingleInstance:
        made.append(SingleInstance(name))
        return made[-1]

    yield make
    for instance in made:
        instance.close()


def probe_env() -> dict[str, str]:
    """This environment, with the checkout importable from the probe's own folder."""
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


class Probe:
    """tests/desktop/instance_probe.py in its own process, its output read line by line."""

    def __init__(self, name: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(PROBE), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=probe_env(),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, expected: str) -> None:
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                pytest.fail(f"the probe never printed {expected!r}; it printed {seen}")
            if line == expected:
                return
            seen.append(line)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def probes() -> Iterator[Callable[[str], Probe]]:
    started: list[Probe] = []

    def start(name: str) -> Probe:
        started.append(Probe(name))
        return started[-1]

    yield start
    for probe in started:
        probe.stop()


def launched_beside(
    qtbot: QtBot, later: SingleInstance, timeout_ms: int = 500, opening: str | None = None
) -> bool:
    """A later launch's check, run as its own process would run it: it waits for the
    running copy's answer, which this process's event loop gives meanwhile."""
    outcome: list[bool] = []

    def check() -> None:
        outcome.append(later.check(timeout_ms, opening=opening))

    thread = threading.Thread(target=check, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_S * 1000)
    thread.join()
    return outcome[0]


def send(name: str, *pieces: bytes) -> QLocalSocket:
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(1000)
    for piece in pieces:
        socket.write(piece)
        socket.flush()
    return socket


# --- the name -------------------------------------------------------------------------------


def windows_name(monkeypatch: pytest.MonkeyPatch) -> str:
    """The name on Windows, where a named pipe carries it (os.name for the call only)."""
    monkeypatch.setattr(os, "name", "nt")
    try:
        return default_name()
    finally:
        monkeypatch.setattr(os, "name", "posix")


@pytest.mark.skipif(os.name != "posix", reason="os.name is put back as posix")
def test_on_windows_the_name_is_the_app_id_and_a_hash_of_the_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    digest = hashlib.sha256(getpass.getuser().encode()).hexdigest()
    assert windows_name(monkeypatch) == f"{APP_ID}-{digest[:12]}"


@pytest.mark.skipif(os.name != "posix", reason="os.name is put back as posix")
def test_on_windows_the_name_differs_between_users(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "ana")
    ana = windows_name(monkeypatch)
    monkeypatch.setattr(getpass, "getuser", lambda: "ben")
    assert windows_name(monkeypatch) != ana


@pytest.mark.skipif(os.name != "posix", reason="os.name is put back as posix")
def test_on_windows_without_a_user_name_the_name_uses_the_user_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_user() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_user)
    digest = hashlib.sha256(str(os.getuid()).encode()).hexdigest()
    assert windows_name(monkeypatch) == f"{APP_ID}-{digest[:12]}"


@pytest.mark.skipif(os.name != "posix", reason="POSIX folders")
def test_without_a_runtime_folder_the_name_is_in_a_folder_of_the_users_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert default_name() == str(tmp_path / f"backspasm-{os.getuid()}" / "instance")


# --- in one process -------------------------------------------------------------------------


def test_first_claim_wins(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance]
) -> None:
    assert instances(name).claim() is True


def test_second_claim_loses_and_wakes_the_first(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance]
) -> None:
    first = instances(name)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=2000):
        assert launched_beside(qtbot, instances(name)) is False


def test_a_line_sent_in_pieces_wakes_once_it_is_whole(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance]
) -> None:
    first = instances(name)
    assert first.claim()
    with qtbot.assertNotEmitted(first.activated, wait=100):
        socket = send(name, b"acti")
    with qtbot.waitSignal(first.activated, timeout=2000):
        socket.write(b"vate\n")
        socket.flush()
    socket.abort()


def test_an_unknown_message_wakes_nothing(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance]
) -> None:
    first = instances(name)
    assert first.claim()
    with qtbot.assertNotEmitted(first.activated, wait=100):
        socket = send(name, b"hello\n")
    socket.abort()


def test_close_frees_the_name(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance]
) -> None:
    first = instances(name)
    assert first.claim()
    first.close()
    assert instances(name).claim() is True


def test_the_check_before_the_window_then_listening_after_it(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance]
) -> None:
    """At start the app only checks (and holds the name's lock, so a launch meanwhile
    waits); once its window is up it listens and lets go, and a later launch wakes it."""
    first = instances(name)
    assert first.check()
    lock = Path(first._lock_path())
    assert lock.exists()
    assert first.listen()
    assert not lock.exists()
    with qtbot.waitSignal(first.activated, timeout=2000):
        assert launched_beside(qtbot, instances(name), timeout_ms=50) is False


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no socket path to spoil")
def test_a_name_that_cannot_be_listened_on_runs_anyway(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    instance = SingleInstance(str(tmp_path / ("far too long a name for a socket " * 4)))
    with caplog.at_level(logging.WARNING):
        assert instance.claim() is True
    assert "running anyway" in caplog.text


# --- across processes -----------------------------------------------------------------------


def test_a_second_process_wakes_the_first_and_exits(
    name: str, probes: Callable[[str], Probe]
) -> None:
    first = probes(name)
    first.wait_for("first")
    second = subprocess.run(
        [sys.executable, str(PROBE), name],
        capture_output=True,
        text=True,
        env=probe_env(),
        timeout=WAIT_S,
        check=False,
    )
    assert (second.returncode, second.stdout.strip()) == (3, "second"), second.stderr
    first.wait_for("activated")
    assert first.process.wait(timeout=WAIT_S) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe goes with its process")
def test_the_socket_a_crashed_copy_left_is_reclaimed(
    qtbot: QtBot,
    name: str,
    probes: Callable[[str], Probe],
    instances: Callable[[str], SingleInstance],
) -> None:
    crashed = probes(name)
    crashed.wait_for("first")
    crashed.process.kill()  # SIGKILL: no chance to remove its socket
    crashed.process.wait(timeout=WAIT_S)
    assert (Path(QDir.tempPath()) / name).exists()
    survivor = instances(name)
    assert survivor.claim() is True
    with qtbot.waitSignal(survivor.activated, timeout=2000):
        assert launched_beside(qtbot, instances(name)) is False


def test_launches_at_the_same_moment_leave_exactly_one_running(
    probes: Callable[[str], Probe],
) -> None:
    pairs = [
        (probes(n), probes(n)) for n in (f"bss-race-{uuid.uuid4().hex[:16]}" for _ in range(3))
    ]
    for a, b in pairs:
        codes = sorted(probe.process.wait(timeout=WAIT_S) for probe in (a, b))
        assert codes == [0, 3]  # one woke up and finished, the other stepped aside


def test_the_name_lives_in_the_users_private_runtime_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "temporary"))
    assert default_name() == str(tmp_path / "io.github.backspasm.Stretches.instance")
    fallback = str(tmp_path / "temporary" / f"backspasm-{os.getuid()}" / "instance")
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative/not/allowed")
    assert default_name() == fallback
    tmp_path.chmod(0o755)  # a runtime folder others may enter is not the user's private one
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert default_name() == fallback


# --- handing over a file --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/home/ana/Prescription.stretches", "/tmp/a b/línea\nnueva/处方.stretches"],
    ids=["plain", "spaces-newline-unicode"],
)
def test_a_second_launch_hands_its_file_to_the_first(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance], path: str
) -> None:
    """Double-clicking a prescription while the app runs opens it in the running copy."""
    first = instances(name)
    assert first.claim()
    with qtbot.waitSignal(first.openRequested, timeout=2000) as opened:
        assert launched_beside(qtbot, instances(name), opening=path) is False
    assert opened.args == [path]


@pytest.mark.parametrize(
    "line", [b"open\n", b"open \n", b"open not-json\n", b'open ["/x"]\n', b'open "\\u0000"\n']
)
def test_a_malformed_open_line_opens_nothing(
    qtbot: QtBot, name: str, instances: Callable[[str], SingleInstance], line: bytes
) -> None:
    first = instances(name)
    assert first.claim()
    with qtbot.assertNotEmitted(first.openRequested, wait=150):
        socket = send(name, line)
    socket.abort()


def test_another_data_folder_is_another_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--data-dir is another person's history: its copy may run beside the usual one."""
    tmp_path.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    usual = default_name()
    ana, ben = default_name("/home/x/ana"), default_name("/home/x/ben")
    assert len({usual, ana, ben}) == 3
    assert default_name("/home/x/ana") == ana
    assert ana.startswith(str(tmp_path))
