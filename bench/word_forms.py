"""Make assets/wordlists/forms-*.txt.gz: the common word forms the spelling lists lack.

pyspellchecker's Spanish list holds hardly any plural or verb form, its German and French lists
miss common forms, and its English list knows only American spellings. wordfreq's "small"
lists (words in common use, down to one in a million, data under CC BY-SA 4.0) fill the gap.
Run once when updating the lists; needs msgpack and wordfreq's wheel, neither used by Steady:

    .venv/bin/pip download --no-deps wordfreq==3.1.1 -d /tmp/wf && unzip -q /tmp/wf/*.whl -d /tmp/wf
    .venv/bin/pip install --target /tmp/wf/mp msgpack
    PYTHONPATH=/tmp/wf/mp .venv/bin/python bench/word_forms.py /tmp/wf/wordfreq/data
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.reply.spelling import spellchecker_words

OUT = ROOT / "assets" / "wordlists"
LETTERS = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
# British endings and their American spelling: a British word is taken only when the American
# spelling it stands for is in the English list.
BRITISH = [
    ("isations", "izations"), ("isation", "ization"), ("ised", "ized"), ("ises", "izes"),
    ("ising", "izing"), ("ise", "ize"), ("ourable", "orable"), ("ourite", "orite"),
    ("oured", "ored"), ("ouring", "oring"), ("ours", "ors"), ("our", "or"), ("tres", "ters"),
    ("tre", "ter"), ("ogues", "ogs"), ("ogue", "og"), ("lled", "led"), ("lling", "ling"),
    ("ller", "ler"), ("ence", "ense"), ("ysed", "yzed"), ("ysing", "yzing"), ("yse", "yze"),
    ("mmes", "ms"), ("mme", "m"),
]  # fmt: skip


def common_words(data: Path, language: str) -> list[str]:
    import msgpack  # type: ignore[import-not-found]

    packed = msgpack.unpackb(gzip.decompress((data / f"small_{language}.msgpack.gz").read_bytes()))
    return [word for bucket in packed[1:] for word in bucket if LETTERS.match(word)]


def british(word: str, american: dict[str, int]) -> bool:
    if word.startswith("you"):  # "youre" is not a spelling of "yore"
        return False
    for ending, us in BRITISH:
        if word.endswith(ending) and word[: -len(ending)] + us in american:
            return True
    return "our" in word and word.replace("our", "or", 1) in american


def write(language: str, words: list[str]) -> None:
    path = OUT / f"forms-{language}.txt.gz"
    path.write_bytes(gzip.compress(("\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{path.name}: {len(words)} words")


def main() -> None:
    data = Path(sys.argv[1])
    for language in ("es", "fr", "de"):
        known = spellchecker_words(language)
        write(language, [w for w in common_words(data, language) if len(w) > 1 and w not in known])
    american = spellchecker_words("en")
    write("en", [w for w in common_words(data, "en") if w not in american and british(w, american)])


if __name__ == "__main__":
    main()
