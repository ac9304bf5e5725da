"""The real app, started offscreen as `backspasm-gui` starts it (tests/app_probe.py), keeps
its window and session when Qt's sound or speech module cannot be loaded, and when an
error nobody foresaw happens after its first paint."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.samples import SHORT_ROUTINE


def probe(tmp_path: Path, *args: str, **env: str) -> tuple[dict[str, Any], str, Path]:
    """Start the app with the probe; what it saw, the app's stderr, and the log file."""
    state = tmp_path / "state"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(state),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "BACKSPASM_SPEECH_ENGINE": "mock",
        "PYTHONPATH": str(ROOT),
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.app_probe", "--data-dir", str(tmp_path / "d"), *args],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr
    return json.loads(lines[-1]), result.stderr, state / "backspasm" / "backspasm-gui.log"


def assert_the_session_runs(seen: dict[str, Any]) -> None:
    assert seen["visible"]
    first, *_, last = seen["states"]
    assert first["state"] == "get-ready"
    assert last["state"] == "holding"


def test_without_qtmultimedia_the_window_and_session_run_and_say_the_chimes_are_silent(
    tmp_path: Path,
) -> None:
    seen, stderr, _ = probe(
        tmp_path,
        "--lead-in",
        "1",
        PROBE_BLOCK="PySide6.QtMultimedia=libpulse.so.0",
    )
    assert_the_session_runs(seen)
    sentence = (
        "The chimes are silent because the sound library libpulse.so.0 could not be loaded on "
        "this computer; the screen still shows every step."
    )
    assert seen["shown_notice"] == sentence
    assert stderr == ""


def test_without_qttexttospeech_the_window_and_session_run_and_say_there_is_no_voice(
    tmp_path: Path,
) -> None:
    seen, stderr, _ = probe(
        tmp_path,
        "--lead-in",
        "1",
        PROBE_BLOCK="PySide6.QtTextToSpeech=libQt6TextToSpeech.so.6",
    )
    assert_the_session_runs(seen)
    sentence = (
        "Spoken guidance is not available on this computer (the speech library "
        "libQt6TextToSpeech.so.6 could not be loaded); the chimes still play."
    )
    # The window's one sentence about sound: this one, or, on a computer without a sound
    # device, that nothing sounds at all; the sound panel says why the voice is off.
    assert seen["voice_note"] == sentence
    assert seen["shown_notice"] in (
        sentence,
        "No sound output was found, so the chimes and the voice are silent; "
        "the screen still shows every step.",
    )
    assert stderr == ""


def test_without_either_the_window_says_the_session_is_silent(tmp_path: Path) -> None:
    seen, _, _ = probe(
        tmp_path,
        "--lead-in",
        "1",
        PROBE_BLOCK="PySide6.QtMultimedia=libpulse.so.0,PySide6.QtTextToSpeech=libspeechd.so.2",
    )
    assert_the_session_runs(seen)
    assert seen["shown_notice"] == (
        "The chime sounds could not be loaded and spoken guidance is not available, "
        "so the session is silent; the screen still shows every step."
    )


def test_an_unforeseen_error_after_the_first_paint_is_said_and_the_app_carries_on(
    tmp_path: Path,
) -> None:
    routine = tmp_path / "short.toml"
    routine.write_text(SHORT_ROUTINE, encoding="utf-8")
    seen, stderr, log = probe(
        tmp_path,
        "--routine",
        str(routine),
        "--lead-in",
        "0.5",
        "--switch-lead-in",
        "0.5",
        PROBE_RAISE_AT="2.5",
        PROBE_QUIT_AT="7",
    )
    sentence = (
        "Something unexpected went wrong inside the app; it carries on with your session "
        f"and history as they were, and the details are in {log}."
    )
    assert seen["visible"]
    assert seen["shown_notice"] == sentence
    assert stderr == f"backspasm-gui: {sentence}\n"
    assert "RuntimeError: the probe's own unforeseen error" in log.read_text(encoding="utf-8")
    # The error came mid-session; the session went on to its end, and the history has
    # it whole: all three holds, done, in one finished session.
    _, at_error, last = seen["states"]
    assert at_error["state"] in ("get-ready", "holding")
    assert at_error["holds_done"] < 3
    assert last == {"state": "finished", "index": 2, "holds_done": 3}
    with sqlite3.connect(tmp_path / "d" / "history.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT finished FROM sessions").fetchall() == [(1,)]
        assert db.execute("SELECT count(*) FROM holds WHERE done = 1").fetchone() == (3,)


@pytest.mark.parametrize(
    ("error", "module", "library"),
    [
        (ImportError("libpulse.so.0: cannot open shared object file"), "m", "libpulse.so.0"),
        (OSError("dlopen(libfoo.dylib): image not found"), "m", "libfoo.dylib"),
        (
            ImportError("DLL load failed while importing QtMultimedia"),
            "QtMultimedia",
            "QtMultimedia",
        ),
    ],
)
def test_the_sentence_names_the_missing_library_or_else_the_module(
    error: BaseException, module: str, library: str
) -> None:
    from backspasm_gui.audio.unavailable import missing_library

    assert missing_library(error, module) == library
