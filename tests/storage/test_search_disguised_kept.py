"""The versions of contacts written in disguise are kept in their search index by Steady's own
saving of each, no longer by a trigger of 95 KB that SQLite read at every opening of the log:
the rows kept are exactly those the trigger kept, and a log from before still verifies, before
its upgrade and after."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.services import Services
from storage.connection import SteadyDatabase
from storage.contacts_shown import shown_version
from storage.migrations import migrations
from storage.search_folds import disguises
from storage.upgrade_list import upgrades_made_but_unlisted
from storage.verify_checks import applied_steps
from storage.verify_schema import refusal, schema_problems
from tests.helpers.fixtures import inbound
from tests.helpers.import_fixtures import email

AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
TRIGGER = "contact_revisions_shown_fts_ai"
DROPS_IT = "m730_search_disguised_kept_by_steady"
# (summary, text) as senders write them, and as mail is written every day.
CORPUS = [
    ("", "I will k\u200bill you"),
    ("", "I will ｋｉｌｌ you"),
    ("", "I will 𝐤𝐢𝐥𝐥 you, 𝓫𝓾𝓻𝓷 it"),
    ("", "I will ⓚⓘⓛⓛ you"),
    ("", "I will ᴋɪʟʟ you"),
    ("", "I will k\u0456ll you"),
    ("", "I will k\u0336i\u0336l\u0336l\u0336 you"),
    ("", "I will ki\u00adll you \u200e"),
    ("", "Я знаю, как тебя найти"),
    ("", "Я знаю, как тебя найти\u200b"),
    ("", "Я знаю k\u0456ll, как тебя найти"),
    ("Ѕhop visit", "Он придёт завтра, рано утром"),
    ("Звонок", "He said he would ԁestroy the shop"),
    ("", "Αlpha and Ωmega, Ζeus"),
    ("", "Where is my parcel?"),
    ("", "I’m “not” happy — €5\u00a0off? ❤️ 🇬🇧 café"),
    ("€", "ｱｲｳ half-width, ﾃｽﾄ"),
    ("", "pay ｎｏｗ or €100 more"),
    ("", "k\u200bill\u200b и ｂｕｒｎ и рара"),
    ("Quote: “ａ”", "plain text"),
]


def _random_corpus(count: int) -> list[tuple[str, str]]:
    """Texts mixing every kind of character the reading tells apart, in every order."""
    read, look_alike = disguises()
    pools = [
        "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,!?'",
        "".join(read),
        "".join(look_alike),
        "бвгджзийлмнптфцчшщъыьэюяБГДЖЗИЛПФЦЧШЩЭЮЯλπσφψω",
        "’“”—–€£\u00a0❤️🇬🇧😀ｱｲｳﾃｽﾄéüñ\u0301",
    ]
    chosen = random.Random(690)
    texts = [
        "".join(
            chosen.choice(chosen.choice(pools))
            if chosen.random() < 0.3
            else chosen.choice(pools[0])
            for _ in range(chosen.randint(1, 40))
        )
        for _ in range(2 * count)
    ]
    return [(texts[at], texts[at + 1]) for at in range(0, 2 * count, 2)]


def _older_log() -> SteadyDatabase:
    """A log as the Steady before this one made it, its trigger reading each version saved."""
    db = SteadyDatabase(sqlite3.connect(":memory:"))
    for step in migrations._migrations:
        if step.name == DROPS_IT:
            break
        step.fn(db.tables)
    return db


def _kept_by_the_trigger(corpus: list[tuple[str, str]]) -> dict[int, tuple[str, str]]:
    db = _older_log()
    try:
        for at, (summary, text) in enumerate(corpus):
            db.execute(
                "INSERT INTO contact_revisions (id, contact_id, number, revised_at, occurred_at, "
                "channel, direction, summary, text, categories, severity, minutes, url, staff) "
                "VALUES (?, ?, 0, '', '', 'email', 'inbound', ?, ?, '[]', 0, 0, '', '')",
                [at, at, summary, text],
            )
        rows = db.execute("SELECT rowid, summary, text FROM contact_revisions_shown_fts")
        return {rowid: (summary, text) for rowid, summary, text in rows.fetchall()}
    finally:
        db.close()


def test_the_reading_keeps_exactly_the_rows_the_trigger_kept() -> None:
    corpus = CORPUS + _random_corpus(400)
    by_trigger = _kept_by_the_trigger(corpus)
    by_steady = {
        at: shown
        for at, (summary, text) in enumerate(corpus)
        if (shown := shown_version(summary, text)) is not None
    }
    assert by_steady == by_trigger
    # The corpus holds versions of each kind: kept and left alone.
    assert 0 < len(by_trigger) < len(corpus)
    assert {at for at in range(len(CORPUS)) if at not in by_trigger} == {8, 14, 15}


def _index(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute(
            "SELECT r.contact_id, r.number, i.summary, i.text FROM contact_revisions_shown_fts i "
            "JOIN contact_revisions r ON r.id = i.rowid ORDER BY i.rowid"
        ).fetchall()
    raw.close()
    return rows


def test_each_contact_and_correction_saved_keeps_what_the_trigger_kept(
    services: Services, customer_id: int, db_path: Path
) -> None:
    expected = []
    for days, (summary, text) in enumerate(CORPUS):
        details = inbound(text or "-", AT + timedelta(days=days), summary=summary)
        contact_id = services.contacts.log(customer_id, details)
        services.contacts.correct(contact_id, replace(details, text=text + " ｎｏｗ"), "As sent")
        for number, version in enumerate((details, replace(details, text=text + " ｎｏｗ"))):
            expected += [
                (contact_id, number, *shown)
                for shown in _kept_by_the_trigger([(version.summary, version.text)]).values()
            ]
    assert _index(db_path) == expected
    assert [hit.id for hit in services.search("kill") if hit.kind == "contact"]


def test_an_imported_mail_in_disguise_keeps_what_the_trigger_kept(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "1.eml"
    mail.write_bytes(
        bytes(email("I will ｂｕｒｎ your shop, k\u0456ll you", subject="Ｒｅｆｕｎｄ"))
    )
    db = ["--db", str(db_path)]
    assert main([*db, "customer", "add", "--name", "Rex", "--email", "angry@example.com"]) == 0
    assert main([*db, "import", str(mail), "--customer", "1"]) == 0
    capsys.readouterr()
    with sqlite3.connect(db_path) as raw:
        [(summary, text)] = raw.execute("SELECT summary, text FROM contact_revisions").fetchall()
    raw.close()
    assert "ｂｕｒｎ" in text
    assert _index(db_path) == [
        (1, 0, *shown) for shown in _kept_by_the_trigger([(summary, text)]).values()
    ]
    assert [row[3] for row in _index(db_path)] == [
        text.replace("ｂｕｒｎ", "burn").replace("k\u0456ll", "kill")
    ]


def _trigger_sql() -> str:
    db = _older_log()
    try:
        [(sql,)] = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [TRIGGER]).fetchall()
        return str(sql)
    finally:
        db.close()


def _as_before(path: Path) -> None:
    """The log as the Steady before this one left it: the trigger there, the upgrade not."""
    with sqlite3.connect(path) as raw:
        raw.execute(_trigger_sql())
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [DROPS_IT])
    raw.close()


def _schema_problems(path: Path) -> tuple[list[str], str]:
    db = SteadyDatabase(sqlite3.connect(path))
    try:
        listed, unlisted = applied_steps(db), upgrades_made_but_unlisted(db)
        return list(schema_problems(db, listed, unlisted)), refusal(db)
    finally:
        db.close()


def test_a_log_from_before_verifies_before_and_after_its_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer_id = services.customers.add(Customer(name="Pat Example"))
    first = services.contacts.log(customer_id, inbound("I will k\u200bill you", AT))
    services.close()
    _as_before(path)
    assert _schema_problems(path) == ([], "")
    kept = _index(path)

    services = open_services(path)
    try:
        assert services.read_only_reason == ""
        later = services.contacts.log(customer_id, inbound("I will ｋｉｌｌ you", AT))
        assert services.verify().ok
        assert {hit.id for hit in services.search("kill")} >= {first, later}
    finally:
        services.close()
    # Upgraded: the trigger gone, the version it kept still there, the new one kept once.
    assert _schema_problems(path) == ([], "")
    assert _index(path) == [*kept, (later, 0, "", "I will kill you")]
    with sqlite3.connect(path) as raw:
        gone = raw.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", [TRIGGER])
        assert gone.fetchone() == (0,)
    raw.close()


def test_the_trigger_put_back_after_the_upgrade_is_named_and_nothing_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.db"
    open_services(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(_trigger_sql())
    raw.close()
    problems, refused = _schema_problems(path)
    assert problems == [
        f"A trigger Steady never makes (“{TRIGGER}” on “contact_revisions”) was added outside "
        "Steady: it can change what Steady saves."
    ]
    assert TRIGGER in refused
    services = open_services(path)
    try:
        assert TRIGGER in services.read_only_reason
    finally:
        services.close()
