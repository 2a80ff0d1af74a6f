"""Make assets/wordlists/everyday-en.txt.gz: the English words in everyday use, which a
redaction rule typed with a capital takes as a name ("May", "Will", "Bill"; docs/redaction.md).

The words of pyspellchecker's English list used at least EVERYDAY times in its count, so that
"bill" (39,982) and "mark" (50,334) are in and "sam" (5,033) and "mary" (6,393) are not. Kept
as a small file because reading the whole list takes the better part of a second. Run again
when pyspellchecker is updated:

    .venv/bin/python bench/everyday_words.py
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.reply.spelling import spellchecker_words

EVERYDAY = 10_000
OUT = ROOT / "assets" / "wordlists" / "everyday-en.txt.gz"


def main() -> None:
    counts = spellchecker_words("en")
    words = sorted(w for w, n in counts.items() if n >= EVERYDAY and w.isalpha())
    OUT.write_bytes(gzip.compress(("\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
