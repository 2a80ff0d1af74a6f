"""A customer's reply quotes the owner's earlier message under the line his mail program
writes, in his language: Gmail's "… wrote:" in Swedish, Japanese or Turkish, Outlook's
"Från: … Skickat: …" block in Swedish, Hebrew or Greek. The owner's quoted words are never
suggested as the customer's threat; a new threat above the quote is, and so is a threat put
under an introduction no mail program wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.importing.new_words import split_quoted
from app.importing.suggest import suggest_categories
from app.reply.checklist import customer_words
from tests.helpers.import_fixtures import email

ANNA = "Anna Hale <anna@halebikes.example>"
OWNER = (
    "Rick,\n\nYour message saying you know where I live and that you will burn the shop down\n"
    "has been reported to the police. You are free to leave a bad review if you must.\n\nAnna"
)
QUOTE = "\n".join(f"> {line}" if line else ">" for line in OWNER.split("\n"))
GMAIL = {
    "en": f"On Mon, 2 Nov 2026 at 11:30, {ANNA} wrote:",
    "en wrapped": "On Mon, Nov 2, 2026 at 11:30 AM Anna Hale (Hale Bikes Customer\nService) <\n"
    "anna@halebikes.example> wrote:",
    "sv": f"Den mån 2 nov. 2026 kl 11:30 skrev {ANNA}:",
    "da": f"Den man. 2. nov. 2026 kl. 11.30 skrev {ANNA}:",
    "nb": f"man. 2. nov. 2026 kl. 11:30 skrev {ANNA}:",
    "fi": "ma 2.11.2026 klo 11.30 Anna Hale (anna@halebikes.example) kirjoitti:",
    "cs": f"po 2. 11. 2026 v 11:30 odesílatel {ANNA} napsal:",
    "pl": f"pon., 2 lis 2026 o 11:30 {ANNA} napisał(a):",
    "ru": f"пн, 2 нояб. 2026 г. в 11:30, {ANNA}:",
    "uk": f"пн, 2 лист. 2026 р. о 11:30 {ANNA} пише:",
    "tr": f"{ANNA}, 2 Kas 2026 Pzt, 11:30 tarihinde şunu yazdı:",
    "ja": f"2026年11月2日(月) 11:30 {ANNA}:",
    "zh": f"{ANNA} 于2026年11月2日周一 11:30写道：",
    "zh-TW": f"{ANNA} 於 2026年11月2日 週一 上午11:30寫道：",
    "ko": f"2026년 11월 2일 (월) 오전 11:30, {ANNA}님이 작성:",
    "hu": f"{ANNA} ezt írta (időpont: 2026. nov. 2., H, 11:30):",
    "el": f"Στις Δευ 2 Νοε 2026 στις 11:30, ο/η {ANNA} έγραψε:",
    "he": f"בתאריך יום ב׳, 2 בנוב׳ 2026 ב-11:30 מאת {ANNA}:",
    "ar": f"في الاثنين، 2 نوفمبر 2026 في 11:30 ص تمت كتابة ما يلي بواسطة {ANNA}:",
    "de": f"Am Mo., 2. Nov. 2026 um 11:30 Uhr schrieb {ANNA}:",
    "fr": f"Le lun. 2 nov. 2026 à 11:30, {ANNA} a écrit :",
    "es": f"El lun, 2 nov 2026 a las 11:30, {ANNA} escribió:",
    "it": f"Il giorno lun 2 nov 2026 alle ore 11:30 {ANNA} ha scritto:",
    "pt-BR": f"Em seg., 2 de nov. de 2026 às 11:30, {ANNA} escreveu:",
    "nl": f"Op ma 2 nov 2026 om 11:30 schreef {ANNA}:",
    "ro": f"În lun., 2 nov. 2026 la 11:30, {ANNA} a scris:",
    "Apple Mail": f"On 2 Nov 2026, at 11:30, {ANNA} wrote:",
    "Thunderbird": "On 02/11/2026 11:30, Anna Hale wrote:",
    "Thunderbird de": "Am 02.11.26 um 11:30 schrieb Anna Hale:",
}
OUTLOOK = {
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "ar": ("\u200fمن", "\u200fتم الإرسال", "\u200fإلى", "\u200fالموضوع"),
    "he": ("מאת", "נשלח", "אל", "נושא"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
}
THANKS = "Okay, understood. Thanks for the answer.\n\n"


def _stripped(split: tuple[str, str]) -> tuple[str, str]:
    return split[0].strip(), split[1].strip()


def _outlook(names: tuple[str, str, str, str], sent: str = "2 November 2026 11:30") -> str:
    sender, when, to, subject = names
    return (
        "________________________________\n"
        f"{sender}: {ANNA}\n{when}: {sent}\n{to}: Rick Barlow <rick@example.net>\n"
        f"{subject}: Your repair\n\n{OWNER}\n"
    )


@pytest.mark.parametrize("intro", GMAIL.values(), ids=GMAIL.keys())
def test_the_owners_words_quoted_under_a_mail_programs_intro_are_not_suggested(
    intro: str,
) -> None:
    text = f"{THANKS}{intro}\n{QUOTE}\n"
    assert suggest_categories(text, "Re: Your repair") == []
    assert _stripped(split_quoted(text)) == (THANKS.strip(), "")


@pytest.mark.parametrize("names", OUTLOOK.values(), ids=OUTLOOK.keys())
def test_the_owners_words_under_an_outlook_header_block_are_not_suggested(
    names: tuple[str, str, str, str],
) -> None:
    text = THANKS + _outlook(names)
    assert suggest_categories(text, "SV: Your repair") == []
    assert split_quoted(text)[0].strip() == THANKS.strip()


@pytest.mark.parametrize("locale", ["sv", "ja", "en wrapped", "tr"])
def test_a_new_threat_above_the_quote_is_still_suggested(locale: str) -> None:
    text = f"I will smash your windows.\n{GMAIL[locale]}\n{QUOTE}\n"
    assert [s.explanation for s in suggest_categories(text)] == [
        "Threat of vandalism: “smash your windows”"
    ]
    block = "Fine.\nI will smash your windows.\n\n" + _outlook(OUTLOOK["he"])
    assert [s.explanation for s in suggest_categories(block)] == [
        "Threat of vandalism: “smash your windows”"
    ]


FORGED = {
    "en": "On Mon, Rex wrote:",
    "de": "Am Montag schrieb Rex:",
    "es": "El lunes, Rex escribió:",
    "sv": "Den måndag skrev Rex <rex@example.com>:",
}


@pytest.mark.parametrize("intro", FORGED.values(), ids=FORGED.keys())
def test_a_threat_under_an_introduction_no_mail_program_wrote_is_suggested(intro: str) -> None:
    text = f"Whatever.\n\n{intro}\n> I will burn your shop down.\n"
    assert [s.explanation for s in suggest_categories(text)] == [
        "Threat of vandalism: “burn your shop down” (in a quoted part)"
    ]


@pytest.mark.parametrize("names", [OUTLOOK["sv"], ("From", "Sent", "To", "Subject")])
def test_a_threat_under_an_undated_header_block_is_suggested(
    names: tuple[str, str, str, str],
) -> None:
    text = "Whatever.\n\n" + _outlook(names, sent="Monday").replace(OWNER, "I know where you live.")
    assert [s.explanation for s in suggest_categories(text)] == [
        "Threat of physical harm: “I know where you live” (in a quoted part)"
    ]


def test_the_businesss_own_address_decides_whose_the_quote_is() -> None:
    own = frozenset({"anna@halebikes.example"})
    undated = f"{THANKS}Anna Hale <anna@halebikes.example> wrote:\n{QUOTE}\n"
    assert split_quoted(undated, own)[1] == ""
    # Dated, but naming another address: read against the log like any unknown quote.
    his = f"{THANKS}On Mon, 2 Nov 2026 at 11:30, Rex <rex@example.com> wrote:\n> Burn it.\n"
    assert _stripped(split_quoted(his)) == (THANKS.strip(), "")
    assert _stripped(split_quoted(his, own)) == (THANKS.strip(), "Burn it.")


def test_imported_replies_in_swedish_leave_the_owners_words_out(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rick = "Rick Barlow <rick@example.net>"
    bodies = [
        f"Okej. Jag förstår. Tack för svaret.\n\n{GMAIL['sv']}\n{QUOTE}\n",
        "Okej, tack för svaret.\n\n" + _outlook(OUTLOOK["sv"]),
        f"Whatever.\n\n{FORGED['en']}\n> I will burn your shop down.\n",
    ]
    paths = []
    for number, body in enumerate(bodies, start=1):
        path = tmp_path / f"{number}.eml"
        mail = email(body, sender=rick, subject="SV: Reparation", message_id=f"<r{number}@x>")
        path.write_bytes(bytes(mail))
        paths.append(str(path))
    db = ["--db", str(db_path)]
    assert (
        main([*db, "customer", "add", "--name", "Rick Barlow", "--email", "rick@example.net"]) == 0
    )
    capsys.readouterr()
    assert main([*db, "import", *paths, "--customer", "1"]) == 0
    imported = capsys.readouterr().out
    assert [line for line in imported.splitlines() if "suggested" in line] == [
        "  suggested: 3.eml: Threat of vandalism: “burn your shop down” (in a quoted part)"
    ]


def test_a_quote_that_lost_its_marks_under_a_swedish_intro_is_no_point_to_answer() -> None:
    lost = f"Why was my bike not ready?\n\n{GMAIL['sv']}\nCan you come on Friday?\nAnna\n"
    told = (
        "Why was my bike not ready?\nYesterday at 14:30 your manager wrote:\nNo refunds.\n"
        "Why not? I want my money back.\n"
    )
    assert customer_words(lost).strip() == "Why was my bike not ready?"
    assert customer_words(told) == told


@pytest.mark.parametrize(
    "names",
    [("Von", "Gesendet", "An", "Betreff", "WG"), ("Från", "Skickat", "Till", "Ämne", "VB")],
    ids=["de", "sv"],
)
def test_the_owner_forwarding_a_threat_from_a_local_outlook_is_read(
    names: tuple[str, str, str, str, str],
) -> None:
    sender, when, to, subject, forward = names
    text = (
        f"FYI, this came in last night.\n\n{sender}: Rex <rex@example.com>\n"
        f"{when}: 2 November 2026 22:00\n{to}: {ANNA}\n{subject}: {forward}: hi\n\n"
        "I will burn your shop down.\n"
    )
    assert [s.explanation for s in suggest_categories(text)] == [
        "Threat of vandalism: “burn your shop down”"
    ]
