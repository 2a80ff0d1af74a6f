"""A big email is read from its own bytes without copying its attachments through the parser,
and gives exactly what reading it whole gave: the same words, warnings, files and hashes."""

from __future__ import annotations

import random
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.importing.batch_report import ImportOptions
from app.importing.email_message import parse_email
from app.services import Services
from bench.corpus import EnglishWords, customer_email
from tests.helpers.big_mail import (
    EVERY_RUN,
    NONE_SET_ASIDE,
    SENDER,
    head,
    lines_of,
    mail_with,
    random_bytes,
    read_with,
    summary,
    video,
)
from tests.helpers.hostile_mail import SEEDS, mutate

BIG = random_bytes(200_000)


def _truncated(cut: int) -> bytes:
    encoded = lines_of(BIG)
    return mail_with([(video(), encoded[: len(encoded) // 2 + cut])])


def _forwarded(newline: bytes) -> bytes:
    inner = mail_with([(video(), lines_of(BIG, newline))], newline, "The original")
    nl = newline
    return (
        head("Fwd: The original", nl, 'Content-Type: multipart/mixed; boundary="fw"')
        + nl
        + b"--fw"
        + nl
        + b"Content-Type: text/plain"
        + nl
        + nl
        + b"See below."
        + nl
        + b"--fw"
        + nl
        + b"Content-Type: message/rfc822"
        + nl
        + nl
        + inner
        + b"--fw--"
        + nl
    )


def _single_part(data: bytes, cte: str = "base64", mime: str = "video/mp4") -> bytes:
    extra = f"Content-Type: {mime}\r\nContent-Transfer-Encoding: {cte}"
    return head("Single", extra=extra) + b"\r\n" + data


MAILS: dict[str, bytes] = {
    "one part": mail_with([(video(), lines_of(BIG))]),
    "one part, Unix line ends": mail_with([(video(), lines_of(BIG, b"\n"))], b"\n"),
    "several parts, each padded differently": mail_with(
        [
            (video(1), lines_of(random_bytes(200_000, 1))),
            (video(2), lines_of(random_bytes(200_001, 2))),
            (video(3), lines_of(random_bytes(200_002, 3))),
        ]
    ),
    "cut mid-line": _truncated(13),
    "cut one character into a group": _truncated(14),
    "cut two characters into a group": _truncated(15),
    "cut three characters into a group": _truncated(16),
    "declared base64, written as words": mail_with(
        [(video(), b"This is not base64 at all, only words.\r\n" * 8000)]
    ),
    "declared base64, letters only": mail_with([(video(), b"Hello\r\n" * 50_000)]),
    "declared base64, raw binary": mail_with([(video(), random_bytes(300_000, 9))]),
    "padding in the middle": mail_with(
        [(video(), lines_of(random_bytes(100_001, 4)) + lines_of(random_bytes(100_000, 5)))]
    ),
    "a stray line in the middle": mail_with(
        [(video(), lines_of(BIG[:100_000]) + b"!!!!\r\n" + lines_of(BIG[100_000:]))]
    ),
    "a stray character in a line": mail_with(
        [(video(), lines_of(BIG[:100_000]) + b"QUFB*UFB\r\n" + lines_of(BIG[100_000:]))]
    ),
    "forwarded with a big attachment": _forwarded(b"\r\n"),
    "forwarded with a big attachment, Unix line ends": _forwarded(b"\n"),
    "one base64 part, padding missing": _single_part(lines_of(BIG[:-1]).rstrip(b"=\r\n")),
    "the words in base64": _single_part(
        lines_of(("Ich weiß, wo du wohnst. " * 12_000).encode()), mime="text/plain; charset=utf-8"
    ),
    "quoted-printable that looks like base64": mail_with(
        [(video(cte="quoted-printable"), lines_of(BIG))]
    ),
    "no transfer encoding": mail_with([(video(cte="7bit"), lines_of(BIG))]),
    "transfer encoding in capitals": mail_with([(video(cte="BASE64"), lines_of(BIG))]),
    "no blank line after the headers": head("No blank line", extra="Content-Type: video/mp4")
    + lines_of(BIG),
    "base64 in the preamble and epilogue": head(
        "Preamble", extra='Content-Type: multipart/mixed; boundary="pp"'
    )
    + b"\r\n"
    + lines_of(BIG)
    + b"--pp\r\nContent-Type: text/plain\r\n\r\nhi\r\n--pp--\r\n"
    + lines_of(BIG),
    "no closing boundary": mail_with([(video(), lines_of(BIG))]).rsplit(b"--==b==--", 1)[0],
}


@pytest.mark.parametrize("name", list(MAILS))
def test_a_big_mail_gives_the_same_words_files_and_hashes_as_reading_it_whole(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = MAILS[name]
    before = summary(read_with(monkeypatch, raw, NONE_SET_ASIDE))
    assert summary(parse_email(raw, "big.eml")) == before
    assert summary(read_with(monkeypatch, raw, EVERY_RUN)) == before
    found = parse_email(raw, "big.eml")
    assert found.original is not None and found.original.data == raw


def test_the_attachment_is_the_sent_file_and_broken_base64_keeps_its_warning() -> None:
    found = parse_email(MAILS["several parts, each padded differently"])
    assert [len(item.data) for item in found.attachments] == [200_000, 200_001, 200_002]
    assert found.attachments[1].data == random_bytes(200_001, 2)
    unpadded = parse_email(MAILS["one base64 part, padding missing"])
    assert unpadded.attachments[0].data == BIG[:-1]
    assert any("InvalidBase64PaddingDefect" in warning for warning in unpadded.warnings)


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_broken_and_hostile_mail_reads_the_same_with_every_run_set_aside(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        raw = mutate(SEEDS[seed], rng)
        before = summary(read_with(monkeypatch, raw, NONE_SET_ASIDE))
        assert summary(read_with(monkeypatch, raw, EVERY_RUN)) == before, raw[:200]


def test_reading_a_20_mb_attachment_does_not_hold_it_twice() -> None:
    attachment = random_bytes(20 * 1024 * 1024, 11)
    raw = mail_with([(video(), lines_of(attachment))])
    tracemalloc.start()
    try:
        found = parse_email(raw, "big.eml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found.attachments[0].data == attachment
    # The mail itself was read before; the attachment is held once, plus a chunk or two.
    assert peak < 2 * len(attachment), f"{peak / 1024 / 1024:.0f} MB"


def test_a_big_mail_imported_keeps_the_sent_bytes_and_the_same_hashes(
    shop: Services,
    angry_customer_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clip = random_bytes(5 * 1024 * 1024 + 1, 12)  # past the size written in chunks
    raw = mail_with([(video(), lines_of(clip)), (video(2), lines_of(clip[:99_999]))])
    path = tmp_path / "video.eml"
    path.write_bytes(raw)
    before = summary(read_with(monkeypatch, raw, NONE_SET_ASIDE))
    report = shop.imports.run([str(path)])
    [item] = report.imported
    assert item.customer_id == angry_customer_id
    kept = shop.contacts.attachments(item.contact_id)
    assert [(a.filename, a.mime, a.size, a.sha256) for a in kept[1:]] == before["files"]
    assert shop.contacts.attachment_data(kept[0].id)[1] == raw  # the original, byte for byte
    assert shop.contacts.attachment_data(kept[1].id)[1] == clip
    again = shop.imports.run([str(path)])
    assert again.skipped == ["video.eml"] and not again.imported
    assert shop.contacts.count_for_customer(angry_customer_id) == 1
    assert shop.verify().ok


def test_a_mail_over_the_size_limit_is_refused_with_the_limit_named(
    shop: Services, angry_customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.eml"
    path.write_bytes(mail_with([(video(), lines_of(random_bytes(1024 * 1024)))]))
    monkeypatch.setattr("app.importing.batch.MAX_ATTACHMENT_BYTES", 1024 * 1024)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert [failure.source for failure in report.failed] == ["huge.eml"]
    assert "is 1 MB; Steady keeps files up to 1 MB. Nothing was saved." in report.failed[0].reason
    assert shop.contacts.count_for_customer(angry_customer_id) == 0


def test_importing_the_same_big_mail_again_does_not_read_the_kept_copy_back(
    shop: Services, angry_customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "video.eml"
    path.write_bytes(MAILS["one part"])
    [item] = shop.imports.run([str(path)]).imported

    def read_back(sha256: str) -> bytes:
        raise AssertionError("the kept copy was read back whole")

    monkeypatch.setattr(shop.store.blobs, "get", read_back)
    again = shop.imports.run([str(path)])
    assert again.skipped == ["video.eml"] and not again.failed
    assert shop.contacts.count_for_customer(angry_customer_id) == 1
    # A different message reusing the Message-ID is still told apart, and kept.
    monkeypatch.undo()
    changed = tmp_path / "changed.eml"
    changed.write_bytes(MAILS["one part"].replace(b"Here it is.", b"Here it is!"))
    [other] = shop.imports.run([str(changed)]).imported
    assert other.contact_id != item.contact_id
    assert any("Same Message-ID" in warning for warning in other.warnings)


def test_real_looking_customer_mail_reads_the_same_with_every_run_set_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = EnglishWords(random.Random(21))
    when = datetime(2026, 3, 2, 10, tzinfo=UTC)
    for number in range(150):
        raw = customer_email(words, number, SENDER, "support@shop.example", when).as_bytes()
        before = summary(read_with(monkeypatch, raw, NONE_SET_ASIDE))
        assert summary(read_with(monkeypatch, raw, EVERY_RUN)) == before, raw[:200]
