"""The evidence bundle checks out without Steady: sha256sum, README, exact texts, safe names."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import QUOTES, PacketSubject


@pytest.fixture
def bundle(packet_subject: PacketSubject):  # type: ignore[no-untyped-def]
    made = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    return made, zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils")
def test_sha256sum_accepts_every_file(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, archive = bundle
    archive.extractall(tmp_path)
    result = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listed = {line.split("  ", 1)[1] for line in (tmp_path / "SHA256SUMS").read_text().splitlines()}
    assert listed == set(archive.namelist()) - {"SHA256SUMS"}


def test_readme_names_the_packet_ledger_head_and_manifest(bundle) -> None:  # type: ignore[no-untyped-def]
    made, archive = bundle
    readme = archive.read("README.txt").decode()
    assert hashlib.sha256(made.pdf.data).hexdigest() in readme
    assert hashlib.sha256(archive.read("manifest.json")).hexdigest() in readme
    assert made.data.integrity.head_hash in readme
    assert f"Ledger entries:         {made.data.integrity.entries}" in readme
    for words in ("Windows", "Get-FileHash", "macOS", "shasum -a 256 -c", "sha256sum -c"):
        assert words in readme
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["packet_sha256"] == hashlib.sha256(made.pdf.data).hexdigest()


def test_every_contacts_exact_text_is_there_as_utf8(bundle) -> None:  # type: ignore[no-untyped-def]
    made, archive = bundle
    records = json.loads(archive.read("contacts.json").decode("utf-8"))["contacts"]
    texts = [r["text"] for r in records]
    for quote in QUOTES.values():
        assert quote in texts  # exactly, every script and the emoji
    rows = list(csv.DictReader(io.StringIO(archive.read("contacts.csv").decode("utf-8-sig"))))
    assert [int(r["id"]) for r in rows] == [c.id for c in made.data.contacts]
    assert QUOTES["arabic"] in [r["text"] for r in rows]


def test_spreadsheet_cells_never_run_as_formulas_and_long_names_are_short(
    packet_subject: PacketSubject,
) -> None:
    made = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    long_name = '=HYPERLINK("http://evil.example")' + "x" * 5000 + ".png"
    exhibits = (replace(made.data.exhibits[0], filename=long_name), *made.data.exhibits[1:])
    contacts = (replace(made.data.contacts[0], text="=1+2"), *made.data.contacts[1:])
    data = replace(made.data, exhibits=exhibits, contacts=contacts)
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(data, made.pdf.data, "p.pdf")))
    assert all(len(name) < 100 for name in archive.namelist())
    rows = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
    (row,) = [r for r in rows if r["exhibit"] == "1"]
    assert row["original_filename"] == "'" + long_name  # the full name, made harmless
    assert row["path"].endswith(".png")
    assert json.loads(archive.read("manifest.json"))["files"][1]["original_filename"] == long_name
    table = list(csv.DictReader(io.StringIO(archive.read("contacts.csv").decode("utf-8-sig"))))
    assert table[0]["text"] == "'=1+2"
    assert json.loads(archive.read("contacts.json"))["contacts"][0]["text"] == "=1+2"
