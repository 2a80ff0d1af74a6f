"""Redaction: the owner's marked words blacked out of every text a packet prints.

One walk over the assembled PacketData reaches every string in it (the cover, the customer
table, handles, web addresses, posts, emails, actions, the narrative and the letter), so
nothing printed escapes a rule. A rule for one contact applies inside that contact's own
records (its text, its exhibits, its post). Hashes, numbers, dates and file bytes are left
alone: they identify the originals, which are never changed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from typing import Any

from app.packets.data import REDACTED, AppliedRedaction, PacketContact, Redaction

# Identifiers, not words: redacting them would break the checks they exist for.
_LEFT_ALONE = frozenset({"sha256", "head_hash", "number", "mime", "paper_size", "zone", "key"})


class Redactor:
    def __init__(self, redactions: tuple[Redaction, ...]) -> None:
        self._rules = [
            (r, re.compile(re.escape(r.text.strip()), re.IGNORECASE))
            for r in redactions
            if r.text.strip()
        ]
        self.counts: Counter[int] = Counter()

    def __bool__(self) -> bool:
        return bool(self._rules)

    def __call__(self, text: str, contact_id: int | None = None) -> str:
        for index, (rule, pattern) in enumerate(self._rules):
            if rule.contact_id is not None and rule.contact_id != contact_id:
                continue
            text, n = pattern.subn(REDACTED, text)
            self.counts[index] += n
        return text

    def applied(self) -> tuple[AppliedRedaction, ...]:
        return tuple(
            AppliedRedaction(rule, self.counts[index])
            for index, (rule, _) in enumerate(self._rules)
        )

    def everywhere(self, value: Any, contact_id: int | None = None) -> Any:
        """The value with every string in it redacted (dataclasses, tuples, lists, dicts)."""
        if not self._rules or isinstance(value, Enum):
            return value
        if isinstance(value, str):
            return self(value, contact_id)
        if isinstance(value, tuple):
            return tuple(self.everywhere(item, contact_id) for item in value)
        if isinstance(value, list):
            return [self.everywhere(item, contact_id) for item in value]
        if isinstance(value, dict):
            return {key: self.everywhere(item, contact_id) for key, item in value.items()}
        if is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value, contact_id)
        return value

    def _dataclass(self, value: Any, contact_id: int | None) -> Any:
        if isinstance(value, PacketContact):
            contact_id = value.id
        elif isinstance(getattr(value, "contact_id", None), int):
            contact_id = value.contact_id
        changes = {}
        for field in fields(value):
            if not field.init or field.name in _LEFT_ALONE:
                continue
            changes[field.name] = self.everywhere(getattr(value, field.name), contact_id)
        return replace(value, **changes)
