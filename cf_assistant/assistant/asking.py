"""A post read without its story: the sentences that ask or say what to test, the others left out.

Forum and help-desk posts tell a story around their ask: "I'm organising a craft fair and keep
the stallholders in a spreadsheet. Could rows with Status = Pending go amber? Thanks in advance!"
The story names headers ("craft"), values and numbers that the rule does not test, and the
readers of the pipeline take them for the request's. `asked(text)` keeps, of a text of several
sentences, those that ask (a question, or a formatting verb or colour: "highlight", "go amber",
"greyed out") or say something a rule tests (a number, a quoted text, a column letter, a word of
the rule language: "blank", "over", "today", "duplicate", "not" ...), and leaves out thanks and
greetings, what the poster tried ("I tried an icon set", "Equal To doesn't work") and the story
(a sentence with none of those); the purpose after an ask goes too ("so I can check the
discounts", "because the boss asked"). A text of one sentence, or one of which nothing would be
kept, is read whole.
"""

from __future__ import annotations

import re

from cf_assistant.diffusion.utterance import sentences

_ASKS = re.compile(
    r"\b(?:highlight\w*|hilight\w*|colou?r(?:ed|ing|s)?|shade[ds]?|shading|mark(?:ed)?|flag(?:ged)?|"
    r"format(?:ted|ting)?|bold|fill|grey(?:ed)?|gr[ae]y(?:ed)?\s+out|stand\s+out|show\s+up|light\s+up|"
    r"red|green|yellow|orange|amber|blue|pink|purple|gold)\b", re.IGNORECASE)
# Words that point back to something an earlier sentence said.
# A question, which asks too: "Which bookings are for The Vault?", "How can I ...", "Can the ..."
_QUESTION = re.compile(r"^\W*(?:which|who|whose|what|where|how|is\s+there|are\s+there|can|could|would|"
                       r"is\s+it\s+possible)\b|\?\s*$", re.IGNORECASE)
# Words a rule tests by (or a quantity, a quoted text, a column letter, "="): such a sentence stays.
_TESTS = re.compile(
    r"\d|[\"“=<>%]|(?<!\w)'[^']+'|\bcol(?:umn)?\s+[A-Z]\b|\b(?:blank|blanks|empty|missing|over|under|above|"
    r"below|more|less|fewer|greater|between|least|most|top|bottom|highest|lowest|largest|smallest|"
    r"biggest|cheapest|dearest|duplicate\w*|repeat\w*|unique|once|twice|error\w*|average|today|tomorrow|"
    r"yesterday|week|month|year|days?|due|overdue|late|before|after|since|contain\w*|start\w*|"
    r"begin\w*|end(?:s|ing)?|equal\w*|not|isn't|aren't|no|except|without|only|exactly|expired|past|"
    r"within|outside|nothing|column)\b", re.IGNORECASE)
# What the poster tried: never the ask.
_TRIED = re.compile(r"\bI(?:'ve|\s+have)?\s+tried\b|\b(?:does\s*n[o']t|did\s*n[o']t|won't|can't\s+get|not)\s+"
                    r"(?:seem\s+to\s+)?work", re.IGNORECASE)
# Thanks and greetings: left out when they say nothing else.
_POLITE = re.compile(r"^\W*(?:thanks|thank\s+you|thx|cheers|ta|many\s+thanks|much\s+appreciated|any\s+help|"
                     r"hi|hello|hey|dear)\b", re.IGNORECASE)
# A purpose after the ask: "so I can ...", "so that we ...", "so the list ...", "because ...".
_PURPOSE = re.compile(r"(?:,\s*|\s+)(?:so\s+(?:that\s+)?(?:i|we|they|he|she|you|the|it|our|my)\b|"
                      r"because\b|in\s+order\s+to\b).*$", re.IGNORECASE)


def asked(text: str) -> str:
    """The sentences of `text` that ask or say what to test, an ask's purpose cut (see the
    module's docstring); `text` itself for one sentence, or when none would be kept."""
    parts = sentences(text)
    if len(parts) < 2:
        return text
    kept = []
    for sentence in parts:
        tests = _TESTS.search(sentence)
        if _TRIED.search(sentence) or _POLITE.search(sentence) and not tests:
            continue
        if _ASKS.search(sentence) or _QUESTION.search(sentence):
            kept.append(_PURPOSE.sub("", sentence).strip() or sentence)
        elif tests:
            kept.append(sentence)
    return " ".join(kept) if kept else text
