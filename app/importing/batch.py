"""Importing many files at once: each message saved whole (app/importing/saving.py),
progress, cancel between messages, and a report of what was imported, skipped as already
there, or failed and why.

Nothing here touches a window; the import dialog runs `Importer.run` on a worker thread
with its own database connection and shows the progress it reports."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import tzinfo

from app.core.clock import Clock
from app.core.domain import Channel, Contact
from app.core.errors import DatabaseBusyError, DiskFullError, SteadyError
from app.core.file_names import file_name
from app.core.ports import Store
from app.core.settings import Settings
from app.importing.batch_report import (
    EMPTY_FOLDER,
    ImportFailure,
    ImportOptions,
    ImportReport,
    ItemRef,
    Progress,
    Unmatched,
)
from app.importing.files import PASTED, files_in, kind_of, single_found, size, unreadable
from app.importing.forwarded_by_owner import ForwardedByOwner
from app.importing.found import FoundMessage
from app.importing.helpdesk_csv import ColumnMapping, guess_mapping, iter_rows, read_table
from app.importing.item_logging import ItemLogging
from app.importing.mailbox_source import mailbox_file, mailbox_read, mbox_items
from app.importing.mbox import MboxReader
from app.importing.paste import split_pasted
from app.importing.pasted_direction import pasted_claims
from app.importing.pasted_sender import whose_pasted
from app.importing.pasted_thread import TypedBeside, given_before, thread_identities
from app.importing.post_details import PostEvidence
from app.importing.review import SuggestionReview
from app.importing.saving import MessageBatches
from app.importing.sent_by_owner import SentByOwner
from app.importing.tally import FileTally, Stop, stop_reason
from app.importing.written_time import later_than_now
from app.log.contacts import MAX_ATTACHMENT_BYTES, ContactLog


class Importer(ItemLogging):
    """The import use case; one per database connection (the dialog's worker opens its own)."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._contacts = ContactLog(store)
        self.posts = PostEvidence(store)
        self.suggestions = SuggestionReview(store)
        self.sent_by_owner = SentByOwner(store)
        self.forwarded_by_owner = ForwardedByOwner(store)
        # The zone pasted times written without one are read in (None: the laptop's).
        self.zone: tzinfo | None = None

    def whose_pasted(self, text: str, on_screen: int | None) -> tuple[int | None, Unmatched | None]:
        """The customer a pasted thread goes to, or what to ask (see pasted_sender.py)."""
        return whose_pasted(self._store, text, on_screen, self._clock(), self.zone)

    def missing_post_details(self, contact: Contact) -> list[str]:
        """What the timeline should warn about for a contact (see post_details.py)."""
        return self.posts.missing_post_details(contact)

    def import_pasted(
        self,
        customer_id: int,
        text: str,
        channel: Channel = Channel.EMAIL,
        typed: TypedBeside | None = None,
    ) -> ImportReport:
        """Log each message of a pasted thread or transcript as its own contact, with what
        the owner typed beside it (`typed`, whose channel then wins over `channel`)."""
        report = ImportReport()
        own = Settings(self._store).own_addresses()
        options = ImportOptions(customer_id=customer_id)
        tally = FileTally()
        now = self._clock()
        messages = split_pasted(text, now, self.zone)
        identities = thread_identities(messages)
        claims = pasted_claims(self._store, customer_id, messages)
        given = typed is not None and given_before(self._store, customer_id, identities, typed)
        for number, (pasted, identity) in enumerate(zip(messages, identities, strict=True), 1):
            found = FoundMessage(
                kind="paste",
                text=pasted.text,
                subject=pasted.subject,
                occurred_at=pasted.sent_at,
                sender_address=pasted.sender_address,
                sender_name=pasted.sender,
                channel=channel,
            )
            if typed is not None:
                first = not report.imported and not given
                typed.give(found, number, len(messages), first=first)
            claims[number - 1].apply(found)
            found.content_sha256 = identity
            if pasted.note:
                found.warnings.append(pasted.note)
                found.read_as_local = pasted.read_as_local
            if not pasted.sent_at and pasted.sent:
                found.warnings.append(f"The time “{pasted.sent}” could not be read; now was used.")
            source = f"pasted text, message {number}"
            # The time read, for the owner to check at a glance (one after now is not used).
            if pasted.sent_at is not None and not later_than_now(pasted.sent_at, now, ""):
                source += f", sent {pasted.sent_at.astimezone():%Y-%m-%d %H:%M}"
            self._item(ItemRef(PASTED, number), source, found, PASTED, options, own, report, tally)
        return report

    # --- the batch ------------------------------------------------------------------------

    def run(
        self,
        paths: Iterable[str],
        options: ImportOptions | None = None,
        progress: Callable[[Progress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> ImportReport:
        options = options or ImportOptions()
        report = ImportReport()
        empty: list[str] = []
        paths = files_in([os.path.abspath(path) for path in paths], report.left_out, empty)
        for folder in empty:
            report.failed.append(ImportFailure(file_name(folder), EMPTY_FOLDER))
        if options.only is not None:
            wanted = {ref.path for ref in options.only}
            paths = [path for path in paths if path in wanted]
        sizes = {path: size(path) for path in paths}
        total = sum(sizes.values())
        own = Settings(self._store).own_addresses()
        done_bytes = 0

        def tell(files_done: int, current: str, extra: int = 0) -> None:
            if progress is not None:
                progress(
                    Progress(
                        files_done,
                        len(paths),
                        min(total, done_bytes + extra),
                        total,
                        current,
                        len(report.imported),
                        len(report.skipped),
                        len(report.failed),
                    )
                )

        for number, path in enumerate(paths):
            name = file_name(path)
            if should_stop is not None and should_stop():
                report.cancelled = True
                break
            tell(number, name)
            try:
                self._file(path, options, own, report, should_stop, tell, number)
            except Stop as stop:
                report.stopped = str(stop)
                for rest in paths[number + 1 :]:
                    report.failed.append(ImportFailure(file_name(rest), f"Not imported: {stop}"))
                break
            done_bytes += sizes[path]
        tell(len(paths), "")
        return report

    def _file(
        self,
        path: str,
        options: ImportOptions,
        own: set[str],
        report: ImportReport,
        should_stop: Callable[[], bool] | None,
        tell: Callable[..., None],
        number: int,
    ) -> None:
        name = file_name(path)
        kind = kind_of(path, options.image_extensions)
        tally = FileTally()
        digest = ""
        known_size: int | None = None
        items: Iterator[tuple[ItemRef, str, FoundMessage | SteadyError]]
        try:
            if not os.path.isfile(path):
                raise SteadyError(
                    f"Steady cannot find {name} (it may have been moved, renamed or deleted)."
                )
            if kind == "mbox":
                # A 2 GB mailbox takes seconds to hash: say what is happening meanwhile.
                tell(number, f"{name}: taking its SHA-256 before reading it")
                mailbox = mailbox_file(path)
                # The file as its messages record it, whatever happens to it from here on.
                digest, known_size = mailbox.sha256, mailbox.size
                reader = MboxReader(path, MAX_ATTACHMENT_BYTES)
                items = (
                    (ItemRef(path, number), source, found)
                    for number, source, found in mbox_items(reader, mailbox, MAX_ATTACHMENT_BYTES)
                )
            else:
                if kind != "csv" and os.path.getsize(path) > MAX_ATTACHMENT_BYTES:
                    raise SteadyError(
                        f"It is {os.path.getsize(path) / 1024 / 1024:.0f} MB; Steady keeps files "
                        f"up to {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB. Nothing was saved."
                    )
                items = self._single_items(path, kind, options)
            with MessageBatches(self._store, report, tally.lost) as batches:
                for ref, source, found in items:
                    if should_stop is not None and should_stop():
                        report.cancelled = True
                        break
                    if kind == "mbox":
                        tell(number, f"{name}, message {ref.index}", reader.position)
                    if options.only is not None and ref not in options.only:
                        continue
                    batches.before_message()
                    self._item(ref, source, found, path, options, own, report, tally)
                    batches.after_message()
            if kind == "mbox" and not report.cancelled:
                note = mailbox_read(self._store, reader, mailbox, tally.skipped)
                report.notes += [note] if note else []
        except (DatabaseBusyError, DiskFullError) as error:
            reason = stop_reason(error)
            report.failed.append(ImportFailure(name, reason))
            raise Stop(reason) from error
        except SteadyError as error:
            report.failed.append(ImportFailure(name, str(error)))
            tally.failed += 1
        except OSError as error:
            report.failed.append(ImportFailure(name, f"Cannot read it: {error.strerror or error}."))
            tally.failed += 1
        except Exception as error:  # a hostile file (a CSV, a mailbox) must not stop the batch
            report.failed.append(ImportFailure(name, str(unreadable(name, error))))
            tally.failed += 1
        self._record_file(path, kind, digest, tally, report.cancelled, known_size)

    def _single_items(
        self, path: str, kind: str, options: ImportOptions
    ) -> Iterator[tuple[ItemRef, str, FoundMessage | SteadyError]]:
        name = file_name(path)
        if kind == "csv":
            table = read_table(path)
            mapping = options.csv_mappings.get(path) or self.remembered_mapping(table.signature)
            mapping = mapping or guess_mapping(table.headers)
            if mapping.missing():
                raise SteadyError(
                    "Choose which column holds " + ", ".join(mapping.missing()).lower() + "."
                )
            for number, found in enumerate(iter_rows(path, table, mapping), start=1):
                # Named by its row as the spreadsheet numbers it, as its warnings are.
                yield ItemRef(path, number), f"{name}, {found.place or f'row {number}'}", found
            return
        # A reader failing on a hostile file is caught in _file: one failure for the file.
        yield ItemRef(path), name, single_found(path, kind, options.image_details.get(path))

    # --- remembered CSV mappings ----------------------------------------------------------

    def remembered_mapping(self, signature: str) -> ColumnMapping | None:
        stored = self._store.imports.csv_mapping(signature)
        return ColumnMapping(dict(stored)) if stored else None

    def remember_mapping(self, signature: str, mapping: ColumnMapping) -> None:
        with self._store.atomic():
            self._store.imports.save_csv_mapping(signature, dict(mapping.columns))
