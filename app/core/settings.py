"""The owner's settings, each declared once with its type, default and help text.

Stored in the database beside the log, so a backup carries them. `SETTINGS_VERSION` and
`UPGRADES` move old stored values forward when a setting changes shape.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.core.checklist_lines import record_moves
from app.core.currencies import CURRENCIES
from app.core.email_address import looks_like_email
from app.core.errors import InvalidInputError
from app.core.money import parse_money
from app.core.ports import Store


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: object
    title: str
    help: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    hidden: bool = False  # kept by Steady itself, never shown in Settings


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "business_name", str, "", "Business name", "Printed at the top of every letter and packet."
    ),
    Setting(
        "business_address",
        str,
        "",
        "Address",
        "Postal address for the letterhead, one line per row.",
    ),
    Setting("business_phone", str, "", "Phone", "Phone number for the letterhead."),
    Setting("business_email", str, "", "Email", "Email address for the letterhead."),
    Setting(
        "business_addresses",
        str,
        "",
        "Your own email addresses",
        "Addresses you send from, one per line: mail from these is logged as outbound.",
    ),
    Setting(
        "business_logo",
        str,
        "",
        "Logo",
        "The logo printed on packets; it is copied into the database when you choose it.",
    ),
    Setting(
        "owner_name",
        str,
        "",
        "Your name",
        "Who keeps the records; used in sign-offs and the certification page.",
    ),
    Setting(
        "signature",
        str,
        "",
        "Signature block",
        "Inserted at the end of every calm reply (name, role, business, contact details).",
    ),
    Setting(
        "cooling_off_minutes",
        int,
        15,
        "Cooling-off time (minutes)",
        "How long drafting stays locked after reading an angry message.",
        minimum=0,
        maximum=24 * 60,
    ),
    Setting(
        "lock_after_minutes",
        int,
        10,
        "Lock after (minutes unused)",
        "When your log has a passphrase, Steady hides it and asks for the passphrase after "
        "this many minutes without use. 0 never locks.",
        minimum=0,
        maximum=24 * 60,
    ),
    Setting(
        "hourly_rate",
        Decimal,
        Decimal("40.00"),
        "Your hourly rate",
        "What an hour of your time is worth; used to show what a customer costs you.",
    ),
    Setting(
        "currency",
        str,
        "USD",
        "Currency",
        "Currency for amounts paid and your hourly rate.",
        choices=tuple(currency.code for currency in CURRENCIES),
    ),
    Setting(
        "reply_language",
        str,
        "English",
        "Language of your replies",
        "The tone and spelling checks of a calm reply read this language; you can change it "
        "for one reply in the reply window.",
        choices=("English", "Español", "Français", "Deutsch"),
    ),
    Setting(
        "paper_size",
        str,
        "A4",
        "Paper size",
        "The paper packets and letters are laid out on.",
        choices=("A4", "Letter"),
    ),
    Setting(
        "packet_pictures",
        str,
        "Print them",
        "Pictures in packets",
        "Screenshots and other pictures cannot be redacted. Left out, each is still listed in "
        "the packet with its file name, size and SHA-256, so the other side can ask for it. "
        "The Redactions tab of Prepare packet changes this too.",
        choices=("Print them", "Leave them out"),
    ),
    Setting(
        "blocking_checklist",
        str,
        "Helpdesk or email block\n"
        "Shop / website IP block\n"
        "Mailing list: unsubscribe and block\n"
        "Facebook: block and report\n"
        "X / Twitter: block and report\n"
        "Instagram: block and report\n"
        "Review sites: report the reviews\n"
        "Phone block",
        "Blocking checklist",
        "The places to block a customer you stop serving, one per line. Lines naming email, "
        "IP, mailing list, Facebook, X, Instagram, review or phone are logged as those blocks.",
    ),
    Setting(
        "time_stamp_url",
        str,
        "",
        "Time-stamping service",
        "Off while empty. The address of an RFC 3161 time-stamping service: when the laptop "
        "is online, Steady sends it the log's head hash (never your records) once a day and "
        "keeps its signed answer, proof that the log existed unaltered at that time.",
    ),
    Setting(
        "time_stamp_root",
        str,
        "",
        "Service's root certificate",
        "Optional: the time-stamping service's root certificate (PEM text), so verify also "
        "checks each time-stamp's signature.",
    ),
)

SETTINGS += (
    Setting(
        "backup_folder",
        str,
        "",
        "Backup folder",
        "Where a copy of the log is kept each day you use Steady (7 daily and 4 weekly copies). "
        "Point it at a USB stick or a synced folder with Choose… (a full path; ~ is your home "
        "folder); empty means “Steady backups” beside the database.",
    ),
)

SETTINGS += (
    Setting(
        "blocking_checklist_moves",
        str,
        "",
        "Reworded checklist lines",
        "Which line of the blocking checklist each reworded line was, so its ticks follow it.",
        hidden=True,
    ),
)

# A million an hour: beyond any owner, and far inside what a cost line can multiply.
LARGEST_RATE = Decimal("1e6")

SETTINGS_BY_KEY = {setting.key: setting for setting in SETTINGS}
SETTINGS_VERSION = 1
# version -> function turning the stored values of that version into the next one.
UPGRADES: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {}

CURRENCY_SYMBOLS = {currency.code: currency.mark for currency in CURRENCIES}


EMAIL_SETTINGS = frozenset({"business_email", "business_addresses"})


def _check_emails(setting: Setting, value: object) -> None:
    """A slip in an address the owner types now is refused; one saved by an earlier Steady
    still loads as it was (see Settings._load)."""
    if setting.key in EMAIL_SETTINGS and isinstance(value, str):
        for line in value.splitlines():
            if line.strip() and not looks_like_email(line):
                raise InvalidInputError(
                    f"{setting.title}: “{line.strip()}” does not look like an email address."
                )


FOLDER_SETTINGS = frozenset({"backup_folder"})


def check_folder(setting: Setting, value: str) -> str:
    """A folder the owner types, as the full path it will be used as: ~ is their home folder,
    and a bare name is refused, since it would mean wherever Steady happened to be started
    (a new folder each time, and backups nobody finds)."""
    typed = value.strip()
    if not typed:
        return ""
    full = os.path.normpath(os.path.expanduser(typed))
    if not os.path.isabs(full):
        raise InvalidInputError(
            f"{setting.title}: “{typed}” is not a full path, so Steady could not tell where "
            "it is. Press Choose… to pick the folder, or type it in full, for example "
            f"{os.path.join(os.path.expanduser('~'), typed.lstrip('~/'))}."
        )
    return full


def check_time_stamp_service(setting: Setting, value: str) -> str:
    """An address that can never answer is refused when typed, not found out at the next start."""
    from urllib.parse import urlsplit

    typed = value.strip()
    if not typed:
        return ""
    try:
        parts = urlsplit(typed)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        host = None
    if parts.scheme.lower() not in ("https", "http") or not host or any(c.isspace() for c in typed):
        raise InvalidInputError(
            f"{setting.title}: “{typed}” is not a web address Steady can use. Type it as the "
            "service gives it, starting with https://, for example https://freetsa.org/tsr."
        )
    return typed


def check_root_certificate(setting: Setting, value: str) -> str:
    typed = value.strip()
    if typed and "-----BEGIN CERTIFICATE-----" not in typed:
        raise InvalidInputError(
            f"{setting.title}: this is not a certificate in PEM text; paste the whole text "
            "from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----."
        )
    return typed


_CHECKED_WHEN_TYPED = {
    "time_stamp_url": check_time_stamp_service,
    "time_stamp_root": check_root_certificate,
}


def coerce(setting: Setting, value: object) -> object:
    """The value in the setting's own type, or a clear error."""
    try:
        if setting.kind is Decimal:
            # The rate multiplies every minute logged: a ceiling keeps the cost line inside
            # Decimal's exact digits, however much time a customer has taken.
            result: object = parse_money(str(value), what=setting.title, largest=LARGEST_RATE)
        elif setting.kind is int:
            result = int(str(value).strip())
        else:
            result = str(value)
    except InvalidInputError as error:
        if str(error).startswith(setting.title):
            raise
        raise InvalidInputError(f"{setting.title}: {error}") from error
    except ValueError as error:
        raise InvalidInputError(f"{setting.title}: “{value}” is not a valid value.") from error
    if setting.choices and result not in setting.choices:
        raise InvalidInputError(f"{setting.title} must be one of {', '.join(setting.choices)}.")
    if isinstance(result, int) and setting.minimum is not None and result < setting.minimum:
        raise InvalidInputError(f"{setting.title} cannot be below {setting.minimum}.")
    if isinstance(result, int) and setting.maximum is not None and result > setting.maximum:
        raise InvalidInputError(f"{setting.title} cannot be above {setting.maximum}.")
    return result


