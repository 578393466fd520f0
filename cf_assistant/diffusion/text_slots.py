"""Unquoted literals made visible as slots: bare text spans quoted, spelled numbers written as digits.

Literal slots (`cf_assistant.diffusion.literals`) cover the numbers an utterance writes and the
texts it quotes. Users seldom quote: "color cells containing the word urgent", "status is Done",
"emails ending in @gmail.com", "sales over 1.5k", "fewer than ten". `mark(utterance)` rewrites
such an utterance so that the same slots cover them, and the model (trained on marked utterances
too, `TrainConfig.text_slots`) refers to them instead of spelling them:

- the span after a text cue ("contain", "starting with", "ends in", "is", "equal to", "say",
  "the word", "without", ...) is put in double quotes, so it becomes a `<Qi>` slot while the
  frozen encoder still reads the word itself; the span runs to a stop word, punctuation or three
  words, and a span that is a word of the rule language itself ("blank", "empty", "negative",
  "duplicates", "today", "above average" ...), a number or a cell reference stays unquoted, so
  "cells that are blank" still reads as Blanks(); "X or Y", "X but not Y" after a cue quote both;
- a field's bare value is a text too: after the field noun ("priority High", "grade A only",
  "Size S or XS", "status done": capitalised, short, a digit or a common status word), before it
  ("the IT department", "Senior or Junior level"), or an acronym after in/from/for ("everyone in
  HR");
- "1.5k" / "2K" become 1500 / 2000 and the number words zero..ninety-nine, "a dozen", "a
  hundred", "a thousand" become digits (also "one" after a comparison word: "more than one"),
  as do numbers said at length ("two hundred and fifty", "one point five", "two fifty", "half a
  million", "minus three": `spoken_numbers`),
  "top quarter" / "bottom half" become 25% / 50%, and "40 pc" / "5 percent" become 40% / 5%, so
  they become `<Ni>` slots.

Quoted parts of the utterance are left as they are. Plain regular expressions; this module knows
nothing of models or of any language's grammar (its word lists are about spreadsheet requests).
"""

from __future__ import annotations

import functools
import re

from cf_assistant.diffusion.spoken_numbers import spoken_numbers

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|(?<!\w)'[^'\n]*'(?!\w)")

_K = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([kK])(?!\w|/[A-Z](?![a-z]))")  # "5k/month" is 5000; "3 K/D" is 3 of a K/D ratio
# "1M views", "2.5mn", "$3m": millions (a bare "3m" stays: it may be metres or minutes)
_M = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s?(?:mn|mln)|M)(?!\w)|(?<=\$)(\d+(?:\.\d+)?)m(?!\w)")
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBER_WORDS = {"zero": 0, **{k: v for k, v in _UNITS.items() if k != "one"}, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, **_TENS,
                 **{f"{t}{sep}{u}": tv + uv for t, tv in _TENS.items() for u, uv in _UNITS.items()
                    for sep in ("-", " ")},
                 "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
                 "a dozen": 12}
# A share of a ranking: "the top quarter" is the top 25%, "the bottom half" the bottom 50%.
_SHARE = re.compile(r"\b(top|bottom|upper|lower|highest|lowest|best|worst)\s+(quarter|half|tenth|"
                    r"fifth|third)\b", re.IGNORECASE)
_SHARES = {"quarter": "25%", "half": "50%", "tenth": "10%", "fifth": "20%", "third": "33%"}
# "40 pc", "5 pct", "10 per cent", "15 percent" -> "40%": one spelling of a percentage.
_PERCENT_WORD = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:pc|pct|per\s?cent|percent)(?!\w)",
                           re.IGNORECASE)
_WORD_NUMBER = re.compile(r"(?<![\w-])(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
                          + r")(?![\w-])", re.IGNORECASE)
