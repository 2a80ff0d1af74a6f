"""A redaction rule hides every form of what it names, in the PDF and in the bundle's redacted
files: overlapping rules, letters typed without their own letter (ø, ł, ß, ü…), a phone number
grouped any way, a name in an unspaced script broken over a line, an HTML mail's entities, and
a name that is also an everyday word (which must not black out Steady's dates and sentences)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Customer
from app.core.text_folding import folded
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind, Redaction
from app.packets.making import MadePacket, make_packet
from app.services import Services
from tests.helpers.packet_fixtures import _details, flat, pdf_text


@dataclass(frozen=True)
class Printed:
    made: MadePacket
    pdf: str  # the PDF's text, whitespace collapsed
    bundle: str  # every text file of the bundle but the originals, whitespace collapsed

    def places(self) -> dict[str, int]:
        return {a.redaction.text: a.places for a in self.made.data.redactions}

    def hides(self, *forms: str) -> None:
        """No form is left in the PDF or in the bundle, in any case, accents or spacing."""
        for where, text in (("pdf", self.pdf), ("bundle", self.bundle)):
            for form in forms:
                assert not _spelt(form).search(folded(text)), (where, form)


def _spelt(form: str) -> re.Pattern[str]:
    """The form folded, spaced any way; a whole word where its script has words ("Mary" is
    not in "summary")."""
    plain = "".join(folded(form).split())
    body = r"\s*".join(map(re.escape, plain))
    if plain.isascii():
        body = rf"(?<![^\W_]){body}(?![^\W_])"
    return re.compile(body)


def _customer(services: Services, name: str = "Gary Flint", **more: object) -> int:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    return services.customers.add(Customer(name=name, **more))  # type: ignore[arg-type]


def _log(services: Services, customer_id: int, *texts: str, **more: object) -> list[int]:
    start = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    return [
        services.contacts.log(
            customer_id,
            _details(
                text,
                start + timedelta(days=n),
                categories=(Category.THREAT_PHYSICAL,),
                severity=5,
                **more,
            ),
        )
        for n, text in enumerate(texts)
    ]


def _printed(
    services: Services,
    customer_id: int,
    *rules: str,
    kind: PacketKind = PacketKind.LEGAL,
    **options: object,
) -> Printed:
    made = make_packet(
        services,
        customer_id,
        PacketOptions(kind, redactions=tuple(Redaction(r) for r in rules), **options),  # type: ignore[arg-type]
    )
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    texts = [
        archive.read(name).decode("utf-8")
        for name in archive.namelist()
        if not name.startswith("exhibits/") and not name.endswith(".pdf")
    ]
    return Printed(made, flat("\n".join(pdf_text(made.pdf.data))), flat("\n".join(texts)))


def test_overlapping_rules_leave_nothing_of_either_in_clear(services: Services) -> None:
    customer = _customer(services)
    _log(
        services,
        customer,
        "This is Zoë Ågren Consulting Ltd. Our client will sue you.",
        "Tell Mary Ann Hill to watch out.",
        # The other side: no accents, capitals, the names broken over lines.
        "ZOE AGREN\nCONSULTING again. And mary ann\nhill too.",
    )
    printed = _printed(services, customer, "Zoë Ågren", "Ågren Consulting", "Mary Ann", "Ann Hill")
    printed.hides("Zoë", "Ågren", "Consulting", "Mary", "Ann", "Hill")
    assert "This is [redacted] Ltd. Our client will sue you." in printed.pdf
    assert "This is [redacted] Ltd." in printed.bundle
    assert "Tell [redacted] to watch out." in printed.pdf
    # Each rule is counted where it matched, overlapping or not.
    assert all(places > 0 for places in printed.places().values()), printed.places()


def test_letters_without_an_accent_to_strip_match_their_plain_forms_both_ways(
    services: Services,
) -> None:
    customer = _customer(services, "Łukasz Wójcik")
    _log(
        services,
        customer,
        "Your cashier Soren Moller will regret this. Regards, Lukasz Wojcik",
        "Tell SOEREN MOELLER I am waiting outside. Ask Mr Strauss and MR STRAUSS.",
        "Djordje and Dorde know. So do Mueller, MUELLER, Thor and Aeroe.",
        # The other way: the rule typed plain, the text with the letters of its own.
        "Jürgen Krüger and Đorđe Þórsson wrote, with Ærø Blåbær.",
    )
    printed = _printed(
        services,
        customer,
        "Łukasz Wójcik",
        "Søren Møller",
        "Strauß",
        "Đorđe",
        "Müller",
        "Þór",
        "Ærø",
        # Typed plain, as on an English keyboard.
        "Juergen Krueger",
        "Dorde Thorsson",
        "Aeroe Blaabaer",
    )
    printed.hides(
        "Lukasz", "Wojcik", "Soren", "Moller", "Soeren", "Moeller", "Strauss", "Djordje",
        "Dorde", "Mueller", "Thor", "Aeroe", "Jürgen", "Krüger", "Đorđe", "Þórsson", "Blåbær",
    )  # fmt: skip
    assert "Your cashier [redacted] will regret this. Regards, [redacted]" in printed.pdf
    assert "Ask Mr [redacted] and MR [redacted]." in printed.bundle


def test_a_phone_number_is_hidden_however_its_digits_are_grouped(services: Services) -> None:
    customer = _customer(services, phones=("+1 555 0142",))
    _log(
        services,
        customer,
        "Ring me on +1-555-0142 or I will come round.",
        "Or (555) 0142, or +15550142, or 555.0142, or 00 1 555 0142.",
        # Another number that shares the digits is left alone.
        "Not 555 01423 nor 25550142.",
    )
    printed = _printed(services, customer, "+1 555 0142")
    printed.hides("555 0142", "5550142", "555-0142", "555.0142")
    assert "Ring me on [redacted] or I will come round." in printed.pdf
    assert "Or [redacted], or [redacted], or [redacted], or [redacted]." in printed.bundle
    assert "Not 555 01423 nor 25550142." in printed.pdf
    assert printed.places()["+1 555 0142"] >= 6


def test_a_name_in_an_unspaced_script_is_hidden_across_a_line_break_or_a_space(
    services: Services,
) -> None:
    customer = _customer(services, "王小明")
    _log(
        services,
        customer,
        "你们的店员张伟每天晚上七点下班，我会在停车场等张\n伟。告诉他小心一点。",
        "我是王 小明。김민\n수가 왔다.",
        # Inside a quoted reply, the line broken with "> " markers, in any script.
        "> 我会等张\n> 伟\n> Tell Robin\n> > Vale hello",
    )
    printed = _printed(services, customer, "王小明", "张伟", "김민수", "Robin Vale")
    printed.hides("王小明", "张伟", "김민수", "Robin", "Vale")
    assert "我会在停车场等[redacted]。告诉他小心一点。" in "".join(printed.pdf.split())
    assert "[redacted]가" in printed.bundle


def test_an_arabic_or_hebrew_name_is_hidden_in_every_written_form(services: Services) -> None:
    customer = _customer(services, "أحمد")
    forms = ["مُحَمَّد", "محـــمد", "محمدٌ", "ﻣﺤﻤﺪ", "احمد", "אֲבִיגַיִל", "ג'ורג'"]
    _log(services, customer, *(f"{form} will pay for this." for form in forms))
    printed = _printed(services, customer, "محمد", "أحمد", "אביגיל", "ג׳ורג׳")
    for form in forms:
        assert form not in printed.bundle
    # Right-to-left words come out of a PDF in visual order: the markers are counted instead.
    for where in (printed.pdf, printed.bundle):
        said = where.count("will pay for this.")
        assert said >= len(forms)
        assert where.count("[redacted] will pay for this.") == said


HTML_EMAIL = (
    b"From: Someone <other@mail.example>\r\n"
    b"To: shop@example.com\r\n"
    b"Subject: about your staff\r\n"
    b"Date: Wed, 07 Oct 2026 10:00:00 +0000\r\n"
    b"Message-ID: <html1@mail.example>\r\n"
    b'Content-Type: text/html; charset="utf-8"\r\n'
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n"
    b"<p>I am Zo&euml; &Aring;gren and I know that <b>May</b>&nbsp;Lee lives at 14&nbsp;Birch =\r\n"
    b"Lane. Tell Ma<span>y</span> Lee to watch out. Zo&#235; &#x00C5;gren, 14&#160;Birch Lane"
    b"</p>\r\n"
)


def test_an_html_mail_is_printed_and_redacted_as_shown(services: Services) -> None:
    customer = _customer(services, "Zoë Ågren")
    services.contacts.log(
        customer,
        _details(
            "A message about May Lee",
            datetime(2026, 10, 7, 10, 0, tzinfo=UTC),
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
        [NewAttachment("html.eml", HTML_EMAIL, "message/rfc822")],
        source="import:eml",
    )
    printed = _printed(services, customer, "Zoë Ågren", "May Lee", "14 Birch Lane")
    printed.hides("Zoë", "Zoe", "Ågren", "May Lee", "Birch Lane", "Ma y")
    for raw in ("&euml;", "&nbsp;", "&Aring;", "&#235;", "<b>", "<span>"):
        assert raw not in printed.pdf and raw not in printed.bundle, raw
    shown = "I am [redacted] and I know that [redacted] lives at [redacted]. Tell [redacted] to"
    assert shown in printed.pdf
    assert shown in printed.bundle  # the redacted copy of the mail


def test_a_name_that_is_an_everyday_word_leaves_steadys_dates_and_words_alone(
    services: Services,
) -> None:
    customer = _customer(services, account_ref="GF-9")
    _log(
        services,
        customer,
        "Tell May at the front desk I will make her pay. I know where she lives.",
        "You are all crooks and May is the worst of you. MAY will pay, may I add.",
    )
    printed = _printed(
        services,
        customer,
        "May",
        "Will",
        kind=PacketKind.TERMINATION,
        closed_as_of=date(2026, 5, 31),
    )
    pdf = printed.pdf
    # Steady's dates and sentences, the customer's own "will" and "may".
    for kept in (
        "is closed as of 31 May 2026",
        "We also received messages on 4 May 2026",
        "5 May 2026",
        "we will not continue to serve your account",
        "I will make her pay",
        "[redacted] will pay, may I add.",
    ):
        assert kept in pdf, kept
    assert "Tell [redacted] at the front desk" in pdf
    assert "You are all crooks and [redacted] is the worst of you." in printed.bundle
    assert " May at the front desk" not in pdf + printed.bundle
    # The Redactions table says how such a rule was read.
    assert "everywhere, as a name, capitalised" in pdf
    assert printed.places()["May"] == 3
    # Typed in lower case, the owner asks for every "may": so be it, but never a date's month.
    lower = _printed(services, customer, "may", kind=PacketKind.LEGAL)
    assert "[redacted] I add" in lower.pdf and "4 May 2026" in lower.pdf
