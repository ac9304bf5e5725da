"""The language the app speaks: its translations, Qt's own, and the locale for dates.

The choice is the person's (Settings → General, stored as ``appearance/language``),
else the system's first language the app ships, else English. It is applied once,
at start, before any window is built; a new choice is used from the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backspasm_gui import resources
from backspasm_gui.core import i18n
from backspasm_gui.core.i18n import SOURCE_LANGUAGE, translate

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
    here = QLocale.system()
    same = QLocale(code).language() == here.language()
    QLocale.setDefault(here if same else QLocale(code))  # dates, numbers, day names
    i18n.install(_qt_translate)
    return code, problem


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
