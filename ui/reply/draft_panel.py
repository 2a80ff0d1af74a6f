"""Step 3's side panel: the original quoted, the checklist of points to answer (the
message's threats shown apart, never to be answered point by point), the product test facts,
and the templates to start from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Contact
from app.reply.checklist import is_product_problem
from app.reply.steps import ChecklistItem, ProductTest
from app.reply.templates import TEMPLATES
from ui.reply.early_steps import heading, message_view
from ui.shell.plain_text import plain_label
from ui.shell.status_colours import Tone, show_as_banner
from ui.shell.visible_ticks import keep_ticks_visible

POINT_KINDS = {"question": "Question", "complaint": "Complaint", "demand": "Demand"}
# Step 1's advice on a threat, said again where the points are listed: nothing to tick.
THREAT_HEADING = "Threat — do not argue it; if you reply, say the conversation is over:"
THREATS_HEADING = "Threats — do not argue them; if you reply, say the conversation is over:"
PRODUCT_FIELDS = (
    ("tested", "What you tested", "e.g. uploading a 2 GB folder"),
    ("version", "On which version", "e.g. 4.2.1"),
    ("system", "On which system", "e.g. Windows 11, Chrome 130"),
    ("result", "The result", "e.g. it uploaded in full, twice"),
)


class DraftPanel(QWidget):
    checklist_changed = Signal()
    product_changed = Signal()
    template_chosen = Signal(str)
    insert_product = Signal()

    def __init__(self, original: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading("Their message"))
        top_layout.addWidget(message_view(original), 1)
        split.addWidget(top)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(heading("Points your reply must answer — tick each one"))
        self.checklist = QListWidget()
        keep_ticks_visible(self.checklist)
        self.checklist.setAccessibleName("Points the reply must answer")
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(lambda _item: self.checklist_changed.emit())
        middle_layout.addWidget(self.checklist, 1)
        self.checklist_note = plain_label()
        self.checklist_note.setWordWrap(True)
        middle_layout.addWidget(self.checklist_note)
        self.threats = plain_label()
        self.threats.setObjectName("checklist_threats")
        self.threats.setAccessibleName("Threats in the message: not points to answer")
        self.threats.setWordWrap(True)
        show_as_banner(self.threats, Tone.DANGER)
        self.threats.setVisible(False)
        middle_layout.addWidget(self.threats)
        split.addWidget(middle)
        layout.addWidget(split, 1)

        self.product_box = QGroupBox("A product problem? Record what you tested")
        self.product_box.setCheckable(False)
        form = QFormLayout(self.product_box)
        self.product: dict[str, QLineEdit] = {}
        for key, label, hint in PRODUCT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"product_{key}")
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(lambda _text: self.product_changed.emit())
            form.addRow(label + ":", edit)
            self.product[key] = edit
        self.insert_facts = QPushButton("Insert what I know for certain")
        self.insert_facts.clicked.connect(self.insert_product)
        form.addRow(self.insert_facts)
        layout.addWidget(self.product_box)
        # Only where a product failed; a late parcel or a forum ban has nothing to test. Steady
        # reads the words only, so the owner who knows better opens it in one click.
        self.show_product = QPushButton("A product problem? Record what you tested…")
        self.show_product.setObjectName("show_product")
        self.show_product.clicked.connect(self._on_show_product_clicked)
        layout.addWidget(self.show_product, 0, Qt.AlignmentFlag.AlignLeft)
        self._product_problem = is_product_problem(original.text)
        self._show_product_box(self._product_problem)

        templates = QHBoxLayout()
        self.templates = QComboBox()
        self.templates.setObjectName("templates")
        # The longest title would widen the whole column (and cut the customer's message).
        self.templates.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.templates.setMinimumContentsLength(12)
        for template in TEMPLATES:
            self.templates.addItem(template.title, template.key)
            self.templates.setItemData(
                self.templates.count() - 1, template.when, Qt.ItemDataRole.ToolTipRole
            )
        self._template_chosen = False  # the owner picked one: Steady no longer suggests
        self.templates.activated.connect(self._on_template_picked)
        self.use_template = QPushButton("Start from this template")
        self.use_template.clicked.connect(
            lambda: self.template_chosen.emit(self.templates.currentData())
        )
        templates.addWidget(QLabel("Template:"))
        templates.addWidget(self.templates, 1)
        templates.addWidget(self.use_template)
        layout.addLayout(templates)

    def load(self, checklist: list[ChecklistItem], product: ProductTest) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        points = [item for item in checklist if item.is_point]
        threats = [item.text for item in checklist if not item.is_point]
        for item in points:
            row = QListWidgetItem(f"{POINT_KINDS.get(item.kind, 'Point')}: {item.text}")
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            self.checklist.addItem(row)
        self.checklist.blockSignals(False)
        if points:
            note = ""
        elif threats:
            note = "No question, complaint or demand was found beside the threat."
        else:
            note = (
                "No question, complaint or demand was found in the message. Answer what it "
                "says, in your own words."
            )
        self.checklist_note.setText(note)
        self.checklist_note.setVisible(bool(note))  # an empty line would push the threat away
        self.threats.setText(
            "\n".join(
                [THREAT_HEADING if len(threats) == 1 else THREATS_HEADING]
                + [f"“{text}”" for text in threats]
            )
        )
        self.threats.setVisible(bool(threats))
        if threats and not self._template_chosen:
            # A threat is not answered point by point: the warning template is offered first.
            self.templates.setCurrentIndex(max(0, self.templates.findData("boundary")))
        if any(getattr(product, key) for key in self.product):
            self._show_product_box(True)  # what was recorded stays in view
        for key, edit in self.product.items():
            value = getattr(product, key)
            if edit.text() != value:
                edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(False)

    def _show_product_box(self, shown: bool) -> None:
        self.product_box.setVisible(shown)
        self.show_product.setVisible(not shown)

    def _on_show_product_clicked(self) -> None:
        self._show_product_box(True)
        self.product["tested"].setFocus()

    def _on_template_picked(self, _index: int) -> None:
        self._template_chosen = True

    def ticks(self) -> list[bool]:
        return [
            self.checklist.item(row).checkState() == Qt.CheckState.Checked
            for row in range(self.checklist.count())
        ]

    def product_test(self) -> ProductTest:
        return ProductTest(**{key: edit.text() for key, edit in self.product.items()})
