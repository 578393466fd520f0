"""A request said inside driving directions, without the directions.

Some users write the request into a sat-nav's or a map's directions: "Take exit 40 toward A32.
Colour any X cell more than 4 yet less than 9.5. Continue for 2.1 miles.", "Arrive in 14 min.
Before that, colour each X entry in the top 3. Turn left onto Kings Parade.", and on a table "In
150 m, turn left onto Station Avenue. Then, in T, highlight ...", "Your destination, T, is on the
right. Tint full rows ... Trip: 10.5 miles, 2 min.". The exits, distances, minutes and road
numbers were read as the rule's figures (Top(14), LessThanEqual(55)). `undirected` keeps the
clauses that ask (`framed.kept_asks`) and drops those that only direct (a turn, an exit, a road, a
distance, a time to arrive, "Recalculating..."), with "Before that," and "Then," before the ask.
A text without a direction's turn, exit, distance or arrival is left as it is.

The forms were seen on the thirty-fifth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.framed import kept_asks

_I = re.IGNORECASE
_CUE = re.compile(r"\btake\s+(?:the\s+)?exit\s+\d+|\bturn\s+(?:left|right)\s+(?:onto|into|on)\b|"
                  r"\bcontinue\s+(?:for|on)\s+\d|\barrive\s+in\s+\d+\s*min|"
                  r"\bin\s+\d+(?:\.\d+)?\s*(?:m|km|miles?|yards?|ft)\s*,\s*(?:turn|keep|bear|"
                  r"take)\b|\brecalculating\b|\byour\s+destination\b|\bat\s+the\s+roundabout\b|\bsat-?nav\s+says\b|"
                  r"\bmerge\s+onto\b|\brerouting\b|\bhead\s+(?:north|south|east|west)\b|\bclosed\s+ahead\b|"
                  r"\bmake\s+a\s+u-turn\b|\bin\s+\d+\s+feet\b|\barriving\s+at\b", _I)
_FRAME = re.compile(r"\b(?:exit|toward|towards|turn|left|right|onto|continue|miles?|km|arrive|arrival|destination|"
                    r"recalculating|roundabout|route|trip|eta|keep|bear|merge|motorway|highway|junction|lane|avenue|"
                    r"street|road|min|feet|u-turn|rerouting|closed\s+ahead|north|south|east|west|faster|ahead)\b|"
                    r"\b(?:[AMB]|I-)\d+\b|\bin\s+\d+(?:\.\d+)?\s*(?:m|km|ft|yards?)\b", _I)
_LINKS = re.compile(r"(?:before|after)\s+that|then|meanwhile|also|please|sat-?nav\s+says|on\s+the\s+way", _I)
_SAID = tuple((re.compile(p, _I), said) for p, said in (
    (r"^(?:before\s+that|then|after\s+that|on\s+the\s+way|meanwhile|and)\s*,?\s+", ""),
    (r"\s+before\s+you\s+(?:get\s+there|arrive)$", ""),
))
_PARTS = tuple(re.compile(p, _I) for p in (
    r"\btake\s+(?:the\s+)?exit\s+\d+\s+(?:toward|towards|for)\s+(?P<sheet>[A-Za-z]\w*)\s*:",
))


def undirected(text: str) -> str:
    """`text` without the directions it is said in (the module's docstring)."""
    if not _CUE.search(text):
        return text
    said = text
    for part in _PARTS:  # "Take exit 8 toward T: colour ..." -> "In T, colour ..."
        said = part.sub(lambda m: f"In {m['sheet']},", said)
    return kept_asks(said, _FRAME, _SAID, _LINKS)
