"""A sign or ground that stands only on categories Steady suggested and nobody reviewed says so
in its sentence; once the owner keeps it, it no longer does; cleared, it is gone."""

from __future__ import annotations

from app.core.domain import Category, Customer
from app.importing.review import SuggestionReview
from app.services import Services
from app.standing.records import Assessment
from app.standing.unreviewed import NOT_REVIEWED_SENTENCE
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own


def _said(assessment: Assessment) -> dict[str, str]:
    return {
        **{sign.key: sign.reason for sign in assessment.signs},
        **{f"ground:{g.key}": g.reason for g in assessment.grounds if g.met},
    }


def test_a_threat_only_the_word_check_saw_says_nobody_reviewed_it(services: Services) -> None:
    customer_id, _ = customer_with_waiting(services)
    said = _said(services.assessor.assess(customer_id))
    assert said["threat-legal"].endswith(
        "“I will sue you for every penny you took.” This rests only on categories Steady's "
        "word check suggested; nobody has reviewed them yet."
    )
    assert said["ground:threats"] == (
        "1 threat: threat of legal action. This rests only on categories Steady's word check "
        "suggested; nobody has reviewed them yet."
    )


def test_kept_by_the_owner_it_is_said_plainly(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, keep=True)
    said = _said(services.assessor.assess(customer_id))
    assert said["ground:threats"] == "1 threat: threat of legal action."
    assert NOT_REVIEWED_SENTENCE not in " ".join(said.values())


def test_cleared_by_the_owner_it_is_not_a_sign_at_all(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, keep=False)
    said = _said(services.assessor.assess(customer_id))
    assert "threat-legal" not in said
    assert "ground:threats" not in said


def test_the_owners_own_category_is_never_marked(services: Services) -> None:
    customer_with_waiting(services, name="Una Other")
    own_customer = services.customers.add(Customer(name="Owen Own"))
    log_owners_own(services, own_customer)
    said = _said(services.assessor.assess(own_customer))
    assert said["ground:threats"] == "1 threat: threat of legal action."
    assert NOT_REVIEWED_SENTENCE not in " ".join(said.values())


def test_a_sign_the_owner_also_flagged_does_not_rest_only_on_suggestions(
    services: Services,
) -> None:
    customer_id, _ = customer_with_waiting(services)
    log_owners_own(services, customer_id)
    said = _said(services.assessor.assess(customer_id))
    assert said["ground:threats"] == "2 threats: threat of legal action."
    assert NOT_REVIEWED_SENTENCE not in said["threat-legal"]


def test_a_next_step_only_the_suggestion_calls_for_says_so_until_kept(
    services: Services,
) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    steps = {s.text: s.because for s in services.assessor.assess(customer_id).next_steps}
    assert steps["Talk to a lawyer"] == (
        "threatens legal action — suggested by Steady's word check, not reviewed"
    )
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, keep=True)
    steps = {s.text: s.because for s in services.assessor.assess(customer_id).next_steps}
    assert steps["Talk to a lawyer"] == "threatens legal action"
