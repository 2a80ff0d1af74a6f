"""The termination letter in each language a reply can be written in (English, Spanish, French,
German): Steady's first draft and the words around it on its page (the reference, the
customer's account, the subject line). Formal and plain, with the same facts in each; dates,
amounts and quotation marks are the calm-reply letters' (letter_languages), so the customer
reads "2 de noviembre de 2026" and "84,00 €" whatever the computer's own language."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal

from app.core.clock import shown_time
from app.packets.contact_data import PacketContact
from app.packets.customer_quote import quote_in_short, worst_flag
from app.packets.data import PacketData, PacketKind, unredacted_marks
from app.packets.drafts import LETTER_QUOTE_LIMIT, and_joined
from app.reply.letter_languages import day_words, french_spacing, money, quoted, words_for


@dataclass(frozen=True)
class TerminationWords:
    dear: str  # {name}
    decided: str  # {business}
    crossed: str
    example: str  # {date} and {quote}
    closed: str  # {account} and {date}
    refunding: str  # {amount}
    thanks: str
    yours: str
    # The page around the letter.
    reference: str  # {number}
    your_account: str  # {account}
    subject: str  # {account} and {date}
    re: str  # {subject}
    # The running head and footer of the letter's pages, where the packet names itself.
    title: str
    # What the letter is called where a reader finds it: the PDF's bookmarks, and the marker
    # on its page they lead to (read aloud by a screen reader, copied with the page's text).
    bookmark: str


ENGLISH = TerminationWords(
    dear="Dear {name},",
    decided="After careful thought, {business} has decided that we are no longer a good fit for "
    "you, and that we will not continue to serve your account.",
    crossed="We have always tried to help, but the way we have been addressed has crossed a line "
    "we hold for everyone who works here.",
    example="• {date}: {quote}",
    closed="Your account{account} is closed as of {date}.",
    refunding="We are refunding {amount} to your original method of payment. This is a business "
    "decision, so that you can move on with no loss.",
    thanks="We thank you for your custom and wish you well in finding a service that suits you "
    "better.",
    yours="Yours sincerely,",
    reference="Our reference: {number}",
    your_account="Your account: {account}",
    subject="Closing your account{account} as of {date}",
    re="Re: {subject}",
    title="Closing your account",
    bookmark="Termination letter",
)

SPANISH = TerminationWords(
    dear="Estimado/a {name}:",
    decided="Tras pensarlo detenidamente, {business} ha decidido que no somos la empresa adecuada "
    "para usted y que no seguiremos atendiendo su cuenta.",
    crossed="Siempre hemos intentado ayudarle, pero la forma en que se ha dirigido a nosotros ha "
    "traspasado un límite que mantenemos para todas las personas que trabajan aquí.",
    example="• {date}: {quote}",
    closed="Su cuenta{account} queda cerrada con fecha {date}.",
    refunding="Le reembolsamos {amount} por el mismo medio de pago que utilizó. Es una decisión "
    "de la empresa, para que pueda seguir adelante sin ninguna pérdida.",
    thanks="Le agradecemos la confianza depositada en nosotros y le deseamos que encuentre un "
    "servicio que se ajuste mejor a sus necesidades.",
    yours="Atentamente,",
    reference="Nuestra referencia: {number}",
    your_account="Su cuenta: {account}",
    subject="Cierre de su cuenta{account} con fecha {date}",
    re="Asunto: {subject}",
    title="Cierre de su cuenta",
    bookmark="Carta de cierre de la cuenta",
)

FRENCH = TerminationWords(
    dear="Madame, Monsieur,",
    decided="Après mûre réflexion, {business} a décidé que nous ne sommes pas le bon prestataire "
    "pour vous et que nous ne poursuivrons pas notre relation commerciale.",
    crossed="Nous avons toujours cherché à vous aider, mais les propos qui nous ont été adressés "
    "ont franchi une limite que nous fixons pour toutes les personnes qui travaillent ici.",
    example="• {date} : {quote}",
    closed="Votre compte{account} est clôturé à compter du {date}.",
    refunding="Nous vous remboursons {amount} sur le moyen de paiement que vous avez utilisé. Il "
    "s'agit d'une décision commerciale, afin que vous ne subissiez aucune perte.",
    thanks="Nous vous remercions de votre confiance et vous souhaitons de trouver un service qui "
    "vous conviendra mieux.",
    yours="Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    reference="Notre référence : {number}",
    your_account="Votre compte : {account}",
    subject="Clôture de votre compte{account} à compter du {date}",
    re="Objet : {subject}",
    title="Clôture de votre compte",
    bookmark="Lettre de clôture du compte",
)

GERMAN = TerminationWords(
    dear="Guten Tag {name},",
    decided="nach sorgfältiger Überlegung hat {business} entschieden, dass wir nicht der "
    "richtige Anbieter für Sie sind und die Geschäftsbeziehung mit Ihnen nicht fortsetzen "
    "werden.",
    crossed="Wir haben uns stets bemüht, Ihnen zu helfen. Die Art, in der Sie sich an uns gewandt "
    "haben, hat jedoch eine Grenze überschritten, die für alle unsere Mitarbeitenden gilt.",
    example="• {date}: {quote}",
    closed="Ihr Kundenkonto{account} wird zum {date} geschlossen.",
    refunding="Wir erstatten Ihnen {amount} über die ursprünglich verwendete Zahlungsart. Dies "
    "ist eine geschäftliche Entscheidung, damit Ihnen kein Verlust entsteht.",
    thanks="Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen, dass Sie einen Anbieter "
    "finden, der besser zu Ihnen passt.",
    yours="Mit freundlichen Grüßen",
    reference="Unser Zeichen: {number}",
    your_account="Ihr Kundenkonto: {account}",
    subject="Schließung Ihres Kundenkontos{account} zum {date}",
    re="Betreff: {subject}",
    title="Schließung Ihres Kundenkontos",
    bookmark="Kündigungsschreiben",
)

_WORDS = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH, "de": GERMAN}


def termination_words(language: str) -> TerminationWords:
    """The words in `language` ("es", "fr", "de"; else English), French with its no-break
    spaces put in before the owner's data goes in."""
    words = _WORDS.get(language, ENGLISH)
    if language != "fr":
        return words
    return replace(words, **{f.name: french_spacing(getattr(words, f.name)) for f in fields(words)})


