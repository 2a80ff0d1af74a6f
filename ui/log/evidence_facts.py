"""Facts about a logged contact's evidence, none touching its words: where a message imported
from a mailbox came from (shown), where a screenshotted post was published and which policy
clause the contact breaks (added, each its own ledgered record)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.importing.records import PostDetails
from app.services import Services
from ui.log.clock_question import field_moment
from ui.shell.date_fields import DateTimeField
from ui.shell.dates import date_time_format
from ui.shell.screen_fit import fit_to_screen

PLATFORMS = (
    "X (Twitter)",
    "Facebook",
    "Instagram",
    "TikTok",
    "Reddit",
    "YouTube",
    "Google reviews",
    "Trustpilot",
    "Yelp",
    "Forum",
    "Other",
)


def where_it_came_from(services: Services, contact_id: int) -> QLabel:
    """The mailbox a message came from, its size and SHA-256, and the message's bytes in it;
    hidden for a contact that did not come from a mailbox."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    place = services.imports.mailbox_place(contact_id)
    label.setText(f"Where it came from: {place.described()}" if place is not None else "")
    label.setVisible(place is not None)
    return label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PostDetailsDialog(QDialog):
    """Platform, full URL, poster's handle and post time for a screenshot of a post."""

    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._contact_id = contact_id
        self.setWindowTitle("Where and when was this posted?")
        known = services.imports.posts.get(contact_id) or PostDetails()
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(("", *PLATFORMS))
        self.platform.setCurrentText(known.platform)
        self.platform.setAccessibleName("Platform")
        line = self.platform.lineEdit()
        if line is not None:
            line.setPlaceholderText("Facebook, Google reviews… (choose or type)")
        self.url = QLineEdit(known.url)
        self.url.setAccessibleName("Link to the post")
        self.url.setPlaceholderText("https://… (copy it from the browser's address bar)")
        self.handle = QLineEdit(known.handle)
        self.handle.setAccessibleName("Account that posted it")
        self.handle.setPlaceholderText("@name of the person who posted it")
        self.time_known = QCheckBox("I know when it was posted:")
        posted = known.posted_at or services.contacts.get(contact_id).occurred_at
        self.posted = DateTimeField(QDateTime.fromSecsSinceEpoch(int(posted.timestamp())))
        self.posted.setAccessibleName("When it was posted")
        self.posted.setCalendarPopup(True)
        self.posted.setDisplayFormat(date_time_format())
        self.time_known.setChecked(known.posted_at is not None)
        explain = QLabel(
            "A screenshot of a post is strong evidence only with where it was published, who "
            "posted it and when. The screenshot itself is not changed."
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Platform:", self.platform)
        form.addRow("Full URL:", self.url)
        form.addRow("Poster's handle:", self.handle)
        form.addRow(self.time_known, self.posted)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, "Save details"))
        self._known = known
        self._opened_at = posted
        self._posted_at: datetime | None = None  # what Save settled on, asked if need be
        # At its bare minimum the hints, the only explanation of each field, were cut mid-word.
        fit_to_screen(self, 560, self.sizeHint().height())

    def details(self) -> PostDetails:
        posted = (
            self._posted_at
            or datetime.fromtimestamp(self.posted.dateTime().toSecsSinceEpoch()).astimezone()
            if self.time_known.isChecked()
            else None
        )
        return PostDetails(
            platform=self.platform.currentText().strip(),
            url=self.url.text().strip(),
            handle=self.handle.text().strip(),
            posted_at=posted,
            captured_at=self._known.captured_at,
            captured_from=self._known.captured_from or "entered",
        )

    def accept(self) -> None:
        if self.time_known.isChecked():
            self._posted_at = field_moment(self, self.posted, self._opened_at)
            if self._posted_at is None:
                self.posted.setFocus()
                return
        try:
            self._services.imports.posts.record(self._contact_id, self.details())
        except SteadyError as error:
            QMessageBox.warning(self, "Post details", str(error))
            return
        super().accept()


