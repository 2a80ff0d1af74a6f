"""Per-customer totals that leave out withdrawn contacts: the owner who withdrew two of twelve
contacts as logged by mistake sees "10 contacts", and the latest date among those ten.

The totals' first triggers (storage/schema_totals.py) count every contact and may not change
(logs from earlier versions must still verify). These add to them: a withdrawal counts its
customer again without it, and whenever those first triggers count a customer again in full,
the customer's withdrawn contacts are taken back out. Triggers on one event run newest first,
so the correction sits on the totals themselves, where it runs after the full count.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from storage.schema_core import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

STEP = "m660_live_totals"

# The customer's contacts not withdrawn, counted as the first triggers count them all.
_LIVE = """
    UPDATE customer_totals SET (contacts, minutes, last_contact_at) = (
        SELECT count(*), coalesce(sum(c.minutes), 0), max(c.occurred_at) FROM contacts c
        WHERE c.customer_id = {who}
            AND c.id NOT IN (SELECT contact_id FROM contact_withdrawals))
    WHERE customer_id = {who};"""
# The customer has a withdrawn contact: walked from the withdrawals (a handful in a log),
# so a new contact for a busy customer does not count the customer's whole history.
_HAS_WITHDRAWN = """EXISTS (SELECT 1 FROM contact_withdrawals w
        CROSS JOIN contacts c ON c.id = w.contact_id WHERE c.customer_id = new.customer_id)"""
# A full count sets the number of every contact; a new contact adds one to the live number,
# which with a withdrawn contact is always fewer. Counted on the index alone.
_COUNTED_IN_FULL = (
    "new.contacts = (SELECT count(*) FROM contacts WHERE customer_id = new.customer_id)"
)
TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS contact_withdrawals_totals_ai AFTER INSERT ON contact_withdrawals BEGIN "
    + _LIVE.format(who="(SELECT customer_id FROM contacts WHERE id = new.contact_id)")
    + " END",
    *(
        f"CREATE TRIGGER IF NOT EXISTS customer_totals_live_a{event[0].lower()} AFTER {event} ON "
        f"customer_totals WHEN {_HAS_WITHDRAWN} AND {_COUNTED_IN_FULL} BEGIN "
        + _LIVE.format(who="new.customer_id")
        + " END"
        for event in ("INSERT", "UPDATE")
    ),
)


class _Executes(Protocol):
    def execute(self, sql: str) -> Any: ...


def make_live(db: _Executes) -> None:
    """The triggers, and every customer with a withdrawn contact counted again without it."""
    for trigger in TRIGGERS:
        db.execute(trigger)
    db.execute(
        "UPDATE customer_totals SET (contacts, minutes, last_contact_at) = ("
        "SELECT count(*), coalesce(sum(c.minutes), 0), max(c.occurred_at) FROM contacts c "
        "WHERE c.customer_id = customer_totals.customer_id "
        "AND c.id NOT IN (SELECT contact_id FROM contact_withdrawals)) "
        "WHERE customer_id IN (SELECT c.customer_id FROM contact_withdrawals w "
        "JOIN contacts c ON c.id = w.contact_id)"
    )


@migrations()
def m660_live_totals(db: Database) -> None:
    make_live(db)
