"""--export-skeleton and --export-poses: every hold's demonstration, written and named."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.command import cli


def test_export_skeleton_writes_joint_positions_and_names_the_file(tmp_path: Path) -> None:
    out = tmp_path / "skeleton.json"
    result = cli("--export-skeleton", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert json.loads(out.read_text(encoding="utf-8"))


def test_exports_to_an_unwritable_place_are_one_sentence_and_exit_code_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    for option in ("--export-skeleton", "--export-poses"):
        result = cli(option, str(blocker / "x"), tmp_path=tmp_path)
        assert result.returncode == 1, result.stderr
        assert result.stdout == ""
        assert result.stderr.startswith("backspasm-gui: ")
        assert "Traceback" not in result.stderr
