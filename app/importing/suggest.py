"""Suggesting categories from the exact words: abusive language and the kinds of threat, in the
sixteen languages of assets/threats/ (see threat_words), all at once and mixed.

Only a suggestion: each comes with the words that triggered it, as written, and what they mean
in English, and the owner confirms or clears it. The lists favour phrases a shop owner would
call a threat over single words.

Only the customer's new words are read: not the earlier messages a reply quotes (see
new_words), and not everyday English that only looks like a threat ("I would never sue you",
see everyday). A reply's subject ("Re: …") is the earlier message's, so it is not read either.
On import, a quote or a reply's subject is checked against the customer's log: words never
logged before are new, whatever marks them as a quote (see suggest_categories).

Words a mail's styling hid from its reader (kept after their own line, see html_text) are read
apart: a threat found there is still suggested, since hiding it must not help a hostile sender,
but its words are noted "in hidden text the reader did not see", so no one takes them for what
the mail showed, and they never stand before the words the reader did see.

Words the message shows crossed out (each letter followed by U+0336: how Steady keeps a mail's
<strike>, and how "strikethrough text" sites write them) are not read as said, but neither do
they vanish: a threat found only there is still suggested, noted "crossed out in the message",
so the owner sees it and decides, and it does not raise the contact's starting severity (the
writer showed the words taken back; crossing out must not hide a threat, nor turn a joke into
a severity-5 one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.core.domain import Category
from app.core.shown_text import STRIKE, shown
from app.importing.everyday import Everyday
from app.importing.forwards import forward_subject
from app.importing.html_text import shown_and_hidden
from app.importing.new_words import split_quoted
from app.importing.threat_words import hits, meaning_of

_CATEGORY = {
    "legal": Category.THREAT_LEGAL,
    "chargeback": Category.THREAT_CHARGEBACK,
    "public": Category.THREAT_PUBLIC,
    "vandalism": Category.THREAT_VANDALISM,
    "physical": Category.THREAT_PHYSICAL,
    "abuse": Category.ABUSE,
}
_ORDER = [Category.ABUSE, *(c for c in _CATEGORY.values() if c is not Category.ABUSE)]
# The starting severity of each category (1 mild … 5 threatening), so one category's words do
# not raise another's: a one-star review threat is hostile, not the threat of harm that
# threatening is kept for, and abusive language stays abusive beside it. "I will sue you" is
# hostile too: going to court is a customer's right, and a packet that calls it threatening,
# as it calls a threat of harm, hands the other side an easy point.
CATEGORY_SEVERITY = {
    Category.THREAT_PHYSICAL: 5,
    Category.THREAT_VANDALISM: 5,
    Category.THREAT_LEGAL: 3,
    Category.ABUSE: 4,
    Category.THREAT_CHARGEBACK: 3,
    Category.THREAT_PUBLIC: 3,
}
_REPLY_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|antw|sv|vs|odp|ynt|rif|ref|r)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE
)


def describe_words(words: tuple[str, ...] | list[str]) -> str:
    """“起诉” (sue (you)), “idiots”: each word as written, with its English meaning when it
    is not English."""
    described = []
    for word in words:
        meaning = meaning_of(word)
        described.append(f"“{word}” ({meaning})" if meaning else f"“{word}”")
    return ", ".join(described)


@dataclass(frozen=True)
class Suggestion:
    category: Category
    words: tuple[str, ...]  # exactly as written in the message, in the order they appear
    meanings: tuple[str, ...] = ()  # in English, one for each word ("" for English words)

    @property
    def hidden_only(self) -> bool:
        """Found only in words the mail hid from its reader: never quoted as what it showed."""
        return bool(self.meanings) and all(m.endswith(HIDDEN_NOTE) for m in self.meanings)

    @property
    def struck_only(self) -> bool:
        """Found only in words the message shows crossed out."""
        return bool(self.meanings) and all(m.endswith(STRUCK_NOTE) for m in self.meanings)

    @property
    def explanation(self) -> str:
        return f"{self.category.label}: {self.described_words}"

    @property
    def described_words(self) -> str:
        if not self.meanings:
            return describe_words(self.words)
        return ", ".join(
            f"“{word}” ({meaning})" if meaning else f"“{word}”"
            for word, meaning in zip(self.words, self.meanings, strict=False)
        )


def suggest_categories(
    text: str,
    subject: str = "",
    earlier: Earlier | None = None,
    own: frozenset[str] = frozenset(),
) -> list[Suggestion]:
    """Each category the customer's new words point to, with the words that triggered it.

    A quote that nothing shows was sent before (new_words.quoted_words) is read too, as the
    customer may put new words there: a threat found only in it is noted "in a quoted part",
    unless `earlier` (the subject and text of each contact logged for the customer before)
    holds the same words. A reply's subject is read only against `earlier`, when no earlier
    contact has that subject. Words hidden from the reader are read last, noted HIDDEN_NOTE.
    `own`: the business's own addresses (lower case); a quote introduced as any other
    address's is then read against `earlier` however well dated its introduction."""
    text, hidden = shown_and_hidden(text)
    # "VS:" over a Danish or Norwegian forward is a forward's, read as "Fwd:" is.
    reply = bool(_REPLY_SUBJECT.match(subject)) and not forward_subject(subject, text)
    if subject and not reply:
        text = f"{subject}\n{text}"
    words, quoted = split_quoted(text, own)
    found: dict[Category, dict[str, str]] = {}
    _add(found, words)
    logged = _Logged(earlier or tuple)
    if reply and earlier is not None:
        answered = _REPLY_SUBJECT.sub("", subject, count=1)
        _add(found, answered, logged, subject=answered)
    _add(found, quoted, logged, QUOTED_NOTE)
    _add(found, hidden, note=HIDDEN_NOTE)
    if STRIKE in words:
        _add(found, words.replace(STRIKE, ""), note=STRUCK_NOTE)
    return [
        Suggestion(category, tuple(found[category]), tuple(found[category].values()))
        for category in _ORDER
        if category in found
    ]


