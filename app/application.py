"""The composition root: opens the database, builds the services, starts the window.

Qt is imported only inside run_window, so the command line starts without it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.clock import Clock, system_clock
from app.core.errors import CorruptDatabaseError, SteadyError, StorageError
from app.core.paths import database_exists, default_database, demo_database
from app.services import Services, build_services

if TYPE_CHECKING:
    from app.core.ports import RunAside
    from app.log.restore import Restored
    from app.log.restore_loss import Lost
    from app.packets.data import PacketData
    from app.packets.renderer import Progress, RenderedPdf


def open_services(
    path: str | os.PathLike[str],
    clock: Clock = system_clock,
    is_demo: bool = False,
    *,
    daily_backup: bool = False,
    passphrase: str | None = None,
    aside: RunAside | None = None,
) -> Services:
    """Open the database; with `daily_backup` (the command line) also take the day's backup
    when none was taken in the last day (the window takes it once it is painted). A
    passphrase opens (or creates) a log locked at rest. `aside` runs the slow part of opening
    an older log from a read-only drive elsewhere (the window: off its thread); a worker's
    reopening, already off it, does without."""
    from storage import open_store
    from storage.database_files import SqliteFiles

    location = os.fspath(path)
    files = SqliteFiles(passphrase)
    is_new = not database_exists(location)
    if is_new:
        from app.log.anchors import lost_log_problem, set_aside_stale_heads

        lost = lost_log_problem(location)
        if lost and os.path.exists(location):
            from app.log.backups import newest_good_backup  # for a lost log only

            backup = newest_good_backup(files, "", location)
            raise CorruptDatabaseError(location, lost, backup or "")
        if lost:
            raise StorageError(f"{lost}.")
        set_aside_stale_heads(location)
    try:
        store = open_store(location, clock, passphrase=passphrase, aside=aside)
    except CorruptDatabaseError as error:
        from app.log.backups import newest_good_backup  # for a damaged log only

        backup = newest_good_backup(files, "", location)
        raise CorruptDatabaseError(location, error.detail, backup or "") from error
    gone, remade = store.missing_tables(), store.remade_tables()
    if gone or remade:
        # Every part of Steady would fail on such a table; the owner hears why, once.
        store.close()
        from app.log.backups import newest_good_backup
        from app.log.verify import missing_tables_problem

        backup = newest_good_backup(files, "", location)
        raise StorageError(missing_tables_problem(gone, backup, remade))
    services = build_services(store, clock, is_demo=is_demo)
    services.pdf = ReportlabPackets()
    services.files = files
    store.on_damage(lambda: services.backups.newest_good())  # for a damaged page met later
    services.passphrases = SqlcipherLock()
    services.open_again = lambda: open_services(path, clock, is_demo, passphrase=passphrase)
    services.open_with = lambda new: open_services(path, clock, is_demo, passphrase=new)
    services.relock = lambda restored, was_locked, earlier: _relock(
        restored, passphrase, earlier, was_locked
    )
    services.files_for = SqliteFiles
    if daily_backup and not is_demo:
        try:
            services.backups.daily()
        except SteadyError as error:
            # The owner hears why the backup was not taken (a drive, or the log itself no
            # longer verifying); the work goes on.
            services.backup_problem = str(error)
    return services


def restore(
    path: str | os.PathLike[str],
    backup: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
    checked: Callable[[], None] | None = None,
    lost: Lost | None = None,
) -> Restored:
    """Put a backup back in place of the database (which is kept aside, not deleted). The
    passphrase opens a locked log and its backups; the automatic backups it is measured
    against are looked for in the Backup folder chosen in Settings, as the window does.
    `backup_passphrase` opens a backup locked before the passphrase was changed; the restored
    log is locked again with `passphrase` whenever the log it replaces was locked."""
    from dataclasses import replace

    from app.log.restore import restore_database
    from app.log.restore_lock import relock
    from storage.database_files import SqliteFiles

    location = os.fspath(path)
    lock = passphrase_lock()
    was_locked = database_exists(location) and lock.is_locked(location)
    opens_backup = backup_passphrase or passphrase
    restored = restore_database(
        SqliteFiles(opens_backup),
        location,
        os.fspath(backup),
        folder=_backup_folder(location, passphrase),
        checked=checked,
        lost=lost,
    )
    note = relock(lock, restored.database, passphrase, opens_backup, was_locked)
    return replace(restored, note=note)


def restore_damaged_log(path: str | os.PathLike[str], backup: str) -> Restored:
    """Put a backup back in place of a log too damaged to open (the window's choice when it
    cannot open the log); the damaged file is kept beside it. What the log held beyond the
    backup cannot be read from it, so the restore is not held back for it."""
    return restore(path, backup, lost=restore_loss(path, backup))


def restore_loss(
    path: str | os.PathLike[str], backup: str | os.PathLike[str], *, passphrase: str | None = None
) -> Lost:
    """What restoring `backup` would take out of the log at `path`; nothing when the log
    cannot be read (a damaged log is what a restore mends)."""
    from app.log.restore_loss import Lost, lost_if_restored
    from storage import open_store
    from storage.database_files import SqliteFiles

    location = os.fspath(path)
    if not database_exists(location):
        return Lost()
    try:
        store = open_store(location, read_only=True, passphrase=passphrase)
    except SteadyError:
        return Lost()
    try:
        return lost_if_restored(SqliteFiles(passphrase), store, os.fspath(backup))
    except Exception:  # a table missing or damaged: the restore is what mends it
        return Lost()
    finally:
        store.close()


def _backup_folder(location: str, passphrase: str | None) -> str:
    """The Backup folder in the log's Settings; "" (beside the log) when the log cannot be
    read: a damaged log is what a restore mends, and its backups are then looked for there."""
    return stored_setting(location, "backup_folder", passphrase) or ""


def stored_setting(location: str, key: str, passphrase: str | None = None) -> str | None:
    """One setting of a log, read without changing the file; None when there is no log there
    or it cannot be read (locked, damaged)."""
    if not database_exists(location):
        return None
    from app.core.settings import Settings
    from storage import open_store

    try:
        store = open_store(location, read_only=True, passphrase=passphrase)
    except SteadyError:
        return None
    try:
        return Settings(store).text(key)
    except Exception:  # a table missing or damaged: the caller goes on without it
        return None
    finally:
        store.close()


class SqlcipherLock:
    """The log file locked at rest with SQLCipher (storage/encryption.py, storage/passphrases.py)."""

    def is_locked(self, path: str) -> bool:
        from storage.encryption import is_locked

        return is_locked(path)

    def set(self, path: str, new: str) -> None:
        from storage.passphrases import set_passphrase

        set_passphrase(path, new)

    def change(self, path: str, old: str, new: str) -> None:
        from storage.passphrases import change_passphrase

        change_passphrase(path, old, new)

    def remove(self, path: str, old: str) -> None:
        from storage.passphrases import remove_passphrase

        remove_passphrase(path, old)


def _relock(database: str, passphrase: str | None, earlier: str | None, was_locked: bool) -> str:
    from app.log.restore_lock import relock

    return relock(SqlcipherLock(), database, passphrase, earlier or passphrase, was_locked)


def opens_with(path: str, passphrase: str | None) -> bool:
    """Whether `passphrase` opens the log or backup at `path` (read, not changed)."""
    from app.core.errors import PassphraseError
    from storage.database_files import SqliteFiles

    try:
        SqliteFiles(passphrase).head(path)
    except PassphraseError:
        return False
    return True


def passphrase_lock() -> SqlcipherLock:
    """For the command line, which manages a log's passphrase while no services are open."""
    return SqlcipherLock()


