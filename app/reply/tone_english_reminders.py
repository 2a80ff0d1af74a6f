"""The English tone rules for passive aggression: reminders that the reader did not listen,
prefaces that announce rudeness, non-apologies and scoldings in polite clothing.
"""

from __future__ import annotations

from app.reply.tone_fit import Clause, LeadIn
from app.reply.tone_rules import K, Rule, rule

_AGAIN = r"(?:already |previously |just )"
_ALREADY = rf"{_AGAIN}?"
# "As I told you on the phone, the refund is on its way" puts a call in writing: a reminder
# only when it says the owner is repeating themselves ("As I already told you on the phone").
_ELSEWHERE = (
    r"(?![ \t]+(?:on the phone|over the phone|by phone|in person|in the shop|in the store)"
    r"[ \t]*[,.;:!\n])"
)
_SAID = r"(?:said|stated|mentioned|explained|told you|wrote|pointed out|noted)"
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# The rest of the reminder up to its comma ("As I said before", "As I have told you three
# times already", "As I mentioned in my last email"): one click replaces all of it, or the
# sentence would read "To recap before, …".
_WHEN = (
    r"(?:[ \t]+(?:before|earlier|already|previously|above|below|yesterday|today|twice|again|"
    r"repeatedly|(?:several|many|multiple|a few|(?:two|three|four|five|six|\d+)) times|"
    r"more than once|to you|on the phone|by (?:e-?mail|phone)|last (?:week|time|month)|"
    rf"on (?:{_DAYS}|the \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? \w+)|"
    r"in (?:my|our|the) (?:(?:last|previous|earlier|first) )?(?:e-?mail|message|reply|letter)"
    rf"(?: of (?:{_DAYS}|the \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? \w+))?))*"
)

PASSIVE_AGGRESSIVE_RULES: tuple[Rule, ...] = (
    rule(
        K.PASSIVE_AGGRESSIVE,
        rf"as I(?:'ve| have)? (?:{_AGAIN}{_SAID}{_WHEN}|{_SAID}{_ELSEWHERE}{_WHEN})|"
        r"as (?:previously|already) "
        rf"(?:stated|mentioned|explained|said){_WHEN}|"
        # "Like I said" only as a lead-in: "it went like I said it would" is no reminder.
        rf"like I(?:'ve| have)? {_ALREADY}{_SAID}{_WHEN}(?=[ \t]*,)",
        "Reminds them they did not listen; it reads as irritation.",
        "Repeat the point kindly.",
        otherwise=LeadIn("to recap"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"once again",
        "Reminds them they did not listen; it reads as irritation.",
        "Repeat the point kindly.",
        otherwise="",
        # "Once again, thank you" is warm.
        only_when_cold=True,
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"(?:as )?per my (?:last|previous|earlier) (?:e-?mail|message|reply|letter)",
        "A well-known way of saying “you did not read my email”.",
        "Restate the information itself.",
        otherwise=LeadIn("to recap"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        # "Obviously we will replace it" reassures, like "of course".
        r"obviously(?!,? (?:we|I)(?:'ll| will| would| can|'d be happy| are happy| am happy)\b)",
        "“Obviously” suggests the reader should have known; it talks down.",
        "Leave it out; the fact stands on its own.",
        otherwise="",
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"with (?:all )?due respect|no offen[cs]e,? but|not to be rude,? but|"
        r"I don't mean to be rude,? but",
        "This preface announces that something rude is coming.",
        "Drop the preface and say the point politely.",
        otherwise="",
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"how many times|I'm not sure how else to (?:explain|say)|"
        r"I don't know how (?:else|many more times)",
        "Sounds exasperated with the reader.",
        "Explain it once more in different words, or offer a call.",
        otherwise=Clause("let me put this another way"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"(?:I'm|I am|we're|we are) sorry (?:that )?you feel|sorry if you (?:feel|felt|were) "
        r"(?:offended|upset|that way)|sorry you feel that way",
        "A non-apology: it blames their feelings, not what happened.",
        "Acknowledge plainly what happened.",
        calmer={"sorry you feel that way": "sorry this has been frustrating"},
        otherwise=Clause("I am sorry this has been frustrating"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"thanks in advance for your (?:patience|understanding|cooperation)|friendly reminder|"
        r"please (?:re-?read|refer back to)",
        "A set phrase that reads as a scolding in polite clothing.",
        "Ask directly and thank them when it is done.",
        calmer={
            "friendly reminder": "reminder",
            "please reread": "please see",
            "please re-read": "please see",
            "please refer back to": "please see",
        },
        otherwise=Clause("thank you"),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        r"going forward,? (?:please )?(?:make sure|ensure)",
        "A set phrase that reads as a scolding in polite clothing.",
        "Ask directly and thank them when it is done.",
        calmer={
            f"going forward{comma} {please}{verb}": f"please {verb}"
            for comma in ("", ",")
            for please in ("", "please ")
            for verb in ("make sure", "ensure")
        },
    ),
)
