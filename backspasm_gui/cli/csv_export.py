"""--export-csv FILE: every stored session as a spreadsheet's rows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from backspasm_gui.cli import say
from backspasm_gui.startup import EXIT_FAILURE, EXIT_OK

if TYPE_CHECKING:
    from backspasm_gui.core.history import SessionRecord


def export_csv(records: list[SessionRecord], path: Path, handout: str = "") -> int:
    """Write the CSV and print its name; a place that cannot be written is one sentence.
    ``handout`` is the title of the handout's routine, for sessions that name none."""
    from backspasm_gui.storage.csv_export import ExportError, write_csv

    try:
        write_csv(records, path, handout)
    except ExportError as exc:
        say(exc)
        return EXIT_FAILURE
    print(path)
    return EXIT_OK
