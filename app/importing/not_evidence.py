"""Files a mail program keeps beside the mail in its folders: indexes, settings, caches.

When the owner imports a whole mail folder (Thunderbird's "Local Folders", an Apple Mail
export, a Dovecot maildir), these are left out and reported, rather than logged as something
the customer sent. A file named on its own is always taken in.
"""

from __future__ import annotations

import os

from app.importing.sniff import head, is_empty

_THUNDERBIRD = "Thunderbird's"
# Lower-case file name -> what it is.
_PROGRAM_FILES = {
    "foldertree.json": f"{_THUNDERBIRD} list of mail folders",
    "virtualfolders.dat": f"{_THUNDERBIRD} saved searches",
    "msgfilterrules.dat": f"{_THUNDERBIRD} mail filter settings",
    "filterlog.html": f"{_THUNDERBIRD} log of its mail filters",
    "popstate.dat": f"{_THUNDERBIRD} record of mail already downloaded",
    "panacea.dat": f"{_THUNDERBIRD} cache of folder details",
    "mailviews.dat": f"{_THUNDERBIRD} mail view settings",
    "training.dat": f"{_THUNDERBIRD} junk-mail training data",
    "traits.dat": f"{_THUNDERBIRD} junk-mail training data",
    "feeds.json": f"{_THUNDERBIRD} news feed settings",
    "feeditems.json": f"{_THUNDERBIRD} news feed cache",
    "global-messages-db.sqlite": f"{_THUNDERBIRD} search index",
    "table_of_contents": "Apple Mail's index of a mailbox",
    "info.plist": "Apple Mail's mailbox settings",
    "dovecot-uidlist": "the mail server's list of message numbers",
    "dovecot-keywords": "the mail server's list of message tags",
    "subscriptions": "the mail server's list of subscribed folders",
    "maildirfolder": "the mail server's folder marker",
    "thumbs.db": "Windows' cache of picture thumbnails",
    "ehthumbs.db": "Windows' cache of picture thumbnails",
    "desktop.ini": "Windows' folder settings",
}
_PROGRAM_PREFIXES = {
    "dovecot.index": "the mail server's index of a folder",
    "dovecot.list.index": "the mail server's index of folders",
}
_PROGRAM_EXTENSIONS = {
    ".msf": f"{_THUNDERBIRD} index of a mail folder",
}
# Thunderbird's indexes are "Mork" files, whatever they are called.
_MORK = b"// <!-- <mdb:mork"


def why_not_evidence(path: str) -> str:
    """Why a file found in a folder is left out ("" when it is imported)."""
    name = os.path.basename(path).lower()
    what = _PROGRAM_FILES.get(name) or _PROGRAM_EXTENSIONS.get(os.path.splitext(name)[1])
    what = what or next((w for p, w in _PROGRAM_PREFIXES.items() if name.startswith(p)), "")
    if not what and head(path).startswith(_MORK):
        what = _PROGRAM_EXTENSIONS[".msf"]
    if what:
        return f"Not evidence: {what}, not a message."
    if is_empty(path):
        return "Not evidence: the file is empty."
    return ""
