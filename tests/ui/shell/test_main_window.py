"""The window driven as a shop owner would: add a customer, log, search, open, correct."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.core.domain import Category, Customer
from app.core.errors import DiskFullError
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_view import ContactDialog
from ui.log.customer_dialog import CustomerDialog
from ui.log.search_dialog import SearchDialog
from ui.shell.main_window import MainWindow
from ui.shell.steady_window import steady_window

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def _show_new_customer(window: MainWindow, services: Services, name: str) -> int:
    customer_id = services.customers.add(Customer(name=name))
    window.refresh_customers()
    window.select_first_customer()
    return customer_id


def _timeline_texts(window: MainWindow) -> list[str]:
    model = window.page.timeline_model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_empty_database_says_what_to_do_first(window: MainWindow) -> None:
    assert window.right.currentWidget() is window.empty_state
    assert "No customers yet" in window.empty_text.text()
    assert not window.log_contact_action.isEnabled()
    assert window.customer_count_label.text() == "0 customers"


def test_add_a_customer_through_the_dialog(qtbot, window: MainWindow, services) -> None:
    window.new_customer_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name_edit, "Victor Hale")
    dialog.emails_edit.setPlainText("v.hale@example.com\nvictor@work.example")
    dialog.paid_edit.setText("239.40")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    assert window.dialog is None
    table = window.customer_list.table
    assert table.model().index(0, 0).data() == "Victor Hale"
    assert table.model().index(0, 2).data() == "0"
    assert window.right.currentWidget() is window.page
    assert window.page.name_label.text() == "Victor Hale"
    assert window.page.paid_label.text() == "$239.40"
    saved = services.customers.get(window.current_customer())
    assert saved.emails == ("v.hale@example.com", "victor@work.example")
    assert saved.amount_paid == Decimal("239.40")


def test_log_a_contact_and_see_it_in_the_timeline(
    qtbot, window: MainWindow, services: Services
) -> None:
    _show_new_customer(window, services, "Tasha Morrow")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.page.timeline, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, LogContactDialog)
    form = dialog.form
    qtbot.keyClicks(form.summary_edit, "Threatened a one-star review")
    form.words_edit.setPlainText("Refund me today or\nI post everywhere that you are crooks.")
    form.category_boxes[Category.THREAT_PUBLIC].setChecked(True)
    form.severity_box.setCurrentIndex(2)
    form.minutes_spin.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert window.dialog is None
    texts = _timeline_texts(window)
    assert len(texts) == 1
    assert "Email · From the customer · severity 3 · hostile" in texts[0]
    assert "Threatened a one-star review" in texts[0]
    assert "Threat of public retaliation / bad reviews" in texts[0]
    assert "“Refund me today or”" in texts[0]
    assert window.page.timeline_title.text() == "Log — 1 contact, newest first"
    assert window.customer_list.model.index(0, 2).data() == "1"
    assert window.page.time_label.text().startswith("20 min, worth $13.33")


def test_search_finds_the_contact_and_opens_it(
    qtbot, window: MainWindow, services: Services
) -> None:
    first = services.customers.add(Customer(name="Gordon Pryce"))
    other = services.customers.add(Customer(name="Renée Delacroix"))
    services.contacts.log(first, inbound("The upload failed again", AT))
    wanted = services.contacts.log(other, inbound("I will post a review about this", AT))
    window.refresh_customers()
    window.select_first_customer()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.customer_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search_dialog
    assert isinstance(search, SearchDialog)
    qtbot.keyClicks(search.query_edit, "revi")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    html = search.model.index(0).data(Qt.ItemDataRole.UserRole + 2)
    assert "<span" in html and ">review</span>" in html
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)

    assert window.current_customer() == other
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.contact_id == wanted
    assert dialog.form.words_edit.exact_text() == "I will post a review about this"


def test_correct_a_contact_and_see_the_revision(
    qtbot, window: MainWindow, services: Services
) -> None:
    customer = _show_new_customer(window, services, "Pat Example")
    contact = services.contacts.log(customer, inbound("I will sue", AT, summary="Legal threat"))
    window.page.refresh()
    view = window.page.timeline
    view.setCurrentIndex(view.model().index(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.form.words_edit.isReadOnly()

    dialog.correct_button.click()
    dialog.form.words_edit.setPlainText("I will sue you tomorrow")
    qtbot.keyClicks(dialog.reason_edit, "Listened to the voicemail again")
    dialog.save_button.click()

    history = [dialog.history.item(i).text() for i in range(dialog.history.count())]
    assert history[0].startswith("Original — logged")
    assert history[1].startswith("Revision 1") and "Listened to the voicemail again" in history[1]
    assert dialog.form.words_edit.toPlainText() == "I will sue you tomorrow"
    assert "Changed: exact words." in dialog.version_label.text()
    dialog.history.setCurrentRow(0)
    assert dialog.form.words_edit.toPlainText() == "I will sue"
    assert "original" in dialog.version_label.text()
    assert services.contacts.revisions(contact)[0].details.text == "I will sue"
    assert "corrected (revision 1)" in _timeline_texts(window)[0]


def test_a_refused_save_keeps_everything_typed(
    qtbot, window: MainWindow, services: Services, message_boxes: MessageBoxes, monkeypatch
) -> None:
    _show_new_customer(window, services, "Pat Example")
    window.log_contact_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LogContactDialog)
    qtbot.keyClicks(dialog.form.summary_edit, "Called shouting")
    dialog.form.words_edit.setPlainText("You'll regret this")

    def disk_full(*_args: object, **_kwargs: object) -> int:
        raise DiskFullError()

    monkeypatch.setattr(services.contacts, "log", disk_full)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert message_boxes.texts("warning") == [str(DiskFullError())]
    assert window.dialog is dialog and dialog.isVisible()
    assert dialog.form.summary_edit.text() == "Called shouting"
    assert dialog.form.words_edit.exact_text() == "You'll regret this"


def test_missing_words_are_explained_and_the_dialog_stays(
    window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    _show_new_customer(window, services, "Pat Example")
    window.log_contact_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LogContactDialog)
    dialog.save()
    assert "exact words" in message_boxes.texts("warning")[0]
    assert window.dialog is dialog


def test_log_contact_with_files_opens_the_dialog_with_them_attached(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    customer = services.customers.add(Customer(name="Pat Example"))
    window.refresh_customers()
    saved = tmp_path / "angry.eml"
    saved.write_bytes(b"From: pat@example.com\r\nSubject: you again\r\n\r\nHello")
    window.log_contact_with_files([str(saved)], customer)
    dialog = window.dialog
    assert isinstance(dialog, LogContactDialog)
    assert dialog.customer_id == customer
    assert [row[0] for row in dialog.evidence.rows()] == ["angry.eml"]


def test_demo_banner_shows_only_for_the_demo(qtbot, demo_services: Services, tmp_path) -> None:
    demo = steady_window(demo_services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(demo)
    demo.show()
    assert demo.demo_banner.isVisible()
    assert "nothing here is real" in demo.demo_banner.text()


def test_window_size_and_splitter_are_remembered(qtbot, services: Services, tmp_path: Path) -> None:
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = steady_window(services, ui_state=state, drafts_folder=tmp_path)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.splitter.setSizes([250, 450])
    first.close()
    again = steady_window(services, ui_state=state, drafts_folder=tmp_path)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_a_size_kept_from_another_screen_gives_way_to_this_ones(
    qtbot, services: Services, tmp_path: Path
) -> None:
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    fresh = steady_window(services, ui_state=state, drafts_folder=tmp_path)
    qtbot.addWidget(fresh)
    default = (fresh.width(), fresh.height())
    fresh.show()
    fresh.resize(420, 300)
    fresh.close()
    # The owner last used Steady on a big monitor, and opens it now on the laptop.
    state.setValue("main/screen", "2560x1440")
    again = steady_window(services, ui_state=state, drafts_folder=tmp_path)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == default != (420, 300)


def test_extension_points_add_actions_and_sections(window: MainWindow) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    reply = QAction("Reply calmly…", window)
    window.add_customer_action(reply)
    section = QLabel("Standing: threats found")
    window.add_customer_page_section(section)
    assert reply in window.customer_menu.actions()
    assert reply in window.page.actions_bar.actions()
    assert window.page.isAncestorOf(section)


def test_verify_tells_the_result(
    qtbot, window: MainWindow, services: Services, message_boxes: MessageBoxes
) -> None:
    services.customers.add(Customer(name="Pat Example"))
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: window.verify_task is None)
    box = window.verify_result
    assert box.windowTitle() == "The log verifies"
    assert box.text() == "Nothing in your log was changed."
    assert "chain correctly" in box.detailedText() and "Head hash" in box.detailedText()
    box.close()


def test_a_filter_that_matches_nobody_says_so(qtbot, window: MainWindow, services) -> None:
    _show_new_customer(window, services, "Pat Example")
    assert window.right.currentWidget() is window.page
    window.customer_list.filter_box.setText("zzz")
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.empty_state)
    assert "No customer matches" in window.empty_text.text()
    assert not window.log_contact_action.isEnabled()
    window.customer_list.filter_box.clear()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.page)
    assert window.page.name_label.text() == "Pat Example"


def test_quitting_mid_contact_keeps_the_typing_as_a_draft(window: MainWindow, services) -> None:
    customer = _show_new_customer(window, services, "Pat Example")
    window.log_contact_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LogContactDialog)
    dialog.form.words_edit.setPlainText("typed a second before quitting")
    window.close()
    draft = window.drafts.load(customer)
    assert draft is not None and draft.fields["text"] == "typed a second before quitting"


def test_edit_a_customer_and_see_the_change(window: MainWindow, services: Services) -> None:
    customer = _show_new_customer(window, services, "Pat Example")
    window.edit_customer_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CustomerDialog)
    assert dialog.name_edit.text() == "Pat Example"
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("warned"))
    dialog.handles_edit.setPlainText("Instagram: @pat\nX: @pat_ex")
    dialog.save()
    assert window.customer_list.model.index(0, 1).data() == "Warned"
    assert window.page.status_label.text() == "Warned"
    assert window.page.handles_label.text() == "Instagram: @pat\nX: @pat_ex"
    assert services.customers.get(customer).handles == ("Instagram: @pat", "X: @pat_ex")


def test_a_bad_email_keeps_the_customer_dialog_open(
    window: MainWindow, message_boxes: MessageBoxes
) -> None:
    window.new_customer_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CustomerDialog)
    dialog.name_edit.setText("Pat")
    dialog.emails_edit.setPlainText("pat(at)example")
    dialog.save()
    assert "does not look like an email" in message_boxes.texts("warning")[0]
    assert window.dialog is dialog and dialog.name_edit.text() == "Pat"


def test_the_count_of_customers_is_the_whole_book_whatever_the_list_shows(
    qtbot, window: MainWindow, services
) -> None:
    from app.core.domain import Customer

    for name in ("Victor Hale", "Renée Delacroix", "Tasha Morrow"):
        services.customers.add(Customer(name=name))
    window.refresh_customers()
    assert window.customer_count_label.text() == "3 customers"
    window.customer_list.filter_box.setText("Tasha")  # applied once typing pauses
    qtbot.waitUntil(lambda: window.customer_list.model.rowCount() == 1)
    services.customers.add(Customer(name="Gordon Pryce"))
    window.refresh_customers()
    assert window.customer_list.model.rowCount() == 1  # still filtered to Tasha
    assert window.customer_count_label.text() == "4 customers"
