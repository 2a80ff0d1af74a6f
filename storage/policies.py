"""The policy library: policies, their immutable versions, agreements and clause tags."""

from __future__ import annotations

from app.core.clock import Clock, from_storage, to_storage
from app.core.errors import NotFoundError
from app.standing.records import Agreement, AgreementFile, ClauseTag, Policy, PolicyVersion
from storage.actions import insert_row
from storage.connection import SteadyDatabase

_VERSIONS = """
    SELECT v.*, p.name AS policy_name FROM policy_versions v
    JOIN policies p ON p.id = v.policy_id"""


def _version(row: dict) -> PolicyVersion:
    return PolicyVersion(
        id=row["id"],
        policy_id=row["policy_id"],
        policy_name=row["policy_name"],
        version=row["version"],
        text=row["text"],
        effective_from=from_storage(row["effective_from"]),
        entered_at=from_storage(row["created_at"]),
    )


def _agreement(row: dict) -> Agreement:
    return Agreement(
        id=row["id"],
        customer_id=row["customer_id"],
        policy_version_id=row["policy_version_id"],
        agreed_at=from_storage(row["agreed_at"]),
        method=row["method"],
        attachment_id=row["file_id"],
        note=row["note"],
        withdrawn_at=from_storage(row["withdrawn_at"]) if row["withdrawn_at"] else None,
        withdrawn_reason=row["withdrawn_reason"] or "",
        recorded_at=from_storage(row["recorded_at"]),
    )


class SqlitePolicies:
    def __init__(self, db: SteadyDatabase, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _insert(self, table: str, row: dict[str, object]) -> int:
        return insert_row(self._db, table, row)

    def add_policy(self, name: str) -> int:
        return self._insert("policies", {"name": name, "created_at": to_storage(self._clock())})

    def find_policy(self, name: str) -> int | None:
        row = self._db.execute(
            "SELECT id FROM policies WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        return row[0] if row else None

    def policies(self) -> list[Policy]:
        result = []
        for row in self._db.query("SELECT id, name FROM policies ORDER BY name COLLATE NOCASE"):
            versions = self.versions(row["id"])
            result.append(Policy(row["id"], row["name"], versions[-1] if versions else None))
        return result

    def add_version(self, policy_id: int, version: str, text: str, effective_from: str) -> int:
        return self._insert(
            "policy_versions",
            {
                "policy_id": policy_id,
                "version": version,
                "text": text,
                "effective_from": effective_from,
                "created_at": to_storage(self._clock()),
            },
        )

    def versions(self, policy_id: int) -> list[PolicyVersion]:
        """Oldest first (by the date each took effect, then the order they were written)."""
        return [
            _version(row)
            for row in self._db.query(
                _VERSIONS + " WHERE v.policy_id = ? ORDER BY v.effective_from, v.id", [policy_id]
            )
        ]

    def version(self, version_id: int) -> PolicyVersion:
        rows = list(self._db.query(_VERSIONS + " WHERE v.id = ?", [version_id]))
        if not rows:
            raise NotFoundError(f"There is no policy version {version_id}.")
        return _version(rows[0])

    def add_agreement(
        self, customer_id: int, version_id: int, agreed_at: str, method: str, note: str
    ) -> int:
        return self._insert(
            "agreements",
            {
                "customer_id": customer_id,
                "policy_version_id": version_id,
                "agreed_at": agreed_at,
                "method": method,
                "note": note,
                "recorded_at": to_storage(self._clock()),
            },
        )

    def add_agreement_file(
        self, agreement_id: int, sha256: str, filename: str, mime: str, size: int
    ) -> int:
        return self._insert(
            "agreement_files",
            {
                "agreement_id": agreement_id,
                "sha256": sha256,
                "filename": filename,
                "mime": mime,
                "size": size,
                "added_at": to_storage(self._clock()),
            },
        )

    def _withdrawals(self, table: str, key: str) -> str:
        """The join to a table of withdrawals, or to none: a log opened read-only (a locked
        file, a log changed outside Steady) is not brought up to date and may predate it."""
        if self._db.table_exists(table):
            return f"LEFT JOIN {table} w ON w.{key} = "
        return (
            "LEFT JOIN (SELECT NULL AS id, NULL AS withdrawn_at, NULL AS reason) w ON 0 AND w.id = "
        )

    def agreements(self, customer_id: int) -> list[Agreement]:
        return [
            _agreement(row)
            for row in self._db.query(
                "SELECT a.*, (SELECT min(f.id) FROM agreement_files f "
                "WHERE f.agreement_id = a.id) AS file_id, w.withdrawn_at, "
                "w.reason AS withdrawn_reason FROM agreements a "
                + self._withdrawals("agreement_withdrawals", "agreement_id")
                + "a.id WHERE a.customer_id = ? ORDER BY a.agreed_at, a.id",
                [customer_id],
            )
        ]

    def withdraw_agreement(self, agreement_id: int, reason: str) -> int:
        return self._insert(
            "agreement_withdrawals",
            {
                "agreement_id": agreement_id,
                "reason": reason,
                "withdrawn_at": to_storage(self._clock()),
            },
        )

    def agreement_file(self, file_id: int) -> AgreementFile:
        rows = list(self._db.query("SELECT * FROM agreement_files WHERE id = ?", [file_id]))
        if not rows:
            raise NotFoundError(f"There is no agreement file {file_id}.")
        row = rows[0]
        return AgreementFile(
            row["id"], row["agreement_id"], row["sha256"], row["filename"], row["mime"], row["size"]
        )

    def tag_contact(self, contact_id: int, version_id: int, clause: str, note: str) -> int:
        return self._insert(
            "contact_clauses",
            {
                "contact_id": contact_id,
                "policy_version_id": version_id,
                "clause": clause,
                "note": note,
                "tagged_at": to_storage(self._clock()),
            },
        )

    def clause_tags(self, customer_id: int) -> list[ClauseTag]:
        """The tags in force on a customer's contacts (withdrawn ones are not counted)."""
        return self._tags(
            "JOIN contacts c ON c.id = t.contact_id WHERE c.customer_id = ? "
            "AND w.id IS NULL ORDER BY c.occurred_at, t.id",
            customer_id,
        )

    def contact_tags(self, contact_id: int) -> list[ClauseTag]:
        """Every tag on one contact, withdrawn ones included (marked as such)."""
        return self._tags("WHERE t.contact_id = ? ORDER BY t.id", contact_id)

    def _tags(self, where: str, key: int) -> list[ClauseTag]:
        return [
            ClauseTag(
                id=row["id"],
                contact_id=row["contact_id"],
                policy_version_id=row["policy_version_id"],
                clause=row["clause"],
                note=row["note"],
                tagged_at=from_storage(row["tagged_at"]),
                withdrawn_at=from_storage(row["withdrawn_at"]) if row["withdrawn_at"] else None,
                withdrawn_reason=row["withdrawn_reason"] or "",
            )
            for row in self._db.query(
                "SELECT t.*, w.withdrawn_at, w.reason AS withdrawn_reason "
                "FROM contact_clauses t "
                + self._withdrawals("clause_tag_withdrawals", "clause_tag_id")
                + "t.id "
                + where,
                [key],
            )
        ]

    def withdraw_clause_tag(self, tag_id: int, reason: str) -> int:
        return self._insert(
            "clause_tag_withdrawals",
            {"clause_tag_id": tag_id, "reason": reason, "withdrawn_at": to_storage(self._clock())},
        )
