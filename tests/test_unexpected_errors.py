"""What an error nobody foresaw does (startup's excepthook): one sentence naming the log
file, on the terminal and in the window; the app closes only if it cannot go on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backspasm_gui import startup
from backspasm_gui.logs import log_path


class Exits:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def close(self) -> None:
        self.codes.append(startup.EXIT_FAILURE)


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> Iterator[Exits]:
    fake = Exits()
    monkeypatch.setattr(startup, "_close", fake.close)
    yield fake
    startup.carry_on_in(None)


def happen(error: BaseException) -> None:
    startup._excepthook(type(error), error, None)


def carrying_on() -> str:
    return startup.unexpected_sentence(closing=False)


def closing() -> str:
    return startup.unexpected_sentence(closing=True)


def test_the_sentences_name_the_log_file() -> None:
    assert str(log_path()) in carrying_on()
    assert str(log_path()) in closing()


def test_once_the_window_is_up_it_is_told_and_the_app_carries_on(
    exits: Exits, capsys: pytest.CaptureFixture[str]
) -> None:
    told: list[str] = []
    startup.carry_on_in(told.append)
    happen(RuntimeError("boom"))
    assert told == [carrying_on()]
    assert capsys.readouterr().err == f"backspasm-gui: {carrying_on()}\n"
    assert exits.codes == []


def test_before_the_window_is_up_the_app_closes_saying_so(
    exits: Exits, capsys: pytest.CaptureFixture[str]
) -> None:
    happen(RuntimeError("boom"))
    assert capsys.readouterr().err == f"backspasm-gui: {closing()}\n"
    assert exits.codes == [startup.EXIT_FAILURE]


def test_out_of_memory_the_app_cannot_go_on(exits: Exits) -> None:
    told: list[str] = []
    startup.carry_on_in(told.append)
    happen(MemoryError())
    assert told == []
    assert exits.codes == [startup.EXIT_FAILURE]


def test_a_flood_of_errors_closes_the_app_at_the_tenth(exits: Exits) -> None:
    told: list[str] = []
    startup.carry_on_in(told.append)
    for _ in range(startup.FLOOD):
        happen(ValueError("every frame"))
    assert len(told) == startup.FLOOD - 1
    assert exits.codes == [startup.EXIT_FAILURE]


def test_a_window_that_cannot_be_told_closes_the_app(exits: Exits) -> None:
    def broken(sentence: str) -> None:
        raise RuntimeError(sentence)

    startup.carry_on_in(broken)
    happen(RuntimeError("boom"))
    assert exits.codes == [startup.EXIT_FAILURE]
