"""Assembling a packet: what goes in, what is chosen by default, what is logged."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import date

import pytest

from app.cli import main
from app.core.errors import InvalidInputError
from app.packets.assembly import PacketOptions, assemble_packet
from app.packets.bundle import MANIFEST_CSV, MANIFEST_JSON, build_bundle
from app.packets.contacts import default_examples
from app.packets.data import REDACTED, PacketKind, Redaction
from app.packets.making import log_packet, make_packet
from app.packets.standing_from_contacts import ContactsOnlyStanding
from app.standing.action_records import ActionKind
from tests.helpers.packet_fixtures import EMAIL, PacketSubject


def _options(**changes: object) -> PacketOptions:
    return PacketOptions(PacketKind.LEGAL, **changes)  # type: ignore[arg-type]


def test_default_examples_are_the_worst_written_words_in_date_order(
    packet_subject: PacketSubject,
) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    contacts = services.contacts.page_for_customer(packet_subject.customer_id, 0, 100)[::-1]
    chosen = default_examples(contacts)
    assert ids["warning"] not in chosen  # the business's own reply is never an example
    assert {ids["email"], ids["after"]} <= set(chosen)  # severity 4: a threat, then abuse
    assert len(chosen) == 5
    assert list(chosen) == sorted(chosen, key=lambda i: services.contacts.get(i).occurred_at)


def test_period_and_chosen_contacts_limit_the_packet(packet_subject: PacketSubject) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    data = assemble_packet(
        services,
        packet_subject.customer_id,
        _options(date_from=date(2026, 3, 2), date_to=date(2026, 3, 3)),
    )
    assert [c.id for c in data.contacts] == [ids["greek"], ids["cyrillic"]]
    data = assemble_packet(
        services, packet_subject.customer_id, _options(contact_ids=frozenset({ids["post"]}))
    )
    assert [c.id for c in data.contacts] == [ids["post"]]
    assert [e.filename for e in data.exhibits] == ["post.png"]
    assert data.exhibits[0].number == 1 and data.contacts[0].exhibits == (1,)
    with pytest.raises(InvalidInputError):
        assemble_packet(
            services,
            packet_subject.customer_id,
            _options(date_from=date(2027, 1, 1)),
        )


def test_derived_standing_threats_posts_and_warnings(packet_subject: PacketSubject) -> None:
    ids = packet_subject.contact_ids
    data = assemble_packet(
        packet_subject.services,
        packet_subject.customer_id,
        _options(),
        standing=ContactsOnlyStanding(packet_subject.services),
    )
    kinds = {group.category.value: group.contact_ids for group in data.threats}
    assert ids["email"] in kinds["threat-legal"]
    assert kinds["harassment-social"] == (ids["post"],)
    (post,) = data.public_posts
    assert (post.platform, post.handle, post.url) == (
        "X (Twitter)",
        "@pat_rants",
        "https://x.com/pat_rants/status/1",
    )
    # Its screenshot was stored with no capture time: the stored time is never taken for one.
    assert post.captured_at is None and post.stored_at is not None
    assert [w.contact_id for w in data.warnings] == [ids["warning"]]
    met = {g.key for g in data.grounds if g.met}
    assert met == {"abuse-or-unsafe", "threats", "no-change-after-warning"}
    assert data.integrity.verified and data.integrity.head_hash
    assert data.monthly and data.monthly[0].month == "2026-03"
    assert "Pat Example" in data.narrative and "“" in data.narrative


def test_redaction_blacks_out_the_packet_not_the_log(packet_subject: PacketSubject) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    data = assemble_packet(
        services,
        packet_subject.customer_id,
        _options(redactions=(Redaction("robin", contact_id=ids["email"]),)),
    )
    contact = data.contact(ids["email"])
    assert contact is not None and "Robin" not in contact.text and REDACTED in contact.text
    assert data.exhibits[0].email is not None and "Robin" not in data.exhibits[0].email.body
    assert data.redactions[0].places == 2
    assert "Robin" in services.contacts.get(ids["email"]).text
    assert services.verify().ok


def test_packet_is_logged_once_with_its_sha256(packet_subject: PacketSubject) -> None:
    services = packet_subject.services
    made = make_packet(services, packet_subject.customer_id, _options())
    assert made.data.number.startswith(f"L-{packet_subject.customer_id}-")
    assert log_packet(services, made, "saved")
    assert not log_packet(services, made, "printed")  # the same file is not logged twice
    # The packet is an action on the customer's log, itself in the ledger.
    (action,) = [
        a
        for a in services.actions.for_customer(packet_subject.customer_id)
        if a.kind is ActionKind.PACKET
    ]
    assert action.details["sha256"] == hashlib.sha256(made.pdf.data).hexdigest()
    assert action.reference == made.data.number
    assert [e.action for e in services.store.ledger.entries("action", action.id)] != []
    assert services.verify().ok
    # The next packet gets the next number, and lists the first among the actions taken.
    again = assemble_packet(services, packet_subject.customer_id, _options())
    assert again.number.endswith("-2")
    assert [a.reference for a in again.actions] == [made.data.number]


def test_bundle_manifest_matches_its_files(packet_subject: PacketSubject) -> None:
    made = make_packet(packet_subject.services, packet_subject.customer_id, _options())
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "packet.pdf")))
    manifest = json.loads(archive.read(MANIFEST_JSON))
    rows = list(csv.DictReader(io.StringIO(archive.read(MANIFEST_CSV).decode())))
    names = set(archive.namelist()) - {MANIFEST_JSON, MANIFEST_CSV, "README.txt", "SHA256SUMS"}
    assert {f["path"] for f in manifest["files"]} == names == {r["path"] for r in rows}
    for entry in manifest["files"]:
        assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
    assert [r["sha256"] for r in rows] == [f["sha256"] for f in manifest["files"]]
    assert archive.read("packet.pdf") == made.pdf.data
    assert archive.read("exhibits/001-refund.eml") == EMAIL  # byte for byte
    assert manifest["ledger"]["head_hash"] == made.data.integrity.head_hash


def test_command_line_prints_path_pages_and_sha256(
    packet_subject: PacketSubject,
    db_path,
    tmp_path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    packet_subject.services.close()
    out, bundle = tmp_path / "legal.pdf", tmp_path / "legal.zip"
    code = main(
        [
            "--db",
            str(db_path),
            "packet",
            str(packet_subject.customer_id),
            "--kind",
            "legal",
            "--out",
            str(out),
            "--bundle",
            str(bundle),
            "--from",
            "2026-03-01",
        ]
    )
    printed = capsys.readouterr().out.splitlines()
    assert code == 0
    assert printed[0] == str(out)
    assert printed[1].startswith("pages: ") and int(printed[1].split()[1]) > 3
    assert printed[2] == f"sha256: {hashlib.sha256(out.read_bytes()).hexdigest()}"
    assert zipfile.ZipFile(bundle).read("legal.pdf") == out.read_bytes()


def test_command_line_refuses_a_bad_date(db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        ["--db", str(db_path), "packet", "1", "--kind", "legal", "--out", "x.pdf", "--to", "31/12"]
    )
    assert code == 2
    assert "not a date" in capsys.readouterr().err


def test_public_posts_use_the_details_recorded_for_a_screenshot(
    packet_subject: PacketSubject,
) -> None:
    from datetime import UTC, datetime

    from app.core.contact_changes import NewAttachment
    from app.core.domain import Channel, ContactDetails, Direction
    from app.importing.post_details import POST_SOURCE
    from app.importing.records import PostDetails

    services = packet_subject.services
    posted = datetime(2026, 3, 3, 21, 15, tzinfo=UTC)
    contact_id = services.contacts.log(
        packet_subject.customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 3, 4, 9, 0, tzinfo=UTC),
            channel=Channel.REVIEW,
            direction=Direction.INBOUND,
            text="One star. Thieves.",
            summary="Review screenshot",
        ),
        [NewAttachment("review.png", b"\x89PNG review", "image/png")],
        source=POST_SOURCE,
    )
    services.imports.posts.record(
        contact_id,
        PostDetails(
            platform="Trustpilot",
            url="https://www.trustpilot.com/reviews/abc123",
            handle="Pat R.",
            posted_at=posted,
        ),
    )
    data = assemble_packet(services, packet_subject.customer_id, _options())
    [post] = [p for p in data.public_posts if p.contact_id == contact_id]
    assert (post.platform, post.url, post.handle) == (
        "Trustpilot",
        "https://www.trustpilot.com/reviews/abc123",
        "Pat R.",
    )
    assert post.occurred_at == posted
