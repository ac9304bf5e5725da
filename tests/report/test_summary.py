"""The six numbers under the header, and what they are counted from."""

from __future__ import annotations

from pathlib import Path

import pytest

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.report.content import summarise
from tests.report.reading import FIRST, LAST, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_month_report_compares_with_the_handouts_two_to_three_a_day(month_pdf: Path) -> None:
    assert "2–3" in text(month_pdf)


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
