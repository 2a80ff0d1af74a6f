"""Verify's note on ledger entries dated out of the ledger's order.

The chain's order is the true order; a date out of it means the computer's clock was wrong
when the entry was written. Whoever reads a date printed from such an entry should know which
entries those are, and only those: the few dated later than the entries written after them
(the clock ran ahead for a while), or the few dated earlier than the entry before them (the
clock was set back)."""

from __future__ import annotations

from array import array
from datetime import UTC, datetime, timedelta

from app.core.clock import MONTH_ABBREVIATIONS

# A clock put right by network time, or by the owner after weeks without it, steps back by
# seconds, at most a few minutes: that is not worth a word in a packet, and a date a few
# minutes out changes nothing a reader relies on (contacts are dated to the minute). A clock
# set back to make an entry look older moves it by hours or days, and is named.
TOLERANCE = timedelta(minutes=5)
_SLACK = TOLERANCE.total_seconds()


class EntryDates:
    """Follows the ledger's entries in order; `end` adds a note for each run dated out of it."""

    def __init__(self, notes: list[str]) -> None:
        self._notes = notes
        self._seqs = array("q")
        self._times = array("d")  # seconds since 1970, UTC
        self._contacts = array("q")  # the contact an entry records, 0 for none: 24 bytes in all

    def follow(self, seq: int, at: str, contact: int = 0) -> None:
        """`contact`: the contact the entry records, so a note names what a packet shows."""
        try:
            moment = datetime.fromisoformat(at)
        except (TypeError, ValueError):
            return  # an altered entry is named by the chain check
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        self._seqs.append(seq)
        self._times.append(moment.timestamp())
        self._contacts.append(contact)

    def end(self) -> None:
        times, count = self._times, len(self._times)
        latest = 0  # the latest-dated entry of those in order so far
        settled = 0  # entries before this one are named already, or left in order
        i = 1
        while i < count:
            if times[i] >= times[latest] - _SLACK:
                latest = i if times[i] > times[latest] else latest
                i += 1
                continue
            # Entry i is dated well before the latest one. Either the clock was set back (i
            # and those after it dated before `latest`), or it had run ahead (the entries just
            # before i dated after it): name the shorter run, those fewest out of order.
            behind = i
            while behind < count and times[behind] < times[latest] - _SLACK:
                behind += 1
            ahead = i
            while (
                ahead > settled and i - ahead < behind - i and times[ahead - 1] > times[i] + _SLACK
            ):
                ahead -= 1
            whole = ahead == settled or times[ahead - 1] <= times[i] + _SLACK
            if ahead < i and i - ahead < behind - i and whole:
                self._ahead(ahead, i, ahead - 1 if ahead > 0 else None)
                latest = i if ahead == 0 or times[i] >= times[ahead - 1] else ahead - 1
                settled, i = i, i + 1
            else:
                self._behind(i, behind)
                settled = i = behind
        self._seqs, self._times, self._contacts = array("q"), array("d"), array("q")

    def _run(self, start: int, stop: int) -> tuple[str, str, str]:
        """Which entries [start, stop) are, when they are dated, and "it"/"they"."""
        first, last = self._seqs[start], self._seqs[stop - 1]
        which = f"Ledger entry {first}" if first == last else f"Ledger entries {first}–{last}"
        contacts = list(dict.fromkeys(c for c in self._contacts[start:stop] if c))
        if contacts:  # the contact whose "entered" time the packet prints from them
            shown = ", ".join(f"#{c}" for c in contacts[:5])
            more = f" and {len(contacts) - 5} more" if len(contacts) > 5 else ""
            which += f" (recording contact{'s' if len(contacts) > 1 else ''} {shown}{more})"
        which += " is" if first == last else " are"
        earliest = min(self._times[start:stop])
        newest = max(self._times[start:stop])
        dated = (
            _day(earliest)
            if _day(earliest) == _day(newest)
            else f"{_day(earliest)} to {_day(newest)}"
        )
        return which, dated, "it was" if first == last else "they were"

    def _behind(self, start: int, stop: int) -> None:
        which, dated, were = self._run(start, stop)
        before = start - 1  # in order, so dated after the whole run too
        seq = self._seqs[before]
        self._notes.append(
            f"{which} dated {dated}, earlier than entry {seq} ({_day(self._times[before])}): "
            f"the computer's clock was probably set back when {were} written. Nothing was "
            f"changed; the ledger's order is the true order, so {were} written after entry "
            f"{seq}, whatever the date says."
        )

    def _ahead(self, start: int, stop: int, before: int | None) -> None:
        which, dated, were = self._run(start, stop)
        after = self._seqs[stop]
        between = (
            f"after entry {self._seqs[before]} ({_day(self._times[before])}) and before entry "
            f"{after}"
            if before is not None
            else f"before entry {after}"
        )
        self._notes.append(
            f"{which} dated {dated}, later than entry {after}, written after "
            f"{'it' if were == 'it was' else 'them'} ({_day(self._times[stop])}): the "
            f"computer's clock was probably ahead when {were} written. Nothing was changed; the "
            f"ledger's order is the true order, so {were} written {between}, whatever the date "
            "says."
        )


def _day(timestamp: float) -> str:
    # English month names whatever the computer's language: the note is an English sentence.
    utc = datetime.fromtimestamp(timestamp, UTC)
    return f"{utc.day} {MONTH_ABBREVIATIONS[utc.month - 1]} {utc.year} {utc:%H:%M} UTC"
