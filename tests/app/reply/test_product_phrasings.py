"""The product box comes up for the ways customers say a product failed ("stopped working after
two days", "arrived cracked", "the zip broke", "doesn't charge", "came with a part missing"), in
each language the checklist knows, and stays away from an order that has not come, a rude driver
or a shop that stopped answering."""

from __future__ import annotations

import pytest

from app.reply.checklist import is_product_problem

FAULTS = (
    "The kettle only lasted a week.",
    "Half the buttons don't do anything.",
    "The paint is flaking off already.",
    "The seam split the first time I wore it.",
    "The lamp packed up after a fortnight.",
    "It came with no charger and one of the legs is missing.",
    "The blender stopped after three uses.",
    "The video output failed after three weeks.",
    "It never works when I need it.",
    "The case doesn't fit.",
    "The face plate pops open by itself.",
    "I bought three chargers and none of them work.",
    "El armario venía sin una pieza.",
    "Llegó con una pieza de menos.",
    "La pantalla se quedó en negro.",
    "El asa se cayó a la semana.",
    "Il a cessé de fonctionner au bout de deux jours.",
    "La fermeture éclair a lâché.",
    "Mon téléphone ne se recharge plus.",
    "Il manquait une pièce dans le carton.",
    "L'écran est devenu noir après une heure.",
    "Nach zwei Tagen hat es aufgehört zu funktionieren.",
    "Der Reißverschluss ist beim ersten Mal abgegangen.",
    "Im Karton fehlte ein Teil.",
    "Der Schrank wurde mit einem fehlenden Teil geliefert.",
    "Der Akku hält keinen Tag.",
)

NOT_A_FAULT = (
    "Where is my order?",
    "My order still hasn't arrived.",
    "The parcel arrived two days late.",
    "You stopped replying after two days.",
    "Your staff stopped answering my emails.",
    "I froze when your manager shouted at me.",
    "Our partnership is no longer working out.",
    "We packed up and left your shop.",
    "¿Dónde está mi pedido?",
    "Dejaron de contestar mis correos.",
    "Où est ma commande ?",
    "Vous avez cessé de répondre à mes messages.",
    "Wo ist meine Bestellung?",
    "Sie haben aufgehört, auf meine E-Mails zu antworten.",
)


@pytest.mark.parametrize("text", FAULTS)
def test_a_product_fault_told_in_new_words_shows_the_box(text: str) -> None:
    assert is_product_problem(text)


@pytest.mark.parametrize("text", NOT_A_FAULT)
def test_an_order_a_person_or_a_shop_does_not(text: str) -> None:
    assert not is_product_problem(text)
