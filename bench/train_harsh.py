"""Fits the weights of the "harsh words" flag (assets/tone/harsh_en.tsv) to how people rated
whole sentences, so a sentence's words add up to about the rating people gave it.

    .venv/bin/python bench/train_harsh.py          # fit on the tuned part, write the weights
    .venv/bin/python bench/train_harsh.py --cv     # measure first: 5-fold, tuned part only

Data: the VADER ground truth in bench/data/vader (Hutto & Gilbert 2014, MIT licence), every rated
sentence *except* the quarter bench_words.py holds out, which is never read here.

Which words may carry a weight (a closed vocabulary, so every flag names words anyone would
understand, never a film's title or a person's name):
- every word of the VADER lexicon (people rated it one by one), and "not <word>" for it;
- a short list of verbs after a negation ("doesn't work", "don't buy", "don't waste");
- a judgement the lexicon lacks ("drivel", "flimsy", "pointless": JUDGEMENTS, a closed list read
  off the tuned part), when it is a word of the English spelling dictionary Steady ships
  (pyspellchecker's list) and appears in at least MIN_TEXTS tuned sentences.
No other word is learned: a looser model, free to weigh any dictionary word found in two
sources, weighed "customers", "claim" and actors' names, and no flag could say why.

The fit is ridge regression of each sentence's rating on its words, pulled towards each word's
lexicon value (halved; a word people did not rate is pulled towards 0), solved exactly by
conjugate gradients. A word of the lexicon keeps the sign people gave it and at least KEEP of
its weight (films praised as "devastating" do not make the word mild in a reply); "not <verb>"
and the judgements can only be harsh: praise never becomes a harsh word.

--cv splits the tuned part in five by a fixed hash, fits on four, runs the whole tone check with
those weights on the fifth, and prints, per source, the share of hostile and warm texts flagged
at each threshold: the figures HARSH_BELOW in app/reply/tone_harsh.py is chosen from.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_words import DATA, HOSTILE, VADER, WARM, held_out

from app.core.paths import assets_folder
from app.reply.spelling import word_list
from app.reply.tone import check_tone
from app.reply.tone_context import read_sentences, valences
from app.reply.tone_harsh import HARSH_BELOW, features, open_to_harsh, pointed_at, rating
from app.reply.tone_rules import ToneKind

MIN_SEEN_NEGATED = 3
MIN_TEXTS = 5
# A judgement may come from one source: the list is closed, so no title or name gets in, and
# film critics' words ("unwatchable", "insufferable") are as plain in a reply.
MIN_SOURCES = 1
# Verbs that say something failed when negated ("it doesn't work", "don't buy", "don't waste
# your money": the lexicon would read the last as praise); other words after a negation the
# lexicon does not rate ("not heard", "not there") say nothing.
NEGATED_VERBS = frozenset(
    "not " + verb
    for verb in """buy purchase order work works worked working last lasted function play plays
    deliver delivered respond responded answer answered fix fixed listen listened bother
    arrive arrived show showed showing recognize waste""".split()
)
# Words the lexicon does not rate that people use to run something down ("drivel", "flimsy",
# "pointless"): each may carry a harsh weight, fitted to the data like the lexicon's, when the
# rated texts use it often enough across sources. Read off the words the tuned part pulled down
# most, keeping only judgements (not titles, names, or topics such as "customers" or "claim"),
# and leaving out words a calm reply uses plainly ("avoid delays", "defective", "wooden toys").
JUDGEMENTS = frozenset(
    """junk devoid lacking lacks drivel pointless beware flaw flawed threadbare unnecessary limp
    baffling uninteresting implausible flimsy banal trash shoddy superficial dopey soggy mediocre
    uneventful tedious poorly drab unconvincing inept clumsy garbage cumbersome cheesy clunky
    idiots ripoff overpriced unwatchable unfunny bland cliched lifeless incoherent amateurish
    sloppy tiresome forgettable contrived laughable formulaic pretentious plodding dreary
    insufferable misguided muddled stale sluggish sophomoric inane vapid overlong cheaply
    unreliable overrated overblown overwrought derivative joyless witless humorless uninspired
    unoriginal simplistic clumsily sloppily boorish soulless flabby jumbled underdeveloped
    exploitative shameless sham ineptly mindless listless senseless interminable monotonous
    tedium unbearably nightmare meandering unimaginative hackneyed shapeless crass rote
    preposterous inconsequential hastily juvenile musty retread indulgent preachy manipulative
    melodramatic vulgar schmaltzy""".split()
)
# How hard each weight is pulled towards its lexicon value (1, 3 and 10 were compared by
# cross-validation inside the tuned part: 1 flagged most hostile texts at the same warm share).
RIDGE = 1.0
# The data may re-weigh a rated word, but not below this share of what people gave it alone:
# "devastating" and "tragic" praise many films, and still read as harsh in a reply.
KEEP = 0.5
NEGATED = -0.74  # VADER's factor for a word after "not"
# People rate a sentence less extreme than its words added up: the pull is towards half.
SCALE = 0.5
FOLDS = 5
OUT = assets_folder() / "tone" / "harsh_en.tsv"


@dataclass(frozen=True)
class Rated:
    source: str
    key: str
    text: str
    rating: float


def rated_sentences() -> list[Rated]:
    found = []
    for source, name in VADER.items():
        raw = (DATA / "vader" / name).read_bytes().decode("utf-8", errors="replace")
        for line in raw.splitlines():
            parts = line.strip("\r\n").split("\t")
            if len(parts) >= 3 and not held_out(parts[0]):
                found.append(Rated(source, parts[0], parts[2], float(parts[1])))
    return found


def lexicon_value(name: str, lexicon: dict[str, float]) -> float | None:
    word = name.removeprefix("not ")
    value = lexicon.get(word)
    if value is None and "'" in word:
        value = lexicon.get(word.replace("'", ""))
    if value is None:
        return None
    return SCALE * (value * NEGATED if name.startswith("not ") else value)


def vocabulary(rows: Sequence[Rated], lexicon: dict[str, float]) -> dict[str, float | None]:
    """The names that may carry a weight, each with its lexicon value (None: not rated)."""
    dictionary = word_list("en")
    texts: Counter[str] = Counter()
    sources: dict[str, set[str]] = {}
    for row in rows:
        for name in {f.name for f in features(row.text)}:
            texts[name] += 1
            sources.setdefault(name, set()).add(row.source)
    found: dict[str, float | None] = {}
    for name, count in texts.items():
        value = lexicon_value(name, lexicon)
        word = name.removeprefix("not ")
        if value is not None and name not in NEGATED_VERBS:
            found[name] = value
        elif (name in NEGATED_VERBS and count >= MIN_SEEN_NEGATED) or (
            name in JUDGEMENTS
            and word in dictionary
            and count >= MIN_TEXTS
            and len(sources[name]) >= MIN_SOURCES
        ):
            found[name] = None
    return found


def fit(rows: Sequence[Rated], vocab: dict[str, float | None]) -> tuple[float, dict[str, float]]:
    """(base, weight of each name): ridge regression towards the lexicon; each rated word keeps
    its sign and at least KEEP of its weight."""
    index = {name: i for i, name in enumerate(vocab)}
    prior = [value or 0.0 for value in vocab.values()]
    # The weight each word may not go past: KEEP of its lexicon value, or 0 for the words the
    # lexicon does not rate ("not <verb>" and the judgements can only be harsh).
    bound = [KEEP * (value or 0.0) for value in vocab.values()]
    sign = [-1 if value is None or value < 0 else 1 for value in vocab.values()]
    data = []
    for row in rows:
        counts = Counter(index[f.name] for f in features(row.text) if f.name in index)
        data.append((list(counts.items()), row.rating))
    held: dict[int, float] = {}
    weight = list(prior)
    base = 0.0
    # Solve, then hold at its bound each word the solution took past it, and solve again.
    for _ in range(4):
        base, weight = _ridge(data, prior, held, len(vocab))
        past = {j for j, w in enumerate(weight) if sign[j] * (w - bound[j]) < 0} - set(held)
        if not past:
            break
        held.update((j, bound[j]) for j in past)
    return base, {name: weight[index[name]] for name in vocab}


def _ridge(
    data: Sequence[tuple[list[tuple[int, int]], float]],
    prior: Sequence[float],
    held: dict[int, float],
    size: int,
) -> tuple[float, list[float]]:
    """Minimises sum (base + x.w - rating)^2 + RIDGE * |w - prior|^2 with the words in `held`
    held at their value, by conjugate gradients on the normal equations (the base is not
    pulled)."""
    start = [held.get(j, prior[j]) for j in range(size)]
    rows = [
        ([(j, c) for j, c in x if j not in held], r - sum(start[j] * c for j, c in x))
        for x, r in data
    ]
    free = [j not in held for j in range(size)]
    # Unknowns: the change of each free weight from its start, and the base (index size).

    def apply(u: list[float]) -> list[float]:
        out = [0.0] * (size + 1)
        for x, _ in rows:
            value = u[size] + sum(u[j] * c for j, c in x)
            out[size] += value
            for j, c in x:
                out[j] += value * c
        for j in range(size):
            out[j] = out[j] + RIDGE * u[j] if free[j] else 0.0
        return out

    rhs = [0.0] * (size + 1)
    for x, target in rows:
        rhs[size] += target
        for j, c in x:
            rhs[j] += target * c
    u = [0.0] * (size + 1)
    residual = list(rhs)
    direction = list(residual)
    before = sum(v * v for v in residual)
    enough = before * 1e-8
    for _ in range(200):
        if before < enough:
            break
        moved = apply(direction)
        step = before / sum(d * m for d, m in zip(direction, moved, strict=True))
        u = [a + step * d for a, d in zip(u, direction, strict=True)]
        residual = [a - step * m for a, m in zip(residual, moved, strict=True)]
        after = sum(v * v for v in residual)
        direction = [r + (after / before) * d for r, d in zip(residual, direction, strict=True)]
        before = after
    return u[size], [start[j] if j in held else start[j] + u[j] for j in range(size)]


def harshest_sentence(text: str, weighed: tuple[float, dict[str, float]]) -> float:
    """The lowest rating of a sentence the harsh flag could point at (inf when none)."""
    scan = text.replace("’", "'")
    taken = [f for f in check_tone(text) if f.kind is not ToneKind.HARSH]
    lowest = float("inf")
    for sentence in read_sentences(scan):
        if not open_to_harsh(sentence, taken):
            continue
        score, _, pulls = rating(sentence, text, weighed)
        if pointed_at(pulls):
            lowest = min(lowest, score)
    return lowest


def other_flags(text: str) -> bool:
    return any(f.hostile and f.kind is not ToneKind.HARSH for f in check_tone(text))


def cross_validate(rows: Sequence[Rated], lexicon: dict[str, float]) -> None:
    extreme = [row for row in rows if row.rating <= HOSTILE or row.rating >= WARM]
    results: list[tuple[Rated, bool, float]] = []
    for fold in range(FOLDS):
        part = [row for row in rows if zlib.crc32(row.key.encode()) % FOLDS != fold]
        weighed = fit(part, vocabulary(part, lexicon))
        for row in extreme:
            if zlib.crc32(row.key.encode()) % FOLDS == fold:
                results.append((row, other_flags(row.text), harshest_sentence(row.text, weighed)))
        print(f"fold {fold + 1} of {FOLDS} done", file=sys.stderr)
    sources = list(VADER)
    print(f"{FOLDS}-fold cross-validation on the tuned part: hostile flagged / warm flagged")
    print(f"{'harsh below':>11}  " + "  ".join(f"{s[:14]:>14}" for s in sources))
    for threshold in _thresholds():
        cells = []
        for source in sources:
            mine = [(r, o, s) for r, o, s in results if r.source == source]
            cells.append(_cell(mine, threshold))
        mark = "  <- HARSH_BELOW" if abs(threshold - HARSH_BELOW) < 1e-9 else ""
        print(f"{threshold:>11.2f}  " + "  ".join(cells) + mark)


def _thresholds() -> Iterable[float]:
    return [round(-1.6 + 0.05 * i, 2) for i in range(29)]


def _cell(found: Sequence[tuple[Rated, bool, float]], threshold: float) -> str:
    hostile = [o or s <= threshold for r, o, s in found if r.rating <= HOSTILE]
    warm = [o or s <= threshold for r, o, s in found if r.rating >= WARM]
    if not hostile or not warm:
        return f"{'-':>14}"
    return f"{100 * sum(hostile) / len(hostile):5.1f} / {100 * sum(warm) / len(warm):4.1f}  "


def write(base: float, weight: dict[str, float], lexicon: dict[str, float]) -> int:
    lines = [
        "# Weights of the harsh-words flag, written by bench/train_harsh.py: each word's pull on",
        "# a sentence's rating (-4 to +4), fitted to the VADER ground truth (Hutto & Gilbert 2014,",
        "# MIT licence, see LICENSE-VADER.txt) without the held-out quarter, pulled towards the",
        "# VADER lexicon (halved). Words not listed count nothing.",
        f"(none)\t{base:.3f}",
    ]
    lines += [f"{name}\t{value:.3f}" for name, value in sorted(weight.items()) if value]
    # Every lexicon word, so a word never seen in a rated sentence still counts.
    lines += [
        f"{word}\t{SCALE * value:.3f}"
        for word, value in sorted(lexicon.items())
        if word not in weight and word.isalpha() and word.islower()
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args()
    lexicon = valences()
    rows = rated_sentences()
    if args.cv:
        cross_validate(rows, lexicon)
        return
    vocab = vocabulary(rows, lexicon)
    base, weight = fit(rows, vocab)
    written = write(base, weight, lexicon)
    learned = sum(1 for value in vocab.values() if value is None)
    print(f"{len(vocab)} names fitted ({learned} beyond the lexicon), {written} lines to {OUT}")


if __name__ == "__main__":
    main()
