"""The pain chart, and what it says when nothing was rated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backspasm_gui.core.history import SessionRecord
from tests.report.reading import Write, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_report_without_ratings_says_none_were_recorded(
    write: Write, records: list[SessionRecord]
) -> None:
    unrated = [replace(r, pain_before=None, pain_after=None) for r in records]
    assert "No pain ratings recorded" in text(write(records=unrated))
