"""Every menu item gets an underlined letter (&-mnemonic) of its own within its menu.

With a menu open, a keyboard user presses the letter to choose an item; an item without one,
and without a shortcut, can only be reached by arrowing through the menu. Features add their
items to the menus from many places, so the letters are handed out where the menu opens
rather than kept unique by hand.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMenuBar

KEPT = "steady_letters_kept"


def letter_of(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a plain ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following == "&":
            index += 2
            continue
        return following.lower() if following.isalnum() else None
    return None


def _with_letter(text: str, used: set[str]) -> str:
    """`text` with '&' before the first free letter: a word's first letter if one is free."""
    words = [
        i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())
    ]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in words]
    for index in words + others:
        letter = text[index].lower()
        if letter not in used:
            used.add(letter)
            return text[:index] + "&" + text[index:]
    return text  # more items than letters: the arrows still reach it


def give_letters(menu: QMenu) -> None:
    """Letters for the items that have none, avoiding the letters already taken."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used = {letter for a in actions if (letter := letter_of(a.text()))}
    for action in actions:
        if letter_of(action.text()) is None:
            action.setText(
                _with_letter(action.text().replace("&&", "\0"), used).replace("\0", "&&")
            )


def keep_letters(menu_bar: QMenuBar) -> None:
    """Hand out letters in each menu of the bar as it opens (items added later included)."""
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and not menu.property(KEPT):
            menu.setProperty(KEPT, True)
            menu.aboutToShow.connect(lambda m=menu: give_letters(m))
