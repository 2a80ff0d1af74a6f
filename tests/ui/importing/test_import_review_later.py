"""An import dialog closed without Done leaves its suggestions waiting, not decided: the owner
is told they can be reviewed later, and the contact's view lists them."""

from __future__ import annotations

from pathlib import Path

from app.core.domain import Category
from app.importing.review import SuggestionReview
from app.services import Services
from tests.helpers.import_fixtures import email
from ui.importing.import_dialog import ImportDialog
from ui.log.contact_view import ContactDialog


def test_closed_without_done_the_suggestions_wait_for_the_contacts_view(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email("I will sue you.")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    group = dialog.results.topLevelItem(0)
    assert (group.text(0), group.text(1)) == (
        "Suggested categories",
        "Untick any that is wrong, then press Done (or review them later in each contact's view)",
    )
    dialog.reject()  # Escape, or the window's close button
    [waiting] = SuggestionReview(shop.store).waiting(angry_customer_id)
    assert waiting.category is Category.THREAT_LEGAL
    view = ContactDialog(shop, waiting.contact_id)
    qtbot.addWidget(view)
    assert view.suggestions.rows_text() == ["Threat of legal action, because of “I will sue”"]
