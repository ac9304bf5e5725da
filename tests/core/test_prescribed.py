"""A prescription as the report takes it."""

from __future__ import annotations

import pytest

from backspasm_gui.core.prescribed import Prescribed


@pytest.mark.parametrize("per_day", [0, -1, True, 1.5])
def test_sessions_per_day_are_a_whole_number_from_one(per_day: object) -> None:
    with pytest.raises(ValueError, match="sessions per day"):
        Prescribed("Prescribed by Dr Ana Ruiz", sessions_per_day=per_day)  # type: ignore[arg-type]
