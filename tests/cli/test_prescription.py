"""--check-prescription FILE and ``backspasm-gui FILE.stretches``, run as a person runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backspasm_gui.cli.parser import asked, parse_args
from tests.cli.command import cli
from tests.conftest import ROOT

EXAMPLE = ROOT / "docs" / "example.stretches"


def test_the_summary_of_a_prescription_is_printed(tmp_path: Path) -> None:
    result = cli("--check-prescription", str(EXAMPLE), "--lead-in", "5", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "Prescribed by Dr. Ana Ruiz on 2026-03-14.",
        "For Sam Lee.",
        "",
        "What changes:",
        "  - Left out: Gluteal Stretch (Pigeon Pose).",
    ]
    assert "2 sessions a day, reminders at 08:30 and 19:00." in lines
    assert "Each session takes 6 min 4 s (now 6 min 17 s)." in lines
    assert "  Knee to Chest: Stop if the pain goes down your leg." in lines


def test_the_summary_is_in_the_language_asked_for(tmp_path: Path) -> None:
    result = cli(
        "--language", "de", "--check-prescription", str(EXAMPLE), "--lead-in", "5",
        tmp_path=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Verordnet von Dr. Ana Ruiz am 2026-03-14.\nFür Sam Lee.\n")


def newer(path: Path) -> None:
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace("schema = 1", "schema = 2"))


def picture(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def sparse_50_mb(path: Path) -> None:
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)


def fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(path)


BAD = {
    "newer": (newer, "line 4: this prescription is from a newer version of Back Spasm"),
    "picture": (picture, "line 1: the file is not UTF-8 text"),
    "50 MB": (sparse_50_mb, ": the file is 50 MB, more than the 64 KB such a file may be"),
    "fifo": (fifo, ": this is not an ordinary file (it is a pipe, a device or a socket)"),
    "folder": (Path.mkdir, ": this is a folder, not a file"),
}


@pytest.mark.parametrize(("make", "said"), BAD.values(), ids=BAD.keys())
def test_a_bad_prescription_is_one_sentence_and_exit_code_2(
    tmp_path: Path, make: object, said: str
) -> None:
    path = tmp_path / "sam.stretches"
    make(path)  # type: ignore[operator]
    result = cli("--check-prescription", str(path), tmp_path=tmp_path, timeout=20)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"backspasm-gui: {path}")
    assert said in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_file_to_open_is_handed_to_the_app(tmp_path: Path) -> None:
    args = parse_args([str(tmp_path / "Sam.STRETCHES")])
    assert args.prescription == tmp_path / "Sam.STRETCHES"
    assert asked(args).prescription == tmp_path / "Sam.STRETCHES"
    assert asked(parse_args([])).prescription is None


def test_a_file_to_open_that_is_no_prescription_is_refused(tmp_path: Path) -> None:
    result = cli(str(tmp_path / "notes.txt"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"backspasm-gui: error: argument FILE.stretches: '{tmp_path / 'notes.txt'}' is not a "
        "prescription: a prescription file's name ends in .stretches"
    )


def test_a_prescription_is_either_opened_or_checked(tmp_path: Path) -> None:
    result = cli(str(EXAMPLE), "--check-prescription", str(EXAMPLE), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(
        "error: give the prescription either to open or to --check-prescription"
    )
