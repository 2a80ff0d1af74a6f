"""Files a mail program keeps beside the mail in its folders (indexes, settings, caches), and
Steady's own files (the log, its backups, its heads).

When the owner imports a whole mail folder (Thunderbird's "Local Folders", an Apple Mail
export, a Dovecot maildir), these are left out and reported, rather than logged as something
the customer sent. A file named on its own is always taken in.
"""

from __future__ import annotations

import os
import re

from app.importing.sniff import head, is_empty
from app.log.anchors import heads_path
from app.log.file_kinds import DATABASE_SIDE_FILES, SQLITE_HEADER

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
# Steady's own files beside a log: its heads, a log set aside by a restore, a copy under way.
_STEADY_NAMES = (".heads", ".partial", ".unlocking")
_STEADY_LOG = "Steady's own log or one of its backups"
_SET_ASIDE = re.compile(r"\.replaced-\d{4}-\d\d-\d\d-\d{6}(?:-wal|-shm)?$")


def _steady_or_database(path: str, name: str) -> str:
    """A log, a backup or a database's working file found in the folder imported: taken in,
    it would put every customer's details into one customer's evidence, for ever."""
    if name.endswith(_STEADY_NAMES) or _SET_ASIDE.search(name) or os.path.exists(heads_path(path)):
        return _STEADY_LOG
    side = next((suffix for suffix in DATABASE_SIDE_FILES if name.endswith(suffix)), "")
    if side and os.path.exists(path[: -len(side)]):
        return "a database's working file"
    if head(path).startswith(SQLITE_HEADER):
        return "a database (Steady's log, a backup of it, or another program's)"
    return ""


def why_not_evidence(path: str) -> str:
    """Why a file found in a folder is left out ("" when it is imported)."""
    name = os.path.basename(path).lower()
    what = _PROGRAM_FILES.get(name) or _PROGRAM_EXTENSIONS.get(os.path.splitext(name)[1])
    what = what or next((w for p, w in _PROGRAM_PREFIXES.items() if name.startswith(p)), "")
    if not what and head(path).startswith(_MORK):
        what = _PROGRAM_EXTENSIONS[".msf"]
    what = what or _steady_or_database(path, name)
    if what:
        return f"Not evidence: {what}, not a message."
    if is_empty(path):
        return "Not evidence: the file is empty."
    return ""
