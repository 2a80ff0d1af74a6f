"""A packet number written down late (its first write failed) reads, in the numbers file, like
one cut short: Steady counts it as one more number, so a count may be skipped, never given
twice. Every packet of the customer from then on says which count was skipped and why."""

from __future__ import annotations

from app.packets.numbers_used import never_given, skipped_note

# Packet 1's number could not be written at all; packet 2's was; verify wrote 1 down late.
LATE = ["L-3-20261128-2", "L-3-20261128-1"]


def test_a_number_written_down_late_is_counted_as_one_more_and_the_skip_is_said() -> None:
    number = never_given("L-3-20261128-3", LATE)

    assert number == "L-3-20261128-4"
    assert skipped_note(number, ["L-3-20261128-1", "L-3-20261128-2"], LATE) == (
        "No packet for this customer has a number ending in “-3”: that number was never given. "
        "The file beside the log where each packet number handed on is written down holds "
        "“L-3-20261128-1”, which may be a number cut short as it was written (a full disk or a "
        "power cut) or written down late; Steady cannot tell which number it was, so it counts "
        "it as one more packet handed on and never gives a number twice."
    )


def test_later_packets_still_say_why_the_count_is_missing() -> None:
    used = [*LATE, "L-3-20261129-4"]
    logged = ["L-3-20261128-1", "L-3-20261128-2", "L-3-20261129-4"]

    note = skipped_note(never_given("L-3-20261130-5", used), logged, used)

    assert note.startswith("No packet for this customer has a number ending in “-3”: "), note


def test_nothing_is_said_when_no_count_is_skipped_or_the_skip_is_anothers() -> None:
    assert skipped_note("L-3-20261128-2", ["L-3-20261128-1"], ["L-3-20261128-1"]) == ""
    # Another customer's numbers skip nothing of this one's.
    assert skipped_note("L-4-20261128-1", [], LATE) == ""
    # A number chosen by hand is not one Steady counted.
    assert skipped_note("CASE-17", [], LATE) == ""
