"""Mail folders as mail programs keep them on disk (Thunderbird's "Local Folders")."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.import_fixtures import ANGRY, email

MORK = b'// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> // (f=iso-8859-1)\n  (B8=ns:msg:db:row)>\n'


def separated(*messages: bytes) -> bytes:
    return b"".join(
        f"From {ANGRY} Mon Nov  2 1{n}:00:00 2026\n".encode() + raw + b"\n"
        for n, raw in enumerate(messages)
    )


def thunderbird_folder(root: Path) -> Path:
    """Thunderbird's "Local Folders", as it keeps them in a profile."""
    folder = root / "Local Folders"
    (folder / "Inbox.sbd").mkdir(parents=True)
    (folder / "Inbox").write_bytes(
        separated(
            bytes(email("I want my money back.", subject="Refund", message_id="<i1@example.com>")),
            bytes(email("Answer me.", subject="Again", message_id="<i2@example.com>")),
        )
    )
    (folder / "Inbox.sbd" / "Complaints").write_bytes(
        separated(bytes(email("I will sue you.", subject="Court", message_id="<c1@example.com>")))
    )
    for index in ("Inbox.msf", "Trash.msf", "Inbox.sbd/Complaints.msf"):
        (folder / index).write_bytes(MORK)
    (folder / "Trash").write_bytes(b"")
    (folder / "Unsent Messages").write_bytes(b"")
    (folder / "folderTree.json").write_bytes(b'{"mailbox://nobody@Local%20Folders/Inbox":{}}')
    (folder / "msgFilterRules.dat").write_bytes(b'version="9"\nlogging="no"\n')
    (folder / "virtualFolders.dat").write_bytes(b"version=1\n")
    (folder / "popstate.dat").write_bytes(b"# POP3 State File\n")
    return folder
