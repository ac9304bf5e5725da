"""Measure the .deb against its budgets: sizes, file count, start time.

    python packaging/measure_dist.py DEB [--runs N]

Prints the .deb's size, its installed size and file count (unpacked with
``dpkg-deb -x``), and the time from starting the app to its window being
visible in a real X window under Xvfb, median and range of N runs (default
5), for the installed app and for the app from source (the checkout's
``.venv``, as ``make run`` starts it). Exits 1 if a budget is missed:

* .deb at most 60 MB, installed at most 200 MB;
* the installed app starts within 1.5x the time of the app from source.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from xwindow import start, xvfb  # noqa: E402

DEB_BUDGET_MB = 60.0
INSTALLED_BUDGET_MB = 200.0
START_RATIO_BUDGET = 1.5
MB = 1_000_000


def tree_size(root: Path) -> tuple[int, int]:
    """Bytes and number of files under ``root`` (symlinks count as files of no size)."""
    total = files = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_file():
            files += 1
            total += 0 if path.is_symlink() else path.stat().st_size
    return total, files


def timings(command: list[str], display: str, runs: int) -> list[float]:
    start(command, display)  # once to warm the disk cache, as a second launch would be
    return [start(command, display).seconds for _ in range(runs)]


def describe(seconds: list[float]) -> str:
    return (
        f"median {statistics.median(seconds):.3f} s "
        f"(min {min(seconds):.3f}, max {max(seconds):.3f}, n={len(seconds)})"
    )


def main(argv: list[str]) -> int:
    args = [arg for arg in argv if not arg.startswith("--")]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    if len(args) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    deb = Path(args[0])
    source = ROOT / ".venv" / "bin" / "backspasm-gui"
    if not source.exists():
        print(f"measure_dist: {source} is missing; run `make` first", file=sys.stderr)
        return 2
    deb_mb = deb.stat().st_size / MB
    misses: list[str] = []
    with tempfile.TemporaryDirectory(prefix="backspasm-measure-") as tmp:
        root = Path(tmp)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        installed_bytes, files = tree_size(root)
        installed_mb = installed_bytes / MB
        executable = root / "opt" / "backspasm-gui" / "backspasm-gui"
        with xvfb() as display:
            frozen = timings([str(executable)], display, runs)
            from_source = timings([str(source)], display, runs)
    ratio = statistics.median(frozen) / statistics.median(from_source)
    rows = [
        (".deb size", f"{deb_mb:.1f} MB", f"<= {DEB_BUDGET_MB:.0f} MB", deb_mb <= DEB_BUDGET_MB),
        (
            "installed size",
            f"{installed_mb:.1f} MB",
            f"<= {INSTALLED_BUDGET_MB:.0f} MB",
            installed_mb <= INSTALLED_BUDGET_MB,
        ),
        ("installed files", f"{files}", "", True),
        ("start, installed", describe(frozen), "", True),
        ("start, from source", describe(from_source), "", True),
        (
            "installed / source",
            f"{ratio:.2f}x",
            f"<= {START_RATIO_BUDGET}x",
            ratio <= START_RATIO_BUDGET,
        ),
    ]
    print(f"measure_dist: {deb.name}; start = spawn to visible window under Xvfb")
    for name, value, budget, within in rows:
        mark = "" if not budget else ("  ok" if within else "  OVER BUDGET")
        print(f"  {name:<20} {value:<50} {budget}{mark}")
        if not within:
            misses.append(name)
    if misses:
        print(f"measure_dist: over budget: {', '.join(misses)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
