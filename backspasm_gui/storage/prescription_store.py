"""The clinician's routine the person accepted, kept beside their history.

Accepting a prescription writes it, as the app reads it, to ``prescription.stretches``
in the data folder (the attachment it came in can then go), readable by the person
alone. The choices it replaced (how many sessions a day, the reminders) are kept in
the settings under ``beforePrescription`` the first time, so going back to the
handout's routine puts them back however many prescriptions came in between. Going
back never touches the history: every session keeps the routine it followed.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.storage.paths import PRESCRIPTION_FILE as ACTIVE_FILE
from backspasm_gui.storage.settings import load_prefs, save_prefs

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from backspasm_gui.core.prescription import Prescription
    from backspasm_gui.core.routine import Routine
    from backspasm_gui.storage.settings import Prefs

log = logging.getLogger(__name__)

BEFORE_GROUP = "beforePrescription"


class PrescriptionStore:
    """The accepted prescription in ``directory`` and what it replaced in ``settings``."""

    def __init__(self, directory: Path, settings: QSettings) -> None:
        self.path = Path(directory) / ACTIVE_FILE
        self._settings = settings

    def load(self, library: Routine) -> tuple[Prescription | None, str]:
        """The accepted prescription, or None; and a sentence if the kept one could not
        be read (it is then moved aside, and the handout's routine is used)."""
        if not self.path.exists():
            return None, ""
        # The reader is loaded only where there is a prescription: not on every start.
        from backspasm_gui.core.prescription_file import load_prescription  # noqa: PLC0415

        try:
            return load_prescription(self.path, library), ""
        except ContentError as exc:
            log.error("the accepted prescription could not be read: %s", exc)
            aside = self._keep_aside()
            text = translate(
                "Prescription",
                "Your clinician's routine could not be read, so the handout's routine is "
                "used; the file was kept as {file} ({why}).",
            )
            return None, text.format(file=aside.name, why=exc.message)

    def accept(self, prescription: Prescription, prefs: Prefs) -> Prefs:
        """Keep ``prescription`` as the routine; the prefs it makes of ``prefs`` (its
        sessions a day as the goal, its reminder times)."""
        from backspasm_gui.core.prescription_file import save_prescription  # noqa: PLC0415

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        save_prescription(prescription, self.path)
        if BEFORE_GROUP not in self._settings.childGroups():
            self._settings.beginGroup(BEFORE_GROUP)
            try:
                save_prefs(self._settings, prefs)
            finally:
                self._settings.endGroup()
        return prescribed_prefs(prescription, prefs)

    def withdraw(self, prefs: Prefs) -> Prefs:
        """Back to the handout's routine: the prescription is removed and the goal and
        reminders it replaced are put back into ``prefs``."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", self.path, exc_info=True)
        if BEFORE_GROUP not in self._settings.childGroups():
            return prefs
        self._settings.beginGroup(BEFORE_GROUP)
        try:
            before, _reset = load_prefs(self._settings)
        finally:
            self._settings.endGroup()
        self._settings.remove(BEFORE_GROUP)
        return replace(
            prefs,
            goal=before.goal,
            reminders=before.reminders,
            quiet_when_goal_met=before.quiet_when_goal_met,
        )

    def _keep_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        try:
            os.replace(self.path, aside)
        except OSError:
            log.warning("could not move %s aside", self.path, exc_info=True)
        return aside


def prescribed_prefs(prescription: Prescription, prefs: Prefs) -> Prefs:
    """``prefs`` with the prescription's sessions a day as the day's goal and, where it
    names times, reminders at those times."""
    from backspasm_gui.core.reminders import Mode  # noqa: PLC0415

    reminders = prefs.reminders
    if prescription.reminders:
        reminders = replace(
            reminders, enabled=True, mode=Mode.FIXED, times=tuple(prescription.reminders)
        )
    return replace(prefs, goal=prescription.sessions_per_day, reminders=reminders)
