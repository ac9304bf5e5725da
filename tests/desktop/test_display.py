"""No screen: the app says so in one sentence before Qt aborts with advice about libraries."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backspasm_gui.desktop.display import missing_display

LINUX = "linux"


def test_no_display_named_is_one_sentence() -> None:
    said = missing_display({}, LINUX)
    assert said == "No display found (DISPLAY is not set): run this from a desktop session."


def test_xcb_asked_for_without_a_display_is_found_too() -> None:
    assert missing_display({"QT_QPA_PLATFORM": "xcb"}, LINUX).startswith("No display found")


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": "otherhost:0"},  # remote: Qt's to find out
    ],
    ids=["offscreen", "minimal", "wayland", "remote-x"],
)
def test_platforms_that_need_no_local_x_server_are_left_to_qt(environ: dict[str, str]) -> None:
    assert missing_display(environ, LINUX) == ""


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_always_have_their_own_screen(system: str) -> None:
    assert missing_display({}, system) == ""


@pytest.fixture
def listening_x_socket(tmp_path: Path) -> Iterator[int]:
    """A display number whose abstract-namespace socket listens, like an X server's."""
    number = 9000 + os.getpid() % 1000
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
    except OSError:
        pytest.skip("this system has no abstract Unix sockets")
    server.listen(1)
    yield number
    server.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's abstract sockets")
def test_a_local_x_server_that_answers_is_a_display(listening_x_socket: int) -> None:
    assert missing_display({"DISPLAY": f":{listening_x_socket}"}, LINUX) == ""


def test_a_local_display_nobody_serves_is_named_in_the_sentence() -> None:
    said = missing_display({"DISPLAY": ":4242"}, LINUX)
    assert said == (
        "No display answers at DISPLAY=:4242: run this from a desktop session, "
        "or start the X server first."
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11's DISPLAY")
def test_starting_the_app_without_a_display_exits_2_with_the_sentence(tmp_path: Path) -> None:
    """As `make run` over ssh: one line on stderr, exit code 2, no Qt abort."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTEST_CURRENT_TEST")
    }
    env |= {"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run(
        [sys.executable, "-m", "backspasm_gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        "backspasm-gui: No display found (DISPLAY is not set): run this from a desktop session."
    ]
