"""The policy library: every version's exact wording and the date it took effect. "New
version" saves new wording beside the old, which never changes. With a customer, it also shows
and records which version they agreed to, when and how, with the evidence file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.services import Services
from app.standing.policies import AGREEMENT_METHODS, STANDARD_POLICIES
from ui.log.clock_question import field_moment
from ui.log.evidence_kinds import CheckedFile, checked_file
from ui.shell.date_fields import DateTimeField
from ui.shell.dates import date_time_format, shown_when
from ui.shell.messages import confirm
from ui.shell.plain_text import plain_label
from ui.shell.row_keys import never_default, rows_take_enter
from ui.shell.screen_fit import fit_to_screen
from ui.shell.status_colours import Tone, show_as_banner
from ui.standing.agreement_date import AgreementDateEdit

ID_ROLE = Qt.ItemDataRole.UserRole


class PoliciesDialog(QDialog):
    def __init__(
        self, services: Services, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._customer_id = customer_id
        self.setWindowTitle("Policies and agreements")
        fit_to_screen(self, 900, 560)
        self.policy_list = QListWidget()
        self.policy_list.setAccessibleName("Policies")
        self.new_policy_edit = QLineEdit()
        self.new_policy_edit.setAccessibleName("Name of a new policy")
        self.new_policy_edit.setPlaceholderText("New policy, e.g. " + STANDARD_POLICIES[1])
        self.add_policy_button = QPushButton("Add policy")
        self.version_list = QListWidget()
        self.version_list.setAccessibleName("Versions of the policy")
        self.text_view = QPlainTextEdit()
        self.text_view.setAccessibleName("Exact wording of the policy")
        self.text_view.setReadOnly(True)
        self.effective_edit = DateTimeField(QDateTime.currentDateTime())
        opened = self.effective_edit.dateTime().toSecsSinceEpoch()
        self._opened_at = dt.datetime.fromtimestamp(opened).astimezone()
        self.effective_edit.setAccessibleName("In force from")
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat(date_time_format())
        self.new_version_button = QPushButton("New version…")
        self.save_version_button = QPushButton("Save as new version")
        self.save_version_button.hide()
        self.message_label = plain_label()
        self.message_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel("Policies"))
        left.addWidget(self.policy_list, 1)
        left.addWidget(self.new_policy_edit)
        left.addWidget(self.add_policy_button)
        middle = QVBoxLayout()
        middle.addWidget(QLabel("Versions (old ones never change)"))
        middle.addWidget(self.version_list, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("Exact wording"))
        right.addWidget(self.text_view, 1)
        effective = QHBoxLayout()
        effective.addWidget(QLabel("Takes effect:"))
        effective.addWidget(self.effective_edit)
        effective.addStretch(1)
        effective.addWidget(self.new_version_button)
        effective.addWidget(self.save_version_button)
        right.addLayout(effective)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(middle, 2)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        self.first_use_hint = QLabel(
            "How this works: 1. add a policy on the left (e.g. your terms of service); "
            "2. paste its exact wording and the date it took effect, then save the version; "
            "3. below, record when and how this customer agreed to it. Editing a policy later "
            "saves a new version; the old wording is kept as it was."
        )
        self.first_use_hint.setWordWrap(True)
        show_as_banner(self.first_use_hint, Tone.INFO)
        self.first_use_hint.setVisible(not services.policies.policies())
        layout.addWidget(self.first_use_hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message_label)

        self.agreement_list = QListWidget()
        self.agreement_list.setAccessibleName("What this customer agreed to")
        self.agreement_list.setWordWrap(True)
        self.agreement_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agreement_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.method_box = QComboBox()
        self.method_box.addItems(AGREEMENT_METHODS)
        customer = services.customers.get(customer_id) if customer_id is not None else None
        start = (customer.created_at if customer else None) or dt.datetime.now().astimezone()
        self.agreed_edit = AgreementDateEdit(start)
        self.agreed_edit.setAccessibleName("When they agreed")
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setAccessibleName("Evidence of the agreement")
        self.evidence_edit.setPlaceholderText("a signed contract, a checkout screenshot…")
        browse = QPushButton("Choose file…")
        browse.clicked.connect(self._choose_evidence)
        self.record_button = QPushButton("Record agreement to the selected version")
        self.withdraw_button = QPushButton("Withdraw the selected agreement…")
        self.withdraw_button.setToolTip(
            "For an agreement recorded by mistake: it stays in the log, marked withdrawn with "
            "your reason, and packets no longer print it"
        )
        if customer_id is not None:
            name = services.customers.get(customer_id).name
            layout.addWidget(plain_label(f"What {name} agreed to"))
            layout.addWidget(self.agreement_list)
            withdraw_row = QHBoxLayout()
            withdraw_row.addStretch(1)
            withdraw_row.addWidget(self.withdraw_button)
            layout.addLayout(withdraw_row)
            form = QFormLayout()
            form.addRow("How:", self.method_box)
            form.addRow("When:", self.agreed_edit)
            evidence = QHBoxLayout()
            evidence.addWidget(self.evidence_edit, 1)
            evidence.addWidget(browse)
            form.addRow("Evidence:", evidence)
            layout.addLayout(form)
            layout.addWidget(self.record_button)

        self.policy_list.currentItemChanged.connect(self._show_versions)
        self.version_list.currentItemChanged.connect(self._show_text)
        self.add_policy_button.clicked.connect(self.add_policy)
        self.new_policy_edit.returnPressed.connect(self.add_policy)
        self.new_version_button.clicked.connect(self.start_new_version)
        self.save_version_button.clicked.connect(self.save_version)
        self.record_button.clicked.connect(self.record_agreement)
        self.withdraw_button.clicked.connect(self.withdraw_agreement)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        rows_take_enter(self.policy_list, self.version_list, self.agreement_list)
        layout.addWidget(close)
        # Enter in a field does that field's job (the policy name adds it); no button of this
        # window is pressed behind it, and Enter never closes what is half typed.
        never_default(*self.findChildren(QPushButton))
        self.refresh()

    def _selected(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def refresh(self, select: int | None = None) -> None:
        self.policy_list.clear()
        for policy in self._services.policies.policies():
            latest = f" (version {policy.latest.version})" if policy.latest else " (no wording yet)"
            item = QListWidgetItem(policy.name + latest)
            item.setData(ID_ROLE, policy.id)
            self.policy_list.addItem(item)
            if policy.id == select or self.policy_list.count() == 1:
                self.policy_list.setCurrentItem(item)
        self._show_agreements()

    def _show_versions(self) -> None:
        self.version_list.clear()
        policy_id = self._selected(self.policy_list)
        if policy_id is None:
            return
        for version in reversed(self._services.policies.versions(policy_id)):
            item = QListWidgetItem(
                f"Version {version.version} — from {shown_when(version.effective_from)}"
            )
            item.setData(ID_ROLE, version.id)
            self.version_list.addItem(item)
        self.version_list.setCurrentRow(0)
        self._end_editing()

    def _show_text(self) -> None:
        version_id = self._selected(self.version_list)
        if version_id is not None and self.text_view.isReadOnly():
            self.text_view.setPlainText(self._services.policies.version(version_id).text)

    def _show_agreements(self) -> None:
        if self._customer_id is None:
            return
        self.agreement_list.clear()
        for agreement in self._services.policies.agreements(self._customer_id):
            version = self._services.policies.version(agreement.policy_version_id)
            files = " · evidence kept" if agreement.attachment_id else ""
            text = (
                f"{version.policy_name} version {version.version}: {agreement.method}, "
                f"{shown_when(agreement.agreed_at)}{files}"
            )
            item = QListWidgetItem(text)
            if agreement.withdrawn_at is not None:
                # Marked at the start and greyed, the reason on its own lines: a withdrawn
                # agreement never reads as one in force, and nothing runs off the edge.
                item.setText(
                    f"WITHDRAWN — not relied on: {text}\n"
                    f"Withdrawn {shown_when(agreement.withdrawn_at)}: "
                    f"{agreement.withdrawn_reason}"
                )
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setToolTip(item.text())
            item.setData(ID_ROLE, agreement.id)
            self.agreement_list.addItem(item)

    def add_policy(self) -> None:
        try:
            policy_id = self._services.policies.add_policy(self.new_policy_edit.text())
        except SteadyError as error:
            self.message_label.setText(str(error))
            return
        self.new_policy_edit.clear()
        self.refresh(select=policy_id)
        self.start_new_version()

    def start_new_version(self) -> None:
        self.text_view.setReadOnly(False)
        self.text_view.setFocus()
        self.new_version_button.hide()
        self.save_version_button.show()
        self.message_label.setText(
            "Paste or type the exact wording, then save it as a new version. "
            "Earlier versions stay exactly as they were."
        )

    def _end_editing(self) -> None:
        self.text_view.setReadOnly(True)
        self.new_version_button.show()
        self.save_version_button.hide()
        self._show_text()

    def save_version(self) -> None:
        policy_id = self._selected(self.policy_list)
        if policy_id is None:
            return
        effective = field_moment(self, self.effective_edit, self._opened_at)
        if effective is None:
            self.effective_edit.setFocus()
            return
        try:
            self._services.policies.add_version(policy_id, self.text_view.toPlainText(), effective)
        except SteadyError as error:
            self.message_label.setText(str(error))
            return
        self.message_label.setText("Saved as a new version.")
        self.text_view.setReadOnly(True)
        self.refresh(select=policy_id)

    def _choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Evidence of the agreement")
        if path:
            self.evidence_edit.setText(path)

    def record_agreement(self) -> None:
        version_id = self._selected(self.version_list)
        if self._customer_id is None or version_id is None:
            self.message_label.setText("Choose the policy version they agreed to first.")
            return
        agreed = self.agreed_edit.chosen()
        if agreed is None:
            self.message_label.setText(
                "Choose when they agreed (the date on the contract, the order or the email): "
                "an agreement is never recorded as made today unless it was."
            )
            return
        agreed = field_moment(self, self.agreed_edit)
        if agreed is None:
            self.agreed_edit.setFocus()
            return
        try:
            path = self.evidence_edit.text().strip()
            # Checked as Add files… checks a contact's: kept under what its bytes are.
            checked = checked_file(path) if path else None
            if checked is not None and checked.warning and not self._keep_anyway(checked):
                self.message_label.setText(
                    f"Nothing was recorded. {checked.warning} Choose the right file."
                )
                return
            self._services.policies.record_agreement(
                self._customer_id,
                version_id,
                agreed,
                self.method_box.currentText(),
                [checked.attachment] if checked else [],
                # Printed with the agreement in the packet: the file is not what its name says.
                note=checked.warning if checked else "",
            )
        except SteadyError as error:
            self.message_label.setText(str(error))
            return
        self.evidence_edit.clear()
        self.agreed_edit.clear_choice()
        warning = f" {checked.warning}" if checked and checked.warning else ""
        self.message_label.setText(f"Agreement recorded.{warning}")
        self._show_agreements()

    def _keep_anyway(self, checked: CheckedFile) -> bool:
        """Evidence of an agreement that is not what its name says may be the wrong file: the
        owner says so first, for once recorded it stays in the log."""
        return confirm(
            self,
            "Record this file as the evidence?",
            f"{checked.warning} Record the agreement with it anyway? It is kept as what its "
            "bytes are, and the packet says so.",
            "Record with this file",
            "Don't record",
            default_no=True,
        )

    def withdraw_agreement(self) -> None:
        agreement_id = self._selected(self.agreement_list)
        if self._customer_id is None or agreement_id is None:
            self.message_label.setText("Choose the agreement to withdraw in the list first.")
            return
        reason, ok = QInputDialog.getText(
            self,
            "Withdraw the agreement",
            "Why is it withdrawn? (e.g. recorded for the wrong customer). The agreement stays "
            "in the log, marked withdrawn with this reason.",
        )
        if not ok:
            return
        try:
            self._services.policies.withdraw_agreement(self._customer_id, agreement_id, reason)
        except SteadyError as error:
            self.message_label.setText(str(error))
            return
        self.message_label.setText("Agreement withdrawn; packets no longer print it.")
        self._show_agreements()
