"""The clinician's report: one A4 page, readable printed, that says what was done.

The PDF is checked the way a person would meet it: poppler counts its pages,
renders it to pixels and reads its text back.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from backspasm_gui.core import i18n
from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Routine, localised
from backspasm_gui.report import ReportError, pdf, write_report
from backspasm_gui.report.content import summarise
from backspasm_gui.report.page import LEFT, RIGHT, Page
from backspasm_gui.report.pain_words import pain_text
from backspasm_gui.report.periods import periods
from backspasm_gui.report.routine_table import HEADINGS
from backspasm_gui.report.words import title
from tests.simulated import month

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


@pytest.fixture(scope="session")
def _poppler() -> None:
    """The PDF is read back with poppler: skipped without it, except in CI, which has it."""
    missing = [t for t in ("pdfinfo", "pdftotext", "pdftoppm") if shutil.which(t) is None]
    if missing:
        message = f"needs poppler-utils ({', '.join(missing)}; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


FIRST, LAST = date(2026, 10, 26), date(2026, 11, 22)
GENERATED = date(2026, 11, 23)

Write = Callable[..., Path]


@pytest.fixture(scope="module")
def records() -> list[SessionRecord]:
    return month()


@pytest.fixture
def write(tmp_path: Path, routine: Routine, records: list[SessionRecord]) -> Write:
    """Writes a report (the month, named, unless told otherwise) and gives its path."""

    def write(file: str = "report.pdf", **changes: object) -> Path:
        options: dict[str, object] = {
            "records": records,
            "first": FIRST,
            "last": LAST,
            "goal": 2,
            "name": "Jane Example",
            "generated": GENERATED,
            "handout": routine,
        }
        options.update(changes)
        path = tmp_path / file
        write_report(path, **options)  # type: ignore[arg-type]
        return path

    return write


@pytest.fixture(scope="module")
def month_pdf(
    tmp_path_factory: pytest.TempPathFactory,
    qapp: object,
    routine: Routine,
    records: list[SessionRecord],
) -> Path:
    path = tmp_path_factory.mktemp("month") / "month.pdf"
    write_report(
        path, records, routine, first=FIRST, last=LAST, goal=2, name="Jane Example",
        generated=GENERATED,
    )  # fmt: skip
    return path


def info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def text(path: Path) -> str:
    """The page's words, each run of spaces and line breaks made one space."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def inked(path: Path) -> float:
    """The share of the page's pixels that are not white, rendered in grey at 40 dpi."""
    out = subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-singlefile", str(path)], capture_output=True, check=True
    )
    data = out.stdout
    assert data.startswith(b"P5")
    fields: list[bytes] = []
    at = 2
    while len(fields) < 3:  # width, height, maximum value
        while data[at : at + 1].isspace():
            at += 1
        end = at
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    width, height = int(fields[0]), int(fields[1])
    pixels = data[at + 1 : at + 1 + width * height]
    assert len(pixels) == width * height
    return sum(value < 200 for value in pixels) / len(pixels)


def test_month_report_is_one_a4_page(month_pdf: Path) -> None:
    details = info(month_pdf)
    assert details["Pages"] == "1"
    assert "(A4)" in details["Page size"]


def test_month_report_renders_to_a_page_with_ink_on_it(month_pdf: Path) -> None:
    assert inked(month_pdf) > 0.06  # a header alone inks 4%


def test_month_report_names_the_patient_and_the_range(month_pdf: Path) -> None:
    words = text(month_pdf)
    assert "Name: Jane Example" in words
    assert "26 Oct 2026 – 22 Nov 2026 (4 weeks)" in words


def test_month_report_compares_with_the_handouts_two_to_three_a_day(month_pdf: Path) -> None:
    assert "2–3" in text(month_pdf)


def test_month_report_lists_every_stretch_of_the_handout(month_pdf: Path, routine: Routine) -> None:
    words = text(month_pdf)
    missing = [stretch.name for stretch in routine.stretches if stretch.name not in words]
    assert missing == []


def test_month_report_shows_the_longer_holds_against_the_handout(month_pdf: Path) -> None:
    assert "40 s (handout: 30 s)" in text(month_pdf)


