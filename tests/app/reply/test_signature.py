"""Sign-offs in each reply language are recognised, and Insert adds one in the reply's
language, above the signature, never after it, and never a second one."""

from __future__ import annotations

import pytest

from app.reply.signature import has_sign_off, with_signature

SIGNATURE = "Camille Roux\nGérante, Lumen Files"


@pytest.mark.parametrize(
    "closing",
    [
        "Saludos cordiales,",
        "Atentamente,",
        "Un cordial saludo,",
        "Cordialement,",
        "Bien à vous,",
        "Bien cordialement,",
        "Veuillez agréer, Madame, l'expression de mes salutations distinguées.",
        "Mit freundlichen Grüßen",
        "Viele Grüße",
        "Freundliche Grüße,",
        "Regards, Sam",
        "Kind regards, Sam Ortiz",
        "Thank you for your patience. Kind regards, Camille",
    ],
)
def test_sign_offs_in_every_reply_language_are_recognised(closing: str) -> None:
    assert has_sign_off(f"The refund went out today.\n\n{closing}\nCamille Roux")
    assert has_sign_off(f"The refund went out today.\n\n{closing}")


def test_a_sentence_that_only_starts_like_a_sign_off_is_not_one() -> None:
    assert not has_sign_off("Regards, the refund went out today and it will reach you soon.")
    assert not has_sign_off("We only want the best.")
    assert not has_sign_off("Le remboursement est parti aujourd'hui.")


@pytest.mark.parametrize(
    ("language", "draft", "signed"),
    [
        (
            "fr",
            "Le remboursement est parti.",
            "Le remboursement est parti.\n\nCordialement,\nCamille Roux\nGérante, Lumen Files\n",
        ),
        (
            "es",
            "El reembolso salió hoy.",
            "El reembolso salió hoy.\n\nSaludos cordiales,\nCamille Roux\nGérante, Lumen Files\n",
        ),
        (
            "de",
            "Die Erstattung ist heute raus.",
            "Die Erstattung ist heute raus.\n\nMit freundlichen Grüßen\nCamille Roux\n"
            "Gérante, Lumen Files\n",
        ),
        # Signed off in the reply's language with the name only: nothing English added, and
        # the rest of the block goes under the name.
        (
            "fr",
            "Le remboursement est parti.\n\nCordialement,\nCamille Roux",
            "Le remboursement est parti.\n\nCordialement,\nCamille Roux\nGérante, Lumen Files\n",
        ),
        (
            "es",
            "El reembolso salió hoy.\n\nSaludos cordiales,\nCamille Roux",
            "El reembolso salió hoy.\n\nSaludos cordiales,\nCamille Roux\nGérante, Lumen Files\n",
        ),
        (
            "de",
            "Die Erstattung ist heute raus.\n\nMit freundlichen Grüßen\nCamille Roux",
            "Die Erstattung ist heute raus.\n\nMit freundlichen Grüßen\nCamille Roux\n"
            "Gérante, Lumen Files\n",
        ),
        # The name is there but no sign-off: the sign-off goes above the name.
        (
            "fr",
            "Le remboursement est parti aujourd'hui.\n\nCamille Roux\nGérante, Lumen Files",
            "Le remboursement est parti aujourd'hui.\n\nCordialement,\nCamille Roux\n"
            "Gérante, Lumen Files\n",
        ),
    ],
)
def test_insert_signs_off_in_the_replys_language(language: str, draft: str, signed: str) -> None:
    assert with_signature(draft, SIGNATURE, language) == signed
    assert with_signature(signed, SIGNATURE, language) == signed


def test_a_name_after_the_sign_off_gives_way_to_the_signature_block() -> None:
    signed = with_signature("Thanks for waiting.\n\nRegards, Sam", "Sam Ortiz\nOwner, Lumen Files")
    assert signed == "Thanks for waiting.\n\nRegards,\nSam Ortiz\nOwner, Lumen Files\n"
    assert signed.count("egards") == 1
    # Someone else's name is left as written.
    other = with_signature("Thanks.\n\nRegards, Team Lumen", "Sam Ortiz\nOwner")
    assert other == "Thanks.\n\nRegards, Team Lumen\nSam Ortiz\nOwner\n"
