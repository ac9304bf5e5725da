"""Colours, fonts and the one stylesheet: light and dark are one switch.

The app uses the Fusion style everywhere so it looks the same on every
desktop, with a calm palette of its own. "system" follows the desktop's
colour scheme and changes with it while the app runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    window: str  # the page
    surface: str  # panels and the illustration card
    text: str
    muted: str  # secondary text; still AA on window and surface
    hold: str  # the ring while holding, primary buttons, focus
    on_hold: str  # text on a hold-coloured fill
    get_ready: str  # the ring during a lead-in
    track: str  # the ring's empty track, borders
    button: str
    button_hover: str
    figure: str  # the pose picture's body, and its limbs nearest the viewer
    figure_far: str  # the limbs on the far side
    focus_area: str  # the body part the stretch works
    mat: str  # the exercise mat under the figure

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = Theme(
    name="light",
    window="#F4F2ED",
    surface="#FFFFFF",
    text="#1B262C",
    muted="#4B5A62",
    hold="#0B6E66",
    on_hold="#FFFFFF",
    get_ready="#9A4A06",
    track="#D9D4C9",
    button="#E6E1D6",
    button_hover="#DAD4C6",
    figure="#33454E",
    figure_far="#9DAAB0",
    focus_area="#C8501E",
    mat="#E4DED2",
)

DARK = Theme(
    name="dark",
    window="#12181B",
    surface="#1B2428",
    text="#ECF0F1",
    muted="#A9B7BE",
    hold="#4CC3B2",
    on_hold="#0A1A18",
    get_ready="#F0B45C",
    track="#2F3C42",
    button="#27333A",
    button_hover="#314049",
    figure="#DCE4E7",
    figure_far="#66777F",
    focus_area="#F2895A",
    mat="#28343B",
)


class _Choice:
    """Which theme is in force; one per process, like the QApplication."""

    current: Theme = LIGHT
    forced: str | None = None  # "light" or "dark"; None follows the system


def current() -> Theme:
    return _Choice.current


# Set on a QApplication made with Fusion from the start (``fusion_arguments``), which
# saves the 6 ms of making the style object, and its 60 enums, in Python at start.
FUSION_GIVEN = "_backspasm_fusion"


def fusion_arguments() -> list[str]:
    """QApplication's own option for its style, for an application about to be made."""
    return ["-style", "fusion"]


def install(app: QApplication, name: str | None = None) -> Theme:
    """Apply a theme: "light", "dark", or None to follow the system (and keep following)."""
    _Choice.forced = name
    if not getattr(app, FUSION_GIVEN, False):
        app.setStyle(QStyleFactory.create("Fusion"))
        setattr(app, FUSION_GIVEN, True)
    hints = app.styleHints()
    if name is None and not getattr(app, "_backspasm_follows_scheme", False):
        hints.colorSchemeChanged.connect(lambda _scheme: _apply(app))
        app._backspasm_follows_scheme = True  # type: ignore[attr-defined]
    return _apply(app)


def _apply(app: QApplication) -> Theme:
    if _Choice.forced is not None:
        _Choice.current = DARK if _Choice.forced == "dark" else LIGHT
    else:
        _Choice.current = DARK if system_is_dark() else LIGHT
    app.setPalette(palette(_Choice.current))
    app.setStyleSheet(stylesheet(_Choice.current))
    return _Choice.current


def system_is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: theme.window,
        role.WindowText: theme.text,
        role.Base: theme.surface,
        role.AlternateBase: theme.window,
        role.Text: theme.text,
        role.Button: theme.button,
        role.ButtonText: theme.text,
        role.BrightText: theme.on_hold,
        role.Highlight: theme.hold,
        role.HighlightedText: theme.on_hold,
        role.ToolTipBase: theme.surface,
        role.ToolTipText: theme.text,
        role.PlaceholderText: theme.muted,
        role.Link: theme.hold,
        role.Mid: theme.track,
        role.Accent: theme.hold,
    }
    for r, colour in pairs.items():
        p.setColor(r, QColor(colour))
    disabled = QColor(theme.muted)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def stylesheet(theme: Theme) -> str:
    """Buttons and cards only; sizes come from the window's scale, not from here."""
    return f"""
    QPushButton {{
        background: {theme.button};
        color: {theme.text};
        border: 2px solid transparent;
        border-radius: 12px;
        padding: 0.35em 1.1em;
    }}
    QPushButton:hover {{ background: {theme.button_hover}; }}
    QPushButton:focus {{ border: 2px solid {theme.hold}; }}
    QPushButton:disabled {{ color: {theme.muted}; background: {theme.window};
                            border: 2px dashed {theme.track}; }}
    QPushButton[primary="true"] {{
        background: {theme.hold};
        color: {theme.on_hold};
        font-weight: 600;
    }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {theme.text}; }}
    QPushButton:checked {{ background: {theme.hold}; color: {theme.on_hold};
                           font-weight: 700; border: 2px solid {theme.text}; }}
    QPushButton[flat="true"] {{ background: transparent; color: {theme.hold};
                                text-decoration: underline; padding: 0.2em 0.4em; }}
    QPushButton[flat="true"]:focus {{ border: 2px solid {theme.hold}; }}
    QPushButton[flat="true"]:disabled {{ color: {theme.muted}; text-decoration: none; }}
    QPushButton[rating="true"] {{ padding: 0.2em 0.1em; }}
    QFrame#card {{ background: {theme.surface}; border: 1px solid {theme.track};
                   border-radius: 16px; }}
    QLabel[role="muted"] {{ color: {theme.muted}; }}
    QFrame#painBefore, QFrame#painAfter {{ background: {theme.surface};
                        border: 1px solid {theme.track}; border-radius: 12px; }}
    QFrame#noticeBar {{ background: {theme.surface}; border: 1px solid {theme.get_ready};
                        border-left: 6px solid {theme.get_ready}; border-radius: 8px; }}
    QToolButton#soundButton {{ background: transparent; color: {theme.hold};
                               border: 2px solid transparent; border-radius: 8px;
                               padding: 0.2em 0.4em; }}
    QToolButton#soundButton:focus {{ border: 2px solid {theme.hold}; }}
    QToolButton#soundButton:hover {{ background: {theme.button}; }}
    QTextBrowser {{ background: {theme.surface}; border: none; }}
    QToolTip {{ background: {theme.surface}; color: {theme.text};
                border: 1px solid {theme.track}; padding: 4px; }}
    """


def scaled_font(base: QFont, pixels: float, *, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(pixels)))
    if weight is not None:
        font.setWeight(weight)
    return font
