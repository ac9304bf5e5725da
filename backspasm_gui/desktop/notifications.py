"""The stretch reminder as a desktop notification: start now, snooze 10 minutes, or skip.

On Linux and the BSDs the reminder goes to the desktop's notification server
(``org.freedesktop.Notifications`` on the session bus, the Desktop Notifications
spec). When the server has the ``actions`` capability the three choices are
buttons on the notification itself, and clicking its body starts the session.
Without a server (Windows, macOS, a bare window manager) it falls back to a
balloon message from the tray icon; clicking that starts the session, and
snooze and skip live in the tray menu.

D-Bus from PySide, as found on PySide6 6.11:

- A Python ``int`` always goes out as ``int32``; there is no way to make a
  ``uint32`` from Python with ``QDBusMessage``/``QDBusArgument`` (the
  ``QDBusArgument <<`` overload for ``int`` writes a ``uint16``). ``Notify``
  and ``CloseNotification`` take ``uint32`` ids, so they are called through a
  ``QDBusInterface``, whose methods carry the types from the server's
  introspection. Those calls block, with a short timeout (``CALL_TIMEOUT_MS``):
  a server that hangs freezes the window for at most that long, and the
  reminder then falls back to the tray. (Building the interface introspects the
  server once, with Qt's own timeout; it happens only right after the server
  answered ``GetCapabilities``, asynchronously, so it is known to be alive.)
- The urgency hint must be a D-Bus byte: ``QDBusArgument() << "\\x01"`` writes
  one (a one-character ``str`` picks the ``uchar`` overload), and a
  ``QDBusArgument`` inside the hints dict is sent as a variant of what it holds.
- D-Bus signals reach a ``@Slot("uint", str)`` through
  ``bus.connect(service, path, interface, name, receiver, SLOT("slot(uint,QString)"))``.
  The slot's types must match the signal's exactly: a ``(int,QString)`` slot
  connects without complaint and is never called for a ``(us)`` signal.
"""

from __future__ import annotations

import logging
import sys
from typing import Final

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusArgument,
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusServiceWatcher,
)
from PySide6.QtWidgets import QSystemTrayIcon

from backspasm_gui import APP_ID, APP_NAME
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
INTERFACE: Final = "org.freedesktop.Notifications"

# How long a call to the notification server (or the bus) may hold up the window.
CALL_TIMEOUT_MS: Final = 1000
# A server started on demand (D-Bus activation) may take longer to answer the first call;
# that one is asynchronous, so waiting longer holds nothing up.
ACTIVATION_TIMEOUT_MS: Final = 10_000
# The tray's balloon message, where there is no notification server.
TRAY_MESSAGE_MS: Final = 15_000

# The action keys and their labels (English; sent translated), in the order the buttons
# appear. "default" is the notification's body: the spec's key for a click on the
# notification itself.
ACTIONS: Final = (
    ("default", QT_TRANSLATE_NOOP("Notifications", "Start now")),
    ("start", QT_TRANSLATE_NOOP("Notifications", "Start now")),
    ("snooze", QT_TRANSLATE_NOOP("Notifications", "Snooze 10 minutes")),
    ("skip", QT_TRANSLATE_NOOP("Notifications", "Skip")),
)
ANSWERS: Final = {"default": "start", "start": "start", "snooze": "snooze", "skip": "skip"}
DISMISSED: Final = "dismissed"

# 0 asks the server to keep the notification until it is answered (the spec: "never
# expire"); -1 would leave it to the server, and GNOME and others then hide it after a
# few seconds. Servers may still apply their own policy (GNOME keeps it in its list).
EXPIRE_NEVER: Final = 0
URGENCY_NORMAL: Final = 1
CLOSED_BY_USER: Final = 2  # NotificationClosed's reason when the person dismissed it


def _byte(value: int) -> QDBusArgument:
    """``value`` as a D-Bus byte (``y``), for a hint in the ``a{sv}`` dict."""
    argument = QDBusArgument()
    argument << chr(value)  # a one-character str takes the uchar overload: a byte
    return argument


def _call(interface: QDBusInterface, method: str, *args: object) -> tuple[object, str]:
    """Call ``method`` with its arguments converted to the introspected D-Bus types.

    Blocks for at most the interface's timeout. Returns the result, and the error
    message ("" on success).
    """
    result = getattr(interface, method)(*args)
    error = interface.lastError()
    return result, error.message() if error.isValid() else ""


def _default_bus() -> QDBusConnection | None:
    """The session bus where a notification server can be, or None where there is none."""
    if sys.platform == "win32" or sys.platform == "darwin":
        return None  # no desktop notification server there; don't start a bus looking for one
    return QDBusConnection.sessionBus()


