"""Which log is open — the owner's own, the demo, or another file — and moving between them.

The owner's own log is the last one they used (remembered in the window state), else the
default place. The demo is never reopened on its own: on every start without an own log the
owner is asked again, so nobody stays in the demo without choosing to. A remembered log that
is not there (its USB stick not plugged in) is named and kept, never silently replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app import APP_NAME
from app.core.errors import (
    CorruptDatabaseError,
    PassphraseError,
    PassphraseNeededError,
    SteadyError,
)
from app.core.paths import database_exists
from app.services import Services
from ui.shell.first_paint import after_first_paint
from ui.shell.log_windows import close_windows_of
from ui.shell.main_window import MainWindow
from ui.shell.steady_window import steady_window

if TYPE_CHECKING:
    from app.demo.carry_over import DemoProfile
    from app.log.restore import Restored

# Puts a backup (its path) back in place of a log too damaged to open (set by app.application).
RestoreBackup = Callable[[Path, str], "Restored"]

LAST_LOG_KEY = "logs/last"


@dataclass(frozen=True)
class LogPlaces:
    own: Path  # where a new own log is started
    demo: Path


def last_log(places: LogPlaces, ui_state: QSettings | None) -> Path | None:
    """The own log opened last, there or not; None if the owner never had one."""
    value = ui_state.value(LAST_LOG_KEY) if ui_state is not None else None
    if isinstance(value, str) and value and Path(value) != places.demo:
        return Path(value)
    return None


def remembered_log(places: LogPlaces, ui_state: QSettings | None) -> Path:
    """The owner's own log: the last one opened (there or not), else the default place."""
    return last_log(places, ui_state) or places.own


def find_own_log(
    places: LogPlaces, ui_state: QSettings | None, parent: QWidget | None, *, offer_demo: bool
) -> tuple[Path, bool] | None:
    """The owner's own log, asking while the one they last used is not there: try again, open
    another, or (at start) the demo. None if they cancel; a new own log only where none was
    ever used."""
    own = last_log(places, ui_state)
    if own is None or database_exists(own):
        return (own or places.own), False
    from ui.shell import missing_log
    from ui.shell.missing_log import MissingLogChoice

    while not database_exists(own):
        choice = missing_log.ask_missing_log(own, parent, offer_demo=offer_demo)
        if choice is None:
            return None
        if choice is MissingLogChoice.DEMO:
            return places.demo, True
        if choice is MissingLogChoice.OPEN_ANOTHER:
            other = missing_log.ask_another_log(parent, places.own.parent)
            if other is not None:
                return other, other == places.demo
    return own, False


def choose_database(
    places: LogPlaces,
    *,
    start_with_demo: bool = False,
    explicit: Path | None = None,
    ui_state: QSettings | None = None,
) -> tuple[Path, bool] | None:
    """Which database to open and whether it is the demo; None if the owner walked away."""
    if start_with_demo:
        return places.demo, True
    if explicit is not None:
        return explicit, explicit == places.demo
    if last_log(places, ui_state) is not None:
        return find_own_log(places, ui_state, None, offer_demo=True)
    own = places.own
    if database_exists(own):
        return own, False
    # Asked once in a lifetime: the question (and the demo) load only then.
    from ui.shell import first_run
    from ui.shell.first_run import FirstRunChoice

    choice = first_run.ask_first_run()
    if choice is None:
        return None
    return (places.demo, True) if choice is FirstRunChoice.DEMO else (own, False)


