"""--screenshot: the window at one moment, rendered offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.command import cli


@pytest.mark.parametrize("step", ["0", "12"])
def test_screenshot_of_a_hold_that_does_not_exist_is_refused(tmp_path: Path, step: str) -> None:
    result = cli("--screenshot", str(tmp_path / "x.png"), "--step", step, tmp_path=tmp_path)
    assert result.returncode == 2
    assert "--step must be between 1 and 11" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_tiny_screenshot_size_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("--screenshot", str(tmp_path / "x.png"), "--size", "10x10", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "outside 320x240" in result.stderr


def test_screenshot_writes_a_picture_of_the_asked_size_and_theme(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from backspasm_gui.ui.shared.theme import DARK

    out = tmp_path / "dark.png"
    result = cli(
        "--screenshot",
        str(out),
        "--step",
        "3",
        "--size",
        "800x600",
        "--theme",
        "dark",
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
    assert QColor(image.pixel(2, 2)) == QColor(DARK.window)
    # The demonstration is in it (the window draws the figure just after its first paint).
    figure = QColor(DARK.figure).getRgb()[:3]
    body = sum(
        1
        for y in range(0, 600, 3)
        for x in range(0, 480, 3)
        if sum(
            abs(a - b) for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3], figure, strict=True)
        )
        < 12
    )
    assert body > 150


def test_a_screenshot_at_twice_the_text_and_a_text_size_out_of_range(tmp_path: Path) -> None:
    shot = tmp_path / "large.png"
    made = cli("--screenshot", str(shot), "--size", "640x480", "--zoom", "2", tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    assert shot.stat().st_size > 10_000
    refused = cli("--screenshot", str(shot), "--zoom", "5", tmp_path=tmp_path)
    assert refused.returncode == 2
    assert "expected a text size from 0.75 to 2, got '5'" in refused.stderr
