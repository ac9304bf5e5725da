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
    from backspasm_gui.core.prescribed import Prescribed


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


def prescribed(routine: Routine, args: argparse.Namespace) -> Prescribed | None:
    """The clinician's routine the person accepted in the app, as the report names it;
    None when they follow the handout's (or the kept one cannot be read: then said)."""
    from backspasm_gui.core.errors import ContentError
    from backspasm_gui.core.prescription import as_prescribed
    from backspasm_gui.core.prescription_file import load_prescription
    from backspasm_gui.storage.paths import PRESCRIPTION_FILE, data_dir

    path = data_dir(args.data_dir) / PRESCRIPTION_FILE
    if not path.exists():
        return None
    try:
        return as_prescribed(load_prescription(path, routine))
    except ContentError as exc:
        said = translate(
            "App",
            "The clinician's routine kept in {folder} could not be read, so the "
            "report is about the handout's routine ({why}).",
        )
        say(said.format(folder=path.parent, why=exc.message))
        return None
