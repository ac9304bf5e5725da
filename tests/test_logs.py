"""The log file: kept to a few hundred kilobytes and three older copies."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from backspasm_gui.logs import rotate, setup_logging


def test_a_full_log_is_turned_over_at_start_and_the_oldest_copy_dropped(tmp_path: Path) -> None:
    log = tmp_path / "backspasm-gui.log"
    for number, words in ((1, "one"), (2, "two"), (3, "three")):
        (tmp_path / f"backspasm-gui.log.{number}").write_text(words)
    log.write_text("x" * 101)

    rotate(log, max_bytes=100, backups=3)

    assert not log.exists()
    assert (tmp_path / "backspasm-gui.log.1").read_text() == "x" * 101
    assert (tmp_path / "backspasm-gui.log.2").read_text() == "one"
    assert (tmp_path / "backspasm-gui.log.3").read_text() == "two"
    assert not (tmp_path / "backspasm-gui.log.4").exists()  # "three" was the oldest


def test_a_log_with_room_left_is_written_on(tmp_path: Path) -> None:
    log = tmp_path / "backspasm-gui.log"
    log.write_text("x" * 100)

    rotate(log, max_bytes=100, backups=3)
    rotate(tmp_path / "not-yet.log", max_bytes=100, backups=3)  # no log yet: nothing to do

    assert log.read_text() == "x" * 100
    assert sorted(path.name for path in tmp_path.iterdir()) == ["backspasm-gui.log"]


def test_a_log_that_cannot_be_opened_costs_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder where the log file should be (or a read-only home): the app runs on,
    and logging a line later raises nothing."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    (tmp_path / "backspasm" / "backspasm-gui.log").mkdir(parents=True)
    root = logging.getLogger()
    kept = root.handlers[:]
    root.handlers = [h for h in kept if not getattr(h, "_backspasm", False)]
    try:
        setup_logging(verbose=False)
        logging.getLogger("backspasm_gui.test").error("still running")
    finally:
        root.handlers = kept


def test_qt_messages_go_to_the_log_not_the_terminal(
    qapp: object, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import qWarning

    from backspasm_gui.startup import _qt_messages_to_the_log

    _qt_messages_to_the_log()
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("QSoundEffect: playback of this format is not supported")
    assert "QSoundEffect: playback of this format is not supported" in caplog.text
    assert "QSoundEffect" not in capfd.readouterr().err