# "5 thousand" (after "five" became 5), "2 million", "3 hundred", "5 grand" -> one number.
_SCALE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+(hundred|thousand|million|grand)(?![\w-])",
                    re.IGNORECASE)
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "grand": 1000}
# "between two numbers 1500 and 2000", "between 2 values": the count of bounds is no number
_TWO_BOUNDS = re.compile(r"\b(between)\s+(?:two|2)\s+(?:numbers|values|amounts|figures|limits|dates)\b"
                         r"(?:\s*[,:-]?\s*(?:i\.e\.|e\.g\.|like|say|of|from)?)?", re.IGNORECASE)
# Money and shares said in words after a comparison: "under a grand", "short by more than a
# fiver", "priced under a pound", "occupancy under half", "between half and 3/4".
_AFTER_COMPARISON = r"\b(than|over|under|above|below|least|most|between|and|to|exceeds|past)\s+"
_MONEY_WORDS = re.compile(_AFTER_COMPARISON + r"(?:(?:a|one|(?:the|our|their|my)\s+(?:usual|normal|standard|regular|"
                          r"typical)(?=\s+(?:grand|fiver|tenner)))\s+(grand|fiver|tenner|pound|quid|buck|dollar|"
                          r"euro)|(half))\b(?!\s+(?:an?|the)\b)", re.IGNORECASE)
_MONEY = {"grand": "1000", "fiver": "5", "tenner": "10", "pound": "1", "quid": "1", "buck": "1",
          "dollar": "1", "euro": "1", "half": "0.5"}
# ... and before "or less" / "or more": "late fees of a fiver or less", "a tenner or under"
_MONEY_BOUND = re.compile(r"\b(?:a|one)\s+(grand|fiver|tenner|quid)\b(?=\s+or\s+(?:less|more|under|over|fewer|"
                          r"above|below|lower|higher|cheaper|dearer)\b)", re.IGNORECASE)
_FRACTION = re.compile(_AFTER_COMPARISON + r"([1-9])/([1-9])(?![\d/])")
_ONE = re.compile(r"\b(than|least|most|exactly|over|under|top|bottom|above|below|between|from) one\b",
                  re.IGNORECASE)

# A cue after which a bare text follows. "with"/"have" count only with a noun ("with the word").
_NOUN = r"(?:\s+(?:the\s+|a\s+)?(?:specific\s+|certain\s+|particular\s+)?(?:word|words|text|letter|" \
        r"letters|string|prefix|suffix|phrase|" \
        r"characters?|domain|code|value|name|label|term))"
# "everyone in IT", "staff from HR": an acronym after "in" / "from" / "for" is a text.
_ACRONYM = re.compile(r"(?<![\w-])(?:in|from|for)\s+(?P<t>[A-Z]{2,5})(?![\w-])")
# A field noun directly followed by its value: "priority High", "grade A only", "Size S or XS".
_FIELD = r"(?:status|priority|grade|size|department|dept|region|category|type|level|team|" \
         r"stage|result|class|tier|role|rating|city|country|plan|shift|gender|currency)"
_FIELD_CUE = _FIELD + r"(?:s|es)?:?"  # "priority", "Sizes:", "statuses"
_FIELD_ONLY = re.compile(_FIELD_CUE, re.IGNORECASE)
_BY_WHOM = re.compile(r"(?:led|run|owned|managed|assigned|handled|taken|sold|booked|made|written|served|"
                      r"covered|signed|approved|checked|taught|coached|driven|delivered|reported|logged|"
                      r"raised|placed)\s+(?:by|to)\s?", re.IGNORECASE)
# A field noun and its value inside a span after another cue ("except grade C players")
_FIELD_VALUE = re.compile(r"(?:" + _FIELD_CUE + r")\s+(?P<v>[A-Z0-9][\w+-]{0,2}|[A-Z][a-z]+)(?=\s|$)")
# After a field noun, a value is capitalised, has a digit or is short ("team Red", "size XS",
# "grade b", "status done"); "team members" is no value.
_VALUE_LIKE = re.compile(r"(?!(?i:pls|plz|thx|ta|asap|etc|pl)(?!\S))(?:[A-Z0-9]|\S{1,3}(?!\S)|(?i:done|open|closed|late|pending|high|low|medium|"
                         r"paid|unpaid|active|inactive|new|urgent)(?!\w))")  # "teams pls": no value
