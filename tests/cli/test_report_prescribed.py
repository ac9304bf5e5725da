"""--report for a person who accepted their clinician's routine in the app: the page
names the prescription and measures the sessions against its sessions a day."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.command import cli, stored_month
from tests.report.reading import text
from tests.tools import require_tools

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "example.stretches"
RANGE = ("--from", "2026-10-26", "--to", "2026-11-22")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    require_tools(["pdftotext"], "poppler-utils")
    folder = tmp_path / "data"
    stored_month(folder)
    return folder


def test_the_report_names_the_accepted_prescription(tmp_path: Path, data: Path) -> None:
    shutil.copyfile(EXAMPLE, data / "prescription.stretches")  # as accepting keeps it
    out = tmp_path / "report.pdf"
    result = cli("--data-dir", str(data), "--report", str(out), *RANGE, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    words = text(out)
    assert "Routine: prescribed by Dr. Ana Ruiz, dated 14 Mar 2026" in words
    assert "prescribed: 2 sessions a day" in words


def test_a_damaged_kept_prescription_is_said_and_the_report_is_the_handouts(
    tmp_path: Path, data: Path
) -> None:
    (data / "prescription.stretches").write_bytes(b"schema = 1\nsessions_per_day = 99\n")
    out = tmp_path / "report.pdf"
    result = cli("--data-dir", str(data), "--report", str(out), *RANGE, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    [said] = [line for line in result.stderr.splitlines() if "could not be read" in line]
    assert "so the report is about the handout's routine" in said
    assert "Routine: from the clinic handout" in text(out)
