"""A screenshot of a post is good evidence only with its platform, full URL, the poster's
handle and the time of the post. The contact shows a warning while any of them is missing."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from app.core.domain import POST_SOURCE, Contact
from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.importing.records import PostDetails

PLATFORMS = (
    "Facebook",
    "Instagram",
    "X (Twitter)",
    "TikTok",
    "YouTube",
    "Reddit",
    "LinkedIn",
    "Threads",
    "Bluesky",
    "Mastodon",
    "Google reviews",
    "Yelp",
    "Trustpilot",
    "Tripadvisor",
    "A forum",
    "Other",
)
_PLATFORM_HOSTS = {
    "facebook.com": "Facebook",
    "fb.com": "Facebook",
    "instagram.com": "Instagram",
    "x.com": "X (Twitter)",
    "twitter.com": "X (Twitter)",
    "tiktok.com": "TikTok",
    "youtube.com": "YouTube",
    "reddit.com": "Reddit",
    "linkedin.com": "LinkedIn",
    "threads.net": "Threads",
    "bsky.app": "Bluesky",
    "yelp.com": "Yelp",
    "trustpilot.com": "Trustpilot",
    "tripadvisor.com": "Tripadvisor",
    "google.com": "Google reviews",
}


def is_full_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and "." in parts.netloc


def platform_from_url(url: str) -> str:
    """The platform a post URL belongs to, when it is one Steady knows."""
    if not is_full_url(url):
        return ""
    host = (urlsplit(url.strip()).hostname or "").lower()
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    for known, platform in _PLATFORM_HOSTS.items():
        if host == known or host.endswith("." + known):
            return platform
    return ""


def missing_from(post: PostDetails | None) -> list[str]:
    """The facts still missing, in words for the owner (empty when the post is complete)."""
    post = post or PostDetails()
    missing = []
    if not post.platform.strip():
        missing.append("platform")
    if not is_full_url(post.url):
        missing.append("full URL of the post")
    if not post.handle.strip():
        missing.append("poster's handle")
    if post.posted_at is None:
        missing.append("time of the post")
    return missing


def warning_text(missing: list[str]) -> str:
    if not missing:
        return ""
    return (
        "This screenshot is weak evidence until you add: " + ", ".join(missing) + ". "
        "Platforms and courts ask for them."
    )


class PostEvidence:
    """Read and complete the facts of screenshot posts (each change is a ledger entry)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, contact_id: int) -> PostDetails | None:
        return self._store.imports.post_details(contact_id)

    def missing_post_details(self, contact: Contact) -> list[str]:
        """What the timeline warns about for this contact; empty unless it is a post screenshot."""
        if contact.source != POST_SOURCE:
            return []
        return missing_from(self.get(contact.id))

    def record(self, contact_id: int, post: PostDetails) -> None:
        """Save the facts as now known; earlier versions stay, the newest one counts."""
        if post.url.strip() and not is_full_url(post.url):
            raise InvalidInputError(
                "Give the full address of the post, starting with https:// (copy it from the "
                "browser's address bar)."
            )
        post = replace(
            post,
            platform=post.platform.strip() or platform_from_url(post.url),
            url=post.url.strip(),
            handle=post.handle.strip(),
        )
        with self._store.atomic():
            self._store.contacts.get(contact_id)
            row_id = self._store.imports.add_post_details(contact_id, post)
            self._store.ledger.record(
                "post_details.recorded",
                "post_details",
                row_id,
                {"contact_id": contact_id, "missing": missing_from(post)},
            )
