"""A text test written as a pattern (a regular expression, wildcards, SQL's LIKE), said in words.

Users who know patterns type them: "Code ~ /^INV/", "Rider Name =~ /^dusty$/i", "Crop !~ /basil/",
"flavour matches ^Vanilla$ exactly", "names matching *ltd", "varieties matching Pink*", "clubs like
%ice%", "Lot Number ~ /^\\s*$/". `unpatterned` says each such test as the language's text test it
means: anchored at both ends, the text exactly ('is exactly "Dusty"'); at the start, beginning
with; at the end, ending with; neither, containing; an empty pattern (or spaces only), blank; a
negated match (`!~`, "does not match", "not like") the test turned about. Patterns that say more
than a literal (a class, an alternation, a repeat) are no text test of the language and stay as
written. An anchor on a word after a test that already says where ("starts with ^Back", "ends in
ford$", "exactly ^Paid$") is dropped.

The forms were seen on the twenty-fifth one-column set's dev half, never its test half.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SLASHED = r"/(?P<re>(?:[^/\\\n]|\\.)*)/(?P<flags>[a-z]{0,3})(?![\w/])"
_BARE = r"(?P<bare>[\^*%]?[\w&.\-]*(?:\\s\*)?[\w&.\-]*[$*%]?)(?![\w*%$'])"
_OP = (r"(?:\b(?:is|are)\s+(?=(?:not\s+)?like\b))?(?P<op>!~\*?|=~|~\*?|\b(?:(?:does\s+not|doesn'?t|do\s+not|don'?t|"
       r"not|never)\s+(?:match(?:es|ing)?|like)|fail(?:s|ing)?(?:\s+to\s+match)?|match(?:es|ing)?|"
       r"(?:NOT\s+)?LIKE|like)\b)")
_TEST = re.compile(rf"\s*{_OP}(?:(?<=[~*])\s*|\s+)(?:the\s+)?(?:(?:pattern|regexp?|regex)\s+)?(?:{_SLASHED}|{_BARE})"
                   r"(?P<tail>\s*,?\s*(?:or\s+(?:only\s+)?(?:white\s*)?spaces?(?:\s+only)?|"
                   r"\(?(?:case[\s-]*insensitive|any\s+case|ignoring\s+case|ignore\s+case)\)?))?")
_ANCHORED_AFTER_TEST = re.compile(r"(?P<test>\b(?:starts?|starting|begins?|beginning|ends?|ending)\s+(?:with|in)|"
                                  r"\bexactly|\bequals?|\bequal\s+to|\bcontains?|\bcontaining)\s+\^?"
                                  r"(?P<word>[\w&'.\-]+)\$?(?!\S)", _I)


def _literal(core: str) -> str | None:
    """The plain text a pattern's core stands for, or None where the core says more than a text."""
    if re.search(r"(?<!\\)[\[\](){}|+?*.^$]|\\[dDwWsSbB]", core):
        return None
    return re.sub(r"\\(.)", r"\1", core) or None


def _regex_said(pattern: str) -> tuple[str, str | None] | None:
    """(test, literal) for a regular expression's body: ("exactly", "Hawks") for ^Hawks$."""
    if pattern in ("^$", r"^\s*$", r"^\s+$", r"^ *$"):
        return ("blank", None)
    start, end = pattern.startswith("^"), pattern.endswith("$") and not pattern.endswith("\\$")
    literal = _literal(pattern[1 if start else 0: -1 if end else None])
    if literal is None:
        return None
    return ("exactly" if start and end else "beginning with" if start else "ending with" if end else "containing",
            literal)


def _wildcard_said(pattern: str) -> tuple[str, str | None] | None:
    """(test, literal) for a wildcard or LIKE pattern ("Pink*", "*ltd", "%ice%") or an anchored
    word ("^Vanilla$"); None for a plain word ("like Smith" is English)."""
    if "^" in pattern or "$" in pattern:
        return _regex_said(pattern)
    mark = "%" if "%" in pattern else "*"
    start, end = pattern.endswith(mark), pattern.startswith(mark)
    core = pattern.strip(mark)
    if not core or not (start or end) or re.search(r"[*%?]", core) or mark == "%" and re.fullmatch(r"[\d.,]+", core):
        return None
    return ("containing" if start and end else "beginning with" if start else "ending with", core)


_TURNED = {"exactly": "not exactly", "beginning with": "not beginning with", "ending with": "not ending with",
           "containing": "not containing", "blank": "not blank"}


def _said(m: re.Match) -> str:
    negated = bool(re.match(r"(?i)!|(?:does|doesn|do|don|not|never|fail\w*)\b", m.group("op")))
    read = _regex_said(m.group("re")) if m.group("re") is not None else _wildcard_said(m.group("bare"))
    if read is None:
        return m.group(0)
    test, literal = read
    test = _TURNED[test] if negated else test
    if literal is None:
        return f" is {test}"
    return f' is {"not" if negated else "exactly"} "{literal}"' if test.endswith("exactly") else f' {test} "{literal}"'


def unpatterned(text: str) -> str:
    """`text` with its pattern tests said in words (see the module's docstring)."""
    if not re.search(r"[~/^$*%]|\b(?:match|like)", text, _I):
        return text
    text = _ANCHORED_AFTER_TEST.sub(lambda m: f"{m.group('test')} {m.group('word')}", text)
    return _TEST.sub(_said, text)
