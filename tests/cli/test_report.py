"""--report with --from, --to and --name: the clinician's PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.command import cli, stored_month


def test_report_for_a_chosen_range_is_a_pdf(tmp_path: Path) -> None:
    stored_month(tmp_path / "data")
    out = tmp_path / "report.pdf"
    result = cli(
        "--data-dir",
        str(tmp_path / "data"),
        "--report",
        str(out),
        "--from",
        "2026-10-26",
        "--to",
        "2026-11-22",
        "--name",
        "Sam Example",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-11-01"), "--from, --to and --name go with --report"),
        (("--report", "r.pdf", "--from", "1 Nov"), "expected a date as YYYY-MM-DD"),
        (
            ("--report", "r.pdf", "--from", "2026-11-20", "--to", "2026-11-01"),
            "--from 2026-11-20 is after --to 2026-11-01",
        ),
    ],
)
def test_report_options_are_checked(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    result = cli(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
