"""Two demo customers: Gordon Pryce, who wants far more than he paid, and Tasha Morrow, who
calls, posts and threatens.
"""

from __future__ import annotations

from decimal import Decimal

from app.core.domain import (
    Channel,
    Customer,
)
from app.demo.shapes import IN, OUT, C, DemoContact, DemoCustomer


def pryce() -> DemoCustomer:
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


def morrow() -> DemoCustomer:
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
