"""The packets' view of where a customer stands: the live assessment, actions and policies."""

from __future__ import annotations

from app.packets.policy_breaches import TaggedClause
from app.services import Services
from app.standing.action_records import Action
from app.standing.records import Agreement, Assessment, PolicyVersion


class LiveStanding:
    """What the assessment, the action log and the policy library say now (a StandingSource)."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def assess(self, customer_id: int) -> Assessment | None:
        return self._services.assessor.assess(customer_id)

    def actions(self, customer_id: int) -> list[Action]:
        return self._services.actions.current_for_customer(customer_id)

    def agreements(self, customer_id: int) -> list[tuple[Agreement, PolicyVersion]]:
        policies = self._services.policies
        return [
            (agreement, policies.version(agreement.policy_version_id))
            for agreement in policies.agreements_in_force(customer_id)
        ]

    def clause_tags(self, customer_id: int) -> list[TaggedClause]:
        policies = self._services.policies
        return [
            (tag, policies.versions(policies.version(tag.policy_version_id).policy_id))
            for tag in policies.clause_tags(customer_id)
        ]
