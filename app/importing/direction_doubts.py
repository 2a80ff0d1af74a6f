"""What the import doubted about who wrote a contact, kept with it so the packet can say so.

A chat line from a name that is neither the owner's nor the customer's, a pasted quote or a
mail claiming the owner's address: each is logged as the customer's until the owner says
otherwise, and until then the packet must not print it as the customer's own words. A chat
line's speaker is kept as written, whatever the doubt. Rows are never changed: the owner
settling the doubt adds a row saying so (storage/written_who_wrote.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DirectionDoubt:
    contact_id: int
    doubt: str = ""  # why the import doubted who wrote it, "" when it did not
    speaker: str = ""  # a chat line's speaker, as the chat names them
    settled: str = ""  # how the owner settled the doubt, "" while it stands

    @property
    def open(self) -> str:
        """The doubt while the owner has not settled it ("" once settled or when none)."""
        return "" if self.settled else self.doubt


def short_doubt(warning: str) -> str:
    """The reason of an import warning about who wrote a message, without its advice: what
    the packet prints beside the words ("“Tom” in the chat is neither your name, …")."""
    reason = warning.split(". Anyone can")[0].split(": what ")[0].split(": they were")[0]
    reason = reason.rstrip(". ")
    # Printed after "not confirmed by the owner:", so a sentence's capital goes.
    return reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason
