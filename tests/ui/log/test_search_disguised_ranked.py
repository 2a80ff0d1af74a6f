"""A customer who writes their name in disguise is the one the owner is looking for: among
many plain matches, the search dialog shows them where their name's match puts them, the exact
name first, not below every plain match and off the first page."""

from __future__ import annotations

from app.core.domain import Customer
from app.services import Services
from ui.log.search_dialog import SearchDialog

STREETS = [f"{n} Mill" for n in range(1, 26)]
# A shop's other customers: with them the plain matches weigh as they do in an everyday log.
OTHERS = [f"Ann Lee {n}" for n in range(60)]


def _everyday_log(services: Services) -> None:
    for name in OTHERS:
        services.customers.add(Customer(name=name))


def _customer_rows(qtbot, services: Services, typed: str) -> list[str]:
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText(typed)
    dialog.run_search()
    rows = (dialog.model.index(row).data() for row in range(dialog.model.rowCount()))
    return [row for row in rows if row.startswith("Customer: ")]


def test_a_disguised_exact_name_comes_first_among_25_plain_matches(
    qtbot, services: Services
) -> None:
    _everyday_log(services)
    services.customers.add(Customer(name="Ｊｏｈｎ Ｓｍｉｔｈ", notes="Threatened staff"))
    for street in STREETS:
        services.customers.add(Customer(name=f"John Smith {street}", notes="Regular"))
    for typed in ("john smith", "John Smith", "john smi"):
        rows = _customer_rows(qtbot, services, typed)
        assert len(rows) == 20
        assert "Ｊｏｈｎ Ｓｍｉｔｈ" in rows[0], typed
        assert not any("Ｊｏｈｎ" in row for row in rows[1:])


def test_disguised_names_are_ranked_among_plain_ones_by_their_match(
    qtbot, services: Services
) -> None:
    _everyday_log(services)
    services.customers.add(Customer(name="Jo\u200bhn Smith Sr"))
    for street in STREETS:
        services.customers.add(Customer(name=f"John Smith {street}"))
    services.customers.add(Customer(name="John Smith"))
    services.customers.add(Customer(name="\u0408ohn Smith"))  # a Cyrillic Ј
    services.customers.add(Customer(name="Mary Smith", notes="Sister of John"))
    rows = _customer_rows(qtbot, services, "john smith")
    names = [row.removeprefix("Customer: ").split("\n")[0] for row in rows]
    # The exact names first (the newer first), then the one with a word more, then the rest.
    assert [name.strip("\u2068\u2069") for name in names[:3]] == [
        "\u0408ohn Smith",
        "John Smith",
        "Jo\u200bhn Smith Sr",
    ]
    assert all("Mill" in name for name in names[3:])
