"""Importing many files at once: each message saved whole (app/importing/saving.py),
progress, cancel between messages, and a report of what was imported, skipped as already
there, or failed and why.

Nothing here touches a window; the import dialog runs `Importer.run` on a worker thread
with its own database connection and shows the progress it reports."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import tzinfo

from app.core.clock import Clock
from app.core.domain import POST_SOURCE, Channel, Contact, ContactDetails, Direction
from app.core.errors import DatabaseBusyError, DiskFullError, SteadyError
from app.core.file_names import file_name
from app.core.ports import Store
from app.core.settings import Settings
from app.core.shown_text import override_warning
from app.importing.batch_report import (
    EMPTY_FOLDER,
    ImportedItem,
    ImportFailure,
    ImportOptions,
    ImportReport,
    ItemRef,
    Progress,
    Unmatched,
)
from app.importing.direction import doubted_outbound
from app.importing.file_records import FileRecords
from app.importing.files import PASTED, files_in, kind_of, single_found, size, unreadable
from app.importing.found import FoundMessage
from app.importing.helpdesk_csv import ColumnMapping, guess_mapping, iter_rows, read_table
from app.importing.images import file_time
from app.importing.mailbox_source import mailbox_file, mailbox_read, mbox_items
from app.importing.matching import customer_for, direction_of, sender_customer
from app.importing.mbox import MboxReader
from app.importing.paste import split_pasted
from app.importing.pasted_direction import pasted_claims
from app.importing.pasted_sender import whose_pasted
from app.importing.pasted_thread import TypedBeside, given_before, thread_identities
from app.importing.post_details import PostEvidence, missing_from
from app.importing.review import SuggestionReview
from app.importing.sameness import before_customer, for_the_customer
from app.importing.saving import MessageBatches
from app.importing.sent_by_owner import SentByOwner
from app.importing.suggest import severity_for
from app.importing.suggestion_records import add_suggestion, suggested_for
from app.importing.tally import FileTally, Stop, stop_reason
from app.importing.written_time import later_than_now
from app.log.contacts import MAX_ATTACHMENT_BYTES, ContactLog


class Importer(FileRecords):
    """The import use case; one per database connection (the dialog's worker opens its own)."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self._contacts = ContactLog(store)
        self.posts = PostEvidence(store)
        self.suggestions = SuggestionReview(store)
        self.sent_by_owner = SentByOwner(store)
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

    # --- one message ----------------------------------------------------------------------

    def _item(
        self,
        ref: ItemRef,
        source: str,
        found: FoundMessage | SteadyError,
        path: str,
        options: ImportOptions,
        own: set[str],
        report: ImportReport,
        tally: FileTally,
    ) -> None:
        if isinstance(found, SteadyError):
            report.failed.append(ImportFailure(source, str(found)))
            tally.failed += 1
            return
        direction = direction_of(self._store, found, own)
        chosen = options.customer_id is not None or ref in options.item_customers
        sameness = before_customer(self._store, found, chosen)
        customer_id, key = None, ""
        if not sameness.skip:
            customer_id, key = customer_for(self._store, ref, found, direction, own, options)
            if customer_id is None:
                on_screen = options.customer_id
                known_as = (
                    sender_customer(self._store, found, direction, own) if on_screen else None
                )
                report.unmatched.append(
                    Unmatched(
                        ref,
                        source,
                        key,
                        found.sender_name,
                        found.label,
                        on_screen,
                        known_as,
                        tuple(found.warnings),
                    )
                )
                return
            sameness = for_the_customer(self._store, sameness, customer_id)
        # Matched on the claim (the customer it was sent to), logged as theirs until confirmed.
        doubt = doubted_outbound(found, direction, own)
        direction = Direction.INBOUND if doubt else direction
        if sameness.skip or customer_id is None:
            report.skipped.append(source)
            tally.skipped += 1
            return
        external_id = sameness.external_id
        warnings = [*found.warnings, *filter(None, [override_warning(found.text)])]
        occurred_at = found.occurred_at
        if found.kind in ("paste", "csv"):
            fallback = "now" if found.kind == "paste" else "the file's date"
            future = later_than_now(occurred_at, self._clock(), fallback)
            if future:
                warnings.append(f"{found.place.capitalize()}: {future}" if found.place else future)
                occurred_at = None
        if occurred_at is None:
            occurred_at = file_time(path) if os.path.exists(path) else self._clock()
        # The business's own words are never the customer's threat.
        inbound = direction is Direction.INBOUND
        suggestions = suggested_for(self._store, customer_id, found) if inbound else []
        details = ContactDetails(
            occurred_at=occurred_at,
            channel=found.channel,
            direction=direction,
            text=found.text,
            summary=found.summary or found.label,
            minutes=found.minutes,
            staff=found.staff,
            categories=tuple(s.category for s in suggestions),
            severity=severity_for(suggestions),
            url=found.url,
        )
        attachments = list(found.attachments)
        place = found.mailbox_place
        if found.original is not None:
            note = " ".join(filter(None, (found.original.note, sameness.flag, doubt)))
            if place is not None:
                note += " " + place.described()
            if warnings:
                note += " Noted at import: " + " ".join(warnings)
            attachments.insert(0, replace(found.original, note=note))
        else:
            place = None
        warnings += [warning for warning in (sameness.flag, doubt) if warning]
        is_post = found.kind == "image" and found.channel is Channel.SOCIAL
        contact_source = POST_SOURCE if is_post else f"import:{found.kind}"
        try:
            with self._store.atomic():
                if self._store.contacts.find_external(external_id) is not None:
                    report.skipped.append(source)
                    tally.skipped += 1
                    return
                contact_id = self._contacts.log(
                    customer_id,
                    details,
                    attachments if place is None else [],
                    source=contact_source,
                    external_id=external_id,
                )
                if place is not None:
                    # First, as with any email: the original, with where it stood in the mailbox.
                    self._attach_from_mailbox(contact_id, attachments[0], place)
                    if attachments[1:]:
                        self._contacts.attach(contact_id, attachments[1:])
                if found.original_path:
                    self._attach_streamed(contact_id, found)
                for suggestion in suggestions:
                    add_suggestion(self._store, contact_id, suggestion.category, suggestion.words)
                missing: list[str] = []
                if is_post:
                    post = (
                        options.image_details[path].post if path in options.image_details else None
                    )
                    missing = missing_from(post)
                    if post is not None:
                        row_id = self._store.imports.add_post_details(contact_id, post)
                        self._store.ledger.record(
                            "post_details.recorded",
                            "post_details",
                            row_id,
                            {"contact_id": contact_id, "missing": missing},
                        )
        except (DatabaseBusyError, DiskFullError):
            raise
        except SteadyError as error:
            report.failed.append(ImportFailure(source, str(error)))
            tally.failed += 1
            return
        report.imported.append(
            ImportedItem(
                ref,
                source,
                contact_id,
                customer_id,
                found.label,
                tuple(warnings),
                tuple(suggestions),
                tuple(missing),
                doubt,
            )
        )
        tally.imported += 1
        tally.warnings += warnings

    # --- remembered CSV mappings ----------------------------------------------------------

    def remembered_mapping(self, signature: str) -> ColumnMapping | None:
        stored = self._store.imports.csv_mapping(signature)
        return ColumnMapping(dict(stored)) if stored else None

    def remember_mapping(self, signature: str, mapping: ColumnMapping) -> None:
        with self._store.atomic():
            self._store.imports.save_csv_mapping(signature, dict(mapping.columns))
