"""`customer list` lines its columns up by the cells letters take on a terminal."""

from __future__ import annotations

import unicodedata

import pytest

from app.cli import main
from app.cli.columns import fitted, letters, width

FAMILY = "👩\u200d👩\u200d👧\u200d👦"


def test_wide_letters_take_two_cells_and_marks_none() -> None:
    assert width("王小明") == 6
    assert width("Zoë") == width("Zoe\u0308") == 3
    assert width(FAMILY) == 2
    assert fitted("王小明", 10) == "王小明    "


@pytest.mark.parametrize(
    "name",
    ["सत्यनारायण रामचन्द्र श्रीवास्तव जी " * 2, f"Zoë {FAMILY} Family Shop Owner Kowalska", "王" * 40],
)
def test_a_long_name_is_cut_between_letters_to_the_column(name: str) -> None:
    shown = fitted(name, 28)
    assert width(shown) == 28 and shown.rstrip().endswith("…")
    kept = shown.rstrip()[:-1]
    assert name.startswith(kept) and letters(name)[: len(letters(kept))] == letters(kept)
    # Never ends on a joiner, a virama or before a mark that belongs to the last letter.
    following = name[len(kept)]
    assert unicodedata.category(following) not in ("Mn", "Mc") and not kept.endswith("\u200d")


def test_the_status_column_starts_in_the_same_cell_on_every_line(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path))
    database = f"{tmp_path}/x.db"
    for name in ("王小明", "김민수", "Ömer İşçi", f"Zoë {FAMILY} Family Shop Owner Kowalska"):
        main(["--db", database, "customer", "add", "--name", name])
    capsys.readouterr()
    main(["--db", database, "customer", "list"])
    rows = capsys.readouterr().out.splitlines()[1:]
    assert len(rows) == 4
    assert {width(row[: row.index("Active")]) for row in rows} == {36}