class OpenLog:
    """The main window on the log open now; File › New, Open and Switch replace it."""

    def __init__(
        self,
        places: LogPlaces,
        open_services: Callable[..., Services],
        ui_state: QSettings | None = None,
        *,
        on_window: Callable[[MainWindow, OpenLog], None] | None = None,
        restore_backup: RestoreBackup | None = None,
    ) -> None:
        self.places = places
        self._restore_backup = restore_backup
        self._open_services = open_services
        self._ui_state = ui_state
        self._on_window = on_window
        self.window: MainWindow | None = None

    @property
    def own_log(self) -> Path:
        return remembered_log(self.places, self._ui_state)

    def open(self, path: Path, is_demo: bool, parent: QWidget | None = None) -> MainWindow | None:
        """Open a log in a new window (not shown yet); None, after saying why, if it cannot."""
        path.parent.mkdir(parents=True, exist_ok=True)
        is_new = not is_demo and not database_exists(path)
        try:
            services = open_with_passphrase(self._open_services, path, is_demo, parent)
            if services is None:
                return None
            if is_new:
                from ui.shell.new_log_locale import start_new_log

                start_new_log(services)  # the paper and currency of where the owner is
        except CorruptDatabaseError as error:
            if self._restore_backup is None:
                _say_cannot(parent, f"{APP_NAME} cannot open this log", str(error))
                return None
            return self._damaged(path, is_demo, error.backup, parent)
        except SteadyError as error:
            _say_cannot(parent, f"{APP_NAME} cannot open this log", str(error))
            return None
        try:
            if is_demo and services.customers.count() == 0:
                from app.demo.fill import fill_demo

                fill_demo(services)
        except SteadyError as error:
            services.close()
            _say_cannot(parent, f"{APP_NAME} cannot open the demo", str(error))
            return None
        window = steady_window(services, ui_state=self._ui_state)
        window.select_first_customer()
        if not is_demo and self._ui_state is not None:
            self._ui_state.setValue(LAST_LOG_KEY, str(path))
            # Written to disk once the log is on screen (QSettings keeps the value meanwhile).
            after_first_paint(self._ui_state.sync)
        if self._on_window is not None:
            self._on_window(window, self)
        self.window = window
        return window

    def _damaged(
        self, path: Path, is_demo: bool, backup: str, parent: QWidget | None
    ) -> MainWindow | None:
        """A log too damaged to open: a backup put back, another log, or nothing (quit)."""
        from ui.shell import damaged_log, missing_log
        from ui.shell.damaged_log import DamagedLogChoice

        assert self._restore_backup is not None
        while True:
            answer = damaged_log.ask_damaged_log(path, backup, parent)
            if answer.choice is DamagedLogChoice.QUIT:
                return None
            if answer.choice is DamagedLogChoice.OPEN_ANOTHER:
                other = missing_log.ask_another_log(parent, path.parent)
                if other is None:
                    continue
                return self.open(other, other == self.places.demo, parent)
            try:
                restored = self._restore_backup(path, answer.backup)
            except SteadyError as error:
                _say_cannot(parent, "The backup was not restored", str(error))
                backup = answer.backup
                continue
            _say_restored(parent, restored)
            return self.open(path, is_demo, parent)

    def adopt(self, window: MainWindow) -> None:
        """The same log reopened in a new window (its passphrase changed): dressed as open()
        dresses it, and the one File › New, Open and Switch replace from now on."""
        if self._on_window is not None:
            self._on_window(window, self)
        self.window = window

    def switch_to(self, path: Path, is_demo: bool) -> MainWindow | None:
        """Show another log in place of the open one; the open one stays if that fails."""
        old = self.window
        if old is not None and Path(old.services.store.path) == path:
            return old
        # Calm-reply windows on the old log save as they close; one its owner keeps open (its
        # words would otherwise be lost) keeps the old log open with it.
        if old is not None and close_windows_of(old.services):
            return None
        profile = None
        if old is not None and old.services.is_demo and not is_demo and not database_exists(path):
            from ui.shell.demo_profile import offer_demo_profile

            profile = offer_demo_profile(old, old.services)
        window = self.open(path, is_demo, parent=old)
        if window is None:
            self.window = old
            return None
        if profile is not None:
            _take_demo_profile(window, profile)
        window.show()
        if old is not None:
            old.close()
            old.services.close()
            old.deleteLater()
        return window

    def switch_to_demo(self) -> MainWindow | None:
        return self.switch_to(self.places.demo, True)

    def switch_to_own(self) -> MainWindow | None:
        found = find_own_log(self.places, self._ui_state, self.window, offer_demo=False)
        return self.switch_to(*found) if found is not None else None

    def close(self) -> None:
        if self.window is not None:
            # Closing the window first stops its workers (the assessment opens a connection of
            # its own): a worker opening the log while it was being closed froze both threads.
            self.window.close()
            self.window.services.close()


def open_with_passphrase(
    open_services: Callable[..., Services],
    database: Path,
    is_demo: bool,
    parent: QWidget | None = None,
) -> Services | None:
    """Open the log, asking for its passphrase while it is locked; None if the owner cancels."""
    passphrase: str | None = None
    problem = ""

    def aside(work: Callable[[], None]) -> None:
        # Loaded only for an older log on a read-only drive, never on the way to the paint.
        from ui.shell.older_log_progress import run_showing_progress

        run_showing_progress(work, database, parent)

    while True:
        try:
            return open_services(database, is_demo=is_demo, passphrase=passphrase, aside=aside)  # type: ignore[no-any-return]
        except PassphraseNeededError:
            pass
        except PassphraseError as error:
            if passphrase is None:
                raise
            problem = str(error)
        from ui.shell.passphrase_prompt import ask_passphrase  # a locked log only

        passphrase = ask_passphrase(
            "Your log is locked",
            f"{database.name} is locked with a passphrase. Type it to open your log.",
            problem,
        )
        if passphrase is None:
            return None


def _take_demo_profile(window: MainWindow, profile: DemoProfile) -> None:
    from app.demo.carry_over import carry_over

    try:
        carry_over(profile, window.services)
    except SteadyError as error:
        _say_cannot(window, "Your settings from the demo were not taken", str(error))
        return
    window.page.refresh_figures()
    window.statusBar().showMessage("Your settings from the demo are now your log's.", 8000)


def _say_restored(parent: QWidget | None, restored: Restored) -> None:
    from PySide6.QtWidgets import QMessageBox

    kept = f" The damaged log is kept as {restored.set_aside}." if restored.set_aside else ""
    # Not written down beside the log: said as a warning, not as a plain success.
    say = QMessageBox.warning if restored.unrecorded else QMessageBox.information
    say(
        parent,
        "Backup restored",
        f"The backup is back in place of your log.{kept}"
        + "".join(f"\n\n{text}" for text in (restored.unrecorded, restored.note) if text),
    )


def _say_cannot(parent: QWidget | None, title: str, why: str) -> None:
    # Qt builds the message box's classes when one is first shown, not at every start.
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, why)
