"""A real session in the real window is in the history afterwards, and the command line
exports it: the whole path from a key press to the clinician's CSV and PDF."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.running import running_app
from tests.e2e.test_real_window import TITLE, wait_for_title, xdotool
from tests.samples import SHORT_ROUTINE

pytestmark = pytest.mark.e2e


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backspasm_gui", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_session_done_in_the_real_window_is_exported_by_the_command_line(
    display: str, app_env: dict[str, str], tmp_path: Path
) -> None:
    routine = tmp_path / "short.toml"
    routine.write_text(SHORT_ROUTINE, encoding="utf-8")
    data = tmp_path / "data"
    args = ["--routine", str(routine), "--lead-in", "0", "--switch-lead-in", "0"]
    with running_app(app_env, "--data-dir", str(data), *args):
        found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
        window = found.splitlines()[0]
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "--window", window, "3")  # pain before: 3, by its digit key
        xdotool(display, "key", "--window", window, "space")  # Start
        assert wait_for_title(display, window, "Well done", seconds=20).startswith("Well done")
    assert (data / "history.sqlite3").exists()

    table = tmp_path / "sessions.csv"
    exported = run_cli(app_env, "--data-dir", str(data), "--export-csv", str(table))
    assert exported.returncode == 0, exported.stderr
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert rows[0]["outcome"] == "finished"
    assert (rows[0]["holds_done"], rows[0]["holds_planned"]) == ("3", "3")
    assert rows[0]["pain_before"] == "3"

    if shutil.which("pdftotext") is None:
        return
    report = tmp_path / "report.pdf"
    made = run_cli(
        app_env, "--data-dir", str(data), "--report", str(report), "--name", "A. Patient"
    )
    assert made.returncode == 0, made.stderr
    text = subprocess.run(
        ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "A. Patient" in text
