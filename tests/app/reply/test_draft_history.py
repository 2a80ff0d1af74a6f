"""Earlier drafts of an answer: this reply's, and those of replies to the same message that were
discarded or sent, newest first; putting one back keeps the draft it replaces."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInputError
from app.services import Services
from tests.helpers.fixtures import FakeClock


def test_earlier_drafts_of_the_answer_to_a_message(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    replies = business.replies
    first = replies.start(angry_id)
    first.draft = "A discarded try."
    replies.save(first)
    replies.discard(first.id or 0)

    clock.advance(minutes=1)
    reply = replies.start(angry_id)
    assert reply.id != first.id
    reply.draft = "Before the template."
    replies.keep_draft(reply, "replaced by template")
    clock.advance(minutes=1)
    reply.draft = "The template, filled in."
    replies.start_over(reply)

    found = replies.earlier_drafts(reply)
    assert [(d.text, d.why) for d in found] == [
        ("The template, filled in.", "Set aside when you started over"),
        ("Before the template.", "Replaced by a template"),
        (
            "A discarded try.",
            "An earlier reply to this message · Kept when the reply was discarded",
        ),
    ]

    # Putting one back keeps the draft it replaces; the editor puts the text in place.
    reply.draft = "A third try."
    replies.put_back(reply, found[2].text)
    latest = replies.earlier_drafts(reply)[0]
    assert (latest.text, latest.why) == (
        "A third try.",
        "Replaced when you put an earlier draft back",
    )
    assert replies.get(reply.id or 0).drafts_kept == 3
    # The same text again, or an empty draft, adds nothing.
    reply.draft = found[1].text
    replies.put_back(reply, found[1].text)
    reply.draft = " "
    replies.put_back(reply, found[1].text)
    assert len(replies.earlier_drafts(reply)) == 4
    assert business.verify().ok


def test_a_finished_reply_takes_no_earlier_draft(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    reply.draft = "Dear Morwenna, the lamp ships today.\n\nKind regards,\nJordan Ellis\n"
    business.replies.mark_sent(reply, "clipboard", [])
    [sent] = business.replies.earlier_drafts(reply)
    assert sent.why == "As it was sent"
    with pytest.raises(InvalidInputError, match="finished"):
        business.replies.put_back(reply, "Something else")
