"""The sign-off and the owner's signature block at the end of a reply, in the reply's language:
"Kind regards," in English, "Saludos cordiales," in Spanish, "Cordialement," in French, "Mit
freundlichen Grüßen" in German (German letters put no comma after it)."""

from __future__ import annotations

import re

# Every language's sign-offs are recognised whatever the reply's language: an owner may well
# close a reply in the customer's language.
SIGN_OFFS_BY_LANGUAGE = {
    "en": (
        "kind regards",
        "best regards",
        "warm regards",
        "warmest regards",
        "regards",
        "best wishes",
        "with best wishes",
        "sincerely",
        "yours sincerely",
        "yours faithfully",
        "yours truly",
        "many thanks",
        "thank you",
        "thanks",
        "all the best",
        "best",
    ),
    "es": (
        "saludos cordiales",
        "un saludo cordial",
        "un cordial saludo",
        "reciba un cordial saludo",
        "saludos",
        "un saludo",
        "atentamente",
        "muy atentamente",
        "cordialmente",
        "muchas gracias",
        "gracias",
        "un abrazo",
    ),
    "fr": (
        "cordialement",
        "bien cordialement",
        "très cordialement",
        "bien à vous",
        "salutations distinguées",
        "sincères salutations",
        "meilleures salutations",
        "avec mes salutations",
        "merci",
        "merci beaucoup",
        "bonne journée",
        "amicalement",
    ),
    "de": (
        "mit freundlichen grüßen",
        "mit freundlichen grüssen",
        "freundliche grüße",
        "freundliche grüsse",
        "viele grüße",
        "viele grüsse",
        "beste grüße",
        "herzliche grüße",
        "liebe grüße",
        "mit besten grüßen",
        "mit freundlichem gruß",
        "schöne grüße",
        "grüße",
        "gruß",
        "mfg",
        "vielen dank",
        "danke",
    ),
}
SIGN_OFFS = tuple(dict.fromkeys(s for group in SIGN_OFFS_BY_LANGUAGE.values() for s in group))
# The long French formulas end the same way ("Veuillez agréer, Madame, l'expression de mes
# salutations distinguées.").
_FORMULA_ENDS = ("salutations distinguées", "sentiments distingués", "meilleurs sentiments")
DEFAULT_SIGN_OFF = {
    "en": "Kind regards,",
    "es": "Saludos cordiales,",
    "fr": "Cordialement,",
    "de": "Mit freundlichen Grüßen",
}

_SENTENCE_END = re.compile(r"[.!?]\s+")
# A name after the sign-off on the same line ("Regards, Sam", "Saludos, Camille Roux").
_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*){0,3}")


def _sign_off_in(line: str) -> tuple[str, str] | None:
    """(the sign-off, the name after it) when the line ends with a sign-off."""
    last = _SENTENCE_END.split(line)[-1].strip()
    head, comma, tail = last.partition(",")
    candidates = [(last, "")]
    if comma and _NAME.fullmatch(tail.strip()) and tail.strip()[:1].isupper():
        candidates.append((head, tail.strip()))
    for words, name in candidates:
        key = " ".join(words.rstrip(",.!").lower().split())
        if key in SIGN_OFFS or key.endswith(_FORMULA_ENDS):
            return words, name
    return None


def has_sign_off(draft: str) -> bool:
    """A closing such as “Kind regards,” near the end of the reply, in any of the reply
    languages: on a line of its own, ending a line (“Thank you for your patience. Kind
    regards,”), or with the name after it (“Regards, Sam”)."""
    lines = [line.strip() for line in draft.strip().splitlines() if line.strip()][-8:]
    return any(_sign_off_in(line) is not None for line in lines)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def has_signature(draft: str, signature: str) -> bool:
    """The whole signature block from Settings, every line of it, ends the reply under a
    sign-off. The owner's name somewhere in a sentence, or a name alone under “Kind
    regards,”, is not a signature block."""
    block, lines = _lines(signature), _lines(draft)
    if not block or len(lines) <= len(block) or lines[-len(block) :] != block:
        return False
    return _sign_off_in(lines[-len(block) - 1]) is not None


