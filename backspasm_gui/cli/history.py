"""The stored sessions that --export-csv and --report are written from.

Reading them never creates a history: with none yet, the person is told and the
exports are written empty.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from backspasm_gui.cli import say
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Routine
from backspasm_gui.startup import application, install_language, localised

if TYPE_CHECKING:
    from backspasm_gui.core.history import SessionRecord


def stored(routine: Routine, args: argparse.Namespace) -> tuple[Routine, list[SessionRecord]]:
    """The routine in the person's language (the report is in it) and every stored session."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application(None)
    install_language(app, args.language)
    routine = localised(routine, ())[0]
    from backspasm_gui.storage.history_db import HistoryDB
    from backspasm_gui.storage.paths import data_dir, history_path

    path = history_path(data_dir(args.data_dir))
    if not path.exists():
        said = translate("App", "No sessions are recorded yet in {folder}.")
        say(said.format(folder=path.parent))
        return routine, []
    store, problem = HistoryDB.open(path)
    if problem:
        say(problem)
    records = store.records()
    store.close()
    return routine, records
