"""Start a program in a real X window under Xvfb and time until its window is visible.

Shared by the .deb check (``packaging/linux/check_deb.py``) and the size and
start-time measurement (``packaging/measure_dist.py``).
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TITLE = "Back Spasm Stretches"
FIRST_STRETCH = "Cat Cow"
TOOLS = ("Xvfb", "xdotool", "xev", "xprop", "stdbuf")


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise SystemExit(
            f"needs {', '.join(missing)} (Debian: xvfb, xdotool, x11-utils, coreutils; "
            "make test installs them)"
        )


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY."""
    require_tools()
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # written once the server accepts clients
    try:
        if not number:
            raise SystemExit("Xvfb did not start")
        display = f":{number}"
        # Xvfb names its display a moment before every client can connect; a
        # program started in that moment fails ("could not connect to display").
        deadline = time.monotonic() + 10
        while x(display, "xdotool", "getmouselocation").returncode != 0:
            if time.monotonic() > deadline:
                raise SystemExit(f"Xvfb on {display} accepts no clients")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def x(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )


@dataclass(frozen=True)
class Started:
    seconds: float  # from spawning the process to its window being viewable
    window: str
    title: str
    has_icon: bool
    stderr: str
    log: str


def _map_watcher(display: str) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    """``xev`` reporting every top-level window the X server maps, line by line.

    One watching client instead of polling with a new xdotool every few
    milliseconds: that churn of connections made Xvfb refuse the app's own
    connection about one start in three. A thread hands its lines over, so a
    line already read into a buffer is never left waiting for the next event.
    """
    watcher = subprocess.Popen(
        ["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    stream = watcher.stdout
    assert stream is not None

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    time.sleep(0.3)  # until xev has selected the root window's events (not timed)
    return watcher, lines


def _first_titled_map(
    lines: queue.Queue[str],
    display: str,
    *,
    begun: float,
    timeout: float,
    process: subprocess.Popen[bytes] | None,
) -> tuple[str, float]:
    """The first mapped window whose title names the app, and when it was mapped.

    ``process``: give up early when it exits (``None`` for a launcher that
    returns at once).
    """
    mapping = False
    while (left := begun + timeout - time.perf_counter()) > 0:
        try:
            line = lines.get(timeout=min(left, 0.5))
        except queue.Empty:
            if process is not None and process.poll() is not None:
                return "", time.perf_counter() - begun
            continue
        if line.startswith("MapNotify"):
            mapping = True
        elif mapping:
            mapping = False
            seconds = time.perf_counter() - begun
            match = re.search(r"window (0x[0-9a-f]+), override (YES|NO)", line)
            if match and match.group(2) == "NO":
                window = str(int(match.group(1), 16))
                if TITLE in x(display, "xdotool", "getwindowname", window).stdout:
                    return window, seconds
    return "", timeout


def _icon(display: str, window: str, seconds: float = 5.0) -> str:
    """The window's _NET_WM_ICON; the app sets it just after its first paint."""
    deadline = time.monotonic() + seconds
    while True:
        icon = x(display, "xprop", "-id", window, "_NET_WM_ICON").stdout
        if "_NET_WM_ICON(CARDINAL)" in icon or time.monotonic() > deadline:
            return icon
        time.sleep(0.1)  # polling another process's property


def start(
    command: Sequence[str], display: str, timeout: float = 30.0, detached: bool = False
) -> Started:
    """Run ``command`` with a fresh home, wait for its visible window, then close it.

    ``detached``: the command is a launcher (``gio launch``) that starts the app
    and returns; the app is then found, and closed, by its window.
    """
    with tempfile.TemporaryDirectory(prefix="backspasm-x-") as home:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_RUNTIME_DIR": home,
        }
        errors = Path(home) / "stderr.txt"
        watcher, lines = _map_watcher(display)
        begun = time.perf_counter()
        with errors.open("w") as sink:  # a file, not a pipe: a detached app keeps it open
            process = subprocess.Popen(
                list(command), env=env, stdout=subprocess.DEVNULL, stderr=sink
            )
        window = owner = ""
        try:
            window, seconds = _first_titled_map(
                lines, display, begun=begun, timeout=timeout, process=None if detached else process
            )
            title = x(display, "xdotool", "getwindowname", window).stdout.strip() if window else ""
            icon = _icon(display, window) if window else ""
            owner = x(display, "xdotool", "getwindowpid", window).stdout.strip() if window else ""
        finally:
            watcher.kill()
            watcher.wait()
            if owner.isdigit() and int(owner) != process.pid:  # started through a launcher
                os.kill(int(owner), signal.SIGTERM)
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        stderr = errors.read_text(encoding="utf-8", errors="replace")
        log_file = Path(home) / "state" / "backspasm" / "backspasm-gui.log"
        log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    if not window:
        raise SystemExit(
            f"no window titled {TITLE!r} appeared within {timeout:.0f} s of {' '.join(command)}\n"
            f"stderr:\n{stderr}\nlog:\n{log}"
        )
    return Started(seconds, window, title, "_NET_WM_ICON(CARDINAL)" in icon, stderr, log)
