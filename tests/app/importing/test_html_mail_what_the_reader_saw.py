"""The log keeps what a mail showed its reader: an HTML version that says something other than
the plain one, an HTML body before a short plain one, a text file shown with the message; and
never words the sender hid from the reader as the customer's own (they are kept apart)."""

from __future__ import annotations

from email.message import EmailMessage
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from app.core.domain import Category, Contact
from app.importing.batch import ImportReport
from app.importing.email_message import parse_email
from app.importing.html_text import read_html
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN

HTML_LINE = "The HTML version of this mail, which most mail programs show, reads:"
HIDDEN_LINE = "Text hidden from the reader in this mail:"


def _head(message: EmailMessage | MIMEMultipart, subject: str) -> None:
    message["From"] = f"Angry Person <{ANGRY}>"
    message["To"] = OWN
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = f"<{subject.replace(' ', '-')}@example.com>"


def _alternative(plain: str, html: str, subject: str = "Order 1042") -> bytes:
    message = EmailMessage()
    _head(message, subject)
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return bytes(message)


def _html_only(html: str, subject: str = "Sorry") -> bytes:
    message = EmailMessage()
    _head(message, subject)
    message.set_content(html, subtype="html")
    return bytes(message)


def _import(shop: Services, tmp_path: Path, raw: bytes) -> tuple[ImportReport, Contact]:
    path = tmp_path / "mail.eml"
    path.write_bytes(raw)
    report = shop.imports.run([str(path)])
    [item] = report.imported
    return report, shop.contacts.get(item.contact_id)


