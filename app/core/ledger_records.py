"""The ledger's records: an entry of the hash chain, what a verification found, and a time
stamp signed over the chain's head."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    at: datetime
    action: str
    entity: str
    entity_id: int
    digest: str
    detail: dict[str, object]
    prev_hash: str
    hash: str
    actor: str = ""  # who, on which computer ("jordan on shop-laptop")


@dataclass
class VerifyReport:
    entries: int = 0
    head_hash: str = ""
    records_checked: int = 0
    blobs_checked: int = 0
    problems: list[str] = field(default_factory=list)
    anchors_checked: int = 0  # heads written down outside the database that it still holds
    # Of those, the ones written down before this run of Steady (or given to it): only they,
    # and time-stamps, vouch for the file from outside it.
    anchors_before: int = 0
    time_stamps: int = 0  # time-stamps kept in the log (each checked, its problems named)
    # The rows found changed, added or deleted outside Steady, by what they are ("contact",
    # "contact_revision"…), kept apart from the problems' words so that what marks them (a
    # packet) never reads the wording, and whole when the list of problems is cut short.
    altered: dict[str, set[int]] = field(default_factory=dict)
    # What is worth knowing but proves nothing was changed: entries dated earlier than the
    # entry before them (a computer clock set back).
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def found(self, entity: str, key: int, problem: str) -> None:
        """A problem with one row of `entity`: said in `problem`, its id kept in `altered`."""
        self.problems.append(problem)
        self.altered.setdefault(entity, set()).add(key)

    def altered_ids(self, entity: str) -> frozenset[int]:
        """The ids of the rows of `entity` verify found changed, added or deleted."""
        return frozenset(self.altered.get(entity, ()))

    @property
    def changed_contacts(self) -> frozenset[int]:
        """The contacts whose rows no longer match what Steady recorded of them."""
        return self.altered_ids("contact")

    @property
    def first_problem(self) -> str | None:
        return self.problems[0] if self.problems else None


@dataclass(frozen=True)
class TimeStamp:
    """A token signed by a time-stamping service over the ledger head at `entries`."""

    entries: int
    head_hash: str
    token: bytes  # the DER TimeStampResp, exactly as the service sent it
    stamped_at: datetime  # the time the service signed (its genTime)
    service: str
    id: int | None = None
