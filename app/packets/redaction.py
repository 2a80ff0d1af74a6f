"""Redaction: the words the owner marked as not to be handed on, replaced wherever they print."""

from __future__ import annotations

import re
from collections import Counter

from app.packets.data import (
    REDACTED,
    AppliedRedaction,
    Redaction,
)


class Redactor:
    def __init__(self, redactions: tuple[Redaction, ...]) -> None:
        self._rules = [
            (r, re.compile(re.escape(r.text.strip()), re.IGNORECASE))
            for r in redactions
            if r.text.strip()
        ]
        self.counts: Counter[int] = Counter()

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
