"""The use cases, bundled for the window and the command line (built by app.application).

Importing, calm replies and where a customer stands are built (and their modules imported)
the first time they are used, so the window and each command start with only what they need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from app.core.clock import Clock, system_clock
from app.core.errors import PassphraseError, SteadyError
from app.core.ports import DatabaseFiles, PassphraseLock, Store
from app.core.settings import Settings
from app.log.contacts import ContactLog
from app.log.customers import CustomerBook

if TYPE_CHECKING:
    from app.core.ledger_records import VerifyReport
    from app.core.search_hits import SearchHit, SearchPage
    from app.importing.batch import Importer
    from app.log.anchors import LedgerHead
    from app.log.backups import Backups
    from app.log.restore import Restored
    from app.log.restore_loss import Lost
    from app.log.time_stamps import TimeStamps
    from app.packets.renderer import PacketRenderer
    from app.reply.calm_reply import CalmReplies
    from app.reply.steps import ReplySummary
    from app.standing.actions import ActionLog
    from app.standing.assessment import Assessor
    from app.standing.blocking import BlockingChecklist
    from app.standing.policies import PolicyLibrary
    from app.standing.returning_customers import IdentityMatcher


@dataclass
class Services:
    store: Store
    customers: CustomerBook
    contacts: ContactLog
    settings: Settings
    clock: Clock
    is_demo: bool = False
    standing: Standing | None = None
    pdf: PacketRenderer | None = None  # draws packets; set by app.application (reportlab)
    # Another set of services on a new connection to the same database, for work off the UI
    # thread (a SQLite connection belongs to the thread that opened it); set by app.application.
    open_again: Callable[[], Services] | None = None
    # Backups and other database files that are not open; set by app.application.
    files: DatabaseFiles | None = None
    backup_problem: str = ""  # why today's automatic backup could not be taken
    passphrases: PassphraseLock | None = None  # locking the file at rest; set by app.application
    # The same database opened again with another passphrase (or none), after it changed.
    open_with: Callable[[str | None], Services] | None = None
    # Locks a restored file again with this log's passphrase when the log was locked (a backup
    # taken before locking is plain); returns what to tell the owner. Set by app.application.
    relock: Callable[[str, bool, str | None], str] | None = None
    # Database files read with another passphrase: a backup locked before it was changed.
    files_for: Callable[[str | None], DatabaseFiles] | None = None

    @cached_property
    def replies(self) -> CalmReplies:
        from app.reply.calm_reply import CalmReplies

        replies = CalmReplies(self.store, self.settings, self.contacts, self.clock)
        # The calm-reply editor logs refunds, cancellations and calls as the customer's actions
        # and shows the policies in force beside the message.
        replies.actions = self.actions
        replies.policies = self.policies
        return replies

    def open_replies(self, customer_id: int) -> list[ReplySummary]:
        """The customer's replies still in progress (without loading the reply checks)."""
        return self.store.replies.for_customer(customer_id, open_only=True)

    @cached_property
    def imports(self) -> Importer:
        from app.importing.batch import Importer

        return Importer(self.store, self.clock)

    @property
    def actions(self) -> ActionLog:
        return self._standing.actions

    @property
    def assessor(self) -> Assessor:
        return self._standing.assessor

    @property
    def blocking(self) -> BlockingChecklist:
        return self._standing.blocking

    @property
    def identities(self) -> IdentityMatcher:
        return self._standing.identities

    @property
    def policies(self) -> PolicyLibrary:
        return self._standing.policies

    @property
    def _standing(self) -> Standing:
        if self.standing is None:
            self.standing = Standing.build(self.store, self.settings, self.clock)
        return self.standing

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[SearchHit]:
        """Every word must match; `prefix` lets the last word be unfinished (search as you type)."""
        return self.store.search.search(query, limit, prefix)

    def search_page(self, query: str, limit: int = 100, prefix: bool = False) -> SearchPage:
        """`search`, saying also whether more match than are shown and how much of a long
        query was used."""
        return self.store.search.page(query, limit, prefix)

    @property
    def read_only(self) -> bool:
        """Nothing can be saved: a read-only file or drive, or a newer Steady's database."""
        return self.store.read_only

    @property
    def read_only_reason(self) -> str:
        return self.store.read_only_reason

    @property
    def backups(self) -> Backups:
        from app.log.backups import Backups

        if self.files is None:
            raise SteadyError("Backups are not available here.")
        return Backups(self.store, self.files, self.settings.text("backup_folder"), self.clock)

    @property
    def time_stamps(self) -> TimeStamps:
        """The RFC 3161 time-stamps of the ledger head (off until a service is set)."""
        from app.log.time_stamps import TimeStamps

        return TimeStamps(
            self.store,
            self.settings.text("time_stamp_url"),
            self.settings.text("time_stamp_root"),
        )

    def restore_from(self, backup: str, backup_passphrase: str | None = None) -> Restored:
        """Put a verified backup in place of this database (kept aside, not deleted); the
        caller closes these services afterwards and opens the restored file anew.
        `backup_passphrase` opens a backup locked before the passphrase was changed."""
        from app.log.restore import restore_database

        if self.files is None:
            raise SteadyError("Backups are not available here.")
        was_locked = self.passphrases is not None and self.passphrases.is_locked(self.store.path)
        restored = restore_database(
            self._files_opening(backup_passphrase),
            self.store.path,
            backup,
            folder=self.backups.folder,
            held=self.store.alone(),
            lost=self.restore_loss(backup, backup_passphrase),
        )
        if self.relock is None:
            return restored
        note = self.relock(restored.database, was_locked, backup_passphrase)
        return replace(restored, note=note)

    def _files_opening(self, backup_passphrase: str | None) -> DatabaseFiles:
        assert self.files is not None
        if backup_passphrase is None or self.files_for is None:
            return self.files
        return self.files_for(backup_passphrase)

    def backup_needs_earlier_passphrase(self, backup: str) -> bool:
        """A locked backup this log's passphrase does not open: made before it was changed."""
        if self.files is None or self.passphrases is None:
            return False
        if not self.passphrases.is_locked(backup):
            return False
        try:
            self.files.head(backup)
        except PassphraseError:
            return True
        return False

    def restore_loss(self, backup: str, backup_passphrase: str | None = None) -> Lost:
        """What restoring `backup` would take out of this log (said before it is replaced)."""
        from app.log.restore_loss import Lost, lost_if_restored

        if self.files is None:
            return Lost()
        return lost_if_restored(self._files_opening(backup_passphrase), self.store, backup)

    def verify(self, expected: LedgerHead | str | None = None) -> VerifyReport:
        """Verify the log, and that it still holds `expected` (a head printed on a packet),
        the heads written down beside it, the heads of its backups and every time-stamp."""
        from app.log.verify import verify_log

        backups = self.backups.automatic() if self.files else []
        report = verify_log(self.store, expected, backups=backups, files=self.files)
        from app.packets.numbers_used import torn_numbers_note

        torn = torn_numbers_note(self.store.path)
        if torn:
            report.notes.append(torn)
        if not self.store.read_only:
            report.notes.extend(self._numbers_written_down())
        report.problems.extend(self.time_stamps.problems())
        report.time_stamps = len(self.time_stamps.all())
        return report

    def _numbers_written_down(self) -> list[str]:
        """Write down each packet number the log holds but the file beside it lacks (a full
        disk when it was handed on); a note when some still cannot be."""
        from app.core.appended_lines import why_not_written
        from app.packets.numbers_used import numbers_path, write_down_missing
        from app.standing.action_records import ActionKind

        packets = self.store.standing.actions_of_kind([ActionKind.PACKET])
        try:
            write_down_missing(self.store.path, [packet.reference for packet in packets])
        except OSError as error:
            why = why_not_written(numbers_path(self.store.path), error)
            return [
                f"Packet numbers handed on are still not all written down beside the log ({why}): "
                "until they are, do not restore an older backup, or one could be given again."
            ]
        return []

    def reopen(self) -> Services:
        """The same database on a new connection, for a worker thread."""
        if self.open_again is None:
            raise SteadyError("This log cannot be opened a second time for background work.")
        return self.open_again()

    def close(self) -> None:
        self.store.close()