# The verbs that place a text at a cell's start or end ("starting with", "ends in")
_AFFIX_VERB = r"(?:start|starts|starting|begin|begins|beginning|end|ends|ending|finish|finishes|finishing)"
_CUE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:contain|contains|containing|include|includes|including|mention|mentions|mentioning|"
    r"lack|lacks|lacking|without|excluding|say|says|saying|read|reads|named|called|wrote|"
    r"writes|(?:talk|talks|talking)\s+about|(?:with\s+)?no\s+mention\s+of|"
    r"exactly|equal\s+to|equals|equal|(?:is|are)(?!\s+(?:there|it|that|this|possible|starting|beginning|ending|finishing|"
    r"containing|mentioning|including)\b)|"
    r"isn't|aren't|marked(?:\s+as)?|"
    r"labell?ed(?:\s+as)?|matching|match|matches|=)" + _NOUN + r"?"
    r"|" + _AFFIX_VERB +
    r"\s+(?:with|in|w/|by)" + _NOUN + r"?"
    # "ending .sch.uk", "starts +44", "starting E-11", "ending 4ply": a code right after the verb
    r"|" + _AFFIX_VERB +
    r"(?=\s+(?:[-.+#@][\w.@-]|(?-i:[A-Z0-9]+[-./#][\w.-]+)|\d+[a-z]+\b))"
    r"|(?:with|use|uses|using)" + _NOUN + r"|(?:have|has|having)" + _NOUN + r"?"
    r"|prefixed\s+with|suffixed\s+with"
    # "not led by Piotr", "jobs assigned to Sam": the person is the text
    r"|(?:led|run|owned|managed|assigned|handled|taken|sold|booked|made|written|served|covered|signed|"
    r"approved|checked|taught|coached|driven|delivered|reported|logged|raised|placed)\s+(?:by|to)"
    r"|not|(?:anything\s+but|other\s+than|except(?:\s+for)?)(?:\s+(?:the|any))?"  # "except the gmail ones"
    # "items with lighthouse anywhere", "anything with morrison": what the cells hold
    r"|with(?=\s+\S+(?:\s+\S+)?\s+anywhere\b)|(?<=anything\s)with|(?<=everything\s)with"
    r"|with(?:\s+no)?(?=\s+\S+(?:\s+\S+)?\s+in\s+(?:them|it|name|(?:the|their|its|his|her)\s+(?:\w+\s+)?"
    r"(?:name|text|cell|title|description|notes)))"
    # "tasks with TODO", "rows without a PO.": a code in capitals that ends the phrase
    r"|(?:with|without)(?:\s+(?:a|an|no))?(?=\s+(?-i:[A-Z][A-Z0-9]{1,7})"
    r"(?:\s*$|\s*[,.;!?]|\s+(?:in|on|or|and|but|please|for)\b))"
    r"|" + _FIELD_CUE + r"(?=\s)"
    r")(?![\w-])",
    re.IGNORECASE)
# "the IT department", "in the North region": a bare word naming a text before a field noun.
_BEFORE_FIELD = re.compile(r"(?<![\w-])(?:(?i:the|in|from|of)\s+(?P<t>[A-Za-z][\w&./+-]*)|"
                           r"(?P<c>[A-Z][\w&./+-]*))(?:\s+or\s+(?P<u>[A-Za-z][\w&./+-]*))?\s+"
                           r"(?i:department|dept|region|team|office|branch|division|category|"
                           r"status|priority|grade|size|class|tier|stage|level|type|statuses)"
                           r"s?(?![\w-])"
                           r"(?!\s+(?i:col|column)\b)")  # "Income group column D" names a column
_VERBS = frozenset("highlight mark flag show find select paint apply turn make pick".split())
_AFTER = re.compile(r"^\s*,?\s*(?:or|and\s+also|and|but\s+not|and\s+not|nor|but)\s+(?:either\s+)?",
                    re.IGNORECASE)

