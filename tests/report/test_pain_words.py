"""The sentences on pain: how it moved over the range, and within a session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.report.pain_words import _then, pain_text
from backspasm_gui.report.periods import periods
from tests.report.reading import FIRST, LAST, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_month_report_says_how_pain_moved(month_pdf: Path) -> None:
    words = text(month_pdf)
    assert (
        "Average pain before a session fell from 6.7 in the first week to 3.7 in the last" in words
    )
    assert "after a session, from 4.9 to 1.6" in words
    assert "Within a session, pain fell by 2.0 points on average" in words


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


def test_the_sentences_follow_each_other_as_the_language_writes_them() -> None:
    assert (
        _then("Pain fell.", "Within a session, it fell.") == "Pain fell. Within a session, it fell."
    )
    assert (
        _then("疼痛减轻。", "每次练习中疼痛减轻。") == "疼痛减轻。每次练习中疼痛减轻。"
    )  # no space
