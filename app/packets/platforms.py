"""Which platform a handle or a post belongs to, by identity: "X" is X (Twitter), never Xing.

The owner writes a customer's handles as "platform: @handle". A post's platform comes from
what was recorded for it or from its web address. They match when both name the same
platform: the same known platform (whatever alias or web address names it), or, for a site
Steady does not know, the same name word for word.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from app.importing.post_details import platform_from_url

# Aliases the owner may write for a known platform, beside its name and web addresses.
_ALIASES = {
    "x (twitter)": ("x", "twitter", "x/twitter", "x / twitter", "x.com", "twitter.com"),
    "facebook": ("fb", "facebook.com", "fb.com", "meta"),
    "instagram": ("ig", "insta", "instagram.com"),
    "tiktok": ("tik tok", "tiktok.com"),
    "youtube": ("yt", "youtube.com"),
    "reddit": ("reddit.com",),
    "linkedin": ("linkedin.com",),
    "threads": ("threads.net",),
    "bluesky": ("bsky", "bsky.app", "bluesky social"),
    "google reviews": ("google", "google maps", "google business"),
    "yelp": ("yelp.com",),
    "trustpilot": ("trustpilot.com",),
    "tripadvisor": ("tripadvisor.com",),
}
_KEY_OF = {alias: name for name, aliases in _ALIASES.items() for alias in (name, *aliases)}
# Words that describe a site rather than name it ("HostTalk forum" is HostTalk).
_GENERIC = {
    "forum",
    "forums",
    "community",
    "site",
    "website",
    "reviews",
    "review",
    "the",
    "page",
    "account",
    "profile",
    "group",
    "app",
    "www",
    "m",
    "com",
    "net",
    "org",
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in _GENERIC}


def platform_key(name: str) -> str:
    """One name per platform: aliases and web addresses of a known one give its name."""
    cleaned = " ".join(name.lower().split())
    if cleaned in _KEY_OF:
        return _KEY_OF[cleaned]
    known = platform_from_url(name if "://" in name else f"https://{cleaned}")
    if known and "." in cleaned:
        return _KEY_OF.get(known.lower(), known.lower())
    return cleaned


def same_platform(where: str, platform: str, url: str = "") -> bool:
    """True when a handle's "where" names the post's platform (never by a part of a word)."""
    if not where.strip():
        return False
    key = platform_key(where)
    candidates = {platform_key(platform)} if platform.strip() else set()
    host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    if host:
        candidates.add(platform_key(host))
    if key in candidates:
        return True
    if key in _ALIASES:  # a known platform only ever matches itself
        return False
    names = _words(where)
    site = _words(platform) | _words(host.replace(".", " "))
    return bool(names) and names <= site


def handle_for(handles: tuple[str, ...], platform: str, url: str) -> str:
    """The customer's handle on the post's platform, from their "platform: @handle" entries."""
    for handle in handles:
        where, _, name = handle.partition(":")
        if name.strip() and same_platform(where, platform, url):
            return name.strip()
    path = urlsplit(url).path.strip("/").split("/")
    if path and path[0].startswith("@"):
        return path[0]
    return ""
