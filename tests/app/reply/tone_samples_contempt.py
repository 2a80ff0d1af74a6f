"""What an owner types when a customer has got to them, each with the kind of flag it must get
and the sentence one click leaves; and warm or plain sentences that share their words, which
must raise no flag."""

from __future__ import annotations

from app.reply.tone_rules import ToneKind as K

_END = "I would like to end this conversation here."
_ELSEWHERE = "We think another business may serve you better."
_NO_CONTACT = "Please do not contact us again."
_SAID_ALL = "I think we have said all we can."
_HARD = "This has been difficult for both of us."

HOSTILE_ONE_CLICK: list[tuple[str, K, str]] = [
    # Swearing aimed at the reader: contempt, replaced by a whole calm sentence.
    ("Fuck you.", K.CONTEMPT, _END),
    ("Fuck off.", K.CONTEMPT, _END),
    ("Go fuck yourself.", K.CONTEMPT, _END),
    ("Screw you.", K.CONTEMPT, _END),
    ("Screw you guys.", K.CONTEMPT, _END),
    ("Go to hell.", K.CONTEMPT, _END),
    ("Piss off.", K.CONTEMPT, _END),
    ("Kiss my ass.", K.CONTEMPT, _END),
    ("You can kiss my ass.", K.CONTEMPT, _END),
    ("Bite me.", K.CONTEMPT, _END),
    ("Drop dead.", K.CONTEMPT, _END),
    ("Get lost.", K.CONTEMPT, _END),
    ("Please just get lost.", K.CONTEMPT, _END),
    ("Fuck you and your refund.", K.CONTEMPT, _END),
    (
        "Thanks for your email. Fuck you, the kettle was used.",
        K.CONTEMPT,
        "Thanks for your email. I would like to end this conversation here, the kettle was used.",
    ),
    (
        "We have refunded you, now get lost.",
        K.CONTEMPT,
        "We have refunded you, I would like to end this conversation here.",
    ),
    # Showing them the door.
    ("Take your business elsewhere.", K.CONTEMPT, _ELSEWHERE),
    ("Please just take your business elsewhere.", K.CONTEMPT, _ELSEWHERE),
    ("You people can take your business elsewhere.", K.CONTEMPT, _ELSEWHERE),
    (
        "If you don't like it, take your business elsewhere.",
        K.CONTEMPT,
        "If you don't like it, we think another business may serve you better.",
    ),
    ("Nobody wants you here.", K.CONTEMPT, _ELSEWHERE),
    ("No one wants you people here.", K.CONTEMPT, _ELSEWHERE),
    ("Don't ever contact us again.", K.CONTEMPT, _NO_CONTACT),
    ("Don't contact us again.", K.CONTEMPT, _NO_CONTACT),
    ("Do not ever email me again.", K.CONTEMPT, _NO_CONTACT),
    ("Don't you ever call us again!", K.CONTEMPT, _NO_CONTACT),
    ("Never contact us again.", K.CONTEMPT, _NO_CONTACT),
    ("Lose my number.", K.CONTEMPT, _NO_CONTACT),
    # Finished with them.
    ("I'm done with you.", K.CONTEMPT, _SAID_ALL),
    ("We are so done with you people.", K.CONTEMPT, _SAID_ALL),
    (
        "I am done with you guys, the refund is final.",
        K.CONTEMPT,
        "I think we have said all we can, the refund is final.",
    ),
    ("I've had it with you.", K.CONTEMPT, _SAID_ALL),
    ("You're dead to me.", K.CONTEMPT, _SAID_ALL),
    (
        "This is the last time I deal with you.",
        K.CONTEMPT,
        "I think it is best we part ways here.",
    ),
    (
        "That was the last time we did business with you.",
        K.CONTEMPT,
        "I think it is best we part ways here.",
    ),
    # Hatred, and telling them off.
    ("I hate dealing with you.", K.CONTEMPT, _HARD),
    ("I hated dealing with you guys.", K.CONTEMPT, _HARD),
    ("I hate you.", K.CONTEMPT, _HARD),
    ("You make me sick.", K.CONTEMPT, _HARD),
    ("You people make me sick.", K.CONTEMPT, _HARD),
    ("I hate this.", K.ANGER, "This has been difficult."),
    ("Quit complaining.", K.CONTEMPT, "I understand you are unhappy."),
    ("Just quit complaining already.", K.CONTEMPT, "I understand you are unhappy."),
    ("Stop whining.", K.CONTEMPT, "I understand you are unhappy."),
    ("Sometimes people just suck.", K.INSULT, "This has not gone as either of us hoped."),
    ("You guys suck.", K.INSULT, "This has not gone as either of us hoped."),
    ("Your review is a lie and you know it.", K.INSULT, "That is not what our records show."),
    ("That's a lie.", K.INSULT, "That is not what our records show."),
    ("You ordered the wrong size and you know it.", K.INSULT, "You ordered the wrong size."),
    ("Can you even read?", K.AT_READER, "This may not have been clear."),
    ("Can't you read?", K.AT_READER, "This may not have been clear."),
    ("Use your brain.", K.CONDESCENSION, "Please take another look at the details."),
    ("Use your head!", K.CONDESCENSION, "Please take another look at the details."),
]

