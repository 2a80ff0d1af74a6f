"""Charts drawn with reportlab's own graphics (vector, so they print sharp)."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import Marker, makeMarker
from reportlab.lib import colors

from app.core.clock import shown_time
from app.importing.records import NOT_REVIEWED
from app.packets.data import SeverityPoint
from app.standing.records import MonthVolume
from reports.fonts import SANS
from reports.styles import ACCENT, ALERT, MUTED, RULE

HEIGHT = 170.0
SUGGESTED_NOTE = f"Hollow points: severity {NOT_REVIEWED}"


def volume_chart(
    months: tuple[MonthVolume, ...], width: float, baseline: str = "Average customer"
) -> Drawing:
    """Contacts per month: this customer's bars beside the average customer's."""
    drawing = Drawing(width, HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 38
    # A bar pair is at most ~70 pt wide, so a short history does not draw slabs.
    chart.width, chart.height = min(width - 50, 70 * len(months) + 40), HEIGHT - 60
    chart.data = [
        [m.contacts for m in months],
        [round(m.average_customer, 2) for m in months],
    ]
    chart.categoryAxis.categoryNames = [_month_label(m.month) for m in months]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(months) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 8 else "n"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    top = max([m.contacts for m in months] + [m.average_customer for m in months] + [1])
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = colors.HexColor("#b9c4ce")
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 36, HEIGHT - 6
    legend.fontName = SANS
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 150
    legend.colorNamePairs = [
        (ACCENT, "This customer"),
        (colors.HexColor("#b9c4ce"), baseline),
    ]
    drawing.add(legend)
    return drawing


def severity_chart(points: tuple[SeverityPoint, ...], width: float) -> Drawing:
    """Each of the customer's messages by severity (1 mild … 5 threatening), over time; a
    severity that is Steady's word check's guess, not reviewed, as a hollow point, named under
    the chart."""
    drawing = Drawing(width, HEIGHT)
    if not points:
        drawing.add(String(10, HEIGHT / 2, "No messages from the customer.", fontName=SANS))
        return drawing
    first = min(p.occurred_at for p in points)
    plot = LinePlot()
    plot.x, plot.y = 34, 32
    plot.width, plot.height = width - 50, HEIGHT - 50
    series = [(_days(p.occurred_at, first), p.severity) for p in points]
    guessed = [xy for xy, p in zip(series, points, strict=True) if p.suggested]
    plot.data = [series, guessed] if guessed else [series]
    plot.lines[0].strokeColor = ALERT
    plot.lines[0].strokeWidth = 0.8
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=ALERT)
    if guessed:
        # Drawn over the filled point, a little larger, and not joined to each other.
        plot.lines[1].strokeColor = None
        plot.lines[1].symbol = _hollow()
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = 5.5
    plot.yValueAxis.valueSteps = [1, 2, 3, 4, 5]
    plot.yValueAxis.labels.fontName = SANS
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.gridStrokeColor = RULE
    plot.yValueAxis.visibleGrid = True
    span = max(x for x, _ in series)
    if span == 0:  # one message, or all at once: in the middle, not on the axis line
        low, high, steps = -0.5, 0.5, [0.0]
    else:
        low, high = -span * 0.04, span * 1.04
        steps = [span * i / 5 for i in range(6)]
    plot.xValueAxis.valueMin = low
    plot.xValueAxis.valueMax = high
    plot.xValueAxis.valueSteps = steps
    plot.xValueAxis.labels.fontName = SANS
    plot.xValueAxis.labels.fontSize = 7
    # Ticks a day or more apart read as dates; closer ones need the time to differ.
    shape = "%Y-%m-%d" if span >= 5 else "%d %b %H:%M"
    plot.xValueAxis.labelTextFormat = lambda v: _day_label(first, v, shape)
    drawing.add(plot)
    drawing.add(
        String(
            34,
            HEIGHT - 10,
            "Severity: 1 mild · 2 rude · 3 hostile · 4 abusive · 5 threatening",
            fontName=SANS,
            fontSize=7.5,
            fillColor=MUTED,
        )
    )
    if guessed:
        hollow = _hollow()
        hollow.x, hollow.y = 37, 4.5
        drawing.add(hollow)
        drawing.add(String(43, 2, SUGGESTED_NOTE, fontName=SANS, fontSize=7.5, fillColor=MUTED))
    return drawing


def _hollow() -> Marker:
    return makeMarker(
        "Circle", size=4.5, fillColor=colors.white, strokeColor=ALERT, strokeWidth=0.8
    )


def _days(moment: datetime, first: datetime) -> float:
    return (moment - first).total_seconds() / 86400


def _day_label(first: datetime, offset: float, shape: str = "%Y-%m-%d") -> str:
    return shown_time(first + timedelta(days=offset)).strftime(shape)


def _month_label(month: str) -> str:
    return datetime.strptime(month, "%Y-%m").strftime("%b %Y")
