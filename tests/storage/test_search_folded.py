"""Arabic, Hebrew and Chinese words are found as the owner types them: without vowel points,
with a plain alef, inside unspaced text, full-width letters as typed, and in the words a
contact held before a correction."""

from __future__ import annotations

import re
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
ARABIC = "إذا لم تُرجِع أموالي سَأُقَاضِيكَ في المَحكَمةِ"  # "if you don't refund me I'll sue you in court"
HEBREW = "אם לא תחזירו לי את הכסף אֶתְבַּע אתכם"  # "... I will sue you"
CHINESE = "如果不退款我会起诉你们，订单号ＡＢ１２３４"


def _hits(services: Services, query: str, prefix: bool = False) -> list[tuple[int, str]]:
    return [(h.id, h.snippet) for h in services.search(query, prefix=prefix) if h.kind == "contact"]


def _ids(services: Services, query: str, prefix: bool = False) -> list[int]:
    return [contact_id for contact_id, _ in _hits(services, query, prefix)]


def _log(services: Services, customer_id: int, text: str, days: int = 0) -> int:
    return services.contacts.log(customer_id, inbound(text, AT + timedelta(days=days)))


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize(
    ("text", "typed", "shown"),
    [
        (ARABIC, "سأقاضيك", "سَأُقَاضِيكَ"),
        (ARABIC, "المحكمه", "المَحكَمةِ"),  # ة typed as ه, and its point kept in the mark
        (ARABIC, "اموالي", "أموالي"),  # أ typed as a plain alef
        (HEBREW, "אתבע", "אֶתְבַּע"),
        (CHINESE, "起诉", "起诉"),
        (CHINESE, "订单号AB1234", "订单号ＡＢ１２３４"),
        (CHINESE, "订单号ab12", "订单号ＡＢ１２"),
    ],
)
def test_a_word_is_found_as_typed_and_marked_as_written(
    services: Services, customer_id: int, text: str, typed: str, shown: str, prefix: bool
) -> None:
    wanted = _log(services, customer_id, text)
    _log(services, customer_id, "Where is my parcel?", days=1)
    [(found, snippet)] = _hits(services, typed, prefix)
    assert found == wanted
    assert f"{HIT_START}{shown}{HIT_END}" in snippet


def _corrected(services: Services, customer_id: int, first: str, now: str) -> int:
    contact_id = _log(services, customer_id, first)
    details = services.contacts.get(contact_id).details
    services.contacts.correct(contact_id, replace(details, text=now), "Pasted the wrong message")
    return contact_id


@pytest.mark.parametrize(
    ("first", "typed", "shown"),
    [(ARABIC, "سأقاضيك", "سَأُقَاضِيكَ"), (HEBREW, "אתבע", "אֶתְבַּע"), (CHINESE, "起诉", "起诉")],
)
def test_words_before_a_correction_are_found_and_said_to_be_replaced(
    services: Services, customer_id: int, first: str, typed: str, shown: str
) -> None:
    contact_id = _corrected(services, customer_id, first, "Sorry, wrong customer. 谢谢 شكرا תודה")
    _log(services, customer_id, "Where is my parcel?", days=1)
    [(found, snippet)] = _hits(services, typed)
    assert found == contact_id
    assert snippet.startswith("Since corrected; it first read: ")
    assert f"{HIT_START}{shown}{HIT_END}" in snippet
    # Found by its present words, it is shown once, as it reads now.
    for present in ("谢谢", "شكرا", "תודה"):
        [(again, now)] = _hits(services, present)
        assert again == contact_id and not now.startswith("Since corrected")


def test_present_words_are_shown_before_earlier_ones(services: Services, customer_id: int) -> None:
    contact_id = _corrected(services, customer_id, ARABIC, ARABIC + " الآن")
    [(found, snippet)] = _hits(services, "سأقاضيك")
    assert found == contact_id and not snippet.startswith("Since corrected")


def test_typed_words_must_all_be_in_one_version(services: Services, customer_id: int) -> None:
    _corrected(services, customer_id, "سَأُقَاضِيكَ", "order 1234")
    assert _ids(services, "سأقاضيك order") == []
    assert _ids(services, "سأقاضيك") != []


def test_mixed_language_text_and_queries(services: Services, customer_id: int) -> None:
    mixed = _log(services, customer_id, f"Order 1234 — {ARABIC} / {HEBREW} / {CHINESE}")
    arabic = _log(services, customer_id, ARABIC, days=1)
    latin = _log(services, customer_id, "Order 1234 is late", days=2)
    assert _ids(services, "order سأقاضيك") == [mixed]
    assert _ids(services, "سأقاضيك ord", prefix=True) == [mixed]
    assert _ids(services, "سأقاضيك אתבע 起诉") == [mixed]
    assert _ids(services, "سأقاضيك") == [arabic, mixed]
    assert _ids(services, "order") == [latin, mixed]
    assert _ids(services, "سأقاضيك refund") == []


@pytest.mark.parametrize(
    "typed",
    [
        '"سأقاضيك" NEAR(אתבע* ^起诉)',
        'سأقاضيك" OR "1=1',
        "NEAR(سأقاضيك, 3) *אתבע ^",
        '"""起诉""" "near""',
        "سأقاضيك - אתבע + 起诉 : {text} AND",
    ],
)
def test_search_syntax_typed_in_these_scripts_is_only_words(
    services: Services, customer_id: int, typed: str
) -> None:
    words = f"{ARABIC} {HEBREW} {CHINESE} near 3 text or and 1=1"
    wanted = _log(services, customer_id, words)
    _log(services, customer_id, ARABIC, days=1)
    _log(services, customer_id, f"{HEBREW} {CHINESE}", days=2)
    assert _ids(services, typed) == [wanted]
    assert _ids(services, typed, prefix=True) == [wanted]


