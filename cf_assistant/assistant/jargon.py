"""A request in corporate jargon, said plainly.

Some users write as they talk in meetings: "action item: surface every row whose Owner is
blank, for visibility", "per today's sync we need to double-click on Qty: colour-code whatever
is north of it", "shade the Dates that were yesterday; let's take it offline after", "highlight
it so it stays top of mind", "anything off the 800 to 1,600 corridor". The jargon's words were
read as rules: "today's sync" as Today, "take it offline after" as a later date, "top of mind" as
a rank, "full stop" as a text. `plain_spoken` takes the phrases that carry no rule away (the
meeting a request comes from, the reason it is wanted, the hedges and labels around the ask) and
says the ones that do in plain words ("surface" -> "highlight", "north of it" -> "over", "off the
A to B corridor" -> "outside A to B"). A text without such phrases is left as it is.

The phrases were seen on the twenty-eighth sets' dev halves, never their test halves; the list
also holds common phrases of the same kind that those halves do not use.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MEETING = (r"(?:sync|stand-?up|call|meeting|huddle|review|check-?in|all-hands|offsite|off-site|1:1|one-on-one|"
            r"catch-?up|retro|workshop|session|touchpoint|touch-base|town-?hall|kick-?off|debrief|scrum)")
_WHEN = (r"(?:today|yesterday|tomorrow|this\s+morning|this\s+afternoon|last\s+week|this\s+week|next\s+week|"
         r"last\s+month|this\s+month|next\s+month|monday|tuesday|wednesday|thursday|friday|the\s+weekly|the\s+daily|"
         r"the\s+monthly|the\s+quarterly)")
_DROPPED = tuple(re.compile(p, _I) for p in (
    # the meeting the ask comes from: "per today's sync", "as discussed in last week's stand-up"
    rf"\b(?:per|from|after|following|since|in|at|as\s+(?:discussed|agreed|per)(?:\s+(?:in|at))?)\s+{_WHEN}(?:'s)?\s+"
    rf"{_MEETING}\b,?",
    rf"\b(?:per|following|as\s+(?:discussed|agreed)\s+(?:in|at))\s+(?:our|the|my|your)\s+{_MEETING}\b,?",
    rf"\bas\s+(?:discussed|agreed)(?:\s+(?:in|at)\s+the\s+{_MEETING})?\s*,",
    # what it is for: "so it stays top of mind", "so stakeholders have line of sight", "for visibility"
    r"[,;]?\s*\bso\s+(?:it|they|this|these|those)\s+(?:stays?|remains?|is|are)\s+"
    r"(?:top\s+of\s+mind|front\s+and\s+centre|front\s+and\s+center|on\s+(?:the|our|everyone's)\s+radar)\b",
    r"[,;]?\s*\bso\s+(?:stakeholders|leadership|the\s+team|everyone|management|the\s+execs?)\s+(?:have|has|get|gets)\s+"
    r"(?:line\s+of\s+sight|visibility|full\s+transparency|eyes\s+on\s+(?:it|this|them))\b",
    r"[,;]?\s*\b(?:for|to\s+drive|to\s+give|to\s+increase|to\s+improve)\s+(?:(?:full|better|more|maximum|"
    r"max|at-a-glance|at\s+a\s+glance)\s+)?(?:visibility|transparency|alignment|line\s+of\s+sight)\b",
    r"[,;]?\s*\bit['’]?s\s+(?:a\s+)?(?:quick|easy)\s+win(?:\s+for\s+the\s+[\w-]+)?",
    r"[,;]?\s*\b(?:no\s+need\s+to|let['’]?s\s+not|don['’]?t)\s+boil\s+the\s+ocean\b",
    r"[,;]?\s*\bgoing\s+forward\s*(?=[.!]?\s*$)",
    r"[,;]?\s*\bfor\s+the\s+(?:exec(?:utive)?s?|leadership|board|c-suite|steering\s+committee)(?:\s+(?:dashboard|deck|"
    r"review|team|readout))?\b",
    r"[,;]?\s*\b(?:as|for)\s+(?:a\s+)?(?:quick|easy|early)\s+wins?\b",
    r"[,;]?\s*\bto\s+(?:socialis|socializ)e\s+(?:the\s+)?(?:numbers|data|findings|results)\b",
    r"^\s*to\s+move\s+the\s+needle\s*,?\s*", r"[,;]?\s*\bto\s+move\s+the\s+needle\b",
    # hedges and sign-offs: "bandwidth permitting", "let's take it offline after", "full stop"
    r"[,;]?\s*\b(?:bandwidth|capacity|time)\s+permitting\b",
    r"[,;.]?\s*\blet['’]?s\s+(?:take\s+(?:it|this)\s+offline|circle\s+back|touch\s+base|sync|park\s+(?:it|this))"
    r"(?:\s+(?:after(?:wards)?|later|next\s+week|tomorrow|on\s+(?:it|this)|offline))*\b",
    r"[,;]?\s*(?-i:\bfull\s+stop\b)(?=\s*[,;.]|\s+(?:stand|pop|show|get|be|light|turn)\b|\s*$)",
    # labels over the ask: "action item:", "best practice:", "quick alignment ask:", "net-net,"
    r"^\s*(?:action\s+item|best\s+practice|quick\s+(?:alignment\s+)?ask|key\s+takeaway|next\s+steps?|"
    r"bottom\s+line|north\s+star|top\s+priority|high-level|ask|deliverable|low-hanging\s+fruit|quick\s+win)"
    r"\s*[:\-–—]\s*",
    r"^\s*(?:net-net|at\s+the\s+end\s+of\s+the\s+day|going\s+forward|moving\s+forward|from\s+a\s+\w+\s+"
    r"(?:standpoint|perspective|lens|point\s+of\s+view))\s*,\s*",
    r"^\s*can\s+we\s+action\s+this\s*:\s*",
    r"^\s*(?:circle\s+back|double-click)\s+on\s+(?=anything|everything|any|all)",
))
_SAID = tuple((re.compile(p, _I), plain) for p, plain in (
    (r"\b(?:north|upwards?)\s+of\s+(?:it|that|this)\b", "over"),
    (r"\b(?:south|downwards?)\s+of\s+(?:it|that|this)\b", "under"),
    (r"\b(?:off|outside(?:\s+of)?)\s+the\s+(?P<a>-?[$£€]?\d[\d,.]*)\s*(?:to|-|–)\s*(?P<b>-?[$£€]?\d[\d,.]*)\s+"
     r"(?:corridor|band|range|window|guardrails?)\b", r"outside \g<a> to \g<b>"),
    (r"\b(?:within|inside|in)\s+the\s+(?P<a>-?[$£€]?\d[\d,.]*)\s*(?:to|-|–)\s*(?P<b>-?[$£€]?\d[\d,.]*)\s+"
     r"(?:corridor|band|window|guardrails?)\b", r"between \g<a> and \g<b>"),
    (r"\b(?:surface|socialis(?:e|ing)|socializ(?:e|ing)|give\s+visibility\s+to|call\s+out|spotlight|get\s+eyes\s+on)\s+"
     r"(?=(?:every|all|any|the|those|these|each|anything|everything|rows?|cells?)\b)", "highlight "),
))


def plain_spoken(text: str) -> str:
    """`text` with its corporate jargon taken away or said plainly (see the module's docstring)."""
    return dropped_and_said(text, _DROPPED, _SAID, gap=" ")


def dropped_and_said(text: str, dropped: tuple, said: tuple, gap: str = "") -> str:
    """`text` without what the `dropped` patterns match (left as `gap`, or nothing for a pattern
    anchored at the start) and with the `said` (pattern, plain words) pairs said, tidied; `text`
    itself where none matches or too little would be left."""
    out, found = text, 0
    for pattern in dropped:
        out, n = pattern.subn(gap if not pattern.pattern.startswith("^") else "", out)
        found += n
    for pattern, plain in said:
        out, n = pattern.subn(plain, out)
        found += n
    if not found:
        return text
    out = re.sub(r"[^\S\n]+([,;!?]|\.(?!\w))", r"\1", re.sub(r"[^\S\n]{2,}", " ", out)).strip(" ,;")
    return out if re.search(r"[A-Za-z]{3}", out) else text
