"""Helpdesk exports (Zendesk, Freshdesk, Help Scout and the like) as CSV: one row per
ticket or message. The columns are guessed from their names, shown in a preview, and the
owner's mapping is remembered for the next export with the same columns."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from email.utils import parseaddr

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel, Direction
from app.core.errors import SteadyError
from app.core.file_names import file_name
from app.importing.csv_lines import CsvLines, sniff_encoding
from app.importing.found import FoundMessage
from app.importing.written_time import noted_written_time, read_written_time

# What each column can be, with the names helpdesks give it (compared without case/spaces).
FIELDS: dict[str, tuple[str, str]] = {
    "when": ("Date and time", "created at|created|date|sent at|sent|time|timestamp|date created"),
    "email": (
        "Customer's email",
        "requester email|customer email|email|from email|from|sender email|sender|contact email"
        "|requester|customer",
    ),
    "name": ("Customer's name", "requester name|customer name|name|from name|contact name"),
    "subject": ("Subject", "subject|title|ticket subject|conversation subject"),
    "text": (
        "Message text",
        "body|message|description|comment|text|content|message body|first message|thread"
        "|conversation|plain body|html body",
    ),
    "reference": ("Ticket or message number", "ticket id|id|ticket number|number|conversation id"),
    "direction": ("From the customer or from us", "direction|type|author type|from type|source"),
}
_INBOUND = {"in", "incoming", "inbound", "customer", "requester", "end-user", "end user", "user"}
_OUTBOUND = {"out", "outgoing", "outbound", "agent", "staff", "reply", "admin", "team"}
# A helpdesk's private notes (Zendesk, Freshdesk, Help Scout…): the staff's words, never sent
# to the customer, so never to be quoted as theirs.
_INTERNAL = {
    "internal",
    "private",
    "note",
    "notes",
    "internal note",
    "private note",
    "agent note",
    "staff note",
    "internal comment",
    "private comment",
    "comment internal",
    "lineitem note",
}
SAMPLE_BYTES = 64 * 1024


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    encoding: str
    delimiter: str

    @property
    def signature(self) -> str:
        """Same columns, same helpdesk: the key under which a mapping is remembered."""
        return hashlib.sha256("\x1f".join(_norm(h) for h in self.headers).encode()).hexdigest()


@dataclass
class ColumnMapping:
    """Which column holds each field (a header name, or "" when there is none)."""

    columns: dict[str, str] = field(default_factory=dict)

    def column(self, key: str) -> str:
        return self.columns.get(key, "")

    def missing(self) -> list[str]:
        """What must be chosen before importing."""
        return [FIELDS[key][0] for key in ("text",) if not self.column(key)]


def read_table(path: str) -> CsvTable:
    try:
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
    except OSError as error:
        raise SteadyError(f"Cannot read {path}: {error.strerror or error}.") from error
    encoding = sniff_encoding(sample)
    text = sample.decode(encoding, errors="replace")
    try:
        delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    headers = next(csv.reader(text.splitlines()[:1], delimiter=delimiter), [])
    if not [h for h in headers if h.strip()]:
        raise SteadyError(f"{path} has no column names in its first line; it is not a CSV export.")
    return CsvTable(tuple(h.strip() for h in headers), encoding, delimiter)


def guess_mapping(headers: tuple[str, ...]) -> ColumnMapping:
    """The column that best fits each field: an exact known name first, then a partial one."""
    normalised = {header: _norm(header) for header in headers}
    chosen: dict[str, str] = {}
    for key, (_, names) in FIELDS.items():
        known = names.split("|")
        for name in known:
            exact = [h for h, n in normalised.items() if n == name and h not in chosen.values()]
            if exact:
                chosen[key] = exact[0]
                break
        else:
            for name in known:
                partial = [
                    h
                    for h, n in normalised.items()
                    if name in n and h not in chosen.values() and len(name) > 3
                ]
                if partial:
                    chosen[key] = partial[0]
                    break
    return ColumnMapping(chosen)


def parse_time(text: str) -> datetime | None:
    return read_written_time(text, day_first=False)


def _direction(value: str) -> Direction | None:
    value = _norm(value)
    if value in _INBOUND or value.replace(" ", "-") in _INBOUND:
        return Direction.INBOUND
    if value in _OUTBOUND or value in _INTERNAL:
        return Direction.OUTBOUND
    return None


def _say_who_wrote(found: FoundMessage, value: str, column: str, number: int) -> None:
    """A private note is logged as the business's words and says so; a value Steady cannot
    place is taken as the customer's, and the owner is told which row to check."""
    if _norm(value) in _INTERNAL:
        found.summary = f"Internal note in the helpdesk ({column}: “{value.strip()}”), not sent"
        found.warnings.append(
            f"Row {number} is an internal note ({column}: “{value.strip()}”): logged as the "
            "business's words, not the customer's."
        )
    elif value.strip() and found.direction is None:
        found.warnings.append(
            f"Row {number}: “{value.strip()}” in the column “{column}” does not say whether "
            "the customer or the business wrote it: taken as the customer's. Correct the "
            "contact if it was not."
        )


