"""What the two report charts share: one scale and one set of columns, so that a week's
bar stands over that week's pain."""

from __future__ import annotations

import pytest

from backspasm_gui.report.charts import PLOT_LEFT, PLOT_RIGHT, Plot, nice_step


def test_the_scale_runs_from_the_bottom_up() -> None:
    plot = Plot(top=100.0, bottom=200.0, low=0, high=10, columns=4)
    assert plot.at(0) == 200.0
    assert plot.at(10) == 100.0
    assert plot.at(5) == pytest.approx(150.0)


def test_both_charts_put_a_period_in_the_same_column() -> None:
    sessions = Plot(top=100.0, bottom=200.0, low=0, high=30, columns=4)
    pain = Plot(top=300.0, bottom=380.0, low=0, high=10, columns=4)
    assert [sessions.centre(i) for i in range(4)] == [pain.centre(i) for i in range(4)]
    assert sessions.slot * 4 == pytest.approx(PLOT_RIGHT - PLOT_LEFT)
    assert sessions.centre(0) == pytest.approx(PLOT_LEFT + sessions.slot / 2)


def test_scale_steps_are_round() -> None:
    assert [nice_step(top) for top in (4, 9, 21, 42, 180)] == [1, 2, 5, 10, 50]
