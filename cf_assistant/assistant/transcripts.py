"""A request said in a court or meeting transcript's questions and answers, said as the request.

Some users paste the request as a transcript: "148:15 Q. And what did you want done? 148:16 A. Each
X entry matching Catupiry exactly should be highlighted.", "Page 89, line 22. Q. Did you ask her to
make the X entries ending with "Catupiry" blue? A. Yes, I did.", "83:8 THE CHAIR: Next item. 83:9
MS. OKAFOR: I'd like us to make ... green. 83:10 THE CHAIR: So noted.", "Minutes, p. 10, l. 5: Q.
What's the action? A. Highlight ... Q. Agreed? A. Agreed.", and on a table "180:25 Q. Was it Notes?
180:26 A. Yes. In T, if Notes is filled in, colour the entire row.". The page and line numbers were
read as the rule's figures (Between(89, 16), Bottom(120)) and the answers "Yes" and "No" as text
tests. `untranscribed` takes the page and line numbers away, keeps what the answers and the
speakers say (the question too when it asks "Did you ask her to ...?" or names the sheet: "what did
you want done in T?" -> "in T,"), drops the answers that only agree or close ("Yes.", "Agreed.",
"That was it.", "So noted.", "Next item.", "Highlighted.") and the answers' lead-ins ("One thing:",
"-- so we said,", "To paint ..." -> "paint ...", "I'd like us to", "I wanted this marked:" ->
"mark"). A text without a transcript's turns (Q. and A., or a speaker in capitals with a colon, after
a page and line number) is left as it is.

The forms were seen on the thirty-fourth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_REF = r"\(?\b\d{1,4}:\d{1,2}\b\)?"
_SPEAKER = r"(?:THE\s+[A-Z]+|(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z'-]+)\s*:"
_CUE = re.compile(rf"\bQ\.\s.*\bA\.\s|{_REF}\s+(?:Q\.|A\.|{_SPEAKER})|(?:^|\s){_SPEAKER}\s.*\b\d{{1,4}}:\d{{1,2}}\b")
_TURN = re.compile(rf"(?:^|(?<=\s))(?P<who>Q\.|A\.|{_SPEAKER})\s*(?:{_REF}\s*)?")
_PLACE = tuple(re.compile(p, _I) for p in (
    r"^\s*(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Za-z'-]+\s*:\s*(?=(?:page|p\.)\s*\d)", rf"{_REF}",
    r"^\s*(?:page|p\.)\s*\d+\s*,\s*(?:line|l\.)\s*\d+\s*[.:]\s*",
    r"^\s*minutes\s*,\s*p\.\s*\d+\s*,\s*l\.\s*\d+\s*:\s*", r"^\s*transcript\s*,?\s*p(?:age|\.)\s*\d+\s*[.:]\s*",
    r"\(\s*line\s+\d+\s*\)",
))
_CLOSING = re.compile(r"^(?:yes|no|yeah|correct|agreed|right|that\s+was\s+it|that['’]s\s+(?:it|all|right|correct)|"
                      r"(?:so\s+)?noted|next\s+item|nothing\s+else|no\s+further\s+questions|yes\s*,?\s*(?:i|we)\s+did|"
                      r"(?:highlighted|marked|shaded|coloured|colored|flagged|tinted|painted|bolded|filled)"
                      r"(?:\s+how)?|(?:marked|shaded|coloured|colored)\s+how\??)[.!?]*$", _I)
_LEADS = tuple((re.compile(p, _I), said) for p, said in (
    (r"^(?:yes|no|correct)\s*(?:[.,]|--|—)\s*(?=\S)", ""), (r"^one\s+thing\s*:\s*", ""),
    (r"^(?:--\s*)?so\s+we\s+said\s*,\s*", ""),
    (r"^--\s*", ""), (r"^it\s+(?P<verb>fill|highlight|colou?r|shade|mark|tint|flag)(?:ed|s)\s+", r"\g<verb> "),
    (r"^to\s+(?=(?:h\w{0,3}light|colou?r|shade|mark|flag|tint|paint|bold|fill|make|put|apply|add|give)\b)", ""),
    (r"^i['’]d\s+like\s+(?:us\s+|you\s+)?to\s+", ""),
    (r"\bi\s+wanted\s+this\s+(?P<verb>mark|highlight|shade|colou?r)ed\s*:\s*", r"\g<verb> "),
    (r"^[\"“](?P<said>.+)[\"”]$", r"\g<said>"), (r"^go\s+to\s+(?P<sheet>\w+)\s+and\s+", r"in \g<sheet>, "),
    (r"[,.]?\s*(?:(?:so\s+)?noted|nothing\s+more)\s*[.!]*$", ""),
))
_ASKED = re.compile(r"^did\s+(?:you|she|he|they)\s+ask\s+(?:her|him|them|me|us|you|the\s+\w+)?\s*to\s+"
                    r"(?P<ask>.+?)\?*$", _I)
_SHEET = re.compile(r"\b(?:in|for|on)\s+(?P<sheet>[A-Z][a-z]+(?:[A-Z][a-z]+)+)\s*\?", 0)


def untranscribed(text: str) -> str:
    """`text` said as the request when it is a transcript's questions and answers (the module's docstring)."""
    if not _CUE.search(text):
        return text
    plain = text
    for place in _PLACE:
        plain = place.sub(" ", plain)
    turns = _turns(plain.strip())
    said, sheet = [], ""
    for who, words in turns:
        words = words.strip()
        if who == "Q.":
            asked, named = _ASKED.match(words), _SHEET.search(words)
            if asked:
                said.append(asked["ask"])
            elif named:
                sheet = named["sheet"]
            continue
        if not words or _CLOSING.match(words):
            continue
        for pattern, plain_words in _LEADS:
            words = pattern.sub(plain_words, words).strip()
        if words and not _CLOSING.match(words):
            said.append(words)
    if not said:
        return text
    request = " ".join(said)
    if sheet and sheet.lower() not in request.lower():
        request = f"In {sheet}, {request}"
    return request


def _turns(text: str) -> list[tuple[str, str]]:
    """The turns of a transcript: (speaker, words); words before the first speaker count as an answer."""
    marks = list(_TURN.finditer(text))
    if not marks:
        return [("A.", text)]
    turns = [("A.", text[:marks[0].start()])] if text[:marks[0].start()].strip() else []
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        turns.append((re.sub(r"\s+", " ", mark["who"]), text[mark.end():end]))
    return turns
