"""Rules that a request's set phrases name whole: a date period, a repeat, error values, a
function by its own name, a file type, a text's place in the cell, a text asked for exactly.

Excel names its date periods with fixed phrases ("this week", "next month", "in the last 7
days") and people use them as they are. The model reads the word "next" in a header ("Next
Service Due") or a column named "Last Updated" as part of the period; `named_period` reads the one
period phrase a request says, once the phrases that are a header's name are set aside by the
caller. A repeat is said just as plainly: "appears more than once", "same name twice" name
`Duplicates()`, "only once", "appears once", "one-off" name `Unique()` (`named_repeat`). Error
values are named by the word or by Excel's codes ("errors like #N/A or #REF!" -> `Errors()`,
"the valid readings, anything that's not #VALUE! or another error" -> `NotErrors()`,
`named_errors`). A function named by its own name, as the benchmark's annotators write ("Apply
NotBetween 900 and 4100"), is that function with the request's numbers or text
(`named_function`). File types are said by their extension ("pdfs" -> `TextEndsWith(".pdf")`,
`named_extension`), a text by where it sits ("MAN at the front" -> `TextStartsWith("MAN")`,
`named_position`), a quoted text asked for exactly beside the texts that merely hold it
("just "Rock" (not Indie Rock)" -> `TextEquals("Rock")`, `named_exact`), and Excel's own notation
typed into a request ('LEFT 3 = "MCK"', "= today", "<> blank": `named_formula`).

The period, repeat and error readings hold only for a request that names nothing else: no
number, no comparison, no text operator, no blank, no denial and no "or"/"and" between two tests
(`_OTHER`); any such request is left to the model. The language's `readings` give them to the
pipeline, which ranks them above the model's samples. Regular expressions; no model. The cues
came from the dev halves of the project's web, forum, plain and annotator sets
(benchmarks/data/README.md).
"""

from __future__ import annotations

import re

_PERIODS = (
    ("Last7Days", r"\b(?:in\s+the\s+)?(?:last|past|previous)\s+(?:7|seven)\s+days\b"),
    ("ThisWeek", r"\bthis\s+week\b"), ("LastWeek", r"\blast\s+week\b"), ("NextWeek", r"\bnext\s+week\b"),
    ("ThisMonth", r"\bthis\s+month\b"), ("LastMonth", r"\blast\s+month\b"),
    ("NextMonth", r"\bnext\s+month\b"),
    ("Today", r"\b(?:today|tonight)\b"), ("Yesterday", r"\byesterday\b"), ("Tomorrow", r"\btomorrow\b"),
)
_DUPLICATES = re.compile(
    r"\b(?:more\s+than\s+once|twice\s+or\s+more|at\s+least\s+twice|(?:appear|occur|show|come|"
    r"crop|turn)\w*(?:\s+up)?\s+(?:again|twice|(?:two|2)\s*(?:times|x)|(?:multiple|several|many)\s+times)|"
    r"duplicat\w*|(?:the\s+)?same\s+\w+(?:\s+\w+)?\s+as\s+(?:another|an\s+other|other|an\s+earlier|a\s+previous)\b|"
    r"repeat(?:s|ed)?\b|(?:the\s+)?same\s+\w+(?:\s+\w+)?\s+(?:twice|more\s+than\s+once)|"
    r"(?:listed|entered|recorded|logged)\s+(?:twice|(?:two|2)\s*(?:times|x)\b)|(?:with|have|has|having|had)\s+(?:more\s+than\s+one|multiple|several|"
    r"two\s+or\s+more)\s+\w+|(?:been|appeared|featured|played|worked|stayed|logged|listed|used|found|reported|recorded|seen)\s+"
    r"(?:on|in|at|for|against|across)\s+"
    r"(?:more\s+than\s+one|multiple|several|two\s+or\s+more)\s+\w+|"
    r"(?:we\s+)?have\s+(?:more\s+than\s+one|multiple|several)\s+\w+\s+(?:from|with|for))",
    re.IGNORECASE)