@dataclass(frozen=True)
class RowSource:
    """Where a row came from: kept with its contact as the row exactly as in the file."""

    filename: str
    header: bytes  # the header line's bytes, so the kept row is a CSV that opens on its own
    raw: bytes


def row_message(
    row: dict[str, str],
    mapping: ColumnMapping,
    number: int,
    source: RowSource | None = None,
    zone: tzinfo | None = None,
) -> FoundMessage:
    """Row `number` as a message; times written without a zone are read in `zone` (None: the
    laptop's)."""

    def get(key: str) -> str:
        column = mapping.column(key)
        return (row.get(column) or "") if column else ""

    warnings: list[str] = []
    when_text = get("when")
    # A helpdesk writes its local time without a zone: the night the clocks change, the
    # owner is told which moment a time that happened twice (or never) was taken as.
    occurred_at, note = noted_written_time(when_text, day_first=False, zone=zone)
    if when_text and occurred_at is None:
        warnings.append(f"Row {number}: the time “{when_text}” could not be read.")
    if note:
        warnings.append(f"Row {number}: {note}")
    name, address = parseaddr(get("email"))
    if "@" not in address:
        address = ""
    reference = get("reference").strip()
    subject = get("subject").strip()
    if reference and subject:
        subject = f"{subject} (#{reference})"
    found = FoundMessage(
        kind="csv",
        text=get("text"),
        subject=subject,
        occurred_at=occurred_at,
        sender_address=address.lower(),
        sender_name=get("name").strip() or name,
        channel=Channel.EMAIL,
        warnings=warnings,
    )
    found.content_sha256 = row_identity(
        [when_text, address.lower(), get("subject"), get("text")], reference
    )
    found.direction = _direction(get("direction"))
    _say_who_wrote(found, get("direction"), mapping.column("direction") or "", number)
    found.place = f"row {number}"
    if source is not None:
        stem = os.path.splitext(source.filename)[0] or "export"
        found.original = NewAttachment(
            filename=f"{stem}, row {number}.csv",
            data=source.header + source.raw,
            mime="text/csv",
            note=f"Row {number} of {source.filename} exactly as in the export, after its "
            "header line.",
        )
    return found


def row_identity(words: list[str], reference: str, occurrence: int = 1) -> str:
    """What makes importing the same export twice do nothing, while different tickets with
    the same words (the same question asked five times) stay five contacts.

    The ticket number, when there is one, tells rows apart. Rows alike in everything Steady
    logs are counted in the file: the same row four times gives four contacts, and importing
    the file again gives none.
    """
    parts = list(words)
    if reference:
        parts.append(f"ticket:{reference}")
    if occurrence > 1:
        parts.append(f"occurrence:{occurrence}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def iter_rows(path: str, table: CsvTable, mapping: ColumnMapping) -> Iterator[FoundMessage]:
    """Each data row as a message, streamed; blank rows are passed over."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    seen: Counter[str] = Counter()
    filename = file_name(path)
    with open(path, "rb") as handle:
        lines = CsvLines(handle, table.encoding)
        reader = csv.reader(lines, delimiter=table.delimiter)
        next(reader, None)  # the header line itself
        header = lines.take()[0]
        for number, values in enumerate(reader, start=2):
            raw, read_as = lines.take()
            if not any(value.strip() for value in values):
                continue
            row = dict(zip(table.headers, values, strict=False))
            found = row_message(row, mapping, number, RowSource(filename, header, raw))
            seen[found.content_sha256] += 1
            if seen[found.content_sha256] > 1:
                found.content_sha256 = row_identity(
                    [found.content_sha256], "", seen[found.content_sha256]
                )
            found.warnings += lines.warnings(read_as, number)
            yield found


def preview(
    path: str, table: CsvTable, mapping: ColumnMapping, limit: int = 5
) -> list[FoundMessage]:
    rows = []
    for found in iter_rows(path, table, mapping):
        rows.append(found)
        if len(rows) >= limit:
            break
    return rows
