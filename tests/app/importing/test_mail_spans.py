"""Chunked base64 decoding and chunked message fingerprints agree with reading the whole."""

from __future__ import annotations

import base64
import hashlib
import random
import re
from email import errors
from email._encoded_words import decode_b  # what email itself uses for base64 parts

import pytest

from app.importing.fingerprint import message_fingerprint
from app.importing.mail_spans import strict_base64
from tests.helpers.hostile_mail import SEEDS, mutate


def _whole_fingerprint(raw: bytes) -> str:
    """The fingerprint as it was computed before, on the whole message at once."""
    data = raw.replace(b"\r\n", b"\n")
    data = re.sub(rb"\AFrom [^\n]*\n", b"", data, count=1)
    data = re.sub(rb"(?m)^>+(From )", rb"\1", data)
    return hashlib.sha256(data.strip(b"\n")).hexdigest()


def _pieces(text: bytes, rng: random.Random) -> list[bytes]:
    cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 6))))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def test_chunked_base64_decodes_exactly_what_email_decodes_or_hands_it_back() -> None:
    rng = random.Random(5)
    alphabet = [b"QUFB", b"QQ", b"Q", b"=", b"==", b"\r\n", b"\n", b"\r", b"!", b" ", b"A"]
    for _ in range(4000):
        text = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        value, defects = decode_b(text.replace(b"\r", b"").replace(b"\n", b""))
        mine = strict_base64(iter(_pieces(text, rng)))
        if mine is not None:  # else it is decoded by email itself, as before
            padding = [errors.InvalidBase64PaddingDefect] * len(defects)
            assert [type(defect) for defect in defects] == padding, text
            assert mine == (value, bool(defects)), text


def test_well_formed_base64_is_decoded_in_chunks_even_when_cut_short() -> None:
    rng = random.Random(6)
    for size in [*range(12), 57, 58, 59, 1000, 4097]:
        data = rng.randbytes(size)
        encoded = base64.encodebytes(data)
        assert strict_base64(iter(_pieces(encoded, rng))) == (data, False)
        unpadded = encoded.rstrip(b"=\n")
        assert strict_base64(iter(_pieces(unpadded, rng))) == (data, unpadded != encoded[:-1])


@pytest.mark.parametrize("chunk", [1, 3, 64, 1 << 20])
def test_the_fingerprint_taken_in_chunks_is_the_fingerprint_of_the_whole(chunk: int) -> None:
    rng = random.Random(chunk)
    samples = [b"", b"\n", b"\r\n\r\n", b"From only", b"From x\n", b"\n\nFrom x\nbody\n\n\n"]
    samples += [b"From a b\r\n>From c\r\n>>From d\n\r\nend\r\n\r\n", b"x\r\r\n>From \r"]
    samples += list(SEEDS) + [mutate(rng.choice(SEEDS), rng) for _ in range(40)]
    pieces = [b"\n", b"\r", b"\r\n", b"From ", b">", b"a", b" ", b"F"]
    samples += [b"".join(rng.choice(pieces) for _ in range(30)) for _ in range(400)]
    for raw in samples:
        assert message_fingerprint(raw, chunk) == _whole_fingerprint(raw), raw
