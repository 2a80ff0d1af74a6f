"""A severity Steady's word check gave a message and nobody reviewed is never shown as the
owner's rating on the customer page: the severity chart draws it as a hollow point named under
the chart (and says so to a screen reader), and the abuse sign's "worst at severity N" says it
is the word check's, until the owner keeps the suggestion. Where the owner rated a message as
badly themselves, the worst is theirs and is not marked."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from app.core.domain import Category, Customer
from app.importing.review import SuggestionReview
from app.importing.typed_words import SuggestedLog, suggestions_for, with_suggestions
from app.services import Services
from app.standing.volume import MAX_CHART_POINTS, ChartPoint
from tests.helpers.fixtures import inbound
from ui.standing.charts import SUGGESTED_NAME, StandingCharts
from ui.standing.panel import AssessmentPanel

MARK = "suggested by Steady's word check, not reviewed"


def _customer(services: Services, owners_severity: int = 2) -> tuple[int, int]:
    """(customer, the flagged contact): "useless idiots" flagged as abuse by the word check
    (severity 4, waiting), and a rude remark the owner flagged as abuse by hand."""
    customer = services.customers.add(Customer(name="Ivy Sharp"))
    details = inbound("You are useless idiots.", datetime(2026, 10, 1, 9, tzinfo=UTC))
    suggestions = suggestions_for(details)
    assert [s.category for s in suggestions] == [Category.ABUSE]
    details = with_suggestions(details, suggestions, severity_given=False)
    flagged = SuggestedLog(services.store, services.contacts).log(
        customer, details, (), suggestions
    )
    assert services.contacts.get(flagged).severity == 4
    services.contacts.log(
        customer,
        inbound(
            "Your staff are hopeless.",
            datetime(2026, 10, 2, 9, tzinfo=UTC),
            categories=(Category.ABUSE,),
            severity=owners_severity,
        ),
    )
    return customer, flagged


def _abuse_reason(panel: AssessmentPanel) -> str:
    tree = panel.signs_tree
    [row] = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Abusive language"
    ]
    return row.text(1)


def _panel(qtbot, services: Services, customer: int) -> AssessmentPanel:  # type: ignore[no-untyped-def]
    panel = AssessmentPanel(services, customer)
    qtbot.addWidget(panel)
    return panel


def test_the_word_checks_severity_is_hollow_and_named_under_the_chart(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    customer, _ = _customer(services)
    charts = _panel(qtbot, services, customer).charts
    assert charts.severity_series is not None and charts.suggested_series is not None
    assert charts.severity_series.count() == 2
    hollow = [charts.suggested_series.at(i) for i in range(charts.suggested_series.count())]
    assert [(p.x(), p.y()) for p in hollow] == [
        (datetime(2026, 10, 1, 9, tzinfo=UTC).timestamp() * 1000, 4.0)
    ]
    legend = charts.severity_view.chart().legend()
    assert legend.isVisible()
    assert [m.label() for m in legend.markers() if m.isVisible()] == [SUGGESTED_NAME]
    assert f"Hollow: severity {MARK}" == SUGGESTED_NAME
    words = charts.severity_view.accessibleDescription()
    assert f"Highest: 4 ({MARK}), on 1 October 2026" in words
    assert f"1 of these severities was {MARK}." in words


def test_the_worst_abuse_rated_only_by_the_word_check_says_so(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    customer, _ = _customer(services)
    assert _abuse_reason(_panel(qtbot, services, customer)) == (
        f"Twice, worst at severity 4 of 5, {MARK}."
    )


def test_kept_by_the_owner_the_severity_is_theirs_on_the_chart_and_in_the_sign(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    customer, flagged = _customer(services)
    SuggestionReview(services.store).decide_one(flagged, Category.ABUSE, keep=True)
    panel = _panel(qtbot, services, customer)
    assert _abuse_reason(panel) == "Twice, worst at severity 4 of 5."
    charts = panel.charts
    assert charts.suggested_series is not None and charts.suggested_series.count() == 0
    assert not charts.severity_view.chart().legend().isVisible()
    assert "word check" not in charts.severity_view.accessibleDescription()


def test_the_owners_own_rating_as_bad_is_not_marked(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    customer, _ = _customer(services, owners_severity=4)
    panel = _panel(qtbot, services, customer)
    assert _abuse_reason(panel) == "Twice, worst at severity 4 of 5."
    words = panel.charts.severity_view.accessibleDescription()
    assert "Highest: 4, on 2 October 2026" in words  # the owner's, not the guess
    assert f"1 of these severities was {MARK}." in words


def _none_taken(charts: StandingCharts, points: list[ChartPoint]) -> int:
    charts.show_data((), points)  # the first build creates Qt's own objects
    before = sys.getrefcount(None)
    charts.show_data((), points)
    return sys.getrefcount(None) - before


def test_hollow_points_cost_none_the_same_however_many(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12 takes a reference from None on each Qt call that returns nothing: the
    hollow points are drawn with a fixed number of calls, never one per point."""
    charts = StandingCharts()
    qtbot.addWidget(charts)
    start = datetime(2025, 1, 1, tzinfo=UTC)

    def history(every: int) -> list[ChartPoint]:
        return [
            ChartPoint(start + timedelta(hours=3 * n), 1 + n % 4, n % every == 0)
            for n in range(MAX_CHART_POINTS)
        ]

    few, many = _none_taken(charts, history(100)), _none_taken(charts, history(2))
    assert abs(many - few) <= 2
