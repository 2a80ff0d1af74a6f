"""Rules that keep a packet's pages from looking broken: no heading alone at the foot of a
page, no short table split across two pages."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable

# A table this short moves to the next page whole rather than leaving a row or two behind.
SHORT_TABLE_ROWS = 8


def kept_together(story: list[Flowable], heading: type[Flowable]) -> list[Flowable]:
    """A heading never ends a page: it goes with what follows it (its first paragraph and
    the table or block after that); a short table is never split."""
    out: list[Flowable] = []
    index = 0
    while index < len(story):
        flowable = story[index]
        if isinstance(flowable, Table) and len(flowable._cellvalues) <= SHORT_TABLE_ROWS:
            out.append(KeepTogether([flowable]))
            index += 1
            continue
        if not isinstance(flowable, heading):
            out.append(flowable)
            index += 1
            continue
        group: list[Flowable] = [flowable]
        index += 1
        while index < len(story) and len(group) < 3:
            following = story[index]
            if isinstance(following, (heading, PageBreak, CondPageBreak, ActionFlowable)):
                break
            group.append(following)
            index += 1
            if not isinstance(following, Paragraph):
                break  # the heading's table or block: enough to start the section with
        out.append(KeepTogether(group))
    return out
