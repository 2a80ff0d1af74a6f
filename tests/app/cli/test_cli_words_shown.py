"""The command line shows a customer's words as they are, whole when asked, and never lets them
steer the terminal: an escape code, a carriage return or a backspace is printed as a mark."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.cli.output import visible
from app.core.domain import Customer
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
LONG = (
    "Hello,\nI ordered the lamp on the 3rd.\nIt arrived broken.\n"
    "If I do not get my money back by Friday I will come to your shop and hurt someone.\n"
    "Regards, Gordon"
)
HIDDEN = "Thanks for the quick refund!\x1b[8m I know where you live and I will hurt you.\x1b[0m"


def _customer_with(db_path: Path, *texts: str, name: str = "Gordon Pike") -> int:
    services = open_services(db_path)
    customer_id = services.customers.add(Customer(name=name))
    for text in texts:
        services.contacts.log(customer_id, inbound(text, AT), [])
    services.close()
    return customer_id


def _run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[str, str]:
    capsys.readouterr()
    assert main(["--db", str(db_path), *args]) == 0
    out, err = capsys.readouterr()
    return out, err


def test_a_long_message_says_it_was_cut_and_how_to_see_it_whole(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    customer_id = _customer_with(db_path, LONG)
    out, _ = _run(capsys, db_path, "customer", "show", str(customer_id))
    assert "  > It arrived broken.\n" in out
    assert "hurt someone" not in out
    assert (
        f"  … 2 more lines not shown; steady customer show {customer_id} --full prints whole "
        "messages\n"
    ) in out

    out, _ = _run(capsys, db_path, "customer", "show", str(customer_id), "--full")
    assert "  > If I do not get my money back by Friday I will come to your shop and hurt" in out
    assert "  > Regards, Gordon\n" in out
    assert "more line" not in out


def test_blank_lines_and_page_breaks_do_not_push_the_threat_out_unannounced(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    # Blank lines, a form feed and a vertical tab would each count as a line if any break did.
    padded = "\n\n\nHi\x0cthere\x0bfriend\n\n\nSee you soon.\nTake care.\nI will hurt you."
    customer_id = _customer_with(db_path, padded)
    out, _ = _run(capsys, db_path, "customer", "show", str(customer_id))
    assert "  > Hi[U+000C]there[U+000B]friend\n" in out
    assert "  > See you soon.\n  > Take care.\n  … 1 more line not shown" in out
    assert "  >\n  >\n  > Hi" not in out
    assert "hurt you" not in out


def test_a_short_message_is_printed_whole_with_no_note(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    customer_id = _customer_with(db_path, "Where is my refund?\r\nAnswer me.")
    out, _ = _run(capsys, db_path, "customer", "show", str(customer_id))
    assert "  > Where is my refund?\n  > Answer me.\n" in out
    assert "more line" not in out


def test_escape_codes_in_a_message_are_shown_not_obeyed(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    erasing = "Lovely shop\x1b[1A\x1b[2K\x1b]0;Steady: all fine\x07\r\x08I will burn it down\x9b2J"
    customer_id = _customer_with(db_path, HIDDEN, erasing, name="Victor\x1b[8m Hale")
    out, _ = _run(capsys, db_path, "customer", "show", str(customer_id))
    assert "\x1b" not in out and "\r" not in out and "\x08" not in out and "\x9b" not in out
    assert (
        "  > Thanks for the quick refund![U+001B][8m I know where you live and I will hurt "
        "you.[U+001B][0m\n"
    ) in out
    # A lone carriage return ends a line (old Mac mail), as a newline would: nothing is overwritten.
    assert (
        "  > Lovely shop[U+001B][1A[U+001B][2K[U+001B]]0;Steady: all fine[U+0007]\n"
        "  > [U+0008]I will burn it down[U+009B]2J\n"
    ) in out
    assert out.startswith("Victor[U+001B][8m Hale  (customer")

    out, _ = _run(capsys, db_path, "search", "hurt")
    assert "\x1b" not in out
    assert "[U+001B][8m I know where you live and I will [hurt] you" in out


def test_json_keeps_the_exact_words_and_no_raw_control_character(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    words = "Calm words\x1b[8m hidden\x9b2J\x7f"
    customer_id = _customer_with(db_path, words)
    out, _ = _run(capsys, db_path, "customer", "show", str(customer_id), "--json")
    assert not any(char in out for char in "\x1b\x9b\x7f")
    assert json.loads(out)["contacts"][0]["details"]["text"] == words


def test_a_file_name_in_an_error_is_shown_visibly(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    customer_id = _customer_with(db_path)
    missing = tmp_path / "invoice\x1b[2K\rpaid.png"
    capsys.readouterr()
    code = main(
        ["--db", str(db_path), "log", "--customer", str(customer_id), "--channel", "email",
         "--text", "Hello", "--attach", str(missing)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0
    assert "steady: Cannot read invoice[U+001B][2K[U+000D]paid.png: No such file" in err


def test_visible_keeps_line_breaks_tabs_and_every_script() -> None:
    text = "Línea 1\n\tمرحبا 👋 日本\n"
    assert visible(text) == text
    assert visible("a\x00b\x7fc\x85d") == "a[U+0000]b[U+007F]c[U+0085]d"
