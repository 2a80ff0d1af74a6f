"""The termination packet's "Policies broken": only what the owner tagged on a contact, held to
the version the customer had agreed to when the contact was sent, with the clause printed; a
contact from before the customer agreed to a policy is not said to break it."""

from __future__ import annotations

from datetime import UTC, datetime

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text

TITLE = "Policies broken and the customer's agreement"


def _at(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def _section(packet_subject: PacketSubject) -> str:
    made = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.TERMINATION)
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    start = text.rindex(TITLE)  # the heading, not its line in the contents
    return text[start : text.index("Termination letter", start)]


def _block(section: str, title: str, titles: list[str]) -> str:
    start = section.index(title)
    ends = [section.index(t, start + 1) for t in titles if t in section[start + 1 :]]
    return section[start : min(ends, default=len(section))]


def test_only_tagged_policies_in_the_version_agreed_to_by_then_with_the_clause(
    packet_subject: PacketSubject,
) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    customer, lib = packet_subject.customer_id, services.policies
    behaviour = lib.add_policy("Acceptable-behaviour policy")
    b1 = lib.add_version(behaviour, "1. Be courteous to our staff.", _at(1, 1, 2025))
    b2 = lib.add_version(behaviour, "1. Be courteous.\n2. Never threaten staff.", _at(3, 10))
    refund = lib.add_policy("Refund policy")
    r1 = lib.add_version(refund, "Refunds within 30 days of purchase.", _at(1, 1, 2025))
    terms = lib.add_policy("Terms of service")
    t1 = lib.add_version(terms, "4. No abuse of our staff or systems.", _at(1, 1, 2025))
    privacy = lib.add_policy("Privacy policy")
    p1 = lib.add_version(privacy, "We keep your data safe.", _at(1, 1, 2025))
    lib.record_agreement(customer, r1, _at(1, 1), "checkbox at checkout")
    lib.record_agreement(customer, b1, _at(2, 1), "signed contract")
    lib.record_agreement(customer, b2, _at(3, 14), "email confirmation")
    lib.record_agreement(customer, p1, _at(4, 1), "email confirmation")
    # The email (13 March) is tagged against the newest wording, but the customer had agreed
    # only to version 1 by then; "after" (16 March) came once they had agreed to version 2.
    lib.tag_contact(ids["email"], b2, "2.1 Threats")
    lib.tag_contact(ids["after"], b2, "section 2", "insults staff")
    lib.tag_contact(ids["post"], t1, "clause 4")
    lib.tag_contact(ids["after"], p1, "section 1")  # agreed to only on 1 April

    section = _section(packet_subject)
    titles = [
        "Acceptable-behaviour policy, version 1",
        "Acceptable-behaviour policy, version 2",
        "Terms of service, version 1",
        "Privacy policy, version 1",
    ]
    assert "Refund policy" not in section  # agreed to, never tagged: not broken
    v1 = _block(section, titles[0], titles)
    assert "2026-02-01" in v1 and "signed contract" in v1
    assert f"#{ids['email']}, 2.1 Threats" in v1
    assert f"#{ids['after']}" not in v1
    assert "1. Be courteous to our staff." in v1
    v2 = _block(section, titles[1], titles)
    assert f"#{ids['after']}, section 2 (insults staff)" in v2
    assert f"#{ids['email']}" not in v2
    tos = _block(section, titles[2], titles)
    assert "no agreement recorded" in tos and f"#{ids['post']}, clause 4" in tos
    privacy_block = _block(section, titles[3], titles)
    assert "(tagged, not counted)" in privacy_block
    assert "Broken in" not in privacy_block
    assert "before the customer agreed on 2026-04-01" in privacy_block


def test_agreements_with_no_tagged_contact_are_not_called_broken(
    packet_subject: PacketSubject,
) -> None:
    services, customer = packet_subject.services, packet_subject.customer_id
    refund = services.policies.add_policy("Refund policy")
    version = services.policies.add_version(refund, "Refunds within 30 days.", _at(1, 1, 2025))
    services.policies.record_agreement(customer, version, _at(1, 1), "checkbox at checkout")
    section = _section(packet_subject)
    assert "Refund policy" not in section
    assert "No contact in this packet is tagged with the policy and clause it breaks" in section


def test_a_withdrawn_agreement_is_not_printed_nor_relied_on(packet_subject: PacketSubject) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    customer, lib = packet_subject.customer_id, services.policies
    refund = lib.add_policy("Refund policy")
    r1 = lib.add_version(refund, "Refunds within 30 days.", _at(1, 1, 2025))
    behaviour = lib.add_policy("Acceptable-behaviour policy")
    b1 = lib.add_version(behaviour, "1. Be courteous to our staff.", _at(1, 1, 2025))
    lib.record_agreement(customer, b1, _at(2, 1), "email confirmation")
    # Recorded by mistake (meant for another customer), with "When" left at the day it was typed.
    wrong = lib.record_agreement(customer, b1, _at(3, 2), "signed contract")
    only = lib.record_agreement(customer, r1, _at(3, 3), "signed contract")
    lib.tag_contact(ids["email"], b1, "section 1")
    lib.tag_contact(ids["after"], r1, "clause 2")
    lib.withdraw_agreement(customer, wrong, "recorded for the wrong customer")
    lib.withdraw_agreement(customer, only, "wrong customer")

    section = _section(packet_subject)
    assert section.count("Acceptable-behaviour policy, version 1") == 1
    assert "signed contract" not in section  # neither withdrawn agreement is printed
    assert "2026-02-01" in section and "email confirmation" in section
    refund_block = section[section.index("Refund policy, version 1") :]
    assert "no agreement recorded" in refund_block
    assert f"#{ids['after']}, clause 2" in refund_block


def test_a_withdrawn_clause_tag_is_not_printed_as_broken(packet_subject: PacketSubject) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    customer, lib = packet_subject.customer_id, services.policies
    behaviour = lib.add_policy("Acceptable-behaviour policy")
    b1 = lib.add_version(behaviour, "1. Be courteous to our staff.", _at(1, 1, 2025))
    refund = lib.add_policy("Refund policy")
    r1 = lib.add_version(refund, "Refunds within 30 days.", _at(1, 1, 2025))
    lib.record_agreement(customer, r1, _at(1, 1), "checkbox at checkout")
    lib.tag_contact(ids["after"], b1, "section 1")
    # Tagged with the wrong policy (the refund policy has no section 3), then taken back.
    wrong = lib.tag_contact(ids["after"], r1, "section 3")
    lib.withdraw_clause_tag(ids["after"], wrong, "tagged with the wrong policy")

    section = _section(packet_subject)
    assert "Refund policy" not in section
    assert "section 3" not in section
    assert f"#{ids['after']}, section 1" in section
    assert services.verify().ok
