"""Words hidden characters split, found by search.

A zero-width space or joiner, a soft hyphen or a direction mark inside an Arabic, Hebrew or
Chinese word ("سأق\u200bاضيك", "起\u200b诉") shows nothing on screen, but the folded copies
kept for those scripts (storage/written_search_revisions.py) held it, and the owner typing the
word found nothing. The copies are now kept without them, as the English words in disguise
are (storage/written_search_shown.py); Persian's non-joiner goes too, for matching only: the
contacts themselves never change.

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.schema_core import migrations
from storage.schema_expected import FOLDED_WORDS as FOLDED
from storage.search_folds import char_class, hidden_in_words, replaced

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given


@migrations()
def m710_search_folded_unhidden(db: Database) -> None:
    hidden = dict.fromkeys(hidden_in_words(), "")
    sign = char_class(hidden)
    # On the copies themselves: a copy is made by m680's trigger, and read there without
    # them before its folds are made (which neither add nor need a hidden character).
    unhide = (
        f"UPDATE {FOLDED} SET summary = {replaced('summary', hidden)}, "
        f"text = {replaced('text', hidden)} WHERE {{which}} "
        f"(summary GLOB '*{sign}*' OR text GLOB '*{sign}*')"
    )
    db.execute(
        f"CREATE TRIGGER {FOLDED}_unhidden AFTER INSERT ON {FOLDED} "
        f"WHEN new.summary GLOB '*{sign}*' OR new.text GLOB '*{sign}*' BEGIN "
        + unhide.format(which="id = new.id AND")
        + "; END"
    )
    db.execute(unhide.format(which=""))
