"""Importing one big email (a video or a scanned PDF attached), file to database: peak memory
against the mail's size, and time against the least any importer must do, in the same run.

Each mail is imported in a fresh process the way `steady import` and the import dialog's
worker do (`Importer.run` on an open log), so one mail's peak does not hide another's. The
baseline process only reads the file and parses it with `email.policy.default`, calling
`get_content()` on every part. Peak is the process's ru_maxrss; "growth" is that peak less
what the process held just before the import started (Python, Steady's modules, the log).
"again" imports the same mail a second time (nothing is added): its time, and the growth up to
then.

    .venv/bin/python bench/bench_big_mail.py [--sizes 20,60,120] [--only steady|baseline] [--locked]

With --locked the log is locked with a passphrase (SQLCipher), as an owner may keep it.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SENDER = "customer@mail.example"
MB = 1024 * 1024
LINE = 57  # bytes per base64 line: 76 characters, as mail programs write them


def _peak_bytes() -> int:
    # Linux gives kilobytes, macOS bytes.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return _peak_bytes()


def write_mail(path: Path, parts: list[int]) -> Path:
    """A mail as a mail program sends it: a few lines of text, then each attachment of the
    given decoded size as base64 in 76-character lines, written a line block at a time."""
    boundary = "==bench-boundary-7f3a=="
    with open(path, "wb") as out:
        out.write(
            (
                f"From: A Customer <{SENDER}>\r\nTo: shop@shop.example\r\n"
                "Subject: The video of what happened\r\n"
                "Date: Mon, 02 Mar 2026 10:15:00 +0100\r\n"
                f"Message-ID: <bench-{path.stem}@mail.example>\r\nMIME-Version: 1.0\r\n"
                f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
                f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Here is the video. You will be hearing from my lawyer.\r\n"
            ).encode()
        )
        for number, size in enumerate(parts, start=1):
            out.write(
                (
                    f"--{boundary}\r\nContent-Type: video/mp4\r\n"
                    "Content-Transfer-Encoding: base64\r\n"
                    f'Content-Disposition: attachment; filename="clip-{number}.mp4"\r\n\r\n'
                ).encode()
            )
            left = size
            while left:
                block = os.urandom(min(left, LINE * 4096))
                left -= len(block)
                out.write(
                    b"".join(
                        base64.b64encode(block[i : i + LINE]) + b"\r\n"
                        for i in range(0, len(block), LINE)
                    )
                )
        out.write(f"--{boundary}--\r\n".encode())
    return path


def run_steady(mail: str, folder: str, locked: bool) -> dict[str, float]:
    from app.application import open_services
    from app.core.domain import Customer

    passphrase = "correct horse battery staple" if locked else None
    services = open_services(os.path.join(folder, "bench.db"), passphrase=passphrase)
    services.customers.add(Customer(name="A Customer", emails=(SENDER,)))
    before = _rss_bytes()
    started = time.perf_counter()
    report = services.imports.run([mail])
    seconds = time.perf_counter() - started
    assert len(report.imported) == 1, report.summary()
    peak = _peak_bytes()
    started = time.perf_counter()
    again = services.imports.run([mail])
    again_seconds = time.perf_counter() - started
    assert len(again.skipped) == 1, again.summary()
    services.close()
    return {
        "before": before,
        "peak": peak,
        "seconds": seconds,
        "again": again_seconds,
        "again_peak": _peak_bytes(),
    }


def run_baseline(mail: str) -> dict[str, float]:
    import email
    import email.policy

    before = _rss_bytes()
    started = time.perf_counter()
    with open(mail, "rb") as handle:
        parsed = email.message_from_binary_file(handle, policy=email.policy.default)
    for part in parsed.walk():
        if not part.is_multipart():
            part.get_content()  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    peak = _peak_bytes()
    return {"before": before, "peak": peak, "seconds": seconds, "again": 0.0, "again_peak": peak}


def measure(which: str, mail: Path, folder: Path, locked: bool = False) -> dict[str, float]:
    """One import (or baseline parse) in a fresh process."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", which, str(mail), str(folder)]
        + (["--locked"] if locked else []),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,60,120", help="mail sizes in MB")
    parser.add_argument("--only", choices=("steady", "baseline"))
    parser.add_argument("--locked", action="store_true", help="a log locked with a passphrase")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        which, mail, folder = args.child
        result = run_steady(mail, folder, args.locked) if which == "steady" else run_baseline(mail)
        print(json.dumps(result))
        return
    mails: list[tuple[str, list[int]]] = [
        (f"one part, {size} MB mail", [int(size) * MB * 3 // 4 - 4096])
        for size in args.sizes.split(",")
    ]
    mails.append(("six 10 MB parts", [10 * MB] * 6))
    print(
        f"{'mail':<24}{'size':>8}  {'who':<9}{'peak':>9}{'growth':>9}{'x mail':>8}"
        f"{'time':>8}{'x base':>8}{'again':>8}{'x mail':>8}"
    )
    for label, parts in mails:
        with tempfile.TemporaryDirectory() as folder_name:
            folder = Path(folder_name)
            mail = write_mail(folder / "big.eml", parts)
            size = mail.stat().st_size
            # The machine may be busy: the faster of two baseline runs.
            base = min(
                (measure("baseline", mail, folder) for _ in range(2)), key=lambda r: r["seconds"]
            )
            whos = ["baseline", "steady"] if args.only is None else [args.only]
            for who in whos:
                result = base if who == "baseline" else measure("steady", mail, folder, args.locked)
                growth = result["peak"] - result["before"]
                again = result["again_peak"] - result["before"]
                print(
                    f"{label:<24}{size / MB:7.1f}M  {who:<9}{result['peak'] / MB:8.0f}M"
                    f"{growth / MB:8.0f}M{growth / size:7.2f}x{result['seconds']:7.2f}s"
                    f"{result['seconds'] / base['seconds']:7.2f}x{result['again']:7.2f}s"
                    f"{again / size:7.2f}x"
                )


if __name__ == "__main__":
    main()
