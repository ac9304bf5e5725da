"""The benchmark behind `make bench`: start time, CPU, memory and timer accuracy.

    python benchmarks/bench.py [--quick] [--runs N] [--json FILE]

Prints a table of every number against its budget and writes them all as
JSON (default build/bench.json). Exits 1 if a budget is missed. --quick
shortens each measurement (for trying changes; the README's numbers come
from a full run, which takes about 12 minutes).

1. Start to first painted window, in a real X window (Xvfb): the app from
   source (.venv), from the PyInstaller bundle (build/bundle, what the .deb
   installs), and a bare PySide6 window (QtCore, QtGui and QtWidgets only), as
   the floor. Runs are interleaved so a slow moment hits all three alike.
2. CPU time per minute and main-thread wake-ups per minute of the real app
   under Xvfb with a window manager (openbox): ready, counting down with the
   ring and the moving picture, the same minimised, paused; and idle in the
   tray as after login (--background, with trayer as the system tray).
3. Memory: resident size after start, growth over 100 sessions in one process
   (benchmarks/memory.py).
4. Timer accuracy: a whole session at real speed with every core kept busy
   (benchmarks/timer_accuracy.py).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (  # noqa: E402
    BARE_WINDOW,
    BIN,
    BUNDLE_APP,
    ROOT,
    SOURCE_APP,
    cpu_seconds,
    desktop,
    first_paint,
    launched,
    pss_mb,
    rss_mb,
    wakeups,
    x,
)

START_RATIO = 1.3  # app start within 1.3x the bare window
COUNTING_CPU_PERCENT = 1.0  # of one core, ring and picture animating, window visible
STILL_WAKEUPS_PER_MINUTE = 6.0  # "no timer running": only stray X and audio events
GROWTH_MB = 2.0  # over 100 sessions
HOLD_END_MS = 20.0  # each hold ends within this of its deadline
TITLE = "Back Spasm Stretches"
HOLD_MEASURED = 25.0  # seconds, within Cat Cow's 30 s hold


SETTLED = 2.0  # seconds after the first paint: the rest of the start is done


def start_times(display: str, runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Seconds to the first paint, and PSS in MB once settled, of each of the three."""
    commands = {"source": SOURCE_APP, "bundle": BUNDLE_APP, "bare": BARE_WINDOW}
    times: dict[str, list[float]] = {name: [] for name in commands}
    pss: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):
        for name, command in commands.items():
            with launched(command, display) as app:
                seconds = first_paint(app)
                if run == 1:  # memory once: it hardly varies
                    time.sleep(SETTLED)
                    pss[name].append(pss_mb(app.pid))
            if run:  # the first round only warms the disk cache
                times[name].append(seconds)
    return times, pss


def measure(pid: int, seconds: float) -> dict[str, float]:
    cpu, woke = cpu_seconds(pid), wakeups(pid)
    time.sleep(seconds)  # the measured process runs on its own meanwhile
    cpu, woke = cpu_seconds(pid) - cpu, wakeups(pid) - woke
    return {
        "seconds": seconds,
        "cpu_seconds_per_minute": round(cpu * 60 / seconds, 3),
        "cpu_percent_of_one_core": round(cpu * 100 / seconds, 3),
        "wakeups_per_minute": round(woke * 60 / seconds, 1),
    }


def cat_cow_lead_in() -> float:
    """How long the app's first lead-in lasts: as long as its sentences take to say."""
    from backspasm_gui import resources
    from backspasm_gui.core.poses import load_demonstrations
    from backspasm_gui.core.routine_file import load_routine
    from backspasm_gui.core.script import Scripts
    from backspasm_gui.storage.settings import AudioPrefs

    routine = load_routine(resources.path("routine.toml"))
    scripts = Scripts(load_demonstrations(resources.path("poses.toml")), AudioPrefs().rate)
    script = scripts(routine.steps[0], False)
    return max(5.0, script.seconds if script else 0.0)


