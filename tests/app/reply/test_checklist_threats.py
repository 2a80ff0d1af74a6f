"""A threat in the customer's message is not a point the reply must answer: Steady's advice is
not to answer it point by point, so the checklist lists it apart and nothing waits for it to be
ticked; a question or demand beside it stays a point."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.domain import Customer
from app.reply.checklist import extract_checklist
from app.reply.readiness import blockers, summary_line
from app.reply.reply_record import record_lines
from app.reply.steps import ReplyState, Step
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound


def points(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in extract_checklist(text)]


THREATS = {
    "english": (
        "Where is my order?? This is the THIRD time I ask. If it is not here by Friday I will "
        "sue you and post everywhere that you are thieves. You idiots.",
        [
            ("question", "Where is my order??"),
            (
                "threat",
                "If it is not here by Friday I will sue you and post everywhere that you are "
                "thieves.",
            ),
        ],
    ),
    "spanish": (
        "¿Dónde está mi pedido? Si no llega el viernes te voy a demandar.",
        [
            ("question", "¿Dónde está mi pedido?"),
            ("threat", "Si no llega el viernes te voy a demandar."),
        ],
    ),
    "french": (
        "Où est ma commande ? Si elle n'arrive pas vendredi, je vais porter plainte.",
        [
            ("question", "Où est ma commande ?"),
            ("threat", "Si elle n'arrive pas vendredi, je vais porter plainte."),
        ],
    ),
    "german": (
        "Wo ist meine Bestellung? Wenn sie nicht bis Freitag da ist, werde ich Sie verklagen.",
        [
            ("question", "Wo ist meine Bestellung?"),
            ("threat", "Wenn sie nicht bis Freitag da ist, werde ich Sie verklagen."),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", THREATS.values(), ids=THREATS.keys())
def test_a_threat_is_listed_apart_and_its_question_stays_a_point(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert points(text) == expected


OR_ELSE = {
    "english": (
        "Refund me now or I will sue you.",
        [("complaint", "Refund me now…"), ("threat", "…or I will sue you.")],
    ),
    "spanish": (
        "Devuélvame el dinero inmediatamente o te voy a demandar.",
        [
            ("complaint", "Devuélvame el dinero inmediatamente…"),
            ("threat", "…o te voy a demandar."),
        ],
    ),
    "french": (
        "Remboursez-moi immédiatement, sinon je vais porter plainte.",
        [
            ("complaint", "Remboursez-moi immédiatement…"),
            ("threat", "…sinon je vais porter plainte."),
        ],
    ),
    "german": (
        "Erstatten Sie mir sofort das Geld, sonst werde ich Sie verklagen.",
        [
            ("complaint", "Erstatten Sie mir sofort das Geld…"),
            ("threat", "…sonst werde ich Sie verklagen."),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", OR_ELSE.values(), ids=OR_ELSE.keys())
def test_a_demand_before_or_else_stays_a_point_and_the_threat_goes_apart(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert points(text) == expected


def test_a_sentence_that_is_all_threat_is_never_a_point() -> None:
    assert points("I know where you live and I will make you pay for this.") == [
        ("threat", "I know where you live and I will make you pay for this.")
    ]
    # Everyday words that only look like a threat stay what they are.
    assert points("I would never sue you, but where is my refund?") == [
        ("question", "I would never sue you, but where is my refund?")
    ]


def _state(text: str) -> ReplyState:
    start = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    return ReplyState(1, 1, start, 15, step=Step.REVIEW, checklist=extract_checklist(text))


def test_the_threat_does_not_hold_up_the_reply_nor_count_as_a_point() -> None:
    state = _state(THREATS["english"][0])
    question = state.checklist[0]
    assert [item.text for item in state.unanswered] == ["Where is my order??"]
    question.done = True
    assert state.unanswered == []
    now = state.cooling_started_at
    assert not [reason for reason in blockers(state, now, [], "") if "checklist" in reason]
    assert "It answers 1 of the 1 point raised." in summary_line(state, now, [])
    record = {
        "checklist": [{"text": i.text, "kind": i.kind, "done": i.done} for i in state.checklist]
    }
    assert "Points answered: 1 of 1." in record_lines(record)


def test_answering_point_by_point_never_quotes_the_threat_back(
    business: Services, clock: FakeClock
) -> None:
    customer = business.customers.add(Customer(name="Dana Whitlock"))
    contact = business.contacts.log(
        customer,
        inbound(THREATS["english"][0], clock() - timedelta(hours=1)),
    )
    letter = business.replies.use_template(business.replies.start(contact), "point-by-point")
    assert "Where is my order??" in letter
    assert "sue" not in letter and "thieves" not in letter
