"""What passes for an email address wherever the owner types one."""

from __future__ import annotations

import re

# Lenient on purpose: something@somewhere.tld. The aim is to catch a slip ("shop-at-example",
# a phone number in the wrong box), not to judge what a mail server would accept.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))
