"""Sample replies for the tone check, written for Steady: calm ones a shop owner could send,
and hostile ones each with the kind of flag it must get."""

from __future__ import annotations

from app.reply.tone_rules import ToneKind as K

CALM = [
    "Dear Gordon, thank you for writing. I checked the upload logs for the 3rd: there was a "
    "40-minute outage, and no files were lost. Your account is working normally now.",
    "Hi Dana, I am sorry the order arrived late. It left our workshop on Monday and the courier "
    "delivered it on Friday. I have refunded the shipping charge of $6.50.",
    "Thank you for your message. I understand this has been frustrating. To recap, the refund "
    "was issued on 4 May and usually reaches your card within five working days.",
    "Hello Sam, I tested the export on version 2.3 with Windows 11 and it produced a complete "
    "PDF. Could you send me the file that fails, so I can try it on the same setup?",
    "Dear Ms Hart, we have decided to close your account as of 1 June. A full refund of "
    "$59.94 has been issued. Thank you for your custom, and we wish you well.",
    "Thanks for getting back to me. I have answered your three questions below, one by one.",
    "I can see why the invoice was confusing. The first line is the annual plan; the second is "
    "the tax. I have attached a clearer copy.",
    "We offer a refund because we want every customer to feel treated fairly. It is not a "
    "response to any threat, and our terms stay as they are.",
    "Our terms ask that messages to staff stay courteous. On 2 and 5 March, messages to us "
    "used insulting language. If this continues, we will close the account under section 4.",
    "I think another studio may suit your project better. Riverside Prints works with large "
    "formats and may be able to help you sooner than we can.",
    "We have read the review posted on 12 April. The order was delivered on 3 April and signed "
    "for. We are happy to talk by phone, and will not discuss it further here.",
    "Could you tell me the order number? With it I can check the tracking and answer properly.",
    "You are right that the first reply took three days. That is slower than we aim for, and I "
    "apologise for the wait.",
    "I have looked into this carefully. The charge on 9 May is for the renewal you set up in "
    "January; the confirmation email is attached.",
    "Kind regards,\nJordan Ellis\nFounder, Larkspur Files",
    "If it helps, I am available for a call on Thursday afternoon to go through the settings "
    "together.",
    "I have passed your feedback to the team. We are adding a warning before an account "
    "renews, which should prevent this in future.",
    "Your files are safe. The backup from the 2nd is complete, and I restored the two folders "
    "you mentioned this morning.",
    "We cannot offer a refund for the third month, because the plan was used during it. We can "
    "offer a credit of $10 towards next month instead.",
    "Thank you for your patience while I checked. The replacement part is in stock and will "
    "ship tomorrow by tracked post.",
    "I understand you are unhappy with the colour. Our returns policy allows an exchange "
    "within 30 days, and your order is within that time.",
    "The sizing chart on the product page lists the chest measurement as 104 cm for a large. "
    "I am sorry it was not clear, and I will ask our designer to make it more visible.",
    "Please let me know which of these options suits you, and I will arrange it today.",
    "I would like to resolve this. Here is what I can do: a repair at no charge, or a full "
    "refund when the item comes back to us.",
    "Our support hours are 9 to 5 on weekdays. A message sent on Saturday is answered on "
    "Monday morning.",
]

HOSTILE: list[tuple[str, K]] = [
    ("As I already said, the refund was issued on Monday.", K.PASSIVE_AGGRESSIVE),
    ("Per my last email, the order shipped on time.", K.PASSIVE_AGGRESSIVE),
    ("Obviously the file was too large to upload.", K.PASSIVE_AGGRESSIVE),
    ("With all due respect, you have misunderstood our terms.", K.PASSIVE_AGGRESSIVE),
    ("I'm sorry you feel that way about our service.", K.PASSIVE_AGGRESSIVE),
    ("You always find something to complain about.", K.ABSOLUTE),
    ("We never lose files, so this did not happen.", K.ABSOLUTE),
    ("I DID NOT cancel your order.", K.SHOUTING),
    ("Read the email again!!!", K.SHOUTING),
    ("This is what happens with customers like you.", K.AT_READER),
    ("You clearly did not read the instructions.", K.AT_READER),
    ("It's your own fault for choosing the wrong plan.", K.BLAME),
    ("You should have checked the size before ordering.", K.BLAME),
    ("It's not rocket science: click the blue button.", K.CONDESCENSION),
    ("Let me explain this slowly for you.", K.CONDESCENSION),
    ("For your information, the refund went out last week.", K.CONDESCENSION),
    ("Oh great, another complaint about the colour.", K.SARCASM),
    ('Thanks for your "urgent" message from last night.', K.SARCASM),
    ("Good luck with that chargeback.", K.SARCASM),
    ("Your demand is frankly ridiculous.", K.ANGER),
    ("I'm sick and tired of these messages.", K.ANGER),
    ("Don't bother writing to us again.", K.SPITE),
    ("Good riddance; enjoy shopping somewhere else.", K.SPITE),
    ("What the hell did you expect for $20?", K.PROFANITY),
    ("This is a damn simple setting.", K.PROFANITY),
    ("Write to us like that again and you'll be hearing from our lawyers.", K.THREAT),
    ("How many times do I need to tell you the shop is closed on Sundays?", K.PASSIVE_AGGRESSIVE),
    ("Thanks a lot for the one-star review.", K.SARCASM),
    ("You people never read the terms.", K.AT_READER),
]

# A customer's angry message, to compare replies against.
ANGRY_ORIGINAL = (
    "This is RIDICULOUS!!! You people ALWAYS lose my files. I have had enough of your "
    "incompetent service. Refund me now or I will sue and make sure everyone knows."
)