# Words that end a span (lower-case as typed; a capitalised "In Progress" is a text).
_STOP = frozenset("""a an the and or of on in at to for from with within inside that which where
    who whose is are was were be equal equals than conditional formatting format cell cells range
    column columns row rows sheet value values them it their its but not nor greater less more
    fewer smaller larger bigger between above below higher lower over under blank blanks empty
    duplicate duplicates unique top bottom before after today yesterday tomorrow anywhere exactly
    please bold fill highlight color colour shade using as by if labelled labeled marked named
    called matching match matches mention mentions lack lacks without excluding
    when then so also only any all either both case start starts starting begin begins beginning
    end ends ending finish finishes contain contains containing include includes including say
    says have has having do does don't doesn't dont isn't aren't contian mentioning saying
    across whole entire - – — -- -> => → (entire (whole those these ones somewhere
    should could would will can must may might go goes turn turns become becomes being like
    highlighted coloured colored shaded greyed grayed pls plz thx thanks cheers asap
    what whatever anything everything one""".split())  # "except what starts with X", "except the one called X"
# Spans that are the rule language's own words, never a user's literal.
_RULE_WORDS = frozenset("""blank blanks empty null missing filled nonblank non-blank non-empty
    negative positive zero non-zero nonzero non-negative greater less more fewer over under above
    below between at least most higher lower larger smaller bigger top bottom highest lowest
    largest smallest biggest best worst max maximum min minimum average mean median duplicate
    duplicates duplicated repeated repeat repeats dupes unique distinct error errors today
    yesterday tomorrow this last next past previous current coming due dated data anything
    something nothing text number numbers numeric date dates formula formulas true false equal same different other between outside within from up greater""".split())
_CELL_REF = re.compile(r"\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+|-?[\d.,$%]+")
_SPAN_WORDS = 3
_SHOUTED = frozenset("NOT NO OR AND NOR BUT".split())  # stressed, never a text ("that are NOT from")
# A word that makes a span no text: a number or a range of numbers ("$3,000", "200-500") or a
# comparison sign; a misspelt rule word before it ("uder $3,000", "eqal 200") is no text either.
_NOT_TEXT = re.compile(r"[<>=!≥≤]|-?\$?\d[\d.,]*%?(?:-\$?\d[\d.,]*%?)?")


@functools.lru_cache(maxsize=256)  # one request's readers and repairs ask for the same texts many times
def spell_numbers(text: str) -> str:
    """"1.5k" -> "1500", "1M" -> "1000000", "ten" -> "10", "more than one" -> "more than 1" (outside quotes)."""
    text = spoken_numbers(_TWO_BOUNDS.sub(lambda m: m.group(1) + " ", text))  # "two fifty", "one point five"
    text = _MONEY_WORDS.sub(lambda m: f"{m.group(1)} {_MONEY[(m.group(2) or m.group(3)).lower()]}", text)
    text = _MONEY_BOUND.sub(lambda m: _MONEY[m.group(1).lower()], text)
    text = _FRACTION.sub(lambda m: f"{m.group(1)} {_plain(round(int(m.group(2)) / int(m.group(3)), 4))}",
                         text)
    text = _K.sub(lambda m: _plain(float(m.group(1)) * 1000), text)
    text = _M.sub(lambda m: _plain(float(m.group(1) or m.group(2)) * 1_000_000), text)
    text = _ONE.sub(lambda m: f"{m.group(1)} 1", text)
    text = _SHARE.sub(lambda m: f"{m.group(1)} {_SHARES[m.group(2).lower()]}", text)
    text = _WORD_NUMBER.sub(lambda m: str(_NUMBER_WORDS[m.group(1).lower()]), text)
    text = _SCALE.sub(lambda m: _plain(float(m.group(1)) * _SCALES[m.group(2).lower()]), text)
    return _PERCENT_WORD.sub(lambda m: f"{m.group(1)}%", text)


