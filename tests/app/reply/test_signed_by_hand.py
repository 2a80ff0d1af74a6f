"""With no signature block in Settings, a name typed after the sign-off signs a reply; a
sign-off alone, or the reply going on after a "Thanks.", does not."""

from __future__ import annotations

import pytest

from app.reply.signature import is_signed, signed_by_hand

BODY = "Dear Morwenna,\n\nThe replacement lamp ships today."


@pytest.mark.parametrize(
    "ending",
    [
        "\n\nKind regards,\nJordan Ellis",
        "\n\nRegards, Jordan",
        "\n\nMit freundlichen Grüßen\nJordan Ellis\nLarkspur Lamps",
        "\n\nBest wishes,\nJordan Ellis\nOwner, Larkspur Lamps\n0161 555 0100\n",
        # typed twice over: still signed by hand
        "\n\nKind regards,\n" + "Jordan Lee\nOwner, Lee's Bikes\n0161 555 0100\n" * 2,
    ],
)
def test_a_name_after_the_sign_off_signs(ending: str) -> None:
    assert signed_by_hand(BODY + ending)
    assert is_signed(BODY + ending, "")


@pytest.mark.parametrize(
    "ending",
    [
        "",
        "\n\nKind regards,",
        "\n\nThanks.\n" + "We will write again once the courier replies to us, " * 3,
        "\n\nKind regards,\nJordan Ellis\n" + "Our returns policy says nothing about lamps. " * 3,
    ],
)
def test_nobody_after_the_sign_off_does_not_sign(ending: str) -> None:
    assert not signed_by_hand(BODY + ending)


def test_with_a_block_in_settings_only_that_block_signs() -> None:
    block = "Jordan Ellis\nOwner, Larkspur Lamps"
    assert not is_signed(BODY + "\n\nKind regards,\nJ. E.", block)
    assert is_signed(BODY + "\n\nKind regards,\n" + block, block)
