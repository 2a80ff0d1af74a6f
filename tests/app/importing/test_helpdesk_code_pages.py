"""A helpdesk CSV saved by Excel on a Russian, Korean, Japanese or Turkish Windows (code pages
1251, 949, 932, 1254) is read in its own characters, not as Western European nonsense, and
the owner is told which code page it was read in."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Category
from app.importing.code_pages import guess_code_page
from app.services import Services
from tests.helpers.import_fixtures import ANGRY

HEADER = "Ticket ID;Created at;Requester email;Requester name;Subject;Description\r\n"


@pytest.mark.parametrize(
    ("code_page", "name", "subject", "text", "shown", "category"),
    [
        (
            "cp1251",
            "Анна Петрова",
            "Возврат",
            "Я вас засужу! Вы мошенники.",
            "Windows-1251 (Cyrillic)",
            Category.THREAT_LEGAL,
        ),
        (
            "cp949",
            "김민수",
            "환불",
            "환불해 주지 않으면 고소하겠습니다.",
            "Windows-949 (Korean)",
            Category.THREAT_LEGAL,
        ),
        (
            "cp932",
            "山田 太郎",
            "返金について",
            "返金しなければ弁護士に相談して訴えます。",
            "Shift_JIS (Japanese)",
            Category.THREAT_LEGAL,
        ),
        (
            "cp1254",
            "Ömer İşçi",
            "İade",
            "Sizi mahkemeye vereceğim! Dükkanını yakarım.",
            "Windows-1254 (Turkish)",
            Category.THREAT_VANDALISM,
        ),
    ],
)
def test_an_excel_export_from_a_local_windows_is_read_in_its_code_page(
    shop: Services,
    angry_customer_id: int,
    tmp_path: Path,
    code_page: str,
    name: str,
    subject: str,
    text: str,
    shown: str,
    category: Category,
) -> None:
    path = tmp_path / "export.csv"
    row = f"1;2026-11-02 10:00;{ANGRY};{name};{subject};{text}\r\n"
    path.write_bytes((HEADER + row).encode(code_page))
    report = shop.imports.run([str(path)])
    assert report.summary() == "Imported 1, skipped 0 already there, failed 0."
    [item] = report.imported
    contact = shop.contacts.get(item.contact_id)
    assert contact.text == text
    assert contact.summary == f"{subject} (#1)"
    assert category in contact.categories
    assert item.warnings == (
        f"The file is not in UTF-8; it was read as {shown}, the code page its words make "
        "sense in. If they look wrong, save it as “CSV UTF-8” and import it again.",
    )
    # The row is kept exactly as in the file.
    [kept] = shop.contacts.attachments(contact.id)
    assert shop.contacts.attachment_data(kept.id)[1] == (HEADER + row).encode(code_page)


@pytest.mark.parametrize(
    ("code_page", "text"),
    [
        ("cp1252", "Déjà payé 100€ – «Dernier avertissement». Grüße aus Köln, Straße 5."),
        ("cp1252", "¿Dónde está mi pedido? Señor Muñoz. Não recebi, é inaceitável."),
        ("cp1250", "Zażółć gęślą jaźń. Pozwę was do sądu!"),
        ("cp1251", "Жду ответа"),
        ("cp1253", "Πού είναι η παραγγελία μου; Θα σας μηνύσω."),
        ("cp1255", "איפה ההזמנה שלי? אני אתבע אתכם"),
        ("cp1256", "أين طلبي؟ سأقاضيك في المحكمة"),
        ("cp874", "ร้านนี้แย่มาก ผมจะฟ้องร้อง"),
        ("cp949", "배송이 너무 늦어요"),
        ("cp932", "商品が届きません"),
        ("gb18030", "我的订单在哪里？我周一买了咖啡机，到货时是坏的。"),
    ],
)
def test_the_code_page_guessed_is_the_one_whose_text_reads_as_words(
    code_page: str, text: str
) -> None:
    assert guess_code_page(text.encode(code_page)) == code_page


def test_only_the_lines_not_in_utf8_decide() -> None:
    sample = "Я подам в суд\n".encode() + "Déjà payé\n".encode("cp1252")
    assert guess_code_page(sample) == "cp1252"
