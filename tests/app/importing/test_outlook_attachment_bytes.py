"""An Outlook message's attachment is what its bytes are, as a mail's is: a zip holding a
program, sent as "broken-part.jpg" with a picture's type, is stored and named as the zip."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.importing.outlook import parse_outlook


def _zip_with_program() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.exe", b"MZ" + b"\0" * 64)
    return buffer.getvalue()


class _Attachment:
    mimetype = "image/jpeg"
    data = _zip_with_program()

    def getFilename(self) -> str:
        return "broken-part.jpg"


class _MsgWithDisguisedAttachment:
    sender = "Rex <rex@example.com>"
    to = "owner@shop.example"
    cc = ""
    subject = "The broken part"
    date = None
    body = "Here is a photo of the broken part."
    htmlBody = None
    attachments = (_Attachment(),)
    messageId = "<msg2@example.com>"

    def close(self) -> None:
        pass


def test_an_outlook_attachment_is_typed_by_its_bytes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import extract_msg

    monkeypatch.setattr(extract_msg, "openMsg", lambda path, strict: _MsgWithDisguisedAttachment())
    found = parse_outlook(str(tmp_path / "part.msg"), b"")
    (attachment,) = found.attachments
    assert attachment.mime == "application/zip"
    assert "image/jpeg" in attachment.note  # the sender's claim kept beside it
    assert any("broken-part.jpg" in w and "zip" in w for w in found.warnings)
