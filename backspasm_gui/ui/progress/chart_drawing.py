"""What the progress view's two charts share: dates and numbers in the chosen language,
colours that stay readable, text and thin lines sized from the painter's font, legends
that wrap to the room there is, and the reading direction.

Both charts are painted on any QPainter (the view's widgets, or an image), with a
:class:`Theme`'s colours and their text size taken from the painter's font, so these
helpers speak pixels on screen and keep the same proportions at any other resolution.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.shared.theme import Theme

SWATCH_GAP = 0.4  # lines between a legend's swatch (or line sample) and its words


# --- words ------------------------------------------------------------------------------


def local_date(day: date, pattern: str) -> str:
    """``day`` in the chosen language's words, as the QDate format ``pattern`` says."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_label(day: date) -> str:
    """ "26 Oct": the day and the month's short name, in the chosen language."""
    #: How a day is written under the charts and in their sentences: a QDate format
    #: (d: day, MMM: short month name, as "26 Oct"); keep it short.
    pattern = translate("Charts", "d MMM")
    return local_date(day, pattern)


def widest_day_label(metrics: QFontMetricsF) -> float:
    """The width of the widest :func:`day_label` (the 28th of each month, two digits)."""
    return max(metrics.horizontalAdvance(day_label(date(2001, m, 28))) for m in range(1, 13))


def decimal(value: float) -> str:
    """``value`` to one decimal place, with the chosen language's decimal point ("3.7",
    "3,7"), rounded as Python rounds so that English reads as it always did."""
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())


# --- colour ----------------------------------------------------------------------------


def mix(under: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid on ``under`` at ``amount`` (0 to 1) opacity."""
    return QColor(
        round(under.red() + (over.red() - under.red()) * amount),
        round(under.green() + (over.green() - under.green()) * amount),
        round(under.blue() + (over.blue() - under.blue()) * amount),
    )


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(fill: QColor, colours: Theme) -> QColor:
    """The theme's text or on-hold colour, whichever reads better on ``fill``."""
    return max((colours.qcolor("text"), colours.qcolor("on_hold")), key=lambda c: contrast(c, fill))


# --- text and lines ---------------------------------------------------------------------


def sized(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` scaled, in whichever unit it was given (pixels on screen, points in a PDF)."""
    scaled = QFont(font)
    if font.pixelSize() > 0:
        scaled.setPixelSize(max(6, round(font.pixelSize() * factor)))
    else:
        scaled.setPointSizeF(max(4.0, font.pointSizeF() * factor))
    if bold:
        scaled.setWeight(QFont.Weight.Bold)
    return scaled


def hairline(line: float) -> float:
    """A thin line's width for text ``line`` high: a pixel on screen, as thin on paper."""
    return max(1.0, line * 0.06)


def painter_metrics(painter: QPainter, font: QFont | None = None) -> QFontMetricsF:
    """The metrics of ``font`` (else the painter's) on the device painted on, so that text
    is measured at the resolution it is drawn at."""
    device = painter.device()
    chosen = font if font is not None else painter.font()
    return QFontMetricsF(chosen, device) if device is not None else QFontMetricsF(chosen)


# --- legends ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Flow:
    """Legend items placed in rows no wider than the room there is."""

    spots: list[QPointF]  # each item's top left, from the legend's top left
    width: float
    height: float


def flow(widths: Sequence[float], room: float, line: float, gap: float) -> Flow:
    """Items ``widths`` wide placed left to right, ``gap`` apart, in rows ``line`` high
    that wrap before ``room``."""
    spots, x, y, widest = [], 0.0, 0.0, 0.0
    for width in widths:
        if x > 0 and x + width > room:
            x, y = 0.0, y + line
        spots.append(QPointF(x, y))
        widest = max(widest, x + width)
        x += width + gap
    return Flow(spots, widest, y + line)


# --- reading direction ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mirror:
    """Where a chart laid out left to right is painted: mirrored across the middle of
    its rectangle when the language reads right to left."""

    on: bool
    axis: float  # the rectangle's left plus its right: x goes to axis - x

    def rect(self, box: QRectF) -> QRectF:
        """``box`` where it is painted (for hit tests and tooltips)."""
        if not self.on:
            return QRectF(box)
        return QRectF(self.axis - box.right(), box.top(), box.width(), box.height())


@contextmanager
def reading_direction(painter: QPainter, rect: QRectF) -> Iterator[Mirror]:
    """Paint a chart laid out left to right so that it reads the painter's way: a
    right-to-left painter (a widget's takes the widget's direction, the app's in
    Arabic) mirrors it across ``rect``, so time runs from the right, the first column
    is on the right and the scale's labels on the right. Its words must go through
    :func:`draw_text`, and marks that are not to be mirrored through :func:`upright`."""
    mirror = Mirror(painter.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                    rect.left() + rect.right())  # fmt: skip
    if not mirror.on:
        yield mirror
        return
    painter.save()
    painter.translate(mirror.axis, 0)
    painter.scale(-1, 1)
    try:
        yield mirror
    finally:
        painter.restore()


@contextmanager
def upright(painter: QPainter, box: QRectF) -> Iterator[None]:
    """What is painted inside ``box`` keeps its own direction in a mirrored chart (words,
    a tick): the box moves with the mirror, what is in it is not turned round."""
    if painter.worldTransform().m11() >= 0:
        yield
        return
    painter.save()
    centre = box.center().x()
    painter.translate(2 * centre, 0)
    painter.scale(-1, 1)
    try:
        yield
    finally:
        painter.restore()


def draw_text(painter: QPainter, box: QRectF, flags: int | Qt.AlignmentFlag, text: str) -> None:
    """``text`` in ``box``, readable in a mirrored chart too. As for any Qt widget, a
    right-to-left painter takes "left" in ``flags`` as where the language's lines start,
    so a label set against the chart's left edge is set against its right in Arabic."""
    with upright(painter, box):
        painter.drawText(box, int(flags), text)