def test_an_html_version_saying_something_else_is_logged_suggested_and_found(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    raw = _alternative(
        "Thank you, I will wait patiently for my order.\n",
        "<html><body><p>Thank you. <b>I know where you live and I will kill you.</b></p>",
    )
    report, contact = _import(shop, tmp_path, raw)
    assert contact.text == (
        f"Thank you, I will wait patiently for my order.\n\n{HTML_LINE}\n"
        "Thank you. I know where you live and I will kill you."
    )
    assert Category.THREAT_PHYSICAL in contact.categories
    assert [hit.id for hit in shop.search("where you live")] == [contact.id]
    [warning] = report.imported[0].warnings
    assert "“Order 1042”" in warning and "HTML version" in warning
    # The evidence is the mail as received, byte for byte; importing it again adds nothing.
    [original] = shop.contacts.attachments(contact.id)
    assert shop.contacts.attachment_data(original.id)[1] == raw
    again = shop.imports.run([str(tmp_path / "mail.eml")])
    assert (len(again.imported), len(again.skipped)) == (0, 1)
    assert shop.contacts.count_for_customer(angry_customer_id) == 1
    assert parse_email(raw).text == contact.text


def test_the_same_words_written_as_mail_programs_write_them_keep_the_plain_text_alone() -> None:
    """A mail program's two versions differ in links, pictures, lists and spacing only."""
    plain = (
        "Hi,\n\nYour order status page <https://shop.example/o/1042> still says *pending*.\n"
        "[image: logo.png]\n\n  * the blue kettle\n  * the spare lid\n\n"
        "Please reply by the 12th.\nPat\n\n> On Mon, 2 Nov 2026 at 09:15, Shop <"
        "support@shop.example> wrote:\n> We are sorry for the delay.\n"
    )
    html = (
        '<div dir="ltr"><div>Hi,</div><div><br></div><div>Your <a href="https://shop.example/'
        'o/1042">order status page</a> still says <b>pending</b>.</div><img alt="logo.png" '
        'src="cid:ii_1"><ul><li>the blue kettle</li><li>the spare&nbsp;lid</li></ul>'
        "<div>Please reply by the 12<sup>th</sup>.</div><div>Pat</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 2 Nov 2026 at '
        '09:15, Shop &lt;<a href="mailto:support@shop.example">support@shop.example</a>&gt; '
        "wrote:<br></div><blockquote>We are sorry for the delay.</blockquote></div>"
    )
    found = parse_email(_alternative(plain, html))
    assert found.text == plain.strip("\n")
    assert found.warnings == []


def test_an_empty_plain_part_gives_way_to_the_html(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    threat = "I know where you live. I will burn your shop down tonight."
    _, contact = _import(shop, tmp_path, _alternative(" \n", f"<p>{threat}</p>"))
    assert contact.text == threat
    assert Category.THREAT_VANDALISM in contact.categories


def test_an_html_body_then_a_short_plain_part_keeps_both_bodies(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    message = MIMEMultipart("mixed")
    _head(message, "Order")
    threat = "I know where you live. I will burn your shop down tonight."
    message.attach(MIMEText(f"<html><body><p>{threat}</p></body></html>", "html"))
    message.attach(MIMEText("Sent from my iPhone", "plain"))
    _, contact = _import(shop, tmp_path, message.as_bytes())
    assert contact.text == f"{threat}\n\nSent from my iPhone"
    assert Category.THREAT_VANDALISM in contact.categories


def test_a_text_file_shown_with_the_message_is_read_for_suggestions(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    message = MIMEMultipart("mixed")
    _head(message, "Order")
    message.attach(MIMEText("See my note below.", "plain"))
    note = MIMEText("I know where you live. I will burn your shop down tonight.", "plain")
    note.add_header("Content-Disposition", "inline", filename="note.txt")
    message.attach(note)
    _, contact = _import(shop, tmp_path, message.as_bytes())
    assert contact.text.startswith("See my note below.\n\n")
    assert "“note.txt”" in contact.text and "burn your shop down" in contact.text
    assert Category.THREAT_VANDALISM in contact.categories
    names = {a.filename: a for a in shop.contacts.attachments(contact.id)}
    assert shop.contacts.attachment_data(names["note.txt"].id)[1] == (
        b"I know where you live. I will burn your shop down tonight."
    )


APOLOGY = "I apologise sincerely, I did not mean any of that, I love your shop."


@pytest.mark.parametrize(
    "hidden",
    [
        '<p style="display:none">{}</p>',
        '<p style="visibility: hidden">{}</p>',
        "<p hidden>{}</p>",
        '<p style="font-size:0">{}</p>',
        '<p style="font-size: 2PX">{}</p>',
        '<p style="color:#fff;font-size:1px">{}</p>',
        '<p style="opacity:0">{}</p>',
        '<p style="color:#FFFFFF">{}</p>',
        '<p><font color="white">{}</font></p>',
        '<table bgcolor="#1a1a1a"><tr><td style="color:rgb(26,26,26)">{}</td></tr></table>',
        '<div style="max-height:0;overflow:hidden">{}</div>',
        '<style>.pre {{ display: none !important }}</style><p class="pre">{}</p>',
    ],
)
def test_words_hidden_by_markup_are_kept_apart_from_what_the_reader_saw(
    shop: Services, angry_customer_id: int, tmp_path: Path, hidden: str
) -> None:
    html = "<html><body><p>You will regret this.</p>" + hidden.format(APOLOGY) + "</body></html>"
    report, contact = _import(shop, tmp_path, _html_only(html))
    assert contact.text == f"You will regret this.\n\n{HIDDEN_LINE}\n{APOLOGY}"
    [warning] = report.imported[0].warnings
    assert "“Sorry”" in warning and "hidden from the reader" in warning


def test_hidden_words_spliced_into_a_threat_do_not_break_it(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    html = '<p>I will kill<span style="display:none">ed time</span> you tonight.</p>'
    _, contact = _import(shop, tmp_path, _html_only(html, "Order 1042 again"))
    assert contact.text == f"I will kill you tonight.\n\n{HIDDEN_LINE}\ned time"
    assert Category.THREAT_PHYSICAL in contact.categories
    assert [hit.id for hit in shop.search("kill you tonight")] == [contact.id]


def test_hidden_words_in_the_html_version_are_kept_apart_when_the_versions_agree() -> None:
    found = parse_email(
        _alternative(
            "You will regret this.\n",
            f'<p>You will regret this.</p><p style="display:none">{APOLOGY}</p>',
        )
    )
    assert found.text == f"You will regret this.\n\n{HIDDEN_LINE}\n{APOLOGY}"


@pytest.mark.parametrize(
    "html",
    [
        # A part set visible again, or given a readable size, shows inside a hidden one.
        '<div style="visibility:hidden"><p style="visibility:visible">{}</p></div>',
        '<div style="font-size:0"><p style="font-size:14px">{}</p></div>',
        '<p style="font-size:8px;color:#777">{}</p>',
        # A hidden paragraph left open ends where the next paragraph starts.
        '<p style="display:none"><p>{}</p>',
        # Dark text on a dark table is hidden; light text on it is what the reader sees.
        '<table style="background:#000"><tr><td><font color="#fff">{}</font></td></tr></table>',
        # White words on a button coloured by a rule Steady does not read, or on a picture.
        '<style>table.btn td {{ background: #0a66c2 }}</style><table class="btn"><tr><td>'
        '<a style="color:#ffffff">{}</a></td></tr></table>',
        '<table><tr><td background="sky.jpg"><font color="white">{}</font></td></tr></table>',
        # Styling Steady cannot read is no reason to hide anything.
        '<p style="color:;font-size:huge;opacity:x;display:{{;background:url(">{}</p>',
        "<style>@media (max-width:1px) {{ p {{ display:none }} }} p:hover {{ x</style><p>{}</p>",
    ],
)
def test_words_the_reader_sees_are_not_counted_as_hidden(html: str) -> None:
    found = parse_email(_html_only(html.format(APOLOGY)))
    assert found.text == APOLOGY
    assert found.warnings == []


def test_an_outlook_message_html_body_keeps_hidden_words_apart_too() -> None:
    """An .msg without plain text is read through read_html, as app/importing/outlook.py does."""
    text, warning = read_html(
        f"<p>You will regret this.</p><template><p>{APOLOGY}</p></template>"
        '<p style="text-indent:-9999px">Sorry.</p>'
    )
    assert text == f"You will regret this.\n\n{HIDDEN_LINE}\n{APOLOGY}\n\nSorry."
    assert warning is not None and HIDDEN_LINE in warning


def test_a_picture_between_two_html_parts_is_one_version_as_apple_mail_sends_it() -> None:
    message = MIMEMultipart("mixed")
    _head(message, "Photos")
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText("Here is the broken lid.\n\nAnd the box.\n", "plain"))
    shown = MIMEMultipart("mixed")
    shown.attach(MIMEText("<html><body><div>Here is the broken lid.</div></body></html>", "html"))
    picture = MIMEImage(b"\x89PNG\r\n\x1a\nnot-really", "png")
    picture.add_header("Content-Disposition", "inline", filename="lid.png")
    shown.attach(picture)
    shown.attach(MIMEText("<html><body><div>And the box.</div></body></html>", "html"))
    alternative.attach(shown)
    message.attach(alternative)
    found = parse_email(message.as_bytes())
    assert found.text == "Here is the broken lid.\n\nAnd the box."
    assert found.warnings == []
    assert [a.filename for a in found.attachments] == ["lid.png"]
