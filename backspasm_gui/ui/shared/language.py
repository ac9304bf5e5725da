"""The language the app speaks: its translations, Qt's own, the locale for dates and
numbers, and the direction it reads in.

The choice is the person's (Settings → General, stored as ``appearance/language``),
else the system's first language the app ships, else English. It is applied once,
at start, before any window is built; a new choice is used from the next start.

A right-to-left language (Arabic) mirrors the whole app: Qt's layouts follow the
application's layout direction, and what the app paints by hand reads it from its
painter (a widget's painter takes the widget's direction). Numbers are written in
the digits 0-9 in every language: Arabic is also written with ٠-٩, but the app uses
one digit style everywhere, in the window, the charts and the PDF alike.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from backspasm_gui import resources
from backspasm_gui.core import i18n
from backspasm_gui.core.i18n import SOURCE_LANGUAGE, translate
from backspasm_gui.ui.shared import fonts

log = logging.getLogger(__name__)


def system_language() -> str:
    """The shipped language the system asks for first (English if none)."""
    return i18n.pick("system", QLocale.system().uiLanguages())


def _qt_translate(context: str, text: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


def _qm(code: str) -> str:
    return str(resources.path("translations") / f"backspasm_{code}.qm")


_before_app: list[QTranslator] = []  # kept alive while it translates


def preload(wanted: str) -> None:
    """Before any Qt application exists (the command line's help, its mistakes,
    --print-routine): the same language :func:`install` will load, read straight from
    its ``.qm``. English, or a translation that is missing, leaves the source text; the
    missing one is said once the application installs it."""
    code = i18n.pick(wanted, QLocale.system().uiLanguages())
    translator = QTranslator()
    if code == SOURCE_LANGUAGE or not translator.load(_qm(code)):
        _before_app.clear()
        i18n.install(None)
        return
    _before_app[:] = [translator]

    def from_file(context: str, text: str, disambiguation: str | None) -> str:
        return translator.translate(context, text, disambiguation) or text

    i18n.install(from_file)


def install(app: QCoreApplication, wanted: str, system: list[str] | None = None) -> tuple[str, str]:
    """Load ``wanted`` ("system" or a code of LANGUAGES) into ``app``; "system" takes
    the first shipped one of ``system`` (default: the system's languages, in order).

    Returns the code now in use and, if the translation could not be loaded, one
    sentence saying so (the app then speaks English)."""
    for old in app.findChildren(QTranslator, "backspasm-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    code = i18n.pick(wanted, QLocale.system().uiLanguages() if system is None else system)
    problem = ""
    if code != SOURCE_LANGUAGE and not _load(app, code):
        problem = translate(
            "Language",
            "The {language} translation could not be found, so the app is in English.",
        ).format(language=QLocale.languageToString(QLocale(code).language()))
        log.warning("no translation for %s in %s", code, resources.path("translations"))
        code = SOURCE_LANGUAGE
    QLocale.setDefault(locale_for(code))  # dates, numbers, day names
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(QLocale(code).textDirection())
        fonts.install(app, code)  # Arabic and Chinese in fonts made for them
    i18n.install(_qt_translate)
    return code, problem


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """How dates and numbers are written in language ``code``: as the system writes them
    if it speaks that language in the same script (its region's habits: "5.3.2026" in
    Austria), else as the language does; and always with the digits 0-9."""
    here = QLocale.system() if system is None else system
    wanted = QLocale(code)
    same = (here.language(), here.script()) == (wanted.language(), wanted.script())
    chosen = here if same else wanted
    if chosen.zeroDigit() != "0":
        # Arabic in Egypt or Saudi Arabia writes ٠-٩; Modern Standard Arabic as a
        # whole ("ar_001") writes 0-9, with the same month and day names.
        world = QLocale(chosen.language(), chosen.script(), QLocale.Country.World)
        if world.zeroDigit() == "0":
            chosen = world
    return chosen


def _load(app: QCoreApplication, code: str) -> bool:
    ours = QTranslator(app)
    ours.setObjectName("backspasm-translator")
    if not ours.load(_qm(code)):
        ours.deleteLater()
        return False
    app.installTranslator(ours)
    # Qt's own words: the buttons of standard dialogs, the file dialog, context menus.
    qt = QTranslator(app)
    qt.setObjectName("backspasm-translator")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(code), "qtbase", "_", folder):
        app.installTranslator(qt)
    else:
        log.info("Qt's own %s translation is not installed in %s", code, folder)
        qt.deleteLater()
    return True
