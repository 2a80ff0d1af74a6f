"""The policy library: terms of service, refund policy, acceptable-behaviour policy.

Each policy keeps every version with its exact wording and the date it took effect; editing
a policy writes a new version and never touches an old one (storage refuses it). For each
customer the library records which version they agreed to, when and how, with the evidence,
and which clause a contact breaks.
"""

from __future__ import annotations

from datetime import datetime

from app.core.clock import Clock, to_storage
from app.core.contact_changes import NewAttachment
from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.standing.records import Agreement, AgreementFile, ClauseTag, Policy, PolicyVersion

STANDARD_POLICIES = ("Terms of service", "Refund policy", "Acceptable-behaviour policy")
AGREEMENT_METHODS = (
    "checkbox at checkout",
    "signed contract",
    "chat pre-agreement",
    "email confirmation",
    "other",
)


class PolicyLibrary:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def policies(self) -> list[Policy]:
        return self._store.policies.policies()

    def add_policy(self, name: str) -> int:
        name = " ".join(name.split())
        if not name:
            raise InvalidInputError("A policy needs a name, e.g. “Refund policy”.")
        if self._store.policies.find_policy(name) is not None:
            raise InvalidInputError(f"There is already a policy called “{name}”.")
        with self._store.atomic():
            policy_id = self._store.policies.add_policy(name)
            self._store.ledger.record("policy.added", "policy", policy_id, {"name": name})
        return policy_id

    def add_version(self, policy_id: int, text: str, effective_from: datetime | None = None) -> int:
        """Save new wording as the next version; earlier versions stay exactly as they were."""
        if not text.strip():
            raise InvalidInputError("Paste or type the exact wording of the policy.")
        versions = self._store.policies.versions(policy_id)
        if versions and max(versions, key=lambda v: v.id).text == text:
            raise InvalidInputError("The wording is the same as the latest version.")
        number = str(max((int(v.version) for v in versions if v.version.isdigit()), default=0) + 1)
        effective = effective_from or self._clock()
        with self._store.atomic():
            version_id = self._store.policies.add_version(
                policy_id, number, text, to_storage(effective)
            )
            self._store.ledger.record(
                "policy.version",
                "policy_version",
                version_id,
                {"policy_id": policy_id, "version": number},
            )
        return version_id

    def versions(self, policy_id: int) -> list[PolicyVersion]:
        return self._store.policies.versions(policy_id)

    def version(self, version_id: int) -> PolicyVersion:
        return self._store.policies.version(version_id)

    def version_in_force(self, policy_id: int, at: datetime) -> PolicyVersion | None:
        """The version that applied at a moment (the latest to take effect by then)."""
        applying = [v for v in self.versions(policy_id) if v.effective_from <= at]
        return applying[-1] if applying else None

    def in_force(self, customer_id: int, at: datetime) -> list[PolicyVersion]:
        """The wording that binds a customer at a moment, one version per policy: the latest
        version they agreed to by then, else the version in force (the calm-reply editor's
        PolicyLookup)."""
        agreed: dict[int, PolicyVersion] = {}
        for agreement in self.agreements(customer_id):
            if agreement.agreed_at <= at and agreement.withdrawn_at is None:
                version = self.version(agreement.policy_version_id)
                agreed[version.policy_id] = version
        found = []
        for policy in self.policies():
            binding = agreed.get(policy.id) or self.version_in_force(policy.id, at)
            if binding is not None:
                found.append(binding)
        return found

    def record_agreement(
        self,
        customer_id: int,
        version_id: int,
        agreed_at: datetime,
        method: str,
        evidence: list[NewAttachment] | tuple[NewAttachment, ...] = (),
        note: str = "",
    ) -> int:
        if not method.strip():
            raise InvalidInputError(
                "Say how they agreed (" + ", ".join(AGREEMENT_METHODS[:3]) + "…)."
            )
        with self._store.atomic():
            self._store.customers.get(customer_id)
            self._store.policies.version(version_id)
            agreement_id = self._store.policies.add_agreement(
                customer_id, version_id, to_storage(agreed_at), method.strip(), note.strip()
            )
            self._store.ledger.record(
                "agreement.recorded",
                "agreement",
                agreement_id,
                {"customer_id": customer_id, "policy_version_id": version_id},
            )
            for item in evidence:
                sha = self._store.blobs.put(item.data)
                file_id = self._store.policies.add_agreement_file(
                    agreement_id, sha, item.filename, item.mime, len(item.data)
                )
                self._store.ledger.record(
                    "agreement.evidence",
                    "agreement_file",
                    file_id,
                    {"agreement_id": agreement_id, "sha256": sha, "filename": item.filename},
                )
        return agreement_id

    def agreements(self, customer_id: int) -> list[Agreement]:
        """Every agreement recorded, withdrawn ones included (marked as such)."""
        return self._store.policies.agreements(customer_id)

    def agreements_in_force(self, customer_id: int) -> list[Agreement]:
        return [a for a in self.agreements(customer_id) if a.withdrawn_at is None]

    def withdraw_agreement(self, customer_id: int, agreement_id: int, reason: str) -> int:
        """Take back an agreement recorded by mistake. It stays in the log, marked withdrawn
        with the reason, and the ledger records who withdrew it and when; packets and the
        calm-reply editor no longer rely on it."""
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInputError(
                "Say why the agreement is withdrawn, e.g. “recorded for the wrong customer”."
            )
        found = next((a for a in self.agreements(customer_id) if a.id == agreement_id), None)
        if found is None:
            raise InvalidInputError("That agreement is not one of this customer's.")
        if found.withdrawn_at is not None:
            raise InvalidInputError("That agreement is already withdrawn.")
        with self._store.atomic():
            withdrawal_id = self._store.policies.withdraw_agreement(agreement_id, reason)
            self._store.ledger.record(
                "agreement.withdrawn",
                "agreement_withdrawal",
                withdrawal_id,
                {"agreement_id": agreement_id, "customer_id": customer_id, "reason": reason},
            )
        return withdrawal_id

    def evidence(self, file_id: int) -> tuple[AgreementFile, bytes]:
        found = self._store.policies.agreement_file(file_id)
        return found, self._store.blobs.get(found.sha256)

    def tag_contact(self, contact_id: int, version_id: int, clause: str, note: str = "") -> int:
        """Mark a contact as breaking a clause (e.g. “section 2”) of a policy version."""
        if not clause.strip():
            raise InvalidInputError("Name the clause, e.g. “section 2”.")
        with self._store.atomic():
            self._store.contacts.get(contact_id)
            self._store.policies.version(version_id)
            tag_id = self._store.policies.tag_contact(
                contact_id, version_id, clause.strip(), note.strip()
            )
            self._store.ledger.record(
                "contact.clause",
                "clause_tag",
                tag_id,
                {"contact_id": contact_id, "policy_version_id": version_id},
            )
        return tag_id

    def clause_tags(self, customer_id: int) -> list[ClauseTag]:
        """The tags in force on the customer's contacts: what packets and the assessment count."""
        return self._store.policies.clause_tags(customer_id)

    def contact_tags(self, contact_id: int) -> list[ClauseTag]:
        """Every tag on one contact, withdrawn ones included (marked, with the reason)."""
        return self._store.policies.contact_tags(contact_id)

    def withdraw_clause_tag(self, contact_id: int, tag_id: int, reason: str) -> int:
        """Take back a tag recorded by mistake (wrong policy, clause or contact). It stays in the
        log marked withdrawn with the reason, the ledger records who withdrew it and when, and
        packets no longer count the contact as breaking that policy."""
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInputError(
                "Say why the tag is withdrawn, e.g. “tagged with the wrong policy”."
            )
        found = next((t for t in self.contact_tags(contact_id) if t.id == tag_id), None)
        if found is None:
            raise InvalidInputError("That tag is not one of this contact's.")
        if found.withdrawn_at is not None:
            raise InvalidInputError("That tag is already withdrawn.")
        with self._store.atomic():
            withdrawal_id = self._store.policies.withdraw_clause_tag(tag_id, reason)
            self._store.ledger.record(
                "clause_tag.withdrawn",
                "clause_tag_withdrawal",
                withdrawal_id,
                {"clause_tag_id": tag_id, "contact_id": contact_id, "reason": reason},
            )
        return withdrawal_id
