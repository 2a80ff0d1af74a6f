"""What the customer page shows about where a customer stands, without holding their log.

The view is worked out off the window's thread (it reads every contact of the customer once)
and keeps only what is shown: the assessment, the actions, how many messages came after a
block, and the severity chart's points thinned to what a chart can show.

A very long history (tens of thousands of contacts) is read in a lighter form: the words of a
message are kept only where a rule reads them (`rules_read_words`), so the
memory it takes stays a fraction of the log's size. The summary is always kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.domain import Contact, Customer
from app.log.repeats import RepeatGroup
from app.standing.action_records import Action
from app.standing.records import Assessment
from app.standing.signs import DEMAND_WORDS, OVER_HEAD
from app.standing.volume import ChartPoint

LONG_HISTORY = 20_000  # contacts; below this every contact is read whole


class ViewCancelled(Exception):
    """The view was no longer wanted before it was finished."""


@dataclass(frozen=True)
class StandingView:
    customer: Customer
    actions: tuple[Action, ...]  # oldest first
    assessment: Assessment
    after_block: int  # messages that arrived after the customer was blocked
    severity: list[ChartPoint]  # each message, oldest first, thinned
    # The same message sent again and again, each group in time order: the log shows each as
    # one row, worked out here once so the window never reads the whole log for it.
    repeats: tuple[RepeatGroup, ...] = ()


def rules_read_words(text: str) -> bool:
    """Whether a rule finds something in these words (money asked for, going over the owner's
    head). A new rule that reads `contact.text` must be counted here, or a long history read
    without the words it does not need would be assessed differently."""
    return bool(OVER_HEAD.search(text) or DEMAND_WORDS.search(text))


def lighter(contact: Contact) -> Contact:
    """The contact without the words no rule reads (the summary and the headline stay)."""
    text = contact.text
    if not contact.summary or len(text) <= 200 or rules_read_words(text):
        return contact
    return replace(contact, details=replace(contact.details, text=""))
