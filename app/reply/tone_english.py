"""The tone rules for a reply written in English, each with the calmer words that can replace
what it matches (fitting the case: "your fault" becomes "what happened", not a stock sentence).
"""

from __future__ import annotations

from app.reply.tone_english_contempt import CONTEMPT_RULES
from app.reply.tone_english_dismissive import DISMISSIVE_RULES
from app.reply.tone_english_reminders import PASSIVE_AGGRESSIVE_RULES
from app.reply.tone_fit import Alone, Clause, Plural
from app.reply.tone_rules import K, Rule, rule

_AT_READER_WORDS = "you|your (?:company|shop|store|team|staff|service|people|product|business)"
_INSULT_NOUNS = (
    r"idiots?|morons?|clowns?|jokes?|liars?|thie(?:f|ves)|crooks?|frauds?|scammers?|amateurs?|"
    r"losers?|disgrace|embarrassment|nightmare|joke of a \w+|waste of (?:space|time|money)|"
    r"incompetent|useless|hopeless|pathetic|clueless|ignorant|stupid|dumb|worthless|lazy|rude|"
    r"unprofessional|delusional|unreasonable|entitled|impossible|insane|crazy|a pain"
)
_FAILING = (
    r"losing|ignoring|wasting|ruining|failing|breaking|screwing up|messing up|overcharging|"
    r"forgetting|delaying|cancelling|canceling|keeping me waiting|making me wait|"
    r"the runaround|nothing|absolutely nothing"
)