class ReportlabPackets:
    """Packets and letters drawn by reports/ (reportlab loads on first use, not at start-up)."""

    def render_packet(
        self,
        data: PacketData,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RenderedPdf:
        from app.packets.renderer import RenderedPdf
        from reports.packets import render_packet

        return RenderedPdf(*render_packet(data, progress, cancelled))

    def render_letter(
        self, data: PacketData, title: str, text: str, language: str = "en"
    ) -> RenderedPdf:
        from app.packets.renderer import RenderedPdf
        from reports.letters import render_letter

        return RenderedPdf(*render_letter(data, title, text, language))


def run_window(db_path: str | None, demo: bool = False) -> int:
    """Open the main window on the owner's log; with none yet, ask: the demo or a log of their own."""
    # The standing rules are not imported: they are first needed once the window is painted,
    # when the first customer's assessment is worked out.
    import storage  # noqa: F401
    from ui.shell.launch import launch

    path = Path(db_path) if db_path else (demo_database() if demo else default_database())
    return launch(
        path,
        demo_path=demo_database(),
        open_services=open_services,
        start_with_demo=demo and not db_path,
        explicit=bool(db_path),
        daily_backup=True,  # taken by the window once it is painted (ui/shell/daily_backup.py)
        restore_backup=restore_damaged_log,
    )
