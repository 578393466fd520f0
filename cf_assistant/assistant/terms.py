"""A request that first defines a term and then asks by it, said with the definition in its place.

Users name what they mean and then use the name: "A 'stale' ticket is one whose Age is over 30.
Highlight stale tickets.", "By 'local' we mean Region = North; mark the local ones", "Call a value
of Dist (m) 'flagged' if it exceeds 39. Highlight every flagged Dist (m) cell" (-> "highlight where
Dist (m) exceeds 39"), "Definition: a race
is 'pinned' when its Class is anything but 'Garden Tractor'. Task: highlight pinned races", "Let
'boxed' runs be the runs that aren't 'Four Man'". The term is a word of the user's, never a cell
text the rule looks for; what decides the rule is the definition. `unaliased` says the request as
its ask's verb and the definition ("highlight one whose Age is over 30"), keeping what the ask says
of the rows or cells formatted ("whole rows", "just the cell"). A text that defines no term in
quotes is left as it is.

The forms were seen on the twenty-sixth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_TERM = r"['‘\"“](?P<term>[^'’\"”\n]{1,40})['’\"”]"
_END = r"(?=\s*(?:[;.]\s|[;.]?\s*$|[;.]?\s*(?:task|now|so|then)\b))"
_FORMS = (
    # "By a 'raven side' we mean any team whose ...", "By 'prime' I mean ..."
    re.compile(rf"\bby\s+(?:an?\s+|the\s+)?{_TERM}(?:\s+\w+)?\s*,?\s+(?:we|i)\s+mean\s+(?P<body>[^:]+?){_END}", _I),
    # "A 'striped' belt is any Belt whose ...", "A 'past' gig here means one in ...", "A 'star' pupil has ..."
    re.compile(rf"(?:^|(?<=[.;:]\s))\s*(?:an?|the)\s+{_TERM}(?:\s+[\w-]+){{0,2}}?\s+(?:here\s+)?"
               rf"(?:(?P<verb>means|mean|has|have)\s+|(?:is|are|=)\s+(?=(?:one|ones|any|an?|the|every|each|those|"
               rf"rows?|cells?|values?|entries)\b))(?P<body>[^:]+?){_END}", _I),
    # "Definition: a race is 'pinned' when its Class ...", "a row counts as 'late' if ..."
    re.compile(rf"(?:definition\s*:\s*)?(?:an?|the|any)\s+(?P<noun>[\w-]+)\s+(?:is|are|counts?\s+as)\s+{_TERM}\s+"
               rf"(?:when|if|whenever|where)\s+(?P<body>[^:]+?){_END}", _I),
    # "Call a value of Comments 'tagged' if it has ...", "Call rows 'hot' when ..."
    re.compile(rf"\bcall\s+(?:an?\s+|the\s+|any\s+)?(?:(?:value|cell|entry|row)s?\s+(?:of|in)\s+(?P<col>.+?)|[\w-]+)\s+"
               rf"{_TERM}\s+(?:if|when|whenever|where)\s+(?P<body>[^:]+?){_END}", _I),
    # "Let 'boxed' runs be the runs that aren't 'Four Man'"
    re.compile(rf"\blet\s+{_TERM}(?:\s+[\w-]+)?\s+be\s+(?P<body>[^:]+?){_END}", _I),
)
_ASK = re.compile(r"\b(?P<verb>highlight|shade|mark|colou?r|flag|fill|format|bold)\b", _I)
_SCOPE = re.compile(r"\b(?:(?:the\s+)?(?:whole|entire|full)\s+rows?(?:\s+each)?|"
                    r"(?:their|its)\s+(?:whole|entire|full)\s+rows?|just\s+the\s+cells?|(?:the\s+)?cells\s+only|"
                    r"only\s+the\s+cells?|not\s+the\s+row)\b", _I)


def _body(m: re.Match) -> str:
    """The definition, said of the column or rows: "it has 'neat'" -> "Comments has 'neat'"."""
    body = m.group("body").strip(" ,")
    col = m.groupdict().get("col")
    if col:  # "if it has 'neat'": where the column has it
        return "where " + re.sub(r"^(?:it|its\s+value|the\s+value)\b", col.strip(), body, flags=_I)
    if m.groupdict().get("noun"):  # "a race is 'pinned' when its Class is ...": where Class is ...
        return "where " + re.sub(r"^(?:its|their)\s+", "", body, flags=_I)
    if (m.groupdict().get("verb") or "").lower() in ("has", "have"):
        return f"the ones that have {body}"
    return body


def unaliased(text: str) -> str:
    """`text` said with its defined term's definition in place (see the module's docstring)."""
    if not re.search(r"['‘\"“]", text) or not re.search(r"\b(?:mean|means|is|are|has|have|call|let|be)\b", text, _I):
        return text
    for n, form in enumerate(_FORMS):
        m = form.search(text)
        rest = text[:m.start()] + " " + text[m.end():] if m else ""
        if m and (n == 0 or re.search(rf"(?i)\b{re.escape(m.group('term').split()[0])}", rest)):
            break  # (the term is used again, or "By 'Bramble' we mean ...; mark it")
    else:
        return text
    ask = _ASK.search(rest)
    scope = _SCOPE.search(rest)
    body = re.sub(r"^(?:one|any|each|every)\s+of\s+(?=the\b)", "", _body(m), flags=_I)  # ("one of the 2 lowest")
    body = re.sub(r"^one\s+(?=whose|that|which|with|in|where|on|from)\b", "the ones ", body, flags=_I)
    if re.search(rf"(?i)\b(?:not|n't|never|except|but)\s+(?:an?\s+|the\s+)?{re.escape(m.group('term'))}", rest):
        body = f"every one except {body}"  # "highlight every site that is NOT an alder site"
    said = f"{ask.group('verb') if ask else 'highlight'} {body}"
    return f"{said}, {scope.group(0)}" if scope else said
