"""The page in every language: each word has room where it is drawn, in every language
the app speaks, and the page stays one page; in Arabic it reads from the right."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from backspasm_gui.core import i18n
from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.routine import Routine, localised
from backspasm_gui.report import pdf
from backspasm_gui.report.page import LEFT, RIGHT, Page
from backspasm_gui.report.routine_table import HEADINGS
from backspasm_gui.report.words import title
from tests.line_breaks import unbreakable
from tests.report.reading import Write, info, shows, text, words_at
from tests.simulated import month

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")

RX = Prescribed(
    "Prescribed by Dr Ana Ruiz, 1 December 2026", "Dr Ana Ruiz", "", date(2026, 12, 1), 2
)


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
            words = unbreakable(text)  # a no-break space holds its words together
            widest = max((self.width(word, size, bold=bold) for word in words), default=0.0)
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
        "prescribed": {
            "records": [
                replace(r, routine=RX.title if r.day >= date(2026, 11, 9) else "") for r in records
            ],
            "prescribed": RX,
        },
    }


@pytest.mark.parametrize("speaking", [c for c in i18n.LANGUAGES if c != "en"], indirect=True)
def test_a_report_in_each_language_is_one_page_with_its_headings(
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
    assert [heading for heading in headings if not shows(words, heading)] == []
    assert shows(words, title())
    missing = [stretch.name for stretch in handout.stretches if not shows(words, stretch.name)]
    assert missing == []  # every row of the routine table, none left out


@pytest.mark.usefixtures("speaking")
@pytest.mark.parametrize("speaking", list(i18n.LANGUAGES), indirect=True)
@pytest.mark.parametrize("span", ["month", "quarter", "year", "unrated", "prescribed"])
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
    assert [s.name for s in handout.stretches if not shows(words, s.name)] == []


@pytest.mark.parametrize("speaking", ["en", "ar"], indirect=True)
def test_in_arabic_the_page_reads_from_the_right(speaking: str, write: Write) -> None:
    """The name on the right and the date it was made on the left; the pain scale's
    words (in the charts' gutter) on the left; English the other way round."""
    path = write(name="Jane Example")
    width = float(info(path)["Page size"].split()[0])
    name = words_at(path, "Example")
    assert name, "the name is on the page"
    on_the_right = name[0][0] > width / 2
    assert on_the_right == (speaking == "ar")
