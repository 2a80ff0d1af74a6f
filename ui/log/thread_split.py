""" "Log them one by one" in Log a contact: a pasted thread becomes one contact per message,
with what the owner typed beside it (app/importing/pasted_thread.py), and the owner is told
where each thing went."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import SteadyError
from app.importing.batch_report import ImportReport
from app.importing.pasted_thread import TypedBeside
from app.services import Services
from ui.log.contact_form import ContactForm
from ui.log.evidence_list import EvidenceList
from ui.shell.messages import tell_error


def log_one_by_one(
    parent: QWidget,
    services: Services,
    customer_id: int,
    form: ContactForm,
    evidence: EvidenceList,
) -> list[int] | None:
    """The new contacts' ids, or None when the dialog must stay open: something was not
    logged, and what the owner typed (and its kept draft) is still needed."""
    details = form.details()
    files = evidence.new_attachments()
    typed = TypedBeside(
        channel=details.channel,
        summary=details.summary,
        url=details.url.strip(),
        staff=details.staff.strip(),
        minutes=details.minutes,
        files=tuple(files),
    )
    try:
        report = services.imports.import_pasted(customer_id, details.text, details.channel, typed)
    except SteadyError as error:
        tell_error(parent, error, "The messages were not logged")
        return None
    if report.failed or not report.imported:
        tell_error(parent, SteadyError(_not_logged(report)), "Not every message was logged")
        return None
    ids = [item.contact_id for item in report.imported]
    told = _where_things_went(report, typed, bool(details.categories) or details.severity > 1)
    if told:
        QMessageBox.information(parent, "Logged one by one", told)
    return ids


def _not_logged(report: ImportReport) -> str:
    if report.failed:
        return (
            f"{report.summary()} {report.failed[0].reason} What you typed and the files are "
            "still here; Log them one by one again logs the rest (a message already logged is "
            "not logged twice)."
        )
    return (
        "Every message of this thread is already in the log, so nothing was logged. What you "
        "typed and the files are still here: save them as a contact of their own, or cancel."
    )


def _time_notes(report: ImportReport) -> list[str]:
    """Each message's notes on its time; that a time gave no zone is said once for them all
    (a pasted chat of forty lines would say it forty times). Each contact keeps its own."""
    unzoned: dict[str, None] = {}  # the zones they were read in, in order
    notes = []
    for item in report.imported:
        local = item.read_as_local
        if local is not None:
            unzoned[local.zone] = None
        kept = [warning for warning in item.warnings if local is None or warning != local.note]
        if kept:
            notes.append(f"“{item.label}”: {' '.join(kept)}")
    if unzoned:
        zones = " or ".join(unzoned)
        notes.append(f"Times written without a time zone were read as your local time ({zones}).")
    return notes


def _where_things_went(report: ImportReport, typed: TypedBeside, chose_categories: bool) -> str:
    """Said only when it is not obvious: files and minutes sit with one message, the
    categories the owner ticked were about the thread, not each message, and a message's
    time was read with a caveat."""
    first = report.imported[0]
    said = []
    if typed.files or typed.minutes:
        kept = [f.filename for f in typed.files]
        if typed.minutes:
            kept.append(f"the {typed.minutes} minutes it cost")
        said.append(f"{', '.join(kept)}: with the first message logged, “{first.label}”.")
    if chose_categories:
        said.append(
            "The categories and severity you chose were not copied to each message: each has "
            "what its own words suggest. Open a message to change them."
        )
    # How a message's time was read (a date completed, a time the clocks went through
    # twice), as the import report would say it: the owner corrects the contact if wrong.
    said += _time_notes(report)
    if not said:
        return ""
    return f"{len(report.imported)} messages were logged as {typed.channel.label}.\n\n" + (
        "\n".join(said)
    )
