"""The words of the letters to a platform or an email provider (the preservation request, the
report of a post) in each language a reply can be written in: formal and plain, with the same
facts in each. Dates and quotation marks are the calm-reply letters' (letter_languages)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlatformWords:
    # The preservation request.
    preservation_title: str
    to: str  # {provider}
    any_provider: str
    re: str  # {name}
    reference: str  # {number}
    greeting: str
    preserve: str  # {business}
    identifiers: str
    name: str
    email: str
    handle: str
    post: str
    concerns: str  # {first} and {last}
    confirm: str
    yours: str
    # The report of a post.
    report_title: str
    report: str  # {platform} and {about}
    harassment_of: str
    post_about: str
    account: str  # {handle}
    no_handle: str
    post_at: str  # {url}
    no_url: str
    posted: str  # {day}
    posted_about: str  # {business} and {context}
    campaign: str  # {day}
    reads: str
    note_reads: str
    see_screenshot: str
    ask: str
    evidence: str  # {exhibits} and {number}
    exhibit: str  # {number}
    no_exhibits: str


ENGLISH = PlatformWords(
    preservation_title="Preservation request",
    to="To: {provider} — legal / trust and safety team",
    any_provider="the platform or email provider",
    re="Re: Request to preserve records — {name}",
    reference="Our reference: {number}",
    greeting="Dear Sir or Madam,",
    preserve="{business} asks you to preserve, and not delete, all records you hold for the "
    "account(s) and content identified below, including posts, messages, comments, "
    "reviews, profile information, subscriber and registration data, IP and access logs, "
    "for at least 90 days, while we seek legal advice and may bring the matter to the "
    "police or the courts.",
    identifiers="Identifiers:",
    name="Name: {value}",
    email="Email: {value}",
    handle="Account / handle: {value}",
    post="Post: {value}",
    concerns="The content concerns threats and harassment directed at our business and staff, "
    "recorded between {first} and {last}. We are not asking you to disclose anything to us "
    "now; a disclosure request will follow through the proper legal channel.",
    confirm="Please confirm that the records have been preserved.",
    yours="Yours faithfully,",
    report_title="Report to a platform",
    report="Report to {platform}: {about} a business",
    harassment_of="harassment of",
    post_about="a post about",
    account="Account: {handle}",
    no_handle="(handle not recorded)",
    post_at="Post: {url}",
    no_url="(address not recorded)",
    posted="Posted: {day}",
    posted_about="This account has posted about our business, {business}{context}.",
    campaign=" as part of a campaign of threats and harassment that we have recorded since {day}",
    reads="The post reads:",
    note_reads="Our note of the post reads:",
    see_screenshot="(see the screenshot)",
    ask="We ask you to review the post against your rules on harassment, threats and false "
    "information, to remove it if it breaks them, and to keep a copy of the post and the "
    "account's records while we take legal advice.",
    evidence="Our evidence (screenshots with their SHA-256 hashes: {exhibits}) is available on "
    "request. Our reference: {number}.",
    exhibit="Exhibit {number}",
    no_exhibits="none",
)

SPANISH = PlatformWords(
    preservation_title="Solicitud de conservación de registros",
    to="Para: {provider} — equipo jurídico / de confianza y seguridad",
    any_provider="la plataforma o el proveedor de correo electrónico",
    re="Asunto: Solicitud de conservación de registros — {name}",
    reference="Nuestra referencia: {number}",
    greeting="Estimados señores:",
    preserve="{business} les solicita que conserven, y no eliminen, todos los registros que "
    "tengan de las cuentas y los contenidos indicados a continuación, incluidos publicaciones, "
    "mensajes, comentarios, reseñas, datos del perfil, datos de alta y de registro, y "
    "registros de IP y de acceso, durante al menos 90 días, mientras recabamos asesoramiento "
    "jurídico y valoramos acudir a la policía o a los tribunales.",
    identifiers="Datos de identificación:",
    name="Nombre: {value}",
    email="Correo electrónico: {value}",
    handle="Cuenta / usuario: {value}",
    post="Publicación: {value}",
    concerns="El contenido se refiere a amenazas y acoso dirigidos contra nuestra empresa y "
    "nuestro personal, registrados entre el {first} y el {last}. No les pedimos que nos "
    "comuniquen nada por ahora; cualquier solicitud de comunicación de datos se cursará por "
    "la vía legal correspondiente.",
    confirm="Les rogamos que nos confirmen que los registros se han conservado.",
    yours="Atentamente,",
    report_title="Denuncia a una plataforma",
    report="Denuncia a {platform}: {about} una empresa",
    harassment_of="acoso a",
    post_about="publicación sobre",
    account="Cuenta: {handle}",
    no_handle="(usuario no anotado)",
    post_at="Publicación: {url}",
    no_url="(dirección no anotada)",
    posted="Fecha de publicación: {day}",
    posted_about="Esta cuenta ha publicado contenidos sobre nuestra empresa, {business}{context}.",
    campaign=", en el marco de una campaña de amenazas y acoso que venimos registrando desde "
    "el {day}",
    reads="La publicación dice:",
    note_reads="Nuestra nota sobre la publicación dice:",
    see_screenshot="(véase la captura de pantalla)",
    ask="Les pedimos que revisen la publicación conforme a sus normas sobre acoso, amenazas e "
    "información falsa, que la retiren si las incumple y que conserven una copia de la "
    "publicación y los registros de la cuenta mientras recabamos asesoramiento jurídico.",
    evidence="Nuestras pruebas (capturas de pantalla con su huella digital SHA-256: {exhibits}) están "
    "a su disposición si las solicitan. Nuestra referencia: {number}.",
    exhibit="Anexo {number}",
    no_exhibits="ninguna",
)

FRENCH = PlatformWords(
    preservation_title="Demande de conservation des données",
    to="À : {provider} — service juridique / confiance et sécurité",
    any_provider="la plateforme ou le fournisseur de messagerie",
    re="Objet : Demande de conservation des données — {name}",
    reference="Notre référence : {number}",
    greeting="Madame, Monsieur,",
    preserve="{business} vous demande de conserver, et de ne pas supprimer, l'ensemble des "
    "données que vous détenez concernant les comptes et contenus identifiés ci-dessous, "
    "notamment les publications, messages, commentaires, avis, informations de profil, "
    "données d'inscription et d'abonné, ainsi que les journaux d'adresses IP et de connexion, "
    "pendant au moins 90 jours, le temps pour nous de consulter un avocat et, le cas échéant, "
    "de saisir la police ou la justice.",
    identifiers="Éléments d'identification :",
    name="Nom : {value}",
    email="Adresse électronique : {value}",
    handle="Compte / identifiant : {value}",
    post="Publication : {value}",
    concerns="Ces contenus concernent des menaces et du harcèlement visant notre entreprise et "
    "notre personnel, enregistrés entre le {first} et le {last}. Nous ne vous demandons pas "
    "de nous communiquer quoi que ce soit à ce stade ; une demande de communication suivra "
    "par la voie légale appropriée.",
    confirm="Merci de nous confirmer que ces données ont bien été conservées.",
    yours="Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    report_title="Signalement à une plateforme",
    report="Signalement à {platform} : {about} une entreprise",
    harassment_of="harcèlement visant",
    post_about="publication concernant",
    account="Compte : {handle}",
    no_handle="(identifiant non noté)",
    post_at="Publication : {url}",
    no_url="(adresse non notée)",
    posted="Date de publication : {day}",
    posted_about="Ce compte a publié des contenus concernant notre entreprise, "
    "{business}{context}.",
    campaign=", dans le cadre d'une campagne de menaces et de harcèlement que nous consignons "
    "depuis le {day}",
    reads="La publication est la suivante :",
    note_reads="Notre note sur la publication :",
    see_screenshot="(voir la capture d'écran)",
    ask="Nous vous demandons d'examiner cette publication au regard de vos règles relatives au "
    "harcèlement, aux menaces et aux fausses informations, de la retirer si elle les enfreint, "
    "et de conserver une copie de la publication ainsi que les données du compte pendant que "
    "nous consultons un avocat.",
    evidence="Nos preuves (captures d'écran avec leurs empreintes SHA-256 : {exhibits}) sont "
    "disponibles sur demande. Notre référence : {number}.",
    exhibit="Pièce {number}",
    no_exhibits="aucune",
)

GERMAN = PlatformWords(
    preservation_title="Bitte um Datensicherung",
    to="An: {provider} – Rechtsabteilung / Abteilung für Nutzersicherheit",
    any_provider="die Plattform bzw. den E-Mail-Anbieter",
    re="Betreff: Bitte um Sicherung von Daten – {name}",
    reference="Unser Zeichen: {number}",
    greeting="Sehr geehrte Damen und Herren,",
    preserve="{business} bittet Sie, alle Daten, die Ihnen zu den unten genannten Konten und "
    "Inhalten vorliegen, zu sichern und nicht zu löschen, darunter Beiträge, Nachrichten, "
    "Kommentare, Bewertungen, Profilangaben, Bestands- und Registrierungsdaten sowie IP- und "
    "Zugriffsprotokolle, und zwar für mindestens 90 Tage, während wir rechtlichen Rat einholen "
    "und gegebenenfalls Polizei oder Gerichte einschalten.",
    identifiers="Angaben zur Identifizierung:",
    name="Name: {value}",
    email="E-Mail: {value}",
    handle="Konto / Nutzername: {value}",
    post="Beitrag: {value}",
    concerns="Die Inhalte betreffen Drohungen und Belästigungen gegen unser Unternehmen und "
    "unsere Mitarbeitenden, dokumentiert zwischen dem {first} und dem {last}. Wir bitten Sie "
    "derzeit nicht um Herausgabe von Daten; ein Auskunftsersuchen folgt gegebenenfalls auf dem "
    "vorgesehenen Rechtsweg.",
    confirm="Bitte bestätigen Sie uns, dass die Daten gesichert wurden.",
    yours="Mit freundlichen Grüßen",
    report_title="Meldung an eine Plattform",
    report="Meldung an {platform}: {about} ein Unternehmen",
    harassment_of="Belästigung gegen",
    post_about="Beitrag über",
    account="Konto: {handle}",
    no_handle="(Nutzername nicht erfasst)",
    post_at="Beitrag: {url}",
    no_url="(Adresse nicht erfasst)",
    posted="Veröffentlicht am: {day}",
    posted_about="Dieses Konto hat Beiträge über unser Unternehmen, {business}, veröffentlicht"
    "{context}.",
    campaign=", und zwar im Rahmen einer Reihe von Drohungen und Belästigungen, die wir seit "
    "dem {day} dokumentieren",
    reads="Der Beitrag lautet:",
    note_reads="Unsere Notiz zu dem Beitrag lautet:",
    see_screenshot="(siehe Bildschirmfoto)",
    ask="Wir bitten Sie, den Beitrag anhand Ihrer Regeln zu Belästigung, Drohungen und "
    "Falschinformationen zu prüfen, ihn zu entfernen, falls er dagegen verstößt, und eine "
    "Kopie des Beitrags sowie die Daten des Kontos aufzubewahren, während wir rechtlichen Rat "
    "einholen.",
    evidence="Unsere Beweise (Bildschirmfotos mit ihren SHA-256-Prüfsummen: {exhibits}) stellen "
    "wir Ihnen auf Anfrage zur Verfügung. Unser Zeichen: {number}.",
    exhibit="Anlage {number}",
    no_exhibits="keine",
)

_WORDS = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH, "de": GERMAN}


@dataclass(frozen=True)
class LetterFooter:
    """The words at the foot of every page of a letter: its reference number, when it was
    made, and which page of how many, in the letter's own language."""

    number: str = "No."
    generated: str = "generated"
    page: str = "Page {page} of {pages}"


ENGLISH_FOOTER = LetterFooter()
_FOOTERS = {
    "es": LetterFooter("n.º", "generado el", "Página {page} de {pages}"),
    "fr": LetterFooter("n°", "établi le", "Page {page} sur {pages}"),
    "de": LetterFooter("Nr.", "erstellt am", "Seite {page} von {pages}"),
}


def platform_words(language: str) -> PlatformWords:
    return _WORDS.get(language, ENGLISH)


def letter_footer(language: str) -> LetterFooter:
    return _FOOTERS.get(language, ENGLISH_FOOTER)


__all__ = ["ENGLISH_FOOTER", "LetterFooter", "PlatformWords", "letter_footer", "platform_words"]
