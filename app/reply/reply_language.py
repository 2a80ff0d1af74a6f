"""The language one calm reply is written in: kept with the reply, so reopening the draft checks
it in that language again, and each change recorded as a reply event with its ledger entry."""

from __future__ import annotations

from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.reply.steps import ReplyState
from app.reply.tone_languages import LANGUAGES, language_code

LANGUAGE_CHOSEN = "language-chosen"


def reply_language(state: ReplyState, default_name: str) -> str:
    """The code of the language the reply is checked in: its own choice, else Settings'
    ("Español" there gives "es")."""
    return state.language if state.language in LANGUAGES else language_code(default_name)


def choose_language(store: Store, state: ReplyState, language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidInputError(f"Steady cannot check replies written in “{language}”.")
    if language == state.language or state.id is None:
        state.language = language
        return
    detail: dict[str, object] = {"language": language, "was": state.language or "settings"}
    with store.atomic():
        event_id = store.replies.add_event(state.id, LANGUAGE_CHOSEN, detail)
        store.ledger.record(
            f"reply.{LANGUAGE_CHOSEN}", "reply_event", event_id, {"reply_id": state.id, **detail}
        )
        state.language = language
        store.replies.save(state)