def test_month_report_says_how_pain_moved(month_pdf: Path) -> None:
    words = text(month_pdf)
    assert (
        "Average pain before a session fell from 6.7 in the first week to 3.7 in the last" in words
    )
    assert "after a session, from 4.9 to 1.6" in words
    assert "Within a session, pain fell by 2.0 points on average" in words


@pytest.mark.usefixtures("marked")
def test_a_report_in_another_language_has_its_words_dates_and_numbers(write: Write) -> None:
    words = text(write())
    assert "«Name: Jane Example»" in words
    assert "«Period: ««26 Okt. 2026» – «22 Nov. 2026» (4 weeks)»»" in words
    for heading in ("Sessions per week", "Pain before and after a session", "The routine as done"):
        assert f"«{heading}»" in words
    assert "«1,8 a day»" in words
    assert "«Average pain before a session fell from 6,7 in the first week to 3,7" in words
    assert "«Within a session, pain fell by 2,0 points on average" in words
    assert "«A session counts as done when at least half of its holds were done.»" in words


def test_summary_counts_sessions_days_and_stops(records: list[SessionRecord]) -> None:
    summary = summarise(records, FIRST, LAST, goal=2)
    counting = [r for r in records if r.counts]
    per_day = {r.day: sum(o.day == r.day for o in counting) for r in counting}
    assert summary.started == len(records)
    assert summary.done == len(counting)
    assert summary.active_days == len(per_day)
    assert summary.met_days == sum(n >= 2 for n in per_day.values())
    assert summary.stopped_early == sum(not r.finished for r in records)
    assert summary.days == 28


def test_report_without_a_name_has_a_line_to_write_it_on(write: Write) -> None:
    words = text(write(name=""))
    assert "Name: ____" in words


def test_report_of_a_range_without_sessions_says_so_on_one_page(write: Write) -> None:
    path = write(first=date(2027, 1, 4), last=date(2027, 1, 31))
    assert info(path)["Pages"] == "1"
    assert "No sessions in this period." in text(path)


def test_report_without_ratings_says_none_were_recorded(
    write: Write, records: list[SessionRecord]
) -> None:
    unrated = [replace(r, pain_before=None, pain_after=None) for r in records]
    assert "No pain ratings recorded" in text(write(records=unrated))


def test_report_of_a_year_still_fits_on_one_page_with_a_bar_a_month(write: Write) -> None:
    year: list[SessionRecord] = []
    for n in range(14):
        year += month(date(2025, 12, 29) + timedelta(weeks=4 * n), seed=n)
    path = write(records=year, first=date(2026, 1, 1), last=date(2026, 12, 31))
    assert info(path)["Pages"] == "1"
    words = text(path)
    assert "Sessions per month" in words
    assert "Cat Cow" in words  # the routine table is still on the page


def test_report_of_a_quarter_keeps_a_bar_a_week_on_one_page(write: Write) -> None:
    quarter = month(date(2026, 10, 5), days=91)
    path = write(records=quarter, first=date(2026, 10, 5), last=date(2027, 1, 3))
    assert info(path)["Pages"] == "1"
    assert "Sessions per week" in text(path)


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


def test_pain_of_one_week_is_told_as_two_averages(records: list[SessionRecord]) -> None:
    week = [r for r in records if r.day <= date(2026, 11, 1)]
    unit, pool = periods(week, FIRST, date(2026, 11, 1))
    sentence = pain_text(week, unit, pool)
    assert sentence.startswith("Average pain before a session was 6.7; after a session, 4.9.")


