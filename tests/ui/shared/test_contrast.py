"""Colours people can read: WCAG 2.x contrast in both themes, and no state told by colour alone.

Text needs 4.5:1 against what is behind it (WCAG 1.4.3, AA); the parts of a
control or the ring that say something need 3:1 (1.4.11). The pairs are the
ones the stylesheet and the painted widgets really use.
"""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from backspasm_gui.core.session import State
from backspasm_gui.ui.session.countdown_ring import CountdownRing, RingMode
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.theme import DARK, LIGHT, Theme
from tests.ui.conftest import Passing

TEXT = 4.5
NON_TEXT = 3.0
THEMES = pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#RRGGBB"."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# (foreground, background, where): text the app draws, by theme colour name.
TEXT_PAIRS = [
    ("text", "window", "labels, the ring's seconds"),
    ("text", "surface", "cards, notices, tooltips, the about text"),
    ("muted", "window", "muted labels; disabled buttons' text; the paused ring's seconds"),
    ("muted", "surface", "muted labels on cards"),
    ("on_hold", "hold", "Start/Pause and checked buttons"),
    ("hold", "window", "flat buttons as links; the ring's HOLD caption; the phase line"),
    ("hold", "surface", "the phase line on a card"),
    ("get_ready", "window", "the ring's GET READY caption; the phase line"),
    ("get_ready", "surface", "the phase line on a card"),
    ("text", "button", "buttons"),
    ("text", "button_hover", "buttons under the pointer"),
    ("hold", "button", "the sound button under the pointer"),
]

# Parts that are not text but carry meaning: the ring's arc, focus borders.
NON_TEXT_PAIRS = [
    ("hold", "window", "the ring while holding; focus border around buttons"),
    ("get_ready", "window", "the ring during a lead-in"),
    ("muted", "window", "the ring while paused"),
    ("hold", "button", "a focused button's border against its own fill"),
    ("text", "window", "a focused Start/Pause button's border"),
    ("get_ready", "surface", "the notice bar's edge"),
]


@THEMES
@pytest.mark.parametrize(("fg", "bg", "where"), TEXT_PAIRS)
def test_text_has_at_least_4_5_to_1_contrast(colours: Theme, fg: str, bg: str, where: str) -> None:
    ratio = contrast(getattr(colours, fg), getattr(colours, bg))
    assert ratio >= TEXT, f"{colours.name}: {fg} on {bg} ({where}) is {ratio:.2f}:1"


@THEMES
@pytest.mark.parametrize(("fg", "bg", "where"), NON_TEXT_PAIRS)
def test_meaningful_shapes_have_at_least_3_to_1_contrast(
    colours: Theme, fg: str, bg: str, where: str
) -> None:
    ratio = contrast(getattr(colours, fg), getattr(colours, bg))
    assert ratio >= NON_TEXT, f"{colours.name}: {fg} against {bg} ({where}) is {ratio:.2f}:1"


def stylesheet_pairs(colours: Theme) -> list[tuple[str, str, str]]:
    """(selector, colour, background) for every stylesheet rule that sets a text colour;
    a rule without a fill of its own shows the window behind it."""
    pairs = []
    for rule in theme.stylesheet(colours).split("}"):
        if "{" not in rule:
            continue
        selector, body = (part.strip() for part in rule.split("{", 1))
        found = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        if "color" not in found:
            continue
        background = found.get("background", "transparent").strip()
        if background == "transparent":
            background = colours.window
        pairs.append((selector, found["color"].strip(), background))
    return pairs


@THEMES
def test_every_text_colour_the_stylesheet_sets_is_readable_on_its_fill(colours: Theme) -> None:
    pairs = stylesheet_pairs(colours)
    assert len(pairs) >= 6  # buttons, disabled, primary, checked, flat, sound, tooltip
    for selector, fg, bg in pairs:
        ratio = contrast(fg, bg)
        assert ratio >= TEXT, f"{colours.name}: {selector} is {fg} on {bg}, {ratio:.2f}:1"


def test_the_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


# --- no state told by colour alone ------------------------------------------------------


def test_the_ring_names_each_mode_in_words_not_only_in_colour(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    described = {}
    for mode in RingMode:
        ring.set_state(mode, 12, 30)
        described[mode] = ring.accessibleDescription()
    assert described[RingMode.GET_READY] == "12 seconds left, get ready"
    assert described[RingMode.HOLD] == "12 seconds left, hold"
    assert described[RingMode.PAUSED] == "12 seconds left, paused"
    assert len(set(described.values())) == len(RingMode)


def test_lead_in_hold_and_pause_differ_in_words_on_screen(
    window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.next()  # Back Extension: a hold, not a movement
    seen = {}
    driver.toggle()
    seen[driver.session.state] = (window.stretch_view.phase_label.text(), window.ring.mode)
    elapse(5.5)
    seen[driver.session.state] = (window.stretch_view.phase_label.text(), window.ring.mode)
    driver.toggle()
    seen[driver.session.state] = (window.stretch_view.phase_label.text(), window.ring.mode)
    assert seen == {
        State.GET_READY: ("Get ready · next up", RingMode.GET_READY),
        State.HOLDING: ("Hold the stretch", RingMode.HOLD),
        State.PAUSED: ("Paused", RingMode.PAUSED),
    }
    captions = {mode.value for _text, mode in seen.values()}
    assert captions == {"get ready", "hold", "paused"}  # the ring's caption, in capitals


@THEMES
def test_links_disabled_and_chosen_buttons_differ_by_more_than_colour(colours: Theme) -> None:
    sheet = re.sub(r"\s+", " ", theme.stylesheet(colours))
    flat = re.search(r'QPushButton\[flat="true"\] \{([^}]*)\}', sheet)
    disabled = re.search(r"QPushButton:disabled \{([^}]*)\}", sheet)
    checked = re.search(r"QPushButton:checked \{([^}]*)\}", sheet)
    assert flat is not None
    assert disabled is not None
    assert checked is not None
    assert "text-decoration: underline" in flat.group(1)  # links are underlined
    assert "dashed" in disabled.group(1)  # a dashed outline, not just greyer text
    assert "font-weight: 700" in checked.group(1)  # bold and framed, not just filled
    assert f"border: 2px solid {colours.text}" in checked.group(1)
