"""The signs a packet prints, worked out again from the contacts in the packet as printed, and
the grounds with the contacts in the packet.

The assessment on the customer page reads the whole log, unredacted. A packet holds the
contacts the owner chose, redacted: its signs count only those (so "23 posts" never sits beside
"20 posts" in one packet), and quote their words after redaction, so shortening a quote can
never leave half of a redacted name or address in clear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from app.core.domain import Contact, Direction
from app.packets.contact_data import PacketContact
from app.packets.customer_quote import customer_quote
from app.packets.wording import headline
from app.standing.records import Assessment, Ground, Sign
from app.standing.signs import find_signs
from app.standing.threat_excerpt import around


def packet_signs(
    chosen: Sequence[Contact],
    printed: Sequence[PacketContact],
    assessment: Assessment | None,
    paid: Decimal,
    symbol: str,
) -> tuple[Sign, ...]:
    """The signs shown by the contacts in the packet (`printed`: the same contacts, redacted)."""
    if assessment is None:
        return ()
    by_id = {contact.id: contact for contact in printed}
    inbound = [
        replace(
            contact,
            details=replace(
                contact.details,
                text=by_id[contact.id].text,
                summary=by_id[contact.id].summary,
                staff=by_id[contact.id].staff,
            ),
        )
        for contact in sorted(chosen, key=lambda c: (c.occurred_at, c.id))
        if contact.direction is Direction.INBOUND and contact.id in by_id
    ]
    # Terms the owner tagged a contact as breaking: the assessment found them with the policies.
    clauses = frozenset(
        i for sign in assessment.signs if sign.key == "policy-breach" for i in sign.contact_ids
    )
    return find_signs(
        inbound,
        paid,
        symbol,
        clause_contact_ids=clauses,
        suggested_severity=frozenset(c.id for c in printed if c.severity_suggested),
        # The words a sign shows may be narrowed to the threat's (already redacted) part.
        tell=lambda contact: headline(told(by_id[contact.id], contact.details.text)),
    )


def told(printed: PacketContact, shown: str) -> PacketContact:
    """The contact as a sign quotes it: of the customer's writing, only their own words (never
    Steady's lines, hidden text or a quoted earlier message), narrowed like `shown` (the
    sign's own excerpt of the logged text) to the threat's words."""
    if not printed.is_customers_words:
        return replace(printed, text=shown)
    found = [
        word
        for suggestion in printed.word_check
        for word in suggestion.words
        if shown != printed.text and _shows(shown, word)
    ]
    words = customer_quote(printed, found[0] if found else "").words
    words = around(words, found[0]) if found else words
    return replace(printed, text=words)


# Quoting marks at the start of a line ("> ", ">> "): a wrapped quote's words run on past them.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
# A blank line (or one of quoting marks alone) ends a paragraph: words never run on past it.
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _shows(shown: str, words: str) -> bool:
    """Whether `shown` holds `words` as a reader reads them: on across a line break and the
    quoting marks a wrapped quote starts its lines with, never from one paragraph into the next
    (the word check reads none across one either)."""
    needle = " ".join(_QUOTE_MARKS.sub("", words).split()).casefold()
    paragraphs = _PARAGRAPH_END.split(_QUOTE_MARKS.sub("", shown.replace("\r\n", "\n")))
    return bool(needle) and any(needle in " ".join(p.split()).casefold() for p in paragraphs)


def packet_grounds(grounds: Sequence[Ground], chosen_ids: set[int]) -> tuple[Ground, ...]:
    """The grounds with the contacts in the packet; where the owner left some of a ground's
    contacts out, its sentence says plainly that it counts the whole log, and how many of
    those contacts the packet holds."""
    shown = []
    for ground in grounds:
        kept = tuple(i for i in ground.contact_ids if i in chosen_ids)
        reason = ground.reason
        if len(kept) < len(ground.contact_ids):
            total = len(ground.contact_ids)
            reason += (
                f" (Counted in the whole log: {len(kept)} of these {total} contacts "
                f"{'is' if len(kept) == 1 else 'are'} in this packet.)"
            )
        shown.append(replace(ground, reason=reason, contact_ids=kept))
    return tuple(shown)