def test_pain_that_rose_after_sessions_is_told_as_rising(records: list[SessionRecord]) -> None:
    rising = [
        replace(r, pain_after=2 + n // 12) if r.pain_after is not None else r
        for n, r in enumerate(records)
    ]
    unit, pool = periods(rising, FIRST, LAST)
    sentence = pain_text(rising, unit, pool)
    assert "; after a session, it rose from 2.2 in the first week to 5.6 in the last." in sentence


# --- in Spanish and German ------------------------------------------------------------------


class Measuring(Page):
    """A page that notes each text it draws that does not fit where it is drawn: cut short
    (elided), wrapped taller than its box or with a word wider than it, or out past the
    page's margins."""

    found: list[str]

    def text(self, x: float, y: float, w: float, h: float, text: str, **style: Any) -> None:
        size, bold = style.get("size", 9), style.get("bold", False)
        align = style.get("align", Qt.AlignmentFlag.AlignLeft)
        metrics = self.metrics(size, bold=bold)
        if style.get("wrap"):
            words = text.split(" ")  # a no-break space holds its words together
            widest = max(self.width(word, size, bold=bold) for word in words)
            if widest > w + 0.1:
                self.found.append(f"{text!r}: a word {widest:.1f} pt wide in {w:.1f} pt")
            need = self.wrapped_height(text, w, size, bold=bold)
            if need > h + 0.5:
                self.found.append(f"{text!r}: {need:.1f} pt tall in {h:.1f} pt")
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            inked = metrics.boundingRect(self.rect(0, 0, w, 10_000), flags, text).width() / self.k
        else:
            inked = self.width(text, size, bold=bold)
            if inked > w + 0.01:
                self.found.append(f"{text!r}: cut to {w:.1f} pt of {inked:.1f}")
        if align & Qt.AlignmentFlag.AlignRight:
            left = x + w - inked
        elif align & Qt.AlignmentFlag.AlignHCenter:
            left = x + (w - inked) / 2
        else:
            left = x
        if left < LEFT - 0.5 or left + min(inked, w) > RIGHT + 0.5:
            self.found.append(f"{text!r}: past the margin, {left:.1f} to {left + inked:.1f} pt")
        super().text(x, y, w, h, text, **style)


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the reports written in the test did not have room for."""
    found: list[str] = []
    monkeypatch.setattr(Measuring, "found", found, raising=False)
    monkeypatch.setattr(pdf, "Page", Measuring)
    return found


@pytest.fixture(scope="module")
def spans(records: list[SessionRecord]) -> dict[str, dict[str, object]]:
    """Reports of other lengths and contents than the month's, by name."""
    year: list[SessionRecord] = []
    for n in range(14):
        year += month(date(2025, 12, 29) + timedelta(weeks=4 * n), seed=n)
    return {
        "month": {},
        "quarter": {
            "records": month(date(2026, 10, 5), days=91),
            "first": date(2026, 10, 5),
            "last": date(2027, 1, 3),
        },
        "year": {"records": year, "first": date(2026, 1, 1), "last": date(2026, 12, 31)},
        "unrated": {"records": [replace(r, pain_before=None, pain_after=None) for r in records]},
    }


@pytest.mark.parametrize("speaking", ["es", "de"], indirect=True)
def test_a_report_in_spanish_or_german_is_one_page_with_its_headings(
    speaking: str, write: Write, routine: Routine
) -> None:
    handout = localised(routine)
    path = write(handout=handout, goal=3)
    assert info(path)["Pages"] == "1"
    words = text(path)
    headings = [
        translate("Report", "Sessions per week"),
        translate("Report", "Pain before and after a session"),
        translate("Report", "The routine as done"),
        *(translate("Report", heading) for heading in HEADINGS),
    ]
    assert headings[0] != "Sessions per week"  # the language is loaded
    assert [heading for heading in headings if heading not in words] == []
    assert title() in words
    missing = [stretch.name for stretch in handout.stretches if stretch.name not in words]
    assert missing == []  # every row of the routine table, none left out


@pytest.mark.usefixtures("speaking")
@pytest.mark.parametrize("speaking", list(i18n.LANGUAGES), indirect=True)
@pytest.mark.parametrize("span", ["month", "quarter", "year", "unrated"])
def test_every_word_of_the_report_has_room_in_every_language(
    span: str,
    write: Write,
    routine: Routine,
    spans: dict[str, dict[str, object]],
    measured: list[str],
) -> None:
    handout = localised(routine)
    name = "María Fernanda de los Ángeles García-Villanueva"
    path = write(handout=handout, goal=3, name=name, **spans[span])
    assert measured == []
    assert info(path)["Pages"] == "1"
    words = text(path)
    assert [s.name for s in handout.stretches if s.name not in words] == []
