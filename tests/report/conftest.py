"""The report tests' set-up: poppler to read the PDF back, the simulated month, and a
report of it written once or on demand."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.routine import Routine
from backspasm_gui.report import write_report
from tests.report.reading import FIRST, GENERATED, LAST, Write
from tests.simulated import month


@pytest.fixture(scope="session")
def _poppler() -> None:
    """The PDF is read back with poppler: skipped without it, except in CI, which has it."""
    missing = [t for t in ("pdfinfo", "pdftotext", "pdftoppm") if shutil.which(t) is None]
    if missing:
        message = f"needs poppler-utils ({', '.join(missing)}; make test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
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


@pytest.fixture(scope="session")
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