def cpu_profile(display: str, seconds: float) -> tuple[dict[str, dict[str, float]], float]:
    rows: dict[str, dict[str, float]] = {}
    with launched(SOURCE_APP, display) as app:
        first_paint(app)
        time.sleep(2)  # start-up work settles
        rss = rss_mb(app.pid)
        window = x(display, "xdotool", "search", "--sync", "--onlyvisible", "--name", TITLE)
        window = window.splitlines()[0]
        rows["ready, window visible"] = measure(app.pid, seconds / 2)
        lead_in = cat_cow_lead_in()
        x(display, "xdotool", "windowactivate", "--sync", window, "key", "space")
        time.sleep(1)
        # Cat Cow's get-ready: the figure shows each step as its sentence is said.
        rows["getting ready, visible"] = measure(app.pid, lead_in - 2)
        time.sleep(2)  # into the hold: Cat Cow, ring and picture moving
        rows["counting down, visible"] = measure(app.pid, min(seconds, HOLD_MEASURED))
        x(display, "xdotool", "windowminimize", "--sync", window)
        time.sleep(1)
        rows["counting down, minimised"] = measure(app.pid, seconds)
        x(display, "xdotool", "windowactivate", "--sync", window)
        time.sleep(1)
        x(display, "xdotool", "key", "--window", window, "space")  # Pause
        time.sleep(1)
        rows["paused, window visible"] = measure(app.pid, seconds / 2)
        x(display, "xdotool", "windowminimize", "--sync", window)
        time.sleep(1)
        rows["paused, minimised"] = measure(app.pid, seconds / 2)
        if app.process.poll() is not None:
            raise SystemExit("bench: the app exited during the CPU measurement")
    return rows, rss


def tray_profile(display: str, seconds: float) -> dict[str, float]:
    """The app started as on login (--background): only a tray icon, waiting to remind."""
    if shutil.which("trayer") is None:
        raise SystemExit("bench: needs trayer, a system tray for X (Debian: trayer)")
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--widthtype", "pixel", "--width", "120"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1)  # until the tray owns its selection (not part of any measurement)
        with launched([*SOURCE_APP, "--background"], display) as app:
            time.sleep(3)  # start-up work settles
            shown = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", TITLE],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
                text=True,
                check=False,
            )
            if shown.stdout.strip():
                raise SystemExit("bench: --background showed a window: is the tray there?")
            row = measure(app.pid, seconds)
            if app.process.poll() is not None:
                raise SystemExit("bench: the app exited while idle in the tray")
            return row
    finally:
        tray.terminate()
        tray.wait(timeout=10)


