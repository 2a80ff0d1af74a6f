"""Use cases for a calm reply: start or resume one, save it as the owner works, set a draft
aside, and finish it — sent, called instead, or refunded and moved on — with the record kept.

Everything that is evidence (an override, a draft set aside, the reply sent, an action) is a
reply event or a kept draft with its ledger entry, written in one transaction."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from app.core.clock import Clock
from app.core.domain import Contact, Customer, Direction
from app.core.errors import InvalidInputError
from app.core.money import money_text
from app.core.ports import ActionRecorder, PolicyLookup, Store
from app.core.settings import Settings
from app.log.contacts import ContactLog
from app.reply import draft_history as history
from app.reply.checklist import extract_checklist
from app.reply.context import ReplyContext
from app.reply.discarding import discard_reply
from app.reply.finishing import (
    SOURCE,
    add_event,
    answered_message,
    log_call,
    log_sent,
    outgoing_mail,
    record_action,
)
from app.reply.letter_facts import LetterFacts, letter_facts
from app.reply.mail import OutgoingMail
from app.reply.reply_language import choose_language, reply_language
from app.reply.reply_record import reply_record_lines
from app.reply.settling import refuse_repeats, settle_plan
from app.reply.spelling import words_in
from app.reply.steps import (
    CoolingOverride,
    DraftVersion,
    ReplyState,
    ReplyStatus,
    ReplySummary,
    Step,
    format_left,
    override_matches,
)
from app.reply.templates import TemplateData, fill
from app.reply.time_spent import note_work
from app.reply.tone_rules import ToneFlag
from app.standing.action_records import ActionKind
from app.standing.actions import ActionLog
from app.standing.records import PolicyVersion

HISTORY_PAGE = 500


class CalmReplies:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        contacts: ContactLog,
        clock: Clock,
        actions: ActionRecorder | None = None,
        policies: PolicyLookup | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._contacts = contacts
        self._clock = clock
        # The real action log plugs in here; until then actions live in the reply's record.
        self.actions = actions
        self.policies = policies

    # --- starting and saving -------------------------------------------------------------

    def start(self, contact_id: int) -> ReplyState:
        """Resume the unfinished reply to this contact, or start a new one (timer from now)."""
        for summary in self._store.replies.for_contact(contact_id):
            if summary.status is ReplyStatus.OPEN:
                return self._store.replies.get(summary.id)
        original = self._contacts.get(contact_id)
        if original.direction is not Direction.INBOUND:
            raise InvalidInputError("A calm reply answers a message from the customer.")
        state = ReplyState(
            customer_id=original.customer_id,
            contact_id=contact_id,
            cooling_started_at=self._clock(),
            cooling_minutes=self._settings.cooling_off_minutes,
            checklist=extract_checklist(original.text),
        )
        if state.cooling_minutes == 0:
            state.step = Step.CONSIDER
        with self._store.atomic():
            reply_id = self._store.replies.add(state)
            self._store.ledger.record(
                "reply.started",
                "reply",
                reply_id,
                {"contact_id": contact_id, "cooling_minutes": state.cooling_minutes},
            )
        return state

    def get(self, reply_id: int) -> ReplyState:
        return self._store.replies.get(reply_id)

    def save(self, state: ReplyState, *, wait_seconds: float | None = None) -> bool:
        """Save the work in progress (called every second or so while the owner types). True
        when words another Steady window had saved to this reply were kept among its earlier
        drafts first. With `wait_seconds`, a log held by another program raises
        DatabaseBusyError after that long instead of after the usual busy timeout."""
        note_work(state, self._clock())
        atomic = (
            self._store.atomic()
            if wait_seconds is None
            else self._store.atomic_briefly(wait_seconds)
        )
        with atomic:
            return history.save(self._store, state)

    def open_for_customer(self, customer_id: int) -> list[ReplySummary]:
        return self._store.replies.for_customer(customer_id, open_only=True)

    def for_customer(self, customer_id: int) -> list[ReplySummary]:
        return self._store.replies.for_customer(customer_id)

    def all_open(self) -> list[ReplySummary]:
        return self._store.replies.all_open()

    def discard(self, reply_id: int) -> None:
        """Drop an unfinished reply from the work in progress; its draft is kept as abandoned."""
        discard_reply(self._store, reply_id)

    def choose_language(self, state: ReplyState, language: str) -> None:
        """This reply is written in another language from now on (kept with it, recorded)."""
        choose_language(self._store, state, language)

    def drafts(self, reply_id: int) -> list[DraftVersion]:
        return self._store.replies.drafts(reply_id)

    def events(self, reply_id: int) -> list[tuple[str, dict[str, object]]]:
        return self._store.replies.events(reply_id)

    def how_written(self, contact: Contact) -> list[str]:
        """The record of the calm reply logged as this contact (the owner's eyes only)."""
        if contact.source != SOURCE:
            return []
        return reply_record_lines(self._store, contact.id, contact.customer_id)

    def original(self, state: ReplyState) -> Contact:
        """The message answered. A reply follows it to the customer it was moved to: name,
        address, and where the sent reply is logged."""
        return answered_message(self._contacts, state)

    def customer(self, state: ReplyState) -> Customer:
        return self._store.customers.get(self.original(state).customer_id)

    # --- step 1: cooling off -------------------------------------------------------------

    def override_cooling(self, state: ReplyState, typed: str) -> None:
        now = self._clock()
        if not state.is_cooling(now):
            return
        if not override_matches(typed):
            raise InvalidInputError(
                "To start early, type the sentence exactly as shown. You can also wait: "
                f"{format_left(state.cooling_left(now))} left."
            )
        left = int(state.cooling_left(now).total_seconds())
        state.override = CoolingOverride(at=now, typed=typed.strip(), seconds_left=left)
        with self._store.atomic():
            add_event(
                self._store,
                state,
                "cooling-overridden",
                {"typed": typed.strip(), "seconds_left": left},
            )
            history.save(self._store, state)

    # --- step 2: the customer in brief ----------------------------------------------------

    def context(self, state: ReplyState) -> ReplyContext:
        customer = self.customer(state)
        contacts = self._contacts.page_for_customer(state.customer_id, 0, HISTORY_PAGE)
        total = self._contacts.count_for_customer(state.customer_id)
        flagged = Counter(category.label for contact in contacts for category in contact.categories)
        policies: tuple[PolicyVersion, ...] = ()
        if self.policies is not None:
            policies = tuple(self.policies.in_force(state.customer_id, self._clock()))
        symbol = self._settings.currency_symbol
        return ReplyContext(
            customer=customer,
            contacts=total,
            from_them=sum(1 for c in contacts if c.direction is Direction.INBOUND),
            first_at=min((c.occurred_at for c in contacts), default=None),
            minutes=self._store.customers.minutes_spent(state.customer_id),
            flagged=tuple(flagged.most_common()),
            paid=money_text(customer.amount_paid, symbol),
            policies=policies,
            recent=tuple(contacts[:5]),
        )

    # --- step 3: templates --------------------------------------------------------------

    def template_data(self, state: ReplyState) -> TemplateData:
        customer = self.customer(state)
        original = self.original(state)
        signature_lines = [
            line.strip() for line in self._settings.text("signature").splitlines() if line.strip()
        ]
        role = signature_lines[1].split(",")[0] if len(signature_lines) > 1 else ""
        return TemplateData(
            customer_name=customer.name,
            business_name=self._settings.text("business_name"),
            owner_name=self._settings.text("owner_name"),
            owner_role=role,
            today=self._clock(),
            message_date=original.occurred_at,
            currency_symbol=self._settings.currency_symbol,
            amount_paid=customer.amount_paid,
            account_ref=customer.account_ref,
            checklist=tuple(state.points),
            product=state.product,
            facts=self._facts(state.customer_id),
        )

    def _facts(self, customer_id: int) -> LetterFacts:
        """What the letters may say about the customer (the packet letter's rules)."""
        contacts = self._contacts.page_for_customer(customer_id, 0, HISTORY_PAGE)
        actions = ActionLog(self._store, self._clock).current_for_customer(customer_id)
        policies = (
            [] if self.policies is None else self.policies.in_force(customer_id, self._clock())
        )
        return letter_facts(contacts, actions, policies)

    def use_template(self, state: ReplyState, key: str) -> str:
        """The template filled in for this reply, in its language; the caller decides where the
        text goes."""
        language = reply_language(state, self._settings.text("reply_language"))
        text = fill(key, self.template_data(state), language)
        state.template = key
        return text

    # --- step 4: the owner's words ---------------------------------------------------------

    def known_words(self, customer_id: int) -> set[str]:
        """Names and business words the spell check must not mark."""
        customer = self._store.customers.get(customer_id)
        texts = [customer.name, customer.account_ref, *customer.emails, *customer.handles]
        texts += [
            self._settings.text(key)
            for key in ("business_name", "business_address", "owner_name", "signature")
        ]
        return words_in(texts) | {word.lower() for word in self._store.replies.words()}

    def add_word(self, word: str) -> None:
        word = word.strip()
        if not word or " " in word:
            raise InvalidInputError("Add one word at a time to your dictionary.")
        with self._store.atomic():
            self._store.replies.add_word(word)

    def personal_words(self) -> list[str]:
        return self._store.replies.words()

    def keep_draft(self, state: ReplyState, reason: str) -> None:
        """Keep the current draft in the reply's history before it is replaced."""
        history.keep_draft(self._store, state, reason)

    def earlier_drafts(self, state: ReplyState) -> list[history.EarlierDraft]:
        return history.earlier_drafts(self._store, state)

    def put_back(self, state: ReplyState, text: str) -> None:
        """Keep the current draft before an earlier one takes its place in the editor."""
        history.put_back(self._store, state, text)

    # --- step 5: start over ---------------------------------------------------------------

    def start_over(self, state: ReplyState) -> None:
        """Set the draft aside (kept in the reply's history) and return to drafting."""
        with self._store.atomic():
            self.keep_draft(state, history.START_OVER)
            state.draft = ""
            state.template = ""
            state.flags_accepted = False
            for item in state.checklist:
                item.done = False
            state.step = Step.DRAFT
            history.save(self._store, state)

    # --- step 7: finishing ----------------------------------------------------------------

    def outgoing_mail(self, state: ReplyState) -> OutgoingMail:
        return outgoing_mail(self._store, self._contacts, self._settings, state)

    def mark_sent(self, state: ReplyState, via: str, flags_now: list[ToneFlag]) -> int:
        """Log the reply as an outbound contact answering the original (once), with its record.

        `via` is "mail program", "clipboard" or "eml file"; using another way later only adds
        it to the record.
        """
        return log_sent(self._store, self._contacts, self._clock, state, via, flags_now)

    def call_instead(
        self, state: ReplyState, notes: str, minutes: int, flags_now: list[ToneFlag]
    ) -> int:
        """Log a phone call answering the message, in place of a written reply."""
        contact_id = log_call(
            self._store, self._contacts, self._clock, state, notes, minutes, flags_now
        )
        note = "Called the customer instead of replying."
        record_action(self._store, self._contacts, self.actions, state, ActionKind.NOTE, note=note)
        return contact_id

    def settle(
        self,
        state: ReplyState,
        *,
        refund: Decimal | None,
        cancel: bool,
        unsubscribe: bool,
        reference: str = "",
        note: str = "",
    ) -> list[str]:
        """Refund, cancel and unsubscribe (any of them) and move on; each is logged once."""
        chosen = settle_plan(refund, cancel, unsubscribe, reference)
        refuse_repeats(state, chosen, self._settings.currency_symbol)
        for item in chosen:
            record_action(
                self._store,
                self._contacts,
                self.actions,
                state,
                item.kind,
                note=note,
                amount=item.amount,
                reference=item.reference,
            )
        if state.status is ReplyStatus.OPEN:
            state.status = ReplyStatus.SETTLED
            self.save(state)
        return [item.kind.value for item in chosen]
