"""How a file on a contact came in, when it did not come in with the contact."""

from __future__ import annotations

# Recorded in the ledger entry of a file the owner added to a contact already logged.
ADDED_BY_HAND = "by hand"
