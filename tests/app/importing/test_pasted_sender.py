"""A pasted thread goes to the customer whose address sent it, as a dropped email does: never,
without asking, to whichever customer's page happened to be open."""

from __future__ import annotations

from app.core.domain import Customer
from app.services import Services

DANA = (
    "From: Dana Whitlock <dana.w@example.com>\n"
    "Sent: Friday, November 27, 2026 4:05 PM\n"
    "To: shop@bakers.example\n"
    "Subject: RE: your order\n\n"
    "I am DONE waiting. Refund me today.\n"
)
OURS_THEN_DANA = (
    "From: Bakers <shop@bakers.example>\n"
    "Sent: Friday, November 27, 2026 4:10 PM\n"
    "To: Dana Whitlock <dana.w@example.com>\n"
    "Subject: RE: your order\n\n"
    "We are looking into it.\n\n"
    "From: Dana Whitlock <dana.w@example.com>\n"
    "Sent: Friday, November 27, 2026 4:05 PM\n"
    "To: shop@bakers.example\n"
    "Subject: your order\n\n"
    "Where is it?\n"
)


def test_a_paste_from_another_customer_is_asked_about_not_logged_under_the_one_on_screen(
    services: Services,
) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed", emails=("v@vexed.example",)))
    dana = services.customers.add(Customer(name="Dana Whitlock", emails=("dana.w@example.com",)))
    customer, ask = services.imports.whose_pasted(DANA, victor)
    assert customer is None and ask is not None
    assert (ask.key, ask.name, ask.on_screen, ask.known_as) == (
        "dana.w@example.com",
        "Dana Whitlock",
        victor,
        dana,
    )
    assert ask.label == "Pasted text from Dana Whitlock <dana.w@example.com>"


def test_a_paste_from_a_stranger_while_a_customer_is_on_screen_is_asked_about(
    services: Services,
) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed", emails=("v@vexed.example",)))
    customer, ask = services.imports.whose_pasted(DANA, victor)
    assert customer is None and ask is not None
    assert (ask.key, ask.name, ask.on_screen, ask.known_as) == (
        "dana.w@example.com",
        "Dana Whitlock",
        victor,
        None,
    )


def test_a_paste_goes_straight_to_the_customer_it_is_from(services: Services) -> None:
    dana = services.customers.add(Customer(name="Dana Whitlock", emails=("dana.w@example.com",)))
    assert services.imports.whose_pasted(DANA, dana) == (dana, None)
    assert services.imports.whose_pasted(DANA, None) == (dana, None)  # nobody on screen


def test_words_with_no_sender_go_to_the_customer_on_screen(services: Services) -> None:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    assert services.imports.whose_pasted("you will regret this", victor) == (victor, None)
    customer, ask = services.imports.whose_pasted("you will regret this", None)
    assert customer is None and ask is not None and ask.key == "" and ask.label == "Pasted text"


def test_the_business_own_message_on_top_of_a_thread_is_not_taken_for_the_sender(
    services: Services,
) -> None:
    services.settings.update({"business_email": "shop@bakers.example"})
    dana = services.customers.add(Customer(name="Dana Whitlock", emails=("dana.w@example.com",)))
    assert services.imports.whose_pasted(OURS_THEN_DANA, None) == (dana, None)