_UNIQUE = re.compile(
    r"\b(?:(?:only|exactly|just)\s+(?:(?:ever\s+)?[a-z]+(?<!ly)\s+)?(?:once|one\s+time)|once\s+only|"
    r"only\s+one\s+[a-z]+\s+(?:sells|has|offers|makes|does|uses|stocks|carries|is|was)|"
    r"(?:appear|occur|show)\w*\s+(?:only\s+|just\s+)?once|one-offs?|"
    r"unique|no\s+duplicates?|not\s+(?:duplicated|repeated)|never\s+repeated|distinct|"
    r"(?:with|have|has|having|had)\s+(?:a\s+single|just\s+one|only\s+one)\s+\w+|"
    r"(?:only|just)\s+(?:have|has|had)\s+(?:one|a\s+single)\s+\w+)\b",
    re.IGNORECASE)
# what makes a request more than one period or one repeat ("and colour them" asks for the format)
_OTHER = re.compile(
    r"\d|\b(?:more|less|fewer|greater|higher|lower|above|below|over|under|exceed\w*|least|most|"
    r"top|bottom|highest|lowest|average|contain\w*|includ\w*|start(?!ed)\w*|begin\w*|ends?|ending|"
    r"blank\w*|empty|errors?|not|no|never|except|unless|without|or|between|"
    r"and(?!\s+(?:colou?r|highlight|mark|shade|flag|format|bold|fill)\s+(?:them|it|those|these)\b)|but|"
    r"before|after|ago|since|until)\b|n't\b|[<>=]", re.IGNORECASE)


def _without(text: str, pattern: str | re.Pattern) -> str:
    return re.sub(pattern, " ", text, flags=0 if isinstance(pattern, re.Pattern) else re.I)


# "today included", "including today", "(today counts)": said of the last 7 days, which hold it
_TODAY_IN = re.compile(r"(?:,\s*)?\(?\s*(?:with\s+)?today(?:'s)?\s+(?:is\s+)?(?:also\s+|too\s+)?(?:included|includes|"
                       r"counts?|counted|as\s+well)\s*\)?|(?:,\s*)?(?:including|incl\.?|plus|and)\s+today"
                       r"(?:\s+(?:too|as\s+well|also))?\b", re.IGNORECASE)


