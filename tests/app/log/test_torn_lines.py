"""A line of the heads or numbers file beside the log cut short by a full disk or a power cut
(no newline at its end): the next line written starts on its own, verify says a head could not
be read, and a packet number cut short still counts as handed on, so none is given twice."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.application import open_services
from app.cli import main
from app.core.appended_lines import append_line
from app.core.domain import Customer
from app.log.anchors import heads_path, read_heads, torn_heads
from app.packets.numbers_used import (
    never_given,
    numbers_path,
    numbers_used,
    packet_number_notes,
    torn_numbers,
    torn_numbers_note,
)
from tests.helpers.fixtures import inbound

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)
TORN_NOTE = "A line of shop.db.heads, the file beside the log where its heads are written down"


@pytest.fixture(autouse=True)
def new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set(), raising=False)


def _cut_short(path: Path, chars: int) -> None:
    """What a power cut or a full disk leaves of the last line: its first part, no newline."""
    with open(path, "rb+") as handle:
        handle.truncate(os.path.getsize(path) - chars)


def _log(db: Path, text: str) -> None:
    services = open_services(db)
    customer_id = (
        1 if services.customers.count() else services.customers.add(Customer(name="Victor Hale"))
    )
    services.contacts.log(customer_id, inbound(text, AT), [])
    services.close()


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_line_written_after_one_cut_short_starts_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "shop.db.numbers"
    path.write_text("L-3-20261127-1\nL-3-20261")

    assert append_line(str(path), "L-3-20261127-2")

    assert path.read_text() == "L-3-20261127-1\nL-3-20261\nL-3-20261127-2\n"


def test_a_head_written_after_a_line_cut_short_is_kept_and_verify_says_one_was_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.db"
    _log(db, "You will regret this.")
    _run(capsys, db, "verify")
    heads = Path(heads_path(str(db)))
    first = read_heads(str(heads))[-1].head
    _log(db, "I know where you live.")
    heads.write_text(heads.read_text() + '{"entries": 999, "hash": "8482ace09cf3')

    out = _run(capsys, db, "verify")

    assert out.startswith("Nothing in your log was changed.")
    assert f"Note: {TORN_NOTE}, cannot be read: cut short" in out
    assert "The head on it cannot be checked; every other head was." in out
    written = read_heads(str(heads))
    assert written[-1].where == "verify" and written[-1].head.entries > first.entries
    assert torn_heads(str(heads)) == 1


def test_a_head_glued_onto_a_line_cut_short_by_an_earlier_steady_still_binds_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.db"
    _log(db, "You will regret this.")
    _run(capsys, db, "verify")
    heads = Path(heads_path(str(db)))
    lines = heads.read_text().splitlines()
    whole = json.loads(lines[-1])
    # As Steady wrote it before: the next head appended straight after the torn line.
    heads.write_text("\n".join([*lines[:-1], lines[-1][:40] + lines[-1]]) + "\n")

    assert read_heads(str(heads))[-1].head.entries == whole["entries"]
    assert torn_heads(str(heads)) == 1
    # The glued head still catches a log shortened since: it is checked, not passed over.
    out = _run(capsys, db, "verify")
    assert TORN_NOTE in out


def test_numbers_cut_short_still_count_as_handed_on() -> None:
    assert never_given("L-3-20261127-1", ["L-3-20261"]) == "L-3-20261127-2"
    # Cut short in its count (from -12): numbers only grow, so it was past -11.
    assert never_given("L-3-20261128-3", ["L-3-20261127-11", "L-3-20261127-1"]) == (
        "L-3-20261128-13"
    )
    # Cut short before the customer's number ended: it may have been customer 3's, or 31's.
    assert never_given("L-3-20261127-1", ["L-3"]) == "L-3-20261127-2"
    assert never_given("L-31-20261127-1", ["L-3"]) == "L-31-20261127-2"
    assert never_given("L-4-20261127-1", ["L-3"]) == "L-4-20261127-1"
    assert never_given("L-4-20261127-1", ["L-3-2026"]) == "L-4-20261127-1"


def test_numbers_glued_by_an_earlier_steady_are_both_read(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    Path(numbers_path(str(db))).write_text("L-3-20261L-3-20261127-2\n")

    used = numbers_used(str(db))

    assert used == ["L-3-20261", "L-3-20261127-2"]
    assert never_given("L-3-20261127-1", used) == "L-3-20261127-3"


def _number(pdf: Path) -> str:
    return str(PdfReader(pdf).metadata.title).rsplit(" ", 1)[-1]


def test_after_a_restore_no_packet_number_cut_short_is_given_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.db"
    _log(db, "Refund me.")
    _run(capsys, db, "backup", str(tmp_path / "before.db"))
    _log(db, "I will break every window in your shop tonight.")
    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p1.pdf"))
    given = _number(tmp_path / "p1.pdf")
    _cut_short(Path(numbers_path(str(db))), 6)
    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p2.pdf"))
    second = _number(tmp_path / "p2.pdf")
    _run(capsys, db, "restore", "--force", str(tmp_path / "before.db"))

    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p3.pdf"))

    third = _number(tmp_path / "p3.pdf")
    assert third not in (given, second)
    assert third.rsplit("-", 1)[-1] == str(int(second.rsplit("-", 1)[-1]) + 1)


NUMBERS_NOTE = (
    "Line 1 of shop.db.numbers, the file beside the log where each packet number handed on is "
    "written down, holds “L-1-2026”: a number cut short when the disk was full or the power went "
    "as it was written (or changed outside Steady). Steady counts it as handed on, so its number "
    "is skipped and never given to another packet. Nothing in your log was lost."
)


def _number_cut_short_then_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A packet whose number line the power cut short, then the next packet."""
    db = tmp_path / "shop.db"
    _log(db, "I will break every window in your shop tonight.")
    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p1.pdf"))
    numbers = Path(numbers_path(str(db)))
    _cut_short(numbers, len(numbers.read_text()) - len("L-1-2026"))
    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p2.pdf"))
    assert numbers.read_text().startswith("L-1-2026\nL-1-")
    return db