def moment_words(moment: datetime, language: str = "en") -> str:
    """The day of a moment as the packet shows it, in the letter's language."""
    return day_words(shown_time(moment).date(), language)


def _is_threat(contact: PacketContact) -> bool:
    """A threat the owner chose or reviewed: the letter accuses the customer of no other."""
    reviewed = (k for k in contact.categories if k not in contact.unreviewed)
    return any(k.is_threat for k in reviewed) or (
        contact.severity >= 5 and not contact.severity_suggested
    )


def _may_be_threat(contact: PacketContact) -> bool:
    """Any threat, reviewed or only suggested: never quoted back to the customer."""
    return any(k.is_threat for k in contact.categories) or contact.severity >= 5


def _quotable(contact: PacketContact) -> bool:
    """The customer's own shown words that crossed a line: a contact flagged only for words
    its mail hid from the reader has nothing shown to cite."""
    flag = worst_flag(contact)
    return (
        contact.is_customers_words
        and not _may_be_threat(contact)
        and not (flag is not None and flag.hidden_only)
    )


def unreviewed_threats(data: PacketData) -> list[PacketContact]:
    """The letter's examples whose threats only Steady's word check suggested: the letter says
    nothing of them until the owner reviews them."""
    chosen = [c for i in data.examples if (c := data.contact(i)) is not None]
    return [c for c in chosen if c.is_customers_words and _may_be_threat(c) and not _is_threat(c)]


def letter_threats_note(data: PacketData) -> str:
    """What the owner must hear before sending a termination letter that leaves threats out
    because nobody reviewed them ("" when none is left out)."""
    if data.kind is not PacketKind.TERMINATION:
        return ""
    waiting = unreviewed_threats(data)
    if not waiting:
        return ""
    which = ", ".join(f"#{c.id}" for c in waiting[:5]) + (", …" if len(waiting) > 5 else "")
    return (
        f"The termination letter says nothing of the threats in {which}: Steady's word check "
        "suggested them and nobody has reviewed them, and a letter to the customer accuses "
        "them only of what you confirmed. To review them: open the contact in the window, or "
        f"steady review {data.customer.id}; then make the packet again."
    )


def _sign_off(data: PacketData) -> str:
    business = data.business
    return business.signature or "\n".join(p for p in (business.owner_name, business.name) if p)


def draft_termination_letter(
    data: PacketData, closed_as_of: date, refund: Decimal, language: str = "en"
) -> str:
    """The letter to the customer, in `language`. It quotes only their own written words, a
    line at most, and never repeats a threat back to them (a threat is named by its date
    only)."""
    words = termination_words(language)
    letter = words_for(language)
    chosen = [c for i in data.examples if (c := data.contact(i)) is not None]
    quoted_ones = [c for c in chosen if _quotable(c)][:5]
    threats = [c for c in chosen if c.is_customers_words and _is_threat(c)]
    lines = [
        words.dear.format(name=data.customer.name),
        "",
        words.decided.format(business=data.business.name),
    ]
    if quoted_ones or threats:
        lines += ["", words.crossed + (letter.for_example if quoted_ones else "")]
    if quoted_ones:
        lines += [""]
        lines += [
            words.example.format(
                date=moment_words(c.occurred_at, language), quote=_quote(c, language)
            )
            for c in quoted_ones
        ]
    if threats:
        days = list(dict.fromkeys(moment_words(c.occurred_at, language) for c in threats))
        listed = and_joined([letter.date_before + day for day in days], letter.date_and)
        form = letter.threat_one if len(days) == 1 else letter.threat_many
        sentence = form.format(also=letter.also, days=listed).strip()
        lines += ["", sentence[:1].upper() + sentence[1:]]
    account = f" ({data.customer.account_ref})" if data.customer.account_ref else ""
    lines += ["", words.closed.format(account=account, date=day_words(closed_as_of, language))]
    if refund > 0:
        amount = money(data.business.currency_symbol, refund, language)
        lines.append(words.refunding.format(amount=amount))
    lines += ["", words.thanks, "", words.yours, "", _sign_off(data)]
    return "\n".join(lines)


def _quote(contact: PacketContact, language: str) -> str:
    """The customer's own words around what the contact is flagged for (customer_quote): the
    line they crossed, never the thanks written before it."""
    return quoted(unredacted_marks(quote_in_short(contact, LETTER_QUOTE_LIMIT).words), language)


__all__ = [
    "TerminationWords",
    "draft_termination_letter",
    "letter_threats_note",
    "moment_words",
    "termination_words",
]
