"""One copy of the app per person: a second launch brings the first one forward and exits.

The first copy listens on a local socket (a named pipe on Windows). On Linux and macOS
the socket lives only in a folder no one else can enter: the desktop's runtime folder
(``$XDG_RUNTIME_DIR``), else ``backspasm-<uid>`` in the temporary folder, made 0700 and
checked to be the user's own (not a link, no rights for others) before it is used. A
folder someone else made there in advance is not used: the app says so and starts.

A later launch connects, sends one line and waits for ``ok``: ``activate``, and the
first copy emits ``activated`` so the window can come to the front; or ``open`` and a
file's path (a double-clicked prescription), and the first copy emits
``openRequested`` with it. The path travels as a JSON string, so any name (spaces,
newlines, any script) arrives whole on one ASCII line. Something listening that does
not answer ``ok`` is not a copy of the app: the launch says so and starts anyway,
rather than vanish without a window.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

from backspasm_gui import APP_ID
from backspasm_gui.core.i18n import translate
from backspasm_gui.private import FOLDER_MODE, is_ours_and_private

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate"  # sent as a line: b"activate\n"
OPEN = b"open "  # then the path as a JSON string: b'open "/home/ana/x.stretches"\n'
OK = b"ok"  # the running copy's answer, as a line: b"ok\n"
_MAX_LINE = 8192  # a path's JSON is at most ~6 KB (PATH_MAX 4096, escaped); more is not ours
REPLY_MS = 2000  # a running copy busy starting answers within this; a squatter never does


def _user() -> str:
    import getpass  # noqa: PLC0415 - only without a runtime folder; not on every start

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no LOGNAME/USER and no passwd entry
        if hasattr(os, "getuid"):
            return str(os.getuid())
        return os.environ.get("USERNAME", "")


def default_name(profile: str | None = None) -> str:
    """The socket for this user: in the desktop's private runtime folder where there is
    one and it is private (Linux), else in ``backspasm-<uid>`` in the temporary folder
    (POSIX; :meth:`SingleInstance.check` makes and checks it); on Windows the app id and
    a short hash of the user name.

    ``profile``: a data folder other than the usual one (``--data-dir``) is another
    person's history, so its copy runs beside the usual one under a name of its own."""
    import hashlib  # noqa: PLC0415 - small, and only here

    suffix = ""
    if profile:
        suffix = "-" + hashlib.sha256(profile.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if os.name == "posix":
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if os.path.isabs(runtime) and _private_folder(runtime):
            return os.path.join(runtime, f"{APP_ID}{suffix}.instance")
        # Short: macOS's temporary folder is 49 characters of the 104 a socket may have.
        return os.path.join(QDir.tempPath(), f"backspasm-{os.getuid()}", f"instance{suffix}")
    digest = hashlib.sha256(_user().encode("utf-8", "surrogatepass")).hexdigest()
    return f"{APP_ID}-{digest[:12]}{suffix}"


def _private_folder(folder: str) -> bool:
    """``folder`` is the user's own and closed to others (a link to one is not)."""
    try:
        return is_ours_and_private(os.lstat(folder))
    except OSError:
        return False


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
        self._off = False  # the channel cannot be trusted: run alone, without it
        self._squatted = False  # something that is not the app answers on the name
        self.problem = ""  # what the person is told about it, one sentence

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
        if self._server is not None or self._off:
            return True
        self._opening = opening
        if not self._folder_is_private():
            return True
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

    def _folder_is_private(self) -> bool:
        """A socket path's folder exists (made 0700 if missing) and is the user's alone;
        if not, the channel is off for this run and :attr:`problem` says so."""
        if os.name != "posix" or not os.path.isabs(self.name):
            return True
        folder = os.path.dirname(self.name)
        try:
            os.mkdir(folder, FOLDER_MODE)
        except FileExistsError:
            pass
        except OSError:
            log.warning("Could not make %s", folder, exc_info=True)
        if _private_folder(folder):
            return True
        log.warning("%s is not this user's private folder; running without one copy", folder)
        self._off = True
        self.problem = translate(
            "SingleInstance",
            "The folder {folder} belongs to someone else or is open to others, so the app "
            "started without it: launching it again may open a second window.",
        ).format(folder=folder)
        return False

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

        if self._server is not None or self._off:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self.name):
            return self._listening(server)
        if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Another copy started since we tried, one crashed and left its socket, or
            # something that is not the app holds the name (we take it over).
            if not self._squatted and self._ask_to_activate(timeout_ms, _message(self._opening)):
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
                connection.settimeout(REPLY_MS / 1000)
                answer = _answer(connection.recv)
            except OSError as exc:
                log.debug("No answer on %s: %s", self.name, exc)
                answer = b""
        return self._answered(answer)

    def _answered(self, answer: bytes) -> bool:
        """True if ``answer`` came from a copy of the app; else say what holds the name."""
        if answer == OK:
            log.info("Another copy of the app is running; asked it to come forward")
            return True
        log.warning("Something that is not this app listens on %s; starting anyway", self.name)
        self._squatted = True
        self.problem = translate(
            "SingleInstance",
            "Another program is holding the channel this app uses to run as one copy "
            "({name}), so it started anyway: launching it again may open a second window.",
        ).format(name=self.name)
        return False

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
        answer = b""
        if socket.canReadLine() or socket.waitForReadyRead(REPLY_MS):
            answer = bytes(socket.readLine(len(OK) + 2).data()).strip()
        socket.abort()
        return self._answered(answer)

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
        opening = _path(line[len(OPEN) :]) if line.startswith(OPEN) else None
        if line != ACTIVATE and not opening:
            log.warning("Ignored an unknown message from a local connection: %r", line[:40])
            socket.abort()
            socket.deleteLater()
            return
        # The later launch is answered and let go first: what follows may open a window
        # and wait for the person (the prescription's acceptance view); it must not wait.
        socket.write(OK + b"\n")  # a copy of the app, not something else, has it
        socket.flush()
        socket.disconnectFromServer()
        socket.deleteLater()
        if opening:
            log.info("A later launch asked this copy to open a file")
            self.openRequested.emit(opening)
        else:
            log.info("A later launch asked this copy to come forward")
            self.activated.emit()


def _answer(receive: Callable[[int], bytes]) -> bytes:
    """The line the running copy answers (without its end), at most a few bytes read."""
    got = b""
    while b"\n" not in got and len(got) <= len(OK):
        chunk = receive(len(OK) + 2 - len(got))
        if not chunk:
            break
        got += chunk
    return got.partition(b"\n")[0] if b"\n" in got else b""


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