RULES: tuple[Rule, ...] = (
    rule(
        K.PROFANITY,
        # "A piece of crap" is the anger rule's, with a calmer wording for the whole phrase.
        # Swearing aimed at the reader ("fuck you", "go to hell") is contempt, with calmer words
        # for its whole clause (tone_english_contempt): it is not claimed here.
        r"damn(?:ed|it)?|(?<!go to )(?<!burn in )(?<!rot in )hell|(?<!piece of )crap(?:py)?|"
        r"bloody|bull ?shit|shit\w*|wtf|(?:fuck|f\*+k)(?! (?:you|off|yourself|yourselves)(?![\w']))\w*|"
        r"pissed(?: off)?|bastards?|(?<!kiss my )(?:arse|ass(?:hole)?s?)|bitch\w*|"
        r"bollocks|jerks?",
        "Swearing, even mild, is what gets quoted back and ends the conversation.",
        "Leave the word out; say what you need in plain words.",
        calmer={
            "crappy": "below standard",
            "crap": "below standard",
            "pissed off": "upset",
            "pissed": "upset",
            "bullshit": "not right",
            "bull shit": "not right",
            "wtf": "what",
            # Said for emphasis they go anywhere ("a damn fine lamp"); other swearing alone.
            **dict.fromkeys("damn damned bloody fucking freaking".split(), ""),
        },
        otherwise=Alone(""),
    ),
    rule(
        K.THREAT,
        r"I(?:'ll| will| am going to) (?:sue|report you|take you to court|expose you|ruin you|"
        r"make sure everyone knows)|see you in court|(?:my|our) lawyers? will|"
        r"you'll be hearing from|or else|watch yourself|you've been warned|you have been warned",
        "Sounds like a threat; it can be used against you and escalates the dispute.",
        "State the consequence as policy, calmly and once.",
        calmer={
            "or else": Clause("or we will close the account under our terms"),
            "see you in court": Clause("we will follow the process set out in our terms"),
        },
        otherwise=Clause("if this continues, we will follow the steps in our terms"),
    ),
    rule(
        K.SPITE,
        r"you(?:'ll| will) regret|good riddance|don't bother|hope you're happy|"
        r"serves you right|see how you like|don't let the door|have fun (?:with|finding)|"
        r"you deserve (?:it|this|what)|I couldn't care less|not my problem|your problem|"
        r"the problem is you|you(?:'re| are) the problem|"
        r"(?:I )?hope you enjoy (?:shopping|buying|going|doing business) (?:somewhere|elsewhere)"
        r"(?: else)?",
        "Reads as spite: it is written to hurt, not to settle anything.",
        "Close the matter kindly.",
        calmer={
            "good riddance": Clause("I wish you well"),
            "don't bother": None,  # "Please there is no need to our staff": no wording fits
            "not my problem": "not something we can change",
            "your problem": "something we cannot change",
            "i couldn't care less": Clause("we see this differently"),
            "hope you're happy": Clause("I hope this settles it"),
            "have fun finding": "I hope you find",
            "have fun with": "I hope all goes well with",
        },
    ),
    rule(
        K.INSULT,
        rf"(?:{_AT_READER_WORDS})(?:'re| are| is)(?: (?:such|so|a|an|the|just|nothing but|"
        rf"total|complete|absolute|utter|real|bunch of|truly|really))* (?:{_INSULT_NOUNS})|"
        rf"(?:{_AT_READER_WORDS}) (?:suck|sucks|stink|stinks)|"
        r"(?:you're|you are|you've been) (?:\w+ )?(?:the|my) (?:worst|rudest|most (?:difficult|"
        r"unpleasant|annoying|demanding|entitled)) (?:customers?|clients?|person|people|buyers?)|"
        r"bunch of (?:clowns|idiots|amateurs|crooks|thieves|morons|liars|losers)|"
        r"what an? (?:joke|disgrace|farce|clown|loser|idiot|shambles|embarrassment)|shame on you",
        "Name-calling: it is about the person, and it is the line they will quote back.",
        "Say what went wrong, not what they are.",
        calmer={"shame on you": Clause("I am disappointed")},
        otherwise=Clause("I see this differently"),
    ),
    rule(
        K.ANGER,
        r"ridiculous|absurd|pathetic|outrageous|insane|stupid|idiot(?:ic|s)?|moron(?:ic|s)?|"
        r"incompetent|ignorant|clueless|sick (?:and tired )?of|fed up(?: with)?|(?:I've|I have) had enough|"
        r"how dare you|shut up|(?:what )?(?:a (?:complete |total |real )?)?waste of (?:my|our) time|I can't believe you|liars?|"
        r"you(?:'re| are) lying|nonsense|rubbish|garbage|disgusting|unacceptable|appalling|"
        r"sucks(?! for (?:you|both of us)(?![\w']))|piece of (?:junk|crap|garbage|trash)|(?:a )?rip-?off|screwed(?: over| out of)?|"
        r"a scam|scammed|a joke",
        "Angry or insulting words; they show the customer they got to you.",
        "Name the problem calmly.",
        only_when_cold=True,
        calmer={
            # Not "not something we can agree to": its "not" would hide "…and pathetic".
            "ridiculous": "not acceptable to us",
            "absurd": "not workable",
            "pathetic": "below standard",
            "outrageous": "not acceptable to us",
            "nonsense": "not accurate",
            "rubbish": "not accurate",
            "garbage": "not accurate",
            "unacceptable": "not something we can accept",
            "appalling": "below standard",
            "disgusting": "not acceptable",
            "fed up": "concerned",
            "fed up with": "concerned about",
            "sick and tired of": "concerned about",
            "sick of": "concerned about",
            "i've had enough": Clause("I would like to settle this"),
            "i have had enough": Clause("I would like to settle this"),
            "how dare you": "I was surprised that you",
            "waste of my time": None,
            "waste of our time": None,
            **{
                f"a {much}waste of {whose} time": "unhelpful"
                for much in ("", "complete ", "total ", "real ")
                for whose in ("my", "our")
            },
            "what a waste of my time": Clause("this is not getting us anywhere"),
            "what a waste of our time": Clause("this is not getting us anywhere"),
            "you're lying": Clause("that is not what our records show"),
            "you are lying": Clause("that is not what our records show"),
            # "called you a liar" → "called you a mistaken": no single word fits everywhere.
            "liar": None,
            "liars": None,
            "shut up": Clause("let us pause here"),
            "i can't believe you": "I was surprised that you",
            "sucks": "is below standard",
            "piece of junk": "faulty item",
            "piece of crap": "faulty item",
            "a rip-off": "expensive",
            "a ripoff": "expensive",
            "rip-off": None,  # "a rip-off price"
            "ripoff": None,
            "a scam": "a dispute",
            "a joke": "not what we expected",  # "…is not good enough" would still dismiss
            "screwed": "let down",
            "scammed": "let down",
        },
        otherwise="",
    ),
    rule(
        K.CONTEMPT,
        r"who cares|(?:nobody|no one) cares|get a life|grow up|get over (?:it|yourself)|"
        r"(?:are you|you're|you are) (?:kidding|joking|serious)(?: me)?|give me a break|"
        r"don't make me laugh|laughable|spare me|cry me a river|boo hoo|typical|"
        # "Whatever." shrugs; "whatever you need" offers.
        r"whatever(?=[ \t]*(?:[.!?,;:\n]|$))|whatever you say|"
        r"some people|unbelievable|seriously\?|"
        r"I (?:really )?(?:don't|do not) care(?! (?:how|what|if|whether|when|where|who|which))",
        "Dismisses the customer instead of answering them; contempt is what people remember.",
        "Answer the point they raised, even briefly.",
        calmer={
            "unbelievable": "surprising",
            "laughable": "not realistic",
            "who cares": Clause("I hear you"),
            "nobody cares": Clause("this will not change"),
            "no one cares": Clause("this will not change"),
            "give me a break": Clause("I see this differently"),
            "don't make me laugh": Clause("I see this differently"),
            "are you kidding me": Clause("I am surprised"),
            "whatever you say": Clause("I see this differently"),
            "are you serious": Clause("I am surprised"),
            "you're kidding": Clause("I am surprised"),
            "you're joking": Clause("I am surprised"),
            "some people": None,
        },
        otherwise=Alone(""),
        only_when_cold=True,
    ),
    *CONTEMPT_RULES,
    *DISMISSIVE_RULES,
    rule(
        K.AT_READER,
        r"customers like you|people like you|you people|someone like you|your kind|"
        r"what is wrong with you|what's wrong with you|who do you think",
        "Lumps the customer into a group or attacks them as a person; it reads as contempt.",
        "Speak to this customer about this problem.",
        calmer={
            "customers like you": "some customers",
            "people like you": "some customers",
            "you people": "you",
            "someone like you": "you",
            "your kind": "you",
        },
    ),
    rule(
        K.AT_READER,
        r"you clearly|you obviously|you apparently|you seem to think|you think you|"
        r"you (?:just )?don't (?:seem to )?(?:get|understand)|you (?:can't|cannot) (?:even )?read|"
        r"you didn't (?:even )?read|did you (?:even )?read|"
        r"you need to (?:calm down|relax|understand|learn)",
        "Aimed at the person, not the problem: it tells them what they think or are.",
        "Describe the facts instead.",
        calmer={
            "you clearly": "you",
            "you obviously": "you",
            "you apparently": "you",
            "you seem to think": "you mentioned",
            "you think you": "you feel you",
            "you didn't read": "you may have missed",
            "you didn't even read": "you may have missed",
            "did you read": "you may have missed",
            "did you even read": "you may have missed",
            "you don't understand": Clause("this may not have been clear"),
            "you just don't understand": Clause("this may not have been clear"),
        },
    ),
    rule(
        K.BLAME,
        r"(?:(?:it's|it is|this is|that's|that is) (?:all )?)?your (?:own )?fault|you failed to|"
        r"you should have|you were supposed to|because of you|"
        r"you caused|you broke|you messed up|you didn't bother(?: to)?|thanks to you|"
        r"you (?:people )?(?:ruined|screwed up|destroyed|wasted)|this is (?:all )?on you|"
        r"your (?:mistake|error|incompetence|carelessness)|"
        r"if you had (?:bothered|read|listened|followed)|that's on you|"
        r"only have yourself to blame|user error",
        "Puts the blame on the customer; they will defend themselves instead of listening.",
        "Say what happened and what fixes it.",
        calmer={
            "your fault": None,  # "It was what happened", "What happened, not ours"
            "your own fault": None,
            "it's your fault": "here is what happened:",
            "it is your fault": "here is what happened:",
            "it's your own fault": "here is what happened:",
            "it's all your fault": "here is what happened:",
            "this is your fault": "here is what happened:",
            "that's your fault": "that is what happened",
            "you failed to": "you did not",
            "you should have": "next time, please",
            "you were supposed to": "the plan was to",
            "because of you": "because of this",
            "thanks to you": "because of this",
            "you caused": "this led to",
            "you broke": "this damaged",
            "you messed up": "this went wrong with",
            "your mistake": "the mix-up",
            "your error": "the mix-up",
            "that's on you": "that is how it happened",
            "user error": "a setting",
            "you didn't bother to": "you did not",
            "you didn't bother": None,  # "You did not checking"
            "this is on you": "this is what happened",
            "this is all on you": "this is what happened",
        },
    ),
    rule(
        K.CONDESCENSION,
        r"as anyone (?:would|could|can) (?:see|know|tell)|any reasonable person|"
        # "It's not rocket science, but it is fiddly" owns up to the trouble.
        r"(?:it's|it is) not rocket science(?!,? but\b)|let me (?:explain|spell) (?:this|it) (?:out )?"
        r"(?:slowly for you|again for you|slowly|again|for you)|for your information|educate yourself|I'm sure even you|"
        r"even you (?:can|could|should)|try to understand|(?:it's|it is) (?:really )?(?:very )?"
        r"simple|basic common sense|common sense|calm down|read the manual|rtfm|learn to read",
        "Talks down to the reader; it makes them feel stupid, and they will push back.",
        "Give the step plainly.",
        calmer={
            "for your information": "",
            "it's not rocket science": Clause("here is how it works"),
            "it is not rocket science": Clause("here is how it works"),
            "it's simple": "here is how",
            "it is simple": "here is how",
            "it's really simple": "here is how",
            "calm down": Clause("I understand this is frustrating"),
            "read the manual": Clause("the manual explains this"),
            "try to understand": "please note",
            "any reasonable person": "most people",
        },
        otherwise="",
    ),
    rule(
        K.SARCASM,
        r"oh,? (?:great|wonderful|brilliant|perfect|really|joy)|"
        rf"(?:thanks|thank you)(?: a lot| so much| very much| again)? for (?:\w+ ){{0,2}}?"
        rf"(?:{_FAILING})|thanks a lot|"
        r"gee,? thanks|good luck with that|what a (?:surprise|shock)|shockingly|"
        r"congrat(?:ulation)?s on (?:\w+ ){0,2}?(?:losing|ruining|failing|another|yet another|"
        r"the worst|driving)\w*|"
        rf"(?:great|nice|good|fantastic|wonderful|excellent|brilliant|stellar|amazing|superb|"
        rf"outstanding) (?:job|work|going|effort|service)(?: (?:on|at|with|in|of))? "
        rf"(?:\w+ ){{0,3}}?(?:{_FAILING})|"
        r"at least (?:you|your \w+|they|the \w+|it|this)(?:'re| are| is| were| was| can be)? "
        r"(?:\w+ )?(?:consistent|reliable|predictable|consistently|good at \w+|honest about)|"
        r"(?:very|so|real|really) (?:professional|helpful|classy|mature)[,!] ?(?:\w+ ){0,2}?"
        rf"(?:{_FAILING})|"
        r"yeah,? right|sure you (?:did|do|have)|bless your heart|slow clap|"
        r"must be nice|how (?:nice|lovely|wonderful) (?:of you|for you)|clearly a genius|"
        r"nice try",
        "Sarcasm: mock praise cannot be heard as a joke in writing, only as mockery.",
        "Say what you mean directly, in plain words.",
        calmer={
            "thanks a lot": "thank you",
            "good luck with that": Clause("I hope it works out"),
            "thanks for nothing": Clause("I am sorry we could not help more"),
            "thank you for nothing": Clause("I am sorry we could not help more"),
            "thanks a lot for nothing": Clause("I am sorry we could not help more"),
            "thank you so much for nothing": Clause("I am sorry we could not help more"),
            "thank you very much for nothing": Clause("I am sorry we could not help more"),
            "nice try": "I see your point, but",
            "yeah right": Clause("I am not sure that is so"),
            "yeah, right": Clause("I am not sure that is so"),
            "congratulations on…": Clause("I am sorry to lose you as a customer"),
            "congrats on…": Clause("I am sorry to lose you as a customer"),
            "at least…": Clause("I am disappointed that this keeps happening"),
        },
        # Mock thanks stand for their whole clause ("…for wasting my time", "my time" too).
        otherwise=Clause("I am disappointed by how this was handled"),
    ),
    rule(
        K.SARCASM,
        r"wow",
        "“Wow” before a complaint reads as mockery.",
        "Leave it out and state the point.",
        otherwise="",
        only_when_cold=True,
    ),
    rule(
        K.SARCASM,
        r"your (?:\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|'[^'\n]{1,40}')",
        "Quotation marks around their words read as mockery.",
        "Use their words plainly, without quotation marks.",
    ),
    *PASSIVE_AGGRESSIVE_RULES,
    rule(
        K.ABSOLUTE,
        r"always|never|every single time|every time|constantly|all the time|nobody|no one|"
        r"everyone knows|everybody knows",
        "Absolutes are rarely exactly true and invite an argument about the exceptions.",
        "Say what happened this time, with the date.",
        calmer={
            "always": "often",
            "never": "rarely",
            "every single time": "several times",
            "every time": "several times",
            "constantly": "often",
            "all the time": "often",
            "nobody": Plural("few people"),
            "no one": Plural("few people"),
            "everyone knows": "it is known",
            "everybody knows": "it is known",
        },
        only_when_cold=True,
    ),
)
