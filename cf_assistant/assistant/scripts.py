"""A request said as a line of a film or TV script, without the script.

Some users write the request into a script: "INT. SCHOOL GYM - DAY. Page 72. DEV (whispering)
Bold the X entries showing an error, before anyone sees.", "TESS (V.O.) Every X value in the
bottom 2 should be bolded. CUT TO:", "SOL (beat, then quietly) Shade the X cells beginning with
Indigo. ILYA (V.O.) And then? SOL: That's all.", and on a table "Script p. 96, sc. 134 -- OTTO: On
T, mark the whole row ... LENA: Done. CUT TO:", "Highlight ... in T -- that's the line OTTO says
(V.O.), scene 127, page 85.". The scene and page numbers were read as the rule's figures
(LessThan(70), Equals(89)), the characters' names and "(V.O.)" as texts. `unscripted` takes away
the scene headings (INT./EXT. ... - DAY), scene and page numbers, transitions (CUT TO:, FADE IN:),
the characters' names in capitals with their parentheticals ("(V.O.)", "(beat)", "(whispering)"),
"before anyone sees" and the talk around the line ("And then?", "That's all.", "Done.", "What
about it?"), and keeps the clauses that ask (`framed.kept_asks`). A text without a scene heading,
a transition, a "(V.O.)" or a character's cue before a parenthetical is left as it is.

The forms were seen on the thirty-fifth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.framed import kept_asks, without_parts

_I = re.IGNORECASE
_NAME = r"\b[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)?"
_CUE = re.compile(r"\b(?:INT|EXT|INT\./EXT)\.\s+[A-Z]|\b(?:CUT\s+TO|FADE\s+IN|FADE\s+OUT|SMASH\s+CUT|DISSOLVE\s+TO)\b|"
                  r"\((?:V\.O\.|O\.S\.|O\.C\.|CONT['’]D)\)|\bscript\s+p\.\s*\d+|"
                  r"\bthat['’]s\s+the\s+line\s+[A-Z]+\s+says\b|"
                  rf"{_NAME}\s*:?\s*\((?:beat|pause|pointing|whispering|quietly|softly|smiling|shouting|muttering|"
                  r"typing|hangs\s+up|reading[^)]*|into\s+the\s+[a-z]+|to\s+[a-z]+[^)]*|then\s+[^)]*)\)|"
                  r"\b[A-Z]{2,}:\s+[A-Z][a-z].*\b[A-Z]{2,}:\s+[A-Z(]|(?i:\bpage\s+\d+\s*,\s*scene\s+\d+)")
_TIME = r"(?:DAY|NIGHT|DAWN|DUSK|MORNING|EVENING|CONTINUOUS|LATER|SUNSET|SUNRISE|NOON|MIDNIGHT)"
_PARTS = tuple((re.compile(p), said) for p, said in (
    (rf"(?:\b\d+\s+)?\b(?:INT|EXT|INT\./EXT)\.\s+[A-Z0-9][A-Z0-9 '&/.-]*?\s+[-–—]\s+{_TIME}\b\.?", " "),
    (r"(?:\b\d+\s+)?\b(?:INT|EXT|INT\./EXT)\.\s+[A-Z0-9][A-Z0-9 '&/-]*(?:\.|$)", " "),
    (r"(?i:\b(?:scene|sc\.)\s*\d+\b\.?|\bpage\s+\d+\b\.?|\bscript\s+p\.\s*\d+\b)", " "),
    (r"\b(?:CUT\s+TO|FADE\s+IN|FADE\s+OUT|SMASH\s+CUT|DISSOLVE\s+TO)\s*[:.]?", " "),
    (r"(?i:--\s*that['’]s\s+the\s+line\s+)[A-Z]+(?i:\s+says)", " "),
    (rf"{_NAME}\s*(?=:|\s*\()", " "), (rf"(?<![\w\"'])(?:[A-Z][A-Z'-]+)(?=\s+(?:[a-z]+s)\b)", " "),
    (r"\((?:V\.O\.|O\.S\.|O\.C\.|CONT['’]D)\)", " "),
    (r"\((?![^)]*\b(?:cells?|rows?|column|only|inclusive|ends?|both|included)\b)(?:[a-z]+(?:[\s,]+[a-z]+)+|beat|"
     r"pause|pointing|whispering|quietly|softly|smiling|laughing|sighing|shouting|muttering|typing|reading)\)", " "),
    (r"(?i:,?\s*before\s+anyone\s+sees\b)", " "),
    (r"(?i:\b(?:i\s+need\s+you\s+to|somebody\s+has\s+to|someone\s+has\s+to)\s+)", " "),
))
# the scene's words: action, talk, a place
_FRAME = re.compile(r"\b(?:slams?|glows?|types?|rain|pointing|phone|hangs?|laptop|folder|binder|sheet|tab|squints?|"
                    r"studies|stares?|looks?|glances?|nods?|sighs?|done|got\s+it|on\s+it|what\s+about|that['’]s\s+all|"
                    r"and\s+then|scene|page|script|door|window|desk|screen|walks?|enters?|exits?|sits?|stands?)\b|"
                    r"^[A-Z]{2,}(?:\s+[-–—]\s+[A-Z]{2,})?$", re.IGNORECASE)
_TALK = re.compile(r"(?:and\s+then|that['’]s\s+(?:all|it)|done|what\s+about\s+it|right|okay|ok|yes|no|got\s+it)\??", _I)


def unscripted(text: str) -> str:
    """`text` without the script it is written in (the module's docstring)."""
    if not _CUE.search(text) or sum(c.isupper() for c in text) > 0.6 * sum(c.isalpha() for c in text):
        return text
    return kept_asks(without_parts(text, _PARTS).strip(" :"), _FRAME, (), _TALK)
