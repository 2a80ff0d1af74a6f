"""The termination packet's policies: each policy the owner tagged a contact as breaking, in the
version that bound the customer then, with the agreement, the contacts and the clauses."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.domain import Category
from app.packets.data import PacketData
from app.packets.late_entries import with_entered
from app.packets.policy_data import BrokenClause, PolicyBreach
from reports.bidi_order import isolated
from reports.blocks import day, key_values, p, section, subsection, when
from reports.styles import styles
from reports.unicode_text import text_paragraph

# The owner's word alone: a reader must not take the agreement line for a signed document.
NO_AGREEMENT_FILE = "none held in Steady: no file (signed terms, a screenshot) backs this record"


def _clause_line(data: PacketData, clause: BrokenClause) -> str:
    contact = data.contact(clause.contact_id)
    dated = f"{day(contact.occurred_at)}: " if contact is not None else ""
    note = f" ({isolated(clause.note)})" if clause.note else ""
    # Clauses are listed one after another: a clause in Hebrew must not take the next one's
    # day and contact number into its own right-to-left run.
    return f"{dated}#{clause.contact_id}, {isolated(clause.clause)}{note}"


def _facts(data: PacketData, breach: PolicyBreach) -> list[tuple[str, str]]:
    policy = breach.policy
    facts = [
        (
            "In force from",
            with_entered(day(policy.effective_from), policy.effective_from, policy.entered_at),
        )
    ]
    agreement = breach.agreement
    if agreement is not None:
        facts.append(
            (
                "Customer agreed",
                with_entered(
                    f"{when(agreement.agreed_at)} — {agreement.method}",
                    agreement.agreed_at,
                    agreement.recorded_at,
                ),
            )
        )
        if agreement.attachment_id is None:
            facts.append(("Evidence of agreement", NO_AGREEMENT_FILE))
        if agreement.note:
            facts.append(("Note", agreement.note))
    else:
        facts.append(("Customer agreed", "no agreement recorded"))
    if breach.clauses:
        facts.append(("Broken in", "; ".join(_clause_line(data, c) for c in breach.clauses)))
    if breach.before_agreement and agreement is not None:
        facts.append(
            (
                "Not counted",
                "; ".join(_clause_line(data, c) for c in breach.before_agreement)
                + f": before the customer agreed on {day(agreement.agreed_at)}, so not a "
                "breach of this policy",
            )
        )
    return facts


def _no_policy_tagged(data: PacketData) -> str:
    """Said when no contact is tagged with a policy. A contact flagged as against the terms is
    listed among the other signs: this section must not seem to deny it."""
    tagged = "No contact in this packet is tagged with the policy and clause it breaks"
    flagged = [f"#{c.id}" for c in data.contacts if Category.TOS_VIOLATION in c.categories]
    if not flagged:
        return f"{tagged} (a contact's “Breaks a policy…” names them)."
    which = ", ".join(flagged)
    return (
        f"{tagged}. {'Contact' if len(flagged) == 1 else 'Contacts'} {which} "
        f"{'is' if len(flagged) == 1 else 'are'} flagged as against your terms of service "
        "(see the other signs), with no policy named: “Breaks a policy…” on a contact names the "
        "policy and clause, and the version the customer had agreed to."
    )


def policies_section(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    story = section("Policies broken and the customer's agreement", sheet)
    if not data.policies:
        story.append(p(_no_policy_tagged(data), sheet.muted))
    for breach in data.policies:
        policy = breach.policy
        title = f"{policy.policy_name}, version {policy.version}"
        if not breach.clauses:
            title += " (tagged, not counted)"
        story += subsection(title, sheet, toc=False)
        story.append(key_values(_facts(data, breach), width, sheet))
        story.append(p("Exact wording", sheet.h3))
        story.append(text_paragraph(policy.text, sheet.quote))
    return story
