"""The letters handed to a platform or an email provider: the request to preserve the customer's
records, and the report of a post. They are written in the language the owner's letters to
customers are (Settings' "Language of your replies"), with the same facts in each language:
dates in that language's form, the customer's own words in its quotation marks.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime

from app.core.clock import shown_time
from app.packets.data import PacketData, PublicPost, unredacted_marks
from app.packets.platform_letter_words import PlatformWords, platform_words
from app.reply.letter_languages import french_spacing, quoted, words_for

PRESERVE = "preserve"
REPORT = "report"


def _words(language: str) -> PlatformWords:
    words = platform_words(language)
    if language != "fr":
        return words
    # French spacing before the owner's data goes in: a post's address keeps its "https:".
    return replace(words, **{f.name: french_spacing(getattr(words, f.name)) for f in fields(words)})


def letter_day(moment: datetime, language: str = "en") -> str:
    """The day in the letter's language, in the zone the moment is shown in: "2 November
    2026", "2 de noviembre de 2026", "1er novembre 2026", "2. November 2026"."""
    day = shown_time(moment).date()
    if language not in ("es", "fr", "de"):
        return f"{day:%d %B %Y}".lstrip("0")
    words = words_for(language)
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return words.date_form.format(day=number, month=words.months[day.month - 1], year=day.year)


def letter_title(kind: str, language: str = "en") -> str:
    """The title on the letter's PDF: the preservation request or the report of a post."""
    words = platform_words(language)
    return words.preservation_title if kind == PRESERVE else words.report_title


def _sign_off(data: PacketData) -> str:
    business = data.business
    return business.signature or "\n".join(p for p in (business.owner_name, business.name) if p)


def preservation_letter(data: PacketData, provider: str, language: str = "en") -> str:
    """A request to a platform or email provider to keep the customer's posts and account data."""
    words = _words(language)
    customer = data.customer
    posts = [p for p in data.public_posts if not provider or p.platform == provider]
    identifiers = [words.name.format(value=customer.name)]
    identifiers += [words.email.format(value=e) for e in customer.emails]
    identifiers += [words.handle.format(value=h) for h in customer.handles]
    identifiers += [words.post.format(value=p.url) for p in posts if p.url]
    business = data.business
    first, last = (letter_day(day, language) if day else "—" for day in data.period)
    lines = [
        words.to.format(provider=provider or words.any_provider),
        words.re.format(name=customer.name),
        words.reference.format(number=data.number),
        "",
        words.greeting,
        "",
        words.preserve.format(business=business.name),
        "",
        words.identifiers,
        *[f"  • {line}" for line in identifiers],
        "",
        words.concerns.format(first=first, last=last),
        "",
        words.confirm,
        "",
        words.yours,
        "",
        _sign_off(data),
    ]
    if business.address_lines:
        lines += ["", *business.address_lines]
    return unredacted_marks("\n".join(lines))


def platform_report(data: PacketData, post: PublicPost, language: str = "en") -> str:
    """The text of a report to the platform where the customer posted about the business."""
    words = _words(language)
    exhibits = ", ".join(words.exhibit.format(number=n) for n in post.exhibits)
    # Harassment is claimed only for a post the owner flagged as such; the flag is about the
    # posts' number and target, so it never claims that what they say is untrue.
    about = words.harassment_of if post.flagged else words.post_about
    since = letter_day(data.period[0], language) if data.period[0] else "—"
    context = words.campaign.format(day=since) if post.flagged else ""
    own_words = _post_words(data, post)
    if own_words:
        text = quoted(" ".join(post.text.split()), language) if post.text.strip() else ""
        shown = text or words.see_screenshot
    else:
        shown = " ".join(post.text.split())
    lines = [
        words.report.format(platform=post.platform, about=about),
        "",
        words.account.format(handle=post.handle or words.no_handle),
        words.post_at.format(url=post.url or words.no_url),
        words.posted.format(day=letter_day(post.occurred_at, language)),
        "",
        words.posted_about.format(business=data.business.name, context=context)
        + " "
        + (words.reads if own_words else words.note_reads),
        "",
        shown,
        "",
        words.ask,
        "",
        words.evidence.format(exhibits=exhibits or words.no_exhibits, number=data.number),
        "",
        _sign_off(data),
    ]
    return unredacted_marks("\n".join(lines))


def _post_words(data: PacketData, post: PublicPost) -> bool:
    """The post's text is the customer's own writing (not a note of a call flagged with a link)."""
    contact = data.contact(post.contact_id)
    return contact is None or contact.is_customers_words or not post.text.strip()


__all__ = [
    "PRESERVE",
    "REPORT",
    "letter_day",
    "letter_title",
    "platform_report",
    "preservation_letter",
]
