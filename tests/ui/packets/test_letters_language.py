"""Letters to platforms follow Settings' "Language of your replies", as the owner's letters to
customers do: the text to edit, and the PDF saved on the letterhead with its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.packet_fixtures import flat, pdf_text
from ui.packets.letters import LettersDialog

# What each page's foot says: the letter's number, when it was made, which page of how many.
FOOTERS = {
    "Español": ("n.º", "generado el", "Página 1 de 1"),
    "Français": ("n°", "établi le", "Page 1 sur 1"),
    "Deutsch": ("Nr.", "erstellt am", "Seite 1 von 1"),
    "English": ("No.", "generated", "Page 1 of 1"),
}
EXPECTED = {
    "Español": ("Solicitud de conservación de registros", "Estimados señores:", "Atentamente,"),
    "Français": ("Demande de conservation des données", "Madame, Monsieur,", "distinguées."),
    "Deutsch": ("Bitte um Datensicherung", "Sehr geehrte Damen und Herren,", "Grüßen"),
    "English": ("Preservation request", "Dear Sir or Madam,", "Yours faithfully,"),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_letters_to_a_platform_are_written_in_the_replies_language(  # type: ignore[no-untyped-def]
    qtbot, demo_services: Services, tmp_path: Path, monkeypatch, language: str
) -> None:
    demo_services.settings.update({"reply_language": language})
    renee = next(c.id for c in demo_services.customers.page(0, 10) if c.name == "Renée Delacroix")
    data = make_packet(demo_services, renee, PacketOptions(PacketKind.LEGAL)).data
    letters = LettersDialog(demo_services, data)
    qtbot.addWidget(letters)
    title, greeting, closing = EXPECTED[language]
    assert greeting in letters.text.toPlainText()
    if language != "English":
        assert language in letters.status.text()  # the owner is told why
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    letters._on_save_clicked()
    text = flat(" ".join(pdf_text(target.read_bytes())))
    assert title in text and greeting in text and closing in text
    assert all(flat(words) in text for words in FOOTERS[language])
    if language != "English":
        assert "Dear" not in text and "Preservation request" not in text
        assert "enerated" not in text and "Page 1 of" not in text and "No." not in text