def named_period(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """The rule of the one date period the request names ("next service due this week" ->
    `ThisWeek()`), with the `headers` it says set aside first ("Last Updated"); None for none,
    several, or a request naming anything else."""
    from cf_assistant.languages.cf.comparisons import without_headers

    text = without_headers(utterance, headers)  # "Next Service Due", "Best Before"
    if re.search(dict(_PERIODS)["Last7Days"], text, re.I):  # Excel's last 7 days hold today
        text = _TODAY_IN.sub(" ", text)
    found = {name for name, cue in _PERIODS if re.search(cue, text, re.I)}
    if "Last7Days" in found:
        found.discard("LastWeek")
    if len(found) != 1:
        return None
    name = found.pop()
    rest = re.sub(r"\b(?:ends?|ending|expir\w*|due)\b(?=\s+(?:in\s+)?(?:this|next|last|the\s+(?:last|"
                  r"next|past)|today|tomorrow|yesterday)\b)", " ", text, flags=re.I)  # "ending this week"
    rest = _without(rest, dict(_PERIODS)[name])
    return None if _OTHER.search(rest) else f"{name}()"


_JOINED = re.compile(r"^\W*(?:,\s*)?(?:and|or|&|plus|as\s+well\s+as)?\W*$", re.IGNORECASE)


# A period denied: "NOT in this week", "not this month", "outside next week", "aren't due this week".
_DENIED_PERIOD = re.compile(r"\b(?:not|outside(?:\s+of)?|aren'?t|isn'?t|other\s+than)\s+(?:(?:due|dated|booked|"
                            r"falling)\s+)?(?:in\s+|from\s+|during\s+)?(?:the\s+)?", re.IGNORECASE)


def named_denied_period(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`NOT(P())` for a request that names one date period right after its denial ("all the
    appointments NOT in this week, blanks too": the blanks are outside it as well) and nothing
    else; None otherwise."""
    from cf_assistant.languages.cf.comparisons import without_headers

    text = without_headers(utterance, headers)
    found = [(name, m) for name, cue in _PERIODS for m in re.finditer(cue, text, re.I)]
    if len(found) != 1:
        return None
    name, m = found[0]
    denial = re.search(_DENIED_PERIOD.pattern + r"$", text[:m.start()], re.IGNORECASE)  # right before it
    if denial is None:
        return None
    rest = text[:denial.start()] + " " + text[m.end():]
    rest = re.sub(r"\b(?:blanks?|empty\s+ones?)\s+(?:too|as\s+well|included)\b", " ", rest, flags=re.I)
    return None if _OTHER.search(rest) else f"NOT({name}())"


def named_periods(utterance: str, headers: tuple[str, ...] = ()) -> str | None:
    """`OR(A(), B())` for a request that names two date periods joined by "and" or "or" (either
    period's dates: "races from last week and this week") and nothing else, in the order said;
    None otherwise."""
    from cf_assistant.languages.cf.comparisons import without_headers

    text = without_headers(utterance, headers)
    found = sorted((m.start(), m.end(), name) for name, cue in _PERIODS
                   for m in re.finditer(cue, text, re.I))
    if len(found) != 2 or found[0][2] == found[1][2] or found[0][1] > found[1][0] \
            or not _JOINED.match(text[found[0][1]:found[1][0]]):
        return None
    rest = text[:found[0][0]] + " " + text[found[1][1]:]
    return None if _OTHER.search(rest) else f"OR({found[0][2]}(), {found[1][2]}())"


def named_repeat(utterance: str) -> str | None:
    """`Duplicates()` or `Unique()` for a request that names a repeat ("categories that come up
    more than once", "the section that appears only once") and nothing else; None otherwise."""
    uni = _UNIQUE.search(utterance)
    dup = _DUPLICATES.search(_without(utterance, _UNIQUE) if uni else utterance)  # "not duplicated"
    if bool(dup) == bool(uni):
        return None
    rest = _without(utterance, _DUPLICATES if dup else _UNIQUE)
    if _OTHER.search(rest) or any(re.search(cue, rest, re.I) for _, cue in _PERIODS):
        return None
    return "Duplicates()" if dup else "Unique()"


_ERROR = r"(?:#N/A|#REF!?|#VALUE!?|#DIV/0!?|#NAME\??|#NUM!?|#NULL!?|#SPILL!?|#CALC!?|(?-i:N\s?/\s?A|N\s+A)\b|" \
         r"hash\s+(?:n\s?/?\s?a|ref|value|div(?:\s+(?:by\s+)?(?:zero|0))?|name|num|null|spill|calc)\b|" \
         r"(?:an?\s+|another\s+|any\s+(?:other\s+)?|other\s+)?" \
         r"(?:formula\s+)?errors?(?:\s+values?)?)"
_ERRORS = re.compile(r"(?<![\w#])" + _ERROR + r"(?:\s*(?:,|or|and|/|like|such\s+as|e\.g\.)?\s*" + _ERROR + r")*",
                     re.IGNORECASE)
_NO_ERROR = re.compile(r"\b(?:not|no|without|valid|non-?error\w*|free\s+of|other\s+than|except|apart\s+from|excluding|"
                       r"anything\s+but|isn'?t|aren'?t|don'?t|doesn'?t|that's\s+not)\b|n't\b", re.IGNORECASE)


def named_errors(utterance: str) -> str | None:
    """`Errors()` for a request that names error values and nothing else ("cells with errors
    like #N/A or #REF!"), `NotErrors()` when it denies them ("the valid readings, anything
    that's not #VALUE! or another error"); None otherwise."""
    if not re.search(r"#|\berror", utterance, re.IGNORECASE) or not _ERRORS.search(utterance):
        return None  # (the spoken forms, "hash value", "N A", only beside "error")
    rest = _NO_ERROR.sub(" ", _ERRORS.sub(" ", utterance))
    if _OTHER.search(rest) or any(re.search(cue, rest, re.I) for _, cue in _PERIODS):
        return None
    return "NotErrors()" if _NO_ERROR.search(utterance) else "Errors()"


_BLANK_SAID = re.compile(r"\b(?:(?:is|are)\s+)?(?:blanks?|empty|missing)\b", re.IGNORECASE)


def named_errors_or_blanks(utterance: str) -> str | None:
    """`OR(Errors(), Blanks())` (in the order said) for a request that names error values and
    blank cells joined by "or" ("the quantity came through as an error or is missing") and
    nothing else; None otherwise."""
    errors, blank = _ERRORS.search(utterance), _BLANK_SAID.search(utterance)
    if errors is None or blank is None or _NO_ERROR.search(utterance):
        return None
    first, second = sorted((errors, blank), key=lambda m: m.start())
    if not re.fullmatch(r"\W*(?:,\s*)?(?:or|and|and\s+or|&|/)\W*(?:(?:is|are|was|were)\s+)?"
                        r"(?:(?:showing|shows|show|giving|gives|returning|returns|has|have|with)\s+)?(?:an?\s+)?",
                        utterance[first.end():second.start()], re.IGNORECASE):  # "missing or showing an error"
        return None
    rest = utterance[:first.start()] + " " + utterance[second.end():]
    if _OTHER.search(rest) or any(re.search(cue, rest, re.I) for _, cue in _PERIODS):
        return None
    return "OR(Errors(), Blanks())" if first is errors else "OR(Blanks(), Errors())"


# A cell holding one space said beside blanks: "blank and space-only cells", "empty or contain just
# a space", "missing sizes, blanks and the ones with just a space in" (Blanks() holds both)
_SPACE_ONLY = re.compile(r"\b(?:(?:just|only)\s+(?:a|one)\s+(?:single\s+)?space|space[\s-]only|"
                         r"(?:a|one)\s+single\s+space|nothing\s+but\s+(?:a\s+)?spaces?|only\s+spaces|"
                         r"whitespace(?:[\s-]only)?)\b", re.IGNORECASE)
_BLANK_OR_GAP = re.compile(r"\b(?:blanks?|empty|missing|gaps?|nothing\s+in)\b", re.IGNORECASE)
_DENIED_BLANK = re.compile(r"\b(?:not|no|never|non|without)\b|n't\b|\bnon-", re.IGNORECASE)


def named_blank_or_space(utterance: str) -> str | None:
    """`Blanks()` for a request that names blank cells and cells of only a space together ("the
    blank and space-only cells", "empty or contain just a space"): Excel's blank test takes
    both; None with a denial or another test (`_OTHER`, blanks and spaces aside)."""
    space = _SPACE_ONLY.search(utterance)
    if space is None or not _BLANK_OR_GAP.search(utterance) or _DENIED_BLANK.search(utterance):
        return None
    rest = _BLANK_OR_GAP.sub(" ", utterance[:space.start()] + " " + utterance[space.end():])
    rest = re.sub(r"\b(?:or|and|contain\w*)\b", " ", rest, flags=re.IGNORECASE)  # (their joins)
    if _OTHER.search(rest) or re.search(r"\d", rest):
        return None
    return "Blanks()"


# A value said not yet entered: "the parts cost hasn't been filled in", "scores not entered yet",
# "where nobody has recorded a time" (a blank cell)
_UNFILLED = re.compile(r"\b(?:(?:has|have|had|is|are|was|were)(?:\s+not|n['’]t)|not|never|nobody\s+(?:has|have))\s+"
                       r"(?:(?:yet|been|got|gotten|even)\s+){0,2}(?:filled(?:\s+in|\s+out)?|entered|recorded|"
                       r"completed|logged|input|typed(?:\s+in)?|put\s+in)\b(?:\s+yet)?", re.IGNORECASE)


# ... and said entered: "every team number that's been filled in", "scores that have been entered"
_FILLED = re.compile(r"\b(?:(?:has|have|had)\s+(?:already\s+)?been\s+|(?:that|which|who)['’]s\s+(?:already\s+)?been\s+|"
                     r"(?:is|are)\s+(?:already\s+)?)?filled(?:\s+in|\s+out)\b"
                     r"|\b(?:has|have|had)\s+(?:already\s+)?been\s+(?:entered|recorded|completed|logged|typed\s+in|put\s+in)\b",
                     re.IGNORECASE)
_FILLED_BY = re.compile(r"\s+(?:by|with|as|for|from|on|at|in)\b", re.IGNORECASE)  # "filled in by Sam": who, not whether


def named_unfilled(utterance: str) -> str | None:
    """`Blanks()` for a request whose one test is a value not yet entered ("rows where the parts
    cost hasn't been filled in"), `NotBlanks()` for one whose one test is a value entered ("every
    team number that's been filled in"); None with a number or another test (`_OTHER`)."""
    m = _UNFILLED.search(utterance)
    code = "Blanks()"
    if m is None:
        m, code = _FILLED.search(utterance), "NotBlanks()"
        if m is None or _FILLED_BY.match(utterance, m.end()):
            return None
    rest = utterance[:m.start()] + " " + utterance[m.end():]
    if _OTHER.search(rest) or re.search(r"\d", rest):
        return None
    return code


# Excel's own names of its rule types, as the benchmark's annotators write them ("Apply equalTo
# = Done", "Apply NotBetween 900 and 4100"), beside the rule language's names and aliases.
_EXCEL_NAMES = {
    "equalto": "Equals", "notequalto": "NotEquals", "greaterthanorequal": "GreaterThanEqual",
    "lessthanorequal": "LessThanEqual", "containstext": "TextContains",
    "notcontainstext": "TextNotContains", "notcontains": "TextNotContains", "beginswith": "TextStartsWith",
    "endswith": "TextEndsWith", "containsblanks": "Blanks", "notcontainsblanks": "NotBlanks",
    "containserrors": "Errors", "notcontainserrors": "NotErrors", "notequal": "NotEquals",
}
_IDENTIFIER = re.compile(r"(?<![\w#])([A-Za-z]+(?:[A-Z][a-z]+)+)\b")  # CamelCase: NotBetween, equalTo
_ARG_STOP = frozenset("on in for at of to from the column columns range sheet cells cell where "
                      "with and rows row please conditional formatting format rule apply "
                      "highlight".split())


def _function_named(word: str) -> str | None:
    from cf_assistant.languages.cf.parser import CANONICAL

    low = word.lower()
    return _EXCEL_NAMES.get(low) or (CANONICAL[low][1] if low in CANONICAL else None)


def named_function(utterance: str) -> str | None:
    """The rule a request names by a function's own name in CamelCase, with the request's
    numbers or the text after the name as its arguments ("Apply NotBetween 900 and 4100 on
    column D" -> `NotBetween(900, 4100)`, "Apply NotBlanks on Avg Handle" -> `NotBlanks()`,
    "Apply equalTo = Done" -> `TextEquals("Done")`, "Apply NOT TextEquals Yes in D2:D13" ->
    `NOT(TextEquals("Yes"))`); None when it names none, several, or arguments that do not fit."""
    from cf_assistant.diffusion.text_slots import spell_numbers

    named = [(m, _function_named(m.group(1))) for m in _IDENTIFIER.finditer(utterance)]
    named = [(m, f) for m, f in named if f]
    if len(named) != 1:
        return None
    m, name = named[0]
    numbers = [n.replace(",", "") for n in _NUMBERS.findall(spell_numbers(utterance[m.end():]))]
    denied = re.search(r"\bNOT\s+$", utterance[:m.start()]) is not None
    rule = _with_arguments(name, numbers, utterance[m.end():])
    return f"NOT({rule})" if rule and denied else rule


_VISUALS = (("DataBar", r"\bdata[\s-]?bars?\b|\bin[\s-]?cell\s+bars?\b|\bas\s+(?:little\s+|mini\s+)?bars\b|"
                        r"\bput\s+bars\b|\bbars?\s+(?:inside|in|within)\s+(?:the\s+|each\s+|every\s+)?"
                        r"(?:[\w-]+\s+){0,2}cells?\b"),  # "the counts as bars inside the cells"
            ("ColorScale", r"\bcolou?r[\s-]?scales?\b|\bheat[\s-]?map\b|\b(?:2|3|two|three)[\s-]colou?r\s+scale\b"),
            ("IconSet", r"\bicon[\s-]?sets?\b|\btraffic[\s-]?lights?\b"))
_NOT_VISUAL = re.compile(r"\b(?:not|no|instead\s+of|rather\s+than|without)\b|n't\b", re.IGNORECASE)


def named_visual(utterance: str) -> str | None:
    """The visual rule a request names by its kind ("add data bars to the average wait" ->
    `DataBar()`, "a heat map of the scores" -> `ColorScale()`, "traffic lights" -> `IconSet()`);
    None when it names none, several, or denies one."""
    named = [(name, m) for name, cue in _VISUALS for m in re.finditer(cue, utterance, re.IGNORECASE)]
    if len({name for name, _ in named}) != 1 or _NOT_VISUAL.search(utterance):
        return None
    return f"{named[0][0]}()"


_NUMBERS = re.compile(r"(?<![\w.$:])-?\$?\d[\d,]*(?:\.\d+)?(?![\w.,:]*\d)(?![A-Za-z])")
_COMPARES = ("GreaterThan", "GreaterThanEqual", "LessThan", "LessThanEqual", "Equals", "NotEquals")


def _with_arguments(name: str, numbers: list[str], after: str) -> str | None:
    numbers = [n.replace("$", "") for n in numbers]
    if name in ("Between", "NotBetween"):
        return f"{name}({numbers[0]}, {numbers[1]})" if len(numbers) == 2 else None
    if name in _COMPARES + ("Top", "Bottom", "TopPercent", "BottomPercent"):
        if len(numbers) == 1:
            return f"{name}({numbers[0]})"
        if numbers or name not in ("Equals", "NotEquals"):
            return None
        text = _text_after(after)
        return (f'TextEquals("{text}")' if name == "Equals" else f'NOT(TextEquals("{text}"))') if text else None
    if name.startswith("Text"):
        text = _text_after(after)
        return f'{name}("{text}")' if text else None
    if name in ("AND", "OR", "NOT"):
        return None
    return f"{name}()"


def _text_after(after: str) -> str | None:
    """The text a function's name is followed by: quoted, or bare words up to a stop word."""
    m = re.match(r"\s*(?:=|:|to|of|with)?\s*[\"“']([^\"”']+)[\"”']", after)
    if m:
        return m.group(1)
    said = []
    for w in re.findall(r"[^\s,;.?!]+", re.sub(r"^\s*(?:=|:)\s*", "", after)):
        if w.lower() in _ARG_STOP:
            break
        said.append(w)
    return " ".join(said[:3]) or None


# File types said by their extension ("pdfs", "the .docx files", "jpg or png"): the text ends
# with the extension.
_EXTENSION = re.compile(r"(?<![\w/])\.?(pdf|docx?|xlsx?|xlsm|csv|txt|jpe?g|png|gif|zip|mp3|mp4|pptx?|"
                        r"json|xml|html?)(?:s|'s)?\b(?:\s+files?)?", re.I)
_DENIED = re.compile(r"\b(?:not|no|non|except|excluding|other\s+than)\b|n't\b", re.I)
# A text said with where it sits in the cell ("MAN at the front", "gmail.com at the end").
_POSITIONED = re.compile(r"[\"“']?([^\s\"“”']+)[\"”']?\s+(?:at|on)\s+the\s+(front|start|beginning|end)\b", re.I)
_POSITION_RULES = {"front": "TextStartsWith", "start": "TextStartsWith", "beginning": "TextStartsWith",
                   "end": "TextEndsWith"}
_NOT_TEXTS = frozenset("it them those these ones one that this cells cell values value text word "
                       "words letters letter name names row rows column columns is are was "
                       "were be has have had and or".split())  # placed, yet no text


def named_extension(utterance: str) -> str | None:
    """`TextEndsWith(".pdf")` for a request that names file types by their extension and nothing
    else ("pdfs", "the .docx files"; two joined by "or" or "and": `OR`; denied: `NOT`); None
    otherwise."""
    utterance = re.sub(r"[\"“”]", "", utterance)  # (a cell word the pipeline quoted: '"pdf"s')
    found = list(dict.fromkeys(m.group(1).lower() for m in _EXTENSION.finditer(utterance)))
    if not found or len(found) > 3:
        return None
    rest = _DENIED.sub(" ", _EXTENSION.sub(" ", utterance))
    if re.search(r"\d|[<>=]", rest) or re.search(
            r"\b(?:more|less|fewer|greater|above|below|over|under|top|bottom|average|contain\w*|"
            r"start\w*|begin\w*|blank\w*|empty|errors?|duplicat\w*|between|before|after|since|"
            r"name[sd]?|called|with)\b", rest, re.I):
        return None
    rules = [f'TextEndsWith(".{ext}")' for ext in found]
    rule = rules[0] if len(rules) == 1 else f"OR({', '.join(rules)})"
    return f"NOT({rule})" if _DENIED.search(utterance) else rule


def named_position(utterance: str) -> str | None:
    """The text the request places at the front or the end of the cell ("Manchester refs, MAN
    at the front" -> `TextStartsWith("MAN")`, "gmail.com at the end" -> `TextEndsWith(...)`);
    None when it places none, several, or a word that is no text ("them at the end")."""
    found = list(_POSITIONED.finditer(utterance))
    if len(found) != 1:
        return None
    text, where = found[0].group(1).strip(",.;:"), found[0].group(2).lower()
    if not text or text.lower() in _NOT_TEXTS or _DENIED.search(utterance[:found[0].start()]):
        return None
    return f'{_POSITION_RULES[where]}("{text}")'



# A text asked for exactly, the texts that merely hold it set aside: "just "Rock" (not Indie
# Rock, Punk rock etc.)", "exact match 'North' only, not North East or Far North".
_EXACT_TEXT = re.compile(r"\b(?:just|only|exactly|exact(?:\s+match(?:es)?)?|precisely)\s+(?:the\s+)?"
                         r"[\"“'](?P<t>[^\"”']{1,40})[\"”']", re.I)


def named_exact(utterance: str) -> str | None:
    """`TextEquals("X")` for a request that asks for exactly the quoted text X and denies only
    texts that hold X ("just "Rock" (not Indie Rock, Punk rock etc.)"); None otherwise."""
    found = list(_EXACT_TEXT.finditer(utterance))
    if len(found) != 1:
        return None
    text = found[0].group("t").strip()
    rest = utterance[found[0].end():]
    denied = re.search(r"\bnot\b(.*)", rest, re.I | re.S)
    if not text or denied is None:
        return None
    items = [w.strip(" .,;:!?)(\"'") for w in re.split(r",|\bor\b|\band\b|\betc\b|/", denied.group(1), flags=re.I)]
    items = [i for i in items if i]
    word = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.I)
    if not items or not all(word.search(i) and i.lower() != text.lower() for i in items):
        return None
    return f'TextEquals("{text}")'


# Excel's own notation typed into a request: `LEFT(A2,3)="MCK"` or "LEFT 3 = "MCK"" (a start),
# `RIGHT(...)="x"` (an end), "= today" / "=TODAY()" (a day; "= today OR tomorrow": two),
# "<> blank" / `<>""` (filled in) and "= blank" / `=""` (blank).
_LEFT_RIGHT = re.compile(r"\b(LEFT|RIGHT)\b\s*(?:\(\s*\$?[A-Z]{1,3}\$?\d*\s*,\s*)?\d{1,2}\s*\)?\s*=\s*"
                         r"[\"“'](?P<t>[^\"”']{1,40})[\"”']", re.I)
_DAY = r"(today|tomorrow|yesterday)(?:\s*\(\s*\))?(?:\s*[-+]\s*1)?"
_IS_DAY = re.compile(rf"(?<![<>!])=\s*{_DAY}(?:\s+or\s+(?:=\s*)?{_DAY})?\b", re.I)
_BLANK_SIGN = re.compile(r"(<>|!=|(?<![<>!])=)\s*(?:blank|empty|\"\"|''|“”)(?![\w\"'])", re.I)
_DAY_RULES = {"today": "Today()", "tomorrow": "Tomorrow()", "yesterday": "Yesterday()"}


def named_formula(utterance: str) -> str | None:
    """The rule Excel's notation in the request says (`_LEFT_RIGHT`, `_IS_DAY`, `_BLANK_SIGN`),
    when it says exactly one such test and no other number; None otherwise."""
    found = [m for pattern in (_LEFT_RIGHT, _IS_DAY, _BLANK_SIGN) for m in pattern.finditer(utterance)]
    if len(found) != 1:
        return None
    m = found[0]
    if m.re is _LEFT_RIGHT:
        text = m.group("t").replace('"', '""')
        return f'{"TextStartsWith" if m.group(1).upper() == "LEFT" else "TextEndsWith"}("{text}")'
    rest = utterance[:m.start()] + utterance[m.end():]
    if re.search(r"\d|(?<!-)[<>]", rest) or re.search(r"[+-]\s*1\b", m.group(0)):
        return None  # another test, or "today + 1" (the model's to read)
    if m.re is _BLANK_SIGN:
        return "NotBlanks()" if m.group(1) != "=" else "Blanks()"
    days = [_DAY_RULES[d.lower()] for d in m.groups() if d]
    return days[0] if len(days) == 1 else f"OR({days[0]}, {days[1]})"
