"""Every English one-click calmer wording, on a sentence of its own kind: the result reads,
with the whole phrase replaced and no stray word left ("To recap before, …" was one). Where no
wording fits, none is offered (None). A new calmer wording needs a sentence here (or, for what an
angry owner types at the reader, in tone_samples_contempt or tone_samples_dismissive)."""

from __future__ import annotations

import pytest

from app.reply.tone import check_tone
from app.reply.tone_english import RULES
from app.reply.tone_fit import damage
from app.reply.tone_rules import Rule
from app.reply.tone_rules import ToneKind as K
from tests.app.reply.tone_samples_contempt import HOSTILE_ONE_CLICK
from tests.app.reply.tone_samples_dismissive import HOSTILE_DISMISSIVE

ONE_CLICK: list[tuple[str, K, str | None]] = [
    ("The packaging was crappy.", K.PROFANITY, "The packaging was below standard."),
    ("The first box was crap.", K.PROFANITY, "The first box was below standard."),
    ("I was pissed off when it broke.", K.PROFANITY, "I was upset when it broke."),
    ("I was pissed when it broke.", K.PROFANITY, "I was upset when it broke."),
    ("That claim is bullshit.", K.PROFANITY, "That claim is not right."),
    ("That claim is bull shit.", K.PROFANITY, "That claim is not right."),
    ("Wtf happened to the order?", K.PROFANITY, "What happened to the order?"),
    ("The damn parcel is late.", K.PROFANITY, "The parcel is late."),
    ("The damned parcel is late.", K.PROFANITY, "The parcel is late."),
    ("The bloody parcel is late.", K.PROFANITY, "The parcel is late."),
    ("The fucking parcel is late.", K.PROFANITY, "The parcel is late."),
    ("Hell, I don't know.", K.PROFANITY, "I don't know."),
    (
        "Please stop writing to our staff like this, or else.",
        K.THREAT,
        "Please stop writing to our staff like this, or we will close the account under our terms.",
    ),
    (
        "If this is not fixed, see you in court.",
        K.THREAT,
        "If this is not fixed, we will follow the process set out in our terms.",
    ),
    (
        "You have been warned.",
        K.THREAT,
        "If this continues, we will follow the steps in our terms.",
    ),
    ("Good riddance.", K.SPITE, "I wish you well."),
    (
        "The courier's delay is not my problem.",
        K.SPITE,
        "The courier's delay is not something we can change.",
    ),
    (
        "The courier's delay is your problem.",
        K.SPITE,
        "The courier's delay is something we cannot change.",
    ),
    ("I couldn't care less about the review.", K.SPITE, "We see this differently."),
    ("Hope you're happy with the result.", K.SPITE, "I hope this settles it."),
    ("Have fun finding another supplier.", K.SPITE, "I hope you find another supplier."),
    ("Have fun with the new printer.", K.SPITE, "I hope all goes well with the new printer."),
    ("Shame on you for saying that.", K.INSULT, "I am disappointed."),
    ("You are a liar.", K.INSULT, "I see this differently."),
    ("The claim is ridiculous.", K.ANGER, "The claim is not acceptable to us."),
    ("The claim is absurd.", K.ANGER, "The claim is not workable."),
    ("The claim is pathetic.", K.ANGER, "The claim is below standard."),
    ("The claim is outrageous.", K.ANGER, "The claim is not acceptable to us."),
    ("The claim is nonsense.", K.ANGER, "The claim is not accurate."),
    ("The claim is rubbish.", K.ANGER, "The claim is not accurate."),
    ("The claim is garbage.", K.ANGER, "The claim is not accurate."),
    ("The claim is unacceptable.", K.ANGER, "The claim is not something we can accept."),
    ("The claim is appalling.", K.ANGER, "The claim is below standard."),
    ("The claim is disgusting.", K.ANGER, "The claim is not acceptable."),
    ("I am fed up.", K.ANGER, "I am concerned."),
    ("I am sick and tired of these messages.", K.ANGER, "I am concerned about these messages."),
    ("I am sick of these messages.", K.ANGER, "I am concerned about these messages."),
    ("I've had enough of these messages.", K.ANGER, "I would like to settle this."),
    ("I have had enough of these messages.", K.ANGER, "I would like to settle this."),
    ("How dare you call my staff names.", K.ANGER, "I was surprised that you call my staff names."),
    ("This is a waste of my time.", K.ANGER, "This is unhelpful."),
    ("This is a waste of our time.", K.ANGER, "This is unhelpful."),
    ("This is a complete waste of my time.", K.ANGER, "This is unhelpful."),
    ("This is a complete waste of our time.", K.ANGER, "This is unhelpful."),
    ("This is a total waste of my time.", K.ANGER, "This is unhelpful."),
    ("This is a total waste of our time.", K.ANGER, "This is unhelpful."),
    ("This is a real waste of my time.", K.ANGER, "This is unhelpful."),
    ("This is a real waste of our time.", K.ANGER, "This is unhelpful."),
    ("What a waste of my time this has been.", K.ANGER, "This is not getting us anywhere."),
    ("What a waste of our time this has been.", K.ANGER, "This is not getting us anywhere."),
    ("You're lying about the delivery date.", K.ANGER, "That is not what our records show."),
    ("You are lying about the delivery date.", K.ANGER, "That is not what our records show."),
    ("Shut up and listen.", K.ANGER, "Let us pause here."),
    ("I can't believe you sent it back.", K.ANGER, "I was surprised that you sent it back."),
    ("The new layout sucks.", K.ANGER, "The new layout is below standard."),
    ("You sent me a piece of junk.", K.ANGER, "You sent me a faulty item."),
    ("You sent me a piece of crap.", K.ANGER, "You sent me a faulty item."),
    ("The delivery fee is a rip-off.", K.ANGER, "The delivery fee is expensive."),
    ("The delivery fee is a ripoff.", K.ANGER, "The delivery fee is expensive."),
    ("I am fed up with these messages.", K.ANGER, "I am concerned about these messages."),
    ("Your claim is a scam.", K.ANGER, "Your claim is a dispute."),
    ("Your complaint is a joke.", K.ANGER, "Your complaint is not what we expected."),
    ("We got screwed by the courier.", K.ANGER, "We got let down by the courier."),
    ("We got scammed by the courier.", K.ANGER, "We got let down by the courier."),
    ("The claim is stupid.", K.ANGER, None),
    ("The delay was unbelievable.", K.CONTEMPT, "The delay was surprising."),
    ("The offer was laughable.", K.CONTEMPT, "The offer was not realistic."),
    ("Who cares what the review says.", K.CONTEMPT, "I hear you."),
    ("Nobody cares about the colour.", K.CONTEMPT, "This will not change."),
    ("No one cares about the colour.", K.CONTEMPT, "This will not change."),
    ("Give me a break.", K.CONTEMPT, "I see this differently."),
    ("Don't make me laugh.", K.CONTEMPT, "I see this differently."),
    ("Are you kidding me?", K.CONTEMPT, "I am surprised."),
    ("Are you serious?", K.CONTEMPT, "I am surprised."),
    ("You're kidding.", K.CONTEMPT, "I am surprised."),
    ("You're joking.", K.CONTEMPT, "I am surprised."),
    ("Fine, whatever.", K.CONTEMPT, "Fine."),
    ("Customers like you make this job hard.", K.AT_READER, "Some customers make this job hard."),
    ("People like you make this job hard.", K.AT_READER, "Some customers make this job hard."),
    ("You people make this job hard.", K.AT_READER, "You make this job hard."),
    ("Someone like you should know the terms.", K.AT_READER, "You should know the terms."),
    ("Your kind should know the terms.", K.AT_READER, "You should know the terms."),
    ("You clearly missed the second page.", K.AT_READER, "You missed the second page."),
    ("You obviously missed the second page.", K.AT_READER, "You missed the second page."),
    ("You apparently missed the second page.", K.AT_READER, "You missed the second page."),
    (
        "You seem to think the refund is automatic.",
        K.AT_READER,
        "You mentioned the refund is automatic.",
    ),
    (
        "You think you can return it after a year.",
        K.AT_READER,
        "You feel you can return it after a year.",
    ),
    ("You didn't read the second page.", K.AT_READER, "You may have missed the second page."),
    ("You didn't even read the second page.", K.AT_READER, "You may have missed the second page."),
    ("Did you read the second page?", K.AT_READER, "You may have missed the second page."),
    ("Did you even read the second page?", K.AT_READER, "You may have missed the second page."),
    ("You don't understand the terms.", K.AT_READER, "This may not have been clear."),
    ("You just don't understand the terms.", K.AT_READER, "This may not have been clear."),
    (
        "It's your fault the parcel came back.",
        K.BLAME,
        "Here is what happened: the parcel came back.",
    ),
    (
        "It is your fault the parcel came back.",
        K.BLAME,
        "Here is what happened: the parcel came back.",
    ),
    (
        "It's your own fault the parcel came back.",
        K.BLAME,
        "Here is what happened: the parcel came back.",
    ),
    (
        "It's all your fault the parcel came back.",
        K.BLAME,
        "Here is what happened: the parcel came back.",
    ),
    (
        "This is your fault the parcel came back.",
        K.BLAME,
        "Here is what happened: the parcel came back.",
    ),
    ("That's your fault.", K.BLAME, "That is what happened."),
    ("You failed to collect the parcel.", K.BLAME, "You did not collect the parcel."),
    ("You should have read the terms.", K.BLAME, "Next time, please read the terms."),
    ("You were supposed to collect the parcel.", K.BLAME, "The plan was to collect the parcel."),
    ("The parcel came back because of you.", K.BLAME, "The parcel came back because of this."),
    ("The parcel came back thanks to you.", K.BLAME, "The parcel came back because of this."),
    ("You caused the delay.", K.BLAME, "This led to the delay."),
    ("You broke the hinge.", K.BLAME, "This damaged the hinge."),
    ("You messed up the order form.", K.BLAME, "This went wrong with the order form."),
    (
        "The parcel came back because of your mistake.",
        K.BLAME,
        "The parcel came back because of the mix-up.",
    ),
    (
        "The parcel came back because of your error.",
        K.BLAME,
        "The parcel came back because of the mix-up.",
    ),
    ("That's on you.", K.BLAME, "That is how it happened."),
    ("The crash was user error.", K.BLAME, "The crash was a setting."),
    ("You didn't bother to collect the parcel.", K.BLAME, "You did not collect the parcel."),
    ("This is on you.", K.BLAME, "This is what happened."),
    ("This is all on you.", K.BLAME, "This is what happened."),
    (
        "For your information, the parcel was delivered on Monday.",
        K.CONDESCENSION,
        "The parcel was delivered on Monday.",
    ),
    ("It's not rocket science.", K.CONDESCENSION, "Here is how it works."),
    ("It is not rocket science.", K.CONDESCENSION, "Here is how it works."),
    (
        "It's simple: press the reset button.",
        K.CONDESCENSION,
        "Here is how: press the reset button.",
    ),
    (
        "It is simple: press the reset button.",
        K.CONDESCENSION,
        "Here is how: press the reset button.",
    ),
    (
        "It's really simple: press the reset button.",
        K.CONDESCENSION,
        "Here is how: press the reset button.",
    ),
    ("Calm down and read the instructions.", K.CONDESCENSION, "I understand this is frustrating."),
    ("Read the manual.", K.CONDESCENSION, "The manual explains this."),
    ("Try to understand the terms.", K.CONDESCENSION, "Please note the terms."),
    (
        "Any reasonable person would accept this offer.",
        K.CONDESCENSION,
        "Most people would accept this offer.",
    ),
    (
        "As anyone can see, the parcel was signed for.",
        K.CONDESCENSION,
        "The parcel was signed for.",
    ),
    ("Thanks a lot.", K.SARCASM, None),
    ("Good luck with that.", K.SARCASM, "I hope it works out."),
    ("Thanks for nothing.", K.SARCASM, "I am sorry we could not help more."),
    ("Thank you for nothing.", K.SARCASM, "I am sorry we could not help more."),
    ("Thanks a lot for nothing.", K.SARCASM, "I am sorry we could not help more."),
    ("Thank you so much for nothing.", K.SARCASM, "I am sorry we could not help more."),
    ("Thank you very much for nothing.", K.SARCASM, "I am sorry we could not help more."),
    (
        "Nice try the parcel was signed for.",
        K.SARCASM,
        "I see your point, but the parcel was signed for.",
    ),
    ("Yeah right.", K.SARCASM, "I am not sure that is so."),
    ("Yeah, right.", K.SARCASM, "I am not sure that is so."),
    (
        "Congratulations on losing another customer.",
        K.SARCASM,
        "I am sorry to lose you as a customer.",
    ),
    ("Congrats on losing another customer.", K.SARCASM, "I am sorry to lose you as a customer."),
    ("At least you are consistent.", K.SARCASM, "I am disappointed that this keeps happening."),
    ("Thanks for wasting my time.", K.SARCASM, "I am disappointed by how this was handled."),
    ("Wow, the parcel came back.", K.SARCASM, "The parcel came back."),
    ("Once again, the parcel was signed for.", K.PASSIVE_AGGRESSIVE, "The parcel was signed for."),
    (
        "As I said before, the refund was sent.",
        K.PASSIVE_AGGRESSIVE,
        "To recap, the refund was sent.",
    ),
    (
        "Per my last email, the refund was sent.",
        K.PASSIVE_AGGRESSIVE,
        "To recap, the refund was sent.",
    ),
    ("Obviously, the parcel was signed for.", K.PASSIVE_AGGRESSIVE, "The parcel was signed for."),
    (
        "With all due respect, the parcel was signed for.",
        K.PASSIVE_AGGRESSIVE,
        "The parcel was signed for.",
    ),
    (
        "How many times do I have to explain the terms?",
        K.PASSIVE_AGGRESSIVE,
        "Let me put this another way.",
    ),
    (
        "I am sorry you feel that way.",
        K.PASSIVE_AGGRESSIVE,
        "I am sorry this has been frustrating.",
    ),
    ("Sorry you feel that way.", K.PASSIVE_AGGRESSIVE, "Sorry this has been frustrating."),
    (
        "I'm sorry you feel the refund was slow.",
        K.PASSIVE_AGGRESSIVE,
        "I am sorry this has been frustrating.",
    ),
    (
        "This is a friendly reminder that the invoice is due.",
        K.PASSIVE_AGGRESSIVE,
        "This is a reminder that the invoice is due.",
    ),
    ("Please reread the terms.", K.PASSIVE_AGGRESSIVE, "Please see the terms."),
    ("Please re-read the terms.", K.PASSIVE_AGGRESSIVE, "Please see the terms."),
    ("Please refer back to the terms.", K.PASSIVE_AGGRESSIVE, "Please see the terms."),
    ("Thanks in advance for your patience.", K.PASSIVE_AGGRESSIVE, "Thank you."),
    (
        "Going forward make sure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please make sure the box is sealed.",
    ),
    (
        "Going forward ensure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please ensure the box is sealed.",
    ),
    (
        "Going forward please make sure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please make sure the box is sealed.",
    ),
    (
        "Going forward please ensure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please ensure the box is sealed.",
    ),
    (
        "Going forward, make sure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please make sure the box is sealed.",
    ),
    (
        "Going forward, ensure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please ensure the box is sealed.",
    ),
    (
        "Going forward, please make sure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please make sure the box is sealed.",
    ),
    (
        "Going forward, please ensure the box is sealed.",
        K.PASSIVE_AGGRESSIVE,
        "Please ensure the box is sealed.",
    ),
    ("You always send the wrong size.", K.ABSOLUTE, "You often send the wrong size."),
    ("You never read the terms.", K.ABSOLUTE, "You rarely read the terms."),
    (
        "The parcel comes back every single time, which is frustrating.",
        K.ABSOLUTE,
        "The parcel comes back several times, which is frustrating.",
    ),
    (
        "The parcel comes back every time, which is frustrating.",
        K.ABSOLUTE,
        "The parcel comes back several times, which is frustrating.",
    ),
    (
        "You constantly change the address and it is annoying.",
        K.ABSOLUTE,
        "You often change the address and it is annoying.",
    ),
    (
        "You change the address all the time and it is annoying.",
        K.ABSOLUTE,
        "You change the address often and it is annoying.",
    ),
    ("Nobody answered the phone, which is annoying.", K.ABSOLUTE, None),
    (
        "No one read the terms, which is annoying.",
        K.ABSOLUTE,
        "Few people read the terms, which is annoying.",
    ),
    (
        "Everyone knows the terms are strict, which is annoying.",
        K.ABSOLUTE,
        "It is known the terms are strict, which is annoying.",
    ),
    (
        "Everybody knows the terms are strict, which is annoying.",
        K.ABSOLUTE,
        "It is known the terms are strict, which is annoying.",
    ),
]


