"""Suggestions the word check made are decided later, one at a time, from anywhere: kept,
cleared (a correction, the original on record), and decided twice without harm."""

from __future__ import annotations

from pathlib import Path

from app.application import open_services
from app.core.domain import Category
from app.importing.review import SuggestionReview, because
from app.services import Services
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own


def test_what_is_waiting_is_listed_with_the_words_that_made_it(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    log_owners_own(services, customer_id)
    review = SuggestionReview(services.store)
    [waiting] = review.waiting(customer_id)
    assert (waiting.contact_id, waiting.category) == (contact_id, Category.THREAT_LEGAL)
    assert because(waiting) == "Threat of legal action, because of “I will sue”"


def test_keeping_one_confirms_it_and_changes_nothing_else(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    review = SuggestionReview(services.store)
    assert review.decide_one(contact_id, Category.THREAT_LEGAL, keep=True)
    assert review.waiting(customer_id) == []
    assert [s.status for s in review.for_contact(contact_id)] == ["confirmed"]
    contact = services.contacts.get(contact_id)
    assert (contact.revision, contact.categories) == (0, (Category.THREAT_LEGAL,))


def test_clearing_one_is_a_correction_and_the_original_stays(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    review = SuggestionReview(services.store)
    assert review.decide_one(contact_id, Category.THREAT_LEGAL, keep=False)
    assert review.waiting(customer_id) == []
    contact = services.contacts.get(contact_id)
    assert contact.categories == ()
    original, corrected = services.contacts.revisions(contact_id)
    assert original.details.categories == (Category.THREAT_LEGAL,)
    assert corrected.reason == "Cleared suggested categories: Threat of legal action"
    assert services.verify().ok


def test_two_processes_deciding_the_same_suggestion_do_not_clash(
    services: Services, db_path: Path
) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    other = open_services(db_path)
    try:
        mine, theirs = SuggestionReview(services.store), SuggestionReview(other.store)
        assert [s.category for s in theirs.waiting(customer_id)] == [Category.THREAT_LEGAL]
        assert mine.decide_one(contact_id, Category.THREAT_LEGAL, keep=False)
        # The other one still shows it, and presses Keep: nothing changes, nothing breaks.
        assert not theirs.decide_one(contact_id, Category.THREAT_LEGAL, keep=True)
        assert not theirs.decide_one(contact_id, Category.THREAT_LEGAL, keep=False)
    finally:
        other.close()
    assert [s.status for s in SuggestionReview(services.store).for_contact(contact_id)] == [
        "cleared"
    ]
    assert len(services.contacts.revisions(contact_id)) == 2  # one correction, not two
    assert services.verify().ok


def test_a_category_never_suggested_cannot_be_decided(services: Services) -> None:
    customer_id, _ = customer_with_waiting(services)
    own = log_owners_own(services, customer_id)
    assert not SuggestionReview(services.store).decide_one(own, Category.THREAT_LEGAL, False)
    assert services.contacts.get(own).categories == (Category.THREAT_LEGAL,)
