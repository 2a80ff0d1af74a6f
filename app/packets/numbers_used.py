"""Packet numbers handed on, written down beside the log so that none is ever given twice.

A packet's number counts the packets already logged for the customer. Restoring an older
backup takes those entries out of the log, and the next packet would take the number of one
already handed on, with other contents. So each number handed on is also written to a small
file beside the database (`steady.db.numbers`, as the heads file is): a restore replaces the
database only, and the next number comes after every one written there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from app.core.appended_lines import add_line, disk_was_full, why_not_written

NUMBERS_SUFFIX = ".numbers"
# Where a number begins: a line cut short may have another glued on.
_GLUED = re.compile(r"(?=[A-Z])")
_NUMBER = re.compile(r"^(?P<kind>[A-Z])-(?P<customer>\d+)-(?P<day>\d{8})-(?P<count>\d+)$")


def numbers_path(database: str) -> str:
    return database + NUMBERS_SUFFIX


def numbers_used(database: str) -> list[str]:
    """Every number written down for the log at `database` (none for an in-memory log), in the
    order written; one cut short by a full disk or a power cut is there as far as it goes."""
    if not database or database.startswith(":memory:"):
        return []
    try:
        with open(numbers_path(database), encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    # Earlier versions of Steady appended after a line cut short without starting a new one:
    # both numbers were handed on, and each still counts.
    return [piece for line in lines for piece in _GLUED.split(line.strip()) if piece]


def torn_numbers(database: str) -> list[tuple[int, str]]:
    """Each number cut short in the numbers file, with the line it is on (from 1): what is left
    of one does not read as a whole number, or is the file's last line without its end."""
    if not database or database.startswith(":memory:"):
        return []
    try:
        with open(numbers_path(database), encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return []
    lines = text.splitlines()
    torn: list[tuple[int, str]] = []
    for at, line in enumerate(lines, 1):
        pieces = [piece for piece in _GLUED.split(line.strip()) if piece]
        unended = at == len(lines) and not text.endswith("\n")
        for place, piece in enumerate(pieces, 1):
            if _NUMBER.match(piece) is None or (unended and place == len(pieces)):
                torn.append((at, piece))
    return torn


def torn_numbers_note(database: str) -> str:
    """What verify tells the owner of numbers cut short: where, and that none is given twice;
    "" when none was."""
    return _torn_note(database, torn_numbers(database))


def _torn_note(database: str, torn: list[tuple[int, str]]) -> str:
    if not torn:
        return ""
    one = len(torn) == 1
    return (
        f"{_torn_where(database, torn)} Steady counts {'it' if one else 'each'} as handed on, so "
        f"{'its number is' if one else 'their numbers are'} skipped and never given to another "
        "packet. Nothing in your log was lost."
    )


def _torn_where(database: str, torn: list[tuple[int, str]]) -> str:
    """Where the numbers file holds numbers cut short, and what they are."""
    name = os.path.basename(numbers_path(database))
    lines = sorted({at for at, _ in torn})
    where = f"Line {lines[0]}" if len(lines) == 1 else f"Lines {_joined([str(n) for n in lines])}"
    return (
        f"{where} of {name}, the file beside the log where each packet number handed on is "
        f"written down, {'holds' if len(lines) == 1 else 'hold'} {_quoted(p for _, p in torn)}: "
        f"{'a number' if len(torn) == 1 else 'numbers'} cut short when the disk was full or the "
        "power went as it was written (or changed outside Steady)."
    )


def _quoted(pieces: Iterable[str]) -> str:
    return _joined([f"“{piece[:40]}”" for piece in pieces])


def _joined(items: list[str], last: str = "and") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def write_down_number(database: str, number: str) -> bool:
    """Append `number`; False when there was nothing to write down. The OSError that stopped
    the line (a full disk) is raised, for the caller to tell the owner: the log itself is
    unaffected."""
    if not database or database.startswith(":memory:") or number in numbers_used(database):
        return False
    add_line(numbers_path(database), number)
    return True


def write_down_missing(database: str, logged: list[str]) -> int:
    """Write down each of Steady's packet numbers in `logged` (the packets the log holds) that
    the numbers file lacks: one a full disk kept out when its packet was handed on. Returns how
    many were written; raises the OSError that stopped one."""
    used = set(numbers_used(database))
    missing = [n for n in dict.fromkeys(logged) if _NUMBER.match(n) and n not in used]
    for number in missing:
        write_down_number(database, number)
    return len(missing)


class NumberNotWrittenDown(Exception):
    """A packet handed on and logged whose number could not be written down beside the log: the
    packet is good, but restoring an older backup could give its number to another packet."""

    def __init__(self, number: str, database: str, error: OSError) -> None:
        self.number = number
        path = numbers_path(database)
        advice = "free some space there" if disk_was_full(error) else "check that folder"
        super().__init__(
            f"Packet {number} was made and logged, but its number could not be written down "
            f"beside the log ({why_not_written(path, error)}): {advice}, then verify the log to "
            "write it down; until then do not restore an older backup, or this number could be "
            "given again."
        )


def never_given(number: str, used: list[str]) -> str:
    """`number`, or the same with its count moved past every count already handed on for that
    customer, when a packet of that customer's with that count or a later one was given."""
    found = _NUMBER.match(number)
    if found is None:
        return number
    highest, _ = _handed_on(found["customer"], used)
    if int(found["count"]) > highest:
        return number
    return f"{found['kind']}-{found['customer']}-{found['day']}-{highest + 1}"


def _handed_on(customer: str, used: list[str]) -> tuple[int, list[str]]:
    """The highest count `used` may hold for `customer`, and the pieces that may have been
    another of their numbers than they read as: each is counted as one more number."""
    highest = 0
    doubtful: list[str] = []
    for item in used:
        match = _NUMBER.match(item)
        if match is not None and match["customer"] == customer:
            # A customer's numbers only grow: one showing no more than those before it lost
            # its last digits when cut short, and was past them all (or was written down late:
            # no line tells the two apart, and a number is never given twice).
            if int(match["count"]) <= highest:
                doubtful.append(item)
            highest = max(int(match["count"]), highest + 1)
        elif match is None and _may_be(item, customer):
            highest += 1  # cut short before its count: it was past every number before it
            doubtful.append(item)
    return highest, doubtful


def skipped_note(number: str, logged: list[str], used: list[str]) -> str:
    """Why a count below `number`'s is no packet's of that customer: a number in the numbers
    file that may have been another was counted as handed on. "" when none is skipped so."""
    skipped, doubtful = _skipped(number, logged, used)
    if not skipped:
        return ""
    one = len(doubtful) == 1
    return (
        f"No packet for this customer has a number ending in {_counts(skipped)}: "
        f"{'that number was' if len(skipped) == 1 else 'those numbers were'} never given. "
        "The file beside the log where each packet number handed on is written down holds "
        f"{_quoted(doubtful)}, which {'may be a number' if one else 'may be numbers'} cut short "
        f"as {'it was' if one else 'they were'} written (a full disk or a power cut) or written "
        "down late; Steady cannot tell which number "
        f"{'it was' if one else 'each was'}, so it counts {'it' if one else 'each'} as one "
        "more packet handed on and never gives a number twice."
    )


def packet_number_notes(
    notes: list[str],
    torn: list[tuple[int, str]],
    database: str,
    number: str,
    logged: list[str],
    used: list[str],
) -> tuple[str, ...]:
    """Verify's `notes` as the packet numbered `number` prints them. Where a number cut short
    (`torn`, as verify read the file) is why a count of this customer's was skipped, one note
    says both, in place of verify's note and the skip's, which told the reader twice that a
    number cut short counts as handed on."""
    skipped, doubtful = _skipped(number, logged, used)
    if not skipped:
        return tuple(notes)
    cut = [piece for piece in doubtful if piece in {p for _, p in torn}]
    if not cut:
        return (*notes, skipped_note(number, logged, used))
    late = [piece for piece in doubtful if piece not in cut]
    one = len(cut) == 1
    # Named once, in the sentence before, when they are all the file holds cut short.
    named = ("it" if one else "they") if len(cut) == len(torn) else _quoted(cut)
    after = (
        f", nor whether {_quoted(late)}, written down after {'it' if one else 'them'}, "
        f"{'is' if len(late) == 1 else 'are'} {'that number' if one else 'one of them'} or "
        f"{'another' if len(late) == 1 else 'others'} written down late"
        if late
        else ""
    )
    said = (
        f"{_torn_where(database, torn)} Steady cannot tell which "
        f"{'number' if one else 'numbers'} {named} {'was' if one else 'were'}{after}, so it "
        f"counted {'it' if len(doubtful) == 1 else 'each'} as a packet handed on: no packet for "
        f"this customer has a number ending in {_counts(skipped)}. No number is ever given "
        "twice, and nothing in your log was lost."
    )
    return (*[note for note in notes if note != _torn_note(database, torn)], said)


def _skipped(number: str, logged: list[str], used: list[str]) -> tuple[list[int], list[str]]:
    """The counts below `number`'s that no packet of that customer has, because a number in
    the numbers file that may have been another was counted as handed on; and those numbers."""
    found = _NUMBER.match(number)
    if found is None:
        return [], []
    customer = found["customer"]
    _, doubtful = _handed_on(customer, used)
    if not doubtful:
        return [], []
    given = {
        int(match["count"])
        for item in (*logged, *used)
        if (match := _NUMBER.match(item)) is not None and match["customer"] == customer
    }
    return [count for count in range(1, int(found["count"])) if count not in given], doubtful


def _counts(counts: list[int]) -> str:
    return _joined([f"“-{count}”" for count in counts], "or")


def _may_be(cut_short: str, customer: str) -> bool:
    """Whether what is left of a number cut short may have been one of `customer`'s."""
    kind, _, rest = cut_short.partition("-")
    if len(kind) != 1 or not kind.isupper():
        return False
    digits, closed, _ = rest.partition("-")
    if digits and not digits.isdigit():
        return False
    return customer == digits if closed else customer.startswith(digits)
