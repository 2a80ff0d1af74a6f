"""Whether a mail's markup keeps an element's words from the person reading it.

A sender can write words no mail program shows (display:none, white on white, a 1px font) to
plant an "apology" in the log or break a visible threat apart. This reads the few ways of
hiding that need no layout engine, from the element's attributes, its inline style and simple
rules of the page's <style> blocks. Bad CSS is ignored, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

Rgb = tuple[float, float, float]
Declarations = list[tuple[str, str]]

WHITE: Rgb = (255.0, 255.0, 255.0)
BLACK: Rgb = (0.0, 0.0, 0.0)
_NAMED: dict[str, Rgb] = {
    "white": WHITE, "black": BLACK, "red": (255, 0, 0), "green": (0, 128, 0),
    "blue": (0, 0, 255), "yellow": (255, 255, 0), "gray": (128, 128, 128),
    "grey": (128, 128, 128), "silver": (192, 192, 192), "whitesmoke": (245, 245, 245),
    "snow": (255, 250, 250), "ivory": (255, 255, 240), "navy": (0, 0, 128),
}  # fmt: skip
# Text whose contrast with its background is below this is unreadable (WCAG asks 4.5 of
# body text; light grey #eee on white is 1.16).
_LEAST_CONTRAST = 1.2
_NUMBER = re.compile(r"^(-?[0-9]*\.?[0-9]+)\s*([a-z%]*)$")
_HEX = re.compile(r"#([0-9a-f]{3,8})\b")
_RGB = re.compile(r"rgba?\(([^)]*)\)")
_TRANSPARENT = "transparent"
# Words in a background that set no colour of its own.
_NO_COLOUR = {"none", "inherit", "initial", "unset", "revert", "no", "repeat", "scroll", "fixed"}


@dataclass(frozen=True)
class Look:
    """How one element's words appear, from its own markup and what it inherits."""

    gone: bool = False  # no box at all: display:none, the hidden attribute
    squeezed: bool = False  # a box of no height (or width) that clips what is in it
    faint: bool = False  # opacity 0: no child can show again
    invisible: bool = False  # visibility:hidden: a child may set itself visible again
    tiny: bool = False  # a font too small to read: a child may set a readable size
    color: Rgb | None = BLACK  # None: transparent
    background: Rgb | None = WHITE  # None: a picture or a colour not known
    # Crossed out (<s>, <strike>, <del>, text-decoration: line-through): shown, but as words
    # the writer took back. A child cannot take the line off again, as in every browser.
    struck: bool = False

    @cached_property
    def hidden(self) -> bool:
        return (
            self.gone
            or self.squeezed
            or self.faint
            or self.invisible
            or self.tiny
            or self.color is None
            or (
                self.background is not None
                and _contrast(self.color, self.background) < _LEAST_CONTRAST
            )
        )

    @property
    def leaves_gap(self) -> bool:
        """Hidden words that still take their room on the line: the reader sees a space."""
        return self.hidden and not (self.gone or self.squeezed or self.tiny)


@lru_cache(maxsize=4096)
def _luminance(rgb: Rgb) -> float:
    def channel(value: float) -> float:
        c = max(0.0, min(255.0, value)) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(one: Rgb, other: Rgb) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colour(value: str) -> Rgb | str | None:
    """An RGB colour, "transparent", or None when the value names no colour Steady knows."""
    value = value.strip().lower()
    if value == _TRANSPARENT:
        return _TRANSPARENT
    if value in _NAMED:
        return _NAMED[value]
    hex_match = _HEX.search(value)
    if hex_match:
        digits = hex_match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits)
        if len(digits) not in (6, 8):
            return None
        if len(digits) == 8 and int(digits[6:], 16) < 13:
            return _TRANSPARENT
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    rgb_match = _RGB.search(value)
    if rgb_match:
        parts = [p.strip() for p in re.split(r"[,\s/]+", rgb_match.group(1)) if p.strip()]
        try:
            numbers = [float(p[:-1]) * 2.55 if p.endswith("%") else float(p) for p in parts[:3]]
            alpha = parts[3] if len(parts) > 3 else "1"
            opacity = float(alpha[:-1]) / 100 if alpha.endswith("%") else float(alpha)
        except ValueError:
            return None
        if len(numbers) != 3:
            return None
        if opacity < 0.05:
            return _TRANSPARENT
        return (numbers[0], numbers[1], numbers[2])
    return None


