"""What a shop owner types to brush off a difficult customer without a rude word, each with the
kind of flag it must get and the text left once every flag's calmer wording is clicked; and
warm or plain sentences that share their words, which must raise no flag. Written for Steady,
not taken from the bench's texts."""

from __future__ import annotations

from app.reply.tone_rules import ToneKind as K

_DETAILS = "I am happy to point you to the details."
_LOOK_AGAIN = "Please take another look at the details."
_ANOTHER_WAY = "Let me put this another way."
_DIFFERENTLY = "I accept that we see this differently."
_NOT_HOPED = "I am sorry this is not the answer you hoped for."
_HOW = "Here is how it works."
_REFUND = " The refund went out on Monday."

HOSTILE_DISMISSIVE: list[tuple[str, K, str]] = [
    # Sent off to find the answer themselves.
    ("Do your own research.", K.CONDESCENSION, _DETAILS),
    ("Google it.", K.CONDESCENSION, _DETAILS),
    ("Just google it.", K.CONDESCENSION, _DETAILS),
    ("Look it up yourself.", K.CONDESCENSION, _DETAILS),
    ("Figure it out yourself.", K.CONDESCENSION, _DETAILS),
    ("Do some research before you complain.", K.CONDESCENSION, _DETAILS),
    # Told to go and read.
    ("Read the listing next time.", K.CONDESCENSION, _LOOK_AGAIN),
    ("Next time, read before you buy.", K.CONDESCENSION, _LOOK_AGAIN),
    ("Try reading the instructions.", K.CONDESCENSION, _LOOK_AGAIN),
    ("Maybe read the email before replying.", K.CONDESCENSION, _LOOK_AGAIN),
    ("Learn to read." + _REFUND, K.CONDESCENSION, _REFUND.lstrip()),
    (
        "It's in the FAQ, which you clearly didn't read.",
        K.AT_READER,
        "It's in the FAQ, which you may have missed.",
    ),
    (
        "Clearly you didn't check the size chart.",
        K.AT_READER,
        "You may have missed the size chart.",
    ),
    ("You need to read the description.", K.AT_READER, "Please see the description."),
    ("You should have read the description.", K.BLAME, "Next time, please read the description."),
    (
        "It's all on the website if you bothered to look.",
        K.BLAME,
        "It's all on the website.",
    ),
    # Not saying it again.
    (
        "As I already told you twice, the refund was sent.",
        K.PASSIVE_AGGRESSIVE,
        "To recap, the refund was sent.",
    ),
    (
        "Per my last email, the item ships Monday.",
        K.PASSIVE_AGGRESSIVE,
        "To recap, the item ships Monday.",
    ),
    ("I'm not going to repeat myself.", K.PASSIVE_AGGRESSIVE, _ANOTHER_WAY),
    ("I shouldn't have to explain this again.", K.PASSIVE_AGGRESSIVE, _ANOTHER_WAY),
    ("I'll say it one more time.", K.PASSIVE_AGGRESSIVE, _ANOTHER_WAY),
    (
        "For the last time, the parcel was delivered.",
        K.PASSIVE_AGGRESSIVE,
        "To recap, the parcel was delivered.",
    ),
    (
        "I don't know what else you want from me.",
        K.PASSIVE_AGGRESSIVE,
        "Please tell me what would settle this for you.",
    ),
    # Shrugged off.
    ("Not my problem.", K.SPITE, "Not something we can change."),
    ("That's on you.", K.BLAME, "That is how it happened."),
    ("Whatever." + _REFUND, K.CONTEMPT, _REFUND.lstrip()),
    ("Whatever you say.", K.CONTEMPT, "I see this differently."),
    ("Fine, have it your way.", K.CONTEMPT, _DIFFERENTLY),
    ("Suit yourself.", K.CONTEMPT, _DIFFERENTLY),
    ("Deal with it.", K.CONTEMPT, _NOT_HOPED),
    ("Tough luck.", K.CONTEMPT, _NOT_HOPED),
    ("Your loss.", K.CONTEMPT, "I am sorry to see you go."),
    ("Well, that's your loss.", K.CONTEMPT, "I am sorry to see you go."),
    ("Sorry, not sorry.", K.CONTEMPT, "I stand by our decision."),
    ("Take it or leave it.", K.CONTEMPT, "This is the best we can offer."),
    ("You get what you pay for.", K.CONTEMPT, "I am sorry it did not meet your expectations."),
    ("Some people are never happy.", K.CONTEMPT, "I am sorry this has not worked out for you."),
    ("Nobody else has a problem with it.", K.BLAME, "I am sorry it has given you trouble."),
    ("With all due respect, you're wrong.", K.AT_READER, "I see this differently."),
    # No time for them.
    ("I don't have time for this.", K.CONTEMPT, "I would like to settle this quickly."),
    ("I've got better things to do.", K.CONTEMPT, "I would like to settle this quickly."),
    ("You're not the only customer I have.", K.CONTEMPT, "We answer every customer in turn."),
    ("I'm not here to hold your hand.", K.CONTEMPT, "I can point you to the steps."),
    # Talked down to.
    (
        "If you can't understand that, I can't help you.",
        K.CONDESCENSION,
        "If anything is still unclear, I am happy to explain it another way.",
    ),
    ("It's not rocket science.", K.CONDESCENSION, _HOW),
    ("It's really not that hard.", K.CONDESCENSION, _HOW),
    ("That's not how this works.", K.CONDESCENSION, _HOW),
    ("Obviously." + _REFUND, K.PASSIVE_AGGRESSIVE, _REFUND.lstrip()),
]

