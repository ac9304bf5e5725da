"""The settings file through the real program: spoiled by random bytes, a folder in its
place or made read-only, the app says so in one sentence and does its work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.command import cli, stored_month
from tests.storage.settings_files import RANDOM_BYTES, read_only


@pytest.fixture
def settings_file() -> Path:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "backspasm" / "Back Spasm Stretches.conf"
    path.parent.mkdir(parents=True)
    return path


def report(tmp_path: Path) -> tuple[int, list[str]]:
    """--report on a month of history: the exit code and what it said on stderr."""
    stored_month(tmp_path / "data")
    out = tmp_path / "report.pdf"
    result = cli("--data-dir", str(tmp_path / "data"), "--report", str(out), tmp_path=tmp_path)
    assert "Traceback" not in result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    return result.returncode, result.stderr.splitlines()


def test_a_settings_file_of_random_bytes_is_kept_aside_and_said(
    tmp_path: Path, settings_file: Path
) -> None:
    settings_file.write_bytes(RANDOM_BYTES)
    code, said = report(tmp_path)
    assert code == 0
    [kept] = settings_file.parent.glob("Back Spasm Stretches-unreadable-*.conf")
    assert kept.read_bytes() == RANDOM_BYTES
    assert said == [
        f"backspasm-gui: Your settings could not be read, so they were moved to {kept} "
        "and the defaults are used."
    ]


def test_a_folder_in_the_settings_files_place_is_said(tmp_path: Path, settings_file: Path) -> None:
    settings_file.mkdir()
    code, said = report(tmp_path)
    assert code == 0
    assert said == [
        f"backspasm-gui: Your settings cannot be saved to {settings_file}, "
        "so changes last only until the app closes."
    ]


def test_a_read_only_settings_file_is_said(tmp_path: Path, settings_file: Path) -> None:
    settings_file.write_text("[progress]\ngoal=2\n", encoding="utf-8")
    with read_only(settings_file):
        code, said = report(tmp_path)
    assert code == 0
    assert said == [
        f"backspasm-gui: Your settings cannot be saved to {settings_file}, "
        "so changes last only until the app closes."
    ]
