"""The sign-off and the owner's signature block at the end of a reply."""

from __future__ import annotations

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


def has_sign_off(draft: str) -> bool:
    """A closing line such as “Kind regards,” near the end of the reply."""
    lines = [line.strip().rstrip(",.!").lower() for line in draft.strip().splitlines()]
    tail = [line for line in lines if line][-8:]
    return any(line in SIGN_OFFS for line in tail)


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