WARM_DISMISSIVE: list[str] = [
    "I did my own research and you were right.",
    "You can google our shop name to find the hours.",
    "It's in the FAQ, and here is the link too.",
    "As I told you on the phone, the refund is on its way.",
    "Not a problem at all!",
    "That's on us, sorry.",
    "Whatever you need, just ask.",
    "Learn more on our site.",
    "It's not rocket science, but it is fiddly, so here are the steps.",
    "Obviously we will replace it.",
    "I'm so sorry for your loss.",
    "It's not that hard to fix, so we will send you the part.",
    "We will deal with it today.",
    "I'll take it back and deal with it.",
    "You can look it up on our tracking page.",
    "We'll do some research and get back to you.",
    "Please read the care label before washing, the wool shrinks.",
    "I don't have time today, but I will call you tomorrow.",
    "Nobody else has a key to the shop.",
    "Whatever the reason, we will refund you.",
    "Let me know if you're wrong about the size and we'll swap it.",
]

# The five commonest in the owner's own language: (language, text, kind, after every click).
OTHER_LANGUAGES_DISMISSIVE: list[tuple[str, str, K, str]] = [
    (
        "es",
        "Haga su propia investigación.",
        K.CONDESCENSION,
        "Con gusto le indico dónde encontrar los detalles.",
    ),
    (
        "es",
        "Búsquelo en Google.",
        K.CONDESCENSION,
        "Con gusto le indico dónde encontrar los detalles.",
    ),
    ("es", "No voy a repetirme.", K.PASSIVE_AGGRESSIVE, "Permítame explicarlo de otra manera."),
    ("es", "No se lo voy a repetir.", K.PASSIVE_AGGRESSIVE, "Permítame explicarlo de otra manera."),
    ("es", "No tengo tiempo para esto.", K.CONTEMPT, "Quiero resolver esto cuanto antes."),
    ("es", "Lo que sea.", K.CONTEMPT, "Entiendo que lo vemos de forma distinta."),
    ("es", "Aprenda a leer.", K.CONDESCENSION, "Por favor, revise de nuevo los detalles."),
    (
        "es",
        "Lea la descripción la próxima vez.",
        K.CONDESCENSION,
        "Por favor, revise de nuevo los detalles.",
    ),
    (
        "fr",
        "Faites vos propres recherches.",
        K.CONDESCENSION,
        "Je vous indique volontiers où trouver les détails.",
    ),
    (
        "fr",
        "Cherchez vous-même.",
        K.CONDESCENSION,
        "Je vous indique volontiers où trouver les détails.",
    ),
    ("fr", "Je ne vais pas me répéter.", K.PASSIVE_AGGRESSIVE, "Je vais l'expliquer autrement."),
    ("fr", "Je n'ai pas de temps pour ça.", K.CONTEMPT, "Je souhaite régler cela rapidement."),
    ("fr", "Peu importe.", K.CONTEMPT, "Je comprends que nous voyons les choses différemment."),
    ("fr", "Apprenez à lire.", K.CONDESCENSION, "Je vous invite à revoir les détails."),
    (
        "fr",
        "Lisez la description la prochaine fois.",
        K.CONDESCENSION,
        "Je vous invite à revoir les détails.",
    ),
    (
        "de",
        "Googeln Sie selbst.",
        K.CONDESCENSION,
        "Ich zeige Ihnen gern, wo Sie die Details finden.",
    ),
    (
        "de",
        "Recherchieren Sie selbst.",
        K.CONDESCENSION,
        "Ich zeige Ihnen gern, wo Sie die Details finden.",
    ),
    (
        "de",
        "Ich werde mich nicht wiederholen.",
        K.PASSIVE_AGGRESSIVE,
        "Ich erkläre es gern noch einmal anders.",
    ),
    ("de", "Ich habe keine Zeit für so etwas.", K.CONTEMPT, "Ich möchte das schnell klären."),
    ("de", "Wie auch immer.", K.CONTEMPT, "Ich verstehe, dass wir das unterschiedlich sehen."),
    ("de", "Ist mir egal.", K.CONTEMPT, "Ich verstehe, dass wir das unterschiedlich sehen."),
    (
        "de",
        "Lernen Sie lesen.",
        K.CONDESCENSION,
        "Bitte sehen Sie sich die Details noch einmal an.",
    ),
    (
        "de",
        "Lesen Sie die Beschreibung das nächste Mal.",
        K.CONDESCENSION,
        "Bitte sehen Sie sich die Details noch einmal an.",
    ),
]

OTHER_LANGUAGES_DISMISSIVE_WARM: list[tuple[str, str]] = [
    ("es", "Lo que sea necesario, díganos."),
    ("es", "Busqué en Google y usted tenía razón."),
    ("es", "No tengo tiempo hoy, pero le llamo mañana."),
    ("es", "Le repetiremos el envío sin coste."),
    ("fr", "Peu importe la couleur, nous l'échangeons."),
    ("fr", "J'ai fait mes propres recherches, vous aviez raison."),
    ("fr", "Je n'ai pas le temps aujourd'hui, mais je vous appelle demain."),
    ("de", "Ich habe heute keine Zeit, rufe Sie aber morgen an."),
    ("de", "Egal welche Farbe, wir tauschen sie um."),
    ("de", "Sie können die Farbe selbst wählen."),
]
