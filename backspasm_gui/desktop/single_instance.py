"""One copy of the app per person: a second launch brings the first one forward and exits.

The first copy listens on a local socket named after the user (a socket file in
the temporary folder on Linux and macOS, a named pipe on Windows). A later
launch connects, sends one line and quits: ``activate``, and the first copy emits
``activated`` so the window can come to the front; or ``open`` and a file's path
(a double-clicked prescription), and the first copy emits ``openRequested`` with it.
The path travels as a JSON string, so any name (spaces, newlines, any script) arrives
whole on one ASCII line.
"""

from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

from backspasm_gui import APP_ID

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate"  # sent as a line: b"activate\n"
OPEN = b"open "  # then the path as a JSON string: b'open "/home/ana/x.stretches"\n'
_MAX_LINE = 8192  # a path's JSON is at most ~6 KB (PATH_MAX 4096, escaped); more is not ours


def _user() -> str:
    import getpass  # noqa: PLC0415 - only without a runtime folder; not on every start

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no LOGNAME/USER and no passwd entry
        if hasattr(os, "getuid"):
            return str(os.getuid())
        return os.environ.get("USERNAME", "")


def default_name(profile: str | None = None) -> str:
    """The socket name for this user: in the user's private runtime folder where the
    desktop has one (Linux), else the app id and a short hash of the user name.

    ``profile``: a data folder other than the usual one (``--data-dir``) is another
    person's history, so its copy runs beside the usual one under a name of its own."""
    import hashlib  # noqa: PLC0415 - small, and only here

    suffix = ""
    if profile:
        suffix = "-" + hashlib.sha256(profile.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.name == "posix" and os.path.isabs(runtime) and os.path.isdir(runtime):
        return os.path.join(runtime, f"{APP_ID}{suffix}.instance")
    digest = hashlib.sha256(_user().encode("utf-8", "surrogatepass")).hexdigest()
    return f"{APP_ID}-{digest[:12]}{suffix}"


class SingleInstance(QObject):
    """Claims the app's name for this process, or wakes the process that already has it."""

    activated = Signal()  # another launch asked this one to come to the front
    openRequested = Signal(str)  # another launch was given this file to open

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_name()
        self._server: QLocalServer | None = None
        self._lock: QLockFile | None = None
        self._opening: str | None = None  # the file this launch was given, to hand over

    def claim(self, timeout_ms: int = 500) -> bool:
        """True if this process is the first and now listens; False if another one runs.

        On False the other copy has been asked to come forward, and the caller exits.
        When listening is impossible for another reason, this logs and returns True:
        the person can stretch with two windows rather than none.
        """
        if not self.check(timeout_ms, timeout_ms):
            return False
        return self.listen(timeout_ms)

    def check(
        self, timeout_ms: int = 500, lock_ms: int = 3000, *, opening: str | None = None
    ) -> bool:
        """The first half of :meth:`claim`, all that start-up waits for: False if another
        copy runs (it has been asked to come forward). On True this process holds the
        name's lock until :meth:`listen`, so a launch meanwhile waits for it and then
        finds this copy listening.

        A launch waits up to ``lock_ms`` for the lock: another copy holds it only while
        it starts, and waiting is better than a second window on a slow computer.

        On Unix the check is a plain socket connection: Qt's network module, which
        the listening needs, costs 13 ms to load and is loaded just after the window.
        """
        if self._server is not None:
            return True
        self._opening = opening
        # On Unix, listen() with UserAccessOption replaces any socket file, a live
        # copy's too; a lock around check-then-listen keeps two launches at once
        # from both winning. QLockFile sees through a lock whose process died.
        lock = QLockFile(self._lock_path())
        if lock.tryLock(lock_ms):
            self._lock = lock
        else:
            log.debug("Claiming %s without its lock: %s", self.name, lock.error())
        if self._ask_to_activate(timeout_ms, _message(opening)):
            self.release_lock()
            return False
        return True

    def listen(self, timeout_ms: int = 500) -> bool:
        """Listen for later launches, then let go of the lock :meth:`check` took; False if
        a copy started in between (it has been asked to come forward)."""
        try:
            return self._listen(timeout_ms)
        finally:
            self.release_lock()

    def release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def close(self) -> None:
        """Stop listening and free the name for the next launch."""
        self.release_lock()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _listen(self, timeout_ms: int) -> bool:
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer  # noqa: PLC0415

        if self._server is not None:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self.name):
            return self._listening(server)
        if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Either another copy started since we tried, or one crashed and left its socket.
            if self._ask_to_activate(timeout_ms, _message(self._opening)):
                server.deleteLater()
                return False
            log.info("Removing the socket a crashed copy left behind: %s", self.name)
            QLocalServer.removeServer(self.name)
            if server.listen(self.name):
                return self._listening(server)
        log.warning(
            "Could not check for another copy of the app (%s); running anyway",
            server.errorString(),
        )
        server.deleteLater()
        return True

    def _lock_path(self) -> str:
        if os.path.isabs(self.name):  # a socket path of its own: the lock beside it
            return f"{self.name}.lock"
        safe = re.sub(r"[^\w.-]", "_", self.name)
        return os.path.join(QDir.tempPath(), f"{safe}.lock")

    def _listening(self, server: QLocalServer) -> bool:
        self._server = server
        log.debug("Listening for later launches on %s", server.fullServerName())
        return True

    def _ask_to_activate(self, timeout_ms: int, message: bytes = ACTIVATE) -> bool:
        """Wake the copy that owns the name with ``message``; False if there is none to
        connect to."""
        if os.name != "posix":
            return self._ask_through_qt(timeout_ms, message)  # a named pipe on Windows
        import socket  # noqa: PLC0415 - 3 ms, against 13 ms for QtNetwork

        # Where QLocalServer puts a name that is not a path: the temporary folder.
        path = self.name if os.path.isabs(self.name) else os.path.join(QDir.tempPath(), self.name)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(timeout_ms / 1000)
            try:
                connection.connect(path)
            except OSError as exc:
                log.debug("No other copy on %s: %s", self.name, exc)
                return False
            try:
                connection.sendall(message + b"\n")
            except OSError as exc:
                log.warning("Could not ask the running copy to come forward: %s", exc)
        log.info("Another copy of the app is running; asked it to come forward")
        return True

    def _ask_through_qt(self, timeout_ms: int, message: bytes = ACTIVATE) -> bool:
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            log.debug("No other copy on %s: %s", self.name, socket.errorString())
            socket.abort()
            return False
        socket.write(message + b"\n")
        socket.flush()
        if socket.bytesToWrite() > 0 and not socket.waitForBytesWritten(timeout_ms):
            log.warning("Could not ask the running copy to come forward: %s", socket.errorString())
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        log.info("Another copy of the app is running; asked it to come forward")
        return True

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # the line may have arrived with the connection

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_LINE:
                log.warning("Dropped a local connection that sent no line")
                socket.abort()
                socket.deleteLater()
            return
        line = bytes(socket.readLine().data()).strip()
        # The later launch is let go first: what follows may open a window and wait
        # for the person (the prescription's acceptance view), and it must not wait too.
        socket.disconnectFromServer()
        socket.deleteLater()
        if line == ACTIVATE:
            log.info("A later launch asked this copy to come forward")
            self.activated.emit()
        elif line.startswith(OPEN) and (path := _path(line[len(OPEN) :])):
            log.info("A later launch asked this copy to open a file")
            self.openRequested.emit(path)
        else:
            log.warning("Ignored an unknown message from a local connection: %r", line[:40])


def _message(opening: str | None) -> bytes:
    if opening is None:
        return ACTIVATE
    import json  # noqa: PLC0415 - only when a second launch hands over a file

    return OPEN + json.dumps(opening).encode("ascii")


def _path(sent: bytes) -> str | None:
    """The path an ``open`` line carries, or None if it is not a JSON string."""
    import json  # noqa: PLC0415

    try:
        path = json.loads(sent.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return path if isinstance(path, str) and path and "\0" not in path else None