def _plain(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


# After "starts with" / "ends in", a code of signs and digits is a text: ".99", "+44", "#12".
_AFFIX_CUE = re.compile(_AFFIX_VERB + r"\b", re.IGNORECASE)
_SIGNED_CODE = re.compile(r"[-.+#@]\S+")
# A test said right after a span: the span names what is tested, not the text
_TESTED_NEXT = re.compile(r"\s+(?:starting|beginning|ending|finishing|containing|mentioning)\s+(?:with|in|by)?\b",
                          re.IGNORECASE)
# Cues of a text inside or around the cells', after which an article is no text ("with an X in them")
_ARTICLED_CUE = re.compile(r"(?i:contain|include|mention|start|begin|end|finish|with|not|except|other|"
                           r"anything|lack|excluding)")


# A formatting word said as the text a cell holds, the phrase ending there: "mention colour at all"
_FORMAT_WORD = re.compile(r"(colou?rs?|bold|highlights?)(?=\s*(?:$|[,.;!?)]|\s+(?:at\s+all|anywhere|"
                          r"in\s+(?:it|them|the\s+(?:name|title|text|description))|or|and|but)\b))",
                          re.IGNORECASE)


def _span(rest: str, affix: bool = False, article: bool = False) -> tuple[int, int] | None:
    """(start, end) in `rest` of the text that starts it, or None; `affix`: it follows "starts
    with" or "ends in", where a code such as ".99" or digits ("starts with 3") are a text too,
    and a stop word said last is the text ("starting with the"); `article`: it follows a cue of
    a text inside or around the
    cells' ("containing", "with ... in them", "not"), where an article before it is no text
    ("with an X in them")."""
    skip = re.match(r"\s*(?:either\s+)?(?:(?:just|only|simply)(?:\s+|$))?", rest, re.IGNORECASE).end()
    if affix:  # "teams starting with the", "names ending in ones": a stop word said last is the text
        last = re.fullmatch(r"\s*([A-Za-z]+)[.!?]?\s*", rest[skip:])
        if last is not None and last.group(1).lower() in _STOP:
            return skip + last.start(1), skip + last.end(1)
    said = _FORMAT_WORD.match(rest[skip:]) if article else None
    if said is not None:  # "services that don't mention colour at all": the word, not the format
        return skip + said.start(1), skip + said.end(1)
    lead = re.match(r"(?:an?|the)\s+(?=[^\s\"“']+)", rest[skip:], re.IGNORECASE) if article else None
    if lead is not None and rest[skip + lead.end():].split()[0].lower() not in _STOP:
        skip += lead.end()  # "with an X in them": X
    pos, start, end, count = skip, skip, skip, 0
    for w in re.finditer(r"\S+", rest[pos:]):
        word = w.group(0)
        if word in _STOP or word in _SHOUTED or word[:1] in "\"“'" or word[:1] == "(" and count:
            break  # "1Z (UPS)": the code only ("(draft)" alone is a text)
        bare = re.sub(r"[,;:!?]+$|(?<=[a-z])\.$", "", word if "(" in word else word.rstrip(")]"))
        if bare.endswith(".") and bare.count(".") == 1 and (len(bare) > 2 or not rest[pos + w.end():].strip()):
            bare = bare[:-1]  # "start with RUSH.": the sentence's stop ("U.K.", ".com", "J. Patel" keep theirs)
        if not bare or bare in _STOP or re.fullmatch(r"[()\[\].,;:!?'\"]+", bare):  # "(exact match).": no text
            break
            break
        end, count = pos + w.start() + len(bare), count + 1
        if bare != word or count == _SPAN_WORDS:
            break
    span = rest[start:end]
    if affix and (_SIGNED_CODE.fullmatch(span) or span.isdigit()):  # "starts with 3": a text
        return start, end
    if not affix and _TESTED_NEXT.match(rest[end:]):  # "have IDs starting with RT": IDs hold the text
        return None
    if not span or span.lower() in _RULE_WORDS or _CELL_REF.fullmatch(span) \
            or span.split()[0].lower() in _RULE_WORDS \
            or any(_NOT_TEXT.fullmatch(w) or w[:1] in "<>=!≥≤" for w in span.split()):
        return None
    return start, end


def _spans(text: str, after_quote: bool = False) -> list[tuple[int, int]]:
    """Every bare text span of `text` (an unquoted piece), in order, not overlapping;
    `after_quote`: the piece follows a quoted text, so "or Y" at its start is a span too."""
    out: list[tuple[int, int]] = []
    more = _AFTER.match(text) if after_quote else None
    cues = [more.end()] if more else []
    found_cues = list(_CUE.finditer(text))
    fields = {cue.end() for cue in found_cues if _FIELD_ONLY.fullmatch(cue.group(0))}
    affixes = {cue.end() for cue in found_cues if _AFFIX_CUE.match(cue.group(0))}
    articled = {cue.end() for cue in found_cues if _ARTICLED_CUE.match(cue.group(0))}
    for pos in cues + [cue.end() for cue in found_cues]:
        if out and pos < out[-1][1]:
            continue
        art = pos in articled  # "mentions the screen or the battery": "the" before both
        while True:
            found = _span(text[pos:], pos in affixes, art)
            if found is None or (pos in fields and not _VALUE_LIKE.match(text[pos + found[0]:])):
                break
            field = _FIELD_VALUE.match(text[pos + found[0]:pos + found[1]])
            if field is not None and pos not in fields:  # "except grade C players": the value C
                found = (found[0] + field.start("v"), found[0] + field.end("v"))
            elif _BY_WHOM.fullmatch(text[pos + found[0]:pos + found[1]] + text[pos + found[1]:pos + found[1] + 4]):
                break  # 'not led by Piotr': the person after "by" is the text, not "led"
            elif re.fullmatch(r"(?:" + _FIELD_CUE + r")", text[pos + found[0]:pos + found[1]]) \
                    and not text[pos + found[1]:].strip():  # 'except grade "C"': the field, its value quoted
                break
            out.append((pos + found[0], pos + found[1]))
            more = _AFTER.match(text[out[-1][1]:])
            if more is None:
                break
            pos = out[-1][1] + more.end()
    kept: list[tuple[int, int]] = []
    for span in sorted(set(out + _named_values(text))):  # they may overlap a cue's spans
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _named_values(text: str) -> list[tuple[int, int]]:
    """Spans of bare values named by their field without a cue: "the IT department", "Senior
    or Junior level", "everyone in HR" (an acronym, unless the whole text is upper case)."""
    out = []
    shouting = text.upper() == text
    for m in list(_BEFORE_FIELD.finditer(text)) + list(_ACRONYM.finditer(text)):
        for group in ("t", "c", "u"):
            word = m.groupdict().get(group)
            if word is None or word.lower() in _VERBS:  # "Highlight status Done"
                continue
            acronym = word.isupper() and len(word) > 1 and not shouting
            if (acronym or word.lower() not in _STOP) and word.lower() not in _RULE_WORDS \
                    and not _CELL_REF.fullmatch(word) and (m.re is _BEFORE_FIELD or acronym):
                out.append((m.start(group), m.end(group)))
    return out


def _mark_piece(text: str, after_quote: bool) -> str:
    out, last = [], 0
    for start, end in _spans(text, after_quote):
        out += [text[last:start], '"', text[start:end], '"']
        last = end
    return "".join(out + [text[last:]])


def mark(utterance: str) -> str:
    """`utterance` with spelled numbers as digits and bare text spans quoted (quoted parts of
    the utterance kept as they are)."""
    out, last = [], 0
    for m in _QUOTED.finditer(utterance):
        out += [_mark_piece(spell_numbers(utterance[last:m.start()]), last > 0), m.group(0)]
        last = m.end()
    out.append(_mark_piece(spell_numbers(utterance[last:]), last > 0))
    return "".join(out)
