"""A private D-Bus for the notification tests, a fake notification server on it, and
tray icons that offscreen Qt counts as shown.

The server is tests/desktop/fake_notification_server.py in its own process: it
records what it is sent, and emits the signals a person's click would cause.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

from backspasm_gui.desktop import notifications
from backspasm_gui.desktop.notifications import Notifier

DBUS_DAEMON = shutil.which("dbus-daemon")
SERVER = Path(__file__).with_name("fake_notification_server.py")
CONTROL_PATH = "/io/github/backspasm/test/Control"
CONTROL_INTERFACE = "io.github.backspasm.test.Control"
WAIT_MS = 5000  # generous: each server is a Python with Qt starting up
TITLE = "Time for your back stretches"
BODY = "5 minutes"

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Bus:
    """A dbus-daemon of our own: only the services a test starts or puts in ``services``."""

    def __init__(self, folder: Path) -> None:
        self.services = folder / "services"
        self.services.mkdir()
        config = folder / "bus.conf"
        config.write_text(BUS_CONFIG.format(tmp=folder, services=self.services))
        assert DBUS_DAEMON is not None
        self.process = subprocess.Popen(
            [DBUS_DAEMON, f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # "Failed to set fd limit" in containers
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address, "dbus-daemon printed no address"
        self.name = f"test-bus-{uuid.uuid4().hex}"
        self.connection = QDBusConnection.connectToBus(self.address, self.name)
        assert self.connection.isConnected(), self.connection.lastError().message()

    def stop(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)
        self.process.kill()
        self.process.wait(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


class FakeServer:
    """fake_notification_server.py, running on the test's bus; ``calls`` is its record."""

    def __init__(self, bus: Bus, *options: str) -> None:
        self.bus = bus
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), bus.address, *options],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()  # "" if it died
        assert line == "ready", f"the fake server did not start: {line!r}"

    def _control(self, method: str, *args: object) -> list[Any]:
        message = QDBusMessage.createMethodCall(
            notifications.SERVICE, CONTROL_PATH, CONTROL_INTERFACE, method
        )
        message.setArguments(list(args))
        reply = self.bus.connection.call(message, QDBus.CallMode.Block, WAIT_MS)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return list(reply.arguments())

    def calls(self, method: str) -> list[dict[str, Any]]:
        recorded: list[dict[str, Any]] = json.loads(self._control("Calls")[0])
        return [call for call in recorded if call["method"] == method]

    def invoke(self, notification_id: int, key: str) -> None:
        """The person clicked the action ``key`` (or the body: "default")."""
        self._control("InvokeAction", notification_id, key)

    def close(self, notification_id: int, reason: int) -> None:
        self._control("Close", notification_id, reason)

    def send_activation_token(self, notification_id: int, token: str) -> None:
        self._control("SendActivationToken", notification_id, token)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


def shown(notifier: Notifier, server: FakeServer) -> int:
    """Show the reminder; the id the server gave it."""
    assert notifier.show(TITLE, BODY)
    return int(server.calls("Notify")[-1]["returned_id"])


class VisibleTray(QSystemTrayIcon):
    """A tray icon that counts as shown (offscreen Qt has no tray) and keeps its messages."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, int]] = []

    def isVisible(self) -> bool:
        return True

    @staticmethod
    def isSystemTrayAvailable() -> bool:
        return True

    @staticmethod
    def supportsMessages() -> bool:
        return True

    def showMessage(self, title: str, body: str, icon: object, msecs: int = 10000) -> None:  # type: ignore[override]
        self.messages.append((title, body, msecs))


class HiddenTray(VisibleTray):
    """The same, hidden by the app (the person turned the tray icon off)."""

    def isVisible(self) -> bool:
        return False
