"""Why a Spanish, French or German tone flag is shown, and what to do instead: in English, like
the rest of Steady (app/reply/tone_languages.py gives the calmer words in the reply's language)."""

from __future__ import annotations

from app.reply.tone_rules import K

SWEAR = "Swearing, even mild, is what gets quoted back and ends the conversation."
ANGER = "Angry or insulting words; they show the customer they got to you."
INSULT = "Name-calling: it is about the person, and it is the line they will quote back."
BLAME = "Puts the blame on the customer; they will defend themselves instead of listening."
DOWN = "Talks down to the reader; it makes them feel stupid, and they will push back."
SARCASM = "Sarcasm: mock praise cannot be heard as a joke in writing, only as mockery."
PASSIVE = "Reminds them they did not listen; it reads as irritation."
ABSOLUTE = "Absolutes are rarely exactly true and invite an argument about the exceptions."
SPITE = "Reads as spite: it is written to hurt, not to settle anything."
THREAT = "Sounds like a threat; it can be used against you and escalates the dispute."

# Advice is in English, like the rest of Steady; only the calmer words are in the reply's language.
ADVICE = {
    K.PROFANITY: "Leave the word out; say what you need in plain words.",
    K.THREAT: "State the consequence as policy, calmly and once.",
    K.INSULT: "Say what went wrong, not what they are.",
    K.ANGER: "Name the problem calmly.",
    K.BLAME: "Say what happened and what fixes it.",
    K.CONDESCENSION: "Give the step plainly.",
    K.SARCASM: "Say what you mean directly, in plain words.",
    K.PASSIVE_AGGRESSIVE: "Repeat the point kindly.",
    K.SPITE: "Close the matter kindly.",
    K.ABSOLUTE: "Say what happened this time, with the date.",
}

__all__ = [
    "ABSOLUTE",
    "ADVICE",
    "ANGER",
    "BLAME",
    "DOWN",
    "INSULT",
    "PASSIVE",
    "SARCASM",
    "SPITE",
    "SWEAR",
    "THREAT",
]
