"""The report's words for dates, numbers and its title, in the chosen language.

Every part of the page names days and months the same way, so they are said here
once: a week's bar, the header's period and the sentences on pain agree.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from backspasm_gui import APP_NAME
from backspasm_gui.core.i18n import translate


def _local(day: date, form: str) -> str:
    """``day`` in the chosen language's words, as the QDate format ``form`` says."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def short_date(day: date) -> str:
    """``26 Oct``, in the chosen language."""
    #: A day on the report: a QDate format (d: the day, MMM: the month's short name),
    #: as "26 Oct".
    return _local(day, translate("Report", "d MMM"))


def long_date(day: date) -> str:
    """``26 Oct 2026``."""
    #: A day on the report with its year: a QDate format (d: the day, MMM: the month's
    #: short name, yyyy: the year), as "26 Oct 2026".
    return _local(day, translate("Report", "d MMM yyyy"))


def month_label(day: date) -> str:
    """``Oct``: a month's bar."""
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def month_of_year(day: date) -> str:
    """``Oct 2026``."""
    #: A month in the report's sentences on pain ("... in Oct 2026"): a QDate format
    #: (MMM: the month's short name, yyyy: the year).
    return _local(day, translate("Report", "MMM yyyy"))


def decimal(value: float) -> str:
    """``3.7``: one decimal place, with the chosen language's decimal point (rounded as
    Python rounds, so that English reads as it always did)."""
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())


def date_range(first: date, last: date) -> str:
    """``26 Oct 2026 – 22 Nov 2026 (4 weeks)``."""
    days = (last - first).days + 1
    if first == last:
        text = translate("Report", "{first} (1 day)")
    elif days == 7:
        text = translate("Report", "{first} – {last} (1 week)")
    elif days % 7 == 0:
        text = translate("Report", "{first} – {last} ({weeks} weeks)")
    else:
        text = translate("Report", "{first} – {last} ({days} days)")
    return text.format(first=long_date(first), last=long_date(last), weeks=days // 7, days=days)


def title() -> str:
    """The report's title, on the page and in the PDF's properties."""
    return translate("Report", "{app} — progress report").format(app=APP_NAME)