def signature_not_last(draft: str, signature: str) -> bool:
    """The whole block is under a sign-off, but more of the reply follows it (a line added
    after signing): Insert would only write the block twice."""
    block, lines = _lines(signature), _lines(draft)
    if not block or has_signature(draft, signature):
        return False
    return any(
        lines[at : at + len(block)] == block and _sign_off_in(lines[at - 1]) is not None
        for at in range(1, len(lines) - len(block))
    )


# A signature typed by hand under the sign-off: short lines (name, role, business, phone),
# not a paragraph of the reply that happens to follow a "Thanks."
_HAND_SIGNED_WIDTH = 80


def signed_by_hand(draft: str) -> bool:
    """A name after the last sign-off: on its line ("Regards, Sam") or in a few short lines
    under it, as an owner with no signature block in Settings types it."""
    lines = [line.strip() for line in draft.strip().splitlines() if line.strip()][-8:]
    for index in range(len(lines) - 1, -1, -1):
        found = _sign_off_in(lines[index])
        if found is None:
            continue
        under = lines[index + 1 :]
        if found[1]:
            return True
        return bool(under) and all(len(line) <= _HAND_SIGNED_WIDTH for line in under)
    return False


def is_signed(draft: str, signature: str) -> bool:
    """The signature block from Settings is in the draft, or, with none set, a signature
    typed by hand under the sign-off."""
    return has_signature(draft, signature) if signature.strip() else signed_by_hand(draft)


def _first_line(signature: str) -> str:
    return next((line.strip() for line in signature.splitlines() if line.strip()), "")


def with_signature(draft: str, signature: str, language: str = "en") -> str:
    """The draft ending with a sign-off (in the reply's language) and the signature block,
    each added once; the sign-off goes before a signature already there, and a name written
    after the sign-off gives way to the signature block."""
    body = draft.rstrip()
    first = _first_line(signature)
    if not has_sign_off(body):
        sign_off = DEFAULT_SIGN_OFF.get(language, DEFAULT_SIGN_OFF["en"])
        at = body.rfind(first) if first else -1
        ending = body[at:].count("\n") <= signature.strip().count("\n") + 1
        if at > 0 and body[at - 1] == "\n" and ending:
            # The signature is there already: the sign-off goes above it, never after it.
            top = body[:at].rstrip()
            return f"{top}\n\n{sign_off}\n{body[at:].rstrip()}\n"
        body += f"\n\n{sign_off}"
    if signature_not_last(body, signature):
        return body + "\n"
    if signature.strip() and not has_signature(body, signature):
        body = _without_name_after_sign_off(body, first)
        body = _without_lines_of_block_under_sign_off(body, signature).rstrip()
        body += "\n" + signature.strip()
    return body + "\n"


def _without_lines_of_block_under_sign_off(body: str, signature: str) -> str:
    """“Kind regards,\nSam” or “Kind regards,\nSam Ortiz” before the block starting “Sam
    Ortiz” goes under the sign-off: the name (and any line of the block already typed) gives
    way to the whole block, so nothing is written twice."""
    lines = body.split("\n")
    block = _lines(signature)
    named = set(block[0].lower().split()) if block else set()
    for index in range(len(lines) - 1, max(-1, len(lines) - 9), -1):
        if _sign_off_in(lines[index].strip()) is None:
            continue
        under = [" ".join(line.split()) for line in lines[index + 1 :] if line.strip()]
        if under and all(line in block or set(line.lower().split()) <= named for line in under):
            return "\n".join(lines[: index + 1])
        return body
    return body


def _without_name_after_sign_off(body: str, first: str) -> str:
    """ "Regards, Sam" becomes "Regards," when the signature block starting "Sam Ortiz" goes
    under it, so the name is not written twice."""
    lines = body.split("\n")
    for index in range(len(lines) - 1, max(-1, len(lines) - 9), -1):
        if not lines[index].strip():
            continue
        found = _sign_off_in(lines[index].strip())
        if found is None:
            return body
        _, name = found
        named = set(first.lower().split())
        if name and set(name.lower().split()) <= named:
            cut = lines[index].rstrip()
            lines[index] = cut[: len(cut) - len(name)].rstrip()
        return "\n".join(lines)
    return body
