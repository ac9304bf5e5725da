"""The fonts each language is written in.

Languages in the Latin alphabet use the desktop's own font. Arabic and simplified
Chinese are set in a font made for them, named first, with the desktop's font after it
for what such a font lacks (a patient's name in Latin letters). Naming it matters even
where the desktop's font has some of the script: DejaVu Sans draws a plain Arabic, and
without a name Qt may fall back on a Japanese font for Chinese characters, whose forms
differ from the simplified Chinese a reader expects.

The first family of each list that is installed is used:

- on Linux the Noto fonts the .deb depends on (``fonts-noto-ui-core`` has Noto Sans
  Arabic UI, ``fonts-noto-core`` Noto Sans Arabic, ``fonts-noto-cjk`` Noto Sans CJK
  SC), else WenQuanYi Micro Hei (``fonts-wqy-microhei``, the .deb's alternative to
  fonts-noto-cjk);
- on Windows Segoe UI (which has Arabic) and Microsoft YaHei;
- on macOS Geeza Pro and PingFang SC.

Every widget, chart and the PDF take their fonts from the application's, so setting it
here is enough; ``tests/ui/shared/test_fonts.py`` renders every translated string with
the list chosen here and fails on a character none of its fonts has.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

SCRIPT_FAMILIES: dict[str, tuple[str, ...]] = {
    # The UI cut first: Noto Sans Arabic's own line is half as tall again as Latin's
    # (for the marks above and below), which widgets and the PDF's table cannot spare.
    "ar": ("Noto Sans Arabic UI", "Noto Sans Arabic", "Segoe UI", "Geeza Pro"),
    "zh_CN": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "Microsoft YaHei",
        "PingFang SC",
    ),
}

KNOWN = frozenset(family for families in SCRIPT_FAMILIES.values() for family in families)
_DESKTOP: list[list[str]] = []  # the application font's families before any language


# Last, for the signs a desktop's font may lack (Noto Sans has no → or ✓): DejaVu Sans,
# which the app's system packages and the .deb's libraries bring on Linux. Named, so
# that every language falls back to the same font rather than whatever Qt finds.
LAST_RESORT = "DejaVu Sans"


def families_for(code: str, desktop: list[str], installed: set[str] | None = None) -> list[str]:
    """The families to write ``code`` in: the first installed one made for its script (if
    it needs one), then the desktop's, then :data:`LAST_RESORT`."""
    made_for = [f for f in SCRIPT_FAMILIES.get(code, ()) if installed and f in installed]
    return list(dict.fromkeys([*made_for[:1], *desktop, LAST_RESORT]))


def desktop_families() -> list[str]:
    """The application font's families as the desktop gave them, before any language."""
    if not _DESKTOP:
        _DESKTOP.append(QGuiApplication.font().families())
    return _DESKTOP[0]


def font_for(code: str, base: QFont) -> QFont:
    """``base`` with the families to write ``code`` in (a language's name in the language
    menu, in its own script whatever the app speaks)."""
    font = QFont(base)
    if code in SCRIPT_FAMILIES:
        font.setFamilies(families_for(code, desktop_families(), set(QFontDatabase.families())))
    return font


def install(app: QGuiApplication, code: str) -> list[str]:
    """Set the application font's families for ``code``; the families now in use. A
    language in the desktop's own font asks nothing of the font database (whose first
    question reads every font installed: milliseconds, and Noto CJK's pages)."""
    desktop = desktop_families()
    installed = set(QFontDatabase.families()) if code in SCRIPT_FAMILIES else None
    families = families_for(code, desktop, installed)
    font = QFont(QGuiApplication.font())
    if font.families() != families:
        font.setFamilies(families)
        app.setFont(font)
    return families
