""" "VS:" on a subject is Finnish Outlook's reply ("vastaus") but Danish and Norwegian
Outlook's forward ("videresendt"). The body decides: a Danish or Norwegian header block or
forward marker under it makes it a forward, read as "Fwd:" is; otherwise, and over a Finnish
block, it is a reply, whose subject is the earlier message's."""

from __future__ import annotations

import pytest

from app.importing.forwards import forward_subject
from app.importing.suggest import suggest_categories

REX = "Rex Marlow <rex@mail.example>"
DANISH = (
    "Til orientering.\n\n________________________________\n"
    f"Fra: {REX}\nSendt: mandag den 23. november 2026 22:14\nTil: butik@hale.example\n"
    "Emne: Jeg brænder din butik ned\n\nDu hører fra mig.\n"
)
NORWEGIAN_GMAIL = (
    "Se under.\n\n---------- Videresendt melding ---------\n"
    f"Fra: {REX}\nDato: man. 23. nov. 2026 kl. 22:14\nEmne: Jeg brænder din butik ned\n\n"
    "Du hører fra mig.\n"
)
FINNISH = (
    "Selvä, kiitos.\n\n________________________________\n"
    "Lähettäjä: Hale Bikes <shop@hale.example>\n"
    "Lähetetty: maanantai 23. marraskuuta 2026 22.14\nAihe: I will burn your shop down\n\n"
    "Vastaamme huomenna.\n"
)
SUBJECT = "VS: I will burn your shop down"
EARLIER = [("I will burn your shop down", "Rex wrote it first.")]


@pytest.mark.parametrize("body", [DANISH, NORWEGIAN_GMAIL])
def test_vs_over_a_danish_or_norwegian_forward_is_a_forward(body: str) -> None:
    assert forward_subject(SUBJECT, body)


@pytest.mark.parametrize("body", [FINNISH, "Selvä.", ""])
def test_vs_over_a_finnish_block_or_none_is_a_reply(body: str) -> None:
    assert not forward_subject(SUBJECT, body)


def test_a_danish_forwards_subject_is_read_as_a_fwd_subject_is() -> None:
    forwarded = suggest_categories(DANISH, SUBJECT, lambda: EARLIER)
    assert [s.explanation for s in forwarded] == ["Threat of vandalism: “burn your shop down”"]
    as_fwd = suggest_categories(DANISH, SUBJECT.replace("VS:", "Fwd:"), lambda: EARLIER)
    assert forwarded == as_fwd


def test_a_finnish_replys_subject_is_the_earlier_messages() -> None:
    assert suggest_categories(FINNISH, SUBJECT, lambda: EARLIER) == []
