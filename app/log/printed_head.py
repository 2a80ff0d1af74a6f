"""The head a packet printed, however the owner copied it: the hash alone, "HASH:COUNT", or the
packet's own line ("143 ledger entries, head hash 9de8…"), its hash perhaps broken over two
lines by the PDF reader."""

from __future__ import annotations

import re

_PACKET_LINE = re.compile(
    r"([\d,.\s]+?)\s*ledger entr(?:y|ies),?\s*head hash\s*([0-9a-f\s]{64,})", re.IGNORECASE
)


def as_head_text(pasted: str) -> str:
    """`pasted` as "HASH:COUNT" when it is the packet's line, else as it was (trimmed)."""
    found = _PACKET_LINE.search(pasted)
    if found is None:
        return pasted.strip()
    count = re.sub(r"\D", "", found.group(1))
    hash_ = re.sub(r"\s", "", found.group(2))
    return f"{hash_}:{count}" if count else hash_
