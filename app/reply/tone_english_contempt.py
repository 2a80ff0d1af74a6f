"""The English tone rules for what an owner types when a customer has got to them: swearing
aimed at the reader, showing them the door, hatred, and telling them off. Each offers calmer
words for the whole clause, so one click leaves a sentence a business can send.

Many of these words are warm elsewhere ("I hate to say it, but you were right", "get lost in a
good book", "can you read me the order number?"): the phrases are held to the forms that speak
to the reader, mostly an order at the start of a clause.
"""

from __future__ import annotations

from app.reply.tone_fit import Clause
from app.reply.tone_rules import WEIGHT, K, Rule, rule

# Where an order to the reader starts: the start of the text, of a line or a sentence, after a
# comma, or after a conjunction ("…and take your business elsewhere").
_STARTS = (
    r"(?:^|(?<=[\n\"“(])|(?<=[.!?,;:—–] )|(?<=[.!?]  )|(?<= and )|(?<= but )|(?<= so )|"
    r"(?<= then ))"
)
# What may come before the order and goes with it when it is replaced ("You can just…").
_LEAD = (
    r"(?:(?:please|just|now|so|then|and|honestly|frankly|seriously|kindly|you can|you may|"
    r"you guys can|you people can|you can all|feel free to|why don't you|go ahead and|go),? )*"
)
# The reader, one or many: "screw you guys", "I'm done with you people".
_YOU = r"you(?: (?:guys|people|lot|all|two))?"
# The end of a sentence or clause: the order stands alone ("Get lost.", "Use your head!").
_ALONE = r"(?=[ \t]*(?:[.!?,;:\n]|$|and\b|for once\b|already\b|now\b))"

# Why each is flagged and what to do instead (in English, as the Spanish, French and German
# rules of tone_contempt_languages explain them too).
AIMED = (
    "Swearing or an order aimed at the reader: it attacks them, and it is the line they "
    "will quote back.",
    "Leave the sentence out, or close the conversation in plain, calm words.",
)
DOOR = (
    "Shows the customer the door in anger; it reads as contempt, and it is what they will "
    "tell others.",
    "If you want to part ways, say so plainly and kindly.",
)
NO_CONTACT = (
    "An order never to write again, said in anger: it reads as contempt, and it is the "
    "line they will quote.",
    "Ask them plainly and politely not to contact you again.",
)
DONE = (
    "Says you are finished with the customer: it reads as contempt, and it closes nothing.",
    "Close the conversation calmly.",
)
LAST_TIME = (
    "Says you are finished with the customer: it reads as contempt, and it closes nothing.",
    "If you want to part ways, say so plainly and kindly.",
)
HATE = (
    "Tells the customer you hate them or dealing with them: it reads as contempt, and it is "
    "the line they will quote.",
    "Say what has been hard about this, not how you feel about them.",
)
TOLD_OFF = (
    "Tells the customer off for complaining: it dismisses them instead of answering.",
    "Answer the point they raised, even briefly.",
)
LIAR = (
    "Calls the customer a liar: they will defend themselves instead of reading on.",
    "Say what your records show.",
)
CANT_READ = (
    "Aimed at the person, not the problem: it tells them what they think or are.",
    "Describe the facts instead.",
)

# Not a condition on writing again ("never call us again without your order number").
_FOR_GOOD = r"(?! (?:without|unless|until|before|if|when)\b)"

_NO_MORE_WORDS = "I would like to end this conversation here"
_PART_WAYS = "I think it is best we part ways here"
_SAID_ALL = "I think we have said all we can"
_ELSEWHERE = "we think another business may serve you better"
_DO_NOT_CONTACT = "please do not contact us again"

