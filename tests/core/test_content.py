"""The app's words are the handout's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backspasm_gui import resources
from backspasm_gui.core.about import load_about
from backspasm_gui.core.routine import Routine

ROOT = Path(__file__).resolve().parents[2]
HANDOUT = ROOT / "tests" / "data" / "back-pain-and-spasms-handout.txt"
SHARED = ROOT.parent / "shared" / "seed" / "back-pain-and-spasms-handout.txt"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [line.strip() for line in HANDOUT.read_text(encoding="utf-8").splitlines()]


def bullets(lines: list[str]) -> set[str]:
    return {line[2:] for line in lines if line.startswith("- ")}


def test_the_test_copy_is_the_clinics_handout() -> None:
    if not SHARED.exists():
        pytest.skip("the shared handout is not beside this checkout")
    assert HANDOUT.read_bytes() == SHARED.read_bytes()


def test_each_stretch_name_is_a_heading_of_the_handout_in_the_same_order(
    routine: Routine, lines: list[str]
) -> None:
    positions = [lines.index(stretch.name) for stretch in routine.stretches]
    assert positions == sorted(positions)


def test_objectives_are_word_for_word(routine: Routine, lines: list[str]) -> None:
    for stretch in routine.stretches:
        assert f"Objective: {stretch.objective}" in bullets(lines), stretch.name


def test_instructions_are_word_for_word(routine: Routine, lines: list[str]) -> None:
    for stretch in routine.stretches:
        assert " ".join(stretch.instructions) in bullets(lines), stretch.name


def test_the_timing_line_is_word_for_word(routine: Routine, lines: list[str]) -> None:
    for stretch in routine.stretches:
        assert stretch.timing in bullets(lines), stretch.name


def test_each_stretch_has_its_own_objective_instructions_and_timing(
    routine: Routine, lines: list[str]
) -> None:
    """The three bullets under a heading in the handout belong to that stretch."""
    for stretch in routine.stretches:
        start = lines.index(stretch.name)
        under = [line[2:] for line in lines[start : start + 8] if line.startswith("- ")][:3]
        assert under == [
            f"Objective: {stretch.objective}",
            " ".join(stretch.instructions),
            stretch.timing,
        ]


def test_title_and_introduction_are_the_handouts(routine: Routine, lines: list[str]) -> None:
    assert routine.title in lines
    assert routine.introduction in lines


def test_the_about_text_is_the_handouts_education(lines: list[str]) -> None:
    sections = load_about(resources.path("about.toml"))
    education = [s for s in sections if not s.safety]
    assert [s.heading for s in education] == [
        "What are back spasms?",
        "How is it treated?",
        "How to prevent back spasms?",
    ]
    for section in education:
        assert section.heading in lines
        for paragraph in section.paragraphs:
            assert paragraph in lines


def test_the_safety_note_names_the_warning_signs() -> None:
    safety = [s for s in load_about(resources.path("about.toml")) if s.safety]
    assert len(safety) == 1
    text = " ".join(safety[0].paragraphs)
    for sign in ("sharper", "numbness", "leg weakness", "bladder or bowel", "fever", "fall"):
        assert re.search(sign, text), sign
