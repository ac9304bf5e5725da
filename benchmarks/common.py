"""What the benchmarks share: a private X server with a window manager, and app processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import xwindow  # noqa: E402
from xwindow import xvfb  # noqa: E402

BIN = ROOT / ".venv" / "bin"
SOURCE_APP = [str(BIN / "backspasm-gui")]
BUNDLE_APP = [str(ROOT / "build" / "bundle" / "backspasm-gui" / "backspasm-gui")]
BARE_WINDOW = [str(BIN / "python"), str(ROOT / "benchmarks" / "bare_window.py")]
TOOLS = {"openbox": "openbox", "xdotool": "xdotool", "Xvfb": "xvfb", "xev": "x11-utils"}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def require_tools() -> None:
    missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if missing:
        raise SystemExit(
            f"bench: needs the Debian packages {' '.join(sorted(set(missing)))} "
            "(make bench installs them)"
        )


@contextmanager
def desktop() -> Iterator[str]:
    """Xvfb with openbox, so windows can be minimised and raised as on a desktop."""
    require_tools()
    with xvfb() as display:
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.5)  # until openbox manages the screen (not part of any measurement)
        try:
            yield display
        finally:
            wm.terminate()
            wm.wait(timeout=10)


@dataclass
class App:
    process: subprocess.Popen[bytes]
    home: Path
    started: float  # time.monotonic() just before the process was spawned

    @property
    def pid(self) -> int:
        return self.process.pid


@contextmanager
def launched(command: Sequence[str], display: str) -> Iterator[App]:
    """``command`` with a fresh home under ``display``; stopped on leaving."""
    with tempfile.TemporaryDirectory(prefix="backspasm-bench-") as tmp:
        home = Path(tmp)
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_RUNTIME_DIR": str(home),
            "BACKSPASM_REPORT_FIRST_PAINT": str(home / "painted"),
        }
        started = time.monotonic()
        process = subprocess.Popen(
            list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            yield App(process, home, started)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def first_paint(app: App, timeout: float = 30.0) -> float:
    """Seconds from spawning ``app`` to its first flushed paint."""
    report = app.home / "painted"
    deadline = time.monotonic() + timeout
    while not report.exists() or not report.read_text(encoding="utf-8").endswith("\n"):
        if app.process.poll() is not None:
            raise SystemExit(f"bench: {app.process.args!r} exited with {app.process.returncode}")
        if time.monotonic() > deadline:
            raise SystemExit(f"bench: no paint from {app.process.args!r} within {timeout:.0f} s")
        time.sleep(0.002)  # polling a file another process writes; not part of its time
    return float(report.read_text(encoding="utf-8")) - app.started


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of every thread of ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def wakeups(pid: int) -> int:
    """Context switches of the main (GUI) thread: each is one wake-up of its event loop."""
    total = 0
    for line in Path(f"/proc/{pid}/task/{pid}/status").read_text().splitlines():
        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
            total += int(line.split()[1])
    return total


def pss_mb(pid: int) -> float:
    """Proportional set size: the process's own pages plus its share of those it shares
    (Qt's libraries with another Qt app): what it really costs the machine."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def x(display: str, *args: str) -> str:
    """Run an X tool on ``display``; its output, or stop the benchmark with its error."""
    result = xwindow.x(display, *args)
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip()