def test_the_latest_by_date_fill_the_page(services: Services, customer_id: int) -> None:
    ids = [_log(services, customer_id, f"يوم {day}: سَأُقَاضِيكَ", days=day) for day in range(12)]
    page = services.search_page("سأقاضيك", limit=5)
    assert [hit.id for hit in page.hits] == ids[::-1][:5]
    assert page.more_contacts


def test_a_log_written_before_the_folded_copies_finds_its_words_once_up_to_date(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer_id = services.customers.add(Customer(name="Pat Example"))
    corrected = _corrected(services, customer_id, HEBREW, "Sorry, wrong customer.")
    arabic = _log(services, customer_id, ARABIC, days=1)
    services.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE contact_revisions_folded")
        raw.execute("DROP TRIGGER contact_revisions_folded_ai")
        # And their index, made after them.
        raw.execute("DROP TABLE contact_revisions_folded_fts")
        raw.execute("DROP TABLE contact_revisions_folded_fts_terms")
        raw.execute("DROP TABLE contact_revisions_folded_waiting")
        raw.execute("DROP TRIGGER contact_revisions_folded_fts_settled")
        # A log from before the copies is from before they were kept without hidden characters.
        raw.execute(
            "DELETE FROM _sqlite_migrations WHERE name IN "
            "('m680_search_folded_words', 'm710_search_folded_unhidden', "
            "'m770_search_folded_index')"
        )
    raw.close()

    services = open_services(path)
    try:
        assert _ids(services, "سأقاضيك") == [arabic]
        assert _ids(services, "אתבע") == [corrected]
        assert services.verify().ok
    finally:
        services.close()


def test_a_customer_is_found_by_a_name_or_note_as_typed(services: Services) -> None:
    services.customers.add(Customer(name="مُحَمَّد الأَحْمَد", notes="Shouted at staff"))
    services.customers.add(Customer(name="Dana Levi", notes="אָמַר שֶׁיִּתְבַּע אוֹתָנוּ"))
    services.customers.add(Customer(name="محمود", notes="Polite"))
    found = [
        (hit.customer_name, hit.snippet)
        for hit in services.search("محمد الاحمد")
        if hit.kind == "customer"
    ]
    assert found == [("مُحَمَّد الأَحْمَد", f"{HIT_START}مُحَمَّد{HIT_END} {HIT_START}الأَحْمَد{HIT_END}")]
    assert [h.customer_name for h in services.search("שיתבע")] == ["Dana Levi"]
    assert [h.customer_name for h in services.search("محمد shouted")] == ["مُحَمَّد الأَحْمَد"]
    assert services.search("محمد polite") == []
    # Every letter typed has other forms (آ, ة): nothing to look for as typed first.
    services.customers.add(Customer(name="آيَة"))
    assert [h.customer_name for h in services.search("ايه")] == ["آيَة"]


def test_a_contact_logged_first_but_dated_last_heads_the_page(
    services: Services, customer_id: int
) -> None:
    late = _log(services, customer_id, "起诉 — entered late", days=50)
    ids = [_log(services, customer_id, f"第{day}天: 我会起诉你", days=day) for day in range(12)]
    page = services.search_page("起诉", limit=5)
    assert [hit.id for hit in page.hits] == [late, *ids[::-1][:4]]
    assert page.by_date and page.more_contacts


def test_too_many_dated_later_shows_the_latest_logged(
    services: Services, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storage.search.LATER_CHECKED", 2)
    for day in range(3):
        _log(services, customer_id, "Where is my parcel?", days=50 + day)
    ids = [_log(services, customer_id, f"第{day}天: 我会起诉你", days=day) for day in range(8)]
    page = services.search_page("起诉", limit=5)
    assert [hit.id for hit in page.hits] == ids[::-1][:5]
    assert not page.by_date and page.more_contacts


def test_every_script_searched_as_written_has_folded_copies() -> None:
    # A word in a script left out would be looked for only in copies that never hold it.
    from app.core.unspaced_scripts import PREFIXED, UNSPACED
    from storage.search_folds import SCRIPTS

    kept = re.compile(SCRIPTS)
    assert all(kept.match(chr(low)) and kept.match(chr(high)) for low, high in UNSPACED + PREFIXED)


def test_a_snippet_starts_at_a_whole_word(services: Services, customer_id: int) -> None:
    _log(services, customer_id, "إِذَا لَمْ تُرْجِعْ أَمْوَالِي الآنَ سَأُقَاضِيكَ فِي المَحْكَمَةِ")
    [(_, snippet)] = _hits(services, "سأقاضيك")
    assert snippet.startswith("…أَمْوَالِي الآنَ ")


def test_latin_letters_typed_beside_chinese_find_them_written_full_width(
    services: Services, customer_id: int
) -> None:
    wanted = _log(services, customer_id, CHINESE)
    _log(services, customer_id, "我会起诉你们 order AB9999", days=1)
    assert _ids(services, "起诉 ab1234") == [wanted]
    assert _ids(services, "AB12 起诉", prefix=True) == [wanted]
    assert _ids(services, "起诉 ab12345") == []
