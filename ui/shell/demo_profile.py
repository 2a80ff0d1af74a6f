"""Starting one's own log from the demo: the business profile typed in the demo's Settings is
offered to the new log, never carried (nor left behind) without a word."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.demo.carry_over import DemoProfile, typed_in_demo
from app.services import Services
from ui.shell import messages


def offer_demo_profile(parent: QWidget | None, demo: Services) -> DemoProfile | None:
    """The profile to carry over if the owner wants it; None when there is none or they say no."""
    profile = typed_in_demo(demo)
    if not profile:
        return None
    listed = "\n".join(f"• {line}" for line in profile.lines())
    if messages.confirm(
        parent,
        "Take your settings from the demo?",
        "You filled in these settings while exploring the demo. Your own log has settings of "
        f"its own: take these into it?\n\n{listed}\n\nYou can change them any time in Settings.",
        "Take them into my log",
        "Start with empty settings",
    ):
        return profile
    return None
