"""A request pasted inside an error message or a stack trace, read as the rule the error says.

Some users paste the error a script gave them: "ValueError: rule 'Qty < 5' not applied (line 42)",
"Traceback (most recent call last):\\n File "cf.py", line 230, in apply\\nRuleError: expected every
Gauge 22 or under to be highlighted", "Exception in thread "main" java.lang.IllegalStateException:
no fill on the Points below the average\\n at com.sheet.Rules.apply(Rules.java:26)", "Uncaught
TypeError: could not shade the Cut entries that say "rump"\\n at applyFormat (sheet.js:362:18)",
"ScopeError: full rows of today's runs (sheet Runs) were left unformatted". The line numbers and
file names were read as the rule's figures and texts ("line 230" -> 230). `untraced` keeps the
error's message and says it as the ask it failed: "highlight Qty < 5", "highlight every Gauge 22 or
under", "highlight the Points below the average", "shade the Cut entries ...", "highlight full rows of
today's runs (sheet Runs)"; the trace's frames ("File ..., line 7", "at ...(Rules.java:26)"), its
"Traceback" line, the error's class and its "(line 42)" go; "expected scope=cells" is said as
"cells only", and a test written as a call in words ("isblank(Notes)" -> "Notes is blank",
"count(Player) == 1" -> "Player is unique", "less_or_equal" -> "less than or equal to"). A text
without an error line ("XxxError: ..." or "XxxException: ..." at a line's start) is left as it is.

The form was seen on the thirty-first sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# The formats that are no highlight ("data bars", "a colour scale", "icons"); `commentary` reads them too.
VISUALS = r"(?:data\s+bars?|colou?r\s+scales?|icon\s+sets?|icons)"
_ERROR = re.compile(r"^\s*(?:Uncaught\s+(?:\(in\s+promise\)\s+)?)?(?:Exception\s+in\s+thread\s+\"[^\"]*\"\s+)?"
                    r"(?:(?:[A-Za-z_][\w$]*\.)*[A-Z]\w*(?:Error|Exception|Fault|Failure)|"
                    r"(?i:error)\s+[A-Za-z]{0,6}-?\d{1,6})\s*:\s*(?P<message>\S.*)$")
_FRAME = re.compile(r"^\s*(?:Traceback\s+\(most\s+recent\s+call\s+last\):?|File\s+\"[^\"]*\",\s+line\s+\d+.*"
                    r"|at\s+[\w$.<>]+\s*\(.*\)|at\s+\S+:\d+(?::\d+)?|\.\.\.\s*\d*\s*more|\^+|~+)\s*$")
_WHERE = re.compile(r"\s*(?:\(\s*line\s+\d+\s*\)|[,;]?\s*(?:at\s+|on\s+)?line\s+\d+(?::\d+)?)(?=\s*(?:[;,.]|$))", _I)
_SCOPE = re.compile(r"\s*[;,]?\s*expected\s+scope\s*[=:]\s*(?P<scope>cells?|rows?)\b", _I)
_VERB = r"(?:h\w{0,3}light(?:ed)?|shad(?:e|ed)|fill(?:ed)?|colou?r(?:ed)?|format(?:ted)?|mark(?:ed)?|paint(?:ed)?)"
_ASKS = tuple((re.compile(p, _I), said) for p, said in (
    (r"^rule\s+(?P<q>['\"`])(?P<rule>.+?)(?P=q)\s+(?:was\s+)?not\s+ap+l?ie?d(?:\s+to\s+(?:sheet\s+)?(?P<sheet>\S+))?"
     r"(?P<rest>.*)$", lambda m: f"highlight {m['rule']}" + (f" on sheet {m['sheet']}" if m["sheet"] else "")
     + m["rest"]),
    (r"^(?:conditional\s+)?format(?:ting)?\s+(?:is\s+)?missing[,;:]?\s+(?:wanted|expected|needed)\s+(?P<x>.+?)"
     rf"(?:\s+(?:to\s+be\s+)?{_VERB})?$", lambda m: f"highlight {m['x']}"),
    (rf"^{_VERB}\s+(?:was\s+)?not\s+applied\s+(?:to|on)\s+(?P<x>.+)$", lambda m: f"highlight {m['x']}"),
    (rf"^expected\s+(?P<x>.+?)\s+(?:to\s+be\s+|to\s+get\s+|being\s+)?{_VERB}(?P<rest>(?:\s+(?:where|when|if)\b.*)?"
     r"(?:\s*\(.*\))?)\s*$", lambda m: f"highlight {m['x']}{m['rest']}"),
    (r"^no\s+(?:fill|highlight(?:ing)?|colou?r|shading|format(?:ting)?)\s+(?:on|for)\s+(?P<x>(?:the\s+)?"
     rf"{VISUALS}\b.+)$", lambda m: f"add {m['x']}"),
    (r"^no\s+(?:fill|highlight(?:ing)?|colou?r|shading|format(?:ting)?)\s+(?:on|for)\s+(?P<x>.+)$",
     lambda m: f"highlight {m['x']}"),
    (r"^(?:could\s+not|couldn['’]t|cannot|can['’]t|failed\s+to|unable\s+to|did\s+not|didn['’]t)\s+"
     rf"(?P<v>{_VERB}|add|apply)\s+(?P<x>.+)$", lambda m: f"{m['v']} {m['x']}"),
    (rf"^(?P<x>(?:an?\s+|the\s+)?{VISUALS})\s+(?:is\s+|are\s+)?"
     r"(?:missing|absent|not\s+(?:applied|added|shown))\s+(?:on|from|for|to)\s+(?P<y>.+)$",
     lambda m: f"add {m['x']} to {m['y']}"),
    (rf"^(?P<x>.+?)\s+(?:were|was|are|is)\s+(?:left\s+)?(?:un{_VERB}|not\s+{_VERB})(?P<rest>.*)$",
     lambda m: f"highlight {m['x']}{m['rest']}"),
    (rf"^(?P<x>.+?)\s+not\s+{_VERB}\s+(?P<rest>(?:where|when|if|for)\b.+)$",
     lambda m: f"highlight {m['x']} {m['rest']}"),
))
_CALLS = tuple((re.compile(p, _I), said) for p, said in (  # a test written as a call: "count(Player) == 1"
    (r"\bnot\s+is(?:blank|empty)\((?P<c>[^()]+)\)", r"\g<c> is not blank"),
    (r"\bis(?:blank|empty)\((?P<c>[^()]+)\)", r"\g<c> is blank"),
    (r"\bnot\s+iserr(?:or)?\((?P<c>[^()]+)\)", r"\g<c> is not an error"),
    (r"\biserr(?:or)?\((?P<c>[^()]+)\)", r"\g<c> is an error"),
    (r"\bcount(?:if)?\((?P<c>[^()]+)\)\s*==?\s*1\b", r"\g<c> is unique"),
    (r"\bcount(?:if)?\((?P<c>[^()]+)\)\s*(?:>\s*1|>=\s*2)\b", r"\g<c> is duplicated"),
    (r"\b(?:less|lower|smaller)_(?:than_)?or_equal(?:_to)?\b", "less than or equal to"),
    (r"\b(?:greater|more|larger)_(?:than_)?or_equal(?:_to)?\b", "greater than or equal to"),
    (r"\b(?:less|lower|smaller)_than\b", "less than"),
    (r"\b(?:greater|more|larger)_than\b", "greater than"),
    (r"\bnot_equals?(?:_to)?\b", "not equal to"),
))
_DECORATION = re.compile(rf"^{_VERB}\s+(?=(?:the\s+|an?\s+)?(?:data\s+bars?|colou?r\s+scales?|icon\s+sets?)\b)", _I)


def _asked(message: str) -> str:
    """The ask the error's `message` says failed ("no fill on X" -> "highlight X")."""
    scope = _SCOPE.search(message)
    said = _WHERE.sub("", _SCOPE.sub("", message)).strip()
    for pattern, plain in _CALLS:
        said = pattern.sub(plain, said)
    for pattern, ask in _ASKS:
        m = pattern.match(said)
        if m:
            said = ask(m).strip()
            break
    said = _DECORATION.sub("add ", said)
    if scope:
        said += ", cells only" if scope["scope"].lower().startswith("cell") else ", whole rows"
    return said


def untraced(text: str) -> str:
    """`text` as the ask its error message says failed (see the module's docstring)."""
    lines = text.splitlines()
    errors = [n for n, line in enumerate(lines) if _ERROR.match(line)]
    if not errors:
        return text
    kept = []
    for n, line in enumerate(lines):
        if n in errors:
            kept.append(_asked(_ERROR.match(line)["message"]))
        elif not _FRAME.match(line) and line.strip():
            kept.append(line.strip())
    return " ".join(kept)
