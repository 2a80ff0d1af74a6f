"""Where one message of a mailbox ends: only at a real "From " separator line, so a customer's
sentence that happens to start with "From " stays in their message, and nothing in the file is
lost on the way."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.importing.batch_report import ImportOptions
from app.importing.mbox import CUT_OFF, NO_HEADERS, MboxReader
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, email

THREAT = b"From what I can tell you are thieves and I will report you to the police."


def _unquoted_export(tmp_path: Path) -> Path:
    """Two messages as an exporter that does not quote body lines writes them."""
    path = tmp_path / "unesc.mbox"
    path.write_bytes(
        b"From angry@example.com Mon Nov  2 10:00:00 2026\n"
        b"From: angry@example.com\nTo: shop@example.com\nSubject: unescaped\n"
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <unesc1@example.com>\n\n"
        b"I paid and got nothing.\n\n" + THREAT + b"\n\nRegards, Pat\n\n"
        b"From angry@example.com Mon Nov  2 11:00:00 2026\n"
        b"From: angry@example.com\nSubject: second\n"
        b"Date: Mon, 02 Nov 2026 11:00:00 +0000\nMessage-ID: <unesc2@example.com>\n\n"
        b"second message\n"
    )
    return path


def test_a_body_line_starting_from_stays_in_the_message_and_its_original(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = _unquoted_export(tmp_path)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert report.summary() == "Imported 2, skipped 0 already there, failed 0."
    first, second = (shop.contacts.get(item.contact_id) for item in report.imported)
    assert first.text == ("I paid and got nothing.\n\n" + THREAT.decode() + "\n\nRegards, Pat")
    assert (second.summary, second.text) == ("second", "second message")
    original = shop.contacts.attachments(first.id)[0]
    assert THREAT in shop.contacts.attachment_data(original.id)[1]
    assert [(hit.kind, hit.id) for hit in shop.search("police")] == [("contact", first.id)]
    assert not any(item.warnings for item in report.imported)


@pytest.mark.parametrize(
    "separator",
    [
        b"From - Thu Sep 11 11:46:19 2014",  # Thunderbird
        b"From 1592348720347218942@xxx Tue Mar 03 10:12:01 +0000 2020",  # Google Takeout
        b"From MAILER-DAEMON Fri Nov 27 00:35:13 2026",  # Python's mailbox, no From header
        b"From SRS0=aO/p=ON=bag.example=None@bounce2.example  Fri Nov 26 21:40:36 2004",
        b"From ???@??? Mon Jan 01 00:00:00 2001",  # Eudora
        b"From angry@example.com Sat Jan  3 01:05:34 1996 PST",
        b"From angry@example.com Mon, 2 Nov 2026 10:00:00 +0000",
        b"From angry@example.com Mon Nov  2 10:00 2026",
        b"From angry@example.com",  # a dateless line, but a message's headers follow it
    ],
)
@pytest.mark.parametrize("newline", [b"\n", b"\r\n"])
def test_separators_written_by_real_mail_programs_split_messages(
    tmp_path: Path, separator: bytes, newline: bytes
) -> None:
    one = b"Return-Path: <a@example.com>\nFrom: a@example.com\nSubject: one\n\nfirst\n"
    two = b"Received: by mx\nFrom: b@example.com\nSubject: two\n\nsecond\n"
    text = separator + b"\n" + one + b"\n" + separator + b"\n" + two
    path = tmp_path / "box.mbox"
    path.write_bytes(text.replace(b"\n", newline))
    messages = list(MboxReader(str(path), 10_000))
    assert [m.raw for m in messages] == [one.replace(b"\n", newline), two.replace(b"\n", newline)]
    assert [m.warnings for m in messages] == [(), ()]


@pytest.mark.parametrize(
    "line",
    [
        b"From what I can tell you are thieves.",
        b"From now on I call every day at 10:00.",
        b"From Monday Nov 2 you will hear from my lawyer.",
        b"From angry@example.com",  # dateless, and no header line follows
        b"From: angry@example.com",
    ],
)
def test_other_from_lines_after_a_blank_line_are_the_customer_s_words(
    tmp_path: Path, line: bytes
) -> None:
    message = (
        b"From: angry@example.com\nSubject: one\n\nI paid.\n\n" + line + b"\nNext line.\n\nBye\n"
    )
    path = tmp_path / "box.mbox"
    path.write_bytes(b"From angry@example.com Mon Nov  2 10:00:00 2026\n" + message)
    [only] = list(MboxReader(str(path), 10_000))
    assert only.raw == message
    assert only.warnings == ()


def test_a_sentence_starting_from_stays_even_before_a_header_like_line(tmp_path: Path) -> None:
    message = b"From: a@example.com\nSubject: x\n\nHi.\n\nFrom what I can tell\nTo: the police\n"
    path = tmp_path / "box.mbox"
    path.write_bytes(b"From a@example.com Mon Nov  2 10:00:00 2026\n" + message)
    assert [m.raw for m in MboxReader(str(path), 10_000)] == [message]


def test_the_last_body_line_starting_from_is_kept_too(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    path.write_bytes(
        b"From angry@example.com Mon Nov  2 10:00:00 2026\nSubject: x\n\nbody\n\nFrom Pat"
    )
    [only] = list(MboxReader(str(path), 10_000))
    assert only.raw == b"Subject: x\n\nbody\n\nFrom Pat"


def test_a_python_written_mailbox_splits_exactly_as_python_reads_it(tmp_path: Path) -> None:
    # Python's mailbox quotes body lines as ">From "; each message must come out byte for byte
    # as the mailbox module reads it, as it always did, so importing it again adds nothing.
    path = tmp_path / "py.mbox"
    box = mailbox.mbox(str(path))
    for number in range(6):
        message = email(
            f"Message {number}\n\nFrom now on I call daily.\n\nFrom a@b Mon Nov  2 10:00:00 2026",
            message_id=None if number % 2 else f"<p{number}@example.com>",
        )
        if number == 3:
            del message["From"]  # written with a "From MAILER-DAEMON …" line
        box.add(message)
    box.flush()
    expected = [box.get_bytes(key, from_=False) for key in box.iterkeys()]
    box.close()
    got = [m.raw for m in MboxReader(str(path), 100_000)]
    assert [g.rstrip(b"\n") for g in got] == [e.rstrip(b"\n") for e in expected]
    assert b"\n>From now on" in got[0]


def test_python_written_mailbox_imports_once(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "py.mbox"
    box = mailbox.mbox(str(path))
    for number in range(4):
        box.add(email(f"Message {number}\n\nFrom now on I call daily.", message_id=None))
    box.flush()
    box.close()
    assert len(shop.imports.run([str(path)]).imported) == 4
    again = shop.imports.run([str(path)])
    assert (len(again.imported), len(again.skipped)) == (0, 4)


def test_a_separator_followed_by_no_headers_is_flagged_not_lost(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    # An exporter that wrote a body line shaped exactly like a separator, unquoted.
    path = tmp_path / "box.mbox"
    path.write_bytes(
        b"From angry@example.com Mon Nov  2 10:00:00 2026\n"
        b"From: angry@example.com\nSubject: one\nMessage-ID: <h1@example.com>\n\nI paid.\n\n"
        b"From angry@example.com Mon Nov  2 10:00:00 2026\n"
        b"I will burn your shop down.\n"
    )
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert len(report.imported) == 2
    second = report.imported[1]
    assert second.warnings[0] == NO_HEADERS
    assert shop.contacts.get(second.contact_id).text == "I will burn your shop down."


def test_a_mailbox_cut_off_inside_the_last_message_s_headers_warns(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "trunc.mbox"
    path.write_bytes(
        b"From a@b Mon Nov  2 10:00:00 2026\nFrom: angry@example.com\nSubject: one\n"
        b"Date: Mon, 02 Nov 2026 10:05:00 +0000\nMessage-ID: <mb1@example.com>\n\n"
        b"first message\n\nFrom a@b Mon Nov  2 10:00:00 2026\nFrom: angry@example.com\nSubj"
    )
    report = shop.imports.run([str(path)])
    assert [item.warnings[:1] for item in report.imported] == [(), (CUT_OFF,)]
    assert "looks cut off" in CUT_OFF
    original = shop.contacts.attachments(report.imported[1].contact_id)[0]
    assert "looks cut off" in original.note


def test_a_message_without_a_from_header_is_still_one_message(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    path.write_bytes(
        f"From {ANGRY} Mon Nov  2 10:00:00 2026\nSubject: a\n\nx\n\n"
        f"From {ANGRY} Mon Nov  2 10:00:00 2026\nSubject: b\n\ny\n".encode()
    )
    assert [m.raw for m in MboxReader(str(path), 1000)] == [
        b"Subject: a\n\nx\n",
        b"Subject: b\n\ny\n",
    ]


_LINES = [
    b"From angry%d@example.com Mon Nov  2 10:00:00 2026\n",
    b"From - Thu Sep 11 11:46:19 2014 %d\r\n",
    b"From angry%d@example.com\n",
    b"From what I can tell %d.\n",
    b">From quoted %d\n",
    b"From: angry%d@example.com\n",
    b"Subject: refund %d\n",
    b"Received: by mx%d\n",
    b"\n",
    b"\r\n",
    b"I will see you in court %d.\n",
    b"Subj%d",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=40))
def test_only_separator_lines_and_blank_lines_are_left_between_messages(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]
) -> None:
    # Every line but the blank ones is unique, so each message is found where it came from.
    data = b"".join(line.replace(b"%d", str(n).encode()) for n, line in enumerate(lines))
    path = tmp_path_factory.mktemp("box") / "box.mbox"
    path.write_bytes(data)
    position = 0
    gaps: list[bytes] = []
    reader = MboxReader(str(path), 10**6)
    messages = list(reader)
    if reader.not_a_mailbox:
        # Refused whole, and said why: nothing in it is dropped without a word.
        assert messages == [] and "holds no messages" in reader.why_no_messages()
        return
    for message in messages:
        assert message.raw is not None
        assert data[message.offset :][: len(message.raw)] == message.raw
        if not message.raw.strip():
            continue
        found = data.index(message.raw, position)
        gaps.append(data[position:found])
        position = found + len(message.raw)
    gaps.append(data[position:])
    for gap in gaps:
        kept = [line for line in gap.splitlines() if line.strip()]
        # Between two messages only separator lines are left out (several when a message
        # between them is empty); nothing else is dropped.
        assert all(line.startswith((b"From angry", b"From - ")) for line in kept), gap
