"""How long the draft checks take on a 1,000-word reply, against a plain regex scan of the
same text measured in the same run (the floor any check must pay to read the text).

    .venv/bin/python bench/bench_tone.py [--words 1000] [--repeat 30] [--window]

Typing must never wait for these: the window runs them on a worker thread after a pause,
but each should still finish well inside that pause (350 ms).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.reply.spelling import SpellCheck, grammar_available
from app.reply.tone import check_tone

SENTENCES = [
    "Thank you for your message about the order you placed on 3 March.",
    "I checked the tracking, and the parcel left our workshop on Monday morning.",
    "As I already said, the refund was issued obviously on time!!!",
    "You clearly did not read the instructions that came with the lamp.",
    "I recieved your photos and I can see the the crack in the glass.",
    "We will send a replacement by tracked post, and it should arrive on Thursday.",
    "If anything is unclear, reply to this email and I will answer it 😀.",
]


def draft(words: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        count += len(sentence.split())
        if rng.random() < 0.2:
            parts.append("\n\n")
    return " ".join(parts)


def timed(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm up: loading word lists and building the grammar checker are one-offs
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--window", action="store_true", help="also time the editor window")
    args = parser.parse_args()
    text = draft(args.words)
    word = re.compile(r"\w+")
    baseline = timed(lambda: sum(1 for _ in word.finditer(text)), args.repeat)
    spelling = SpellCheck(grammar=False)
    checks: list[tuple[str, Callable[[], object]]] = [
        ("tone check", lambda: check_tone(text)),
        ("spelling", lambda: spelling.spelling(text)),
    ]
    if grammar_available():
        grammar = SpellCheck()
        checks.append(("grammar (harper)", lambda: grammar.grammar(text)))
        checks.append(("spelling + grammar", lambda: grammar.check(text)))
    print(f"{len(text.split())} words, {len(text)} characters, median of {args.repeat} runs")
    print(f"{'regex word scan (baseline)':28} {baseline * 1000:8.2f} ms    1.0×")
    for name, fn in checks:
        seconds = timed(fn, args.repeat)
        print(f"{name:28} {seconds * 1000:8.2f} ms {seconds / baseline:6.1f}×")


def window(text: str, repeat: int) -> None:
    """What the UI thread itself does: one keystroke, and showing a check's results."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.application import open_services
    from app.core.domain import Direction
    from app.demo.fill import fill_demo
    from app.reply.steps import Step
    from ui.reply import ReplyEditor

    app = QApplication.instance() or QApplication([])
    services = open_services(os.path.join(tempfile.mkdtemp(), "bench.db"), is_demo=True)
    fill_demo(services)
    contact = next(
        c for c in services.contacts.page_for_customer(1, 0, 50) if c.direction is Direction.INBOUND
    )
    editor = ReplyEditor(services, contact.id, grammar=False, tts_engine="none")
    editor.replies.override_cooling(editor.state, "I am calm and ready to reply")
    editor.state.step = Step.REVIEW
    editor.draft.setPlainText(text)
    editor.show()
    app.processEvents()
    issues = SpellCheck(grammar=False).check(text)
    flags = check_tone(text)
    baseline = timed(lambda: text.count(" "), repeat)

    def keystroke() -> None:
        editor.draft.insertPlainText("a")
        app.processEvents()

    def results() -> None:
        current = editor.draft.toPlainText()
        editor.draft.apply_results(current, issues if current == text else [], flags)
        app.processEvents()

    key = timed(keystroke, repeat)
    editor.draft.setPlainText(text)
    shown = timed(results, repeat)
    print(f"{'UI: one keystroke':28} {key * 1000:8.2f} ms {key / baseline:6.0f}× str.count")
    print(f"{'UI: show results':28} {shown * 1000:8.2f} ms {shown / baseline:6.0f}× str.count")
    editor.shutdown()
    services.close()


if __name__ == "__main__":
    main()
    if "--window" in sys.argv:
        window(draft(1000), 20)
