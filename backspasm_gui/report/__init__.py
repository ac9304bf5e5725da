"""The one-page progress report a patient hands their physiotherapist.

``write_report`` draws it as an A4 PDF with Qt's own PDF writer (QtGui only, so
no extra Qt module). The numbers come from :mod:`backspasm_gui.core.history`.
"""

from __future__ import annotations

from backspasm_gui.report.pdf import ReportError, write_report

__all__ = ["ReportError", "write_report"]
