"""Time-stamps of the ledger head from an RFC 3161 time-stamping service.

When the owner turns it on (Settings › Time-stamping service) and the laptop is online, Steady
sends the ledger head's hash, and nothing else, to the service, which signs "this hash existed
at this time". The signed token is kept in the log and checked offline by `verify`: it proves
to anyone that the log held these entries no later than that time, so they cannot have been
rewritten since without the token failing. Nothing is sent while the setting is empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime

from app.core.errors import SteadyError
from app.core.ledger_records import TimeStamp
from app.core.ports import Store

CONTENT_TYPE = "application/timestamp-query"
TIMEOUT_SECONDS = 20

Post = Callable[[str, bytes], bytes]  # (service address, DER request) -> DER response


class TimeStampError(SteadyError):
    pass


def _message(head_hash: str) -> bytes:
    # The service signs the SHA-256 of these bytes: the head hash as written on packets.
    return head_hash.encode("ascii")


def post_over_http(url: str, request: bytes) -> bytes:
    """Send the request to the service; one clear sentence when the laptop is offline."""
    if not url.startswith(("https://", "http://")):
        raise TimeStampError(f"The time-stamping service's address must start with https://: {url}")
    # Loaded here, not at start-up: urllib brings http, ssl and email (tens of ms).
    import urllib.error
    import urllib.request

    http_request = urllib.request.Request(
        url, data=request, headers={"Content-Type": CONTENT_TYPE}, method="POST"
    )
    try:
        with urllib.request.urlopen(http_request, timeout=TIMEOUT_SECONDS) as answer:
            return bytes(answer.read(1024 * 1024))
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise TimeStampError(
            f"The time-stamping service could not be reached ({reason}). Nothing was sent "
            "or changed; Steady will try again later."
        ) from error


def request_time_stamp(head_hash: str, entries: int, url: str, post: Post) -> TimeStamp:
    """Ask the service to sign the head; the answer is checked before it is kept."""
    from rfc3161_client import TimestampRequestBuilder, decode_timestamp_response

    request = TimestampRequestBuilder().data(_message(head_hash)).nonce(nonce=True).build()
    answer = post(url, request.as_bytes())
    try:
        response = decode_timestamp_response(answer)
    except ValueError as error:
        raise TimeStampError(
            f"The time-stamping service sent an answer Steady cannot read ({error})."
        ) from error
    if int(response.status) not in (0, 1):  # granted, or granted with modifications
        raise TimeStampError(f"The time-stamping service refused (status {response.status}).")
    problem = _imprint_problem(response, head_hash)
    if problem:
        raise TimeStampError(problem)
    if response.tst_info.nonce != request.nonce:
        raise TimeStampError("The time-stamping service's answer is not for this request.")
    return TimeStamp(
        entries=entries,
        head_hash=head_hash,
        token=answer,
        stamped_at=response.tst_info.gen_time.astimezone(UTC),
        service=url,
    )


HASHES = {  # the digests a service may sign with, by their object identifier
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}


def _imprint_problem(response: object, head_hash: str) -> str:
    imprint = response.tst_info.message_imprint  # type: ignore[attr-defined]
    name = HASHES.get(imprint.hash_algorithm.dotted_string)
    if name is None:
        return "The time-stamp uses a digest Steady does not know."
    if bytes(imprint.message) != hashlib.new(name, _message(head_hash)).digest():
        return "The time-stamp is for a different head than the one recorded with it."
    return ""


def check_time_stamp(stamp: TimeStamp, ledger_hash: str | None, roots: list[bytes]) -> str:
    """What is wrong with a kept time-stamp, or "" when it holds.

    The token must decode, sign this head, and the ledger must still hold this head at this
    position. With the service's root certificate (PEM) the signature is checked too.
    """
    from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response

    when = f"time-stamp of {stamp.stamped_at:%Y-%m-%d %H:%M} UTC from {stamp.service}"
    try:
        response = decode_timestamp_response(stamp.token)
    except ValueError:
        return f"The {when} is damaged."
    problem = _imprint_problem(response, stamp.head_hash)
    if problem:
        return f"The {when}: {problem}"
    signed = response.tst_info.gen_time.timestamp()
    if int(signed) != int(stamp.stamped_at.timestamp()):
        return f"The {when} was recorded with another time than the service signed."
    if ledger_hash is None:
        return (
            f"The {when} certifies {stamp.entries} ledger entries, but the ledger no longer "
            "has that many: entries were removed."
        )
    if ledger_hash != stamp.head_hash:
        return (
            f"The {when} certifies a ledger whose entry {stamp.entries} differs from the one "
            "in this file: the log was rewritten after it was time-stamped."
        )
    if roots:
        from cryptography import x509

        try:
            builder = VerifierBuilder()
            for pem in roots:
                builder = builder.add_root_certificate(x509.load_pem_x509_certificate(pem))
            builder.build().verify_message(response, _message(stamp.head_hash))
        except (VerificationError, ValueError) as error:
            return f"The {when} is not signed by the service you trust ({error})."
    return ""


class TimeStamps:
    """Stamping the head now, and checking every kept stamp (for verify and the packets)."""

    def __init__(self, store: Store, url: str, roots_pem: str = "", post: Post = post_over_http):
        self._store = store
        self._url = url.strip()
        self._roots = _split_pem(roots_pem)
        self._post = post

    @property
    def enabled(self) -> bool:
        return bool(self._url)

    def stamp_head(self) -> TimeStamp:
        """Time-stamp the ledger head now and keep the token (one ledger entry)."""
        if not self._url:
            raise TimeStampError(
                "Time-stamping is off. Set a time-stamping service in Settings to turn it on."
            )
        entries, head_hash = self._store.ledger.head()
        stamp = request_time_stamp(head_hash, entries, self._url, self._post)
        with self._store.atomic():
            stamp_id = self._store.time_stamps.add(stamp)
            self._store.ledger.record(
                "time_stamp.added",
                "time_stamp",
                stamp_id,
                {"entries": entries, "head_hash": head_hash, "service": self._url},
            )
        return TimeStamp(**{**stamp.__dict__, "id": stamp_id})

    def stamp_if_due(self, now: datetime, every_hours: int = 24) -> TimeStamp | None:
        """At most one stamp a day, and none when nothing changed since the last one."""
        if not self._url:
            return None
        kept = self._store.time_stamps.all()
        entries, _ = self._store.ledger.head()
        if kept:
            last = kept[-1]
            if (now - last.stamped_at).total_seconds() < every_hours * 3600:
                return None
            # The last stamp's own ledger entry is the only change since: nothing new to prove.
            if entries <= last.entries + 1:
                return None
        return self.stamp_head()

    def all(self) -> list[TimeStamp]:
        return self._store.time_stamps.all()

    def problems(self) -> list[str]:
        found = []
        for stamp in self._store.time_stamps.all():
            problem = check_time_stamp(
                stamp, self._store.ledger.hash_at(stamp.entries), self._roots
            )
            if problem:
                found.append(problem)
        return found

    @property
    def signature_checked(self) -> bool:
        return bool(self._roots)


def _split_pem(text: str) -> list[bytes]:
    marker = "-----END CERTIFICATE-----"
    return [
        (part.strip() + "\n" + marker + "\n").encode("ascii", "replace")
        for part in text.split(marker)
        if "-----BEGIN CERTIFICATE-----" in part
    ]


def describe_time_stamps(stamps: list[TimeStamp], signature_checked: bool) -> str:
    """One line for verify: how many time-stamps the log holds and the latest."""
    latest = stamps[-1]
    count = f"{len(stamps)} time-stamp" + ("s" if len(stamps) != 1 else "")
    checked = (
        "signatures checked against the service's root certificate"
        if signature_checked
        else "signatures not checked: add the service's root certificate in Settings"
    )
    return (
        f"{count} from a time-stamping service; the latest certifies {latest.entries} entries "
        f"as of {latest.stamped_at:%Y-%m-%d %H:%M} UTC ({latest.service}); {checked}."
    )


def stamp_line(stamp: TimeStamp) -> str:
    """One time-stamp as a packet lists it."""
    return (
        f"{stamp.stamped_at:%Y-%m-%d %H:%M:%S} UTC by {stamp.service}: the first "
        f"{stamp.entries} ledger entries, head {stamp.head_hash}"
    )
