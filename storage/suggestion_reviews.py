"""The owner's review of the categories Steady's word check suggested is evidence: a packet
says "suggested by Steady's word check, not reviewed" or prints the category as the
business's own flag on the strength of one row's status. From this version each suggestion,
and each keep or clear, is a ledger entry, so `verify` names a status changed, a suggestion
added or one removed outside Steady.

A log from before gets one entry per suggestion when it is brought up to date. For a review
made before then the ledger proves only that it was not changed since the upgrade, not that
the owner made it: the entry says so (`reviewed_before_ledger`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.core.clock import system_clock
from storage.database import READ_ONLY_MESSAGE
from storage.ledger import SqliteLedger, track
from storage.schema_core import migrations
from storage.upgrade_list import refuse_unless_first_run

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

SINCE = "m610_suggestion_reviews"
RECORDED_ON_UPGRADE = "category_suggestion.recorded"


def _describe(event: str, key: int, row: Mapping[str, object] | None) -> str:
    """What verify says of a suggestion: whose review it is, in the owner's words."""
    contact = (row or {}).get("contact_id")
    whose = f"contact {contact}'s" if contact is not None else "a contact's"
    if event == "changed":
        return (
            f"The review of {whose} suggested categories was changed outside Steady "
            f"(suggestion {key} no longer matches its ledger entry)."
        )
    if event == "added":
        return (
            f"A suggested category on {whose} message (suggestion {key}) was added outside "
            "Steady (it has no ledger entry)."
        )
    return f"A suggested category on {whose} message (suggestion {key}) was removed outside Steady."


track(
    "category_suggestion",
    "category_suggestions",
    since=SINCE,
    describe=_describe,
    made_by=("category_suggestion.made", RECORDED_ON_UPGRADE),
)


@migrations()
def m610_suggestion_reviews(db: Database) -> None:
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"category_suggestions", "ledger"} <= present:
        return  # removed outside Steady: every command names the missing table instead
    refuse_unless_first_run(db, SINCE)  # type: ignore[arg-type]
    db.execute(
        "CREATE TRIGGER category_suggestions_no_delete BEFORE DELETE ON category_suggestions "
        f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END"
    )
    # A suggestion is reviewed once, and only its status changes: suggested, then kept
    # (confirmed) or cleared.
    db.execute(
        "CREATE TRIGGER category_suggestions_reviewed_once BEFORE UPDATE ON category_suggestions "
        "WHEN old.status <> 'suggested' OR new.status NOT IN ('confirmed', 'cleared') "
        "OR new.id IS NOT old.id OR new.contact_id IS NOT old.contact_id "
        "OR new.category IS NOT old.category OR new.words IS NOT old.words "
        f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END"
    )
    ledger = SqliteLedger(db, system_clock)  # type: ignore[arg-type]
    rows = db.execute(
        "SELECT id, contact_id, category, status FROM category_suggestions ORDER BY id"
    ).fetchall()
    for suggestion_id, contact_id, category, status in rows:
        ledger.record(
            RECORDED_ON_UPGRADE,
            "category_suggestion",
            suggestion_id,
            {
                "contact_id": contact_id,
                "category": category,
                "status": status,
                "reviewed_before_ledger": status != "suggested",
            },
        )
