"""Broken and hostile messages: each is one failure or warning for its file, never a crash,
and the rest of the batch or mailbox is imported."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.domain import Customer
from app.importing.email_message import parse_email
from app.services import Services
from tests.helpers.hostile_mail import HOSTILE_HEADERS, SEEDS, SENDER, mutate, nested


@pytest.fixture
def sender_id(services: Services) -> int:
    return services.customers.add(Customer(name="Angry Person", emails=(SENDER,)))


def _eml(folder: Path, name: str, raw: bytes) -> str:
    path = folder / name
    path.write_bytes(raw)
    return str(path)


@pytest.mark.parametrize("header", HOSTILE_HEADERS, ids=lambda h: h[:40].decode("latin-1"))
def test_a_hostile_header_never_escapes_the_reader(header: bytes) -> None:
    for seed in SEEDS:
        head, _, body = seed.partition(b"\n\n")
        found = parse_email(head + b"\n" + header + b"\n\n" + body)
        assert found.original is not None


@pytest.mark.parametrize("kind", ["message", "multipart"])
def test_nesting_a_thousand_deep_is_read_as_far_as_it_can_be(kind: str) -> None:
    found = parse_email(nested(1200, kind))
    assert found.original is not None
    assert any("nested" in warning or "could not be read" in warning for warning in found.warnings)


def test_a_date_in_the_year_9999_west_of_greenwich_is_a_warning(
    services: Services, sender_id: int, tmp_path: Path
) -> None:
    head, _, body = SEEDS[0].partition(b"\n\n")
    raw = head.replace(b"Mon, 02 Mar 2026 10:00:00 +0100", b"Fri, 31 Dec 9999 23:59:59 -1200")
    report = services.imports.run([_eml(tmp_path, "future.eml", raw + b"\n\n" + body)])
    assert len(report.imported) == 1
    assert any("could not be read" in warning for warning in report.imported[0].warnings)


@pytest.mark.parametrize("year", [b"0001", b"0099"])
def test_a_mail_dated_in_the_first_centuries_is_not_logged_as_this_century(
    services: Services, sender_id: int, tmp_path: Path, year: bytes
) -> None:
    """Python's mail reader takes "0001" for a two-digit year, 2001: a forger's absurd date
    would be logged as a plausible one, with nothing said. It is read as written, refused,
    and the owner told why."""
    head, _, body = SEEDS[0].partition(b"\n\n")
    raw = head.replace(b"Mon, 02 Mar 2026 10:00:00 +0100", b"Mon, 01 Jan " + year + b" 10:00 +0000")
    path = _eml(tmp_path, "first.eml", raw + b"\n\n" + body)
    saved = datetime(2026, 3, 2, 9, tzinfo=UTC)
    os.utime(path, (saved.timestamp(), saved.timestamp()))
    report = services.imports.run([path])
    [item] = report.imported
    assert services.contacts.get(item.contact_id).occurred_at == saved  # the file's time
    [said] = [w for w in item.warnings if "dated this message" in w]
    assert f"1 Jan {year.decode()} 10:00 UTC, before 1990" in said, said
    assert "2001" not in said and "1999" not in said


def test_a_mail_dated_year_1_that_reached_the_shop_is_logged_when_it_arrived() -> None:
    head, _, body = SEEDS[0].partition(b"\n\n")
    raw = (
        b"Received: from mail.example by mx.larkspur.example; Tue, 3 Mar 2026 10:00:00 +0000\n"
        + head.replace(b"Mon, 02 Mar 2026 10:00:00 +0100", b"Mon, 01 Jan 0001 10:00 +0000")
    )
    found = parse_email(raw + b"\n\n" + body, "first.eml")
    assert found.occurred_at is not None and found.occurred_at.year == 2026
    assert any("dated Mon 1 Jan 0001 10:00 UTC by the sender" in w for w in found.warnings)


def test_one_bad_message_does_not_stop_the_rest_of_the_batch(
    services: Services, sender_id: int, tmp_path: Path
) -> None:
    paths = [
        _eml(tmp_path, "deep.eml", nested(1200)),
        _eml(tmp_path, "rot13.eml", SEEDS[0].replace(b'charset="utf-8"', b"charset=rot13")),
        _eml(tmp_path, "good.eml", SEEDS[1]),
    ]
    report = services.imports.run(paths)
    assert "good.eml" in {item.source for item in report.imported}
    assert len(report.imported) + len(report.failed) + len(report.unmatched) >= 3
    assert services.verify().ok


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.sampled_from(SEEDS), salt=st.integers(min_value=0, max_value=2**32))
def test_no_mutated_message_escapes_the_importer(
    services: Services, sender_id: int, tmp_path: Path, seed: bytes, salt: int
) -> None:
    rng = random.Random(salt)
    raw = mutate(seed, rng)
    path = _eml(tmp_path, f"m{salt}.eml", raw)
    mbox = tmp_path / f"m{salt}.mbox"
    mbox.write_bytes(b"From x@example.com Mon Mar  2 10:00:00 2026\n" + raw + b"\n\n")
    report = services.imports.run([path, str(mbox)])
    assert not report.stopped
    assert services.verify().ok


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=2000))
def test_any_bytes_at_all_are_read_without_an_exception(raw: bytes) -> None:
    found = parse_email(raw)
    assert found.original is not None and found.original.data == raw
