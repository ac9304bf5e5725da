"""The report as a file: one A4 page with ink on it, written whole or not at all.

The PDF is checked the way a person would meet it: poppler counts its pages,
renders it to pixels and reads its text back.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPainter

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.routine import Routine
from backspasm_gui.report import ReportError, pdf, write_report
from tests.report.reading import FIRST, LAST, Write, info, inked, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_month_report_is_one_a4_page(month_pdf: Path) -> None:
    details = info(month_pdf)
    assert details["Pages"] == "1"
    assert "(A4)" in details["Page size"]


def test_month_report_renders_to_a_page_with_ink_on_it(month_pdf: Path) -> None:
    assert inked(month_pdf) > 0.06  # a header alone inks 4%


def test_report_of_a_range_without_sessions_says_so_on_one_page(write: Write) -> None:
    path = write(first=date(2027, 1, 4), last=date(2027, 1, 31))
    assert info(path)["Pages"] == "1"
    assert "No sessions in this period." in text(path)


def test_report_into_a_missing_folder_raises_report_error_naming_the_path(
    tmp_path: Path, routine: Routine, records: list[SessionRecord]
) -> None:
    target = tmp_path / "gone" / "report.pdf"
    with pytest.raises(ReportError, match="the folder does not exist") as raised:
        write_report(target, records, routine, first=FIRST, last=LAST, goal=2)
    assert str(target) in str(raised.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_report_into_a_read_only_folder_raises_report_error_and_leaves_nothing(
    tmp_path: Path, routine: Routine, records: list[SessionRecord]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        target = folder / "report.pdf"
        with pytest.raises(ReportError, match="permission denied") as raised:
            write_report(target, records, routine, first=FIRST, last=LAST, goal=2)
        assert str(raised.value) == f"Could not write the report to {target}: permission denied."
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_report_failing_half_way_leaves_the_earlier_one_as_it_was(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = write()
    before = earlier.read_bytes()

    def disk_full(page: object, content: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf, "draw", disk_full)
    with pytest.raises(ReportError, match="the disk is full") as raised:
        write()
    assert str(earlier) in str(raised.value)
    assert earlier.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_report_of_a_range_ending_before_it_starts_is_refused_before_writing(
    write: Write, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        write(first=LAST, last=FIRST)
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_that_qt_cannot_start_raises_report_error_and_leaves_nothing(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPainter, "begin", lambda _painter, _device: False)
    with pytest.raises(ReportError, match="could not be opened for writing") as raised:
        write()
    assert str(tmp_path / "report.pdf") in str(raised.value)
    assert list(tmp_path.iterdir()) == []
