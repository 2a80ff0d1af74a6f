"""The English tone rules for brushing a customer off without a rude word: sending them away to
find the answer themselves, telling them to read, refusing to explain again, shrugging them
off ("Suit yourself", "Your loss"), having no time for them. Each offers calmer words for the
whole clause, so one click leaves a sentence a business can send.

The same words are helpful elsewhere ("You can google our shop name to find the hours", "I'm
so sorry for your loss", "It's not that hard to fix, we'll send the part"): the phrases are
held to an order at the start of a clause, or to a sentence that ends with them.
"""

from __future__ import annotations

from app.reply.tone_fit import Clause, LeadIn
from app.reply.tone_rules import CLAUSE_ENDS, CLAUSE_START, SENTENCE_ENDS, K, Rule, rule

# Not after "and": "…and deal with it" is the owner's work.
_STARTS = CLAUSE_START
# The start of a sentence only.
_SENTENCE = r"(?:^|(?<=[\n\"“(])|(?<=[.!?] )|(?<=[.!?]  ))"
# What may come before the order and goes with it when it is replaced.
_LEAD = (
    r"(?:(?:please|just|so|then|honestly|frankly|seriously|maybe|perhaps|go|well|ok|okay|fine),? )*"
)
_ENDS = SENTENCE_ENDS
_ALONE = CLAUSE_ENDS

SEND_AWAY = (
    "Sends the customer off to find the answer themselves: it tells them their question was "
    "not worth answering.",
    "Give the answer, or the link to it, in a sentence.",
)
READ_IT = (
    "Tells the customer to go and read: it talks down to them, and they will push back.",
    "Point to the detail that answers them, kindly.",
)
NOT_AGAIN = (
    "Sounds exasperated with the reader.",
    "Explain it once more in different words, or offer a call.",
)
SHRUG = (
    "Shrugs the customer off instead of answering them; it reads as contempt.",
    "Say plainly where things stand.",
)
NO_TIME = (
    "Tells the customer they are not worth your time; it reads as contempt.",
    "Say when and how you will deal with it.",
)
TOLD_WHAT = (
    "Aimed at the person, not the problem: it tells them what they think or are.",
    "Describe the facts instead.",
)
CANT_HELP = (
    "Talks down to the reader and shuts the door on them; they will push back.",
    "Offer to explain it another way.",
)

_DETAILS = "please take another look at the details"
# Refusing to say it again ends the clause, or says to whom or where: "I won't repeat myself in
# the letter, so here's a summary" and "I'll explain it once more on the phone if you like"
# are the owner's plans.
_SAID = (
    r"(?=(?: (?:again|to you|here|anymore|any more|now|over and over|one more time))*"
    r"[ \t]*(?:[.!?,;:\n—–)]|$))"
)
_ONE_MORE_WAY = "let me put this another way"
_DOCUMENTS = (
    r"(?:the|our|my|that|this) (?:listing|description|product description|instructions|manual|"
    r"faq|email|e-mail|message|policy|terms|size chart|product page|page|details|website|site|"
    r"small print|label|ad|advert)"
)


def _rules(kind: K, why: tuple[str, str], wordings: tuple[tuple[str, str], ...]) -> list[Rule]:
    """A rule for each set of phrases, with the calmer clause that serves all of them."""
    return [rule(kind, phrases, *why, otherwise=Clause(calmer)) for phrases, calmer in wordings]


