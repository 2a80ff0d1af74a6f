"""How often the reply editor's product box ("A product problem? Record what you tested")
comes up when the customer says a product failed, and how rarely when they write of anything
else (where their order is, a price, a rude driver, a design they dislike).

    .venv/bin/python bench/bench_product.py [--show-misses]

Texts: Amazon review snippets from the VADER ground truth (bench/data/vader, MIT licence), the
ones listed in bench/data/product/amazon_labels.tsv, each labelled by hand for Steady: "fault"
when it says a product failed, "not" when it is about something else. One in four (by the same
fixed hash of its id as bench_words.py) is held aside: the product words were never tuned on it,
and its figures are printed apart. bench/data/product/written.tsv holds phrasings written for
Steady in English, Spanish, French and German; written while the words were, its figures show
coverage, not accuracy.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.reply.checklist import is_product_problem

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Sample:
    part: str
    text: str
    fault: bool


def held_aside(key: str) -> bool:
    return zlib.crc32(key.encode()) % 4 == 0


def samples() -> list[Sample]:
    snippets = {}
    for line in (DATA / "vader" / "amazonReviewSnippets_GroundTruth.txt").read_text().splitlines():
        key, _, text = line.split("\t", 2)
        snippets[key] = text
    found = []
    for line in (DATA / "product" / "amazon_labels.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        key, label = line.split("\t")
        part = "Amazon, held aside" if held_aside(key) else "Amazon, tuned on"
        found.append(Sample(part, snippets[key], label == "fault"))
    for line in (DATA / "product" / "written.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        language, label, text = line.split("\t")
        found.append(Sample(f"written ({language})", text, label == "fault"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="of the tuned-on part only")
    args = parser.parse_args()
    everything = samples()
    parts: dict[str, list[Sample]] = {}
    for sample in everything:
        parts.setdefault(sample.part, []).append(sample)
    print(f"{'':22} {'faults shown':>16} {'others shown':>16}")
    for name in sorted(parts):
        faults = [s for s in parts[name] if s.fault]
        others = [s for s in parts[name] if not s.fault]
        hit = sum(is_product_problem(s.text) for s in faults)
        false = sum(is_product_problem(s.text) for s in others)
        print(
            f"{name:22} {hit:>4}/{len(faults):<3} {hit * 100 / max(1, len(faults)):5.1f}% "
            f"{false:>4}/{len(others):<3} {false * 100 / max(1, len(others)):5.1f}%"
        )
    if args.show_misses:
        seen = [s for s in everything if s.part != "Amazon, held aside"]
        for label, wrong in (
            ("faults missed", [s for s in seen if s.fault and not is_product_problem(s.text)]),
            ("others shown", [s for s in seen if not s.fault and is_product_problem(s.text)]),
        ):
            print(f"\n{label}:")
            for sample in wrong:
                print(f"  [{sample.part}] {sample.text[:120]}")


if __name__ == "__main__":
    main()
