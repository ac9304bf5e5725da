"""Where the history lives: --data-dir, then BACKSPASM_DATA_DIR, then the system's place."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from backspasm_gui import APP_NAME
from backspasm_gui.storage.paths import ENV, data_dir, history_path


def test_the_command_line_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, str(tmp_path / "from-env"))
    assert data_dir(tmp_path / "from-option") == tmp_path / "from-option"


def test_the_environment_names_the_folder_without_the_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, str(tmp_path / "from-env"))
    assert data_dir() == tmp_path / "from-env"


@pytest.fixture
def named() -> Iterator[None]:
    """The application's names, as startup.py sets them, for one test."""
    before = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("backspasm")
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])


@pytest.mark.usefixtures("named")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is the Linux convention")
def test_otherwise_the_apps_own_folder_in_the_systems_data_folder_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    data_home = Path(os.environ["XDG_DATA_HOME"])  # the test's private home
    assert data_dir() == data_home / "backspasm" / APP_NAME


def test_without_the_applications_names_there_is_no_default_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    before = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName("")
    try:
        with pytest.raises(RuntimeError, match="names"):
            data_dir()
    finally:
        QCoreApplication.setOrganizationName(before)


def test_the_history_file_is_named_in_the_folder(tmp_path: Path) -> None:
    assert history_path(tmp_path) == tmp_path / "history.sqlite3"
