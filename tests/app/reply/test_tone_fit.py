"""One click on a calmer wording leaves a sentence that reads: the whole phrase replaced, the
comma and space of words left out gone with them, the capital where the sentence starts, calmer
words that are not themselves hostile, and every other flag of the sentence still there."""

from __future__ import annotations

from collections import Counter

import pytest

from app.reply.tone import check_tone
from app.reply.tone_context import SOFTER
from app.reply.tone_fit import damage, starts_sentence
from app.reply.tone_languages import rules_for
from app.reply.tone_rules import ToneFlag
from app.reply.tone_rules import ToneKind as K


def one_click(text: str, flag: ToneFlag) -> str:
    """What the window does with "Use the calmer wording": the flag's stretch replaced."""
    assert flag.replacement is not None
    return text[: flag.start] + flag.replacement + text[flag.end :]


def clicked(text: str, kind: K, language: str = "en") -> str | None:
    flag = next(f for f in check_tone(text, language=language) if f.kind is kind)
    return None if flag.replacement is None else one_click(text, flag)


@pytest.mark.parametrize(
    ("text", "kind", "after"),
    [
        # The mock thanks go with everything they thank for.
        ("Thanks for wasting my time.", K.SARCASM, "I am disappointed by how this was handled."),
        (
            "Thank you for keeping me waiting for two weeks.",
            K.SARCASM,
            "I am disappointed by how this was handled.",
        ),
        (
            "Thanks a lot for wasting my time.",
            K.SARCASM,
            "I am disappointed by how this was handled.",
        ),
        ("Thanks a lot for nothing.", K.SARCASM, "I am sorry we could not help more."),
        (
            "Well, thanks for nothing, I will shop elsewhere.",
            K.SARCASM,
            "Well, I am sorry we could not help more, I will shop elsewhere.",
        ),
        ("Are you kidding me?!", K.CONTEMPT, "I am surprised."),
        ("Who cares what you think.", K.CONTEMPT, "I hear you."),
        (
            "It's your fault the order was wrong.",
            K.BLAME,
            "Here is what happened: the order was wrong.",
        ),
        ("You should have read the terms.", K.BLAME, "Next time, please read the terms."),
        ("Your complaint is a joke.", K.ANGER, "Your complaint is not what we expected."),
        ("This is a waste of my time.", K.ANGER, "This is unhelpful."),
        ("That was a complete waste of our time.", K.ANGER, "That was unhelpful."),
        # Words left out take their comma and space along; the next word gets the capital.
        (
            "Obviously you did not read the policy.",
            K.PASSIVE_AGGRESSIVE,
            "You did not read the policy.",
        ),
        ("With all due respect, you are wrong.", K.PASSIVE_AGGRESSIVE, "You are wrong."),
        ("Fine. Whatever.", K.CONTEMPT, "Fine."),
        ("Fine. Whatever. We ship on Monday.", K.CONTEMPT, "Fine. We ship on Monday."),
        ("Learn to read.\nWe ship on Monday.", K.CONDESCENSION, "\nWe ship on Monday."),
        ("This is, obviously, wrong.", K.PASSIVE_AGGRESSIVE, "This is wrong."),
        ("It is clear, obviously.", K.PASSIVE_AGGRESSIVE, "It is clear."),
        ("Obviously 30 days is the limit.", K.PASSIVE_AGGRESSIVE, "30 days is the limit."),
        ("It was obviously broken.", K.PASSIVE_AGGRESSIVE, "It was broken."),
        ("Yes, obviously it was refunded.", K.PASSIVE_AGGRESSIVE, "Yes, it was refunded."),
        ("For your information, the refund went out.", K.CONDESCENSION, "The refund went out."),
        ("This is a damn simple setting.", K.PROFANITY, "This is a simple setting."),
        ("It was so damn slow.", K.PROFANITY, "It was so slow."),
        ("Frankly.  Wow, you messed up.", K.SARCASM, "Frankly.  You messed up."),
        # Lower case in the middle of a sentence, whatever the case of the word replaced.
        ("You ALWAYS do this.", K.ABSOLUTE, "You often do this."),
        ("You ALWAYS do this.", K.SHOUTING, "You always do this."),
        ("You Always do this.", K.ABSOLUTE, "You often do this."),
        ("YOU NEVER LISTEN.", K.SHOUTING, "You never listen."),
        ("Did you read it?!?", K.SHOUTING, "Did you read it?"),
        ("Read it again!!!", K.SHOUTING, "Read it again."),
        (
            "It shipped, WE SENT THE PARCEL ON FRIDAY.",
            K.SHOUTING,
            "It shipped, we sent the parcel on Friday.",
        ),
        ("Sorry, but WE ARE NOT PAYING twice.", K.SHOUTING, "Sorry, but we are not paying twice."),
        ("Siempre llega tarde.", K.ABSOLUTE, "A menudo llega tarde."),
        ("Usted SIEMPRE llega tarde.", K.ABSOLUTE, "Usted a menudo llega tarde."),
    ],
)
def test_one_click_leaves_a_sentence_that_reads(text: str, kind: K, after: str) -> None:
    language = "es" if "llega" in text else "en"
    assert clicked(text, kind, language) == after


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A lead-in with no clause after it, or a phrase before a noun: the owner finds words.
        ("It is your fault, not ours.", K.BLAME),
        ("Your fault, not ours.", K.BLAME),
        ("The delay was your fault.", K.BLAME),
        ("It is your fault that the parcel was late.", K.BLAME),
        ("You should have told us.", K.BLAME),
        ("Nice try.", K.SARCASM),
        ("Don't bother replying.", K.SPITE),
        ("Don't bother to reply.", K.SPITE),
        ("Please calm down.", K.CONDESCENSION),
        ("Nobody else has ever complained.", K.ABSOLUTE),
        ("What the hell is this?", K.PROFANITY),
        # Leaving the word out would leave "This is." or "so stunts".
        ("This is stupid.", K.ANGER),
        ("There are no unforgettably stupid stunts here.", K.ANGER),
        ("I'm not going to waste any more time on you.", K.HARSH),
        ("This outrageous policy is new.", K.ANGER),
    ],
)
def test_no_one_click_wording_where_none_fits(text: str, kind: K) -> None:
    flag = next(f for f in check_tone(text) if f.kind is kind)
    assert flag.replacement is None
    assert "For example" not in flag.suggestion


