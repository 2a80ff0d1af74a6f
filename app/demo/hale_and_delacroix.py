"""Two demo customers: Victor Hale, who abuses and threatens a member of staff, and Renée
Delacroix, who posts false reviews and harasses other customers."""

from __future__ import annotations

from decimal import Decimal

from app.core.domain import (
    Channel,
    Customer,
)
from app.demo.shapes import IN, OUT, C, DemoContact, DemoCustomer


def hale() -> DemoCustomer:
    return DemoCustomer(
        Customer(
            name="Victor Hale",
            emails=("v.hale@hale-associates.example",),
            phones=("+1 555 0177",),
            account_ref="LF-10442",
            amount_paid=Decimal("239.40"),
            notes="Team plan for a small accounting office. Long-standing customer; tone has "
            "worsened since the summer.",
        ),
        [
            DemoContact(
                175,
                10.5,
                Channel.EMAIL,
                IN,
                "Sharing link question",
                "Your sharing links expire too quickly. Can this be changed? It's "
                "annoying for my clients.",
                minutes=10,
            ),
            DemoContact(
                150,
                15.2,
                Channel.EMAIL,
                IN,
                "Complaint about the new interface",
                "Who designed this new interface? It is a mess. Put it back the way it was.",
                severity=2,
                minutes=15,
            ),
            DemoContact(
                121,
                9.8,
                Channel.EMAIL,
                IN,
                "Calls support incompetent",
                "Your support people are incompetent. I asked a simple question and got "
                "a link to a help page. Do your jobs.",
                (C.ABUSE,),
                severity=3,
                minutes=20,
            ),
            DemoContact(
                95,
                18.4,
                Channel.PHONE,
                IN,
                "Swore at Sam on the phone",
                "Called about a billing date. Swore at Sam repeatedly, called him a "
                "'f***ing idiot' and hung up.",
                (C.ABUSE,),
                severity=4,
                minutes=25,
                staff="Sam",
            ),
            DemoContact(
                94,
                9.0,
                Channel.EMAIL,
                OUT,
                "Warning about language",
                "Hello Victor, we are glad to help with billing. We will not continue "
                "calls in which staff are sworn at; our acceptable-behaviour policy "
                "(section 2) applies to every account.",
                minutes=20,
                staff="Jordan Ellis",
            ),
            DemoContact(
                60,
                23.1,
                Channel.EMAIL,
                IN,
                "Abusive email to support",
                "You people are pathetic. I pay you every month and get garbage. Sam is a "
                "moron and you are worse for employing him.",
                (C.ABUSE,),
                severity=4,
                minutes=15,
            ),
            DemoContact(
                21,
                22.6,
                Channel.EMAIL,
                IN,
                "Threat of legal action",
                "My lawyer will be in touch. I will sue you for every hour my clients "
                "couldn't open their files.",
                (C.THREAT_LEGAL,),
                severity=4,
                minutes=15,
            ),
            DemoContact(
                6,
                23.4,
                Channel.EMAIL,
                IN,
                "Threat against a staff member",
                "Tell Sam to watch himself. I know which café he goes to after work and "
                "I'll be waiting for him there. See how brave he is then.",
                (C.THREAT_PHYSICAL, C.ABUSE),
                severity=5,
                minutes=30,
            ),
        ],
    )


def delacroix() -> DemoCustomer:
    return DemoCustomer(
        Customer(
            name="Renée Delacroix",
            emails=("renee.delacroix@courriel.example",),
            handles=("ReviewHub: Renée D.", "Larkspur community forum: rdelacroix"),
            account_ref="LF-27710",
            amount_paid=Decimal("19.95"),
            notes="Bought one month of the Pro plan; asked for a refund after 3 weeks, which was "
            "refused under the refund policy (14 days).",
        ),
        [
            DemoContact(
                120,
                13.0,
                Channel.EMAIL,
                IN,
                "Refund request after three weeks",
                "Je voudrais un remboursement. I changed my mind about the Pro plan; "
                "please refund the €19.95.",
                minutes=10,
            ),
            DemoContact(
                119,
                9.5,
                Channel.EMAIL,
                OUT,
                "Refund policy explained",
                "Hello Renée, our refund policy gives refunds within 14 days of purchase. "
                "Your plan stays active until the end of the month.",
                minutes=15,
                staff="Jordan Ellis",
            ),
            DemoContact(
                112,
                20.0,
                Channel.REVIEW,
                IN,
                "False one-star review on ReviewHub",
                "Criminals. Avoid at all costs. Larkspur Files leaked my client documents "
                "to a competitor and the owner laughed about it on the phone. They have "
                "been sued three times. I've warned the other people in their community "
                "forum and you should run too.",
                (C.HARASSMENT_SOCIAL, C.TOS_VIOLATION),
                severity=4,
                minutes=40,
                url="https://reviewhub.example/review/larkspurfiles/5512093",
                screenshot="review-delacroix.png",
            ),
            DemoContact(
                105,
                17.3,
                Channel.CHAT,
                IN,
                "Private messages to other customers",
                "Reported by two forum members: rdelacroix sent them private messages "
                "saying 'your files are being read by Larkspur staff, cancel now before "
                "they leak yours too'.",
                (C.HARASSING_OTHERS,),
                severity=3,
                minutes=30,
                url="https://community.larkspurfiles.example/u/rdelacroix",
            ),
            DemoContact(
                90,
                11.2,
                Channel.SOCIAL,
                IN,
                "Forum thread accusing the owner",
                "The owner of Larkspur is a liar and a thief. Don't believe a word he writes here.",
                (C.HARASSMENT_SOCIAL, C.ABUSE),
                severity=3,
                minutes=20,
                url="https://community.larkspurfiles.example/t/owner-lies/4410",
            ),
            DemoContact(
                70,
                16.8,
                Channel.REVIEW,
                IN,
                "Second review under another name",
                "Same story as Renée D. — they steal files. One star is too many.",
                (C.HARASSMENT_SOCIAL,),
                severity=3,
                minutes=20,
                url="https://reviewhub.example/review/larkspurfiles/5730114",
            ),
            DemoContact(
                30,
                10.4,
                Channel.EMAIL,
                IN,
                "Demands removal of her forum ban",
                "Unban me from your forum immediately or I'll write to every review site "
                "in Europe. J'ai des amis journalistes.",
                (C.THREAT_PUBLIC,),
                severity=3,
                minutes=10,
            ),
        ],
    )
