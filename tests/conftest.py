"""Shared test set-up: headless Qt, and no test writes into the real home folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from backspasm_gui import resources
from backspasm_gui.core import i18n
from backspasm_gui.core.i18n import LANGUAGES
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.routine_file import load_routine
from tests.missing_libraries import pytest_make_collect_report

__all__ = ["pytest_make_collect_report"]  # a module missing a shared library: one failure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the system's language; the tests read English unless one chooses
# another (LANGUAGE is the first thing Qt asks on Unix).
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logs, settings and caches of anything started by a test go to a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))


@pytest.fixture
def root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture(scope="session")
def routine() -> Routine:
    """The handout's routine, as the app loads it."""
    return load_routine(resources.path("routine.toml"))


@pytest.fixture(params=list(LANGUAGES))
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language the app ships in turn, loaded as the app loads it (its words, Qt's,
    its dates); English again afterwards. Parametrise it indirectly for fewer."""
    from PySide6.QtCore import QLocale  # here: tests/core runs without Qt

    from backspasm_gui.ui.shared import language

    before = QLocale()
    code = language.install(qapp, request.param)[0]
    assert code == request.param
    yield code
    language.install(qapp, "en")
    i18n.install(None)
    QLocale.setDefault(before)


@pytest.fixture
def marked() -> Iterator[None]:
    """German dates and numbers, and every translated text marked «like this»."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    i18n.install(lambda _context, text, _disambiguation=None: f"«{text}»")
    yield
    i18n.install(None)
    QLocale.setDefault(before)
