"""Dates and times in one form across the window: the owner's own, from the system locale.

Times are shown in the owner's time zone. The zone is written out only where it says
something: when a contact was recorded in another zone than the owner's.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from app.core.clock import english_day, zone_label

ISO_DATE_TIME = "yyyy-MM-dd HH:mm"  # with no locale chosen (C), the unambiguous form
ISO_DATE = "yyyy-MM-dd"


def _locale() -> QLocale:
    return QLocale()  # the system's, unless a test or the owner has chosen another


def _chosen(locale: QLocale) -> bool:
    return locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def date_time_format() -> str:
    """The display format for date-and-time fields (QDateTimeEdit)."""
    locale = _locale()
    if not _chosen(locale):
        return ISO_DATE_TIME
    return locale.dateTimeFormat(QLocale.FormatType.ShortFormat)


def date_format() -> str:
    """The display format for date fields (QDateEdit)."""
    locale = _locale()
    return locale.dateFormat(QLocale.FormatType.ShortFormat) if _chosen(locale) else ISO_DATE


def shown_when(moment: datetime, *, weekday: bool = False, recorded_zone: str = "") -> str:
    """`moment` in the owner's zone and format; `recorded_zone` (e.g. "+02:00"), the zone it
    was logged in, is added only when it differs from the owner's."""
    local = moment.astimezone()
    shown = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    locale = _locale()
    text = locale.toString(shown, date_time_format())
    if weekday:
        text = f"{locale.toString(shown, 'ddd')} {text}"
    if recorded_zone and recorded_zone != zone_label(local):
        text += f" (logged as UTC{recorded_zone})"
    return text


def shown_day(local: datetime) -> str:
    """A day as the window writes it, with its weekday ("Mon 2026-08-24", or the locale's)."""
    shown = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    locale = _locale()
    return f"{locale.toString(shown, 'ddd')} {locale.toString(shown, date_format())}"


def shown_span(first: datetime, last: datetime) -> str:
    """From `first` to `last` as the window writes them: "Wed 2026-06-10 13:57–14:49" within a
    day, both in full ("Wed 2026-06-10 22:50 – Thu 2026-06-11 00:20") across days."""
    start, end = first.astimezone(), last.astimezone()
    if start.date() != end.date():
        return f"{shown_when(start, weekday=True)} – {shown_when(end, weekday=True)}"
    locale = _locale()
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat) if _chosen(locale) else "HH:mm"
    until = locale.toString(QDateTime.fromSecsSinceEpoch(int(end.timestamp())), clock)
    return f"{shown_when(start, weekday=True)}–{until}"


def sentence_day(local: datetime) -> str:
    """A day inside a sentence Steady writes in English ("Warned on …"): the window's own form
    while the owner's language is English (or none is chosen), else Steady's English form,
    so no Hebrew weekday or Arabic direction mark lands in the middle of an English line."""
    language = _locale().language()
    if language in (QLocale.Language.English, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return shown_day(local)
    return english_day(local)