def test_verify_says_which_number_line_was_cut_short_and_that_its_number_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _number_cut_short_then_another(tmp_path, capsys)

    out = _run(capsys, db, "verify")

    assert out.startswith("Nothing in your log was changed.")
    assert f"Note: {NUMBERS_NOTE}" in out
    said = json.loads(_run(capsys, db, "verify", "--json"))
    assert said["notes"] == [NUMBERS_NOTE]


def test_a_packet_after_a_number_cut_short_says_once_why_a_number_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The other side's lawyer reads packet 1, then 3: the packet says once, in one place,
    which number was cut short and why 2 was never given, not twice in two notes."""
    _number_cut_short_then_another(tmp_path, capsys)
    second = _number(tmp_path / "p2.pdf")
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "p2.pdf").pages
    )

    assert second.endswith("-3")
    said = (
        "Line 1 of shop.db.numbers, the file beside the log where each packet number handed on "
        "is written down, holds “L-1-2026”: a number cut short when the disk was full or the "
        "power went as it was written (or changed outside Steady). Steady cannot tell which "
        f"number it was, nor whether “{second[:-1]}1”, written down after it, is that number or "
        "another written down late, so it counted each as a packet handed on: no packet for "
        "this customer has a number ending in “-2”. No number is ever given twice, and nothing "
        "in your log was lost."
    )
    assert said in text
    assert text.count("cut short") == 1 and text.count("“L-1-2026”") == 1
    # Verify's own note on it, which the packet's said again in other words, is not printed.
    assert "Steady counts it as handed on" not in text and "never given to another" not in text


def test_numbers_glued_by_an_earlier_steady_are_said_once_in_the_packet(tmp_path: Path) -> None:
    db = str(tmp_path / "shop.db")
    Path(numbers_path(db)).write_text("L-1-2026L-1-20\nL-1-20261128-1\n")
    verified = torn_numbers_note(db)

    notes = packet_number_notes(
        [verified], torn_numbers(db), db, "L-1-20261128-4", ["L-1-20261128-1"], numbers_used(db)
    )

    assert never_given("L-1-20261128-2", numbers_used(db)) == "L-1-20261128-4"
    assert notes == (
        "Line 1 of shop.db.numbers, the file beside the log where each packet number handed on "
        "is written down, holds “L-1-2026” and “L-1-20”: numbers cut short when the disk was full "
        "or the power went as it was written (or changed outside Steady). Steady cannot tell "
        "which numbers they were, nor whether “L-1-20261128-1”, written down after them, is one "
        "of them or another written down late, so it counted each as a packet handed on: no "
        "packet for this customer has a number ending in “-2” or “-3”. No number is ever given "
        "twice, and nothing in your log was lost.",
    )


def test_numbers_written_whole_are_not_said_to_be_cut_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.db"
    _log(db, "I will break every window in your shop tonight.")
    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p1.pdf"))
    _run(capsys, db, "packet", "1", "--kind", "legal", "--out", str(tmp_path / "p2.pdf"))

    assert "shop.db.numbers" not in _run(capsys, db, "verify")
    assert torn_numbers(str(db)) == []


def test_every_number_cut_short_is_named_with_its_line(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    # An earlier Steady glued the next number on; the last line lost its end.
    Path(numbers_path(str(db))).write_text("L-3-20261L-3-20261127-2\nT-4-20261127-1\nL-3-2026112")

    assert torn_numbers(str(db)) == [(1, "L-3-20261"), (3, "L-3-2026112")]
    assert torn_numbers_note(str(db)).startswith(
        "Lines 1 and 3 of shop.db.numbers, the file beside the log where each packet number "
        "handed on is written down, hold “L-3-20261” and “L-3-2026112”: numbers cut short"
    )


def test_the_windows_verify_says_it_too(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.log.verify_result import show_verify_result

    db = _number_cut_short_then_another(tmp_path, capsys)
    services = open_services(db)
    try:
        report = services.verify()
        box = show_verify_result(None, report, services.store.path)  # type: ignore[arg-type]
        qtbot.addWidget(box)
        assert box.text().startswith("Nothing in your log was changed.")
        assert NUMBERS_NOTE in box.detailedText()
        box.done(0)
    finally:
        services.close()