WARM = [
    "I hate to say it, but you were right.",
    "I hate that this happened to you.",
    "I hate this for you, I'm so sorry.",
    "Please don't hesitate to contact us again.",
    "Feel free to contact us again if anything else comes up.",
    "Please do not contact us again.",
    "Don't contact us before Monday, we are closed.",
    "Don't call us again without your order number, or we cannot find it.",
    "We'd love to see you again, don't be a stranger.",
    "Come back anytime!",
    "Don't come back without your receipt.",
    "I'm done with your order, it ships today.",
    "We're finished with your bike, you can collect it today.",
    "Get lost in a good book.",
    "Did the parcel get lost?",
    "Parcels sometimes get lost in the post.",
    "The pain should go away in a day or two.",
    "Can you read me the order number?",
    "Can you read the serial number on the label?",
    "This sucks for you, I'm so sorry.",
    "Use your discount code.",
    "Use your head torch to check the socket.",
    "If you decide to take your business elsewhere, we understand.",
    "This is the last time we can offer a free repair.",
    "Nobody wants you to feel rushed.",
    "The vacuum cleaners suck up dust really well.",
    "It was a drop dead gorgeous wedding cake.",
    "I would never lie to you.",
]

# The same in the reply's other languages: (language, text, kind, after one click).
OTHER_LANGUAGES: list[tuple[str, str, K, str]] = [
    ("es", "Váyase a la mierda.", K.CONTEMPT, "Prefiero dar por terminada esta conversación."),
    ("es", "Lárguese.", K.CONTEMPT, "Prefiero dar por terminada esta conversación."),
    (
        "es",
        "Si no le gusta, lleve su negocio a otra parte.",
        K.CONTEMPT,
        "Si no le gusta, creemos que otro negocio puede atenderle mejor.",
    ),
    (
        "es",
        "No nos vuelva a contactar nunca más.",
        K.CONTEMPT,
        "Le pedimos que no nos contacte más.",
    ),
    ("es", "He terminado con usted.", K.CONTEMPT, "Creo que ya lo hemos dicho todo."),
    (
        "es",
        "Es la última vez que trato con usted.",
        K.CONTEMPT,
        "Creo que lo mejor es que sigamos caminos distintos.",
    ),
    ("es", "Odio tratar con usted.", K.CONTEMPT, "Esto ha sido difícil para ambos."),
    ("es", "Deje de quejarse.", K.CONTEMPT, "Entiendo su malestar."),
    ("es", "Su reseña es una mentira.", K.INSULT, "No es lo que muestran nuestros registros."),
    (
        "fr",
        "Allez vous faire foutre.",
        K.CONTEMPT,
        "Je préfère mettre fin à cette conversation ici.",
    ),
    ("fr", "Dégagez.", K.CONTEMPT, "Je préfère mettre fin à cette conversation ici."),
    (
        "fr",
        "Achetez ailleurs.",
        K.CONTEMPT,
        "Nous pensons qu'un autre commerce pourra mieux vous servir.",
    ),
    ("fr", "Ne nous contactez plus jamais.", K.CONTEMPT, "Merci de ne plus nous contacter."),
    ("fr", "J'en ai fini avec vous.", K.CONTEMPT, "Je pense que nous avons tout dit."),
    (
        "fr",
        "C'est la dernière fois que je traite avec vous.",
        K.CONTEMPT,
        "Je pense qu'il vaut mieux en rester là.",
    ),
    ("fr", "Je vous déteste.", K.CONTEMPT, "Cette situation a été difficile pour nous deux."),
    ("fr", "Arrêtez de vous plaindre.", K.CONTEMPT, "Je comprends votre mécontentement."),
    ("fr", "Votre avis est un mensonge.", K.INSULT, "Ce n'est pas ce que montrent nos dossiers."),
    ("de", "Verpissen Sie sich.", K.CONTEMPT, "Ich möchte dieses Gespräch hier beenden."),
    ("de", "Leck mich am Arsch.", K.CONTEMPT, "Ich möchte dieses Gespräch hier beenden."),
    (
        "de",
        "Kaufen Sie woanders ein.",
        K.CONTEMPT,
        "Wir glauben, dass ein anderes Geschäft Ihnen besser helfen kann.",
    ),
    (
        "de",
        "Kontaktieren Sie uns nie wieder.",
        K.CONTEMPT,
        "Bitte kontaktieren Sie uns nicht mehr.",
    ),
    ("de", "Ich bin fertig mit Ihnen.", K.CONTEMPT, "Ich denke, wir haben alles gesagt."),
    (
        "de",
        "Das ist das letzte Mal, dass ich mit Ihnen Geschäfte mache.",
        K.CONTEMPT,
        "Ich denke, es ist besser, wenn sich unsere Wege hier trennen.",
    ),
    ("de", "Ich hasse Sie.", K.CONTEMPT, "Das war für uns beide schwierig."),
    ("de", "Hören Sie auf zu jammern.", K.CONTEMPT, "Ich verstehe, dass Sie unzufrieden sind."),
    ("de", "Können Sie nicht lesen?", K.AT_READER, "Das war vielleicht nicht klar."),
    (
        "de",
        "Ihre Bewertung ist eine Lüge.",
        K.INSULT,
        "Das deckt sich nicht mit unseren Unterlagen.",
    ),
]

OTHER_LANGUAGES_WARM: list[tuple[str, str]] = [
    ("es", "Por favor, no dude en contactarnos de nuevo."),
    ("es", "Piérdase en nuestro nuevo catálogo."),
    ("es", "Si prefiere comprar en otra parte, lo entendemos."),
    ("es", "He terminado con su pedido, sale hoy."),
    ("es", "Le pedimos que no nos contacte más."),
    ("fr", "N'hésitez pas à nous recontacter."),
    ("fr", "Dégagez l'entrée du garage avant la livraison."),
    ("fr", "J'ai fini avec votre commande, elle part aujourd'hui."),
    ("fr", "Merci de ne plus nous contacter."),
    ("de", "Melden Sie sich gern wieder bei uns."),
    ("de", "Ich bin fertig mit Ihrer Bestellung, sie geht heute raus."),
    ("de", "Die Flecken verschwinden nach dem Waschen."),
    ("de", "Bitte kontaktieren Sie uns nicht mehr."),
    ("de", "Können Sie mir die Bestellnummer vorlesen?"),
    ("de", "Das ist das letzte Mal, dass wir den Preis senken."),
]
