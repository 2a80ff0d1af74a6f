"""The owner's own Note entries are not actions taken: a packet leaves them out unless the
owner asks. A private remark ("do not tell her lawyer") was once printed to the lawyer."""

from __future__ import annotations

import pytest

from app.cli import main
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from app.standing.action_records import ActionKind
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text

PRIVATE = "PRIVATE owner note: she is my ex-sister-in-law"


def _log_note_and_report(subject: PacketSubject) -> None:
    actions = subject.services.actions
    actions.log(subject.customer_id, ActionKind.NOTE, note=PRIVATE, by="May")
    actions.log(
        subject.customer_id, ActionKind.POLICE_REPORT, reference="PR-77", note="Report filed"
    )


@pytest.mark.parametrize("kind", [PacketKind.LEGAL, PacketKind.TERMINATION])
def test_a_note_is_left_out_of_actions_taken_unless_chosen(
    packet_subject: PacketSubject, kind: PacketKind
) -> None:
    _log_note_and_report(packet_subject)
    services, customer = packet_subject.services, packet_subject.customer_id
    made = make_packet(services, customer, PacketOptions(kind))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "PR-77" in text
    assert "ex-sister-in-law" not in text
    chosen = make_packet(services, customer, PacketOptions(kind, include_notes=True))
    assert "ex-sister-in-law" in flat(" ".join(pdf_text(chosen.pdf.data)))


def test_the_command_line_prints_notes_only_when_asked(
    packet_subject: PacketSubject, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    _log_note_and_report(packet_subject)
    database = packet_subject.services.store.path
    out = f"{tmp_path}/with-notes.pdf"
    main(
        [
            "--db",
            database,
            "packet",
            str(packet_subject.customer_id),
            "--kind",
            "legal",
            "--out",
            out,
            "--include-notes",
        ]
    )
    with open(out, "rb") as handle:
        assert "ex-sister-in-law" in flat(" ".join(pdf_text(handle.read())))


def test_a_redacted_copy_names_no_login_or_computer_in_its_chain_of_custody(
    packet_subject: PacketSubject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Mac is named after its owner ("Sams-MacBook-Air"): a rule hiding "Sam" does not see
    the name inside it, so the copy leaves the computer out."""
    services, customer = packet_subject.services, packet_subject.customer_id
    plain = flat(
        " ".join(
            pdf_text(make_packet(services, customer, PacketOptions(PacketKind.LEGAL)).pdf.data)
        )
    )
    actor = next(e.actor for e in services.store.ledger.entries("attachment", 1))
    assert f"by: {actor}" in plain
    redacted = flat(
        " ".join(
            pdf_text(
                make_packet(
                    services,
                    customer,
                    PacketOptions(PacketKind.LEGAL, redactions=(Redaction("Robin"),)),
                ).pdf.data
            )
        )
    )
    assert actor.split(" on ")[-1] not in redacted
    assert "login and computer name left out of a redacted copy" in redacted


@pytest.mark.parametrize("kind", [PacketKind.LEGAL, PacketKind.TERMINATION])
def test_notes_left_out_are_said_to_exist_not_that_nothing_was_done(
    packet_subject: PacketSubject, kind: PacketKind
) -> None:
    services, customer = packet_subject.services, packet_subject.customer_id
    services.actions.log(customer, ActionKind.NOTE, note=PRIVATE, by="May")
    services.actions.log(customer, ActionKind.NOTE, note="Rang back, no answer", by="Sam")
    text = flat(" ".join(pdf_text(make_packet(services, customer, PacketOptions(kind)).pdf.data)))
    assert "No blocks, reports or other actions are recorded" not in text
    assert "Staff notes are left out of this packet (2). No other actions are recorded." in text
    assert "ex-sister-in-law" not in text and "no answer" not in text

    chosen = make_packet(services, customer, PacketOptions(kind, include_notes=True))
    assert "left out of this packet" not in flat(" ".join(pdf_text(chosen.pdf.data)))


def test_notes_left_out_beside_other_actions_are_counted(packet_subject: PacketSubject) -> None:
    _log_note_and_report(packet_subject)
    made = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "PR-77" in text and "Staff notes are left out of this packet (1)." in text


def test_a_packet_with_no_actions_at_all_says_so(packet_subject: PacketSubject) -> None:
    made = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "No blocks, reports or other actions are recorded yet." in text
    assert "left out of this packet" not in text