def test_a_calmer_wording_does_not_hide_the_next_hostile_word() -> None:
    text = "Your behaviour is ridiculous and quite honestly pathetic."
    flags = check_tone(text)
    assert [(f.words, f.replacement) for f in flags] == [
        ("ridiculous", "not acceptable to us"),
        ("pathetic", "below standard"),
    ]
    after = one_click(text, flags[0])
    assert after == "Your behaviour is not acceptable to us and quite honestly pathetic."
    assert [f.words for f in check_tone(after)] == ["pathetic"]


def test_the_worst_customer_is_an_insult_and_no_calmer_word_keeps_it_one() -> None:
    text = "You are the worst customer I have ever had."
    flags = [f for f in check_tone(text) if f.hostile]
    assert [f.kind for f in flags] == [K.INSULT]
    assert "poorest" not in str(flags)
    reply = "With all due respect, you are the worst customer I have ever had, and I hope so."
    insult = next(f for f in check_tone(reply) if f.kind is K.INSULT)
    assert (
        one_click(reply, insult) == "With all due respect, I see this differently, and I hope so."
    )


def test_the_long_angry_draft_becomes_a_letter_that_reads() -> None:
    text = (
        "Frankly, I am sick of your constant whining. You ALWAYS do this. Obviously you didn't "
        "read the policy. As I already told you, we never give refunds after 30 days. Your "
        "behaviour is ridiculous and quite honestly pathetic. With all due respect, you are "
        "the worst customer I have ever had, and I hope you enjoy shopping somewhere else. "
        "Thanks a lot for wasting my time. Per my last email, stop emailing us. Whatever."
    )
    done: set[str] = set()
    for _ in range(40):
        flag = next(
            (f for f in check_tone(text) if f.replacement is not None and f.key not in done), None
        )
        if flag is None:
            break
        done.add(flag.key)
        text = one_click(text, flag)
    assert damage(text) == []
    assert text == (
        "Frankly, I am concerned about your constant whining. You often do this. You may have "
        "missed the policy. To recap, we never give refunds after 30 days. Your behaviour is "
        "not acceptable to us and quite honestly below standard. I see this differently, and I "
        "hope you enjoy shopping somewhere else. I am disappointed by how this was handled. To "
        "recap, stop emailing us."
    )


