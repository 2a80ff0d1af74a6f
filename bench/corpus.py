"""Realistic material for the benchmarks: English text drawn from a real word list by real
frequency, and customer emails shaped like real mail (plain and HTML alternatives, quoted
replies, attachments, several charsets and transfer encodings).

The words and their frequencies come from pyspellchecker's English list (counts from film
and TV subtitles: conversational English), which ships with Steady.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path

COMPLAINTS = [
    "I want my refund now",
    "this is the third time I have asked",
    "I will leave a one star review everywhere",
    "my lawyer will be in touch",
    "you are useless idiots",
    "I will dispute the charge with my bank",
    "where is my order",
    "nobody answers the phone",
    "I demand $2,500 in compensation for my time",
    "tell your manager I am going to the ombudsman",
    "thank you for sorting this out",
]


class EnglishWords:
    """Draws words with the frequency they have in spoken English."""

    def __init__(self, rng: random.Random, vocabulary: int = 60_000) -> None:
        data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
        counts = json.loads(gzip.decompress(data))
        common = sorted(counts.items(), key=lambda item: -item[1])[:vocabulary]
        self.words = [word for word, _ in common]
        self.cumulative = list(itertools.accumulate(count for _, count in common))
        self.rng = rng

    def sentence(self, low: int = 6, high: int = 30) -> str:
        count = self.rng.randint(low, high)
        picked = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        if self.rng.random() < 0.3:
            picked.insert(self.rng.randint(0, len(picked)), self.rng.choice(COMPLAINTS))
        text = " ".join(picked)
        return text[:1].upper() + text[1:] + self.rng.choice([".", ".", ".", "?", "!", "!!!"])

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


THREATS = [
    "I will sue you for every penny and my lawyer has your emails.",
    "See you in court, I'm filing in small claims.",
    "If you don't refund me today I'll sue you.",
    "I'm calling my bank and starting a chargeback.",
    "Enjoy your one-star review, I'm telling everyone I know.",
    "I'll post this online and ruin your reputation.",
    "Don't make me hurt you.",
    "I won't hesitate to smash your windows.",
    "You idiots, you scammers, you thieves.",
    "I won't call my bank yet.",
    "Thanks for nothing, I'll leave a review.",
]
EVERYDAY = [
    "I would never sue you, you have always been fair.",
    "I'm not going to take you to court over a cushion.",
    "I'll write a review on Google, you were great!",
    "I don't want to hurt your feelings.",
]


def rant(characters: int, seed: int = 5) -> str:
    rng = random.Random(seed)
    words = EnglishWords(rng)
    parts: list[str] = []
    length = 0
    while length < characters:
        pick = rng.random()
        if pick < 0.55:
            part = rng.choice(THREATS)
        elif pick < 0.7:
            part = rng.choice(EVERYDAY)
        else:
            part = words.sentence()
        parts.append(part)
        length += len(part) + 1
    return " ".join(parts)


_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000030101a0dbd7a10000000049454e44ae426082"
)


def _html(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        "<html><head><style>p{font-family:Arial;margin:0 0 8px}</style></head>"
        f"<body><div dir='ltr'>{paragraphs}</div></body></html>"
    )


def customer_email(
    words: EnglishWords,
    number: int,
    sender: str,
    own: str,
    when: datetime,
) -> EmailMessage:
    rng = words.rng
    message = EmailMessage()
    message["From"] = f"Customer {sender.split('@')[0]} <{sender}>"
    message["To"] = f"Shop Support <{own}>"
    subject = words.sentence(2, 6).rstrip(".!?")
    if rng.random() < 0.15:
        subject = "Réclamation — " + subject  # an encoded word in the header
    message["Subject"] = ("Re: " if rng.random() < 0.5 else "") + subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(f"m{number}", "mail.example")
    if rng.random() < 0.4:
        message["In-Reply-To"] = make_msgid(f"r{number}", "shop.example")
    body = "\n\n".join(words.paragraph(rng.randint(1, 4)) for _ in range(rng.randint(1, 4)))
    if rng.random() < 0.5:  # the thread quoted below, as mail clients do
        quoted = "\n".join("> " + line for line in words.paragraph(6).split(". "))
        body += f"\n\nOn {format_datetime(when - timedelta(days=1))}, Shop wrote:\n{quoted}"
    charset = rng.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if charset != "utf-8":
        body = body.encode(charset, "replace").decode(charset)
    cte = rng.choice(["quoted-printable", "base64", "8bit"])
    message.set_content(body, charset=charset, cte=cte)
    if rng.random() < 0.6:
        message.add_alternative(_html(body), subtype="html")
    if rng.random() < 0.15:
        message.add_attachment(
            _PNG * rng.randint(1, 40),
            maintype="image",
            subtype="png",
            filename=f"screenshot-{number}.png",
        )
    if rng.random() < 0.05:
        message.add_attachment(
            b"%PDF-1.4\n" + rng.randbytes(rng.randint(2_000, 30_000)),
            maintype="application",
            subtype="pdf",
            filename=f"invoice-{number}.pdf",
        )
    return message


def write_customer_mbox(
    path: Path, messages: int, senders: list[str], own: str, seed: int = 11, rants: int = 0
) -> Path:
    """`rants` of the messages, spread through the mailbox, are long threatening rants."""
    rng = random.Random(seed)
    ranting = {number * messages // rants for number in range(rants)} if rants else set()
    words = EnglishWords(rng)
    start = datetime(2025, 6, 1, 8, tzinfo=UTC)
    with open(path, "wb") as out:
        for number in range(messages):
            when = start + timedelta(minutes=37 * number + rng.randint(0, 30))
            message = customer_email(words, number, rng.choice(senders), own, when)
            if number in ranting:
                message.clear_content()  # the rant in place of its body and attachments
                message.set_content(rant(56_000, seed=number))
            data = message.as_bytes()
            # mboxrd: a body line starting with "From " is quoted.
            data = data.replace(b"\nFrom ", b"\n>From ")
            out.write(f"From {senders[0]} {when:%a %b %d %H:%M:%S %Y}\n".encode())
            out.write(data)
            if not data.endswith(b"\n"):
                out.write(b"\n")
            out.write(b"\n")
    return path
