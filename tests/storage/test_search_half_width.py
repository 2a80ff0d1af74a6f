"""A customer writes Japanese in half-width katakana (ｶﾀｶﾅ, ﾊﾞｶ), the same words on screen as
the full-width katakana an owner's keyboard types, but other characters, used to slip past
filters. The owner typing カタカナ finds them, marked as written; and a log brought up to date
finds those it already held."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
# What the customer wrote, what the owner types, and the snippet the owner sees.
WRITTEN = {
    "plain kana": ("ｷﾞﾝｺｳ に言うぞ", "ギンコウ", "[ｷﾞﾝｺｳ] に言うぞ"),
    "voiced kana": ("ﾊﾞｶ な店だ", "バカ", "[ﾊﾞｶ] な店だ"),
    "half-voiced kana": ("ﾎﾟｲﾝﾄ 返せ", "ポイント", "[ﾎﾟｲﾝﾄ] 返せ"),
    "inside kanji": ("弁護士にｿｳﾀﾞﾝします", "ソウダン", "弁護士に[ｿｳﾀﾞﾝ]します"),
    "beside English": ("you are ﾊﾞｶ and I will sue", "バカ", "you are [ﾊﾞｶ] and I will sue"),
    "half and full mixed": ("ﾍﾝｷﾝしろ、ヘンキン", "ヘンキン", "[ﾍﾝｷﾝ]しろ、[ヘンキン]"),
}


def _snippets(services: Services, query: str, prefix: bool = False) -> list[str]:
    return [
        hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]")
        for hit in services.search(query, prefix=prefix)
        if hit.kind == "contact"
    ]


@pytest.mark.parametrize("how", list(WRITTEN))
def test_full_width_katakana_finds_half_width(
    services: Services, customer_id: int, how: str
) -> None:
    written, typed, shown = WRITTEN[how]
    services.contacts.log(customer_id, inbound("ｷﾝｺｳ ﾊｶ ﾎｲﾝﾄ ｿｳﾀﾝ ﾍﾝ", AT))
    services.contacts.log(customer_id, inbound(written, AT))
    assert _snippets(services, typed) == [shown]
    assert len(_snippets(services, typed[:-1], prefix=True)) >= 1


def test_a_customer_named_in_half_width_is_found(services: Services) -> None:
    services.customers.add(Customer(name="ﾔﾏﾀﾞ ﾀﾛｳ"))
    services.customers.add(Customer(name="ヤマモト"))
    found = [hit.title for hit in services.search("ヤマダ") if hit.kind == "customer"]
    assert found == ["ﾔﾏﾀﾞ ﾀﾛｳ"]


def test_a_log_brought_up_to_date_finds_what_it_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storage.written_words_wide.BATCH", 2)  # several batches
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer = services.customers.add(Customer(name="Pat"))
    for written, _typed, _shown in WRITTEN.values():
        services.contacts.log(customer, inbound(written, AT))
    services.close()
    # As the Steady before kept them: the copies folded by the trigger, kana as written.
    with sqlite3.connect(path) as raw:
        for revision, summary, text in raw.execute(
            "SELECT id, summary, text FROM contact_revisions"
        ).fetchall():
            raw.execute(
                "UPDATE contact_revisions_folded SET summary = ?, text = ? WHERE id = ?",
                [summary.lower(), text.lower(), revision],
            )
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm760_search_half_width_read'")
    raw.close()

    services = open_services(path)
    try:
        for _written, typed, shown in WRITTEN.values():
            assert shown in _snippets(services, typed)
        assert services.verify().ok
    finally:
        services.close()