# Phrases each rule finds, besides those its calmer table names, in the rule's language.
EXAMPLES = {
    "en": [
        "damn",
        "crap",
        "I will sue",
        "see you in court",
        "or else",
        "you'll regret",
        "good riddance",
        "don't bother",
        "not my problem",
        "have fun finding",
        "you are an idiot",
        "your staff are useless",
        "shame on you",
        "what a joke",
        "ridiculous",
        "pathetic",
        "fed up",
        "how dare you",
        "shut up",
        "you are lying",
        "who cares",
        "grow up",
        "whatever",
        "unbelievable",
        "customers like you",
        "what is wrong with you",
        "you clearly",
        "you didn't read",
        "you seem to think",
        "it's your fault",
        "your fault",
        "you failed to",
        "you should have",
        "thanks to you",
        "your mistake",
        "calm down",
        "it's simple",
        "for your information",
        "common sense",
        "learn to read",
        "any reasonable person",
        "let me explain this again",
        "thanks for nothing",
        "thanks a lot",
        "thank you for wasting my time",
        "good luck with that",
        "oh great",
        "great job losing",
        "at least you are consistent",
        "nice try",
        "wow",
        'your "policy"',
        "as I already said",
        "once again",
        "per my last email",
        "obviously",
        "with all due respect",
        "how many times",
        "I'm sorry you feel",
        "friendly reminder",
        "going forward, please make sure",
        "always",
        "never",
        "every time",
        "nobody",
        "everyone knows",
        "constantly",
        "fuck you",
        "get lost",
        "take your business elsewhere",
        "don't ever contact us again",
        "I'm done with you",
        "this is the last time I deal with you",
        "I hate dealing with you",
        "I hate this",
        "quit complaining",
        "people just suck",
        "your review is a lie",
        "can you even read",
        "use your brain",
        "do your own research",
        "read the listing next time",
        "clearly you didn't read",
        "you need to read",
        "if you bothered to look",
        "I'm not going to repeat myself",
        "I don't know what else you want from me",
        "for the last time,",
        "have it your way",
        "deal with it",
        "your loss",
        "sorry, not sorry",
        "take it or leave it",
        "you get what you pay for",
        "some people are never happy",
        "I don't have time for this",
        "you're not the only customer",
        "I'm not here to hold your hand",
        "if you can't understand that, I can't help you",
        "it's not that hard",
        "nobody else has a problem with it",
        "you're wrong",
    ],
    "es": [
        "mierda",
        "nos vemos en los tribunales",
        "usted es un idiota",
        "qué vergüenza",
        "ridículo",
        "estoy harto",
        "es su culpa",
        "por su culpa",
        "usted debería haber",
        "cálmese",
        "para su información",
        "es muy fácil",
        "gracias por nada",
        "buena suerte con eso",
        "qué sorpresa",
        "como ya le dije",
        "obviamente",
        "no es mi problema",
        "siempre",
        "nunca",
        "váyase a la mierda",
        "lleve su negocio a otra parte",
        "no nos vuelva a contactar nunca más",
        "he terminado con usted",
        "es la última vez que trato con usted",
        "odio tratar con usted",
        "deje de quejarse",
        "su reseña es una mentira",
        "haga su propia investigación",
        "no voy a repetirme",
        "no tengo tiempo para esto",
        "lo que sea",
        "aprenda a leer",
    ],
    "fr": [
        "merde",
        "on se verra au tribunal",
        "vous êtes un idiot",
        "quelle honte",
        "ridicule",
        "j'en ai marre",
        "c'est votre faute",
        "vous auriez dû",
        "calmez-vous",
        "pour votre information",
        "c'est simple",
        "merci pour rien",
        "bonne chance avec ça",
        "quelle surprise",
        "comme je vous l'ai déjà dit",
        "évidemment",
        "ce n'est pas mon problème",
        "toujours",
        "jamais",
        "allez vous faire foutre",
        "achetez ailleurs",
        "ne nous contactez plus jamais",
        "j'en ai fini avec vous",
        "c'est la dernière fois que je traite avec vous",
        "je vous déteste",
        "arrêtez de vous plaindre",
        "votre avis est un mensonge",
        "faites vos propres recherches",
        "je ne vais pas me répéter",
        "je n'ai pas de temps pour ça",
        "peu importe",
        "apprenez à lire",
    ],
    "de": [
        "verdammt",
        "wir sehen uns vor Gericht",
        "Sie sind ein Idiot",
        "Schande über",
        "lächerlich",
        "Quatsch",
        "das ist Ihre Schuld",
        "wegen Ihnen",
        "beruhigen Sie sich",
        "zu Ihrer Information",
        "das ist ganz einfach",
        "danke für nichts",
        "viel Glück damit",
        "was für eine Überraschung",
        "wie bereits gesagt",
        "offensichtlich",
        "nicht mein Problem",
        "immer",
        "niemals",
        "verpissen Sie sich",
        "kaufen Sie woanders ein",
        "kontaktieren Sie uns nie wieder",
        "ich bin fertig mit Ihnen",
        "das ist das letzte Mal, dass ich mit Ihnen Geschäfte mache",
        "ich hasse Sie",
        "hören Sie auf zu jammern",
        "können Sie nicht lesen",
        "Ihre Bewertung ist eine Lüge",
        "googeln Sie selbst",
        "ich werde mich nicht wiederholen",
        "ich habe keine Zeit für so etwas",
        "ist mir egal",
        "lernen Sie lesen",
    ],
}
# Where a phrase can stand: alone, starting a sentence, in the middle, at the end, after a
# comma, before a noun, beside another sentence.
SENTENCES = {
    "en": [
        "{P}.",
        "{P}, we will look into it.",
        "{P} we will look into it.",
        "Well, {p}.",
        "I said that {p}, and I meant it.",
        "I said that {p} yesterday.",
        "The parcel was {p} and it is late.",
        "This {p} policy is old.",
        "Fine. {P}. We ship today.",
        "Your order is {p}!",
        "Thanks. {P}: the refund went out.",
    ],
    "es": ["{P}.", "{P}, lo revisaremos.", "Dije que {p} ayer.", "Bien. {P}. Enviamos hoy."],
    "fr": ["{P}.", "{P}, nous allons voir.", "J'ai dit que {p} hier.", "Bien. {P}. Envoi demain."],
    "de": ["{P}.", "{P}, wir prüfen das.", "Ich sagte, {p} gestern.", "Gut. {P}. Versand heute."],
}


