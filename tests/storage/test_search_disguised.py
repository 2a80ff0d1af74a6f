"""The owner searching "kill" or "burn" finds the contacts where the sender wrote them in
disguise, as the threat check reads them (app/core/shown_text.py): a zero-width space inside
the word, full-width or "fancy text" letters, a Cyrillic letter that looks Latin, a
strike-through typed as marks. A log written before finds them once brought up to date, and
its contacts and ledger are unchanged."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
DISGUISED = {
    "zero-width space": "I will k\u200bill you",
    "soft hyphen": "I will ki\u00adll you",
    "full-width": "I will ｋｉｌｌ you",
    "mathematical bold": "I will 𝐤𝐢𝐥𝐥 you",
    "circled": "I will ⓚⓘⓛⓛ you",
    "small capitals": "I will ᴋɪʟʟ you",
    "Cyrillic look-alike": "I will k\u0456ll you",
    "struck through": "I will k\u0336i\u0336l\u0336l\u0336 you",
    "direction mark": "I will k\u200eill you",
}


def _log(services: Services, customer_id: int, text: str, days: int = 0) -> int:
    return services.contacts.log(customer_id, inbound(text, AT + timedelta(days=days)))


def _hits(services: Services, query: str, prefix: bool = False) -> list[tuple[int, str]]:
    return [(h.id, h.snippet) for h in services.search(query, prefix=prefix) if h.kind == "contact"]


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize("how", list(DISGUISED))
def test_a_word_written_in_disguise_is_found_and_shown_as_read(
    services: Services, customer_id: int, how: str, prefix: bool
) -> None:
    wanted = _log(services, customer_id, DISGUISED[how])
    _log(services, customer_id, "Where is my parcel?", days=1)
    _log(services, customer_id, "Your staff have no skill at all", days=2)
    assert _hits(services, "kill", prefix) == [(wanted, f"I will {HIT_START}kill{HIT_END} you")]


def test_full_width_burn_is_found_by_burn(services: Services, customer_id: int) -> None:
    wanted = _log(services, customer_id, "I will ｂｕｒｎ your shop down")
    assert [found for found, _ in _hits(services, "burn")] == [wanted]
    assert [found for found, _ in _hits(services, "bur", prefix=True)] == [wanted]


def test_plain_and_disguised_are_found_together_latest_first(
    services: Services, customer_id: int
) -> None:
    plain = _log(services, customer_id, "I will kill you", days=0)
    hidden = _log(services, customer_id, DISGUISED["zero-width space"], days=2)
    wide = _log(services, customer_id, DISGUISED["full-width"], days=1)
    assert [found for found, _ in _hits(services, "kill")] == [hidden, wide, plain]


def test_russian_and_greek_words_are_left_as_written(services: Services, customer_id: int) -> None:
    # "как" is written in letters that look Latin, but in a Russian word they are Russian.
    russian = _log(services, customer_id, "Я знаю, как тебя найти\u200b")
    assert _hits(services, "kak") == []
    assert [found for found, _ in _hits(services, "как")] == [russian]


def test_words_in_disguise_before_a_correction_are_said_to_be_replaced(
    services: Services, customer_id: int
) -> None:
    contact_id = _log(services, customer_id, DISGUISED["zero-width space"])
    details = services.contacts.get(contact_id).details
    services.contacts.correct(contact_id, replace(details, text="Sorry, wrong customer."), "Typo")
    [(found, snippet)] = _hits(services, "kill")
    assert found == contact_id
    assert snippet == f"Since corrected; it first read: I will {HIT_START}kill{HIT_END} you"


def test_a_log_written_before_finds_its_disguised_words_once_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer_id = services.customers.add(Customer(name="Pat Example"))
    ids = {how: _log(services, customer_id, text, days) for days, (how, text) in
           enumerate(DISGUISED.items())}  # fmt: skip
    services.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE contact_revisions_shown_fts")
        raw.execute(
            "DELETE FROM _sqlite_migrations WHERE name IN "
            "('m690_search_disguised_words', 'm730_search_disguised_kept_by_steady')"
        )
    raw.close()

    before = _contents(path)
    services = open_services(path)
    try:
        assert sorted(found for found, _ in _hits(services, "kill")) == sorted(ids.values())
        assert services.verify().ok
    finally:
        services.close()
    assert _contents(path) == before


def _contents(path: Path) -> list[object]:
    """The contacts, every version of them and the ledger, byte for byte."""
    with sqlite3.connect(path) as raw:
        rows = [
            raw.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("contacts", "contact_revisions", "ledger")
        ]
    raw.close()
    return rows


def test_everyday_mail_is_not_kept_a_second_time(
    services: Services, customer_id: int, db_path: Path
) -> None:
    # Curly quotes, dashes, the euro, a no-break space and emoji are how mail is written.
    _log(services, customer_id, "I’m “not” happy — €5\u00a0off? ❤️ 🇬🇧 café")
    disguised = _log(services, customer_id, "I will ԁestroy your shop")
    with sqlite3.connect(db_path) as raw:
        kept = raw.execute("SELECT rowid, text FROM contact_revisions_shown_fts").fetchall()
    raw.close()
    revision = services.store.contacts.revision_row_id(disguised, 0)
    assert kept == [(revision, "I will destroy your shop")]
