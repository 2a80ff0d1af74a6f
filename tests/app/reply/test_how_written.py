"""The step-2 answers and the sentence typed to start early are saved with the reply, and
the owner can read them again beside the reply sent: `steady customer show`."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.reply.steps import OVERRIDE_PHRASE
from app.services import Services
from tests.helpers.fixtures import FakeClock

DRAFT = "Dear Morwenna,\n\nYour refund went out today.\n\nKind regards,\nJordan Ellis"


def test_the_answers_and_the_override_are_shown_with_the_sent_reply(
    business: Services, angry_id: int, clock: FakeClock, db_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    reply = business.replies.start(angry_id)
    clock.advance(minutes=3)
    business.replies.override_cooling(reply, OVERRIDE_PHRASE.upper() + " ")
    reply.answers = {
        "bad_day": "Yes, if <b>my</b> lamp\narrived broken.",
        "legitimacy": "The wait, yes.",
        "their_side": "",
    }
    reply.checklist[0].done = True
    reply.draft = DRAFT
    contact_id = business.replies.mark_sent(reply, "clipboard", [])
    sent = business.contacts.get(contact_id)
    assert business.replies.how_written(sent) == [
        "Started early, 12 minutes before the pause was up, typing: “I AM CALM AND READY TO REPLY”",
        "Could I have written this myself on a bad day? Yes, if <b>my</b> lamp arrived broken.",
        "Is there any legitimacy in the claim? The wait, yes.",
        "What is their side of the story? (no answer)",
        "Points answered: 1 of 4.",
    ]
    # The customer's own message has no such record.
    assert business.replies.how_written(business.contacts.get(angry_id)) == []
    business.close()
    assert main(["--db", str(db_path), "customer", "show", str(sent.customer_id)]) == 0
    shown = capsys.readouterr().out
    assert "  · Is there any legitimacy in the claim? The wait, yes.\n" in shown
    assert "  · Started early, 12 minutes before the pause was up, typing:" in shown
    assert shown.count("· Could I have written this myself") == 1
