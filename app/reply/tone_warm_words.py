"""Words of thanks and praise in the languages without a valence table: a sentence holding one
of them is warm, so "always" or capitals in it are not hostile."""

from __future__ import annotations

# Thanks and praise: a sentence with one of these is warm (English uses word valences instead).
_WARM: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "es": frozenset(
        "gracias genial estupendo excelente maravilloso fantástico "
        "perfecto enhorabuena felicidades bien buenísimo increíble "
        "encantado encantada encantados encantadas placer gusto bienvenido bienvenida "
        "bienvenidos bienvenidas agradecemos agradezco agradecidos disposición".split()
    ),
    "fr": frozenset(
        "merci génial super excellent formidable parfait bravo félicitations "
        "ravi ravie ravis ravies bienvenu bienvenue bienvenus bienvenues plaisir heureux "
        "heureuse heureuses remercie remercions disposition magnifique merveilleux merveilleuse superbe passionnant passionnante sublime "
        "captivant captivante émouvant émouvante adoré bouleversant incontournable".split()
    ),
    "de": frozenset(
        "danke vielen super toll großartig ausgezeichnet perfekt wunderbar "
        "herzlichen glückwunsch prima klasse spannend fantastisch herrlich genial lesenswert "
        "empfehlenswert meisterwerk wundervoll begeistert grandios berührend gern gerne "
        "willkommen freuen freue freut dankbar".split()
    ),
}


def warm_words_for(language: str) -> frozenset[str]:
    return _WARM.get(language, frozenset())
