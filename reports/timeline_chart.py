"""The pattern over time: the customer's messages per week, stacked by severity, with a
marker on the week of each warning, block and report (vector, so it prints sharp)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from app.core.clock import shown_time
from app.packets.data import PacketData
from app.standing.action_records import ActionKind
from reports.fonts import SANS
from reports.styles import INK, MUTED, RULE

HEIGHT = 190.0
SEVERITY_COLOURS = ["#c9d3dc", "#9fb3c4", "#e0a458", "#d9653b", "#a8201a"]
SEVERITY_WORDS = ["1 mild", "2 rude", "3 hostile", "4 abusive", "5 threatening"]
_MARKED = {
    ActionKind.WARNING: "warning",
    ActionKind.POLICE_REPORT: "police",
    ActionKind.PLATFORM_REPORT: "platform report",
}


def _week(moment: datetime) -> date:
    day = shown_time(moment).date()
    return day - timedelta(days=day.weekday())


def markers(data: PacketData) -> list[tuple[date, str]]:
    """(week, what) for each warning, block and report in the packet's period."""
    found = [(_week(w.occurred_at), "warning") for w in data.warnings]
    for action in data.actions:
        if action.kind in _MARKED:
            found.append((_week(action.occurred_at), _MARKED[action.kind]))
        elif action.kind.is_block:
            found.append((_week(action.occurred_at), "block"))
    return sorted(set(found))


def timeline_chart(data: PacketData, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    inbound = [c for c in data.contacts if c.direction.value == "inbound"]
    if not inbound:
        drawing.add(String(10, HEIGHT / 2, "No messages from the customer.", fontName=SANS))
        return drawing
    first, last = _week(inbound[0].occurred_at), _week(inbound[-1].occurred_at)
    weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    counts = Counter((_week(c.occurred_at), max(1, min(5, c.severity))) for c in inbound)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 40
    # A week is at most ~60 pt wide, so a short history does not draw slabs.
    chart.width, chart.height = min(width - 50, 60 * len(weeks) + 20), HEIGHT - 80
    chart.data = [[counts[(w, s)] for w in weeks] for s in range(1, 6)]
    chart.categoryAxis.style = "stacked"
    step = max(1, len(weeks) // 10)
    chart.categoryAxis.categoryNames = [
        f"{w:%d %b}" if i % step == 0 else "" for i, w in enumerate(weeks)
    ]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    top = max(sum(counts[(w, s)] for s in range(1, 6)) for w in weeks)
    chart.valueAxis.valueMax = max(1, top) * 1.25
    chart.valueAxis.valueStep = max(1, round(top / 4))
    for index, colour in enumerate(SEVERITY_COLOURS):
        chart.bars[index].fillColor = colors.HexColor(colour)
    chart.bars.strokeColor = None
    drawing.add(chart)
    slot = chart.width / len(weeks)
    shown = [(w, what) for w, what in markers(data) if first <= w <= last]
    for order, (week, what) in enumerate(shown):
        x = chart.x + slot * ((week - first).days // 7 + 0.5)
        drawing.add(
            Line(
                x,
                chart.y,
                x,
                chart.y + chart.height,
                strokeColor=INK,
                strokeWidth=0.8,
                strokeDashArray=[2, 2],
            )
        )
        drawing.add(
            String(
                x + 2,
                chart.y + chart.height - 8 - 8 * (order % 4),
                what,
                fontName=SANS,
                fontSize=6.5,
                fillColor=INK,
            )
        )
    legend = Legend()
    legend.x, legend.y = 34, HEIGHT - 8
    legend.fontName = SANS
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [
        (colors.HexColor(c), w) for c, w in zip(SEVERITY_COLOURS, SEVERITY_WORDS, strict=True)
    ]
    drawing.add(legend)
    drawing.add(
        String(
            34,
            8,
            "Messages per week (weeks start on Monday); dashed lines: warnings, "
            "blocks and reports.",
            fontName=SANS,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    return drawing
