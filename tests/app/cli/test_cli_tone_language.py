"""`steady tone` reads a draft in the language of the owner's replies set in Settings, as the
reply window does, unless --language says otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main

FRENCH = (
    "Vous êtes vraiment ridicule et franchement malhonnête. C'est TOUJOURS la même chose "
    "avec vous, c'est votre faute."
)


@pytest.fixture
def french_log(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    services = open_services(path)
    services.settings.update({"reply_language": "Français"})
    services.close()
    return path


def _flags(capsys: pytest.CaptureFixture[str], *argv: str) -> list[tuple[str, str]]:
    assert main([*argv, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    return [(flag["kind"], flag["words"]) for flag in result["flags"]]


def test_the_settings_language_is_the_default(
    tmp_path: Path, french_log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(FRENCH, encoding="utf-8")
    before = french_log.read_bytes()
    from_settings = _flags(capsys, "--db", str(french_log), "tone", str(draft))
    given = _flags(capsys, "--db", str(french_log), "tone", str(draft), "--language", "fr")
    assert from_settings == given
    assert ("absolute", "TOUJOURS") in from_settings
    assert any(kind == "blame" for kind, _ in from_settings)
    assert french_log.read_bytes() == before  # only read
    assert main(["--db", str(french_log), "tone", str(draft)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Read as Français, the language of your replies in Settings.\n")


def test_language_given_wins_over_settings(
    tmp_path: Path, french_log: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("This is ALWAYS your fault.", encoding="utf-8")
    english = _flags(capsys, "--db", str(french_log), "tone", str(draft), "--language", "en")
    assert any(kind == "blame" for kind, _ in english)


def test_no_log_reads_english_and_creates_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft, missing = tmp_path / "draft.txt", tmp_path / "none.db"
    draft.write_text("Per my last email, the lamp shipped.", encoding="utf-8")
    assert main(["--db", str(missing), "tone", str(draft)]) == 0
    assert "passive-aggressive" in capsys.readouterr().out
    assert not missing.exists()
