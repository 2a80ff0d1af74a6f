"""Customers' messages, labelled by whether step 3 should ask what the owner tested: True for a
product that failed (broken, faulty, stopped working, damaged on arrival, the wrong size or
colour), False for everything else a shop is written to about (where the order is, tracking,
when the refund comes, prices, opening hours, a rude member of staff)."""

from __future__ import annotations

FAULTS = {
    "en": (
        "The lamp I bought last week stopped working after two days. What do I do now?",
        "Your kettle is faulty. It trips the fuse every time I switch it on.",
        "The chair arrived with a cracked leg. I want a replacement.",
        "I ordered a medium and you sent a small. Wrong size again!",
        "The jumper is the wrong colour, I ordered navy and got black.",
        "The app keeps crashing whenever I open a shared folder. Fix it.",
        "Uploading anything over 1 GB gives me an error message and nothing is saved.",
        "The charger doesn't work. I tried three different sockets.",
        "My parcel came today and the vase inside was smashed to pieces.",
        "The zip on the bag broke the first time I used it. Rubbish.",
        "Half the screws were missing from the flat-pack desk, so I can't build it.",
        "The headphones won't charge any more and the left side crackles.",
        "This is the second defective blender you have sold me. Absolutely useless.",
        "After your latest update the sync no longer works at all.",
        "The boots leak as soon as it rains. They were sold as waterproof!",
        "The shirt shrank after one wash and the seams came apart.",
        # The lines below were first kept apart, written after the words were tuned, and
        # joined this list once measured.
        "Bought the desk fan on Monday and it's already making a grinding noise and won't spin.",
        "The screen on the tablet you sold me went black after a day and nothing brings it back.",
        "Your software wiped half my files when I synced this morning.",
        "The mug came with a big chip in the rim.",
        "The dress is two sizes too small even though I ordered my usual size.",
        # Kept apart a second time, as above.
        "Two of the four wine glasses in the set arrived in pieces.",
        "The printer you sold me jams on every single page.",
        "Since yesterday the program says my licence is invalid and won't let me log in.",
    ),
    "es": (
        "La lámpara dejó de funcionar a los dos días.",
        "El paquete llegó y la taza estaba rota.",
        "La aplicación da error cada vez que subo un archivo.",
        "Me enviaron la talla equivocada, pedí una M y llegó una S.",
        "El cargador no funciona, lo he probado en tres enchufes.",
        "El producto es defectuoso: la pantalla tiene una raya.",
        "Los zapatos se despegaron de la suela a la semana.",
        "La batería del portátil dura apenas veinte minutos.",
    ),
    "fr": (
        "La lampe ne marche plus depuis hier.",
        "Le colis est arrivé et le vase était cassé.",
        "L'application plante à chaque fois que j'ouvre un dossier.",
        "Vous m'avez envoyé la mauvaise taille, j'avais commandé du M.",
        "Le chargeur est défectueux, il chauffe et ne charge pas.",
        "La fermeture éclair s'est cassée au premier usage.",
        "Le grille-pain a brûlé mon pain et maintenant il ne s'allume plus.",
        "Ma montre s'arrête toutes les nuits, il faut la remettre à l'heure le matin.",
    ),
    "de": (
        "Die Lampe funktioniert seit gestern nicht mehr.",
        "Das Paket kam an, aber die Vase war zerbrochen.",
        "Die App stürzt jedes Mal ab, wenn ich einen Ordner öffne.",
        "Sie haben mir die falsche Größe geschickt, ich hatte M bestellt.",
        "Das Ladegerät ist defekt, es wird heiß und lädt nicht.",
        "Der Reißverschluss ist beim ersten Tragen gerissen.",
        "Der Wasserkocher ist undicht, überall ist Wasser auf der Arbeitsplatte.",
        "Die Nähte an der Jacke gehen nach zwei Wochen schon auf.",
    ),
}

