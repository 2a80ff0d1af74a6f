from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from app.cli import main


def test_tone_prints_each_flag_with_its_words_offsets_and_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Per my last email, the lamp shipped.", encoding="utf-8")
    assert main(["tone", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "0-17  passive-aggressive  “Per my last email”" in out
    assert "why: A well-known way" in out and "instead: Restate" in out


def test_tone_reads_stdin_and_gives_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("😀 NO WAY!!!".encode())))
    assert main(["tone", "-", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [(f["kind"], f["words"], f["start"]) for f in result["flags"]] == [
        ("shouting", "NO WAY", 2),
        ("shouting", "!!!", 8),
    ]
    assert result["hostility"] > 0


def test_calm_text_exits_zero_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply, original = tmp_path / "reply.txt", tmp_path / "original.txt"
    reply.write_text("Thank you; the refund went out today.", encoding="utf-8")
    original.write_text("You are THIEVES!!! I will sue.", encoding="utf-8")
    assert main(["tone", str(reply), "--original", str(original)]) == 0
    out = capsys.readouterr().out
    assert "No tone flags" in out and "reads as calm" in out


def test_an_unreadable_file_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tone", str(tmp_path / "missing.txt")]) == 1
    assert "Cannot read" in capsys.readouterr().err
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0")
    assert main(["tone", str(binary)]) == 1
    assert "not UTF-8 text" in capsys.readouterr().err
