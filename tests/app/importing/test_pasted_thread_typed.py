"""A pasted thread logged one by one takes what the owner typed beside it: the files and the
minutes go to the first message logged, so a message already in the log never swallows them."""

from __future__ import annotations

from datetime import datetime

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel
from app.importing.batch import Importer
from app.importing.pasted_thread import TypedBeside
from app.services import Services

NOW = datetime(2026, 11, 27, 15, 0).astimezone()
FIRST = "[10:32] Pat: where is my refund\n"
REST = "[10:33] Pat: I will come to your shop\n[10:35] Pat: answer me"
SHOT = NewAttachment("chat.png", b"\x89PNG\r\n\x1a\nchat window", "image/png")


def test_files_and_minutes_skip_a_message_already_logged(
    shop: Services, angry_customer_id: int
) -> None:
    importer = Importer(shop.store, lambda: NOW)
    importer.import_pasted(angry_customer_id, FIRST + "[10:31] Pat: hello", Channel.CHAT)
    typed = TypedBeside(
        channel=Channel.CHAT, summary="Website chat", staff="Sam", minutes=9, files=(SHOT,)
    )
    report = importer.import_pasted(angry_customer_id, FIRST + REST, Channel.EMAIL, typed)

    [skipped] = report.skipped
    assert skipped.startswith("pasted text, message 1")
    contacts = [shop.contacts.get(item.contact_id) for item in report.imported]
    assert [c.text for c in contacts] == ["I will come to your shop", "answer me"]
    assert [c.summary for c in contacts] == [
        "Website chat (message 2 of 3)",
        "Website chat (message 3 of 3)",
    ]
    assert {(c.channel, c.details.staff) for c in contacts} == {(Channel.CHAT, "Sam")}
    assert [c.details.minutes for c in contacts] == [9, 0]
    files = [[a.filename for a in shop.contacts.attachments(c.id)] for c in contacts]
    assert files == [["chat.png"], []]


def test_nothing_typed_keeps_the_words_own_label(shop: Services, angry_customer_id: int) -> None:
    importer = Importer(shop.store, lambda: NOW)
    report = importer.import_pasted(
        angry_customer_id, REST, Channel.CHAT, TypedBeside(Channel.CHAT)
    )
    assert [item.label for item in report.imported] == ["I will come to your shop", "answer me"]
    assert [shop.contacts.get(i.contact_id).summary for i in report.imported] == [
        "I will come to your shop",
        "answer me",
    ]
