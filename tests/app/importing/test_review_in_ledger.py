"""Keeping or clearing a suggested category is a ledger entry, and the suggestions are checked
by `verify`: a status, a row added or a row removed with sqlite3 is named, never passed."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Category
from app.core.ports import Store
from app.importing.records import CategorySuggestion
from tests.helpers.packet_fixtures import pdf_text
from tests.helpers.waiting_suggestions import customer_with_waiting

CHANGED = (
    "The review of contact 1's suggested categories was changed outside Steady (suggestion 1 "
    "no longer matches its ledger entry)."
)


@pytest.fixture
def log(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A log whose one message Steady's word check flagged, the suggestion still waiting."""
    services = open_services(db_path)
    try:
        services.settings.update({"business_name": "Larkspur Lamps", "owner_name": "Jo Ellis"})
        customer_with_waiting(services)
    finally:
        services.close()
    capsys.readouterr()
    return db_path


def _sql(db_path: Path, sql: str) -> None:
    conn = sqlite3.connect(db_path)
    conn.executescript(sql)
    conn.close()


def _verify(db_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["--db", str(db_path), "verify", "--json"])
    return code, json.loads(capsys.readouterr().out)["problems"]


def _entries(db_path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT action, detail FROM ledger WHERE entity = 'category_suggestion' ORDER BY seq"
    ).fetchall()
    conn.close()
    return rows


def test_keeping_a_suggestion_is_a_ledger_entry_and_verifies(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert [action for action, _ in _entries(log)] == ["category_suggestion.made"]
    assert main(["--db", str(log), "review", "1", "--contact", "1", "--keep", "threat-legal"]) == 0
    actions = [action for action, _ in _entries(log)]
    assert actions == ["category_suggestion.made", "category_suggestion.kept"]
    assert json.loads(_entries(log)[-1][1]) == {
        "category": "threat-legal",
        "contact_id": 1,
        "status": "confirmed",
    }
    assert _verify(log, capsys) == (0, [])


def test_a_guess_turned_into_the_owners_flag_with_sqlite3_is_named(
    log: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged = tmp_path / "forged.db"
    shutil.copy(log, forged)
    _sql(forged, "UPDATE category_suggestions SET status = 'confirmed';")
    assert _verify(forged, capsys) == (1, [CHANGED])
    out = tmp_path / "p.pdf"
    main(["--db", str(forged), "packet", "1", "--kind", "legal", "--out", str(out)])
    assert "This log does NOT verify" in " ".join(pdf_text(out.read_bytes()))


def test_a_kept_flag_disowned_with_sqlite3_is_named(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(log), "review", "1", "--contact", "1", "--keep", "threat-legal"]) == 0
    # The hostile variant: back to "not reviewed", with the guard that refuses it removed.
    _sql(
        log,
        "DROP TRIGGER category_suggestions_reviewed_once;"
        "UPDATE category_suggestions SET status = 'suggested';",
    )
    code, problems = _verify(log, capsys)
    assert code == 1 and CHANGED in problems


def test_a_suggestion_added_or_removed_with_sqlite3_is_named(
    log: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    added = tmp_path / "added.db"
    shutil.copy(log, added)
    _sql(
        added,
        "INSERT INTO category_suggestions (contact_id, category, words, status) "
        """VALUES (1, 'threat-physical', '["hurt"]', 'confirmed');""",
    )
    code, problems = _verify(added, capsys)
    assert code == 1
    assert (
        "A suggested category on contact 1's message (suggestion 2) was added outside Steady "
        "(it has no ledger entry)." in problems
    )
    _sql(log, "DROP TRIGGER category_suggestions_no_delete; DELETE FROM category_suggestions;")
    code, problems = _verify(log, capsys)
    assert code == 1
    assert (
        "A suggested category on contact 1's message (suggestion 1) was removed outside Steady."
        in problems
    )


def test_the_guards_refuse_a_second_review_or_a_deletion(log: Path) -> None:
    _sql(log, "UPDATE category_suggestions SET status = 'cleared';")  # a first review passes
    for sql in (
        "UPDATE category_suggestions SET status = 'confirmed';",
        "DELETE FROM category_suggestions;",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="evidence is read-only"):
            _sql(log, sql)


def test_a_log_from_before_keeps_its_reviews_and_says_they_predate_the_ledger(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import app.importing.review as review
    import app.importing.typed_words as typed_words
    from storage.schema_core import migrations

    # A log as the previous version of Steady wrote it: no ledger entries for suggestions.
    def unrecorded(store: Store, contact_id: int, category: object, words: object, status: str):
        return store.imports.add_suggestion(contact_id, category, words)  # type: ignore[arg-type]

    def settle(store: Store, suggestion: CategorySuggestion, keep: bool) -> None:
        store.imports.set_suggestion_status(suggestion.id, "confirmed" if keep else "cleared")

    # Its upgrades end before the suggestions' one: every later one came after it.
    names = [step.name for step in migrations._migrations]
    steps = migrations._migrations[: names.index("m610_suggestion_reviews")]
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "_migrations", steps)
        patched.setattr(typed_words, "add_suggestion", unrecorded)
        patched.setattr(review, "settle_suggestion", settle)
        services = open_services(db_path)
        customer_with_waiting(services)
        customer_with_waiting(services, "Una Other")
        review.SuggestionReview(services.store).decide(1, keep={Category.THREAT_LEGAL})
        services.close()
    conn = sqlite3.connect(db_path)
    before = conn.execute("SELECT id, status FROM category_suggestions ORDER BY id").fetchall()
    conn.close()
    assert before == [(1, "confirmed"), (2, "suggested")]

    assert _verify(db_path, capsys) == (0, [])  # brought up to date on opening
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT id, status FROM category_suggestions").fetchall() == before
    conn.close()
    assert [(action, json.loads(detail)) for action, detail in _entries(db_path)] == [
        (
            "category_suggestion.recorded",
            {
                "category": "threat-legal",
                "contact_id": 1,
                "status": "confirmed",
                "reviewed_before_ledger": True,
            },
        ),
        (
            "category_suggestion.recorded",
            {
                "category": "threat-legal",
                "contact_id": 2,
                "status": "suggested",
                "reviewed_before_ledger": False,
            },
        ),
    ]
    _sql(db_path, "UPDATE category_suggestions SET status = 'confirmed' WHERE id = 2;")
    code, problems = _verify(db_path, capsys)
    assert code == 1
    assert problems == [CHANGED.replace("contact 1's", "contact 2's").replace("n 1 ", "n 2 ")]


def test_a_suggestion_added_with_sqlite3_is_not_kept_by_steady(
    log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        log,
        "INSERT INTO category_suggestions (contact_id, category, words, status) "
        """VALUES (1, 'threat-physical', '["hurt"]', 'suggested');""",
    )
    capsys.readouterr()
    code = main(["--db", str(log), "review", "1", "--contact", "1", "--keep", "threat-physical"])
    assert code != 0
    assert "was added outside Steady" in capsys.readouterr().err
    assert [action for action, _ in _entries(log)] == ["category_suggestion.made"]
    code, problems = _verify(log, capsys)
    assert code == 1
    assert (
        "A suggested category on contact 1's message (suggestion 2) was added outside Steady "
        "(it has no ledger entry)." in problems
    )