def phrases(language: str) -> list[str]:
    found = list(EXAMPLES[language])
    for rule in rules_for(language):
        for key in rule.calmer:
            found.append(key.replace("…", " losing my order"))
    return list(dict.fromkeys(found))


def samples(language: str) -> list[str]:
    return [
        pattern.replace("{P}", phrase[:1].upper() + phrase[1:]).replace("{p}", phrase)
        for phrase in phrases(language)
        for pattern in SENTENCES[language]
    ]


def test_the_examples_reach_every_rule() -> None:
    for language in EXAMPLES:
        for rule in rules_for(language):
            assert any(rule.pattern.search(p) for p in phrases(language)), (language, rule)


@pytest.mark.parametrize("language", sorted(EXAMPLES))
def test_every_one_click_wording_reads_in_every_place(language: str) -> None:
    """Every rule's calmer words, dropped into sample sentences: no doubled word, no comma or
    full stop left hanging, no double space, a capital where a sentence starts and only there,
    and every other flag of the sentence still found afterwards."""
    tried = 0
    for text in samples(language):
        flags = check_tone(text, language=language)
        for flag in flags:
            if flag.replacement is None:
                continue
            tried += 1
            after = one_click(text, flag)
            assert not Counter(damage(after)) - Counter(damage(text)), (text, after)
            first = flag.replacement.split(" ")[0]
            if flag.replacement[:1].isupper() and first not in {"I", "Sie", "Je", "Ich"}:
                assert starts_sentence(text, flag.start), (text, after)
            if starts_sentence(text, flag.start) and flag.replacement:
                assert flag.replacement[:1].isupper(), (text, after)
            others = Counter(
                f.key
                for f in flags
                if f.hostile
                and (f.end <= flag.start or f.start >= flag.end)
                and not (f.kind is K.HARSH is flag.kind)
            )
            now = Counter(f.key for f in check_tone(after, language=language) if f.hostile)
            assert not others - now, (text, after)
    assert tried > 50


@pytest.mark.parametrize("language", sorted(EXAMPLES))
def test_no_calmer_wording_is_itself_flagged(language: str) -> None:
    calmer = [
        words
        for rule in rules_for(language)
        for words in [*rule.calmer.values(), rule.otherwise]
        if words
    ]
    if language == "en":
        calmer += list(SOFTER.values())
    for words in calmer:
        for text in [f"{words[:1].upper()}{words[1:]}.", f"It was {words}.", f"Well, {words}."]:
            assert [f for f in check_tone(text, language=language) if f.hostile] == [], text


def test_german_in_capitals_is_not_put_in_lower_case_with_one_click() -> None:
    # "frechheit" would be wrong: German nouns keep their capital, so the owner writes it.
    text = "Das ist eine FRECHHEIT UND UNVERSCHÄMT!!!"
    shouting = [f for f in check_tone(text, language="de") if f.kind is K.SHOUTING]
    assert [(f.words, f.replacement) for f in shouting] == [
        ("FRECHHEIT UND UNVERSCHÄMT", None),
        ("!!!", "."),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "after"),
    [
        ("Fine. Whatever.", K.CONTEMPT, "Fine."),
        ("Fine, whatever.", K.CONTEMPT, "Fine."),
        ("Whatever, the refund went out.", K.CONTEMPT, "The refund went out."),
        ("Shit, the parcel is late.", K.PROFANITY, "The parcel is late."),
        ("It broke again, bollocks.", K.PROFANITY, "It broke again."),
        # Mid-clause, leaving the word out would leave the clause a word short.
        ("Some people have had trouble with theirs.", K.CONTEMPT, None),
        ("Stop talking shit about my shop.", K.PROFANITY, None),
        ("Fuck your refund and your review.", K.PROFANITY, None),
        ("You are a worthless little shit.", K.PROFANITY, None),
        ("It was crazy as hell doesn't matter.", K.PROFANITY, None),
    ],
)
def test_words_that_stand_alone_are_left_out_only_where_they_stand_alone(
    text: str, kind: K, after: str | None
) -> None:
    assert clicked(text, kind) == after
