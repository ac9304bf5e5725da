"""The command line, run as a person or a script would run it."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from dataclasses import replace
from importlib import metadata
from pathlib import Path

import pytest

from backspasm_gui.storage.history_db import HistoryDB
from tests.samples import GOOD, STRETCH, routine_text
from tests.simulated import month


def cli(
    *args: str, tmp_path: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "backspasm_gui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version_is_the_installed_version(tmp_path: Path) -> None:
    result = cli("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"backspasm-gui {metadata.version('backspasm-gui')}"


def test_print_routine_lists_the_eleven_holds_in_order(tmp_path: Path) -> None:
    result = cli("--print-routine", tmp_path=tmp_path)
    assert result.returncode == 0
    out = result.stdout
    assert "11 holds" in out
    assert " 3. Knee to Chest · Left side" in out
    assert " 4. Knee to Chest · Right side" in out
    assert out.index("Cat Cow") < out.index("Back Extension") < out.index("Child's Pose")
    assert "Lie face down with your hands under your shoulders." in out


def test_print_routine_json_is_for_machines(tmp_path: Path) -> None:
    result = cli("--print-routine", "--json", tmp_path=tmp_path)
    data = json.loads(result.stdout)
    assert len(data["holds"]) == 11
    assert data["hold_seconds"] == 330


def test_json_without_print_routine_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("--json", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--json goes with --print-routine or --timeline" in result.stderr


def test_another_routine_file_is_used(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD, encoding="utf-8")
    result = cli("--routine", str(path), "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("Mine\n2 holds")


BAD = {
    "syntax": (GOOD.replace("seconds = 30", "seconds 30"), ["line 10", "not valid TOML"]),
    "missing field": (GOOD.replace('name = "Knee to Chest"\n', ""), ["'name' is missing"]),
    "wrong type": (GOOD.replace("seconds = 30", 'seconds = "30"'), ["line 10", "'seconds'"]),
    "zero seconds": (GOOD.replace("seconds = 30", "seconds = 0"), ["line 10", "got 0"]),
    "negative seconds": (GOOD.replace("seconds = 30", "seconds = -5"), ["line 10", "got -5"]),
    "unknown key": (GOOD + 'colour = "red"\n', ["line 12", "unknown key 'colour'"]),
    "empty routine": (routine_text(stretch=""), ["no stretches"]),
    "duplicate id": (routine_text(STRETCH + STRETCH), ["line 14", "used twice"]),
}


@pytest.mark.parametrize(("text", "expected"), BAD.values(), ids=BAD.keys())
@pytest.mark.parametrize("mode", ["--print-routine", "window"])
def test_a_bad_routine_ends_with_one_sentence_and_exit_code_2(
    tmp_path: Path, text: str, expected: list[str], mode: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    extra = [mode] if mode != "window" else []
    result = cli("--routine", str(path), *extra, tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"backspasm-gui: {path}")
    for part in expected:
        assert part in lines[0]
    assert "Traceback" not in result.stderr


def test_a_missing_routine_file_is_one_sentence_and_exit_code_2(tmp_path: Path) -> None:
    result = cli("--routine", str(tmp_path / "nowhere.toml"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"backspasm-gui: {tmp_path / 'nowhere.toml'}: the file does not exist"
    )


def test_a_routine_file_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    result = cli("--routine", str(path), "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr


@pytest.mark.parametrize("step", ["0", "12"])
def test_screenshot_of_a_hold_that_does_not_exist_is_refused(tmp_path: Path, step: str) -> None:
    result = cli("--screenshot", str(tmp_path / "x.png"), "--step", step, tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--step must be between 1 and 11" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_tiny_screenshot_size_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("--screenshot", str(tmp_path / "x.png"), "--size", "10x10", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "outside 320x240" in result.stderr


def test_screenshot_writes_a_picture_of_the_asked_size_and_theme(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from backspasm_gui.ui.theme import DARK

    out = tmp_path / "dark.png"
    result = cli(
        "--screenshot",
        str(out),
        "--step",
        "3",
        "--size",
        "800x600",
        "--theme",
        "dark",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    assert QColor(image.pixel(2, 2)) == QColor(DARK.window)
    # The demonstration is in it (the window draws the figure just after its first paint).
    figure = QColor(DARK.figure).getRgb()[:3]
    body = sum(
        1
        for y in range(0, 600, 3)
        for x in range(0, 480, 3)
        if sum(
            abs(a - b) for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3], figure, strict=True)
        )
        < 12
    )
    assert body > 150


def test_the_lead_ins_can_be_set(tmp_path: Path) -> None:
    result = cli(
        "--lead-in", "8", "--switch-lead-in", "2", "--print-routine", "--json", tmp_path=tmp_path
    )
    data = json.loads(result.stdout)
    assert data["session_seconds"] == 330 + 7 * 8 + 4 * 2


@pytest.mark.parametrize("value", ["-1", "61", "soon"])
def test_a_lead_in_out_of_range_is_a_usage_error(tmp_path: Path, value: str) -> None:
    result = cli("--lead-in", value, "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--lead-in" in result.stderr


def test_timeline_prints_every_cue_of_a_whole_session(tmp_path: Path) -> None:
    result = cli("--timeline", tmp_path=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Session timeline: 11 holds, 8 min 34 s from Start to the end."
    # Each lead-in names the stretch, then says the handout's steps one at a time.
    at = lines.index("  0:00.0  speech        “Next: Cat Cow.”")
    assert lines[at + 1 : at + 3] == [
        "  0:02.2  step          step 1",
        "  0:02.2  speech        “Start on your hands and knees.”",
    ]
    pigeon = [
        line.split("“")[1].rstrip("”")
        for line in lines[
            lines.index(
                "  6:04.0  speech        “Next: Gluteal Stretch (Pigeon Pose), left side.”"
            ) :
        ]
        if "speech" in line
    ][:4]
    assert pigeon[1:] == [
        "Start in a hands-and-knees position.",
        "Bring one knee forward and place it behind your opposite hand, "
        "while extending the other leg straight back.",
        "Gently lower your hips toward the floor and lean forward over the bent leg.",
    ]
    assert lines[-1] == "  8:34.0  speech        “Well done — routine complete.”"
    assert sum("chime         tick" in line for line in lines) == 33


def test_lead_ins_given_on_the_command_line_are_fixed_and_say_the_stretch_at_once(
    tmp_path: Path,
) -> None:
    result = cli("--timeline", "--lead-in", "5", "--switch-lead-in", "3", tmp_path=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0] == "Session timeline: 11 holds, 6 min 17 s from Start to the end."
    assert "  0:00.0  speech        “Next: Cat Cow. Start on your hands and knees.”" in lines


def test_timeline_json_follows_the_lead_ins(tmp_path: Path) -> None:
    result = cli("--timeline", "--json", "--lead-in", "2", tmp_path=tmp_path)
    data = json.loads(result.stdout)
    assert data["seconds"] == 330 + 7 * 2 + 4 * 3
    assert {c["what"] for c in data["cues"]} >= {"get-ready", "hold", "chime", "speech", "finish"}


# --- history: --export-csv, --report, --data-dir -------------------------------------


def stored_month(directory: Path) -> int:
    """A month of simulated sessions stored as the app stores them; how many."""
    store, problem = HistoryDB.open(directory / "history.sqlite3")
    assert problem == ""
    records = month()
    for record in records:
        store.save(replace(record, id=None))
    store.close()
    return len(records)


def test_export_csv_writes_every_stored_session(tmp_path: Path) -> None:
    sessions = stored_month(tmp_path / "data")
    out = tmp_path / "sessions.csv"
    result = cli("--data-dir", str(tmp_path / "data"), "--export-csv", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == sessions


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path) -> None:
    sessions = stored_month(tmp_path / "elsewhere")
    out = tmp_path / "sessions.csv"
    env_args = {"BACKSPASM_DATA_DIR": str(tmp_path / "elsewhere")}
    result = cli("--export-csv", str(out), tmp_path=tmp_path, env=env_args)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig").count("\n") == sessions + 1


def test_export_with_no_history_yet_says_so_and_writes_the_header(tmp_path: Path) -> None:
    out = tmp_path / "sessions.csv"
    result = cli("--data-dir", str(tmp_path / "none"), "--export-csv", str(out), tmp_path=tmp_path)
    assert result.returncode == 0
    assert "No sessions are recorded yet" in result.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("id,date,")
    assert not (tmp_path / "none").exists()  # exporting creates no history


def test_export_to_an_unwritable_place_is_one_sentence(tmp_path: Path) -> None:
    stored_month(tmp_path / "data")
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = cli(
        "--data-dir",
        str(tmp_path / "data"),
        "--export-csv",
        str(blocker / "x.csv"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 1
    assert "could not be saved" in result.stderr
    assert "Traceback" not in result.stderr


def test_report_for_a_chosen_range_is_a_pdf(tmp_path: Path) -> None:
    stored_month(tmp_path / "data")
    out = tmp_path / "report.pdf"
    result = cli(
        "--data-dir",
        str(tmp_path / "data"),
        "--report",
        str(out),
        "--from",
        "2026-10-26",
        "--to",
        "2026-11-22",
        "--name",
        "Sam Example",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-11-01"), "--from, --to and --name go with --report"),
        (("--report", "r.pdf", "--from", "1 Nov"), "expected a date as YYYY-MM-DD"),
        (
            ("--report", "r.pdf", "--from", "2026-11-20", "--to", "2026-11-01"),
            "--from 2026-11-20 is after --to 2026-11-01",
        ),
    ],
)
def test_report_options_are_checked(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    result = cli(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr


def test_the_help_and_its_mistakes_are_in_the_chosen_language(tmp_path: Path) -> None:
    spanish = cli("--language", "es", "--help", tmp_path=tmp_path)
    assert spanish.returncode == 0
    assert spanish.stdout.startswith("uso: backspasm-gui")
    assert "muestra esta ayuda y termina" in spanish.stdout
    assert "guarda el historial en DIR" in spanish.stdout
    german = cli("--language", "de", "--size", "3x3", tmp_path=tmp_path)
    assert german.returncode == 2
    assert "Fehler: argument --size: 3x3 liegt außerhalb von 320x240 bis 8192x8192" in german.stderr


def test_print_routine_speaks_the_chosen_language(tmp_path: Path) -> None:
    german = cli("--language", "de", "--print-routine", tmp_path=tmp_path)
    assert german.returncode == 0
    assert "Katze-Kuh" in german.stdout
    assert "Gehen Sie in den Vierfüßlerstand." in german.stdout
    assert "Cat Cow" not in german.stdout


def test_a_screenshot_at_twice_the_text_and_a_text_size_out_of_range(tmp_path: Path) -> None:
    shot = tmp_path / "large.png"
    made = cli("--screenshot", str(shot), "--size", "640x480", "--zoom", "2", tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    assert shot.stat().st_size > 10_000
    refused = cli("--screenshot", str(shot), "--zoom", "5", tmp_path=tmp_path)
    assert refused.returncode == 2
    assert "expected a text size from 0.75 to 2, got '5'" in refused.stderr
