"""Guards against a known-bad Qt for Python release.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a
Qt method that returns nothing; a timer-driven app aborts with "deallocating
None" within minutes. pyproject.toml pins 6.11.x; these tests fail on a
release with the defect, whatever the pin says.
"""

from __future__ import annotations

import sys
from importlib import metadata

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 1_000  # enough to see the leak, too few to exhaust None and abort


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on")
def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.update()  # warm up any one-time caches
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.update()
        widget.setUpdatesEnabled(True)
    after = sys.getrefcount(None)
    # The defect loses one reference per call (2,000 here); allow for noise.
    assert after >= before - 100, f"None lost {before - after} references in {2 * CALLS} calls"


def test_the_installed_pyside6_is_a_release_known_to_be_clean() -> None:
    version = tuple(int(part) for part in metadata.version("PySide6-Essentials").split(".")[:2])
    assert version == (6, 11), "only PySide6 6.11.x is proven clean; see pyproject.toml"
