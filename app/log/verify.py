"""Proving the log was not altered: the ledger chain, every record and every stored file."""

from __future__ import annotations

from app.core.domain import VerifyReport
from app.core.ports import Store


def verify_log(store: Store) -> VerifyReport:
    return store.ledger.verify()


def describe(report: VerifyReport) -> str:
    if report.ok:
        return (
            f"The log verifies: {report.entries} ledger entries chain correctly, "
            f"{report.records_checked} records and {report.blobs_checked} stored files match. "
            f"Head hash {report.head_hash}."
        )
    more = len(report.problems) - 1
    return f"The log does NOT verify. First problem: {report.problems[0]}" + (
        f" (and {more} more)" if more else ""
    )


def verdict(report: VerifyReport) -> str:
    """The answer in the owner's words; `describe` holds the details for whoever asks."""
    if report.ok:
        return "Nothing in your log was changed."
    return (
        "Something in your log was changed outside Steady, or is missing. Keep this file as it "
        "is and look at the details below."
    )
