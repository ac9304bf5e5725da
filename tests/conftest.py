"""Shared test set-up: headless Qt, and no test writes into the real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backspasm_gui import resources
from backspasm_gui.core.routine import Routine, load_routine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the system's language; the tests read English unless one chooses
# another (LANGUAGE is the first thing Qt asks on Unix).
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logs, settings and caches of anything started by a test go to a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))


@pytest.fixture
def root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture(scope="session")
def routine() -> Routine:
    """The handout's routine, as the app loads it."""
    return load_routine(resources.path("routine.toml"))
