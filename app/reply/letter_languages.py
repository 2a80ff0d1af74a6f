"""The words of the calm-reply letters in each language a reply can be written in (English,
Spanish, French, German): dates, amounts, quotation marks and the sentences built from the log.

Dates and amounts are written from tables here, never from the machine's locale: a Spanish
letter written on an English computer still reads "2 de noviembre de 2026". French puts a
no-break space before ";", ":" and inside « », so a line never starts with the mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.core.money import money_text

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


@dataclass(frozen=True)
class LetterWords:
    months: tuple[str, ...]
    date_form: str  # {day} {month} {year}
    quotes: tuple[str, str]
    on_date: str  # one line of the examples: {date} and {quote}
    threat_one: str  # {also} and {days}
    threat_many: str
    also: str
    date_before: str  # before each date of a list ("el 2 de…, el 5 de…")
    date_and: str
    for_example: str
    not_allowed_policy: str  # {policy}
    not_allowed: str
    courtesy_policy: str  # {policy}
    courtesy: str
    amount_gap: str
    refund_full: str  # {amount}: what was paid, all of it
    refund_part: str  # {amount}: a refund that may be less than was paid
    referral_refunded: str  # {amount}
    referral_if: str  # {amount}
    termination_refunded: str  # {amount}
    decision: str
    termination_if: str  # {amount}
    asked: str
    wrote: str
    answer_gap: str
    no_points: str
    name_gap: str
    business_gap: str
    owner_gap: str
    account: str
    product: str  # {what} and {where}
    product_where: str  # {where}
    product_version: str  # {version}
    product_default: str
    product_sure: str
    your_message: str  # a reply's subject when the customer gave none: {date}


def french_spacing(text: str) -> str:
    """French typography: a no-break space before ; : ! ? and inside « »."""
    for mark in ";:!?":
        text = text.replace(f" {mark}", f"{NBSP}{mark}")
    return text.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»")


ENGLISH = LetterWords(
    months=tuple(
        "January February March April May June July August September October November December".split()
    ),
    date_form="{day} {month} {year}",
    quotes=("“", "”"),
    on_date="- On {date}: {quote}\n",
    threat_one="We {also}received a message on {days} that contained a threat. We will not "
    "repeat it here; it is kept on record.\n",
    threat_many="We {also}received messages on {days} that contained threats. We will not "
    "repeat them here; they are kept on record.\n",
    also="also ",
    date_before="",
    date_and=" and ",
    for_example=" For example:",
    not_allowed_policy="is not allowed under our {policy}",
    not_allowed="we do not accept from anyone",
    courtesy_policy="Under our {policy}, everyone is asked to treat our staff with courtesy.",
    courtesy="We ask everyone to treat our staff with courtesy.",
    amount_gap="[amount]",
    refund_full="a full refund of {amount}",
    refund_part="a refund of {amount}",
    referral_refunded="I have refunded {amount}, so you are free to choose without losing "
    "anything.\n",
    referral_if="[If you refund: “I have refunded the {amount} you paid, so you are free to "
    "choose without losing anything.”]\n",
    termination_refunded="We have issued a refund of {amount}, which usually arrives within "
    "five working days. This is a business decision, and the refund means you are not out of "
    "pocket for the time remaining.",
    decision="This is a business decision.",
    termination_if="[If you give a refund: “We have issued a refund of {amount}; it usually "
    "arrives within five working days.”]",
    asked="You asked",
    wrote="You wrote",
    answer_gap="[Your answer: what you checked.]",
    no_points="[Your answer to their message, with what you checked.]",
    name_gap="[name]",
    business_gap="[your business]",
    owner_gap="[your name]",
    account="your account",
    product="I tested {what}{where}",
    product_where=" on {where}",
    product_version="version {version}",
    product_default="the problem you described",
    product_sure="That is what I know for certain so far.",
    your_message="your message of {date}",
)

SPANISH = LetterWords(
    months=tuple(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    ),
    date_form="{day} de {month} de {year}",
    quotes=("«", "»"),
    on_date="- El {date}: {quote}\n",
    threat_one="{also}{days} recibimos un mensaje que contenía una amenaza. No la repetimos "
    "aquí; consta en nuestros registros.\n",
    threat_many="{also}{days} recibimos mensajes que contenían amenazas. No las repetimos "
    "aquí; constan en nuestros registros.\n",
    also="Además, ",
    date_before="el ",
    date_and=" y ",
    for_example=" Por ejemplo:",
    not_allowed_policy="que no está permitido según nuestra política {policy}",
    not_allowed="que no aceptamos de nadie",
    courtesy_policy="Según nuestra política {policy}, pedimos a todos que traten a nuestro "
    "personal con cortesía.",
    courtesy="Pedimos a todos que traten a nuestro personal con cortesía.",
    amount_gap="[importe]",
    refund_full="el importe íntegro, {amount},",
    refund_part="{amount}",
    referral_refunded="Le he devuelto {amount}, así que puede elegir con total libertad sin "
    "perder nada.\n",
    referral_if="[Si hace un reembolso: «Le he devuelto los {amount} que pagó, así que puede "
    "elegir con total libertad sin perder nada.»]\n",
    termination_refunded="Le hemos devuelto {amount}; el reembolso suele llegar en un plazo de "
    "cinco días hábiles. Se trata de una decisión empresarial, y con este reembolso no paga "
    "nada por el tiempo restante.",
    decision="Se trata de una decisión empresarial.",
    termination_if="[Si hace un reembolso: «Le hemos devuelto {amount}; el reembolso suele "
    "llegar en un plazo de cinco días hábiles.»]",
    asked="Nos pregunta",
    wrote="Nos dice",
    answer_gap="[Su respuesta: lo que ha comprobado.]",
    no_points="[Su respuesta al mensaje, con lo que ha comprobado.]",
    name_gap="[nombre]",
    business_gap="[su empresa]",
    owner_gap="[su nombre]",
    account="su cuenta",
    product="He probado {what}{where}",
    product_where=" en {where}",
    product_version="la versión {version}",
    product_default="lo que nos describió",
    product_sure="Eso es lo que sé con certeza por ahora.",
    your_message="su mensaje del {date}",
)

FRENCH = LetterWords(
    months=tuple(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    ),
    date_form="{day} {month} {year}",
    quotes=(f"«{NBSP}", f"{NBSP}»"),
    on_date=french_spacing("- Le {date} : {quote}\n"),
    threat_one=french_spacing(
        "{also}{days}, nous avons reçu un message contenant une menace. Nous ne la répéterons "
        "pas ici ; elle est conservée dans nos dossiers.\n"
    ),
    threat_many=french_spacing(
        "{also}{days}, nous avons reçu des messages contenant des menaces. Nous ne les "
        "répéterons pas ici ; elles sont conservées dans nos dossiers.\n"
    ),
    also="Par ailleurs, ",
    date_before="le ",
    date_and=" et ",
    for_example=french_spacing(" Par exemple :"),
    not_allowed_policy="contraires à notre politique {policy}",
    not_allowed="que nous n'acceptons de personne",
    courtesy_policy="Conformément à notre politique {policy}, nous demandons à chacun de "
    "traiter notre personnel avec courtoisie.",
    courtesy="Nous demandons à chacun de traiter notre personnel avec courtoisie.",
    amount_gap="[montant]",
    refund_full="l'intégralité de la somme, soit {amount},",
    refund_part="{amount}",
    referral_refunded=french_spacing(
        "Je vous ai remboursé {amount} ; vous êtes donc libre de choisir sans rien perdre.\n"
    ),
    referral_if=french_spacing(
        "[Si vous remboursez : « Je vous ai remboursé les {amount} que vous avez payés ; vous "
        "êtes donc libre de choisir sans rien perdre. »]\n"
    ),
    termination_refunded=french_spacing(
        "Nous vous avons remboursé {amount} ; le remboursement arrive généralement sous cinq "
        "jours ouvrés. Il s'agit d'une décision commerciale, et ce remboursement vous évite de payer "
        "pour la période restante."
    ),
    decision="Il s'agit d'une décision commerciale.",
    termination_if=french_spacing(
        "[Si vous remboursez : « Nous vous avons remboursé {amount} ; le remboursement "
        "arrive généralement sous cinq jours ouvrés. »]"
    ),
    asked="Vous demandez",
    wrote="Vous écrivez",
    answer_gap=french_spacing("[Votre réponse : ce que vous avez vérifié.]"),
    no_points="[Votre réponse à son message, avec ce que vous avez vérifié.]",
    name_gap="[nom]",
    business_gap="[votre entreprise]",
    owner_gap="[votre nom]",
    account="votre compte",
    product="J'ai testé {what}{where}",
    product_where=" sur {where}",
    product_version="la version {version}",
    product_default="ce que vous avez décrit",
    product_sure="Voilà ce que je sais avec certitude à ce stade.",
    your_message="votre message du {date}",
)

GERMAN = LetterWords(
    months=tuple(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
    ),
    date_form="{day}. {month} {year}",
    quotes=("„", "“"),
    on_date="- Am {date}: {quote}\n",
    threat_one="Wir haben {also}{days} eine Nachricht erhalten, die eine Drohung enthielt. Wir "
    "wiederholen sie hier nicht; sie ist bei uns dokumentiert.\n",
    threat_many="Wir haben {also}{days} Nachrichten erhalten, die Drohungen enthielten. Wir "
    "wiederholen sie hier nicht; sie sind bei uns dokumentiert.\n",
    also="außerdem ",
    date_before="am ",
    date_and=" und ",
    for_example=" Zum Beispiel:",
    not_allowed_policy="die nach unserer Richtlinie {policy} nicht zulässig sind",
    not_allowed="die wir von niemandem hinnehmen",
    courtesy_policy="Nach unserer Richtlinie {policy} bitten wir alle, unserem Team höflich "
    "zu begegnen.",
    courtesy="Wir bitten alle, unserem Team höflich zu begegnen.",
    amount_gap="[Betrag]",
    refund_full="den vollen Betrag von {amount}",
    refund_part="{amount}",
    referral_refunded="Ich habe Ihnen {amount} erstattet, sodass Sie frei wählen können, ohne "
    "etwas zu verlieren.\n",
    referral_if="[Wenn Sie erstatten: „Ich habe Ihnen die gezahlten {amount} erstattet, sodass "
    "Sie frei wählen können, ohne etwas zu verlieren.“]\n",
    termination_refunded="Wir haben Ihnen {amount} erstattet; die Gutschrift erfolgt in der "
    "Regel innerhalb von fünf Werktagen. Es handelt sich um eine geschäftliche Entscheidung, "
    "und durch die Erstattung zahlen Sie nichts für die verbleibende Zeit.",
    decision="Es handelt sich um eine geschäftliche Entscheidung.",
    termination_if="[Wenn Sie erstatten: „Wir haben Ihnen {amount} erstattet; die Gutschrift "
    "erfolgt in der Regel innerhalb von fünf Werktagen.“]",
    asked="Sie fragen",
    wrote="Sie schreiben",
    answer_gap="[Ihre Antwort: was Sie geprüft haben.]",
    no_points="[Ihre Antwort auf die Nachricht, mit dem, was Sie geprüft haben.]",
    name_gap="[Name]",
    business_gap="[Ihr Unternehmen]",
    owner_gap="[Ihr Name]",
    account="Ihrem Konto",
    product="Ich habe {what}{where} getestet",
    product_where=" mit {where}",
    product_version="Version {version}",
    product_default="das von Ihnen beschriebene Problem",
    product_sure="So viel weiß ich bisher mit Sicherheit.",
    your_message="Ihre Nachricht vom {date}",
)

WORDS = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH, "de": GERMAN}


def words_for(language: str) -> LetterWords:
    return WORDS.get(language, ENGLISH)


def day_words(day: date, language: str = "en") -> str:
    """The day in the letter's own words, whatever the machine's locale: "2 November 2026",
    "2 de noviembre de 2026", "1er novembre 2026", "2. November 2026"."""
    words = words_for(language)
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return words.date_form.format(day=number, month=words.months[day.month - 1], year=day.year)


def long_date(moment: datetime, language: str = "en") -> str:
    """The day of `moment` in the letter's own words, in the local time zone."""
    return day_words(moment.astimezone().date(), language)


def money(symbol: str, amount: Decimal, language: str = "en") -> str:
    """English writes "$1,234.50"; Spanish and German "1.234,50 €", French "1 234,50 €", the
    figure first and the currency's mark after it (Spanish "$1.234,50" for a dollar or peso)."""
    if language not in WORDS or language == "en":
        return money_text(amount, symbol)
    english = money_text(amount, "")
    group = NARROW_NBSP if language == "fr" else "."
    figure = english.replace(",", "\0").replace(".", ",").replace("\0", group)
    mark = symbol.strip()
    if language == "es" and "$" in mark:
        # Spanish America writes its pesos and dollars before the figure: "$84,00".
        return f"{mark}{figure}"
    return f"{figure}{NBSP}{mark}" if mark else figure


def quoted(text: str, language: str = "en") -> str:
    opening, closing = words_for(language).quotes
    return f"{opening}{text}{closing}"


__all__ = [
    "LetterWords",
    "day_words",
    "french_spacing",
    "long_date",
    "money",
    "quoted",
    "words_for",
]