def declarations(style: str) -> Declarations:
    """A style attribute's "property: value" pairs, lower case, "!important" dropped."""
    pairs: Declarations = []
    for declaration in re.sub(r"/\*.*?\*/", " ", style, flags=re.DOTALL).split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            value = re.sub(r"!\s*important", "", value, flags=re.IGNORECASE)
            pairs.append((name.strip().lower(), value.strip().lower()))
    return pairs


def _top_level_rules(sheet: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of each rule outside any @media, @supports and the like:
    read brace by brace in one pass, so no sheet, however broken, takes long."""
    rules: list[tuple[str, str]] = []
    depth, start, prelude = 0, 0, ""
    for index, char in enumerate(sheet):
        if char == "{":
            if depth == 0:
                prelude, start = sheet[start:index], index + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                if not prelude.strip().startswith("@"):
                    rules.append((prelude, sheet[start:index]))
                start = index + 1
        elif char == ";" and depth == 0:
            start = index + 1  # "@import …;" and stray text between rules
    return rules


_SIMPLE = re.compile(r"[a-z0-9]*(?:[.#][\w-]+)?")
# Where rules Steady does not read set a background: on elements named so, on the whole page.
UNKNOWN_BACKGROUND = "unknown-background"
PAGE = "*"


def style_rules(sheet: str) -> dict[str, Declarations]:
    """Rules of a <style> block whose selector names one tag, class or id (".hide", "p.x",
    "#pre"). A rule with a longer selector ("table.btn td") that sets a background makes the
    background of what it may name (any "td") unknown: white words there may well be on blue.
    Rules inside @media and the like apply only sometimes: left out."""
    sheet = re.sub(r"/\*.*?\*/", " ", sheet, flags=re.DOTALL)
    rules: dict[str, Declarations] = {}
    for selectors, body in _top_level_rules(sheet):
        found = declarations(body)
        for selector in selectors.split(","):
            key = selector.strip().lower()
            if _SIMPLE.fullmatch(key) and key:
                rules.setdefault(key, []).extend(found)
            elif any(name.startswith("background") for name, _ in found):
                last = re.split(r"[\s>+~]+", key.strip())[-1].split(":")[0].split("[")[0]
                named = last if _SIMPLE.fullmatch(last) and last else PAGE
                rules.setdefault(named, []).append((UNKNOWN_BACKGROUND, ""))
    return rules


def _length(value: str) -> tuple[float, str] | None:
    match = _NUMBER.match(value.strip())
    if not match:
        return None
    try:
        return float(match.group(1)), match.group(2)
    except ValueError:
        return None


def _tiny(value: str, parent: Look) -> bool:
    length = _length(value)
    if length is None:
        return parent.tiny if value.strip() in ("inherit", "") else False
    size, unit = length
    # Nobody reads a letter 3 pixels high (a fifth of the usual 16).
    if unit in ("em", "%", "ex", "ch"):
        return parent.tiny or size <= (20 if unit == "%" else 0.2)
    if unit in ("px", "pt"):
        return size <= 3 if unit == "px" else size <= 2
    if unit == "rem":
        return size <= 0.2
    return size == 0 and unit == ""


def _zero(value: str) -> bool:
    length = _length(value)
    return length is not None and length[0] <= 0


def _far_off(value: str) -> bool:
    """Pushed out of the window ("left:-9999px", "text-indent:-5000px")."""
    length = _length(value)
    return length is not None and length[0] <= -500 and length[1] in ("px", "pt", "em", "")


def _colour_or(value: str, fallback: Rgb | None) -> Rgb | None:
    found = colour(value)
    if found == _TRANSPARENT:
        return None
    return found if isinstance(found, tuple) else fallback


def _background(value: str, parent: Look) -> Rgb | None:
    if "url(" in value:
        return None  # words over a picture: whether they show cannot be told
    tokens = re.findall(r"#[0-9a-f]+|rgba?\([^)]*\)|[a-z]+", value.lower())
    for token in tokens:
        found = colour(token)
        if isinstance(found, tuple):
            return found
        if found == _TRANSPARENT:
            return parent.background
    if set(tokens) - _NO_COLOUR:
        # A colour Steady cannot read ("maroon", hsl(), var(--brand), a system colour): what
        # the words stand on cannot be told, so they count as shown, never as hidden.
        return None
    return parent.background


def element_look(
    parent: Look,
    tag: str,
    attrs: list[tuple[str, str | None]],
    rules: dict[str, Declarations],
) -> Look:
    """The look of an element opened inside `parent`."""
    if tag == "template":
        return replace(parent, gone=True)  # a page's inert parts, never shown
    look = replace(parent, struck=True) if tag in _STRUCK_TAGS and not parent.struck else parent
    if not attrs and tag not in rules:
        return look  # nothing of its own changes how its words look
    values = {name.lower(): (value or "") for name, value in attrs}
    if "hidden" in values:
        look = replace(look, gone=True)
    if tag == "font" and values.get("color"):
        look = replace(look, color=_colour_or(values["color"], look.color))
    if values.get("bgcolor"):
        look = replace(look, background=_background(values["bgcolor"], look))
    if values.get("background"):
        look = replace(look, background=None)  # a picture behind the words
    if tag == "body" and values.get("text"):
        look = replace(look, color=_colour_or(values["text"], look.color))
    styles: Declarations = list(rules.get(tag, []))
    for name in values.get("class", "").lower().split():
        styles += rules.get(f".{name}", []) + rules.get(f"{tag}.{name}", [])
    if values.get("id"):
        styles += rules.get(f"#{values['id'].lower()}", [])
    styles += declarations(values.get("style", ""))
    return _styled(look, parent, dict(styles)) if styles else look


def _styled(look: Look, parent: Look, style: dict[str, str]) -> Look:
    if style.get("display", "").strip() == "none":
        look = replace(look, gone=True)
    visibility = style.get("visibility", "").strip()
    if visibility in ("hidden", "collapse"):
        look = replace(look, invisible=True)
    elif visibility == "visible":
        look = replace(look, invisible=False)
    if "font-size" in style:
        look = replace(look, tiny=_tiny(style["font-size"], parent))
    opacity = _length(style.get("opacity", ""))
    if opacity is not None and opacity[0] / (100 if opacity[1] == "%" else 1) < 0.05:
        look = replace(look, faint=True)
    clipped = style.get("overflow", style.get("overflow-y", "")).strip() == "hidden"
    if clipped and any(_zero(style.get(side, "x")) for side in _BOX_SIDES):
        look = replace(look, squeezed=True)
    if any(_far_off(style.get(side, "")) for side in _OFF_SIDES):
        look = replace(look, squeezed=True)
    if "color" in style:
        look = replace(look, color=_colour_or(style["color"], look.color))
    for name in ("background-color", "background"):
        if name in style:
            look = replace(look, background=_background(style[name], look))
    if UNKNOWN_BACKGROUND in style:
        look = replace(look, background=None)
    if any(name in style for name in _LINE_PROPERTIES):
        # "del { text-decoration: none }" takes off the element's own line, not its parent's.
        look = replace(look, struck=parent.struck or _line_through(style))
    return look


_STRUCK_TAGS = {"s", "strike", "del"}
_LINE_PROPERTIES = (
    "text-decoration", "text-decoration-line", "text-decoration-color",
    "text-decoration-thickness", "text-decoration-style",
)  # fmt: skip
_PLAIN_LINES = {"line-through", "underline", "overline", "solid", "double", "dotted", "dashed"}


def _line_through(style: dict[str, str]) -> bool:
    """Whether the element draws a line through its words that the reader surely sees. A line
    given a colour or a thickness (transparent, white on white, 0px) is not counted: a sender
    must not get a visible threat read as one he took back."""
    decoration = style.get("text-decoration-line", style.get("text-decoration", "")).split()
    return (
        "line-through" in decoration
        and set(decoration) <= _PLAIN_LINES
        and not any(name in style for name in _LINE_PROPERTIES[2:])
    )


_BOX_SIDES = ("max-height", "height", "max-width", "width")
_OFF_SIDES = ("text-indent", "left", "margin-left")