def helper(script: str, *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [str(BIN / "python"), str(HERE / script), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"bench: {script} failed:\n{result.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def spread(values: list[float]) -> str:
    return (
        f"{statistics.median(values) * 1000:5.0f} ms  "
        f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f}, n={len(values)})"
    )


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else (5 if quick else 9)
    out = (
        Path(argv[argv.index("--json") + 1]) if "--json" in argv else ROOT / "build" / "bench.json"
    )
    if not Path(BUNDLE_APP[0]).exists():
        raise SystemExit(f"bench: {BUNDLE_APP[0]} is missing; `make bench` builds it")
    began = time.monotonic()
    print("bench: start times ...", flush=True)
    with desktop() as display:
        starts, pss = start_times(display, runs)
        print("bench: CPU per state ...", flush=True)
        cpu, rss_start = cpu_profile(display, 20.0 if quick else 60.0)
        print("bench: idle in the tray ...", flush=True)
        cpu["idle in the tray"] = tray_profile(display, 30.0 if quick else 120.0)
    print("bench: memory over sessions ...", flush=True)
    memory = helper("memory.py", "--sessions", "20" if quick else "100")
    print("bench: timer accuracy at real speed, every core busy ...", flush=True)
    timing = helper("timer_accuracy.py", *(["--holds", "2"] if quick else []))
    print("bench: the history over a year ...", flush=True)
    history = helper("history_store.py", "--sessions", "50" if quick else "200")

    bare = statistics.median(starts["bare"])
    source_ratio = statistics.median(starts["source"]) / bare
    bundle_ratio = statistics.median(starts["bundle"]) / bare
    counting = cpu["counting down, visible"]["cpu_percent_of_one_core"]
    still = {
        name: row["wakeups_per_minute"]
        for name, row in cpu.items()
        if name.startswith(("ready", "paused", "idle"))
    }
    checks = {
        "start from source within 1.3x bare": source_ratio <= START_RATIO,
        "start of the bundle within 1.3x bare": bundle_ratio <= START_RATIO,
        "counting down visible at most 1% of a core": counting <= COUNTING_CPU_PERCENT,
        "no timer while nothing moves": all(v <= STILL_WAKEUPS_PER_MINUTE for v in still.values()),
        "memory growth under 2 MB": memory["growth_mb"] < GROWTH_MB,
        "every hold ends within 20 ms": timing["phase_end_late_ms_worst"] <= HOLD_END_MS
        and timing["phase_end_early_ms_worst"] == 0,
        "no drift": abs(timing["drift_ms"]) < 0.001,
    }

    def mark(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    lines = [
        "",
        "Start to first painted window (Xvfb, real X window)",
        f"  bare PySide6 window          {spread(starts['bare'])}",
        f"  app from source              {spread(starts['source'])}  "
        f"{source_ratio:.2f}x bare  <= {START_RATIO}x {mark(source_ratio <= START_RATIO)}",
        f"  app from the bundle          {spread(starts['bundle'])}  "
        f"{bundle_ratio:.2f}x bare  <= {START_RATIO}x {mark(bundle_ratio <= START_RATIO)}",
        "",
        "CPU and wake-ups of the main thread (app from source, Xvfb + openbox)",
    ]
    for name, row in cpu.items():
        lines.append(
            f"  {name:<28} {row['cpu_seconds_per_minute']:6.3f} CPU s/min  "
            f"{row['cpu_percent_of_one_core']:6.3f}% of a core  "
            f"{row['wakeups_per_minute']:7.1f} wake-ups/min"
        )
    lines += [
        f"  budgets: counting down visible <= {COUNTING_CPU_PERCENT}% "
        f"{mark(checks['counting down visible at most 1% of a core'])}; "
        f"ready, paused and in the tray <= {STILL_WAKEUPS_PER_MINUTE:.0f} wake-ups/min "
        f"{mark(checks['no timer while nothing moves'])}",
        "",
        "Memory",
        f"  PSS {SETTLED:.0f} s after start: app {pss['source'][0]:.1f} MB, bundle "
        f"{pss['bundle'][0]:.1f} MB, bare window {pss['bare'][0]:.1f} MB",
        f"  resident after start (real app, Xvfb)   {rss_start:6.1f} MB",
        f"  over {memory['sessions']} sessions in one process      "
        f"{memory['rss_after_first_session_mb']:.1f} -> "
        f"{memory['rss_after_last_session_mb']:.1f} MB, "
        f"growth {memory['growth_mb']:+.2f} MB  < {GROWTH_MB} MB "
        f"{mark(checks['memory growth under 2 MB'])}",
        f"  live Python objects                     {memory['python_objects_after_first']} -> "
        f"{memory['python_objects_after_last']}",
        "",
        f"Timer accuracy ({timing['holds']} holds, "
        f"{timing['session_seconds']:.0f} s at real speed, "
        f"{timing['load_processes']} busy processes)",
        f"  phase ends late, worst / median          {timing['phase_end_late_ms_worst']:.2f} / "
        f"{timing['phase_end_late_ms_median']:.2f} ms  "
        f"(early: {timing['phase_end_early_ms_worst']:.2f})"
        f"  <= {HOLD_END_MS:.0f} ms {mark(checks['every hold ends within 20 ms'])}",
        f"  calls inside holds late, worst           {timing['call_late_ms_worst']:.2f} ms",
        f"  drift at the end of the session          {timing['drift_ms']:.6f} ms  "
        f"{mark(checks['no drift'])}",
        "",
        f"History (a year: {history['sessions_in_year']:.0f} sessions, SQLite)",
        f"  save one session (insert + 3 saves)      {history['save_session_ms_median']:.2f} ms "
        f"median, {history['save_session_ms_max']:.2f} max",
        f"  open / load the year                     {history['open_year_ms']:.1f} / "
        f"{history['load_year_ms_median']:.1f} ms, file {history['db_year_kb']:.0f} KB",
        f"  today's count                            {history['today_count_ms']:.2f} ms",
        f"  CSV / PDF report / progress view         {history['csv_year_ms']:.0f} / "
        f"{history['report_year_ms']:.0f} / {history['progress_view_year_ms']:.0f} ms",
        "",
        f"bench: {sum(checks.values())} of {len(checks)} budgets hold"
        f"{' (quick run)' if quick else ''}; {time.monotonic() - began:.0f} s",
    ]
    print("\n".join(lines))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "quick": quick,
                "start_seconds": starts,
                "start_ratio_to_bare": {"source": source_ratio, "bundle": bundle_ratio},
                "cpu": cpu,
                "pss_after_start_mb": {name: values[0] for name, values in pss.items()},
                "rss_after_start_mb": rss_start,
                "memory": memory,
                "timer": timing,
                "history": history,
                "budgets": checks,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"bench: wrote {out}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
