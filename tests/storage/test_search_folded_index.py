"""A log of an Arabic or Chinese shop: a word or a number the owner types is found by the index
of the folded copies' three-letter pieces, reading only the copies that hold it, and what is
found is exactly what reading every copy found, in a log of numbers, Arabic, Chinese, Hebrew,
half-width katakana and words in disguise, corrected, pasted with a NUL, dated out of order."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.services import Services
from storage import search_folded_index, search_numbers, written_words_within
from storage.connection import SteadyDatabase
from storage.schema_expected import FOLDED_WORDS, FOLDED_WORDS_INDEX
from storage.search_folded import folded_contacts
from storage.search_numbers import numbers_written_otherwise
from storage.search_read_folds import fold_read
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
ARABIC = "سأقاضيك غدا طلبي أين المحل الشرطة محامي رقم اتصل إلى مُحَامٍ".split()
CHINESE = "我会 起诉 你 订单 退款 在哪里 商店 警察 律师 电话 号".split()
HEBREW = "אני אתבע אתכם למשטרה הזמנה איפה".split()
KANA = ["ﾊﾞｶ", "ｶﾀｶﾅ", "バカ", "ありがとう"]
DISGUISED = ["k\u200bill", "ｂｕｒｎ", "𝐤𝐢𝐥𝐥", "lawyer"]
DIGITS = [
    str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    str.maketrans("0123456789", "０１２３４５６７８９"),
    str.maketrans("", ""),
]
NUMBERS = ["4471", "0412 555 019", "04 12 55 50 19", "(04) 12.555/019", "44712", "2026", "555"]
# Typed letter by letter, then whole.
QUERIES = [
    "سأقاضيك",
    "الشرطة",
    "محامي",
    "ش",
    "起诉",
    "律师函",
    "我会起诉你",
    "אתבע",
    "משטרה",
    "バカ",
    "4471",
    "0412 555 019",
    "订单 4471",
    "order 4471",
    "٤٤٧١",
    "kill 起诉",
    "burn",
    "消费者协会",
    "محكمه",
    "المحكمة",
]


def _text(rng: random.Random) -> str:
    words, space = rng.choice(
        [(ARABIC, " "), (ARABIC, " "), (CHINESE, ""), (CHINESE, ""), (HEBREW, " "), (KANA, "")]
    )
    pieces = [rng.choice(words) for _ in range(rng.randint(1, 8))]
    if rng.random() < 0.6:
        number = rng.choice(NUMBERS).translate(rng.choice(DIGITS))
        pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(["", "order ", "订单"]) + number)
    if rng.random() < 0.2:
        pieces.insert(rng.randrange(len(pieces) + 1), f" {rng.choice(DISGUISED)} ")
    text = space.join(pieces)
    if rng.random() < 0.05:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + "\0" + text[at:]
    return text


def _mixed_log(services: Services, contacts: int = 160) -> None:
    rng = random.Random(17)
    customers = [services.customers.add(Customer(name=f"Customer {n}")) for n in range(4)]
    for n in range(contacts):
        # Mostly in order of date, some logged days late.
        at = AT + timedelta(hours=n) - timedelta(days=rng.choice([0] * 8 + [3, 40]))
        details = inbound(_text(rng), at, summary=_text(rng) if rng.random() < 0.2 else "")
        contact = services.contacts.log(rng.choice(customers), details)
        if rng.random() < 0.1:
            services.contacts.correct(contact, inbound(_text(rng), at), reason="Wrong text")


def _typed(query: str) -> list[tuple[str, bool]]:
    return [(query[:end], True) for end in range(1, len(query) + 1)] + [(query, False)]


def test_what_is_found_is_what_reading_every_copy_found(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mixed_log(services)
    # A copy folded again long after it was written, one removed: they leave the index.
    db = services.store.db  # type: ignore[attr-defined]
    copies = [row[0] for row in db.execute(f"SELECT id FROM {FOLDED_WORDS} ORDER BY id")]
    db.execute(
        f"UPDATE {FOLDED_WORDS} SET text = ? WHERE id = ?",
        [fold_read("المحكمة ٠٤١٢ 0412 555 019"), copies[5]],
    )
    db.execute(f"DELETE FROM {FOLDED_WORDS} WHERE id = ?", [copies[9]])
    looked_up: list[str] = []
    index_read = search_folded_index.indexed

    def read(*args: Any, **kwargs: Any) -> str | None:
        found = index_read(*args, **kwargs)
        if found:
            looked_up.append(found)
        return found

    def every_copy_read(*args: Any, **kwargs: Any) -> None:
        return None

    # A word of one or two letters looked for in the index's pieces past the newest copies.
    monkeypatch.setattr(search_folded_index, "READ_FIRST", 20)
    pages = {}
    for query in QUERIES:
        for typed, prefix in _typed(query):
            for limit in (3, 100):
                monkeypatch.setattr(search_folded_index, "indexed", read)
                monkeypatch.setattr(search_numbers, "indexed", read)
                found = services.search_page(typed, limit, prefix)
                monkeypatch.setattr(search_folded_index, "indexed", every_copy_read)
                monkeypatch.setattr(search_numbers, "indexed", every_copy_read)
                assert services.search_page(typed, limit, prefix) == found, (typed, limit)
                pages[typed, prefix, limit] = found
    # The index was asked, and the log is one where much is found.
    assert len(looked_up) > 100
    assert sum(len(page.hits) for page in pages.values()) > 2000
    assert all(not page.hits for (typed, _, _), page in pages.items() if typed == "消费者协会")
    assert [hit.kind for hit in pages["المحكمة", False, 100].hits] == ["contact"]


def _copies(path: Path, count: int) -> None:
    """`count` folded copies of an Arabic shop's contacts, each with a number, straight into
    the log: the index is kept by their triggers."""
    rng = random.Random(3)
    with sqlite3.connect(path) as raw:
        raw.executemany(
            f"INSERT INTO {FOLDED_WORDS} (id, contact_id, summary, text) VALUES (?, ?, '', ?)",
            [
                (
                    at,
                    at,
                    " ".join(rng.choice(ARABIC[:9]) for _ in range(20))
                    + f" {rng.randint(100, 9999)} "
                    + " ".join(rng.choice(ARABIC[:9]) for _ in range(10)),
                )
                for at in range(1000, 1000 + count)
            ],
        )
    raw.close()


def _before_the_index(path: Path) -> None:
    """The log as a Steady before the index left it."""
    with sqlite3.connect(path) as raw:
        for made in ("ai", "ad", "au", "settled"):
            raw.execute(f"DROP TRIGGER {FOLDED_WORDS_INDEX}_{made}")
        raw.execute(f"DROP TABLE {FOLDED_WORDS_INDEX}")
        raw.execute(f"DROP TABLE {search_folded_index.TERMS}")
        raw.execute(f"DROP TABLE {written_words_within.WAITING}")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm770_search_folded_index'")
    raw.close()


def _steps(db: SteadyDatabase, look: Any) -> tuple[object, int]:
    """What `look` found, and the steps SQLite took for it (not a time: the same each run)."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    db.conn.set_progress_handler(count, 1)
    try:
        return look(), steps[0]
    finally:
        db.conn.set_progress_handler(None, 1)


