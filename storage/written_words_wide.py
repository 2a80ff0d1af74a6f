"""Japanese written in half-width katakana, found by the katakana an owner types.

A customer writing ｶﾀｶﾅ or ﾊﾞｶ shows the same words as カタカナ and バカ, in other characters. The
folded copies' trigger (storage/written_search_revisions.py) keeps them as written; Steady now
folds the versions holding them again as it saves them, as they read (storage/
search_read_folds.py, storage/contacts_shown.py), and those already in a log are folded again
here, a batch at a time. The trigger itself and the contacts never change.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.contacts_shown import fold_again
from storage.older_read_only_scans import found_once, versions_read
from storage.schema_core import migrations
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.search_read_folds import HALF_WIDTH

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

# Versions read and folded again at a time: a log of a Japanese shop may hold many.
BATCH = 500


@migrations()
def m760_search_half_width_read(db: Database) -> None:
    # Only the folded copies are looked through: a version in half-width katakana has one
    # (their scripts' range holds it), and most logs have few. The look is remembered for a
    # read-only log opened again unchanged (storage/older_read_only_scans.py).
    holds = f"summary GLOB '*{HALF_WIDTH}*' OR text GLOB '*{HALF_WIDTH}*'"
    found = found_once(
        "m760_search_half_width_read",
        lambda: [row[0] for row in db.execute(f"SELECT id FROM {FOLDED} WHERE {holds}")],
    )
    for revision, summary, text in versions_read(db, found, BATCH):
        fold_again(db, revision, summary, text)
