"""The desktop tests' set-up: for the notification tests, a private D-Bus per test
with fake notification servers on it, and a notifier that has found one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.desktop.notifications import Notifier
from tests.desktop.notification_bus import DBUS_DAEMON, WAIT_MS, Bus, FakeServer


@pytest.fixture
def bus(tmp_path: Path, qapp: QApplication) -> Iterator[Bus]:
    if DBUS_DAEMON is None:
        pytest.skip("needs dbus-daemon for a private bus")
    private = Bus(tmp_path)
    yield private
    private.stop()


@pytest.fixture
def servers(bus: Bus) -> Iterator[Callable[..., FakeServer]]:
    started: list[FakeServer] = []

    def start(*options: str) -> FakeServer:
        started.append(FakeServer(bus, *options))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(servers: Callable[..., FakeServer]) -> FakeServer:
    """A server with buttons on its notifications ("actions"), as GNOME, KDE and most have."""
    return servers("--capabilities", "actions,body", "--first-id", "41")


@pytest.fixture
def notifier(bus: Bus, server: FakeServer, qtbot: QtBot) -> Notifier:
    made = Notifier(bus=bus.connection)
    qtbot.waitUntil(lambda: made.native_actions, timeout=WAIT_MS)
    return made


@pytest.fixture
def answers(notifier: Notifier) -> list[str]:
    """What the person answers the notifier, in order, from the test's start on."""
    heard: list[str] = []
    notifier.answered.connect(heard.append)
    return heard
