"""Two charts for the customer page: messages per month against the average customer, and
the severity of each message over time (Qt Charts).

Each series is filled with one call (`replace`, or `append` of a whole list): PySide6 6.12
takes a reference from None on every call of a method that returns nothing, so adding points
one at a time would cost one per point (ui/shell/none_guard.py). A long history is thinned
to the most severe message in each slice of time, so no threat drops off the chart. A severity
that is still Steady's word check's guess is drawn as a hollow point, named under the chart.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from app.importing.records import NOT_REVIEWED
from app.standing.records import MonthVolume
from app.standing.volume import ChartPoint, thinned
from ui.shell.status_colours import is_dark
from ui.shell.status_look import CHART_AVERAGE, CHART_CUSTOMER
from ui.standing.chart_size import CHART_HEIGHT
from ui.standing.chart_words import severity_words, volume_words

CUSTOMER_COLOUR = CHART_CUSTOMER
AVERAGE_COLOUR = CHART_AVERAGE
SHORT_SPAN_SECONDS = 3 * 24 * 3600
SUGGESTED_NAME = f"Hollow: severity {NOT_REVIEWED}"


def whole_step(top: float) -> int:
    """The gap between count ticks: 1, 2, 5, 10, 20, 50… so that five ticks at most reach `top`."""
    step = 1
    while top / step > 5:
        for factor in (2, 5 / 2, 2):
            step = round(step * factor)
            if top / step <= 5:
                break
    return step


def _month_label(month: str) -> str:
    """The month and its year as "Jul’26": the apostrophe keeps "26" from being read as a
    day of the month."""
    return datetime.strptime(month, "%Y-%m").strftime("%b’%y")


def _month_labels(months: list[str]) -> list[str]:
    """Month names alone ("Jul") when a year or less is shown, so they fit a laptop screen;
    with the year once the same month name would come round again."""
    if len(months) > 12:
        return [_month_label(month) for month in months]
    return [datetime.strptime(month, "%Y-%m").strftime("%b") for month in months]


def _small(font: QFont) -> QFont:
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * 0.9)
    return smaller


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # Titles, axes and legend in the system's light or dark; the series set their own colours.
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundBrush(QApplication.palette().window())
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(_small(chart.legend().font()))
    return chart


class StandingCharts(QWidget):
    """Call `show_data(monthly, severity_points)`; `volume_view` and `severity_view` hold the
    charts, `volume_sets`, `severity_series` (every message) and `suggested_series` (the
    severities nobody reviewed, drawn hollow) their data (read by the tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.volume_view = QChartView()
        self.severity_view = QChartView()
        for view in (self.volume_view, self.severity_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
        self.volume_view.setAccessibleName("Messages from them per month")
        self.severity_view.setAccessibleName("Severity of each message")
        self.volume_sets: tuple[QBarSet, QBarSet] | None = None
        self.severity_series: QScatterSeries | None = None
        self.suggested_series: QScatterSeries | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.volume_view, 3)  # a bar and its label per month: the wider
        layout.addWidget(self.severity_view, 2)

    def clear(self) -> None:
        """Empty both charts (quicker than building empty ones while the next loads)."""
        for view in (self.volume_view, self.severity_view):
            chart = view.chart()
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
        self.volume_sets = None
        self.severity_series = None
        self.suggested_series = None
        for view in (self.volume_view, self.severity_view):
            view.setAccessibleDescription("")

    def show_data(self, monthly: tuple[MonthVolume, ...], severity: list[ChartPoint]) -> None:
        self.volume_view.setChart(self._volume_chart(monthly))
        self.severity_view.setChart(self._severity_chart(thinned(severity)))
        # Every message counts in the words, not only the points left after thinning.
        self.volume_view.setAccessibleDescription(volume_words(monthly))
        self.severity_view.setAccessibleDescription(severity_words(severity))

    def _volume_chart(self, monthly: tuple[MonthVolume, ...]) -> QChart:
        years = sorted({m.month[:4] for m in monthly})
        span = (
            f" ({years[0]})" if len(years) == 1 else (f" ({years[0]}–{years[-1]})" if years else "")
        )
        chart = _chart("Messages from them per month" + span)
        mine = QBarSet("This customer")
        average = QBarSet("Average customer")
        mine.setColor(CUSTOMER_COLOUR)
        average.setColor(AVERAGE_COLOUR)
        mine.append([float(month.contacts) for month in monthly])
        average.append([float(month.average_customer) for month in monthly])
        series = QBarSeries()
        series.append(mine)
        series.append(average)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append(_month_labels([m.month for m in monthly]) or [""])
        months.setLabelsFont(_small(months.labelsFont()))
        counts = QValueAxis()
        top = max([m.contacts for m in monthly] + [m.average_customer for m in monthly] + [1])
        # Whole numbers only: with "nice numbers" one message gave ticks at 0.25 and 0.75,
        # printed "0, 0, 1, 1".
        step = whole_step(top * 1.1)
        counts.setRange(0, step * math.ceil(top * 1.1 / step))
        counts.setTickType(QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        counts.setLabelFormat("%d")
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(counts)
        self.volume_sets = (mine, average)
        return chart

    def _severity_chart(self, points: list[ChartPoint]) -> QChart:
        chart = _chart("Severity of each message")
        chart.legend().hide()
        line = QLineSeries()
        dots = QScatterSeries()
        dots.setMarkerSize(9)
        line.setColor(AVERAGE_COLOUR)
        dots.setColor(CUSTOMER_COLOUR)
        dots.setBorderColor(CUSTOMER_COLOUR)
        # Epoch milliseconds straight from Python: no QDateTime per point.
        xy = [QPointF(point.at.timestamp() * 1000, point.severity) for point in points]
        line.replace(xy)
        dots.replace(xy)
        chart.addSeries(line)
        chart.addSeries(dots)
        shown: list[QLineSeries | QScatterSeries] = [line, dots]
        guessed = [at for at, point in zip(xy, points, strict=True) if point.suggested]
        hollow = QScatterSeries()
        if guessed:  # built only then: each Qt call costs None a reference (none_guard.py)
            self._add_hollow(chart, hollow, guessed)
            shown.append(hollow)
        when = QDateTimeAxis()
        when.setFormat("d MMM")
        when.setTickCount(4)  # four dates fit beside the bars on a 1280-pixel screen
        when.setLabelsFont(_small(when.labelsFont()))
        if points:
            first = QDateTime(points[0][0].astimezone())
            last = QDateTime(points[-1][0].astimezone())
            if first == last:
                first, last = first.addDays(-1), last.addDays(1)
            # A margin so the first and last dots are not cut in half at the edges.
            margin = max(3600, first.secsTo(last) // 25)
            when.setRange(first.addSecs(-margin), last.addSecs(margin))
            if first.secsTo(last) + 2 * margin < SHORT_SPAN_SECONDS:
                # Four ticks within three days repeated a day ("20 Nov, 20 Nov"): the hour
                # tells them apart, and three such labels fit.
                when.setFormat("d MMM HH:mm")
                when.setTickCount(3)
        severity = QValueAxis()
        severity.setRange(0.5, 5.5)
        severity.setTickCount(5)
        severity.setTickType(QValueAxis.TickType.TicksDynamic)
        severity.setTickAnchor(1)
        severity.setTickInterval(1)
        severity.setLabelFormat("%d")
        chart.addAxis(when, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(severity, Qt.AlignmentFlag.AlignLeft)
        for series in shown:
            series.attachAxis(when)
            series.attachAxis(severity)
        self.severity_series = dots
        self.suggested_series = hollow
        return chart

    @staticmethod
    def _add_hollow(chart: QChart, hollow: QScatterSeries, guessed: list[QPointF]) -> None:
        """The word check's guesses: a ring in the customer's colour, filled with the chart's
        background so the line does not show through, named in the legend under the chart."""
        hollow.setName(SUGGESTED_NAME)
        hollow.setMarkerSize(9)
        hollow.setBrush(QApplication.palette().window())
        hollow.setBorderColor(CUSTOMER_COLOUR)
        hollow.replace(guessed)
        chart.addSeries(hollow)
        legend = chart.legend()
        for marker in legend.markers():
            marker.setVisible(marker.series() is hollow)
        legend.show()
