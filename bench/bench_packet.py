"""How long the owner waits for a legal packet of a heavy customer (1,000 contacts and 100
screenshots), and how much memory it takes, against plain reportlab doing the same work.

Both are measured from the outside, each in its own process started by this script: wall time
from process start until the PDF is written, and the process's peak resident memory.

- Steady: `python -m app --db … packet ID --kind legal --out …`, as the owner would run it.
- Baseline: a plain reportlab document printing, page for page, the words Steady's packet shows
  on that page (read back from the packet with pypdf before timing) and the same screenshots
  at the same resolution, in the same embedded fonts (DejaVu Sans, its bold and mono, and the
  Noto and WenQuanYi fonts for the other scripts, shaped through HarfBuzz as Steady shapes
  them), on as many pages, with the same output settings: what any correct PDF of this
  content costs, without Steady's layout (contents, stamps, quote bars, Bates numbers, links,
  right-to-left order).

    .venv/bin/python bench/bench_packet.py [--contacts 1000] [--screenshots 100]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw

WORDS = [
    "refund",
    "now",
    "unacceptable",
    "lawyer",
    "account",
    "locked",
    "reply",
    "immediately",
    "review",
    "everyone",
    "terrible",
    "service",
    "café",
    "“quote”",
    "—",
    "I",
    "will",
    "post",
    "this",
    "everywhere",
]
# One message in ten is in another script, as in a shop with customers from everywhere.
OTHER_SCRIPTS = [
    "Θα σας καταγγείλω σε όλους.",
    "Я напишу плохой отзыв везде.",
    "你们的服务太差了我要投诉",
    "אני אתבע אתכם בבית משפט",
    "سأقاضيكم في المحكمة",
    "Enjoy your one star 😀",
    "मैं तुम्हें अदालत में ले जाऊँगा",
]


def screenshot(index: int) -> bytes:
    image = Image.new("RGB", (1280, 800), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1280, 60), fill="#2f5d7c")
    for line in range(30):
        draw.text(
            (40, 80 + line * 22), f"Post {index} line {line}: " + " ".join(WORDS[:8]), fill="black"
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill(path: Path, contacts: int, screenshots: int, inputs: Path) -> int:
    """The heavy customer's log; the same texts and pictures are saved for the baseline."""
    from app.application import open_services
    from app.core.contact_changes import NewAttachment
    from app.core.domain import Category, Channel, ContactDetails, Customer, Direction

    services = open_services(path)
    customer_id = services.customers.add(Customer(name="Heavy Customer", emails=("h@example.com",)))
    rng = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    texts, images = [], []
    every = max(1, contacts // max(1, screenshots))
    for n in range(contacts):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 80)))
        if n % 10 == 0:
            text += " " + OTHER_SCRIPTS[(n // 10) % len(OTHER_SCRIPTS)]
        attachments = []
        if n % every == 0 and len(images) < screenshots:
            (inputs / f"{len(images)}.png").write_bytes(screenshot(n))
            images.append(f"{len(images)}.png")
            attachments.append(
                NewAttachment(f"shot-{n}.png", (inputs / images[-1]).read_bytes(), "image/png")
            )
        services.contacts.log(
            customer_id,
            ContactDetails(
                occurred_at=start + timedelta(hours=7 * n),
                channel=Channel.SOCIAL if attachments else Channel.EMAIL,
                direction=Direction.INBOUND if n % 4 else Direction.OUTBOUND,
                text=text,
                categories=(Category.ABUSE,) if n % 5 == 0 else (),
                severity=1 + n % 5,
            ),
            attachments,
        )
        texts.append(text)
    services.close()
    (inputs / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return customer_id


def page_plan(packet: Path, inputs: Path) -> None:
    """What the baseline prints, page by page: the words Steady's packet shows on that page
    (as pypdf reads them) and, where the packet has a screenshot, the same screenshot.
    Worked out before timing; saved beside the pictures.

    pypdf reads shaped text as the glyphs drawn: Arabic comes back in presentation forms,
    which are turned back into letters here, and Devanagari conjuncts as private-use codes,
    which no font prints and are left out."""
    from pypdf import PdfReader

    plan = []
    for page in PdfReader(packet).pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        has_image = any(
            x.get_object().get("/Subtype") == "/Image" and x.get_object()["/Width"] > 200
            for x in xobjects.values()
        )
        lines = [_letters(line) for line in (page.extract_text() or "").splitlines()]
        plan.append({"lines": [line for line in lines if line.strip()], "image": has_image})
    (inputs / "plan.json").write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")


def _letters(line: str) -> str:
    out = []
    for char in line:
        if 0xE000 <= ord(char) <= 0xF8FF:
            continue
        if 0xFB50 <= ord(char) <= 0xFEFF:
            char = unicodedata.normalize("NFKC", char)
        out.append(char)
    return "".join(out)


# The baseline embeds the fonts Steady's packet embeds, each character in the font that has it
# (the font of its script where Steady uses one), and shapes those scripts through HarfBuzz as
# reportlab does when asked: what any correct PDF of these words must do.
FONT_FILES = {
    "Plain": "DejaVuSans.ttf",
    # Latin inside a shaped paragraph: reportlab shapes every run of such a paragraph.
    "PlainShaped": "DejaVuSans.ttf",
    "PlainBold": "DejaVuSans-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "CJK": "wqy-microhei.ttc",
    "Hebrew": "NotoSansHebrew-Regular.ttf",
    "Arabic": "NotoSansArabic-Regular.ttf",
    "Devanagari": "NotoSansDevanagari-Regular.ttf",
    "Emoji": "NotoEmoji-Regular.ttf",
}
SHAPED = {"Hebrew", "Arabic", "Devanagari", "Emoji"}
SHAPABLE = SHAPED | {"PlainShaped"}
SCRIPTS = [
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x1F000, 0x1FFFF, "Emoji"),
]
HEADING = re.compile(r"#\d+ · ")
HASH = re.compile(r"\b[0-9a-f]{64}\b")


def baseline(inputs: Path, out: Path) -> int:
    """Runs in its own process: plain reportlab, the same words, fonts and pictures on the
    same number of pages, with the same output settings (no ASCII85)."""
    from xml.sax.saxutils import escape

    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

    rl_config.useA85 = 0
    folder = ROOT / "assets" / "fonts"
    covers: dict[str, object] = {}
    for name, filename in FONT_FILES.items():
        font = TTFont(name, str(folder / filename), shapable=name in SHAPABLE)
        pdfmetrics.registerFont(font)
        covers[name] = font.face.charToGlyph

    def font_for(char: str, plain: str = "Plain") -> str:
        code = ord(char)
        for first, last, name in SCRIPTS:
            if first <= code <= last:
                return name
        if char == " " or code in covers["Plain"]:  # type: ignore[operator]
            return plain
        return "CJK" if code in covers["CJK"] else plain  # type: ignore[operator]

    def runs(line: str, base: str, plain: str = "Plain") -> tuple[str, bool]:
        """The line's markup, and whether it has a script that is shaped."""
        parts, shaped, run, run_font = [], False, "", base
        for char in line + "\0":
            font = font_for(char, plain) if char != "\0" else ""
            shaped = shaped or font in SHAPED
            if font != run_font and run:
                text = escape(run)
                parts.append(text if run_font == base else f'<font name="{run_font}">{text}</font>')
                run = ""
            run_font = font
            run += char
        return "".join(parts), shaped

    plain = ParagraphStyle("plain", fontName="Plain", fontSize=7.5, leading=9)
    styles = {name: ParagraphStyle(name, parent=plain, fontName=name) for name in FONT_FILES}
    plan = json.loads((inputs / "plan.json").read_text(encoding="utf-8"))
    width = A4[0] - 2 * 51

    class Picture(Flowable):
        """Drawn as Steady draws a screenshot: fitted to the page, at most 200 dpi."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            with Image.open(path) as image:
                w, h = image.size
            scale = min(width / w, 380 / h, 1.0)
            self.path, self.width, self.height = path, w * scale, h * scale

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            with Image.open(self.path) as image:
                wanted = (int(self.width / 72 * 200), int(self.height / 72 * 200))
                picture = image.convert("RGB")
                if picture.size[0] > wanted[0] * 1.2:
                    picture = picture.resize(wanted, Image.Resampling.BILINEAR)
            self.canv.drawImage(ImageReader(picture), 0, 0, self.width, self.height)

    story: list[Flowable] = []
    pictures = iter(sorted(inputs.glob("*.png"), key=lambda p: int(p.stem)))
    for number, page in enumerate(plan):
        if number:
            story.append(PageBreak())
        if page["image"]:
            story.append(Picture(next(pictures)))
        # The page's words in as few paragraphs as they allow (Steady sets them in many more,
        # with more markup): headings in bold and hashes in the monospaced font, each run of
        # lines of one kind a paragraph, a line in a shaped script a paragraph of its own.
        pending: list[str] = []
        kind = "Plain"
        for line in page["lines"]:
            text, shaped = runs(line, "Plain")
            font = "PlainBold" if HEADING.match(line) else "Mono" if HASH.search(line) else "Plain"
            if pending and (shaped or font != kind):
                story.append(Paragraph(" ".join(pending), styles[kind]))
                pending = []
            if not shaped:
                kind = font
                pending.append(runs(line, font, font)[0] if font != "Plain" else text)
                continue
            script = next(font_for(c) for c in line if font_for(c) in SHAPED)
            style = ParagraphStyle(script, parent=plain, fontName=script, shaping=1)
            story.append(Paragraph(runs(line, script, "PlainShaped")[0], style))
        if pending:
            story.append(Paragraph(" ".join(pending), styles[kind]))
    doc = SimpleDocTemplate(str(out), pagesize=A4, topMargin=36, bottomMargin=36)
    doc.build(story)
    return int(doc.page)


def measure(command: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak resident MiB and output of one process run to the end.

    On a shared machine the wall time of two runs depends on what else is running; the CPU
    time each process used does not, so both are printed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    assert process.stdout is not None
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{output}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--screenshots", type=int, default=100)
    parser.add_argument("--baseline", nargs=2, metavar=("INPUTS", "OUT"))
    args = parser.parse_args()
    if args.baseline:
        inputs, out = args.baseline
        print(baseline(Path(inputs), Path(out)))
        return
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "inputs").mkdir()
        db = root / "bench.db"
        customer_id = fill(db, args.contacts, args.screenshots, root / "inputs")
        packet = root / "packet.pdf"
        steady_s, steady_cpu, steady_mib, output = measure(
            [
                sys.executable,
                "-m",
                "app",
                "--db",
                str(db),
                "packet",
                str(customer_id),
                "--kind",
                "legal",
                "--out",
                str(packet),
                "--json",
            ]
        )
        pages = json.loads(output[output.index("{") :])["pages"]
        plain = root / "plain.pdf"
        page_plan(packet, root / "inputs")
        base_s, base_cpu, base_mib, base_pages = measure(
            [sys.executable, __file__, "--baseline", str(root / "inputs"), str(plain)]
        )
        steady_mb = packet.stat().st_size / 1e6
        plain_mb = plain.stat().st_size / 1e6
    print(f"legal packet: {args.contacts} contacts, {args.screenshots} screenshots")
    print("                   wall       CPU      peak memory")
    print(
        f"  Steady packet    {steady_s:6.2f} s  {steady_cpu:6.2f} s  {steady_mib:6.0f} MiB  ",
        end="",
    )
    print(f"({pages} pages, {steady_mb:.1f} MB)")
    print(f"  plain reportlab  {base_s:6.2f} s  {base_cpu:6.2f} s  {base_mib:6.0f} MiB  ", end="")
    pages_plain = base_pages.strip().splitlines()[-1]
    print(f"({pages_plain} pages, {plain_mb:.1f} MB; same words, fonts, pictures)")
    print(
        f"  ratio            {steady_s / base_s:6.2f} x  {steady_cpu / base_cpu:6.2f} x  "
        f"{steady_mib / base_mib:6.2f} x"
    )


if __name__ == "__main__":
    main()
