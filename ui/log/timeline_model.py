"""A customer's log as rows, newest first, fetched a page at a time; the same message sent
again and again is folded into one row once the groups are known.

The groups are worked out off the window's thread with the assessment (which reads the whole
log anyway) and handed in by `set_repeats`: the first page shows at once, unfolded, and a
selection survives the fold. Copies on pages not read yet are skipped as the pages come in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.core.domain import Contact
from app.core.errors import SteadyError
from app.log.contacts import ContactLog
from app.standing.action_records import Action
from ui.log.log_warnings import NOT_REVIEWED
from ui.log.timeline_text import (
    ACTION_ROLE,
    CONTACT_ID_ROLE,
    CONTACT_ROLE,
    COPY_ROLE,
    REPEAT_ROLE,
    WARNING_ROLE,
    WITHDRAWN_ROLE,
    CopyRow,
    RepeatRow,
    action_card_text,
    card_text,
    copy_rows,
    repeat_card_text,
)
from ui.shell.dates import shown_when
from ui.shell.paged_rows import FIRST_PAGE_SIZE, PAGE_SIZE
from ui.shell.plain_text import plain_tooltip

if TYPE_CHECKING:  # the groups come with the assessment, after the log is painted
    from app.log.repeats import RepeatGroup

Row = Contact | Action | RepeatRow | CopyRow
_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    """The customer's contacts, newest first, a page at a time, with the business's actions
    (blocks, refunds, warnings, reports…) placed among them by time."""

    def __init__(self, contacts: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._customer_id: int | None = None
        self._read: list[Contact | Action] = []  # every page read so far, unfolded
        self._rows: list[Row] = []
        self._total = 0
        self._contact_total = 0
        self._withdrawn_total = 0
        self._contacts_read = 0
        self._warning_for: Callable[[Contact], str] | None = None
        self._warnings: dict[int, str] = {}
        self._withdrawn: dict[int, str] = {}  # contact id -> why it was withdrawn
        self._group_warnings: dict[int, str] = {}  # group key -> its folded row's warning
        self._actions_for: Callable[[int], list[Action]] | None = None
        self._action_title: Callable[[Action], str] = lambda action: action.kind.label
        self._pending_actions: list[Action] = []
        self._group_of: dict[int, RepeatGroup] = {}  # contact id -> its group
        self._expanded: set[int] = set()  # group keys shown opened
        self.problem = ""  # why the log stopped being read (a row changed outside Steady)

    def set_action_source(
        self, actions_for: Callable[[int], list[Action]], title: Callable[[Action], str]
    ) -> None:
        """Show the customer's actions on the log, each titled by `title`."""
        self._actions_for = actions_for
        self._action_title = title
        self.reload()

    def set_warning_source(self, warning_for: Callable[[Contact], str]) -> None:
        """Another feature's check that a contact lacks something (e.g. a post's URL)."""
        self._warning_for = warning_for
        self.reload()

    def show_customer(self, customer_id: int | None) -> None:
        self.beginResetModel()
        if customer_id != self._customer_id:
            self._expanded = set()
        self._customer_id = customer_id
        # Groups from before a change may hold a moved or corrected contact: the next
        # assessment brings them again.
        self._group_of = {}
        self._read = []
        self._rows = []
        self._warnings = {}
        self._withdrawn = {}
        self._group_warnings = {}
        self._contacts_read = 0
        self.problem = ""
        self._contact_total = (
            0 if customer_id is None else self._contacts.count_for_customer(customer_id)
        )
        self._withdrawn_total = (
            0 if customer_id is None else self._contacts.withdrawn_count(customer_id)
        )
        actions = (
            self._actions_for(customer_id)
            if customer_id is not None and self._actions_for is not None
            else []
        )
        self._pending_actions = sorted(actions, key=lambda a: (a.occurred_at, a.id), reverse=True)
        self._total = self._contact_total + len(self._pending_actions)
        self.endResetModel()
        # The first page at once, so the newest contacts show without waiting for the view.
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.show_customer(self._customer_id)

    def set_repeats(self, customer_id: int, groups: Sequence[RepeatGroup]) -> None:
        """Fold each group's copies into one row (the groups of `customer_id`'s whole log)."""
        if customer_id != self._customer_id:
            return
        group_of = {contact.id: group for group in groups for contact in group.contacts}
        if not group_of and not self._group_of:
            return  # nothing to fold, nothing folded: leave the rows (and the scroll) alone
        self.beginResetModel()
        self._group_of = group_of
        self._group_warnings = {}
        self._expanded &= {group.key for group in groups}
        self._rows = self._folded(self._read, placed=set())
        self.endResetModel()

    @property
    def total(self) -> int:
        """Contacts and actions in the log (a group counts each of its copies)."""
        return self._total

    @property
    def contact_total(self) -> int:
        """Every contact in the log, withdrawn ones included (each has its row)."""
        return self._contact_total

    @property
    def withdrawn_total(self) -> int:
        return self._withdrawn_total

    def contact_at(self, row: int) -> Contact | None:
        """The contact on that row (a group's newest copy), or None where the row is an action."""
        item = self._rows[row]
        if isinstance(item, CopyRow):
            return item.contact
        if isinstance(item, RepeatRow):
            return item.newest
        return item if isinstance(item, Contact) else None

    def row_showing(self, contact_id: int) -> int | None:
        """The row where that contact is seen: its own, its copy's, or its folded group's."""
        group = self._group_of.get(contact_id)
        for row, item in enumerate(self._rows):
            if isinstance(item, Contact | CopyRow):
                shown = item if isinstance(item, Contact) else item.contact
                if shown.id == contact_id:
                    return row
            elif isinstance(item, RepeatRow) and item.group is group and not item.expanded:
                return row
        return None

    def set_expanded(self, row: int, expanded: bool) -> None:
        """Open a group's row to show each copy beneath it, or fold them back."""
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        if not isinstance(item, RepeatRow) or item.expanded == expanded:
            return
        self._rows[row] = RepeatRow(item.group, expanded)
        copies = copy_rows(item.group)
        if expanded:
            self._expanded.add(item.group.key)
            self.beginInsertRows(QModelIndex(), row + 1, row + len(copies))
            self._rows[row + 1 : row + 1] = copies
            self.endInsertRows()
        else:
            self._expanded.discard(item.group.key)
            self.beginRemoveRows(QModelIndex(), row + 1, row + len(copies))
            del self._rows[row + 1 : row + 1 + len(copies)]
            self.endRemoveRows()
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _folded(self, items: Sequence[Contact | Action], placed: set[int]) -> list[Row]:
        """`items` as rows: a group's row where its newest copy is, its other copies left out
        (`placed`: the groups already given a row, added to as rows are made)."""
        rows: list[Row] = []
        for item in items:
            group = self._group_of.get(item.id) if isinstance(item, Contact) else None
            if group is None:
                rows.append(item)
            elif group.key not in placed:
                placed.add(group.key)
                expanded = group.key in self._expanded
                rows.append(RepeatRow(group, expanded))
                if expanded:
                    rows.extend(copy_rows(group))
        return rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and self._customer_id is not None
            and not self.problem
            and (self._contacts_read < self._contact_total or bool(self._pending_actions))
        )

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        # A short first page paints sooner; the view asks for more if the window is taller.
        try:
            page = self._next_page(FIRST_PAGE_SIZE if self._contacts_read == 0 else PAGE_SIZE)
        except SteadyError as error:
            # The log stops at a row it cannot read and says why; the rest of the page opens.
            self.problem = str(error)
            return
        if not page:  # rows went away since they were counted
            self._contact_total = self._contacts_read
            self._pending_actions = []
            return
        self._read.extend(page)
        placed = {row.group.key for row in self._rows if isinstance(row, RepeatRow)}
        rows = self._folded(page, placed)
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _next_page(self, limit: int) -> list[Contact | Action]:
        """The next page of contacts, with the actions that fall among them."""
        if self._customer_id is None:
            return []
        page = self._contacts.page_for_customer(self._customer_id, self._contacts_read, limit)
        self._contacts_read += len(page)
        # Kept in the timeline, greyed, with why: taken back, never hidden.
        for contact_id, withdrawal in self._contacts.withdrawals([c.id for c in page]).items():
            self._withdrawn[contact_id] = (
                f"Withdrawn as logged by mistake on {shown_when(withdrawal.withdrawn_at)}: "
                f"{withdrawal.reason}"
            )
        if self._warning_for is not None:
            for contact in page:
                warning = self._warning_for(contact)
                if warning:
                    self._warnings[contact.id] = warning
        last_page = self._contacts_read >= self._contact_total or len(page) < limit
        oldest = page[-1].occurred_at if page else None
        merged: list[Contact | Action] = []
        for contact in page:
            while (
                self._pending_actions
                and self._pending_actions[0].occurred_at >= contact.occurred_at
            ):
                merged.append(self._pending_actions.pop(0))
            merged.append(contact)
        while self._pending_actions and (
            last_page or (oldest is not None and self._pending_actions[0].occurred_at >= oldest)
        ):
            merged.append(self._pending_actions.pop(0))
        if last_page:
            self._contact_total = self._contacts_read
        return merged

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, Action):
            return self._action_data(item, role)
        if isinstance(item, RepeatRow):
            return self._repeat_data(item, role)
        contact = item.contact if isinstance(item, CopyRow) else item
        if role == COPY_ROLE:
            return item if isinstance(item, CopyRow) else None
        warning = self._warnings.get(contact.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            text = card_text(contact, warning)
            if contact.id in self._withdrawn:
                text = f"{self._withdrawn[contact.id]}\n{text}"
            return f"{item.label} · {text}" if isinstance(item, CopyRow) else text
        if role == WARNING_ROLE:
            return warning
        if role == WITHDRAWN_ROLE:
            return self._withdrawn.get(contact.id, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            zone = contact.details.occurred_tz
            return plain_tooltip(
                shown_when(contact.occurred_at, recorded_zone=zone)
                + (f"\n⚠ {warning}" if warning else "")
                + "\nDouble-click or press Enter to open, see its history or correct it."
            )
        if role == CONTACT_ROLE:
            return contact
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None

    def _group_warning(self, row: RepeatRow) -> str:
        """What the folded row says of its copies: how many have suggested categories nobody
        reviewed, so the owner need not open the group to find them. Copies on pages not read
        yet are checked too (once per group)."""
        key = row.group.key
        if key not in self._group_warnings:
            waiting = 0
            for contact in row.group.contacts:
                if contact.id not in self._warnings and self._warning_for is not None:
                    self._warnings[contact.id] = self._warning_for(contact)
                waiting += self._warnings.get(contact.id, "").startswith(NOT_REVIEWED)
            copies = len(row.group.contacts)
            self._group_warnings[key] = (
                f"{NOT_REVIEWED}: {waiting} of {copies} copies have categories suggested by "
                "Steady; open each to keep or clear"
                if waiting
                else ""
            )
        return self._group_warnings[key]

    def _repeat_data(self, row: RepeatRow, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return repeat_card_text(row, self._group_warning(row))
        if role == WARNING_ROLE:
            return self._group_warning(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            warning = self._group_warning(row)
            return plain_tooltip(
                "The same words sent again and again, shown once. Press → or + (or Enter, or "
                "double-click) to list each copy: each is its own contact, opened and "
                "exhibited on its own." + (f"\n⚠ {warning}" if warning else "")
            )
        if role == REPEAT_ROLE:
            return row
        return None

    def _action_data(self, action: Action, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return action_card_text(action, self._action_title(action))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(action_card_text(action, self._action_title(action)))
        if role == ACTION_ROLE:
            return action
        return None
