"""The demo database: a small file-hosting business and four fictional difficult customers.

Every name, address and message here is invented, drawn from situations shop owners meet.
Dates are set relative to today so the demo always looks current.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from app.core.domain import (
    Category,
    Channel,
    ContactDetails,
    Customer,
    Direction,
    NewAttachment,
)
from app.core.errors import InvalidInputError
from app.core.paths import assets_folder
from app.services import Services

C = Category
IN, OUT = Direction.INBOUND, Direction.OUTBOUND


@dataclass(frozen=True)
class DemoContact:
    days_ago: float  # before today, 00:00 local
    hour: float  # local time of day, e.g. 14.5 = 14:30
    channel: Channel
    direction: Direction
    summary: str
    text: str
    categories: tuple[Category, ...] = ()
    severity: int = 1
    minutes: int = 5
    url: str = ""
    staff: str = ""
    screenshot: str = ""  # a file in assets/demo/


@dataclass(frozen=True)
class DemoCustomer:
    customer: Customer
    contacts: list[DemoContact] = field(default_factory=list)


DEMO_SETTINGS: dict[str, object] = {
    "business_name": "Larkspur Files",
    "business_address": "14 Orchard Row\nPortmere PM2 7QT",
    "business_phone": "+1 555 0100",
    "business_email": "support@larkspurfiles.example",
    "business_addresses": "support@larkspurfiles.example\njordan@larkspurfiles.example",
    "owner_name": "Jordan Ellis",
    "signature": "Jordan Ellis\nFounder, Larkspur Files\nsupport@larkspurfiles.example · +1 555 0100",
    "hourly_rate": "45.00",
    "currency": "USD",
}


def _pryce() -> DemoCustomer:
    return DemoCustomer(
        Customer(
            name="Gordon Pryce",
            emails=("gordon.pryce@mailbox.example",),
            handles=("HostTalk forum: gpryce_tech",),
            account_ref="LF-20931",
            amount_paid=Decimal("59.94"),
            notes="Personal plan at $9.99 a month since spring. Affected by the 40-minute upload "
            "outage on the 3rd; no files were lost.",
        ),
        [
            DemoContact(
                170,
                9.2,
                Channel.EMAIL,
                IN,
                "Uploads failing",
                "Hi, my uploads have been failing all morning. Is something wrong?",
                minutes=5,
                severity=1,
            ),
            DemoContact(
                170,
                10.1,
                Channel.EMAIL,
                OUT,
                "Outage explained",
                "Hello Gordon, thank you for telling us. Uploads were down for 40 minutes "
                "this morning and are working again. No stored files were affected.",
                minutes=10,
                staff="Sam",
            ),
            DemoContact(
                169,
                8.4,
                Channel.EMAIL,
                IN,
                "Demands a year's refund and $500",
                "40 minutes of downtime is completely unacceptable. I run a business. "
                "I want a full refund for the year AND $500 compensation for my lost time, "
                "or I will make sure everyone on HostTalk and every other forum knows "
                "Larkspur is a scam.",
                (C.DISPROPORTIONATE_DEMAND, C.THREAT_PUBLIC),
                severity=3,
                minutes=20,
            ),
            DemoContact(
                168,
                11.0,
                Channel.EMAIL,
                OUT,
                "Offered one month's credit",
                "Hello Gordon, I'm sorry the outage interrupted your work. Our terms "
                "(section 6) give a credit for downtime; I have added one month's credit "
                "to your account.",
                minutes=25,
                staff="Jordan Ellis",
            ),
            DemoContact(
                166,
                19.7,
                Channel.EMAIL,
                IN,
                "Rejects credit, repeats threat",
                "A month's credit is an insult. You have until Friday to pay the $500 or "
                "I start posting. I have a lot of followers on HostTalk.",
                (C.DISPROPORTIONATE_DEMAND, C.THREAT_PUBLIC),
                severity=3,
                minutes=15,
            ),
            DemoContact(
                160,
                22.3,
                Channel.SOCIAL,
                IN,
                "Forum post calling us a scam",
                "WARNING: Larkspur Files is a SCAM - they stole my data. Do NOT trust "
                "Larkspur Files with anything. They deleted my files on purpose and "
                "refused to pay compensation. I have heard from their own staff that they "
                "sell customer data. Tell everyone you know. I will keep posting this on "
                "every forum until they pay up.",
                (C.HARASSMENT_SOCIAL, C.THREAT_PUBLIC),
                severity=4,
                minutes=30,
                url="https://hosttalk.example/threads/larkspur-files-scam.88213",
                screenshot="forum-post-gpryce.png",
            ),
            DemoContact(
                158,
                8.9,
                Channel.EMAIL,
                IN,
                "Threatens a chargeback",
                "Seen my post yet? I'm also disputing every payment with my bank. "
                "Chargebacks on all six months. Enjoy the fees.",
                (C.THREAT_CHARGEBACK,),
                severity=3,
                minutes=10,
            ),
        ],
    )


_MORROW_CALLS = [
    "Customer says she is locked out and wants to speak to a manager immediately.",
    "Same question: why is the account locked. Explained the reset email again.",
    "Called back after 6 minutes. Shouting. Asked us to reset it 'right now'.",
    "Hung up when asked to confirm the account email.",
    "Repeated that she has been locked out for two days. Would not let me speak.",
    "Asked for the owner's personal number. Declined.",
    "Said she will call every ten minutes until it is fixed.",
    "Same question again. Sent the reset link a third time while on the line.",
    "Says the reset email never arrives; it is going to an old address she no longer uses.",
    "Refused to verify identity. 'Just unlock it.'",
    "Called to say she is posting about us on X.",
    "Silent call, then hung up.",
    "Asked why we are 'ignoring' her. Explained we answered on each call.",
    "Demanded a refund for the two days. Offered to review once the account is open.",
    "Same question. Voice raised; called the agent 'useless'.",
    "Called to say the posts will continue until someone senior calls.",
    "Verified identity at last; account email updated and unlocked.",
]

_MORROW_POSTS = [
    "@LarkspurFiles why won't you answer me?? I have been locked out for TWO DAYS. ANSWER ME",
    "@LarkspurFiles answer the question. why is my account locked",
    "@LarkspurFiles I'm not going away. WHY IS MY ACCOUNT LOCKED",
    "@LarkspurFiles everyone look how they treat paying customers. still no answer",
]


def _morrow() -> DemoCustomer:
    calls = [
        DemoContact(
            41,
            9.0 + i * 0.45,
            Channel.PHONE,
            IN,
            f"Call {i + 1} of the day",
            text,
            (C.REPEATED_CONTACT,) + ((C.ABUSE,) if "useless" in text else ()),
            severity=2 if i % 5 else 3,
            minutes=4 + (i % 4) * 2,
            staff="Sam",
        )
        for i, text in enumerate(_MORROW_CALLS)
    ]
    posts = [
        DemoContact(
            41,
            14.0 + i * 2.5 / 60,
            Channel.SOCIAL,
            IN,
            f"X post {i + 1} of 23 in an hour",
            _MORROW_POSTS[i % len(_MORROW_POSTS)],
            (C.REPEATED_CONTACT, C.HARASSMENT_SOCIAL),
            severity=2,
            minutes=1,
            url=f"https://x.com/tmorrow_official/status/18{60_000_000 + i * 713}",
            screenshot="x-posts-tmorrow.png" if i == 0 else "",
        )
        for i in range(23)
    ]
    return DemoCustomer(
        Customer(
            name="Tasha Morrow",
            emails=("tasha.m@oldmail.example", "tmorrow@inbox.example"),
            phones=("+1 555 0142",),
            handles=("X: @tmorrow_official",),
            account_ref="LF-31877",
            amount_paid=Decimal("119.88"),
            notes="Annual plan. Locked out after her old email address stopped working.",
        ),
        [
            DemoContact(
                42,
                16.2,
                Channel.EMAIL,
                IN,
                "Locked out of account",
                "I can't log in. The reset email never comes. Fix this today please.",
                minutes=5,
            ),
            DemoContact(
                42,
                17.0,
                Channel.EMAIL,
                OUT,
                "Reset instructions",
                "Hello Tasha, the reset email goes to tasha.m@oldmail.example. If you no "
                "longer use that address, reply from it or call us and we will verify "
                "you another way.",
                minutes=10,
                staff="Sam",
            ),
            *calls,
            *posts,
            DemoContact(
                40,
                10.0,
                Channel.EMAIL,
                OUT,
                "Account unlocked; asked to use one channel",
                "Hello Tasha, your account is open again and the email on file is updated. "
                "So that we can help quickly next time, please write to support or call "
                "once; repeated calls and posts slow us down for everyone.",
                minutes=15,
                staff="Jordan Ellis",
            ),
        ],
    )


def _hale() -> DemoCustomer:
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


def _delacroix() -> DemoCustomer:
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


def demo_customers() -> list[DemoCustomer]:
    return [_pryce(), _morrow(), _hale(), _delacroix()]


def _when(today: datetime, contact: DemoContact) -> datetime:
    hours = int(contact.hour)
    minutes = round((contact.hour - hours) * 60)
    return today - timedelta(days=contact.days_ago) + timedelta(hours=hours, minutes=minutes)


def fill_demo(services: Services) -> dict[str, int]:
    """Write the demo into an empty database through the ordinary use cases (so it is ledgered)."""
    if services.customers.count() > 0:
        raise InvalidInputError(
            "This database already has customers; the demo goes into an empty database "
            "(use --db with a new file)."
        )
    today = services.clock().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    services.settings.update(DEMO_SETTINGS)
    counts = {"customers": 0, "contacts": 0, "attachments": 0}
    folder = assets_folder() / "demo"
    for demo in demo_customers():
        customer_id = services.customers.add(demo.customer)
        counts["customers"] += 1
        for contact in demo.contacts:
            attachments = []
            if contact.screenshot:
                data = (folder / contact.screenshot).read_bytes()
                attachments.append(
                    NewAttachment(
                        contact.screenshot,
                        data,
                        "image/png",
                        note="Screenshot taken when the post was found",
                    )
                )
            services.contacts.log(
                customer_id,
                ContactDetails(
                    occurred_at=_when(today, contact),
                    channel=contact.channel,
                    direction=contact.direction,
                    text=contact.text,
                    summary=contact.summary,
                    categories=contact.categories,
                    severity=contact.severity,
                    minutes=contact.minutes,
                    url=contact.url,
                    staff=contact.staff,
                ),
                attachments,
                source="demo",
            )
            counts["contacts"] += 1
            counts["attachments"] += len(attachments)
    return counts
