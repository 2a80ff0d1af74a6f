"""Tables for where a customer stands: actions, policies and agreements, clause tags,
links between a returning customer's identities, and the cached risk score.

Actions, policy versions, agreements, clause tags and identity links are evidence: append-only
(triggers refuse UPDATE and DELETE) and tracked by the ledger, so `verify` checks every row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("action", "actions")
track("policy", "policies")
track("policy_version", "policy_versions")
track("agreement", "agreements")
track("agreement_file", "agreement_files")
track("clause_tag", "contact_clauses")
track("customer_link", "customer_links")


@migrations()
def m100_standing(db: Database) -> None:
    db.execute("""
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            kind TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            amount TEXT,
            note TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES contacts(id),
            details TEXT NOT NULL DEFAULT '{}'
        )""")
    db.execute("CREATE INDEX actions_by_customer ON actions(customer_id, occurred_at)")
    db.execute("""
        CREATE TABLE policies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE policy_versions (
            id INTEGER PRIMARY KEY,
            policy_id INTEGER NOT NULL REFERENCES policies(id),
            version TEXT NOT NULL,
            text TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (policy_id, version)
        )""")
    db.execute("""
        CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            policy_version_id INTEGER NOT NULL REFERENCES policy_versions(id),
            agreed_at TEXT NOT NULL,
            method TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX agreements_by_customer ON agreements(customer_id, agreed_at)")
    # The evidence of an agreement (a signed contract, a checkout screenshot); the bytes live
    # in the content-addressed blobs table beside the contacts' files.
    db.execute("""
        CREATE TABLE agreement_files (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id),
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            filename TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE contact_clauses (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            policy_version_id INTEGER NOT NULL REFERENCES policy_versions(id),
            clause TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            tagged_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX contact_clauses_by_contact ON contact_clauses(contact_id)")
    db.execute("""
        CREATE TABLE customer_links (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            known_customer_id INTEGER NOT NULL REFERENCES customers(id),
            reason TEXT NOT NULL DEFAULT '',
            linked_at TEXT NOT NULL
        )""")
    for table in (
        "actions",
        "policies",
        "policy_versions",
        "agreements",
        "agreement_files",
        "contact_clauses",
        "customer_links",
    ):
        read_only_triggers(db, table)

    # Not evidence: a score kept so the customer list can sort by risk. Any new contact or
    # action for the customer drops its row, and the next refresh computes it again.
    db.execute("""
        CREATE TABLE customer_risk (
            customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
            risk INTEGER NOT NULL,
            computed_at TEXT NOT NULL
        )""")
    for table, event in (
        ("contacts", "INSERT"),
        ("contacts", "UPDATE"),
        ("actions", "INSERT"),
    ):
        db.execute(
            f"CREATE TRIGGER {table}_{event.lower()}_stale_risk AFTER {event} ON {table} "
            "BEGIN DELETE FROM customer_risk WHERE customer_id = NEW.customer_id; END"
        )