def test_a_rare_word_or_number_reads_only_the_copies_that_hold_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.db"
    open_services(path).close()
    copies = 10_000
    _copies(path, copies)
    # Indexed as a log from before the index is brought up to date.
    _before_the_index(path)
    open_services(path).close()
    db = SteadyDatabase(sqlite3.connect(path))
    try:
        found, steps = _steps(db, lambda: folded_contacts(db, ["المحكمة"], None, 100, 2000, []))
        assert found == ([], {}, True)
        assert steps < copies / 2
        found, steps = _steps(
            db, lambda: numbers_written_otherwise(db, "0412 555 019", False, set(), 100)
        )
        assert found == {}
        assert steps < copies / 2
        found, steps = _steps(db, lambda: numbers_written_otherwise(db, "77777", False, set(), 100))
        assert found == {}
        assert steps < copies / 2
        # A word of two letters too, in none of them, once the newest copies are read.
        monkeypatch.setattr(search_folded_index, "READ_FIRST", 100)
        found, steps = _steps(db, lambda: folded_contacts(db, ["قح"], None, 100, 2000, []))
        assert found == ([], {}, True)
        assert steps < copies / 2
    finally:
        db.close()


def test_a_log_brought_up_to_date_has_every_copy_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    _mixed_log(services, contacts=40)
    expected = {
        (typed, prefix): services.search_page(typed, 100, prefix)
        for query in QUERIES
        for typed, prefix in _typed(query)
    }
    services.close()
    _before_the_index(path)

    # A few copies at a time, as a large log is.
    monkeypatch.setattr(written_words_within, "BATCH", 3)
    monkeypatch.setattr(search_folded_index, "READ_FIRST", 5)
    services = open_services(path)
    try:
        for (typed, prefix), page in expected.items():
            assert services.search_page(typed, 100, prefix) == page, typed
        assert services.verify().ok
    finally:
        services.close()
    with sqlite3.connect(path) as raw:
        indexed = raw.execute(f"SELECT count(*) FROM {FOLDED_WORDS_INDEX}_docsize").fetchone()[0]
        assert indexed == raw.execute(f"SELECT count(*) FROM {FOLDED_WORDS}").fetchone()[0] > 30
    raw.close()


def test_a_log_read_only_from_before_the_index_finds_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read through a copy in memory made at every opening: its copies are read, not indexed."""
    path = tmp_path / "shop.db"
    services = open_services(path)
    _mixed_log(services, contacts=40)
    expected = {
        (typed, prefix): services.search_page(typed, 100, prefix)
        for query in QUERIES
        for typed, prefix in _typed(query)
    }
    services.close()
    _before_the_index(path)
    before = path.read_bytes()
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    # A word of one or two letters looked for in the index's pieces, in a small log too.
    monkeypatch.setattr(search_folded_index, "READ_FIRST", 5)
    services = open_services(path)
    try:
        assert services.read_only
        for (typed, prefix), page in expected.items():
            assert services.search_page(typed, 100, prefix) == page, typed
        assert services.verify().ok
    finally:
        services.close()
    assert path.read_bytes() == before
