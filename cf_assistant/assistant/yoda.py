"""A request said with its words turned round (object or condition first, the verb last), in order.

Some users ask the way a film's small green master speaks: "Dated last month, the Race Day cells,
colour you must.", "The Scent cells that end with "rose", paint you will. Yes, hmmm.", "No more
than 6 the Goals values are, mark them.", "10 or higher, Stitches is? Mark it, you should.",
"Paint the Mould No. entries you must, left blank when they are.", "To Yield (kg), an icon set
give you must.", "Data bars, the Sales column needs. Add it, you will.", and on a table "Below 12
or above 26 the Puppets is? That cell in Shows, shade you will; the row, leave it.", "Outside 21
to 32, Fish Count in Tanks? Colour its entire row, you should.", "A colour scale, the Fee cells of
Fairs given must be.". The verb after its object and the test before its column were read
apart. `in_order` says the request with the verb first and the test after the column: "colour
the Race Day cells dated last month", "mark the Goals values no more than 6", "Mark the Stitches
cells that are 10 or higher", "in Shows, shade that cell where the Puppets is below 12 or above
26, just the cell", "in Tanks, Colour the entire row where Fish Count is outside 21 to 32"; the
closing "Yes, hmmm." goes. A text without a verb before "you must" / "you will" / "you should"
(or "..., mark them" after a test said first) is left as it is.

The form was seen on the thirty-second sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_V = r"(?:h\w{0,3}light|shade|shdae|mark|fill|flag|colou?r|colur|paint|put|give|add|apply|format|tint)"
_MODAL = r"you\s+(?:must|will|should|shall)"
_HMM = re.compile(r"(?:[\s.!,]*(?:yes|yeah)?,?\s*h+m+[.!]*)+\s*$", _I)
_ORDER = re.compile(rf"^(?P<pre>.*?)[,;]?\s*\b(?P<verb>{_V})\s+(?P<pron>it|them|its\s+(?:entire|whole|full)\s+rows?|"
                    rf"their\s+(?:entire|whole|full)\s+rows?)?\s*,?\s*{_MODAL}\b[.!]*(?P<post>.*)$", _I | re.S)
_VERB_FIRST = re.compile(rf"^(?P<verb>{_V})\s+(?P<obj>.+?)\s+{_MODAL}\s*,\s*(?P<cond>.+?)"
                         r"(?:\s+when\s+(?:they|it)\s+(?:are|is))?\s*[.!]*$", _I)
_SAID_FIRST = re.compile(rf"^(?P<cond>.+?)\s*[,?]\s*(?P<verb>{_V})\s+(?:it|them)\b[.!]*(?P<post>.*)$", _I)
_GIVEN = re.compile(rf"^(?P<fmt>[^,]+),\s+(?P<x>.+?)\s+given\s+(?:must|should|will)\s+be\b[.!]*(?P<post>.*)$", _I)
_NEEDS = re.compile(rf"^(?P<fmt>[^,]+),\s+(?P<x>.+?)\s+needs?\.\s*(?P<verb>add|put|give|apply)\s+(?:it|them)\s*,?\s*"
                    rf"{_MODAL}\b[.!]*(?P<post>.*)$", _I)
_SHEET = re.compile(r"^(?P<h>.+?)\s+(?:in|on|of)\s+(?P<s>[A-Z][A-Za-z0-9]+)$")


def _subject(clause: str, bare: bool = False) -> tuple[str, str] | None:
    """(test, column) of "<test> the <Column> is" or "<test>, <column> is" (without "is" when `bare`:
    "Outside 21 to 32, Fish Count in Tanks?"); None without "is"/"are"."""
    clause = clause.strip().rstrip("?").strip()
    m = re.match(r"^(?P<rest>.+?)\s+(?:is|are)$", clause)
    if not m and not (bare and "," in clause):
        return None
    rest = m["rest"] if m else clause
    starts = [t.start() for t in re.finditer(r"\bthe\s+(?=[A-Z])", rest)]
    if starts and starts[-1] > 0:
        return rest[:starts[-1]].strip(" ,"), rest[starts[-1]:].strip()
    if "," in rest:
        test, column = rest.rsplit(",", 1)
        return test.strip(), column.strip()
    return None


def _where(verb: str, target: str, test: str, column: str) -> str:
    """"<verb> <target> where <column> is <test>", its sheet said first ("Fish Count in Tanks")."""
    sheet = _SHEET.match(column)
    lead = ""
    if sheet and not column.lower().startswith("the "):
        column, lead = sheet["h"], f"in {sheet['s']}, "
    test = test[:1].lower() + test[1:] if not test[:2].isupper() else test
    return f"{lead}{verb} {target} where {column} is {test}"


def _post(post: str) -> str:
    """What follows the order: "; the row, leave it" -> ", just the cell"."""
    post = re.sub(r"^[;,.\s]*the\s+rows?,\s+leave\s+(?:it|them)\b[.!]*", ", just the cell", post.strip(), flags=_I)
    if post[:1].isupper():  # "Only the cells."
        return ". " + post.rstrip()
    return (" " + post if post and not post.startswith(",") else post).rstrip()


def _lower(text: str) -> str:
    return re.sub(r"^(The|A|An|That|Their|To|Data|Icons?)\b", lambda m: m.group(1).lower(), text.strip())


def _ordered(pre: str, verb: str, pron: str | None) -> str:
    """The order `verb` with what came before it (`pre`) put after it."""
    target = re.sub(r"^its\b|^their\b", "the", pron, flags=_I) if pron and pron.lower() not in ("it", "them") else ""
    if "?" in pre:
        question, obj = pre.rsplit("?", 1)
        said = _subject(question, bare=True)
        obj = _lower(obj.strip(" ,"))
        if said:
            test, column = said
            if obj or target:
                return _where(verb, obj or target, test, column)
            return f"{verb} the {column} cells that are {test[:1].lower() + test[1:]}"
    left, _, right = pre.rpartition(",")
    left, right = left.strip(), right.strip()
    if not left:
        return f"{verb} {_lower(pre)}"
    said = _subject(left)
    if said:
        return _where(verb, _lower(right), *said)
    that = re.match(r"^(?P<x>the\s+.+?)\s+that\s+(?:is|are)$", right, _I)
    if that:
        return f"{verb} {that['x']} that are {left[:1].lower() + left[1:]}"
    if re.match(r"^to\s+", left, _I):
        return f"{verb} {_lower(right)} to {left[3:].strip()}"
    if re.match(r"^their\s+", right, _I):
        return f"{verb} {re.sub(r'^their', 'the', right, flags=_I)} for {left[:1].lower() + left[1:]}"
    return f"{verb} {_lower(right)} {left[:1].lower() + left[1:]}"


def in_order(text: str) -> str:
    """`text` with its verb first and its test after its column (see the module's docstring)."""
    said = _HMM.sub("", text).strip()
    m = _GIVEN.match(said)
    if m:
        return f"give {_lower(m['x'])} {_lower(m['fmt'])}{_post(m['post'])}"
    m = _NEEDS.match(said)
    if m:
        return f"{m['verb']} {_lower(m['fmt'])} to {_lower(m['x'])}{_post(m['post'])}"
    m = _VERB_FIRST.match(said)
    if m:
        cond = re.sub(r"^the\s+ones\s+", "", m["cond"], flags=_I)
        return f"{m['verb']} {m['obj']} {cond}"
    m = _ORDER.match(said)
    if m and m["pre"].strip():
        return _ordered(m["pre"].strip(), m["verb"], m["pron"]) + _post(m["post"])
    m = _SAID_FIRST.match(said)
    if m:
        subject = _subject(m["cond"])
        if subject:
            return f"{m['verb']} {subject[1]} that are {subject[0][:1].lower() + subject[0][1:]}{_post(m['post'])}"
    return text