DISMISSIVE_RULES: tuple[Rule, ...] = (
    rule(
        K.CONDESCENSION,
        rf"{_STARTS}{_LEAD}(?:(?:do|try doing) your own (?:research|homework)"
        # "…if you like, but here is our spec sheet" leaves it to them and answers anyway.
        r"(?! if you (?:like|prefer|wish)\b)|"
        r"(?:do|try doing) (?:some|a little|a bit of|some basic) (?:research|homework)"
        rf"(?:{_ENDS}| first| before you \w+)|"
        r"(?:google|look|search|figure|work) (?:it|that) (?:up |out )?(?:yourself|for yourself|"
        r"on your own)|"
        rf"(?:google|look up) (?:it|that){_ENDS}|look (?:it|that) up{_ENDS}|"
        rf"figure (?:it|that) out{_ENDS}|google is your friend|"
        r"(?:try|learn to) (?:using )?google)",
        *SEND_AWAY,
        otherwise=Clause("I am happy to point you to the details"),
    ),
    rule(
        K.CONDESCENSION,
        rf"{_STARTS}{_LEAD}(?:next time,? )?(?:try |maybe |try to )?(?:read|reading|check|"
        rf"checking) (?:{_DOCUMENTS} )?(?:properly |carefully |first )?(?:next time|"
        # "Check the size chart first, then tell me": a step before the shop's own.
        r"first(?!,? then\b)|"
        r"for once|before (?:you (?:buy|order|complain|write|email|reply|comment|purchase)|"
        r"buying|ordering|complaining|writing|replying|emailing))|"
        rf"{_STARTS}{_LEAD}try reading {_DOCUMENTS}{_ENDS}",
        *READ_IT,
        otherwise=Clause(_DETAILS),
    ),
    rule(
        K.AT_READER,
        # Not "Obviously you…" or "You clearly never…": the rules for those words have them.
        r"clearly,? you (?:didn't|did not|never) (?:even )?(?:bother to )?(?:read|check|look at)|"
        r"you (?:clearly|obviously) (?:didn't|did not) (?:even )?(?:bother to )?"
        r"(?:read|check|look at)",
        *TOLD_WHAT,
        otherwise="you may have missed",
    ),
    rule(
        K.AT_READER,
        r"you need to (?:read|check|look at)(?! nothing\b)",
        *TOLD_WHAT,
        otherwise="please see",
    ),
    rule(
        K.BLAME,
        r"if you (?:had )?(?:(?:even |ever |actually )?bothered|cared) to (?:look|read|check|ask)"
        r"|if you (?:had )?(?:actually |even |ever )(?:read|looked|checked)(?: it| properly)?"
        rf"{_ENDS}",
        "Puts the blame on the customer; they will defend themselves instead of listening.",
        "Say what happened and what fixes it.",
        otherwise="",
    ),
    *_rules(
        K.PASSIVE_AGGRESSIVE,
        NOT_AGAIN,
        (
            (
                r"(?:(?:I'm|I am|we're|we are) not (?:going to|gonna) (?:repeat (?:myself|"
                r"ourselves)|say (?:it|this|that) again|explain (?:it|this|that) again)|"
                r"(?:I|we) (?:won't|will not|refuse to) (?:repeat (?:myself|ourselves)|"
                r"say (?:it|this|that) again|explain (?:it|this|that) again)|"
                r"(?:I|we)(?:'ll| will) (?:say|explain) (?:it|this|that) (?:one (?:more|last) "
                rf"time|once more|(?:for )?the last time|one final time)){_SAID}|"
                r"(?:I|we) (?:shouldn't|should not) (?:have to|need to) (?:explain|say|repeat|"
                r"tell you)(?: (?:this|it|that))?(?: again| twice| (?:\w+ )?times)?",
                _ONE_MORE_WAY,
            ),
            (
                r"I don't know what (?:else )?you (?:want|expect) (?:from (?:me|us)|"
                r"(?:me|us) to do)",
                "please tell me what would settle this for you",
            ),
        ),
    ),
    rule(
        K.PASSIVE_AGGRESSIVE,
        rf"{_STARTS}for the (?:last|hundredth|umpteenth|third|fourth|fifth|tenth|millionth) "
        r"time(?=[ \t]*,)",
        "Reminds them they did not listen; it reads as irritation.",
        "Repeat the point kindly.",
        otherwise=LeadIn("to recap"),
    ),
    *_rules(
        K.CONTEMPT,
        SHRUG,
        (
            (
                rf"{_STARTS}{_LEAD}(?:have it your way|suit yourself|suit yourselves|so be it)"
                rf"{_ALONE}",
                "I accept that we see this differently",
            ),
            (
                rf"{_STARTS}{_LEAD}(?:deal with it|get used to it|live with it|tough luck|"
                rf"too bad){_ALONE}",
                "I am sorry this is not the answer you hoped for",
            ),
            (
                # Not after a condition: "If you send it back broken, that's your loss" is
                # no parting, and "I am sorry to see you go" would not fit it.
                rf"{_SENTENCE}{_LEAD}(?:it's |that's |it is |that is )?your loss{_ALONE}",
                "I am sorry to see you go",
            ),
            (rf"{_STARTS}{_LEAD}sorry,? not sorry{_ALONE}", "I stand by our decision"),
            (r"take it or leave it", "this is the best we can offer"),
            (
                r"you get what you pay for(?=[ \t]*(?:[.!]|$))",
                "I am sorry it did not meet your expectations",
            ),
            (
                r"some people (?:are never|will never be|just can't be|can never be|are just "
                r"never) (?:happy|satisfied|pleased)|there's no pleasing some people|"
                r"(?:you|some people) can't please everyone",
                "I am sorry this has not worked out for you",
            ),
        ),
    ),
    *_rules(
        K.CONTEMPT,
        NO_TIME,
        (
            (
                r"(?:I|we) (?:really |just |honestly |simply )?(?:(?:don't|do not) have|"
                r"haven't got|have not got|have no) (?:the )?time for (?:this|that|you|"
                rf"your \w+|(?:these|such) \w+|games|nonsense){_ENDS}|"
                r"(?:I|we)(?:'ve| have)?(?: got)? better things to do",
                "I would like to settle this quickly",
            ),
            (
                r"(?:you're|you are) not (?:my|our|the) only customer(?: (?:I|we) (?:have|"
                # "…the only customer who asked": others asked the same, nothing more.
                r"deal with))?(?! (?:who|that|to)\b)",
                "we answer every customer in turn",
            ),
            (
                r"(?:I'm|I am|we're|we are) not here to hold your hand",
                "I can point you to the steps",
            ),
        ),
    ),
    *_rules(
        K.CONDESCENSION,
        CANT_HELP,
        (
            (
                r"if you (?:can't|cannot|don't|do not|still don't) (?:understand|get|grasp|"
                r"follow) (?:that|this|it)(?: by now)?,? (?:then )?(?:I|we) (?:can't|cannot|"
                r"really can't) help you(?: (?:any further|further|anymore|any more))?",
                "if anything is still unclear, I am happy to explain it another way",
            ),
            (
                r"(?:(?:it's|it is|this is|that's|that is) (?:really |honestly |just |"
                r"seriously |actually )?not|(?:it|this|that) (?:really |honestly |just )?"
                r"(?:isn't|is not)) (?:that|so|very|all that) (?:hard|difficult|complicated)"
                rf"{_ENDS}|"
                rf"that(?:'s| is) not how (?:this|it|any of this|things) works?{_ENDS}",
                "here is how it works",
            ),
        ),
    ),
    rule(
        K.BLAME,
        r"(?:nobody|no one|no other customer)(?: else)? (?:has|had|has ever had|has had|seems to "
        r"have) (?:a |any )?(?:problems?|issues?|complaints?|trouble) with (?:it|this|that|them)",
        "Puts the blame on the customer; they will defend themselves instead of listening.",
        "Say what happened and what fixes it.",
        otherwise=Clause("I am sorry it has given you trouble"),
    ),
    rule(
        K.AT_READER,
        rf"{_STARTS}(?:(?:sorry|honestly|frankly|but|no|well),? )*you(?:'re| are) (?:just |"
        r"simply |completely |totally |dead |flat out |plain )?(?:wrong|mistaken)"
        rf"(?=[ \t]*(?:[.!,;\n]|$| about\b(?! nothing\b)| on (?:this|that)\b| there\b| here\b))",
        *TOLD_WHAT,
        otherwise=Clause("I see this differently"),
    ),
)

__all__ = ["DISMISSIVE_RULES"]
