"""The progress tests' set-up: the simulated month, and the light theme kept between tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.ui.shared import theme
from tests.simulated import month


@pytest.fixture(scope="module")
def records() -> list[SessionRecord]:
    return month()


@pytest.fixture
def light(qapp: QApplication) -> Iterator[QApplication]:
    """The light theme, and the light theme again afterwards whatever a test switched to."""
    theme.install(qapp, "light")
    yield qapp
    theme.install(qapp, "light")
