"""Whether a logged contact still waits for the owner's answer to "Did you forward these?":
the import window asks once, and an owner who pressed Done too fast answers from the contact's
own window instead (app/importing/forwarded_by_owner.py).

Asked each time a contact is opened, so the mail is read again only when a doubt stands.
"""

from __future__ import annotations

from app.core.ports import Store


def forward_asked(store: Store, contact_id: int) -> str:
    """Why the import doubted the contact's forward, while the owner has not answered; ""
    when it holds no forward, its doubt is of another kind, or it was settled."""
    standing = store.imports.direction_doubts([contact_id]).get(contact_id)
    if standing is None or not standing.open:
        return ""
    # Read here, not at the top: most contacts have no doubt, and the window opens them often.
    from app.importing.forward_pairs import forwarded_in

    return standing.open if forwarded_in(store, contact_id) is not None else ""
