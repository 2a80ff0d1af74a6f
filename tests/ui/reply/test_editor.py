"""The calm-reply editor driven as a shop owner would, step by step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.application import open_services
from app.core.domain import Channel, Direction
from app.reply.steps import OVERRIDE_PHRASE, ReplyStatus, Step
from app.reply.templates import long_date
from app.services import Services
from tests.helpers.fixtures import FakeClock
from ui.reply import ReplyEditor, UnfinishedReplies

CALM_REPLY = (
    "Dear Morwenna,\n\nThank you for writing. Your refund of $84.00 went out today. "
    "The lamp was packed on 4 March; I am sorry it arrived broken, and I have asked the "
    "courier why. I am sorry you waited two weeks for an answer.\n"
)


@pytest.fixture(autouse=True)
def no_unexpected_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    monkeypatch.setattr(QMessageBox, "warning", fail)


def wait_checked(qtbot, editor: ReplyEditor) -> None:
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        editor.checker.check_now(editor.draft.toPlainText())


def drafted(editor: ReplyEditor, qtbot, step: Step, text: str = CALM_REPLY) -> ReplyEditor:
    """Start early, answer the questions, write `text`, tick the checklist, go to `step`."""
    editor.stop_panel.confirmation.setText(OVERRIDE_PHRASE)
    editor.stop_panel.start_early.click()
    for edit in editor.consider_panel.answers.values():
        edit.setPlainText("A fair point.")
    editor.go_to(Step.DRAFT)
    editor.draft.setPlainText(text)
    for row in range(editor.draft_panel.checklist.count()):
        editor.draft_panel.checklist.item(row).setCheckState(Qt.CheckState.Checked)
    wait_checked(qtbot, editor)
    assert editor.go_to(step), editor.blockers()
    return editor


def test_drafting_waits_for_the_cooling_off_time(
    open_editor: Callable[..., ReplyEditor], angry_id: int, clock: FakeClock, monkeypatch
) -> None:
    notices: list[str] = []
    monkeypatch.setattr(
        "ui.reply.editor.notify_time_up", lambda window, message: notices.append(message)
    )
    editor = open_editor(angry_id)
    assert editor.title.text() == "Step 1 of 7 · Stop"
    assert editor.stop_panel.countdown.text() == "15:00"
    assert not editor.next.isEnabled()
    assert editor.draft.isHidden()
    editor.next.click()
    assert editor.state.step is Step.STOP
    clock.advance(minutes=9, seconds=30)
    editor.tick()
    assert editor.stop_panel.countdown.text() == "05:30"
    assert "Drafting opens in 05:30" in editor.blocked.text()
    clock.advance(minutes=6)
    editor.tick()
    assert not editor.stop_panel.time_up.isHidden()
    assert "cooling-off time is up" in editor.stop_panel.time_up.text()
    assert notices == ["You can now reply to Morwenna Quillfeather. Take it one step at a time."]
    editor.tick()
    assert len(notices) == 1
    editor.next.click()
    assert editor.state.step is Step.CONSIDER


def test_starting_early_needs_the_sentence_typed_and_is_recorded(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = open_editor(angry_id)
    qtbot.keyClicks(editor.stop_panel.confirmation, "I am calm")
    assert not editor.stop_panel.start_early.isEnabled()
    qtbot.keyClicks(editor.stop_panel.confirmation, " and ready to reply")
    editor.stop_panel.start_early.click()
    assert editor.state.step is Step.CONSIDER
    assert business.replies.events(editor.state.id or 0)[0][0] == "cooling-overridden"


def test_the_timer_keeps_running_while_steady_is_closed(
    open_editor: Callable[..., ReplyEditor], angry_id: int, clock: FakeClock
) -> None:
    first = open_editor(angry_id)
    first.close()
    clock.advance(minutes=10)
    again = open_editor(angry_id)
    assert again.state.id == first.state.id
    assert again.stop_panel.countdown.text() == "05:00"


def test_a_crash_loses_nothing_typed(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    db_path: Path,
    clock: FakeClock,
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "Dear Morwenna,\n")
    editor.draft.moveCursor(editor.draft.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.draft, "The lamp ships ")
    editor.draft.insertPlainText("😀")  # QTest cannot type characters beyond the BMP
    qtbot.keyClicks(editor.draft, " today.")
    typed = "Dear Morwenna,\nThe lamp ships 😀 today."
    # Saved about a second after the last key, without closing anything.
    qtbot.waitUntil(lambda: editor.replies.get(editor.state.id or 0).draft == typed, timeout=3000)
    editor.checker.stop()  # the process dies here: no close, no final save

    restarted = open_services(db_path, clock)
    reopened = ReplyEditor(restarted, angry_id, grammar=False, tts_engine="none")
    qtbot.addWidget(reopened)
    try:
        assert reopened.state.step is Step.DRAFT
        assert reopened.draft.toPlainText() == typed
        assert reopened.title.text() == "Step 3 of 7 · Draft"
        assert [item.done for item in reopened.state.checklist] == [True] * 4
        reopened.back.click()
        assert set(reopened.consider_panel.values().values()) == {"A fair point."}
    finally:
        reopened.close()
        restarted.close()


def test_a_step_change_is_saved_at_once(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.CHECK)
    assert business.replies.get(editor.state.id or 0).step is Step.CHECK


def test_the_checklist_and_templates_in_the_draft_step(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, monkeypatch
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "")
    checklist = editor.draft_panel.checklist
    assert [checklist.item(r).text() for r in range(checklist.count())] == [
        "Question: Where is my refund?",
        "Complaint: I ordered the blue lamp on 3 March and it arrived broken.",
        "Complaint: Your shop is a joke and I have waited two weeks for an answer.",
        "Question: Why has nobody replied?",
    ]
    panel = editor.draft_panel
    panel.product["tested"].setText("the blue lamp's switch")
    panel.product["version"].setText("2024 model")
    panel.product["result"].setText("it works")
    panel.templates.setCurrentIndex(panel.templates.findData("point-by-point"))
    panel.use_template.click()
    text = editor.draft.toPlainText()
    assert text.startswith("Dear Morwenna,")
    assert "1. You asked: “Where is my refund?”" in text
    assert "I tested the blue lamp's switch on version 2024 model: it works." in text
    # Choosing another template over a draft asks first and keeps the old draft.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    panel.templates.setCurrentIndex(panel.templates.findData("refund"))
    panel.use_template.click()
    assert "kept in this reply's history" in asked[0]
    assert "not because of anything said" in editor.draft.toPlainText()
    assert editor.replies.drafts(editor.state.id or 0)[0].text == text


def test_misspellings_after_an_emoji_are_underlined_on_the_word(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.CHECK, "😀 Recieved your mesage.")
    (first, second) = editor.draft.spelling
    assert (first[0].start, first[0].end) == (3, 11)  # the emoji is two UTF-16 units
    assert (second[0].start, second[0].end) == (17, 23)
    formats = editor.draft.document().firstBlock().layout().formats()
    assert {(f.start, f.length) for f in formats} == {(3, 8), (17, 6)}
    assert "2 spelling and 0 grammar" in editor.check_panel.summary.text()


def test_right_click_suggests_and_adds_to_the_dictionary(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.CHECK, "The Glowmaster was recieved.")
    menu = editor.draft.suggestion_menu(20)
    texts = [a.text() for a in menu.actions()]
    assert "Change to “received”" in texts
    change = next(a for a in menu.actions() if a.text() == "Change to “received”")
    change.trigger()
    assert editor.draft.toPlainText() == "The Glowmaster was received."
    wait_checked(qtbot, editor)
    menu = editor.draft.suggestion_menu(6)
    learn = next(a for a in menu.actions() if a.text() == "Add “Glowmaster” to dictionary")
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        learn.trigger()
    assert editor.draft.spelling == []
    assert business.replies.personal_words() == ["Glowmaster"]
    assert editor.check_panel.summary.text() == "No spelling or grammar problems found."


def test_grammar_is_underlined_when_harper_is_installed(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    pytest.importorskip("harper")
    editor = drafted(
        open_editor(angry_id, grammar=True), qtbot, Step.CHECK, "I checked the the order."
    )
    # Grammar runs on its own thread and joins the underlines when it is ready.
    qtbot.waitUntil(lambda: bool(editor.draft.spelling), timeout=30_000)
    assert [(m.kind, issue.words) for m, issue in editor.draft.spelling] == [("grammar", "the the")]


def test_tone_flags_are_shown_with_reasons_and_must_be_fixed_or_accepted(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "You clearly NEVER read.\n")
    panel = editor.review_panel
    first = panel.flags.item(0).text()
    assert first.startswith("Aimed at reader: “You clearly”")
    assert "Why: Aimed at the person" in first and "Instead: Describe the facts" in first
    assert "more hostile than the customer's message" in panel.comparison.text()
    assert not editor.next.isEnabled()
    assert "3 tone flags remain. Fix them" in editor.blocked.text()
    tone_marks = [m for m in editor.draft.highlighter.marks if m.kind == "tone"]
    assert (tone_marks[0].start, tone_marks[0].end) == (0, 11)
    panel.flags.setCurrentRow(0)
    panel.flags.itemClicked.emit(panel.flags.item(0))
    assert editor.draft.textCursor().selectedText() == "You clearly"
    panel.accept.setChecked(True)
    assert editor.next.isEnabled()
    # Fixing the words instead: the record says what was fixed.
    editor.draft.setPlainText(CALM_REPLY)
    wait_checked(qtbot, editor)
    assert panel.flags.item(0).text().startswith("No tone flags")
    assert "reads as calm" in panel.comparison.text()
    # Seen while drafting, gone now: the record will list them as fixed.
    assert sorted(editor.state.flags_seen.values()) == ["NEVER", "NEVER", "You clearly"]


def test_start_over_keeps_the_draft_and_goes_back_to_step_three(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, monkeypatch
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "Obviously it shipped.\n")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    editor.review_panel.start_over.click()
    assert editor.state.step is Step.DRAFT and editor.title.text() == "Step 3 of 7 · Draft"
    assert editor.draft.toPlainText() == ""
    assert [d.text for d in editor.replies.drafts(editor.state.id or 0)] == [
        "Obviously it shipped.\n"
    ]


def test_print_preview_prints_a_clone_without_the_underlines(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, monkeypatch
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "Your refnd went out.\n")
    shown: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    editor.review_panel.preview.click()
    clone = editor.printer.document
    assert shown and clone is not None and clone is not editor.draft.document()
    assert clone.toPlainText() == "Your refnd went out.\n"
    assert editor.draft.document().firstBlock().layout().formats()  # underlined on screen
    assert clone.firstBlock().layout().formats() == []  # and not on paper
    assert editor.printer.dialog is shown[0]  # the printer outlives the preview call
    assert editor.state.printed


def test_reading_aloud_highlights_each_sentence_in_turn(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = open_editor(angry_id, tts_engine="mock")
    assert editor.reader.has_voice
    drafted(editor, qtbot, Step.REVIEW, "😀 First one. Second one.\n")
    assert "Reading with" in editor.review_panel.voice.text()
    editor.review_panel.read.click()
    assert editor.draft.sentence_highlight == (0, 13)
    qtbot.waitUntil(lambda: editor.draft.sentence_highlight == (14, 25), timeout=10_000)
    qtbot.waitUntil(lambda: editor.draft.sentence_highlight is None, timeout=10_000)
    assert editor.state.read_aloud


def test_without_a_voice_the_read_along_steps_through_sentences(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "😀 First one. Second one.\n")
    panel = editor.review_panel
    assert "No text-to-speech voice is installed" in panel.voice.text()
    assert panel.read.text() == "Start read-along"
    panel.read.click()
    assert editor.draft.sentence_highlight == (0, 13)
    panel.next.click()
    assert editor.draft.sentence_highlight == (14, 25)
    panel.previous.click()
    assert editor.draft.sentence_highlight == (0, 13)
    panel.stop.click()
    assert editor.draft.sentence_highlight is None


def test_signing_inserts_the_signature_block(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN)
    assert editor.sign_panel.sign_off.text().startswith("✘")
    assert not editor.next.isEnabled()
    editor.sign_panel.insert.click()
    assert editor.draft.toPlainText().endswith(
        "Kind regards,\nJordan Ellis\nOwner, Larkspur Lamps\nhello@larkspurlamps.example\n"
    )
    assert editor.sign_panel.sign_off.text().startswith("✔")
    assert editor.sign_panel.signed.text().startswith("✔")
    assert editor.next.isEnabled()


def signed(editor: ReplyEditor, qtbot) -> ReplyEditor:
    drafted(editor, qtbot, Step.SIGN)
    editor.sign_panel.insert.click()
    assert editor.go_to(Step.SEND)
    return editor


def test_sending_from_the_clipboard_logs_the_reply_with_its_record(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    editor.send_panel.copy.click()
    # On the clipboard is not yet sent: nothing is logged until the owner says so.
    assert business.contacts.count_for_customer(editor.state.customer_id) == 1
    assert "I have sent it" in editor.send_panel.result.text()
    with qtbot.waitSignal(editor.contact_logged) as logged:
        editor.send_panel.confirm_sent.click()
    contact = business.contacts.get(logged.args[0])
    assert QGuiApplication.clipboard().text() == editor.draft.toPlainText() == contact.text
    assert contact.in_reply_to == angry_id and contact.direction is Direction.OUTBOUND
    assert contact.summary.startswith("Calm reply, started early after 0 minutes")
    assert "(s)" not in contact.summary and ";" not in contact.summary
    kind, detail = business.replies.events(editor.state.id or 0)[-1]
    assert kind == "sent" and detail["record"]["cooling_overridden"]  # type: ignore[index]
    assert editor.state.status is ReplyStatus.SENT
    assert editor.draft.isReadOnly()
    assert editor.send_panel.result.text().startswith("Logged as sent (clipboard)")


def test_sending_through_the_mail_program_and_as_an_eml_file(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    monkeypatch,
    tmp_path: Path,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.reply.editor_finishing.QDesktopServices.openUrl",
        lambda url: (
            opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)) or True
        ),
    )
    editor = signed(open_editor(angry_id), qtbot)
    editor.send_panel.mail.click()
    day = long_date(business.contacts.get(angry_id).occurred_at)  # in the local time zone
    subject = quote(f"Re: your message of {day}", safe="")
    assert opened[0].startswith(f"mailto:morwenna@example.com?subject={subject}&body=Dear")
    target = tmp_path / "reply.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "Email (*.eml)"))
    editor.send_panel.eml.click()
    eml = target.read_text()
    assert f"Subject: Re: your message of {day}" in eml and "To: morwenna@example.com" in eml
    assert "Your refund of $84.00 went out today." in eml
    editor.send_panel.confirm_sent.click()
    assert editor.state.sent_via == ["mail program", "eml file"]
    assert business.contacts.count_for_customer(editor.state.customer_id) == 2  # logged once


def test_calling_instead_is_logged_as_a_call(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    editor.send_panel.call_notes.setPlainText("Spoke for ten minutes; replacement agreed.")
    editor.send_panel.call_minutes.setValue(10)
    with qtbot.waitSignal(editor.contact_logged) as logged:
        editor.send_panel.log_call.click()
    call = business.contacts.get(logged.args[0])
    assert call.channel is Channel.PHONE and call.in_reply_to == angry_id
    assert editor.state.status is ReplyStatus.CALLED


def test_refund_cancel_and_unsubscribe_are_logged_as_actions(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    # Nothing is offered by default: the refund and the cancellations are the owner's choice.
    panel = editor.send_panel
    assert panel.refund.text() == ""
    assert not panel.cancel.isChecked() and not panel.unsubscribe.isChecked()
    panel.refund.setText("84.00")
    panel.cancel.setChecked(True)
    panel.unsubscribe.setChecked(True)
    editor.send_panel.reference.setText("R-77")
    with qtbot.waitSignal(editor.reply_finished):
        editor.send_panel.settle.click()
    actions = [d for k, d in business.replies.events(editor.state.id or 0) if k == "action"]
    assert [(a["kind"], a["amount"]) for a in actions] == [
        ("refund", "84.00"),
        ("cancel", ""),
        ("unsubscribe", ""),
    ]
    assert "Logged: refund, cancel, unsubscribe" in editor.send_panel.result.text()


def test_unfinished_replies_can_be_resumed(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "Dear Morwenna,")
    editor.save_now()
    listing = UnfinishedReplies(business, editor.state.customer_id)
    qtbot.addWidget(listing)
    assert listing.heading.text() == "1 unfinished reply"
    assert listing.list.item(0).text().startswith("Step 3 of 7 · Draft — started")
    assert "“Dear Morwenna,…”" in listing.list.item(0).text()
    with qtbot.waitSignal(listing.resume_requested) as resume:
        listing.resume.click()
    resumed = open_editor(reply_id=resume.args[0])
    assert resumed.draft.toPlainText() == "Dear Morwenna,"


def test_a_threat_is_met_with_advice_not_a_phone_call(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from app.core.domain import Category, Customer
    from tests.helpers.fixtures import inbound

    customer = business.customers.add(Customer(name="Vic Threat"))
    threat = business.contacts.log(
        customer,
        inbound(
            "I'll be waiting for your staff after work.",
            clock() - timedelta(hours=1),
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
    )
    editor = open_editor(threat)
    assert not editor.threat_banner.isHidden()
    assert "Report a threat of harm to the police" in editor.threat_banner.text()
    assert editor.send_panel.call_box.isHidden()
