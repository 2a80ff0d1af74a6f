"""The termination letter is written in Settings' "Language of your replies": the packet dialog
says so beside the letter, as the letters to platforms do, when that language is not English."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.packet_fixtures import PacketSubject
from ui.packets.packet_dialog import PacketDialog

HINT = "Written in {}, the language of your replies (Settings)."


def _letter_tab(qtbot: QtBot, dialog: PacketDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)


@pytest.mark.parametrize("language", ["Español", "Français", "Deutsch"])
def test_the_letter_tab_says_the_letter_is_in_the_replies_language(
    qtbot: QtBot, packet_subject: PacketSubject, language: str
) -> None:
    packet_subject.services.settings.update({"reply_language": language})
    dialog = PacketDialog(packet_subject.services, packet_subject.customer_id)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    _letter_tab(qtbot, dialog)
    assert dialog.letter_language.isVisible()
    assert dialog.letter_language.text() == HINT.format(language)
    # Where the owner reads the letter: on its tab, above the text.
    assert dialog.letter_language.y() < dialog.letter.y()
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.made is not None and dialog._worker is None, timeout=60000)
    assert "Dear" not in dialog.letter.toPlainText()[:40]  # the draft is in that language too


def test_nothing_is_said_for_an_english_letter(qtbot: QtBot, packet_subject: PacketSubject) -> None:
    packet_subject.services.settings.update({"reply_language": "English"})
    dialog = PacketDialog(packet_subject.services, packet_subject.customer_id)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    _letter_tab(qtbot, dialog)
    assert not dialog.letter_language.isVisible()


def test_a_language_changed_in_settings_meanwhile_is_said(
    qtbot: QtBot, packet_subject: PacketSubject
) -> None:
    packet_subject.services.settings.update({"reply_language": "English"})
    dialog = PacketDialog(packet_subject.services, packet_subject.customer_id)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    packet_subject.services.settings.update({"reply_language": "Deutsch"})
    dialog.tabs.setCurrentIndex(1)
    assert dialog.letter_language.isVisible()
    assert dialog.letter_language.text() == HINT.format("Deutsch")
