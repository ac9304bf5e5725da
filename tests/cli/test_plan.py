"""--print-routine and --timeline: the session on paper, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.command import cli


def test_print_routine_lists_the_eleven_holds_in_order(tmp_path: Path) -> None:
    result = cli("--print-routine", tmp_path=tmp_path)
    assert result.returncode == 0
    out = result.stdout
    assert "11 holds" in out
    assert " 3. Knee to Chest · Left side" in out
    assert " 4. Knee to Chest · Right side" in out
    assert out.index("Cat Cow") < out.index("Back Extension") < out.index("Child's Pose")
    assert "Lie face down with your hands under your shoulders." in out


def test_print_routine_json_is_for_machines(tmp_path: Path) -> None:
    result = cli("--print-routine", "--json", tmp_path=tmp_path)
    data = json.loads(result.stdout)
    assert len(data["holds"]) == 11
    assert data["hold_seconds"] == 330


def test_json_without_print_routine_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("--json", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--json goes with --print-routine or --timeline" in result.stderr


def test_the_lead_ins_can_be_set(tmp_path: Path) -> None:
    result = cli(
        "--lead-in", "8", "--switch-lead-in", "2", "--print-routine", "--json", tmp_path=tmp_path
    )
    data = json.loads(result.stdout)
    assert data["session_seconds"] == 330 + 7 * 8 + 4 * 2


@pytest.mark.parametrize("value", ["-1", "61", "soon"])
def test_a_lead_in_out_of_range_is_a_usage_error(tmp_path: Path, value: str) -> None:
    result = cli("--lead-in", value, "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--lead-in" in result.stderr


def test_timeline_prints_every_cue_of_a_whole_session(tmp_path: Path) -> None:
    result = cli("--timeline", tmp_path=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Session timeline: 11 holds, 8 min 34 s from Start to the end."
    # Each lead-in names the stretch, then says the handout's steps one at a time.
    at = lines.index("  0:00.0  speech        “Next: Cat Cow.”")
    assert lines[at + 1 : at + 3] == [
        "  0:02.2  step          step 1",
        "  0:02.2  speech        “Start on your hands and knees.”",
    ]
    pigeon = [
        line.split("“")[1].rstrip("”")
        for line in lines[
            lines.index(
                "  6:04.0  speech        “Next: Gluteal Stretch (Pigeon Pose), left side.”"
            ) :
        ]
        if "speech" in line
    ][:4]
    assert pigeon[1:] == [
        "Start in a hands-and-knees position.",
        "Bring one knee forward and place it behind your opposite hand, "
        "while extending the other leg straight back.",
        "Gently lower your hips toward the floor and lean forward over the bent leg.",
    ]
    assert lines[-1] == "  8:34.0  speech        “Well done — routine complete.”"
    assert sum("chime         tick" in line for line in lines) == 33


def test_lead_ins_given_on_the_command_line_are_fixed_and_say_the_stretch_at_once(
    tmp_path: Path,
) -> None:
    result = cli("--timeline", "--lead-in", "5", "--switch-lead-in", "3", tmp_path=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0] == "Session timeline: 11 holds, 6 min 17 s from Start to the end."
    assert "  0:00.0  speech        “Next: Cat Cow. Start on your hands and knees.”" in lines


def test_timeline_json_follows_the_lead_ins(tmp_path: Path) -> None:
    result = cli("--timeline", "--json", "--lead-in", "2", tmp_path=tmp_path)
    data = json.loads(result.stdout)
    assert data["seconds"] == 330 + 7 * 2 + 4 * 3
    assert {c["what"] for c in data["cues"]} >= {"get-ready", "hold", "chime", "speech", "finish"}


def test_print_routine_speaks_the_chosen_language(tmp_path: Path) -> None:
    german = cli("--language", "de", "--print-routine", tmp_path=tmp_path)
    assert german.returncode == 0
    assert "Katze-Kuh" in german.stdout
    assert "Gehen Sie in den Vierfüßlerstand." in german.stdout
    assert "Cat Cow" not in german.stdout
