"""One item of a batch (a message, a picture, a row, a pasted message) logged as a contact:
its customer, direction, time and suggested categories worked out, then saved with its files in
one transaction, and what became of it added to the report."""

from __future__ import annotations

import os
from dataclasses import replace

from app.core.clock import Clock
from app.core.domain import POST_SOURCE, Channel, ContactDetails, Direction
from app.core.errors import DatabaseBusyError, DiskFullError, SteadyError
from app.core.shown_text import override_warning
from app.importing.batch_report import (
    FileNote,
    ImportedItem,
    ImportFailure,
    ImportOptions,
    ImportReport,
    ItemRef,
    Unmatched,
)
from app.importing.direction import doubted_outbound
from app.importing.direction_doubts import DirectionDoubt, short_doubt
from app.importing.doubt_records import record_doubt
from app.importing.file_records import FileRecords
from app.importing.forward_pairs import files_for_pair, same_message
from app.importing.found import FoundMessage
from app.importing.images import file_time
from app.importing.matching import customer_for, direction_of, sender_customer
from app.importing.photo_time import refused_photo_time
from app.importing.post_details import missing_from
from app.importing.sameness import before_customer, for_the_customer
from app.importing.suggest import severity_for
from app.importing.suggestion_records import add_suggestion, suggested_for
from app.importing.tally import FileTally
from app.importing.written_time import later_than_now
from app.log.contacts import ContactLog


class ItemLogging(FileRecords):
    """Logs one item at a time for the import use case (app/importing/batch.py)."""

    _clock: Clock
    _contacts: ContactLog

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
        forward_doubt = found.forward_doubt
        if sameness.skip or customer_id is None:
            report.skipped.append(source)
            tally.skipped += 1
            return
        pair = None if doubt else same_message(self._store, customer_id, found)
        if pair is not None:
            self._pair(pair, source, found, report, tally)
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
        if found.kind == "image":
            photo = options.image_details.get(path)
            refused = refused_photo_time(self._store, found, photo, customer_id, self._clock())
            warnings += [refused] if refused else []
            occurred_at = found.occurred_at
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
            note = " ".join(
                filter(None, (found.original.note, sameness.flag, doubt, forward_doubt))
            )
            if place is not None:
                note += " " + place.described()
            if warnings:
                note += " Noted at import: " + " ".join(warnings)
            attachments.insert(0, replace(found.original, note=note))
        else:
            place = None
        warnings += [warning for warning in (sameness.flag, doubt, forward_doubt) if warning]
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
                speaker = found.sender_name if _is_chat_line(found) else ""
                if doubt or forward_doubt or speaker:
                    why = short_doubt(doubt or forward_doubt)
                    record_doubt(self._store, DirectionDoubt(contact_id, why, speaker))
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
                forward_doubt,
                found.read_as_local,
            )
        )
        tally.imported += 1
        tally.warnings += warnings

    def _pair(
        self,
        contact_id: int,
        source: str,
        found: FoundMessage,
        report: ImportReport,
        tally: FileTally,
    ) -> None:
        """The same message as a contact logged already: its files go with that contact."""
        if found.taken_forward is not None:
            note = " ".join(
                [
                    "The business's forward of this message, as received, with all its headers.",
                    *found.warnings,
                ]
            )
            told = "it is the business's forward of it"
        else:
            note = (
                "This message as its sender sent it, with all its headers, imported after the "
                "business's forward of it."
            )
            told = "the business's forward of it was logged first"
        try:
            files = files_for_pair(self._store, contact_id, found, note)
            if files:
                self._contacts.attach(contact_id, files)
        except (DatabaseBusyError, DiskFullError):
            raise
        except SteadyError as error:
            report.failed.append(ImportFailure(source, str(error)))
            tally.failed += 1
            return
        if files:
            report.notes.append(
                FileNote(
                    source,
                    f"The same message as contact {contact_id} ({told}): attached to it as "
                    "evidence, not logged twice.",
                )
            )
        report.skipped.append(source)
        tally.skipped += 1


def _is_chat_line(found: FoundMessage) -> bool:
    """A line of a pasted chat, whose speaker the chat names."""
    return found.kind == "paste" and found.channel is Channel.CHAT and bool(found.sender_name)
