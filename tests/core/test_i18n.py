"""Translation hooks in the core: the routine and About text localised, sentences built
from whole translated patterns, English wherever no translation is installed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from backspasm_gui import resources
from backspasm_gui.core import i18n
from backspasm_gui.core.about import Section, load_about
from backspasm_gui.core.about import localised as localised_about
from backspasm_gui.core.cues import COMPLETE, Cues, announce
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.history import pain_word
from backspasm_gui.core.routine import Routine, Side, Stretch, localised
from backspasm_gui.core.session_events import SessionFinished, Summary
from backspasm_gui.core.timefmt import duration, roughly


def wrap(text: str) -> str:
    return f"«{text}»"


@pytest.fixture
def asked() -> Iterator[list[tuple[str, str]]]:
    """A language where every text is «wrapped»; the (context, text) pairs asked for."""
    calls: list[tuple[str, str]] = []

    def backend(context: str, text: str, disambiguation: str | None) -> str:
        del disambiguation
        calls.append((context, text))
        return wrap(text)

    i18n.install(backend)
    try:
        yield calls
    finally:
        i18n.install(None)


def texts(stretch: Stretch) -> list[str]:
    words = list(stretch.pace.words) if stretch.pace else []
    return [stretch.name, stretch.objective, *stretch.instructions, stretch.cue, *words]


def test_localised_translates_every_text_of_the_routine(
    routine: Routine, asked: list[tuple[str, str]]
) -> None:
    local = localised(routine)
    assert local.title == wrap(routine.title)
    assert local.introduction == wrap(routine.introduction)
    for before, after in zip(routine.stretches, local.stretches, strict=True):
        assert texts(after) == [wrap(text) for text in texts(before)]
    assert {context for context, _text in asked} == {"Routine"}
    assert any(s.pace for s in routine.stretches)  # the pace words were really checked


def test_localised_keeps_ids_seconds_sides_and_the_steps_in_step(
    routine: Routine, asked: list[tuple[str, str]]
) -> None:
    local = localised(routine)
    same = [(s.id, s.seconds, s.sides, s.kind) for s in routine.stretches]
    assert [(s.id, s.seconds, s.sides, s.kind) for s in local.stretches] == same
    assert [s.pace.seconds if s.pace else None for s in local.stretches] == [
        s.pace.seconds if s.pace else None for s in routine.stretches
    ]
    assert local.source == routine.source
    assert local.hold_seconds == routine.hold_seconds
    assert len(local.steps) == len(routine.steps)
    for before, after in zip(routine.steps, local.steps, strict=True):
        assert (after.side, after.stretch_number) == (before.side, before.stretch_number)
        assert after.stretch is local.stretches[after.stretch_number - 1]


def test_localised_keeps_the_steps_of_a_customised_routine(routine: Routine) -> None:
    """Steps are the routine's own (not rebuilt from its stretches), whatever made them."""
    only_sides = replace(routine, steps=tuple(s for s in routine.steps if s.side is Side.RIGHT))
    local = localised(only_sides)
    assert [(s.stretch.id, s.side) for s in local.steps] == [
        (s.stretch.id, s.side) for s in only_sides.steps
    ]


def test_without_a_translation_localised_changes_nothing(routine: Routine) -> None:
    assert localised(routine) == routine


def test_localised_about_translates_headings_and_paragraphs(
    asked: list[tuple[str, str]],
) -> None:
    about = load_about(resources.path("about.toml"))
    local = localised_about(about)
    assert [s.heading for s in local] == [wrap(s.heading) for s in about]
    assert [s.paragraphs for s in local] == [tuple(map(wrap, s.paragraphs)) for s in about]
    assert [s.safety for s in local] == [s.safety for s in about]
    assert {context for context, _text in asked} == {"About"}
    assert localised_about((Section("", ()),)) == (Section("", ()),)