# Said of a threat found only in a part of the message written as a quote of an earlier one.
QUOTED_NOTE = "in a quoted part"
# Said of words a mail's own styling hid from whoever opened it (white on white, display:none).
HIDDEN_NOTE = "in hidden text the reader did not see"
# Said of words the message shows with a line through them.
STRUCK_NOTE = "crossed out in the message"
Earlier = Callable[[], Iterable[tuple[str, str]]]


class _Logged:
    """The customer's earlier contacts, read once on first need (most mail quotes no threat)."""

    def __init__(self, earlier: Earlier) -> None:
        self._earlier = earlier
        self._read: tuple[set[str], str] | None = None

    def _contacts(self) -> tuple[set[str], str]:
        if self._read is None:
            subjects: set[str] = set()
            texts: list[str] = []
            for subject, text in self._earlier():
                subjects.add(_plain(_REPLY_SUBJECT.sub("", subject)))
                texts.append(_plain(subject) + "\n" + _plain(text))
            self._read = subjects, "\n".join(texts)
        return self._read

    def has_subject(self, subject: str) -> bool:
        return _plain(subject) in self._contacts()[0]

    def wrote(self, words: str) -> bool:
        return _plain(words) in self._contacts()[1]


def _plain(text: str) -> str:
    return " ".join(shown(text).read.casefold().split())


def _add(
    found: dict[Category, dict[str, str]],
    text: str,
    logged: _Logged | None = None,
    note: str = "",
    subject: str = "",
) -> None:
    """The threats in `text` into `found`; with `logged`, only those never logged before (and
    none when `subject` is an earlier contact's: the log is read only once a threat is found)."""
    if not text.strip():
        return
    everyday = Everyday(text)
    for hit in hits(text):
        if everyday.covers(hit):
            continue
        category = _CATEGORY[hit.kind]
        if note in (HIDDEN_NOTE, STRUCK_NOTE):
            if hit.words not in found.get(category, {}):
                meaning = "; ".join(filter(None, (hit.meaning, note)))
                found.setdefault(category, {}).setdefault(hit.words, meaning)
            continue
        if logged is None:
            found.setdefault(category, {}).setdefault(hit.words, hit.meaning)
            continue
        if subject and logged.has_subject(subject):
            return
        if hit.words not in found.get(category, {}) and not logged.wrote(hit.reading):
            meaning = "; ".join(filter(None, (hit.meaning, note)))
            found.setdefault(category, {}).setdefault(hit.words, meaning)


def threat_spans(text: str) -> list[tuple[int, int]]:
    """Where the text threatens (any kind but abusive language), by the same words and the
    same everyday-English exceptions as the suggestions: (start, end) of each phrase."""
    everyday = Everyday(text)
    return [
        (hit.start, hit.end)
        for hit in hits(text)
        if hit.kind != "abuse" and not everyday.covers(hit)
    ]


def severity_for(suggestions: list[Suggestion]) -> int:
    """A starting severity the owner can change: the highest of the categories suggested
    (CATEGORY_SEVERITY), else 1. Words shown crossed out do not raise it."""
    return max(
        (CATEGORY_SEVERITY.get(s.category, 1) for s in suggestions if not s.struck_only),
        default=1,
    )