class Settings:
    """Read and change the owner's settings; values come back in their declared types."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._values = self._load()

    def _load(self) -> dict[str, object]:
        stored = self._store.settings.load()
        version = int(str(stored.pop("settings_version", SETTINGS_VERSION)))
        while version < SETTINGS_VERSION:
            stored = UPGRADES[version](stored)
            version += 1
        values: dict[str, object] = {}
        for setting in SETTINGS:
            raw = stored.get(setting.key, setting.default)
            try:
                values[setting.key] = coerce(setting, raw)
            except InvalidInputError:
                values[setting.key] = setting.default
        return values

    def get(self, key: str) -> object:
        return self._values[key]

    def text(self, key: str) -> str:
        return str(self._values[key])

    def all(self) -> dict[str, object]:
        return dict(self._values)

    def update(self, changes: dict[str, object]) -> None:
        coerced = {key: coerce(SETTINGS_BY_KEY[key], value) for key, value in changes.items()}
        for key in FOLDER_SETTINGS & coerced.keys():
            coerced[key] = check_folder(SETTINGS_BY_KEY[key], str(coerced[key]))
        for key, check in _CHECKED_WHEN_TYPED.items():
            if key in coerced and coerced[key] != self._values[key]:
                coerced[key] = check(SETTINGS_BY_KEY[key], str(coerced[key]))
        checklist = coerced.get("blocking_checklist")
        if checklist is not None and checklist != self._values["blocking_checklist"]:
            coerced["blocking_checklist_moves"] = record_moves(
                self.text("blocking_checklist_moves"),
                self.text("blocking_checklist"),
                str(checklist),
            )
        for key, value in coerced.items():
            if value != self._values.get(key):
                _check_emails(SETTINGS_BY_KEY[key], value)
        stored = {
            key: str(value) if isinstance(value, Decimal) else value
            for key, value in coerced.items()
        }
        stored["settings_version"] = SETTINGS_VERSION
        self._store.settings.save(stored)
        self._values.update(coerced)

    @property
    def cooling_off_minutes(self) -> int:
        return int(str(self._values["cooling_off_minutes"]))

    @property
    def lock_after_minutes(self) -> int:
        return int(str(self._values["lock_after_minutes"]))

    @property
    def hourly_rate(self) -> Decimal:
        return Decimal(str(self._values["hourly_rate"]))

    @property
    def currency_symbol(self) -> str:
        currency = self.text("currency")
        return CURRENCY_SYMBOLS.get(currency, currency + " ")

    def own_addresses(self) -> set[str]:
        return {
            line.strip().lower()
            for line in self.text("business_addresses").splitlines()
            if line.strip()
        } | ({self.text("business_email").lower()} if self.text("business_email") else set())
