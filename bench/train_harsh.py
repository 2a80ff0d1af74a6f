"""Fits the weights of the "harsh words" flag (assets/tone/harsh_en.tsv) to how people rated
whole sentences, so a sentence's words add up to about the rating people gave it.

    .venv/bin/python bench/train_harsh.py

Data: the VADER ground truth in bench/data/vader (Hutto & Gilbert 2014, MIT licence), every rated
sentence *except* the quarter bench_words.py holds out, which is never read here. Start: each
word's valence in the VADER lexicon (assets/tone/valence_en.tsv, same authors and licence),
turned round after a negation as VADER does. The fit (least squares, a pull towards the lexicon's
own value, a fixed seed) only re-weighs words people already rated one by one, plus "not <word>",
so every flag can name its words; names of films and products are never learned. Words seen in
fewer than MIN_SEEN sentences keep their lexicon value.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_words import DATA, VADER, held_out

from app.core.paths import assets_folder
from app.reply.tone_context import valences
from app.reply.tone_harsh import features

MIN_SEEN = 3
MIN_SEEN_NEGATED = 3
# Verbs the lexicon does not rate that say something failed when negated ("it doesn't work",
# "don't buy"); other unrated words after a negation ("not heard", "not there") say nothing.
NEGATED_VERBS = frozenset(
    "not " + verb
    for verb in """buy purchase order work works worked working last lasted function play plays
    deliver delivered respond responded answer answered fix fixed listen listened bother
    arrive arrived show showed showing recognize""".split()
)
EPOCHS = 20
STEP = 0.02
PULL_TO_LEXICON = 0.01
NEGATED = -0.74  # VADER's factor for a word after "not"
# People rate a sentence less extreme than its words added up: the fit starts from half.
SCALE = 0.5
OUT = assets_folder() / "tone" / "harsh_en.tsv"


def rated_sentences() -> list[tuple[str, float]]:
    found = []
    for name in VADER.values():
        raw = (DATA / "vader" / name).read_bytes().decode("utf-8", errors="replace")
        for line in raw.splitlines():
            parts = line.strip("\r\n").split("\t")
            if len(parts) >= 3 and not held_out(parts[0]):
                found.append((parts[2], float(parts[1])))
    return found


def lexicon_value(name: str, lexicon: dict[str, float]) -> float | None:
    word = name.removeprefix("not ")
    value = lexicon.get(word)
    if value is None and "'" in word:
        value = lexicon.get(word.replace("'", ""))
    if value is None:
        return None
    return SCALE * (value * NEGATED if name.startswith("not ") else value)


def main() -> None:
    lexicon = valences()
    rows = []
    seen: dict[str, int] = {}
    for text, rating in rated_sentences():
        # Rated words, and a few verbs after a negation ("don't buy", "doesn't work").
        names = [
            f.name
            for f in features(text)
            if f.name in NEGATED_VERBS or lexicon_value(f.name, lexicon) is not None
        ]
        rows.append((names, rating))
        for name in set(names):
            seen[name] = seen.get(name, 0) + 1
    start = {name: lexicon_value(name, lexicon) or 0.0 for name in seen}
    learned = {
        name
        for name, count in seen.items()
        if count >= (MIN_SEEN if start[name] else MIN_SEEN_NEGATED)
    }
    weight = {name: value for name, value in start.items() if value or name in learned}
    rows = [([n for n in names if n in weight], rating) for names, rating in rows]
    base = 0.0
    rng = random.Random(7)
    for _ in range(EPOCHS):
        rng.shuffle(rows)
        for names, rating in rows:
            error = base + sum(weight[n] for n in names) - rating
            base -= STEP * 0.1 * error
            for name in names:
                if name in learned:
                    moved = weight[name] - STEP * (
                        error + PULL_TO_LEXICON * (weight[name] - start[name])
                    )
                    # A word keeps the sign people gave it: praise never becomes a harsh word.
                    # ("Not <word>" for a word people did not rate can only be harsh.)
                    weight[name] = min(moved, 0.0) if start[name] <= 0 else max(moved, 0.0)
    lines = [
        "# Weights of the harsh-words flag, written by bench/train_harsh.py: each word's pull on",
        "# a sentence's rating (-4 to +4), fitted to the VADER ground truth (Hutto & Gilbert 2014,",
        "# MIT licence, see LICENSE-VADER.txt) without the held-out quarter, starting from the",
        "# VADER lexicon (halved). Words not listed count nothing.",
        f"(none)\t{base:.3f}",
    ]
    lines += [f"{name}\t{weight[name]:.3f}" for name in sorted(weight)]
    # Every lexicon word, so a word never seen in a rated sentence still counts.
    lines += [
        f"{word}\t{SCALE * value:.3f}"
        for word, value in sorted(lexicon.items())
        if word not in weight and word.isalpha() and word.islower()
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(learned)} words fitted, {len(lines)} lines written to {OUT}")


if __name__ == "__main__":
    main()
