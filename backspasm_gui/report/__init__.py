"""The one-page progress report a patient hands their physiotherapist.

``write_report`` draws it as an A4 PDF with Qt's own PDF writer (QtGui only, so
no extra Qt module). The numbers come from :mod:`backspasm_gui.core.history`.

A module a part of the page, so a change to one part is made in one place:

- ``pdf``: the entry point; composes the page from the parts and writes the file.
- ``content``: what the page says, worked out before anything is drawn.
- ``periods``: the weeks (or months) both charts have a column for.
- ``words``: dates, numbers and the title, in the chosen language.
- ``page``: A4 in points, the margins, the greys and the painter that sets text.
- ``frame``: the header (who, when and which routine: the handout's or a prescription's)
  and the footer (where the page came from).
- ``summary``: the six numbers under the header.
- ``charts``: what the two charts share (columns, labels, scale steps).
- ``sessions_chart``: sessions per week against the handout's 2-3 a day, or a
  prescription's sessions a day.
- ``pain_chart`` and ``pain_words``: the pain chart, and the sentences under it.
- ``routine_table``: the routine as it was really done.
"""

from __future__ import annotations

from backspasm_gui.report.pdf import ReportError, write_report

__all__ = ["ReportError", "write_report"]
