"""The sign-off and the owner's signature block at the end of a reply."""

from __future__ import annotations

import re

SIGN_OFFS = (
    "kind regards",
    "best regards",
    "warm regards",
    "regards",
    "best wishes",
    "with best wishes",
    "sincerely",
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "many thanks",
    "thank you",
    "thanks",
    "all the best",
    "best",
)


_SENTENCE_END = re.compile(r"[.!?]\s+")


def has_sign_off(draft: str) -> bool:
    """A closing such as “Kind regards,” near the end of the reply: on a line of its own, or
    ending a line (“Thank you for your patience. Kind regards,”)."""
    lines = [line.strip() for line in draft.strip().splitlines() if line.strip()][-8:]
    for line in lines:
        last = _SENTENCE_END.split(line)[-1]
        if last.rstrip(",.!").strip().lower() in SIGN_OFFS:
            return True
    return False


def has_signature(draft: str, signature: str) -> bool:
    first = next((line.strip() for line in signature.splitlines() if line.strip()), "")
    return bool(first) and first in draft


def with_signature(draft: str, signature: str, sign_off: str = "Kind regards,") -> str:
    """The draft ending with a sign-off and the signature block, each added once."""
    body = draft.rstrip()
    if not has_sign_off(body):
        body += f"\n\n{sign_off}"
    if signature.strip() and not has_signature(body, signature):
        body += "\n" + signature.strip()
    return body + "\n"
