"""About back spasms: the handout's education, then the safety note, one click away."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from backspasm_gui.core.about import Section
from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.shared import theme


def about_html(sections: tuple[Section, ...]) -> str:
    colours = theme.current()
    parts = []
    for section in sections:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in section.paragraphs)
        heading = f"<h2>{html.escape(section.heading)}</h2>"
        if section.safety:
            parts.append(
                f'<table width="100%" cellpadding="12" style="background-color: {colours.window};'
                f' border: 2px solid {colours.get_ready};"><tr><td>'
                f'<h2 style="color: {colours.get_ready};">{html.escape(section.heading)}</h2>'
                f"{body}</td></tr></table>"
            )
        else:
            parts.append(heading + body)
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, sections: tuple[Section, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About back spasms"))
        self.setAccessibleName(translate("AboutDialog", "About back spasms"))
        self._sections = sections
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("aboutText")
        self.browser.setAccessibleName(translate("AboutDialog", "About back spasms"))
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutCloseButton")
        # Our own word, not Qt's: it does not depend on Qt's translations being installed.
        close.setText(translate("AboutDialog", "Close"))
        close.setAccessibleName(translate("AboutDialog", "Close"))
        self.close_button = close
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.set_scale(16.0)

    def set_scale(self, unit: float) -> None:
        """Text sized from the main window's unit; the dialog as large as that asks,
        as far as its screen allows (the text scrolls)."""
        self.browser.setFont(theme.scaled_font(self.font(), unit * 1.1))
        self.browser.setHtml(about_html(self._sections))
        # On the button itself: the style sheet draws it, so it takes no font from its box.
        self.close_button.setFont(
            theme.scaled_font(self.font(), unit, weight=QFont.Weight.DemiBold)
        )
        wanted = QSize(round(unit * 42), round(unit * 34))
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        self.resize(wanted)
