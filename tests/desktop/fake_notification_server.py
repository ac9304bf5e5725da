"""A stand-in desktop notification server, run as its own process on a private bus.

    python fake_notification_server.py [BUS_ADDRESS] [--capabilities actions,body]
                                       [--first-id N] [--hang-on-notify]

It owns ``org.freedesktop.Notifications`` and exports the spec's interface at
``/org/freedesktop/Notifications``, with the exact D-Bus types (``Notify`` takes
``susssasa{sv}i`` and returns ``u``), and records every call. A second object at
``CONTROL_PATH`` lets the test read the record (``Calls``, as JSON) and make the
server emit its signals (``InvokeAction``, ``Close``, ``SendActivationToken``).
It prints ``ready`` once it owns the name, and exits when the bus goes away.
Without BUS_ADDRESS it serves the bus that started it (D-Bus activation sets
``DBUS_STARTER_ADDRESS``). With ``--hang-on-notify`` it stops answering at the
first ``Notify``, like a desktop shell that froze.

A separate process because the notifier's calls to the server wait (briefly) for
the answer: a server in the test's own process could not answer until they gave up.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONTROL_PATH = "/io/github/backspasm/test/Control"
CONTROL_INTERFACE = "io.github.backspasm.test.Control"
CLOSED_BY_CALL = 3  # NotificationClosed's reason after CloseNotification


@ClassInfo(**{"D-Bus Interface": SERVICE})
class Notifications(QObject):
    """The server side of the Desktop Notifications spec; it only records."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")
    ActivationToken = Signal("uint", str)

    def __init__(self, capabilities: list[str], first_id: int, *, hang: bool = False) -> None:
        super().__init__()
        self.capabilities = capabilities
        self.calls: list[dict[str, Any]] = []
        self._next_id = first_id
        self._hang = hang

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        self.calls.append({"method": "GetCapabilities"})
        return self.capabilities

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: PLR0917 (the spec's method, positional on the bus)
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        expire_timeout: int,
    ) -> int:
        notification_id = replaces_id
        if not notification_id:
            notification_id = self._next_id
            self._next_id += 1
        self.calls.append(
            {
                "method": "Notify",
                "app_name": app_name,
                "replaces_id": replaces_id,
                "app_icon": app_icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": {key: value for key, value in hints.items()},
                "expire_timeout": expire_timeout,
                "returned_id": notification_id,
            }
        )
        if self._hang:
            threading.Event().wait()  # never answers; the test kills this process
        return notification_id

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        self.calls.append({"method": "CloseNotification", "id": notification_id})
        self.NotificationClosed.emit(notification_id, CLOSED_BY_CALL)


@ClassInfo(**{"D-Bus Interface": CONTROL_INTERFACE})
class Control(QObject):
    """What the test asks of the fake server: its record, and the signals a person causes."""

    def __init__(self, server: Notifications) -> None:
        super().__init__()
        self.server = server

    @Slot(result=str)
    def Calls(self) -> str:
        return json.dumps(self.server.calls, default=repr)

    @Slot(int, str)
    def InvokeAction(self, notification_id: int, key: str) -> None:
        self.server.ActionInvoked.emit(notification_id, key)

    @Slot(int, int)
    def Close(self, notification_id: int, reason: int) -> None:
        self.server.NotificationClosed.emit(notification_id, reason)

    @Slot(int, str)
    def SendActivationToken(self, notification_id: int, token: str) -> None:
        self.server.ActivationToken.emit(notification_id, token)


def bus_is_alive(bus: QDBusConnection) -> bool:
    """The bus still answers (isConnected() stays True after dbus-daemon has gone)."""
    ping = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
    )
    return (
        bus.call(ping, QDBus.CallMode.Block, 2000).type() == QDBusMessage.MessageType.ReplyMessage
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "address",
        nargs="?",
        default=os.environ.get("DBUS_STARTER_ADDRESS", ""),
        help="the bus to serve on, as dbus-daemon printed it",
    )
    parser.add_argument("--capabilities", default="actions,body")
    parser.add_argument("--first-id", type=int, default=1)
    parser.add_argument("--hang-on-notify", action="store_true")
    options = parser.parse_args(argv)
    app = QCoreApplication([sys.argv[0]])
    bus = QDBusConnection.connectToBus(options.address, "fake-notification-server")
    if not bus.isConnected():
        print(f"cannot connect: {bus.lastError().message()}", flush=True)
        return 1
    capabilities = [name for name in options.capabilities.split(",") if name]
    server = Notifications(capabilities, options.first_id, hang=options.hang_on_notify)
    control = Control(server)
    exported = QDBusConnection.RegisterOption.ExportAllSlots
    signals = QDBusConnection.RegisterOption.ExportAllSignals
    if not (
        bus.registerObject(PATH, server, exported | signals)
        and bus.registerObject(CONTROL_PATH, control, exported)
        and bus.registerService(SERVICE)
    ):
        print(f"cannot serve: {bus.lastError().message()}", flush=True)
        return 1
    watchdog = QTimer(app)  # the test's bus is gone: so is the test
    watchdog.timeout.connect(lambda: bus_is_alive(bus) or app.quit())
    watchdog.start(500)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
