"""The charts on a long history: every message's severity, without wearing Python down.

PySide6 6.12 takes a reference from None on every Qt call that returns nothing; adding chart
points one at a time ran None's count to zero and aborted the process ("none_dealloc") after
a few customers with long histories. Building the charts must cost None a handful of
references, however many messages there are.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.standing.records import MonthVolume
from app.standing.volume import MAX_CHART_POINTS, ChartPoint, thinned
from ui.shell.none_guard import void_calls_take_none
from ui.standing.charts import StandingCharts

START = datetime(2025, 1, 1, tzinfo=UTC)


def _history(count: int) -> list[ChartPoint]:
    return [ChartPoint(START + timedelta(hours=3 * n), 1 + n % 3) for n in range(count)]


def _months() -> tuple[MonthVolume, ...]:
    return tuple(MonthVolume(f"2025-{m:02d}", 300 + m, 2.5) for m in range(1, 13))


def test_building_the_charts_costs_none_a_handful_of_references(qtbot) -> None:
    charts = StandingCharts()
    qtbot.addWidget(charts)
    history = _history(5000)
    charts.show_data(_months(), history)  # the first build creates Qt's own objects
    before = sys.getrefcount(None)
    for _ in range(3):
        charts.show_data(_months(), history)
    # A build makes a fixed number of Qt calls (styles, labels, axes), never one per point.
    assert abs(sys.getrefcount(None) - before) <= 25 * 3


def test_a_long_history_is_thinned_but_keeps_the_worst_message(qtbot) -> None:
    history = _history(20_000)
    threat_at = START + timedelta(hours=3 * 12_345)
    history[12_345] = ChartPoint(threat_at, 5)
    charts = StandingCharts()
    qtbot.addWidget(charts)
    charts.show_data(_months(), history)
    assert charts.severity_series is not None
    points = [charts.severity_series.at(i) for i in range(charts.severity_series.count())]
    assert 0 < len(points) <= MAX_CHART_POINTS
    assert (threat_at.timestamp() * 1000, 5.0) in [(p.x(), p.y()) for p in points]
    assert [p.x() for p in points] == sorted(p.x() for p in points)


def test_a_short_history_keeps_every_message() -> None:
    history = _history(MAX_CHART_POINTS)
    assert thinned(history) == history


def test_none_is_protected_where_this_qt_needs_it(qtbot) -> None:
    """Every other Qt call still takes a reference from None in 6.12: the guard must hold."""
    if void_calls_take_none():
        assert sys.getrefcount(None) > 1 << 28


def test_a_screen_reader_gets_each_charts_name_and_figures(qtbot) -> None:
    from tests.ui.window_walk import accessible_name, interactive_widgets

    charts = StandingCharts()
    qtbot.addWidget(charts)
    months = (MonthVolume("2025-06", 4, 1.25), MonthVolume("2025-07", 9, 1.0))
    noon = START + timedelta(hours=12)  # the same day in every time zone
    history = [
        ChartPoint(noon, 2),
        ChartPoint(noon + timedelta(days=40), 5),
        ChartPoint(noon + timedelta(days=41), 3),
    ]
    charts.show_data(months, history)
    named = {accessible_name(w) for w in interactive_widgets(charts)}
    assert named == {"Messages from them per month", "Severity of each message"}
    volume = charts.volume_view.accessibleDescription()
    assert "June 2025: 4 (average customer 1.2" in volume
    assert "July 2025: 9 (average customer 1)" in volume
    severity = charts.severity_view.accessibleDescription()
    assert "3 messages" in severity and "Highest: 5, on 10 February 2025" in severity
    assert "Latest: 3, on 11 February 2025" in severity
    charts.clear()
    assert charts.volume_view.accessibleDescription() == ""


def test_the_chart_words_of_a_customer_with_no_messages(qtbot) -> None:
    charts = StandingCharts()
    qtbot.addWidget(charts)
    charts.show_data((), [])
    assert charts.severity_view.accessibleDescription() == "No messages from them yet."


def test_one_message_gives_whole_counts_and_distinct_dates(qtbot) -> None:
    """A customer with one message read "0, 0, 1, 1" up the side and "20 Nov, 20 Nov" along
    the bottom."""
    from PySide6.QtCharts import QDateTimeAxis, QValueAxis

    charts = StandingCharts()
    qtbot.addWidget(charts)
    charts.show_data((MonthVolume("2026-11", 1, 0.2),), [ChartPoint(START, 3)])
    [counts] = charts.volume_view.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(counts, QValueAxis)
    assert counts.tickType() is QValueAxis.TickType.TicksDynamic
    assert counts.tickInterval() == 1 and counts.min() == 0 and counts.max() == 2
    [when] = charts.severity_view.chart().axes(Qt.Orientation.Horizontal)
    assert isinstance(when, QDateTimeAxis)
    assert "HH:mm" in when.format()


def test_a_year_of_messages_keeps_day_labels(qtbot) -> None:
    charts = StandingCharts()
    qtbot.addWidget(charts)
    charts.show_data(_months(), _history(3000))
    [counts] = charts.volume_view.chart().axes(Qt.Orientation.Vertical)
    assert counts.tickInterval() == 100 and counts.max() == 400
    [when] = charts.severity_view.chart().axes(Qt.Orientation.Horizontal)
    assert when.format() == "d MMM"
