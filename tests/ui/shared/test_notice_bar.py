"""The notice: one sentence at a time, the newest first, nothing said twice."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from backspasm_gui.ui.shared.notice_bar import NoticeBar


@pytest.fixture
def bar(qtbot: QtBot) -> NoticeBar:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    return bar


def test_one_sentence_shows_at_a_time_the_newest_with_how_many_wait(bar: NoticeBar) -> None:
    bar.add("The desktop has no tray.")
    bar.add("Saved your sessions.")
    assert bar.label.text() == "Saved your sessions."
    assert not bar.count_label.isHidden()
    assert bar.count_label.text() == "1 of 2"
    bar.dismiss_button.click()
    assert bar.label.text() == "The desktop has no tray."
    assert bar.count_label.isHidden()
    bar.dismiss_button.click()
    assert bar.isHidden()
    assert bar.lines == ()


def test_a_sentence_with_a_key_replaces_the_one_before_it(bar: NoticeBar) -> None:
    bar.add("Spoken guidance is not available; the chimes still play.", key="sound")
    bar.add("No sound output was found.", key="sound")
    assert bar.lines == ("No sound output was found.",)


def test_the_same_sentence_is_never_queued_twice(bar: NoticeBar) -> None:
    bar.add("A.")
    bar.add("B.")
    bar.add("A.")
    assert bar.lines == ("B.", "A.")


def test_passing_sentences_go_by_themselves_and_the_rest_stay(bar: NoticeBar) -> None:
    bar.add("No sound output was found.")
    bar.add("Paused: the computer was asleep.", passing=True)
    bar.clear_passing()
    assert bar.lines == ("No sound output was found.",)


def test_an_action_is_a_button_that_does_it_and_puts_the_notice_away(bar: NoticeBar) -> None:
    done: list[str] = []
    bar.add("Started again.", action=("Undo", lambda: done.append("undo")))
    assert not bar.action_button.isHidden()
    assert bar.action_button.text() == "Undo"
    bar.action_button.click()
    assert done == ["undo"]
    assert bar.isHidden()


def test_without_an_action_there_is_only_ok(bar: NoticeBar) -> None:
    bar.add("Saved.")
    assert bar.action_button.isHidden()
    assert not bar.dismiss_button.isHidden()
