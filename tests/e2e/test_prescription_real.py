"""A prescription double-clicked: the real program, in a real X window, shows the
acceptance view, whether it was started with the file or was already running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.running import running_app
from tests.e2e.test_real_window import TITLE, xdotool

pytestmark = pytest.mark.e2e

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example.stretches"
ACCEPT_TITLE = "A routine from your clinician"


def wait_for_window(display: str, name: str, seconds: float = 30) -> list[str]:
    """The visible windows called ``name``, once there is one (or none at the deadline)."""
    deadline = time.monotonic() + seconds
    while True:
        listed = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if listed or time.monotonic() > deadline:
            return listed
        time.sleep(0.1)  # polling another process


def test_started_with_a_prescription_it_shows_it_and_not_now_changes_nothing(
    display: str, app_env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    with running_app(app_env, "--theme", "light", "--data-dir", str(data), str(EXAMPLE)) as app:
        [dialog] = wait_for_window(display, ACCEPT_TITLE)
        assert wait_for_window(display, TITLE)  # the main window is up behind it
        xdotool(display, "windowfocus", "--sync", dialog)
        xdotool(display, "key", "Escape")  # "Not now", as a real key press
        deadline = time.monotonic() + 10
        while wait_for_window(display, ACCEPT_TITLE, seconds=0) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not wait_for_window(display, ACCEPT_TITLE, seconds=0)
        assert app.poll() is None
        assert not (data / "prescription.stretches").exists()  # nothing kept


def test_a_second_launch_with_a_prescription_hands_it_to_the_running_copy(
    display: str, app_env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    with running_app(app_env, "--theme", "light", "--data-dir", str(data)) as app:
        assert wait_for_window(display, TITLE)
        # It takes later launches once its window is up: its channel is then there.
        deadline = time.monotonic() + 30
        runtime = Path(app_env["XDG_RUNTIME_DIR"])
        while not list(runtime.glob("*.instance")) and time.monotonic() < deadline:
            time.sleep(0.1)  # polling another process
        second = subprocess.run(
            [sys.executable, "-m", "backspasm_gui", "--data-dir", str(data), str(EXAMPLE)],
            env=app_env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "Traceback" not in second.stderr
        [dialog] = wait_for_window(display, ACCEPT_TITLE)
        pid = xdotool(display, "getwindowpid", dialog)
        assert int(pid) == app.pid  # shown by the copy that was running
        assert len(wait_for_window(display, TITLE)) == 1  # and no second main window