@pytest.mark.parametrize(("text", "kind", "after"), ONE_CLICK, ids=[row[0] for row in ONE_CLICK])
def test_one_click_leaves_a_sentence_that_reads(text: str, kind: K, after: str | None) -> None:
    flag = next(f for f in check_tone(text) if f.kind is kind)
    if after is None:
        assert flag.replacement is None
        return
    assert flag.replacement is not None
    result = text[: flag.start] + flag.replacement + text[flag.end :]
    assert result == after
    assert damage(result) == []


def _key(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


def _calmer_keys(rule: Rule) -> list[str]:
    keys = [
        key
        for key, calmer in rule.calmer.items()
        if calmer is not None and (key.endswith("…") or rule.pattern.fullmatch(key))
    ]
    return keys + (["*"] if rule.otherwise is not None else [])


def _covers(rule: Rule, key: str, text: str) -> bool:
    for match in rule.pattern.finditer(text):
        found = _key(match.group())
        if key == "*":
            return found not in rule.calmer and not any(
                k.endswith("…") and found.startswith(k[:-1]) for k in rule.calmer
            )
        if found == key or (key.endswith("…") and found.startswith(key[:-1])):
            return True
    return False


def test_every_english_calmer_wording_has_a_sentence_above() -> None:
    missing = [
        (rule.kind.value, key)
        for rule in RULES
        for key in _calmer_keys(rule)
        if not any(
            _covers(rule, key, text)
            for text, kind, _ in [*ONE_CLICK, *HOSTILE_ONE_CLICK, *HOSTILE_DISMISSIVE]
            if kind is rule.kind
        )
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "after"),
    [
        (
            "As I have said three times already, the refund was sent.",
            "To recap, the refund was sent.",
        ),
        ("As I've told you twice, the refund was sent.", "To recap, the refund was sent."),
        ("Like I said, the refund was sent.", "To recap, the refund was sent."),
        ("As I mentioned in my last email, the refund was sent.", "To recap, the refund was sent."),
        (
            "As I said in my email of 3 March, the refund was sent.",
            "To recap, the refund was sent.",
        ),
        ("As I told you on Monday, the refund was sent.", "To recap, the refund was sent."),
        ("The refund, as I said before, was sent on Monday.", "The refund was sent on Monday."),
        ("The refund was sent, as I said before.", "The refund was sent."),
        (
            "Thanks. As I said before, the refund was sent.",
            "Thanks. To recap, the refund was sent.",
        ),
    ],
)
def test_a_reminder_is_replaced_up_to_its_comma(text: str, after: str) -> None:
    flag = next(f for f in check_tone(text) if f.kind is K.PASSIVE_AGGRESSIVE)
    assert flag.replacement is not None
    assert text[: flag.start] + flag.replacement + text[flag.end :] == after


def test_like_i_said_in_the_middle_of_a_sentence_is_no_reminder() -> None:
    assert [
        f
        for f in check_tone("It went just like I said it would.")
        if f.kind is K.PASSIVE_AGGRESSIVE
    ] == []