def test_the_words_built_in_the_core_are_translated_whole(
    routine: Routine, asked: list[tuple[str, str]]
) -> None:
    left = next(step for step in routine.steps if step.side is Side.LEFT)
    assert left.title == wrap("{stretch}, left side").format(stretch=left.stretch.name)
    assert Side.RIGHT.label == wrap("Right side")
    assert left.stretch.timing == wrap("Hold for {seconds} seconds on each side.").format(
        seconds=left.seconds
    )
    assert announce(left).startswith("«Next: ")
    summary = Summary(planned=11, completed=tuple(range(11)), held_seconds=330)
    [cue] = Cues(routine).for_event(SessionFinished(summary, at=1.0))
    assert cue.speech == wrap(COMPLETE)
    assert duration(90) == wrap("{minutes} min {seconds} s").format(minutes=1, seconds=30)
    assert roughly(1) == wrap("1 second")
    assert pain_word(0) == wrap("No pain")
    assert pain_word(5) == ""
    message = str(ContentError("routine.toml", "wrong", line=3))
    assert message == wrap("{file}, line {line}: {problem}").format(
        file="routine.toml", line=3, problem="wrong"
    )
    assert ("Cues", "Next: {stretch}, left side. {how}") in asked


def test_english_is_the_source_text(routine: Routine) -> None:
    left = next(step for step in routine.steps if step.side is Side.LEFT)
    assert left.title == f"{left.stretch.name}, left side"
    assert announce(left) == f"Next: {left.stretch.name}, left side. {left.stretch.cue}."
    assert roughly(5400) == "about 2 hours"
    assert roughly(5380) == "about 1 hour"  # 90 minutes, rounded
    assert pain_word(10) == "Worst pain imaginable"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (["pt-Latn-BR", "pt-BR", "pt-Latn", "pt"], "pt_BR"),
        (["pt-Latn-PT", "pt-PT", "pt-Latn", "pt"], "pt_BR"),
        (["pt"], "pt_BR"),
        (["zh-Hans-CN", "zh-CN", "zh-Hans", "zh"], "zh_CN"),
        (["zh-Hans-SG", "zh-SG", "zh-Hans", "zh"], "zh_CN"),
        (["zh-Hans-HK"], "zh_CN"),
        (["zh"], "zh_CN"),
        (["ar-Arab-EG", "ar-EG", "ar-Arab", "ar"], "ar"),
        (["fr-CA", "fr"], "fr"),
        (["pl_PL"], "pl"),
    ],
)
def test_the_system_language_picks_the_shipped_form_that_reads_it(
    system: list[str], expected: str
) -> None:
    assert i18n.pick("system", system) == expected


@pytest.mark.parametrize(
    "system",
    [
        ["zh-Hant-TW", "zh-TW", "zh-Hant", "zh"],
        ["zh-Hant-HK", "zh-HK", "zh-Hant", "zh"],
        ["zh_MO"],
        # Qt puts the bare "zh" of a traditional first language at the list's end.
        ["zh-Hant-TW", "zh-TW", "zh-Hant", "ja", "zh"],
    ],
)
def test_traditional_chinese_is_not_given_the_simplified_translation(system: list[str]) -> None:
    assert i18n.pick("system", system) == "en"


def test_traditional_chinese_first_still_leaves_a_later_shipped_language() -> None:
    assert i18n.pick("system", ["zh-Hant-TW", "fr-FR", "zh"]) == "fr"
    assert i18n.pick("system", ["zh-TW", "zh-CN"]) == "zh_CN"  # both asked for by name


def test_a_chosen_language_is_taken_by_its_exact_code() -> None:
    assert [i18n.pick(code, ["de"]) for code in i18n.LANGUAGES] == list(i18n.LANGUAGES)
    assert i18n.pick("pt", ["de"]) == "de"  # not a code of the list: the system's


def test_each_language_is_listed_by_its_own_name() -> None:
    assert i18n.LANGUAGES["zh_CN"] == "简体中文"
    assert i18n.LANGUAGES["ar"] == "العربية"
    assert i18n.LANGUAGES["pt_BR"] == "Português (Brasil)"
    assert len(set(i18n.LANGUAGES.values())) == len(i18n.LANGUAGES)
