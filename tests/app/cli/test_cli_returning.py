"""The command line says what the window says about a customer coming back: at `customer add`,
`import` and `assess`, and after `customer link` for good."""

from __future__ import annotations

from pathlib import Path

from tests.app.cli.test_cli import steady

BACK = """From: =?utf-8?q?Ren=C3=A9e_Delacroix?= <r.delacroix.2026@gmail.com>
To: shop@hale.example
Subject: New order
Date: Thu, 26 Nov 2026 10:00:00 +0000
Message-ID: <back-1@gmail.com>
Content-Type: text/plain; charset=utf-8

I'd like to order again. Call me on +44 7700 900123.
"""
MAY_BE = (
    "This may be Renée Delacroix (terminated, customer 1) coming back: "
    "name “Renée Delacroix” is like “Renée Delacroix”."
)


def test_returning_customer_is_named_at_every_step(db_path: Path, tmp_path: Path) -> None:
    mail = tmp_path / "back.eml"
    mail.write_text(BACK, encoding="utf-8")
    first = ("customer", "add", "--name", "Renée Delacroix", "--email", "renee.delacroix@gmail.com")
    assert steady(db_path, *first).returncode == 0
    assert steady(db_path, "action", "1", "terminate", "--at", "2026-11-20T10:00").returncode == 0

    unmatched = steady(db_path, "import", str(mail))
    assert f"  note: back.eml: {MAY_BE}" in unmatched.stdout.splitlines()

    added = steady(
        db_path,
        "customer",
        "add",
        "--name",
        "Renée Delacroix",
        "--email",
        "r.delacroix.2026@gmail.com",
    )
    assert added.stdout == "2\n"  # a script still reads the id alone
    assert f"steady: note: {MAY_BE} If it is them, link the two with: steady customer link 2 1" in (
        added.stderr.splitlines()
    )
    imported = steady(db_path, "import", str(mail))
    assert f"  note: customer 2 (Renée Delacroix): {MAY_BE}" in imported.stdout
    assert MAY_BE in steady(db_path, "assess", "2").stdout

    linked = steady(db_path, "customer", "link", "2", "1")
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout == "Linked. Same person as Renée Delacroix — ended on Fri 20 Nov 2026.\n"
    assessed = steady(db_path, "assess", "2").stdout.splitlines()
    assert assessed[1] == "  Same person as Renée Delacroix — ended on Fri 20 Nov 2026."
    assert "This may be" not in "\n".join(assessed)
    steps = assessed[assessed.index("Next steps:") + 1 :]
    assert steps[:2] == [
        "  Do not take new orders: suggest another business (because: same person as Renée "
        "Delacroix, ended on Fri 20 Nov 2026)",
        "    log it with: action 2 refer-elsewhere",
    ]
    # The record they were linked to is not said to be anyone else.
    assert "Same person" not in steady(db_path, "assess", "1").stdout