class Notifier(QObject):
    """Shows the reminder and reports the person's answer.

    ``answered`` is emitted once per reminder with ``"start"``, ``"snooze"`` or
    ``"skip"``, or ``"dismissed"`` when the person closed the notification
    without choosing. ``nativeActionsChanged`` follows ``native_actions`` (it
    becomes known once the server answered ``GetCapabilities``, shortly after
    start).
    """

    answered = Signal(str)
    nativeActionsChanged = Signal(bool)

    def __init__(
        self,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._bus = bus if bus is not None else _default_bus()
        self._server_running = False
        self._server_activatable = False
        self._capabilities: frozenset[str] | None = None
        self._capabilities_call: QDBusPendingCallWatcher | None = None
        self._server: QDBusInterface | None = None
        self._id = 0  # ours on screen; the server's ids start at 1
        self._answered = False
        self._tray_message = False
        self._activation_token = ""
        if tray is not None:
            tray.messageClicked.connect(self._on_tray_message_clicked)
        if self._bus is not None and self._bus.isConnected():
            self._watch_server(self._bus)

    # --- what the caller asks -------------------------------------------------------------

    @property
    def native_actions(self) -> bool:
        """True when the choices are buttons on the notification itself."""
        return self._capabilities is not None and "actions" in self._capabilities

    @property
    def available(self) -> bool:
        """True when there is some way to show the reminder: a server, or a visible tray."""
        return self._server_running or self._server_activatable or self._tray_usable()

    @property
    def showing(self) -> bool:
        """True while our notification is on screen, as far as the server has told us."""
        return self._id != 0

    @property
    def activation_token(self) -> str:
        """The XDG activation token the server sent with the last answer, or "".

        On Wayland, a window may take the focus only with such a token: the caller
        can put it in ``XDG_ACTIVATION_TOKEN`` before raising its window.
        """
        return self._activation_token

    def show(self, title: str, body: str) -> bool:
        """Show the reminder, replacing ours if one is on screen.

        False when nothing could show it: the caller then shows its own window.
        """
        self._tray_message = False
        if (self._server_running or self._server_activatable) and self._notify(title, body):
            return True
        if self._tray_usable():
            self._show_in_tray(title, body)
            return True
        log.info("no notification server and no tray icon to show the reminder")
        return False

    def withdraw(self) -> None:
        """Close our notification, if one is on screen."""
        self._tray_message = False  # a balloon cannot be taken back; its click no longer counts
        notification_id, self._id = self._id, 0
        if not notification_id or self._server is None:
            return
        error = _call(self._server, "CloseNotification", notification_id)[1]
        if error:
            log.warning("could not close notification %d: %s", notification_id, error)

    # --- the notification server ------------------------------------------------------------

    def _watch_server(self, bus: QDBusConnection) -> None:
        watcher = QDBusServiceWatcher(
            SERVICE, bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        watcher.serviceOwnerChanged.connect(self._on_server_owner_changed)
        for name, slot in (
            ("ActionInvoked", "_on_action_invoked(uint,QString)"),
            ("NotificationClosed", "_on_notification_closed(uint,uint)"),
            ("ActivationToken", "_on_activation_token(uint,QString)"),
        ):
            # The stubs ask for bytes; PySide 6.11 takes only the str that SLOT() makes.
            if not bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot)):  # type: ignore[call-overload]
                log.warning("could not listen to %s: %s", name, bus.lastError().message())
        self._server_running = self._ask_bus(bus, "NameHasOwner", SERVICE) is True
        if not self._server_running:
            activatable = self._ask_bus(bus, "ListActivatableNames")
            self._server_activatable = isinstance(activatable, list) and SERVICE in activatable
        if self._server_running or self._server_activatable:
            # Asked now, so that native_actions is known before the first reminder, and a
            # server started on demand is up by then.
            self._request_capabilities(bus)

    @staticmethod
    def _ask_bus(bus: QDBusConnection, method: str, *args: object) -> object:
        """A question to the bus itself (a separate process, quick to answer), or None."""
        message = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", method
        )
        message.setArguments(list(args))
        reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.debug("the bus did not answer %s: %s", method, reply.errorMessage())
            return None
        return reply.arguments()[0]

    def _get_capabilities_message(self) -> QDBusMessage:
        return QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")

    def _request_capabilities(self, bus: QDBusConnection) -> None:
        timeout = CALL_TIMEOUT_MS if self._server_running else ACTIVATION_TIMEOUT_MS
        call = bus.asyncCall(self._get_capabilities_message(), timeout)
        watcher = QDBusPendingCallWatcher(call, self)
        self._capabilities_call = watcher
        watcher.finished.connect(self._on_capabilities_call_finished)

    @Slot()
    def _on_capabilities_call_finished(self) -> None:
        watcher, self._capabilities_call = self._capabilities_call, None
        if watcher is None:
            return
        self._take_capabilities(watcher.reply())
        watcher.deleteLater()

    def _drop_capabilities_call(self) -> None:
        watcher, self._capabilities_call = self._capabilities_call, None
        if watcher is not None:
            watcher.finished.disconnect(self._on_capabilities_call_finished)
            watcher.deleteLater()

    def _take_capabilities(self, reply: QDBusMessage) -> bool:
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.warning("the notification server did not answer: %s", reply.errorMessage())
            return False
        before = self.native_actions
        self._capabilities = frozenset(str(name) for name in reply.arguments()[0])
        log.debug("notification server capabilities: %s", sorted(self._capabilities))
        if self.native_actions != before:
            self.nativeActionsChanged.emit(self.native_actions)
        return True

    def _ensure_capabilities(self) -> bool:
        """The server's capabilities are known, asking (and waiting briefly) if need be."""
        if self._capabilities is not None:
            return True
        if self._bus is None:
            return False
        watcher = self._capabilities_call
        if watcher is not None and self._server_running:
            # The question from the start is still out, with the short timeout: wait for it.
            watcher.waitForFinished()
            reply = watcher.reply()
            self._drop_capabilities_call()
            return self._take_capabilities(reply)
        # A server being started on demand: ask again, waiting no longer than for any call.
        self._drop_capabilities_call()
        reply = self._bus.call(
            self._get_capabilities_message(), QDBus.CallMode.Block, CALL_TIMEOUT_MS
        )
        return self._take_capabilities(reply)

    def _server_interface(self) -> QDBusInterface | None:
        """The server's interface, typed from its introspection; None if it has none."""
        if self._server is not None:
            return self._server
        if self._bus is None:
            return None
        server = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus, self)
        if not server.isValid() or not hasattr(server, "Notify"):
            log.warning("the notification server's interface: %s", server.lastError().message())
            server.deleteLater()
            return None
        server.setTimeout(CALL_TIMEOUT_MS)
        self._server = server
        return server

    def _notify(self, title: str, body: str) -> bool:
        if not self._ensure_capabilities():
            return False
        server = self._server_interface()
        if server is None:
            return False
        actions = (
            [part for key, label in ACTIONS for part in (key, translate("Notifications", label))]
            if self.native_actions
            else []
        )
        hints = {"desktop-entry": APP_ID, "urgency": _byte(URGENCY_NORMAL)}
        notification_id, error = _call(
            server, "Notify", APP_NAME, self._id, APP_ID, title, body, actions, hints, EXPIRE_NEVER
        )
        if error or not isinstance(notification_id, int):
            log.warning("the notification server refused the reminder: %s", error)
            return False
        self._id = int(notification_id)
        self._answered = False
        self._activation_token = ""
        return True

    @Slot(str, str, str)
    def _on_server_owner_changed(self, name: str, old_owner: str, new_owner: str) -> None:
        log.info("notification server %s: %r -> %r", name, old_owner, new_owner)
        before = self.native_actions
        self._server_running = bool(new_owner)
        self._capabilities = None
        self._drop_capabilities_call()
        self._id = 0  # ids belong to the server that gave them
        if self._server is not None:
            self._server.deleteLater()
            self._server = None
        if self.native_actions != before:
            self.nativeActionsChanged.emit(self.native_actions)
        if new_owner and self._bus is not None:
            self._request_capabilities(self._bus)

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, key: str) -> None:
        if not self._id or notification_id != self._id or self._answered:
            return  # another app's notification, or one already answered
        answer = ANSWERS.get(key)
        if answer is None:
            log.warning("unknown action %r on the reminder", key)
            return
        self._answered = True
        self.answered.emit(answer)

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, reason: int) -> None:
        if not self._id or notification_id != self._id:
            return
        self._id = 0
        if reason == CLOSED_BY_USER and not self._answered:
            self._answered = True
            self.answered.emit(DISMISSED)

    @Slot("uint", str)
    def _on_activation_token(self, notification_id: int, token: str) -> None:
        if self._id and notification_id == self._id:
            self._activation_token = token

    # --- the tray's balloon ---------------------------------------------------------------------

    def _tray_usable(self) -> bool:
        tray = self._tray
        return (
            tray is not None
            and tray.isVisible()  # shown by the app; True even where there is no tray
            and tray.isSystemTrayAvailable()
            and tray.supportsMessages()
        )

    def _show_in_tray(self, title: str, body: str) -> None:
        assert self._tray is not None
        icon = self._tray.icon()
        if icon.isNull():
            self._tray.showMessage(
                title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS
            )
        else:
            self._tray.showMessage(title, body, icon, TRAY_MESSAGE_MS)
        self._tray_message = True

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        if self._tray_message:
            self._tray_message = False
            self.answered.emit("start")
