"""What a name on the disk is, when it is not a plain file a copy may be written over.

A device (/dev/full), a named pipe or a socket has size 0 and is "there": renaming a finished
copy over one replaces the system's device, or swallows the copy into a pipe, while the copy is
reported written. None of them is ever replaced, not even when replacing a file was asked for.
"""

from __future__ import annotations

import os
import stat


def not_a_file(path: str) -> str:
    """What `path` is when it exists and is not a regular file ("a device", …); "" otherwise
    (a regular file, a link to one, nothing there, or a link to nothing)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def never_written_over(path: str, what: str) -> str:
    """The owner's words for refusing to write `what` over `path`, or "" when it may be."""
    kind = not_a_file(path)
    if not kind or kind == "a folder":
        return ""
    return (
        f"{path} is {kind}, not a file: {what} is never written over it. Give a file name "
        "(a new one, or an existing file to replace)."
    )
