"""What the end-to-end tests share: a private X server and one person's session on it."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import xwindow

from tests.tools import require_tools

TOOLS = ("Xvfb", "xdotool", "xwininfo", "xprop")


@pytest.fixture
def display() -> Iterator[str]:
    require_tools(TOOLS, "xvfb, xdotool, x11-utils")
    with xwindow.xvfb() as number:  # the one the .deb check uses: waits until it takes clients
        yield number


@pytest.fixture
def app_env(display: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """One person's session: their display, settings, logs and private runtime folder.

    The runtime folder is short, as /run/user/UID is: a socket's path has room for
    only 107 bytes, and pytest's folders can be longer than that."""
    with tempfile.TemporaryDirectory(prefix="xdg-", dir="/tmp") as runtime:
        os.chmod(runtime, 0o700)
        yield {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_RUNTIME_DIR": runtime,
        }
