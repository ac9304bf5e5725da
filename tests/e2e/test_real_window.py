"""The real program in a real X window (Xvfb), driven by real key presses (xdotool)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.running import running_app

pytestmark = pytest.mark.e2e

TITLE = "Back Spasm Stretches"


def xdotool(display: str, *args: str, timeout: float = 20) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return result.stdout.strip()


def wait_for_title(display: str, window: str, expected: str, seconds: float = 10) -> str:
    deadline = time.monotonic() + seconds
    name = ""
    while time.monotonic() < deadline:
        name = xdotool(display, "getwindowname", window)
        if name.startswith(expected):
            return name
        time.sleep(0.05)  # polling another process, not waiting for our own clock
    return name


@pytest.fixture
def app(app_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    with running_app(app_env, "--theme", "light") as process:
        yield process


def test_the_app_opens_a_real_window_showing_cat_cow(
    display: str, app: subprocess.Popen[str]
) -> None:
    found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
    window = found.splitlines()[0]
    assert xdotool(display, "getwindowname", window) == f"Cat Cow — {TITLE}"
    info = subprocess.run(
        ["xwininfo", "-id", window],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Map State: IsViewable" in info
    width = int(info.split("Width:")[1].split()[0])
    height = int(info.split("Height:")[1].split()[0])
    assert width >= 640
    assert height >= 480
    # The taskbar and window switcher show the app's own icon, not a blank one. It is set
    # just after the first paint (start-up puts the window first), so it may come a moment
    # after the window does.
    deadline = time.monotonic() + 10
    icon = ""
    while time.monotonic() < deadline and not icon.startswith("_NET_WM_ICON(CARDINAL)"):
        icon = subprocess.run(
            ["xprop", "-id", window, "_NET_WM_ICON"],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        time.sleep(0.05)  # polling another process, not waiting for our own clock
    assert icon.startswith("_NET_WM_ICON(CARDINAL)"), icon[:200]


def test_real_key_presses_move_through_the_routine(
    display: str, app: subprocess.Popen[str]
) -> None:
    window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
    window = window.splitlines()[0]
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "key", "--window", window, "Right")
    assert wait_for_title(display, window, "Back Extension") == f"Back Extension — {TITLE}"
    xdotool(display, "key", "--window", window, "Right")
    assert wait_for_title(display, window, "Knee to Chest, left side").startswith(
        "Knee to Chest, left side"
    )
    assert app.poll() is None  # still running


def test_a_second_launch_brings_the_first_forward_instead_of_a_second_window(
    display: str, app: subprocess.Popen[str], app_env: dict[str, str]
) -> None:
    found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
    first = found.splitlines()
    second = subprocess.run(
        [sys.executable, "-m", "backspasm_gui", "--theme", "light"],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    again = xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
    assert again.splitlines() == first  # the same window; no second one
    assert app.poll() is None
    # --theme cannot change a window already open: it says so rather than vanish.
    assert second.stderr.strip().endswith(
        "The app is already running, so it was brought to the front; quit it first "
        "to start it with --theme."
    )


def test_a_launch_with_another_data_folder_is_another_profile_beside_the_first(
    display: str, app: subprocess.Popen[str], app_env: dict[str, str], tmp_path: Path
) -> None:
    found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
    assert len(found.splitlines()) == 1
    other = tmp_path / "other-profile"
    with running_app(app_env, "--theme", "light", "--data-dir", str(other)) as second:
        deadline = time.monotonic() + 30
        windows: list[str] = []
        while time.monotonic() < deadline and len(windows) < 2:
            listed = xdotool(display, "search", "--onlyvisible", "--name", TITLE, timeout=10)
            windows = listed.splitlines()
            time.sleep(0.1)  # polling another process
        assert len(windows) == 2, "the other profile's window never opened"
        assert second.poll() is None
    assert app.poll() is None


def test_the_terminal_stays_quiet_on_a_machine_without_sound(
    display: str, app_env: dict[str, str]
) -> None:
    """Qt's sound backend reports PipeWire, VA and PulseAudio missing and a chime it cannot
    play: ten lines nobody can act on. They go to the log; the window says the one
    sentence that matters ("No sound output was found...")."""
    process = subprocess.Popen(
        [sys.executable, "-m", "backspasm_gui", "--theme", "light"],
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        xdotool(display, "search", "--sync", "--onlyvisible", "--name", TITLE, timeout=30)
        time.sleep(2.0)  # the sound and voice load just after the first paint
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert (out, err) == ("", "")
