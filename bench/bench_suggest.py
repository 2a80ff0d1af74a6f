"""How long the threat and abuse suggestions take on a long rant and on everyday customer mail,
each against baselines measured in the same run on the same text.

    .venv/bin/python bench/bench_suggest.py [--messages 500] [--repeat 5] [--before REV]

Texts:
- a long threatening rant: about 56,000 characters with about 700 threat phrases, threats,
  everyday sentences that share their words ("I would never sue you") and plain English;
- the same length of real writing (tweets and review snippets from bench/data/vader) with a
  threat or an everyday sentence in every few;
- the plain-text bodies of the import bench's customer mail (bench/corpus.py), one by one.

Baselines: a plain regex word scan of the text (the least any reading pays), and the threat
phrases found without the everyday-English check (app.importing.threat_words.hits).
--before REV also times the suggestions with app/importing/everyday.py as it was at git
revision REV (say HEAD~1), read from git, in the same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.importing import suggest
from app.importing.threat_words import hits
from bench.bench_tone import draft
from bench.corpus import EVERYDAY, THREATS, EnglishWords, customer_email, rant

_WORD = re.compile(r"\w+")


def real_rant(characters: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    real = draft(characters // 4, seed).split(". ")
    parts: list[str] = []
    length = 0
    for sentence in real:
        if length >= characters:
            break
        parts.append(sentence + ".")
        if rng.random() < 0.4:
            parts.append(rng.choice(THREATS + EVERYDAY))
        length = sum(len(part) + 1 for part in parts)
    return " ".join(parts)


def mail_bodies(messages: int) -> list[str]:
    words = EnglishWords(random.Random(11))
    when = datetime(2025, 6, 1, 8, tzinfo=UTC)
    bodies = []
    for number in range(messages):
        message = customer_email(words, number, "customer1@mail.example", "shop@x.example", when)
        body = message.get_body(("plain",))
        assert body is not None
        bodies.append(body.get_content())  # type: ignore[attr-defined]
    return bodies


def timed(fn: Callable[[], object], repeat: int) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def everyday_at(revision: str) -> ModuleType:
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:app/importing/everyday.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "everyday_before.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("everyday_before", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def suggest_before(module: ModuleType, texts: list[str]) -> None:
    """The suggestions with that revision's everyday check, asked once for each phrase."""

    class Before:
        def __init__(self, text: str) -> None:
            self.text = text

        def covers(self, hit: Any) -> bool:
            return bool(module.is_everyday(hit, self.text))

    now = suggest.Everyday
    suggest.Everyday = Before  # type: ignore[misc, assignment]
    try:
        for text in texts:
            suggest.suggest_categories(text)
    finally:
        suggest.Everyday = now  # type: ignore[misc]


def measure(name: str, texts: list[str], repeat: int, before: ModuleType | None) -> None:
    characters = sum(len(t) for t in texts)
    phrases = sum(1 for t in texts for _ in hits(t))
    scan = timed(lambda: [_WORD.findall(t) for t in texts], repeat)
    found = timed(lambda: [list(hits(t)) for t in texts], repeat)
    suggested = timed(lambda: [suggest.suggest_categories(t) for t in texts], repeat)
    print(f"\n{name}: {len(texts)} text(s), {characters:,} characters, {phrases:,} phrases")
    print(f"  word scan (baseline)                 {scan * 1000:9.2f} ms")
    print(f"  threat phrases, no everyday check    {found * 1000:9.2f} ms {found / scan:7.1f}×")
    print(
        f"  suggestions                          {suggested * 1000:9.2f} ms "
        f"{suggested / scan:7.1f}×, {suggested / found:4.2f}× the phrases alone"
    )
    if before is not None:
        old = timed(lambda: suggest_before(before, texts), repeat)
        print(f"  suggestions before                   {old * 1000:9.2f} ms {old / scan:7.1f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", metavar="REV")
    args = parser.parse_args()
    before = everyday_at(args.before) if args.before else None
    measure("long rant", [rant(56_000)], args.repeat, before)
    measure("real writing with threats", [real_rant(56_000)], args.repeat, before)
    measure("the import bench's mail", mail_bodies(args.messages), args.repeat, before)


if __name__ == "__main__":
    main()
