"""Suggesting categories from the exact words: abusive language and the kinds of threat.

Only a suggestion: each comes with the words that triggered it, and the owner confirms or
clears it. The lists favour phrases a shop owner would call a threat over single words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.domain import Category

_PATTERNS: dict[Category, tuple[str, ...]] = {
    Category.ABUSE: (
        r"idiots?",
        r"morons?",
        r"stupid",
        r"imbeciles?",
        r"dumb(ass)?",
        r"f+u+c+k+\w*",
        r"f[*#@$%]{2,}(?:k|ing|ed|er)?\w*",
        r"sh[i1]t\w*",
        r"bastards?",
        r"bitch\w*",
        r"ass ?holes?",
        r"arseholes?",
        r"scumbags?",
        r"crooks?",
        r"thie(f|ves)",
        r"liars?",
        r"pathetic",
        r"retard(ed|s)?",
        r"useless (idiots?|people|company|morons?)",
        r"go to hell",
        r"piece of (crap|garbage|trash|work)",
        r"shut up",
        r"clowns?",
        r"incompetent (idiots?|fools?|morons?|clowns?)",
    ),
    Category.THREAT_LEGAL: (
        r"(sue|suing) (you|your|the)",
        r"i(['’]ll| will) sue",
        r"law ?suits?",
        r"my (lawyer|attorney|solicitor)s?",
        r"see you in court",
        r"legal action",
        r"small claims",
        r"take (you|this) to court",
        r"court order",
        r"consumer protection",
    ),
    Category.THREAT_CHARGEBACK: (
        r"charge ?backs?",
        r"dispute (the|this) (charge|payment|transaction)",
        r"(call|contact|tell) my (bank|credit card( company)?)",
        r"reverse the (charge|payment)",
        r"paypal (dispute|claim)",
    ),
    Category.THREAT_PUBLIC: (
        r"(bad|negative|1[- ]star|one[- ]star|terrible) reviews?",
        r"(post|write|leave) (a |an )?(\w+ )?reviews?",
        r"(told|telling) (everyone|everybody|all my friends)",
        r"tell (everyone|everybody|all my friends)",
        r"warn (everyone|everybody|others|people)",
        r"expose you",
        r"go(ing)? viral",
        r"post (this|it|about you) (on|everywhere|online)",
        r"(all over|on) (social media|facebook|twitter|instagram|tiktok|reddit|yelp|trustpilot)",
        r"ruin your (business|reputation|name|shop|store)",
        r"(contact|call|tell) the (press|news|media|newspapers?)",
    ),
    Category.THREAT_VANDALISM: (
        r"smash (your|the) (windows?|shop|store|car|place)",
        r"burn (it|your|the) \w* ?down",
        r"burn down",
        r"wreck (your|the) (shop|store|place|car)",
        r"trash (your|the) (shop|store|place)",
        r"key your car",
        r"spray ?paint",
        r"vandali[sz]e",
        r"brick through",
    ),
    Category.THREAT_PHYSICAL: (
        r"kill (you|u|him|her|them)",
        r"hurt (you|u|your)",
        r"beat (you|u) up",
        r"punch (you|your)",
        r"watch your back",
        r"(i|we) know where you live",
        r"find (out )?where you live",
        r"you(['’]re| are) (dead|going to die)",
        r"break your (neck|legs?|face|arms?|jaw)",
        r"(come|coming) (down|over|round) there and",
        r"sorry you (were|was) (ever )?born",
        r"shoot (you|u)",
        r"stab (you|u)",
    ),
}

_COMPILED = {
    category: re.compile(r"\b(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
    for category, patterns in _PATTERNS.items()
}
# The same patterns, case-sensitive, for text already lower-cased: a third faster on a long
# message. Used only on ASCII text, where lower-casing keeps every offset and every match.
_LOWER = {
    category: re.compile(r"\b(?:" + "|".join(patterns) + r")(?!\w)")
    for category, patterns in _PATTERNS.items()
}


@dataclass(frozen=True)
class Suggestion:
    category: Category
    words: tuple[str, ...]  # exactly as written in the message, in the order they appear

    @property
    def explanation(self) -> str:
        return f"{self.category.label}: " + ", ".join(f"“{word}”" for word in self.words)


def suggest_categories(text: str) -> list[Suggestion]:
    """Each category the words point to, with the words that triggered it."""
    suggestions = []
    normalised = text.replace("’", "'")
    patterns = _COMPILED
    if normalised.isascii():
        normalised, patterns = normalised.lower(), _LOWER
    for category, pattern in patterns.items():
        words = [text[m.start() : m.end()] for m in pattern.finditer(normalised)]
        if words:
            suggestions.append(Suggestion(category, tuple(dict.fromkeys(words))))
    return suggestions


def severity_for(suggestions: list[Suggestion]) -> int:
    """A starting severity the owner can change: 5 for a threat, 4 for abuse, else 1."""
    if any(s.category.is_threat for s in suggestions):
        return 5
    return 4 if suggestions else 1