CONTEMPT_RULES: tuple[Rule, ...] = (
    rule(
        K.CONTEMPT,
        # Unmistakable wherever they stand.
        rf"{_LEAD}(?:(?:go )?fuck (?:{_YOU}|off|yourselves|yourself)|f\*+k (?:{_YOU}|off)|"
        rf"screw {_YOU}|up yours|kiss my (?:ass|arse|butt|behind)|(?:go to|burn in|rot in) hell|"
        r"piss off|sod off|bugger off|eff off|get stuffed|bite me|go die|"
        rf"shove it(?: up your \w+)?|stick it up your \w+|drop dead{_ALONE})|"
        # Words that are ordinary elsewhere ("get lost in a book"): an order alone only.
        rf"{_STARTS}{_LEAD}(?:get lost|go away|buzz off|take a hike|go jump in a lake|"
        rf"get out of (?:my|our) (?:face|sight|shop|store|inbox)){_ALONE}",
        *AIMED,
        otherwise=Clause(_NO_MORE_WORDS),
        # Aimed at the reader, swearing is no milder than the swear word alone.
        weight=WEIGHT[K.PROFANITY],
    ),
    rule(
        K.CONTEMPT,
        rf"{_STARTS}{_LEAD}(?:take|bring) your (?:business|money|custom|complaints?|orders?|"
        r"drama|attitude) (?:elsewhere|somewhere else)|"
        rf"{_STARTS}{_LEAD}(?:shop|go) (?:elsewhere|somewhere else){_ALONE}|"
        rf"{_STARTS}{_LEAD}(?:don't|do not) (?:you )?(?:ever )?come (?:back|here)"
        r"(?: (?:ever )?again)?(?= *[.!,;]| *$)|"
        r"(?:nobody|no one) (?:wants|needs) (?:you|your business)(?: (?:guys|people))?"
        r"(?: here| around| back| in (?:my|our|this) \w+)?(?= *[.!?,;]| *$)",
        *DOOR,
        otherwise=Clause(_ELSEWHERE),
    ),
    rule(
        K.CONTEMPT,
        # With "ever", or without "please": "Please do not contact us again" is the calm way.
        r"(?:please )?(?:just )?(?:don't|do not) (?:you )?(?:ever|dare) (?:ever )?"
        r"(?:contact|e-?mail|call|phone|ring|message|text|write to|bother) (?:us|me)"
        rf"(?: (?:ever )?again| anymore| any more)?{_FOR_GOOD}|"
        r"(?<!please )(?<!please just )(?<!do )don't (?:contact|e-?mail|call|phone|ring|message|"
        rf"text|write to|bother) (?:us|me) (?:(?:ever )?again|anymore|any more){_FOR_GOOD}|"
        rf"{_STARTS}{_LEAD}never (?:contact|e-?mail|call|phone|ring|message|text|write to) "
        rf"(?:us|me) (?:(?:ever )?again|anymore){_FOR_GOOD}|"
        rf"{_STARTS}{_LEAD}(?:lose|forget) (?:my|our) (?:number|e-?mail(?: address)?|address)"
        rf"{_ALONE}",
        *NO_CONTACT,
        otherwise=Clause(_DO_NOT_CONTACT),
    ),
    rule(
        K.CONTEMPT,
        rf"(?:I'm|I am|we're|we are|I've|we've|I have|we have)(?: (?:so|just|really|totally|"
        r"completely|officially|absolutely))? (?:done|finished|through)(?: (?:dealing|talking|"
        rf"arguing|working|speaking))? with {_YOU}|"
        rf"(?:I've|I have|we've|we have) had it with {_YOU}|"
        rf"(?:you're|you are|you guys are|you people are)(?: (?:now|officially|just))? dead "
        r"to (?:me|us)",
        *DONE,
        otherwise=Clause(_SAID_ALL),
    ),
    rule(
        K.CONTEMPT,
        r"(?:this is|this'll be|this will be|that's|that is|that was|this was|it's|it is) the "
        r"(?:very )?last time (?:I|we)(?:'ll| will| am going to| are going to)?(?: ever)? "
        r"(?:deal|dealt|do business|did business|trade|traded)(?: with)? "
        rf"{_YOU}|(?:I|we)(?:'ll| will) never (?:deal|do business|trade) with {_YOU} "
        r"(?:(?:ever )?again)",
        *LAST_TIME,
        otherwise=Clause(_PART_WAYS),
    ),
    rule(
        K.CONTEMPT,
        rf"I (?:really |just |truly |absolutely |so |still )?(?:hate|hated|loathe|despise|"
        rf"detest|can't stand|cannot stand) (?:(?:dealing|talking|speaking|working|arguing) "
        rf"(?:with|to) {_YOU}|{_YOU}(?= *[.!?,;]| *$| (?:and|so much)\b))|"
        rf"{_YOU} (?:make|made|makes) (?:me|us) (?:sick|ill|want to (?:puke|vomit|throw up))",
        *HATE,
        otherwise=Clause("this has been difficult for both of us"),
    ),
    rule(
        K.ANGER,
        r"I (?:really |just |truly |absolutely |so )?(?:hate|hated|loathe|can't stand|cannot "
        r"stand) (?:this|it|all (?:of )?this|this job|this business)(?= *[.!]| *$)",
        "Angry or insulting words; they show the customer they got to you.",
        "Name the problem calmly.",
        otherwise=Clause("this has been difficult"),
        only_when_cold=True,
    ),
    rule(
        K.CONTEMPT,
        rf"{_STARTS}{_LEAD}(?:quit|stop)(?: your)? (?:complaining|whining|moaning|griping|"
        r"whinging|bellyaching|nagging)(?: about it)?",
        *TOLD_OFF,
        otherwise=Clause("I understand you are unhappy"),
    ),
    rule(
        K.INSULT,
        r"(?:(?:sometimes|honestly|frankly|seriously|man|god),? )*(?:some )?(?:people|"
        r"customers|clients|folks|you guys|you people|you lot|you all)(?: (?:like you|just|"
        r"really|all|honestly|seriously|sometimes|truly|totally|simply))* (?:suck|stink)"
        r"(?! (?:at|up|in|into|out|on|the|it|through)\b)",
        "Name-calling: it is about the person, and it is the line they will quote back.",
        "Say what went wrong, not what they are.",
        otherwise=Clause("this has not gone as either of us hoped"),
    ),
    rule(
        K.INSULT,
        r"(?:your|the|this|that|that whole|this whole) (?:\w+ ){1,3}?(?:is|was|are|were)"
        r"(?: (?:all|just|nothing but))? (?:a |an )?(?:(?:complete|total|big|flat|blatant|"
        r"outright|pack of|bunch of|bald-faced|barefaced|made-up) )?(?:lie|lies|fabrication)"
        r"(?:,? and you know it)?|"
        r"(?:that's|that is|it's|it is|this is) (?:a |an )?(?:(?:complete|total|big|flat|"
        r"blatant|outright|pack of|bunch of|bald-faced|barefaced) )?(?:lie|lies)"
        r"(?:,? and you know it)?|"
        r"and you know it(?= *[.!]| *$)",
        *LIAR,
        calmer={"and you know it": ""},
        otherwise=Clause("that is not what our records show"),
    ),
    rule(
        K.AT_READER,
        r"can(?:'t| not)? you (?:not )?read(?= *[?!.]| *$)|(?:can|do) you even read|"
        r"can't you read|are you (?:blind|illiterate)(?= *[?!.]| *$)",
        *CANT_READ,
        otherwise=Clause("this may not have been clear"),
    ),
    rule(
        K.CONDESCENSION,
        rf"{_STARTS}{_LEAD}use (?:your|that|some) (?:brains?|noggin|(?:own )?common sense|"
        rf"head{_ALONE})(?:,? (?:for once|next time|please))?",
        "Talks down to the reader; it makes them feel stupid, and they will push back.",
        "Give the step plainly.",
        otherwise=Clause("please take another look at the details"),
    ),
)

__all__ = ["CONTEMPT_RULES"]
