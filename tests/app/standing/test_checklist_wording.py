"""The blocking checklist keeps every line the owner writes, in any script, and a line reworded
in Settings keeps the blocks ticked for it."""

from __future__ import annotations

from datetime import timedelta

from app.services import Services
from app.standing.blocking import checklist_items
from tests.helpers.fixtures import FakeClock, inbound

SCRIPTS = (
    "חסימה בדוא״ל\n"
    "חסימת טלפון\n"
    "פייסבוק: חסימה ודיווח\n"
    "Заблокировать телефон\n"
    "屏蔽电话\n"
    "Instagram: block and report"
)


def _shown(services: Services, customer_id: int) -> list[tuple[str, bool, str]]:
    return [
        (state.item.label, state.done, state.reference)
        for state in services.blocking.states(customer_id)
    ]


def _key(services: Services, label: str) -> str:
    return next(item.key for item in services.blocking.items() if item.label == label)


def test_every_line_in_any_script_is_a_place_of_its_own(
    services: Services, customer_id: int
) -> None:
    services.settings.update({"blocking_checklist": SCRIPTS})
    assert [label for label, _, _ in _shown(services, customer_id)] == SCRIPTS.splitlines()
    services.blocking.tick(customer_id, _key(services, "Заблокировать телефон"), reference="R1")
    services.blocking.tick(customer_id, _key(services, "屏蔽电话"), reference="R2")
    assert [done for _, done, _ in _shown(services, customer_id)] == [
        False, False, False, True, True, False
    ]  # fmt: skip


def test_lines_differing_only_in_case_or_spacing_are_one_place(services: Services) -> None:
    items = checklist_items(
        "Phone block\nphone  BLOCK\nЗаблокировать телефон\nзаблокировать ТЕЛЕФОН"
    )
    assert [item.label for item in items] == ["Phone block", "Заблокировать телефон"]
    # A Latin line keeps the key an earlier Steady gave it, so its ticks still show.
    assert checklist_items("Réseaux: bloquer")[0].key == "reseaux-bloquer"


def test_a_reworded_line_keeps_its_ticks(services: Services, customer_id: int) -> None:
    services.settings.update(
        {"blocking_checklist": "Helpdesk or email block\nPhone block\nFacebook: block and report"}
    )
    services.blocking.tick(
        customer_id, "phone-block", why="17 calls in a day", reference="carrier ticket 5512"
    )
    services.settings.update(
        {
            "blocking_checklist": "Helpdesk or email block\nPhone: block the number\n"
            "Facebook: block and report"
        }
    )
    assert _shown(services, customer_id)[1] == (
        "Phone: block the number",
        True,
        "carrier ticket 5512",
    )
    # Reworded twice, and into Hebrew: still the same tick.
    services.settings.update(
        {"blocking_checklist": "Helpdesk or email block\nחסימת טלפון\nFacebook: block and report"}
    )
    assert _shown(services, customer_id)[1] == ("חסימת טלפון", True, "carrier ticket 5512")


def test_unticking_a_reworded_line_ends_the_block(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    services.settings.update({"blocking_checklist": "Phone block"})
    services.blocking.tick(customer_id, "phone-block", when=clock() - timedelta(days=10))
    services.settings.update({"blocking_checklist": "Phone: block the number"})
    clock.now -= timedelta(days=7)
    services.blocking.untick(customer_id, "phone-block-the-number", why="Wrong customer")
    clock.now += timedelta(days=7)
    services.contacts.log(customer_id, inbound("A normal question", clock() - timedelta(days=2)))
    assert _shown(services, customer_id) == [("Phone: block the number", False, "")]
    assert services.assessor.view(customer_id).after_block == 0


def test_a_removed_line_takes_no_other_lines_ticks(services: Services, customer_id: int) -> None:
    services.settings.update({"blocking_checklist": "Phone block\nFacebook: block and report"})
    services.blocking.tick(customer_id, "phone-block", reference="carrier ticket 5512")
    services.settings.update(
        {"blocking_checklist": "Facebook: block and report\nX / Twitter: block\nInstagram"}
    )
    assert all(not done for _, done, _ in _shown(services, customer_id))


def test_a_line_in_another_language_is_logged_as_the_block_it_names() -> None:
    kinds = [item.kind.value for item in checklist_items(SCRIPTS)]
    assert kinds[:5] == [
        "block-email",
        "block-phone",
        "block-facebook",
        "block-phone",
        "block-phone",
    ]
