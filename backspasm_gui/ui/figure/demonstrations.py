"""The stretches' demonstrations, read the first time one is needed.

The window's figure wakes just after its first paint; only then is
``poses.toml`` read and the body's modules imported, so start-up does not wait
for them. A broken file is said in one sentence, as at start before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration

Loader = Callable[[], "tuple[dict[str, Demonstration], str]"]


class Demonstrations(Mapping[str, "Demonstration"]):
    def __init__(self, load: Loader) -> None:
        self._load = load
        self._found: dict[str, Demonstration] | None = None
        self.report: Callable[[str], None] = lambda _sentence: None

    def _all(self) -> dict[str, Demonstration]:
        if self._found is None:
            self._found, problem = self._load()
            if problem:
                self.report(problem)
        return self._found

    def __getitem__(self, stretch_id: str) -> Demonstration:
        return self._all()[stretch_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())
