"""What the owner typed into the demo's Settings, to carry over to their own log when asked.

Settings are kept in each log, so a profile typed while exploring the demo stays there. When
the owner then starts their own log, they are offered it (never carried silently): only what
they changed, never the demo business's own name and address, nor what belongs to one log
alone (its backup folder, lock and time-stamping).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.business_profile import BusinessProfile
from app.core.settings import SETTINGS_BY_KEY
from app.demo.fill import DEMO_SETTINGS
from app.services import Services

# The pages of Settings that describe the business and how the owner works.
CARRIED_KEYS = (
    "business_name",
    "business_address",
    "business_phone",
    "business_email",
    "business_addresses",
    "owner_name",
    "signature",
    "cooling_off_minutes",
    "reply_language",
    "hourly_rate",
    "currency",
    "paper_size",
    "packet_pictures",
    "blocking_checklist",
)


@dataclass(frozen=True)
class DemoProfile:
    values: dict[str, object]
    logo: bytes | None

    def __bool__(self) -> bool:
        return bool(self.values) or self.logo is not None

    def lines(self) -> list[str]:
        """Each setting carried, as the owner would recognise it."""
        shown = [
            f"{SETTINGS_BY_KEY[key].title}: {_first_line(value)}"
            for key, value in self.values.items()
        ]
        return shown + (["Logo"] if self.logo is not None else [])


def _first_line(value: object) -> str:
    lines = str(value).strip().splitlines() or [""]
    return lines[0] + (" …" if len(lines) > 1 else "")


def typed_in_demo(demo: Services) -> DemoProfile:
    """The settings the owner changed in the demo (what differs from what the demo came with)."""
    values = demo.settings.all()
    changed: dict[str, object] = {}
    for key in CARRIED_KEYS:
        came_with = DEMO_SETTINGS.get(key, SETTINGS_BY_KEY[key].default)
        if str(values[key]) != str(came_with):
            changed[key] = values[key]
    logo = BusinessProfile(demo.store, demo.settings).logo() if values["business_logo"] else None
    return DemoProfile(changed, logo)


def carry_over(profile: DemoProfile, own: Services) -> None:
    if profile.values:
        own.settings.update(profile.values)
    if profile.logo is not None:
        BusinessProfile(own.store, own.settings).set_logo(profile.logo)
