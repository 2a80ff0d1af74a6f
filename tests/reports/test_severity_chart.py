"""The severity chart reads at any span: distinct ticks, and no message hidden on an axis."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from reportlab.graphics.charts.lineplots import LinePlot

from app.packets.data import SeverityPoint
from reports.charts import severity_chart

START = datetime(2026, 10, 16, 16, 12, tzinfo=UTC)


def _plot(points: list[SeverityPoint]) -> LinePlot:
    drawing = severity_chart(tuple(points), 480)
    return next(shape for shape in drawing.contents if isinstance(shape, LinePlot))


def _labels(plot: LinePlot) -> list[str]:
    axis = plot.xValueAxis
    return [axis.labelTextFormat(value) for value in axis.valueSteps]


@pytest.mark.parametrize("hours", [1, 20, 26, 50, 100, 24 * 30, 24 * 400])
def test_every_tick_of_the_time_axis_says_something_different(hours: int) -> None:
    points = [SeverityPoint(START, 3), SeverityPoint(START + timedelta(hours=hours), 5)]
    labels = _labels(_plot(points))
    assert len(set(labels)) == len(labels), labels


def test_a_single_message_is_drawn_inside_the_chart() -> None:
    plot = _plot([SeverityPoint(START, 4)])
    axis = plot.xValueAxis
    assert axis.valueMin < 0 < axis.valueMax
    assert len(_labels(plot)) == 1


def test_the_first_and_last_messages_stand_off_the_edges() -> None:
    points = [SeverityPoint(START + timedelta(days=d), 2) for d in (0, 3, 9)]
    axis = _plot(points).xValueAxis
    assert axis.valueMin < 0 and axis.valueMax > 9
