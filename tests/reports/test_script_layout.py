"""Customer text as drawn on the page: emoji sequences as one glyph, mixed right-to-left and
left-to-right text in the order of the Unicode Bidirectional Algorithm, Thai broken between
words; and always copied as logged."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from bidi import get_display
from reportlab.platypus import SimpleDocTemplate

from reports.fonts import EMOJI
from reports.script_layout import lay_out
from reports.shaping import glyph_ids
from reports.styles import styles
from reports.unicode_text import text_paragraph
from reports.word_breaks import clusters, segments, thai_words
from tests.helpers.pdf_reading import actual_texts, drawn_runs


def _pdf(*texts: str, width: float | None = None) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer)
    if width is not None:
        document.leftMargin = document.rightMargin = (document.pagesize[0] - width) / 2
    document.build([text_paragraph(text, styles().body) for text in texts])
    return buffer.getvalue()


def _glyphs(text: str) -> str:
    """The glyphs of a run as read back, without the zero-width ones HarfBuzz leaves for
    joiners and variation selectors, and without the line end the reader adds."""
    return text.replace("\n", "").replace(" ", "")


SEQUENCES = {
    "rainbow flag (ZWJ)": "🏳️\u200d🌈",
    "family (ZWJ)": "👩\u200d👩\u200d👧",
    "skin tone": "👍🏽",
    "flag of France": "🇫🇷",
    "keycap one": "1️⃣",
    "keycap hash": "#️⃣",
    "red heart": "❤️",
}


@pytest.mark.parametrize("name", list(SEQUENCES))
def test_an_emoji_sequence_is_drawn_as_one_glyph_and_copied_exactly(name: str) -> None:
    sequence = SEQUENCES[name]
    text = f"Look {sequence} here"
    data = _pdf(text)
    emoji = [run for run in drawn_runs(data) if "Emoji" in run[3]]
    assert [len(_glyphs(run[4])) for run in emoji] == [1], emoji
    # The glyph is the one HarfBuzz picks for the whole sequence from the emoji font.
    assert len([gid for gid in glyph_ids(EMOJI, sequence) if gid > 3]) == 1
    assert text in actual_texts(data)


def test_a_sequence_the_font_has_no_glyph_for_falls_back_to_its_parts() -> None:
    # A vampire joined to a dinosaur: no such emoji, so the font has no glyph for the whole.
    sequence = "🧛\u200d🦖"
    data = _pdf(f"odd {sequence}")
    emoji = [run for run in drawn_runs(data) if "Emoji" in run[3]]
    assert sum(len(_glyphs(run[4])) for run in emoji) == 2
    assert f"odd {sequence}" in actual_texts(data)


def _display_words(line: str, base: str | None = None) -> list[str]:
    """Expected display order from python-bidi's Rust implementation (a second,
    independent implementation of the algorithm): the line left to right, each run of
    right-to-left letters turned back to reading order, since a reader reads a run's glyphs
    back in reading order."""
    display = get_display(line, base_dir=base)
    out: list[str] = []
    run = ""
    for char in display + " ":
        if unicodedata.bidirectional(char) == "R":
            run += char
            continue
        if run:
            out.append(run[::-1])
            run = ""
        if char != " ":
            out.append(char)
    return out


MIXED = [
    "אני רוצה להחזיר את ה-iPhone 15 Pro שקניתי ב-₪4,500 (כולל מע״מ)",
    "The order 1234 from חנות הספרים (Tel Aviv) cost 99.90",
    "שילמתי 250 ש״ח, לא 25!",
    "קניתי Galaxy S24 Ultra בחנות",
]


@pytest.mark.parametrize("line", MIXED)
def test_a_mixed_direction_line_is_drawn_in_bidi_order_and_copied_in_reading_order(
    line: str,
) -> None:
    data = _pdf(line)
    runs = sorted(drawn_runs(data), key=lambda run: (-run[2], run[1]))
    drawn = "".join(_glyphs(run[4]) for run in runs)
    # unicode-bidi leaves mirroring to the renderer: brackets are compared as brackets.
    assert drawn.translate(_BRACKETS) == "".join(_display_words(line)).translate(_BRACKETS)
    assert actual_texts(data) == [line]


_BRACKETS = str.maketrans("()", "||")


def test_brackets_in_right_to_left_text_face_the_way_they_are_read() -> None:
    """ "(כולל מע״מ)" at the left end of a Hebrew line: drawn left to right, the bracket that
    closes it comes first and faces left, as in any browser."""
    data = _pdf(MIXED[0])
    runs = sorted(drawn_runs(data), key=lambda run: (-run[2], run[1]))
    drawn = "".join(_glyphs(run[4]) for run in runs)
    assert drawn.startswith("(מע״מכולל)₪4,500-בשקניתיiPhone15Pro-ה")


def test_a_quote_in_an_english_sentence_reads_as_one_phrase_in_its_own_direction() -> None:
    """Steady quotes a Hebrew message with a product name and a price in a letter: the quote
    is laid out as a right-to-left phrase of its own (as if isolated), not interleaved with
    the English sentence around it."""
    phrase = "אני רוצה להחזיר את ה-iPhone 15 שקניתי ב-₪4,500"
    line = f"On 2 March 2026 you wrote: “{phrase}” and we replied."
    data = _pdf(line)
    runs = sorted(drawn_runs(data), key=lambda run: (-run[2], run[1]))
    drawn = "".join(_glyphs(run[4]) for run in runs)
    inside = "".join(_display_words(phrase, base="R"))
    assert drawn == f"On2March2026youwrote:“{inside}”andwereplied."
    assert " ".join(actual_texts(data)) == line


def test_arabic_with_numbers_and_latin_keeps_each_run_in_its_place() -> None:
    line = "سعر iPhone 15 هو 4500 ريال"
    lines = lay_out(line, styles().body, 1000)
    assert len(lines) == 1
    data = _pdf(line)
    ordered = sorted(drawn_runs(data), key=lambda run: (-run[2], run[1]))
    latin = [run for run in ordered if "DejaVu" in run[3]]
    # Read right to left: price, then the phone's name; drawn left to right: "4500" is left of
    # "iPhone 15", and the name reads left to right inside.
    assert [_glyphs(run[4]) for run in latin] == ["4500", "iPhone", "15"]
    assert actual_texts(data) == [line]


THAI = (
    "ผมจะฟ้องร้องคุณที่ศาลเพราะบริการของคุณแย่มากและผมไม่พอใจอย่างยิ่ง"
    "ถ้าคุณไม่คืนเงินภายในวันศุกร์นี้ผมจะเขียนรีวิวให้ทุกคนรู้ว่าร้านนี้โกงลูกค้า"
)


def test_thai_lines_break_between_words_of_the_word_list() -> None:
    words, _ = thai_words()
    lines = [line.logical for line in lay_out(THAI, styles().body, 120)]
    assert len(lines) > 4
    assert "".join(lines) == THAI
    for line in lines:
        assert all(word in words for word in segments(line)), line
        assert unicodedata.category(line[0]) not in ("Mn", "Mc"), line
    # And as the PDF is copied: one span per line, the lines together the message.
    data = _pdf(THAI, width=120)
    assert "".join(actual_texts(data)) == THAI


def test_thai_letters_no_word_covers_break_only_between_whole_letters() -> None:
    nonsense = "ฟฺฟ์ฟิ่ฟุ้ฟั๊ฟี๋" * 12
    for line in lay_out(nonsense, styles().body, 60):
        assert unicodedata.category(line.logical[0]) not in ("Mn", "Mc")
    assert all(len(c) >= 1 and unicodedata.category(c[0]) == "Lo" for c in clusters(nonsense))


def test_thai_wraps_visibly_inside_its_column(tmp_path: Path) -> None:
    """Rendered, no line of the paragraph runs past the right edge of its column."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    from PIL import Image

    width = 150
    (tmp_path / "thai.pdf").write_bytes(_pdf(THAI, width=width))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "72",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "thai.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    right = (page.width + width) / 2
    # Columns with a dark pixel: histogram()[:128] counts the pixels darker than mid-grey.
    inked = [
        x for x in range(page.width) if any(page.crop((x, 0, x + 1, page.height)).histogram()[:128])
    ]
    assert inked and max(inked) <= right + 1
