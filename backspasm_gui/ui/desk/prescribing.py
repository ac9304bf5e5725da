"""The clinician's routine on the desk: opened, accepted, given back, written.

A ``.stretches`` file arrives (a double click, the command line, a second launch, the
Settings button, or Finder's open event on macOS). It is read through the hardened
reader; a bad one is said in one sentence and changes nothing. A good one is shown
(:class:`AcceptDialog`) and changes nothing until the person accepts: then it is kept
(:class:`PrescriptionStore`), becomes the routine, and sets the day's goal and the
reminders. "Use the handout's routine" gives it back, with the goal and reminders it
replaced; the history keeps every session as it was, each with the routine it followed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.prescription import (
    Prescription,
    as_prescribed,
    prescription_title,
    routine_from,
)
from backspasm_gui.core.prescription_file import load_prescription
from backspasm_gui.core.prescription_summary import summary
from backspasm_gui.core.routine import Routine

if TYPE_CHECKING:
    from backspasm_gui.storage.prescription_store import PrescriptionStore
    from backspasm_gui.storage.settings import Prefs
    from backspasm_gui.ui.prescription.editor_dialog import PrescriptionEditor

log = logging.getLogger(__name__)


class Prescribing(QObject):
    """``apply``: take new prefs with the routine made again (the desk's ``apply``)."""

    changed = Signal()  # a prescription was accepted or given back

    def __init__(
        self,
        library: Routine,
        store: PrescriptionStore | None,
        active: Prescription | None,
        *,
        prefs: Callable[[], Prefs],
        apply: Callable[[Prefs], None],
        window: QWidget,
        notify: Callable[[str], None],
        current: Callable[[], Routine],
    ) -> None:
        super().__init__(window)
        self.library = library
        self.store = store
        self._prefs = prefs
        self._apply = apply
        self._window = window
        self._notify = notify
        self._current = current
        self.active = active  # as read at start (app.py), before the window
        self.dialog: QDialog | None = None  # the acceptance view, while it is open
        self.editor: PrescriptionEditor | None = None  # made when first asked for

    def describe(self) -> str | None:
        """Whose routine is followed, for Settings; None for the handout's."""
        if self.active is None:
            return None
        return translate("Prescribing", "You follow your clinician’s routine: {title}.").format(
            title=prescription_title(self.active)
        )

    def choose_and_open(self) -> None:
        """Settings → "Open a prescription…": a file dialog, then :meth:`open`."""
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        from backspasm_gui.ui.prescription.editor_dialog import file_filter  # noqa: PLC0415

        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("Prescribing", "Open a prescription from your clinician"),
            str(Path.home()),
            file_filter(),
        )
        if chosen:
            self.open(Path(chosen))

    def show_editor(self) -> None:
        """Settings → "Make a routine for a patient…"."""
        from backspasm_gui.ui.prescription.editor_dialog import (  # noqa: PLC0415
            PrescriptionEditor,
        )

        if self.editor is None:
            prefs = self._prefs()
            self.editor = PrescriptionEditor(
                self.library,
                self._window,
                lead_in=prefs.routine.lead_in,
                switch_lead_in=prefs.routine.switch_lead_in,
            )
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()

    def prescribed(self) -> Prescribed | None:
        """The accepted prescription as the history's report names it, or None."""
        return None if self.active is None else as_prescribed(self.active)

    def routine(self) -> Routine | None:
        """The routine the accepted prescription makes, or None for the handout's."""
        if self.active is None:
            return None
        try:
            return routine_from(self.active, self.library)
        except ValueError:  # a library without one of its stretches: the handout's
            log.warning("the prescription does not fit this routine file", exc_info=True)
            return None

    def open(self, path: Path) -> bool:
        """Read ``path`` and show it for the person to accept; True if accepted."""
        try:
            prescription = load_prescription(path, self.library)
        except ContentError as exc:
            log.warning("prescription refused: %s", exc)
            self._notify(
                translate(
                    "Prescribing",
                    "This prescription could not be opened, so nothing changed: {why}",
                ).format(why=exc)
            )
            return False
        from backspasm_gui.ui.prescription.accept_dialog import AcceptDialog  # noqa: PLC0415

        prefs = self._prefs()
        said = summary(
            prescription,
            self.library,
            self._current(),
            lead_in=prefs.routine.lead_in,
            switch_lead_in=prefs.routine.switch_lead_in,
        )
        dialog = AcceptDialog(said, self._window)
        self.dialog = dialog  # for tests and screenshots, while it is open
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        dialog.deleteLater()
        if accepted:
            self.accept(prescription)
        return accepted

    def accept(self, prescription: Prescription) -> None:
        prefs = self._prefs()
        if self.store is not None:
            try:
                prefs = self.store.accept(prescription, prefs)
            except OSError as exc:
                log.warning("could not keep the prescription", exc_info=True)
                self._notify(
                    translate(
                        "Prescribing",
                        "The prescription could not be kept ({reason}), so nothing changed.",
                    ).format(reason=exc.strerror or exc)
                )
                return
        else:
            from backspasm_gui.storage.prescription_store import prescribed_prefs  # noqa: PLC0415

            prefs = prescribed_prefs(prescription, prefs)
        self.active = prescription
        self._apply(prefs)
        self.changed.emit()
        self._notify(translate("Prescribing", "Your clinician's routine is now your routine."))
        if prescription.note:  # to read before the first session: on top of the rest
            self._notify(
                translate("Prescribing", "From your clinician: {note}").format(
                    note=" ".join(prescription.note.split())
                )
            )

    def use_handout(self) -> None:
        """Back to the handout's routine, with the goal and reminders from before."""
        if self.active is None:
            return
        prefs = self._prefs()
        if self.store is not None:
            prefs = self.store.withdraw(prefs)
        self.active = None
        self._apply(prefs)
        self.changed.emit()
        self._notify(
            translate(
                "Prescribing", "The handout's routine is your routine again; your history is kept."
            )
        )
