"""German word order for one-click calmer wordings. A German statement puts its verb second:
one part of the sentence first, then the verb. Leaving out a word that stood first
("Offensichtlich haben Sie …") leaves the verb first, a yes/no question ("Haben Sie … nicht
gelesen."); so the subject moves in front of the verb ("Sie haben … nicht gelesen."), and when
the subject cannot be told for sure no one-click wording is offered. A lead-in set off by a
comma before the verb ("Wie ich Ihnen bereits gesagt habe, wurde …") keeps its place without
the comma ("Zur Erinnerung wurde …"), or, before the subject, ends with a colon ("Zur
Erinnerung: Die Erstattung wurde …")."""

from __future__ import annotations

import re

from app.reply.tone_fit import starts_sentence

_PRONOUN = r"Sie|ich|wir|er|es|sie|du|ihr|man|das|dies"
_DETERMINER = (
    r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|Ihr|Ihre|Ihren|Ihrem|Ihrer|unser|"
    r"unsere|unseren|unserem|unserer|mein|meine|meinen|meinem|dein|deine|dieser|diese|dieses|"
    r"diesen|jeder|jede|jedes|kein|keine"
)
# The subject after the verb: a pronoun, or an article with up to two adjectives and a noun.
_SUBJECT = re.compile(
    rf"[ \t]+((?:{_DETERMINER})[ \t]+(?:[a-zäöüß]+[ \t]+){{0,2}}[A-ZÄÖÜ][\w-]*|"
    rf"(?:{_PRONOUN}))(?=[ \t]|[,.;:!?]|$)"
)
_STARTS_SUBJECT = re.compile(rf"(?:{_PRONOUN}|{_DETERMINER})\b")
_COMMA_THEN_WORD = re.compile(r",[ \t]*(\w+)")
_OWN_SUBJECT = re.compile(r"\b(?:Sie|ich|wir|uns|es)\b", re.IGNORECASE)


def verb_second(
    text: str, flag_start: int, flag_end: int, place: tuple[int, int, str], leaves_out: bool
) -> tuple[int, int, str] | None:
    """`place` (what one click replaces and with what) put in German order, or None when
    the sentence would not read as a statement."""
    start, end, words = place
    if not starts_sentence(text, start):
        return place  # in the middle of a sentence the verb keeps its place
    if leaves_out:
        return _subject_first(text, flag_end, place)
    if end != flag_end:
        return place  # calmer words for a whole clause bring their own order
    comma = _COMMA_THEN_WORD.match(text, end)
    if comma is None:
        return place
    following = comma.group(1)
    if following[:1].isupper() or _STARTS_SUBJECT.fullmatch(following):
        # "Zur Erinnerung: Die Erstattung wurde …": a lead-in before the whole statement.
        capital = following[:1].upper() + following[1:]
        return start, comma.end(), f"{words}: {capital}"
    if _OWN_SUBJECT.search(words):
        # "Lassen Sie uns in Ruhe darüber sprechen, dann …": a clause of its own keeps its comma.
        return place
    # "Zur Erinnerung wurde …": the lead-in is the part before the verb.
    return start, comma.end(), f"{words} {following}"


def _subject_first(
    text: str, flag_end: int, place: tuple[int, int, str]
) -> tuple[int, int, str] | None:
    start, end, words = place
    if not words or "," in text[flag_end:end]:
        # The next word had its capital already (a noun, "Sie"), or a comma set the words
        # apart: the sentence reads as it was.
        return place
    # The word that now starts the sentence stood right after the words left out: the verb.
    subject = _SUBJECT.match(text, end)
    if subject is None:
        return None
    verb = words[:1].lower() + words[1:]
    found = subject.group(1)
    return start, subject.end(), f"{found[:1].upper()}{found[1:]} {verb}"


__all__ = ["verb_second"]
