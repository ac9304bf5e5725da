"""The app's icon, drawn from ``assets/icon.svg`` with QSvgRenderer at each size.

The SVG is the only source: the window and tray use it through :func:`app_icon`,
and the packaging build (``packaging/icons.py``) renders the PNG sizes, ``.ico``
and ``.icns`` from it with :func:`render`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backspasm_gui import resources

log = logging.getLogger(__name__)

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, source: Path | None = None) -> QImage:
    """The icon as a square ARGB image of ``size`` pixels; a null image if unreadable."""
    renderer = QSvgRenderer(str(source or resources.path("icon.svg")))
    if not renderer.isValid():
        return QImage()
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def app_icon(source: Path | None = None) -> QIcon:
    """Every size of the icon, so each place Qt shows it gets a sharp one."""
    icon = QIcon()
    for size in SIZES:
        image = render(size, source)
        if image.isNull():
            # A broken install; the window still works, with the system's default icon.
            log.warning("the app icon %s could not be read", source or resources.path("icon.svg"))
            return QIcon()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
