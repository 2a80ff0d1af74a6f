"""The file's own list of the upgrades made to it (`_sqlite_migrations`) decides which ones run
when a log opens, and no ledger entry covers it: a row removed from it outside Steady would run
an upgrade a second time. Most would fail on what they made the first time; one that records
what a table holds would write the table's hand-edited rows into the ledger as if Steady had
always known them so.

An upgrade missing from the list that the file shows was made (what it makes is there, its
ledger entries are, or an upgrade that came after it in every Steady was made) is not run
again: the log opens without being written to, and verify names the changed list.
"""

from __future__ import annotations

from app.core.errors import StorageError
from storage.connection import SteadyDatabase
from storage.schema_expected import INDEXES, STEPS, TABLES, TRIGGERS
from storage.verify_checks import applied_steps, missing_tables, table_columns

# Upgrades that record in the ledger what a table already holds, with the entity they record.
# Only a file from before such an upgrade may have it run: it has no entries of that entity,
# and none of the upgrades that came after it in Steady's history.
RECORDS_WHAT_IS_HELD = {"m610_suggestion_reviews": "category_suggestion"}
# Upgrades that only add a column to a table Steady made before, with the column they add.
ADDS_COLUMN = {"m500_reply_language": ("replies", "language")}


# The names each upgrade makes: tables, triggers and indexes.
_MAKERS: dict[str, set[str]] = {}
for _kind in (TABLES, TRIGGERS, INDEXES):
    for _name, _made in _kind.items():
        _MAKERS.setdefault(_made if isinstance(_made, str) else _made[0], set()).add(_name)


def upgrades_made_but_unlisted(db: SteadyDatabase) -> list[str]:
    """The upgrades missing from the file's list although the file shows they were made, in
    Steady's order (none in a log that is up to date, new, or from an older Steady)."""
    applied = applied_steps(db)
    pending = [step for step in STEPS if step not in applied]
    if not pending:
        return []
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    return [
        step
        for step in pending
        if _MAKERS.get(step, set()) & present
        or (step in ADDS_COLUMN and ADDS_COLUMN[step][1] in table_columns(db, ADDS_COLUMN[step][0]))
        or (step in RECORDS_WHAT_IS_HELD and not _may_record(db, step, applied))
    ]


def refuse_unless_first_run(db: SteadyDatabase, step: str) -> None:
    """Stop an upgrade that records what a table holds from running on a file it already ran
    on (the upgrade's transaction is rolled back, the owner told why in one line)."""
    if not _may_record(db, step, applied_steps(db)):
        raise StorageError(f"{changed_list_problem([step])} Keep the file as it is.")


def _may_record(db: SteadyDatabase, step: str, applied: set[str]) -> bool:
    later = STEPS[STEPS.index(step) + 1 :]
    if applied.intersection(later):
        return False
    if missing_tables(db, ["ledger"]):
        return True  # removed outside Steady: every command names the missing table instead
    entity = RECORDS_WHAT_IS_HELD[step]
    row = db.execute("SELECT 1 FROM ledger WHERE entity = ? LIMIT 1", [entity]).fetchone()
    return row is None


def _names(steps: list[str]) -> str:
    return " and ".join(f"“{step}”" for step in steps)


def changed_list_refusal(db: SteadyDatabase) -> str:
    """Why no upgrade may run on this log and nothing may be written to it ("" when they may)."""
    steps = upgrades_made_but_unlisted(db)
    if not steps:
        return ""
    return (
        f"the log's list of upgrades was changed outside Steady ({_names(steps)} "
        f"{'is' if len(steps) == 1 else 'are'} missing from it, yet the file shows "
        f"{'it was' if len(steps) == 1 else 'they were'} made), so no upgrade is run on it; keep "
        "the file as it is: verify names what else changed, and a good backup put back "
        "(`steady restore`, or File › Restore a backup…) lets you go on"
    )


def upgrade_failed(step: str, detail: str) -> str:
    """One line for an upgrade SQLite refused because what it makes is already there."""
    return (
        f"The upgrade “{step}” could not be made to this log ({detail}): what it makes is "
        "already there, so the log's list of upgrades was most likely changed outside Steady. "
        "Nothing was changed; keep the file as it is and put a good backup back (`steady "
        "restore`, or File › Restore a backup…)."
    )


def changed_list_problem(steps: list[str]) -> str:
    """What verify says of upgrades removed from the file's list."""
    return (
        f"The log's list of upgrades (“_sqlite_migrations”) was changed outside Steady: "
        f"{_names(steps)} {'is' if len(steps) == 1 else 'are'} missing from it, yet the file "
        f"shows {'it was' if len(steps) == 1 else 'they were'} made. Steady does not run "
        f"{'it' if len(steps) == 1 else 'them'} again."
    )