class Standing:
    """Where a customer stands: actions, assessment, blocking, returning customers, policies.

    Each part is built, and its rules imported, when first used: the window shows the log's
    actions at once, and weighs the customer up once it has been painted."""

    def __init__(self, store: Store, settings: Settings, clock: Clock) -> None:
        from app.standing.actions import ActionLog

        self._store = store
        self._settings = settings
        self._clock = clock
        self.actions = ActionLog(store, clock)

    @classmethod
    def build(cls, store: Store, settings: Settings, clock: Clock) -> Standing:
        return cls(store, settings, clock)

    @cached_property
    def assessor(self) -> Assessor:
        from app.standing.assessment import Assessor

        return Assessor(self._store, self._settings, self._clock)

    @cached_property
    def blocking(self) -> BlockingChecklist:
        from app.standing.blocking import BlockingChecklist

        return BlockingChecklist(self._settings, self.actions)

    @cached_property
    def identities(self) -> IdentityMatcher:
        from app.standing.returning_customers import IdentityMatcher

        return IdentityMatcher(self._store)

    @cached_property
    def policies(self) -> PolicyLibrary:
        from app.standing.policies import PolicyLibrary

        return PolicyLibrary(self._store, self._clock)


def build_services(store: Store, clock: Clock = system_clock, is_demo: bool = False) -> Services:
    return Services(
        store=store,
        customers=CustomerBook(store),
        contacts=ContactLog(store, clock),
        settings=Settings(store),
        clock=clock,
        is_demo=is_demo,
    )