NOT_FAULTS = {
    "en": (
        "Where is my order?? This is the third time I ask",
        "My parcel still hasn't arrived and the tracking hasn't updated in a week.",
        "When will my refund be processed? It has been 14 days.",
        "What time do you open on Saturday?",
        "Your staff member at the counter was incredibly rude to me. I want an apology.",
        "Why is the price on your website different from the price in the shop?",
        "I was charged twice for the same order. Fix this now.",
        "Can you send me the tracking number for my delivery?",
        "The delivery driver left my package in the rain at the wrong house.",
        "You promised delivery by Friday and it's Tuesday. Useless company.",
        "Is the item in stock or not? Your website says available but my order is still pending.",
        "The girl on the phone hung up on me. Disgraceful service.",
        "Has my refund been sent yet? I returned the item two weeks ago.",
        "Do you offer a discount on orders over 100 pounds?",
        "Your manager is a liar and a bully and I will tell everyone.",
        "Are you open on bank holidays? I need to pick up my order.",
        # Kept apart at first, as above.
        "I've been waiting three weeks for my parcel. Where is it?",
        "Why did you take £40 from my card when the order was cancelled?",
        "Your assistant laughed at me when I asked for help. Disgusting behaviour.",
        "The courier says the package was delivered but I never got it.",
        "There is an error on my invoice: you charged me for two lamps.",
        # Kept apart a second time, as above.
        "Could you tell me whether you deliver to Ireland and how long it takes?",
        "I have emailed four times about my missing parcel and nobody answers. Pathetic.",
        "Your receptionist rolled her eyes at me and walked off.",
    ),
    "es": (
        "¿Dónde está mi pedido? Es la tercera vez que pregunto.",
        "Mi paquete todavía no ha llegado y el seguimiento no se actualiza.",
        "¿Cuándo me van a devolver el dinero? Ya pasaron dos semanas.",
        "¿A qué hora abren el sábado?",
        "La dependienta fue muy grosera conmigo. Exijo una disculpa.",
        "¿Por qué el precio en la web es más alto que en la tienda?",
        "¿Tienen la tienda abierta el domingo por la tarde?",
        "¿Hacen descuento a estudiantes?",
    ),
    "fr": (
        "Où est ma commande ? C'est la troisième fois que je demande.",
        "Mon colis n'est toujours pas arrivé et le suivi ne bouge pas.",
        "Quand vais-je recevoir mon remboursement ? Cela fait deux semaines.",
        "Quels sont vos horaires d'ouverture le samedi ?",
        "Votre vendeur a été très impoli avec moi. J'exige des excuses.",
        "Pourquoi le prix sur votre site est-il plus cher qu'en magasin ?",
        "Vous êtes des voleurs, je n'ai toujours pas été remboursé !",
        "Votre livreur m'a insulté devant mes voisins.",
    ),
    "de": (
        "Wo ist meine Bestellung? Ich frage jetzt zum dritten Mal.",
        "Mein Paket ist immer noch nicht angekommen und die Sendungsverfolgung zeigt nichts.",
        "Wann bekomme ich endlich meine Rückerstattung? Es sind schon zwei Wochen.",
        "Wann haben Sie am Samstag geöffnet?",
        "Ihre Verkäuferin war extrem unhöflich zu mir. Ich verlange eine Entschuldigung.",
        "Warum ist der Preis auf Ihrer Website höher als im Laden?",
        "Ihr Fahrer hat mein Paket einfach vor die Tür geworfen und ist weggefahren.",
        "Warum kostet der Versand jetzt plötzlich 9 Euro?",
    ),
}


def labelled(
    faults: dict[str, tuple[str, ...]], others: dict[str, tuple[str, ...]]
) -> list[tuple[str, str, bool]]:
    """(language, message, is a product fault) for every message."""
    return [(lang, text, True) for lang, texts in faults.items() for text in texts] + [
        (lang, text, False) for lang, texts in others.items() for text in texts
    ]


MESSAGES = labelled(FAULTS, NOT_FAULTS)

# Written after the words were tuned on MESSAGES (tuning ended with the lines "kept apart a
# second time" above), kept apart to see how the words do on messages they were not fitted to.
HELD_OUT = labelled(
    {
        "en": (
            "My new phone case already has a split along the side.",
            "The blender smells of burning plastic every time I use it.",
            "The tap you fitted drips all night.",
            "I paid for the premium plan and the export button does nothing.",
        ),
        "es": ("El secador se apaga solo a los cinco minutos.",),
        "fr": ("Les couleurs du pull ont déteint au premier lavage.",),
        "de": ("Die Uhr geht jeden Tag zehn Minuten nach.", "Das Display flackert ständig."),
    },
    {
        "en": (
            "Can I collect my order from the shop instead of having it posted?",
            "You still owe me £12 from the last return.",
            "The woman at the till was shouting at her colleague in front of customers.",
            "How do I change the delivery address on my order?",
        ),
        "es": ("Llevo diez días esperando el paquete, ¿qué pasa?",),
        "fr": ("Pourquoi avez-vous annulé ma commande sans me prévenir ?",),
        "de": (
            "Können Sie mir eine Rechnung mit meiner Firmenadresse schicken?",
            "Ihr Kollege am Telefon war frech und hat einfach aufgelegt.",
        ),
    },
)
