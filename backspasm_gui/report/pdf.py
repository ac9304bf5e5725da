"""The progress report as one A4 page of PDF, drawn with QPdfWriter and QPainter.

This module composes the page and writes the file; each part it places is drawn by a
module of its own (see ``report/__init__.py``). From top to bottom: who, when and which
routine (:mod:`.frame`), six numbers (:mod:`.summary`), sessions per week (or month)
against the handout's 2-3 a day or a prescription's sessions a day
(:mod:`.sessions_chart`), pain before and after a session (:mod:`.pain_chart`), the
routine as it was really done (:mod:`.routine_table`), and where the page came from
(:mod:`.frame`). Every part has a fixed or measured height and the two charts share
what is left, so the page never spills onto a second one, whether the range is a week
or years.

Needs a QGuiApplication (the caller makes it; the offscreen platform will do).
The file is written beside its final name and moved into place at the end, so
a failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from backspasm_gui import APP_NAME, version
from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.routine import Routine
from backspasm_gui.report.content import Content, content
from backspasm_gui.report.frame import FOOTER_H, draw_footer, draw_header
from backspasm_gui.report.page import BOTTOM, CENTRE, LEFT, RULE, WIDTH, Page
from backspasm_gui.report.pain_chart import draw_pain, pain_text_height
from backspasm_gui.report.routine_table import SMALLER_SIZES, TABLE_SIZE, draw_routine, table
from backspasm_gui.report.sessions_chart import draw_sessions
from backspasm_gui.report.summary import draw_summary
from backspasm_gui.report.words import date_range

log = logging.getLogger(__name__)

RESOLUTION = 300  # dots per inch
MIN_CHART, MAX_CHART = 110.0, 215.0  # a chart's height, heading and labels included
LEAST_CHART = 96.0  # smaller, only so that the routine table keeps every row


class ReportError(Exception):
    """The report could not be written; the message says where and why, in one sentence."""


# --- composing the page -----------------------------------------------------------------


def draw(page: Page, c: Content) -> None:
    """Every part in its place: the frame and the numbers first, then the routine table
    measured, and the two charts given what it leaves."""
    y = draw_header(page, c)
    y = draw_summary(page, y, c) + 20
    draw_footer(page, c)
    if not c.summary.started:
        page.box(LEFT, y, WIDTH, 60, fill=None, edge=RULE)
        none = translate("Report", "No sessions in this period.")
        page.text(LEFT, y, WIDTH, 60, none, size=13, align=CENTRE)
        return
    gap = 18.0
    extra = pain_text_height(page, c.pain_text) + 14 if c.pain_text else 0
    floor = BOTTOM - FOOTER_H - 16 - 20  # where the routine table must end
    below = floor - y  # for the charts and the routine table
    routine = table(page, c, room=below - 2 * MIN_CHART - extra - 2 * gap)
    # The charts give a little, then the table's text, if that keeps every row (German
    # in Noto Sans, KDE's font and Debian's with fonts-noto-core, needs both).
    least = below - 2 * LEAST_CHART - extra - 2 * gap
    for size in (TABLE_SIZE, *SMALLER_SIZES):
        if not routine.left_out:
            break
        whole = table(page, c, room=least, size=size)
        if not whole.left_out:
            routine = whole
    room = floor - routine.height - y - 2 * gap  # for the two charts
    # plots of one height (the pain chart has its sentences under it)
    pain_h = min(MAX_CHART + extra, (room + extra) / 2) if c.pain_text else 40.0
    sessions_h = min(MAX_CHART, room - pain_h)
    draw_sessions(page, y, sessions_h, c)
    y += sessions_h + gap
    draw_pain(page, y, pain_h, c)
    y += pain_h + gap
    draw_routine(page, y, routine)  # any room left is left at the foot of the page


# --- writing the file -------------------------------------------------------------------


class _NotOpenedError(Exception):
    """QPainter.begin refused the PDF writer (it could not open its file)."""


_DENIED = QT_TRANSLATE_NOOP("Report", "Could not write the report to {path}: permission denied.")
_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Report", "Could not write the report to {path}: the folder does not exist."
)
FAILURES = {
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Report", "Could not write the report to {path}: the disk is full."
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Report", "Could not write the report to {path}: the disk is read-only."
    ),
    errno.EISDIR: QT_TRANSLATE_NOOP(
        "Report", "Could not write the report to {path}: a folder has that name."
    ),
}


def _failure(path: Path, error: OSError) -> ReportError:
    """The error to show for ``error``, in one sentence that names ``path``."""
    if error.errno in FAILURES:
        text = translate("Report", FAILURES[error.errno])
    else:
        #: {reason} is the system's own words for what went wrong.
        text = translate("Report", "Could not write the report to {path}: {reason}.")
    reason = (error.strerror or str(error)).rstrip(".").lower() or "unknown error"
    return ReportError(text.format(path=path, reason=reason))


def _temporary_beside(path: Path) -> Path:
    """A new empty file in ``path``'s folder, readable by its owner alone: a report is
    health data the person hands on deliberately, not for everyone on the computer."""
    for _attempt in range(10):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def write_report(
    path: Path,
    records: Sequence[SessionRecord],
    handout: Routine,
    *,
    first: date,
    last: date,
    goal: int,
    name: str = "",
    generated: date | None = None,
    prescribed: Prescribed | None = None,
) -> None:
    """Write the one-page A4 report of ``first``..``last`` (both included) to ``path``.

    ``records`` may hold sessions outside the range; only those inside count.
    ``goal`` is the person's daily goal (sessions a day). ``prescribed`` is the
    prescription the person follows, if any: the page names it and measures the
    sessions against its sessions a day instead of ``goal`` and the handout's 2-3.
    Raises ReportError if the
    file cannot be written (nothing is left behind then), ValueError for a range
    that ends before it starts or a goal below 1. Needs a QGuiApplication.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication")
    page_content = content(
        records,
        handout,
        first=first,
        last=last,
        goal=goal,
        name=name,
        generated=generated or date.today(),
        prescribed=prescribed,
    )
    path = Path(path)
    try:
        partial = _temporary_beside(path)
    except OSError as error:
        raise _failure(path, error) from error
    try:
        _paint(partial, page_content)
        os.replace(partial, path)
    except _NotOpenedError:
        text = translate(
            "Report",
            "Could not write the report to {path}: the file could not be opened for writing.",
        )
        raise ReportError(text.format(path=path)) from None
    except OSError as error:
        raise _failure(path, error) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    log.info("wrote the report of %s..%s to %s", first, last, path)


def _paint(target: Path, c: Content) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    #: The PDF's title, in its properties: {period} as "26 Oct 2026 – 22 Nov 2026 (4 weeks)".
    pdf_title = translate("Report", "{app} — progress report: {period}")
    writer.setTitle(pdf_title.format(app=APP_NAME, period=date_range(c.first, c.last)))
    writer.setCreator(f"{APP_NAME} {version()}")
    painter = QPainter()
    if not painter.begin(writer):
        raise _NotOpenedError
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setLayoutDirection(QGuiApplication.layoutDirection())  # Arabic: mirrored
        draw(Page(painter, RESOLUTION), c)
    finally:
        painter.end()