class ClauseTagDialog(QDialog):
    """Mark the contact as breaking a clause of one version of a policy, or withdraw a tag
    recorded by mistake (it stays in the log, marked withdrawn with the reason)."""

    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._contact_id = contact_id
        self.setWindowTitle("Which policy does this break?")
        contact = services.contacts.get(contact_id)
        in_force = {
            version.id
            for version in services.policies.in_force(contact.customer_id, contact.occurred_at)
        }
        tagged = [t for t in services.policies.contact_tags(contact_id) if t.withdrawn_at is None]
        # Never a guess: a contact about the refund policy must not start on whichever policy
        # happened to be listed last. The one already tagged, or the owner picks.
        self.version = QComboBox()
        self.version.addItem("Choose the policy…", None)
        for policy in services.policies.policies():
            for version in services.policies.versions(policy.id):
                label = f"{version.policy_name}, version {version.version} " + (
                    "(in force then)"
                    if version.id in in_force
                    else f"(from {version.effective_from:%Y-%m-%d})"
                )
                self.version.addItem(label, version.id)
        if tagged:
            self.version.setCurrentIndex(
                max(0, self.version.findData(tagged[-1].policy_version_id))
            )
        self.version.setAccessibleName("Policy")
        self.clause = QLineEdit()
        self.clause.setPlaceholderText("e.g. section 2, “Treating our staff with respect”")
        self.note = QLineEdit()
        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName("Tags on this contact")
        self.tag_list.setWordWrap(True)
        self.tag_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.withdraw_button = QPushButton("Withdraw the selected tag…")
        self.withdraw_button.clicked.connect(self.withdraw_tag)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Policy:", self.version)
        form.addRow("Clause:", self.clause)
        form.addRow("Note:", self.note)
        layout = QVBoxLayout(self)
        if self.version.count() == 1:
            layout.addWidget(QLabel("No policies yet: add your terms under Customer ▸ Policies…"))
        self.tags_heading = QLabel("Already tagged on this contact:")
        layout.addWidget(self.tags_heading)
        layout.addWidget(self.tag_list)
        layout.addWidget(self.withdraw_button)
        layout.addWidget(self.message_label)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, "Tag the contact"))
        self._show_tags()

    def _show_tags(self) -> None:
        self.tag_list.clear()
        tags = self._services.policies.contact_tags(self._contact_id)
        for tag in tags:
            version = self._services.policies.version(tag.policy_version_id)
            text = (
                f"{version.policy_name}, version {version.version}: {tag.clause} "
                f"(tagged {tag.tagged_at.astimezone():%Y-%m-%d})"
            )
            item = QListWidgetItem(text)
            if tag.withdrawn_at is not None:
                item.setText(
                    f"WITHDRAWN {tag.withdrawn_at.astimezone():%Y-%m-%d}: {text} — "
                    f"{tag.withdrawn_reason}"
                )
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.tag_list.addItem(item)
        for widget in (self.tags_heading, self.tag_list, self.withdraw_button):
            widget.setVisible(bool(tags))
        self.withdraw_button.setEnabled(any(t.withdrawn_at is None for t in tags))

    def withdraw_tag(self) -> None:
        item = self.tag_list.currentItem()
        if item is None:
            self.message_label.setText("Choose the tag to withdraw in the list first.")
            return
        reason, ok = QInputDialog.getText(
            self,
            "Withdraw the tag",
            "Why is it withdrawn? (e.g. tagged with the wrong policy). The tag stays in the "
            "log, marked withdrawn with this reason; packets no longer count it.",
        )
        if not ok:
            return
        try:
            self._services.policies.withdraw_clause_tag(
                self._contact_id, int(item.data(Qt.ItemDataRole.UserRole)), reason
            )
        except SteadyError as error:
            self.message_label.setText(str(error))
            return
        self.message_label.setText("Tag withdrawn; packets no longer count it.")
        self._show_tags()

    def accept(self) -> None:
        version_id = self.version.currentData()
        if version_id is None:
            QMessageBox.information(
                self,
                "Policy clause",
                "Add your policies first (Customer ▸ Policies…)."
                if self.version.count() == 1
                else "Choose the policy this contact breaks.",
            )
            return
        try:
            self._services.policies.tag_contact(
                self._contact_id, int(version_id), self.clause.text(), self.note.text()
            )
        except SteadyError as error:
            QMessageBox.warning(self, "Policy clause", str(error))
            return
        super().accept()
