"""A report for a prescribed routine: the page names the prescription, measures the
sessions against its sessions a day, and says which routine the sessions followed."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.routine import Routine, localised
from backspasm_gui.report.content import content, followed
from tests.report.reading import FIRST, GENERATED, LAST, Write, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")

TITLE = "Prescribed by Dr Ana Ruiz, 1 December 2026"
RX = Prescribed(TITLE, "Dr Ana Ruiz", "Jane Example", date(2026, 12, 1), sessions_per_day=3)
SWITCHED = date(2026, 11, 9)  # the month's sessions from this day on followed the prescription


@pytest.fixture(scope="module")
def mixed(records: list[SessionRecord]) -> list[SessionRecord]:
    """The month: the handout's routine (stored before sessions named it), then the
    prescription's."""
    return [
        replace(r, routine="") if r.day < SWITCHED else replace(r, routine=TITLE) for r in records
    ]


def test_the_page_names_the_prescription_its_clinician_and_date(write: Write) -> None:
    words = text(write(prescribed=RX))
    assert "Routine: prescribed by Dr Ana Ruiz, dated 1 Dec 2026" in words
    assert "prescribed stretches from the clinic handout 'Back Pain & Spasms'" in words


def test_a_prescription_without_a_clinician_or_date_is_named_by_its_title(write: Write) -> None:
    words = text(write(prescribed=Prescribed("Maria's routine", sessions_per_day=2)))
    assert "Routine: Maria's routine" in words


def test_without_a_prescription_the_page_names_the_handouts_routine(month_pdf: Path) -> None:
    words = text(month_pdf)
    assert "Routine: from the clinic handout" in words
    assert "prescribed" not in words


def test_adherence_is_against_the_prescriptions_sessions_a_day_not_the_goal(
    write: Write, records: list[SessionRecord]
) -> None:
    words = text(write(goal=1, prescribed=RX))
    done = sum(r.counts for r in records)
    share = round(100 * done / (3 * 28))
    assert f"{share}% of the prescribed sessions" in words
    assert "prescribed: 3 sessions a day" in words
    assert "3 sessions a day, as prescribed" in words  # the chart's line
    assert "goal: 1 session a day" not in words
    assert "the handout: 2–3 a day" not in words


def test_days_at_the_goal_are_days_with_the_prescribed_sessions(
    records: list[SessionRecord], routine: Routine
) -> None:
    page = content(
        records, routine, first=FIRST, last=LAST, goal=1, name="", generated=GENERATED,
        prescribed=RX,
    )  # fmt: skip
    per_day = Counter(r.day for r in records if r.counts)
    assert page.summary.goal == 3
    assert page.summary.met_days == sum(n >= 3 for n in per_day.values())
    assert {p.target for p in page.periods} == {(3 * 7, 3 * 7)}  # the chart's line, a week


def test_the_page_says_how_many_sessions_followed_the_prescription_when_not_all_did(
    write: Write, mixed: list[SessionRecord]
) -> None:
    followed = sum(r.day >= SWITCHED for r in mixed)
    words = text(write(records=mixed, prescribed=RX))
    count = f"({followed} of {len(mixed)} sessions)"
    assert f"Routine: prescribed by Dr Ana Ruiz, dated 1 Dec 2026 {count}" in words


def test_sessions_stored_before_routines_were_named_count_as_the_handouts(
    write: Write, mixed: list[SessionRecord]
) -> None:
    handouts = sum(r.day < SWITCHED for r in mixed)
    words = text(write(records=mixed))
    assert f"Routine: from the clinic handout ({handouts} of {len(mixed)} sessions)" in words


def test_when_every_session_followed_the_routine_named_no_count_is_given(
    month_pdf: Path, write: Write, records: list[SessionRecord]
) -> None:
    assert " sessions)" not in text(month_pdf)
    words = text(write(records=[replace(r, routine=TITLE) for r in records], prescribed=RX))
    assert "Routine: prescribed by Dr Ana Ruiz, dated 1 Dec 2026 " in words
    assert " sessions)" not in words


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_sessions_recorded_in_english_are_the_handouts_in_a_german_report(
    speaking: str, records: list[SessionRecord], routine: Routine
) -> None:
    handout = localised(routine)
    assert handout.title != routine.title  # the language is loaded
    assert followed(records, handout) == ((handout.title, len(records)),)
