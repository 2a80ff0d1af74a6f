"""Step 6 looks for the whole signature block under the sign-off at the end of the reply:
the owner's name in a sentence, or alone under “Kind regards,”, is not a signed reply."""

from __future__ import annotations

import pytest

from app.reply.readiness import blockers
from app.reply.signature import has_signature, is_signed, with_signature
from app.reply.steps import ReplyState, Step
from tests.helpers.fixtures import FakeClock

BLOCK = "Sam Ortiz\nOwner, Lumen Files\n+1 555 0100"
SIGNED = "Kind regards,\nSam Ortiz\nOwner, Lumen Files\n+1 555 0100\n"
BODY = "Dear Victor,\n\nThe refund went out today."


@pytest.mark.parametrize(
    "draft",
    [
        # The name in a sentence, and a sign-off with nothing under it.
        "Dear Victor,\n\nSam Ortiz checked your files himself this morning.\n\nKind regards,",
        f"{BODY}\n\nKind regards,\nSam Ortiz",
        f"{BODY}\n\nBest,\nSam",
        f"{BODY}\n\nRegards, Sam",
        # Only the first line of the block.
        f"{BODY}\n\nKind regards,\nSam Ortiz\n+1 555 0100",
    ],
)
def test_a_half_signed_reply_is_not_signed_and_insert_completes_it(draft: str) -> None:
    assert not is_signed(draft, BLOCK)
    state = ReplyState(1, 2, FakeClock()(), 0, step=Step.SIGN, draft=draft)
    assert "Insert your signature block." in blockers(state, FakeClock()(), [], BLOCK)
    signed = with_signature(draft, BLOCK)
    assert signed.endswith(SIGNED.replace("Kind regards,", signed.split("\n")[-5]))
    assert signed.count("Sam Ortiz") == draft.count("Sam Ortiz checked") + 1
    assert is_signed(signed, BLOCK)
    assert with_signature(signed, BLOCK) == signed  # once only


def test_the_whole_block_under_the_sign_off_is_signed() -> None:
    assert has_signature(f"{BODY}\n\n{SIGNED}", BLOCK)
    assert has_signature(
        f"{BODY}\n\nKind regards,\n  Sam  Ortiz\nOwner, Lumen Files\n+1 555 0100", BLOCK
    )
    assert not has_signature(f"{BODY}\n\n{BLOCK}", BLOCK)  # no sign-off above it
    assert not has_signature(SIGNED, "")


def test_a_line_written_after_the_block_is_pointed_out_not_signed_twice() -> None:
    draft = f"{BODY}\n\n{SIGNED}See you soon."
    assert not is_signed(draft, BLOCK)
    assert with_signature(draft, BLOCK).count("Owner, Lumen Files") == 1
    state = ReplyState(1, 2, FakeClock()(), 0, step=Step.SIGN, draft=draft)
    assert blockers(state, FakeClock()(), [], BLOCK) == [
        "Your signature block is not at the end: move the lines under it above the sign-off."
    ]
