"""The CF repair rules: a candidate's literals and comparison held against the request's words.

At suggestion time, `named_texts(utterance)` lists the texts the user named: the quoted ones,
else the one unquoted text after a cue such as "equal to", "are", "contain", "starts with" or "="
(`unquoted_text`: "cells that are In Progress" names "In Progress"). `names_given_text(code,
utterance)` says whether a candidate keeps to those texts, and `text_repairs(code, utterance)`
rewrites a candidate whose one text appears nowhere in the utterance into one that uses the
utterance's one named text (CF rules write texts as double-quoted literals). Numbers get the same
treatment: a code number that the utterance holds only inside cell references ("B2:B100" holds 2
and 100) was not named by the user, so `number_repairs` puts the utterance's one plain number in
its place ("greater than 100 for B2:B100": `GreaterThan(2)` -> `GreaterThan(100)`); of the 308 CF
training targets with a number, 3 use such a number, none meaningfully (e.g. `bottom(5)` from
"J5:J109"). `keeps_to_literals` and `literal_repairs` apply both checks. The cues were chosen on
the CF `train-minus-dev` records, never on dev: of the 48 single-text targets whose unquoted text
stands in the utterance, `unquoted_text` finds 40 and names a wrong text for none (7 have no cue,
e.g. "apply conditional formatting to Blood").

A bare text test that the request denies ("hosts not starting with srv" -> `TextStartsWith("srv")`)
gets its negated twin (`denial_repairs`) and is unfaithful.

`repairs(code, utterance)` gives a candidate's repaired twins with their origins (literal,
comparison, or both; the comparison rules are `comparisons`), `faithful` whether a candidate keeps
to the literals and the comparison the request names, and `fits_request` whether a corpus example
does and brings no literal of its own. The pipeline reads them through the Language protocol
(`CFLanguage.repairs`, `.faithful`, `.fits_request`). Regular expressions over plain text; no
torch, no model.
"""

from __future__ import annotations

import functools
import re

from cf_assistant.diffusion.text_slots import spell_numbers
from cf_assistant.diffusion.literals import (
    _CODE_NUMBER, _NUMBER, _PERCENT, _fraction, _normal_number, extract,
)
from cf_assistant.languages.cf.comparisons import DECADE, comparison_repairs, contradicts, named_range

_CODE_TEXT = re.compile(r'"((?:[^"]|"")*)"')  # a double-quoted code literal ("" escapes ")


def _code_texts(code: str) -> list[re.Match]:
    return list(_CODE_TEXT.finditer(code))


def _text(m: re.Match) -> str:
    return m.group(1).replace('""', '"')


# A text the user names without quotes follows one of these cues ("cells equal to Done", "values
# which are In Progress", "names that start with letter A", "equalTo = X"); it runs to the first
# lower-case connective or comparison word, a punctuation mark or the end, at most three words.
_CUE = re.compile(
    r"(?<!\w)(?:equals?(?:\s+to)?|equalTo|=|is|are|contains?|containing|"
    r"(?:starts?|begins?|ends?|starting|beginning|ending)\s+with|"
    r"with(?:\s+the)?(?:\s+(?:text|word|letter))?|(?:the\s+)?(?:text|word|letter)|"
    r"ha(?:ve|s|ving)(?:\s+(?:the\s+)?(?:text|word|letter))?|named?)(?!\w)",
    re.IGNORECASE)
_STOP = frozenset("""a an the and or of on in at to for from with within inside that which where
    is are equal equals than conditional formatting formating format cell cells range column
    columns sheet value values them their greater less more fewer smaller larger bigger between
    above below higher lower not blank blanks empty duplicate duplicates unique top bottom before
    after today yesterday tomorrow anywhere somewhere nothing like should could would will can
    must go turn being""".split())
_SPAN_WORDS = 3
_CELL_REF = re.compile(r"\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?")


def _span_after(rest: str) -> str:
    """The text that starts `rest` (after a cue): words up to a stop word or punctuation."""
    words: list[str] = []
    for word in re.sub(r"^\s*=?\s*", "", rest).split():
        if word in _STOP or word in ("NOT", "NO"):  # "that is NOT 12": a denial, shouted
            break
        bare = re.sub(r"[.,;:!?]+$", "", word)
        if bare:
            words.append(bare)
        if bare != word or len(words) == _SPAN_WORDS:
            break
    span = " ".join(words)
    return "" if _CELL_REF.fullmatch(span) else span


def unquoted_text(utterance: str) -> str | None:
    """The text the utterance names without quotes: the span after its last cue that yields one
    ("Style values which are In Progress" -> "In Progress"), or None."""
    spans = [_span_after(utterance[m.end():]) for m in _CUE.finditer(utterance)]
    spans = [s for s in spans if s]
    return spans[-1] if spans else None


def named_texts(utterance: str) -> tuple[str, ...]:
    """The texts the user named: the quoted ones, else the one unquoted text (if any)."""
    quotes = extract(utterance).quotes
    if quotes:
        return quotes
    text = unquoted_text(utterance)
    return (text,) if text else ()


def names_given_text(code: str, utterance: str) -> bool:
    """False when the code uses none of the texts the utterance names (see `named_texts`; it
    may name none) and writes a text that stands nowhere in the utterance as whole words (an
    invented text: "in progress" for "green to red by progress"; an empty text counts as
    invented; so does one word of a run of capitalised words, such as a header's, when the
    utterance names another text: "Roast" for 'Roast Level cells ending with "Light"'); else True."""
    named = named_texts(utterance)
    texts = [_text(m) for m in _code_texts(code)]
    if not texts or any(t in named for t in texts):
        return True
    return all(_says(utterance, t) and not (named and _name_part(utterance, t)) for t in texts)


_CAPITALISED_RUN = re.compile(r"(?<![\w'])[A-Z][\w'’]*(?:[^\S\n]+[A-Z][\w'’]*)+")


def _name_part(utterance: str, text: str) -> bool:
    """Whether `text` is one word of a longer run of capitalised words in the utterance, such as
    a header ("Roast" of "highlight Roast Level cells ending with Light"): not what the user
    named when the utterance names another text (the model had copied a header's word)."""
    word = text.strip().lower()
    return " " not in word and any(word in run.lower().split() and run.lower() != word
                                   for run in _CAPITALISED_RUN.findall(utterance))


def _says(utterance: str, text: str) -> bool:
    """Whether `text` stands in the utterance as whole words (ignoring case); an empty or blank
    text never does."""
    if not text.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(text)}(?!\w)", utterance, re.IGNORECASE) is not None


def text_repairs(code: str, utterance: str) -> list[str]:
    """`code` with its one invented text replaced by the utterance's one named text, as a list
    (empty when the utterance names no text or several, or the code has not exactly one text, or
    that text appears in the utterance)."""
    named = named_texts(utterance)
    found = _code_texts(code)
    if len(named) != 1 or len(found) != 1 or names_given_text(code, utterance):
        return []
    m = found[0]
    text = named[0].replace('"', '""')
    return [f'{code[:m.start()]}"{text}"{code[m.end():]}']


# The digits of a cell reference: "B2", "$C$15", "AA10" (upper-case column letters, not inside a word)
_REF_DIGITS = re.compile(r"(?<![A-Za-z0-9$])\$?[A-Z]{1,3}\$?(\d+)(?![\w.])")
_CODE_REF = re.compile(r"\$?[A-Za-z]{1,3}\$\d+|\bc\[\d+\]")  # $B$6, or a table's column c[3]


def _plain_numbers(utterance: str) -> list[str]:
    """The numbers the utterance writes (cell references masked out), in order, as the model
    reads them: "100k" is 100000, "ten" 10 (`spell_numbers`), "under a mile" 1 and "8p" 0.08
    (`utterance.expand_shorthand`)."""
    return list(_plain_numbers_of(utterance))


@functools.lru_cache(maxsize=64)  # asked for each candidate of one request
def _plain_numbers_of(utterance: str) -> tuple[str, ...]:
    from cf_assistant.diffusion.utterance import expand_shorthand

    masked = spell_numbers(expand_shorthand(_REF_DIGITS.sub(lambda m: " " * len(m.group(0)), utterance)))
    out: list[str] = []
    for m in _NUMBER.finditer(masked):
        n = _normal_number(m.group(0))
        if n not in out:
            out.append(n)
    return tuple(out)


def _ref_only_numbers(utterance: str) -> set[str]:
    """Numbers that stand in the utterance only as the digits of cell references."""
    return {m.group(1) for m in _REF_DIGITS.finditer(utterance)} - set(_plain_numbers(utterance))


def _code_numbers(code: str) -> list[re.Match]:
    masked = _CODE_REF.sub(lambda m: " " * len(m.group(0)), code)
    return list(_CODE_NUMBER.finditer(masked))


def _invented(code: str, utterance: str) -> list[re.Match]:
    """The code's numbers that the utterance neither writes (as digits, words or a
    percentage's fraction) nor holds in a cell reference, other than 0, when it writes a number
    at all: "smaller than 100 in F3 to F20" -> `LessThan(1)` invents 1."""
    plain = _plain_numbers(utterance)
    if not plain:
        return []
    said = {float(n) for n in [*plain, *extract(spell_numbers(utterance)).numbers]}
    said |= {float(n) for n in _ref_only_numbers(utterance)}
    said |= {float(m.group(1) or m.group(2)) + 10 for m in DECADE.finditer(utterance)}  # 70s: 80
    said |= {float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", named_range(utterance) or "")}  # "1 and 2%"
    return [m for m in _code_numbers(code) if float(m.group(0)) not in said and float(m.group(0)) != 0]


def names_given_numbers(code: str, utterance: str) -> bool:
    """False when the code uses a number that the utterance holds only inside cell references,
    or one it does not hold at all (`_invented`)."""
    refs = _ref_only_numbers(utterance)
    return not any(m.group(0) in refs for m in _code_numbers(code)) and not _invented(code, utterance)


def number_repairs(code: str, utterance: str) -> list[str]:
    """`code` with its one number taken from a cell reference, or invented, replaced by the
    utterance's one plain number that the code lacks, as a list (empty when that is not exactly
    one each)."""
    refs = _ref_only_numbers(utterance)
    found = _code_numbers(code)
    bad = [m for m in found if m.group(0) in refs] or _invented(code, utterance)
    spare = [n for n in _plain_numbers(utterance) if n not in {m.group(0) for m in found}]
    if len(bad) != 1 or len(spare) != 1:
        return []
    m = bad[0]
    return [f"{code[:m.start()]}{spare[0]}{code[m.end():]}"]


def keeps_to_literals(code: str, utterance: str) -> bool:
    """Whether the code invents neither a text (`names_given_text`) nor a number
    (`names_given_numbers`)."""
    return names_given_text(code, utterance) and names_given_numbers(code, utterance)


def uses_only_named(code: str, utterance: str) -> bool:
    """Whether every number the code writes is one the utterance writes (cell references aside)
    and every text it quotes stands in the utterance: a corpus example that passes brings no
    literal of its own request along."""
    numbers = set(_plain_numbers(utterance))
    if any(_normal_number(m.group(0)) not in numbers for m in _code_numbers(code)):
        return False
    return all(_says(utterance, _text(m)) for m in _code_texts(code))


_SHARE_ARGUMENT = re.compile(r"\b(?:Top|Bottom)Percent\(\s*(?:c\[\d+\]\s*,\s*)?(-?[\d.]+)\s*\)")


def percent_repairs(code: str, utterance: str) -> list[str]:
    """`code` with the percentages the utterance writes read on the other scale: "under 80%"
    compares cells holding 80% (the number 0.8) with 0.8, and cells holding 80 with 80; the
    model picks one, the twin gives the other, and the user's data tells them apart (ranking).
    The share of a TopPercent or BottomPercent ("lightest 20%") is a percentage on one scale
    only, and is never read on the other."""
    pairs = [(_normal_number(m.group(1)), _fraction(m.group(1))) for m in _PERCENT.finditer(utterance)]
    shares = [m.span(1) for m in _SHARE_ARGUMENT.finditer(code)]
    out = []
    for scale in (dict(pairs), {f: p for p, f in pairs}):
        found = [m for m in _code_numbers(code) if m.group(0) in scale
                 and not any(a <= m.start() and m.end() <= b for a, b in shares)]
        if found and scale:
            parts, at = [], 0
            for m in found:
                parts += [code[at:m.start()], scale[m.group(0)]]
                at = m.end()
            out.append("".join(parts) + code[at:])
    return out


_NEGATION = re.compile(r"(?<!\w)(?:not|no|non|never|n't|without|except|excluding|other\s+than|"
                       r"apart\s+from|besides|but|outside|neither|nor)(?!\w)|n't(?!\w)", re.IGNORECASE)
_OUTER_NOT = re.compile(r"\s*NOT\((.*)\)\s*", re.DOTALL)


def negates_a_literal(code: str, utterance: str) -> bool:
    """Whether `code` is `NOT(...)` and the request's only negation word stands inside a text
    it quotes: 'highlight "Not started"' names a status, it negates nothing."""
    if _OUTER_NOT.fullmatch(code) is None:
        return False
    quoted = extract(utterance).quotes
    if not any(_NEGATION.search(q) for q in quoted):
        return False
    return _NEGATION.search(_CODE_TEXT.sub(" ", utterance)) is None  # none outside the quotes


# A negating form of the rule language, and any word that may deny (broad on purpose: a word
# of it anywhere leaves the candidate be): a prefix of denial ("unpaid", "non-vegan",
# "incomplete", "missing", "outside"), a denial typed without its apostrophe, a sign.
_NEGATING = re.compile(r"\b(?:NOT|TextNotContains|NotEquals|NotBetween)\(")
_ANY_DENIAL = re.compile(
    r"(?<![^\W\d_])(?:not\w*|no|non\w*|w/o|w/out|none|nothing|never|nobody|n't|without|except\w*|exclud\w*|other|"
    r"apart|besides|but|out\w*|neither|nor|un\w+|dis\w+|mis\w+|in(?:complete|active|valid|correct|"
    r"eligible)\w*|isnt|arent|dont|doesnt|didnt|wasnt|werent|hasnt|havent|wont|cant|lack\w*|"
    r"absent|avoid\w*|skip\w*|ignor\w*|instead|rather|differ\w*|else|less|fail\w*|off|free|"
    r"neg\w*|anti\w*|any|all|every\w*|[a-z]+less)(?![^\W\d_])|n['’]t|[≠!<>]", re.IGNORECASE)


_BLANKS_DENIED = re.compile(r"\b(?:not|no|never|non)[\s-]+(?:the\s+|any\s+)?(?:empty|blank)|\bnon-?(?:empty|blank)",
                            re.IGNORECASE)


_BARE_BLANKS = re.compile(r"(?<!NOT\()\bBlanks\(")  # neither NotBlanks nor negated


def denies_blanks(code: str, utterance: str) -> bool:
    """Whether `code` tests `Blanks` where the request denies them ("under 100 but not the empty
    ones": `AND(NotBlanks(), LessThan(100))`), neither negated nor `NotBlanks`."""
    return _BLANKS_DENIED.search(utterance) is not None and _BARE_BLANKS.search(code) is not None


def denies_unsaid(code: str, utterance: str) -> bool:
    """Whether `code` negates (`NOT`, `TextNotContains`, `NotEquals`, `NotBetween`) where the
    request says no word that may deny: "designs that are just rose" is `TextEquals`, never
    `NOT(TextEquals("rose"))`."""
    return _NEGATING.search(code) is not None and _ANY_DENIAL.search(utterance) is None


def polarity_repairs(code: str, utterance: str) -> list[str]:
    """`code` without its outer NOT when that NOT only reads a negation inside a quoted text
    (`negates_a_literal`) or the request says no denial (`denies_unsaid`; there a negating
    function's plain twin too: `TextNotContains` -> `TextContains`), as a list (empty otherwise)."""
    m = _OUTER_NOT.fullmatch(code)
    if m and negates_a_literal(code, utterance):
        return [m.group(1).strip()]
    if denies_blanks(code, utterance):
        return [_BARE_BLANKS.sub("NotBlanks(", code)]
    if not denies_unsaid(code, utterance):
        return []
    if m:
        return [m.group(1).strip()]
    plain = re.sub(r"\b(?:TextNotContains|NotEquals|NotBetween)\(",
                   lambda f: {"TextNotContains(": "TextContains(", "NotEquals(": "Equals(",
                              "NotBetween(": "Between("}[f.group(0)], code)
    return [plain] if plain != code and _NEGATING.search(plain) is None else []


# A text test the request denies: "not starting with", "doesn't contain", "never ends in",
# "other than": the verb's test, negated.
_DENIED_TEST = re.compile(
    r"(?:\b(?:not|never)|n't|\b(?:arent|isnt|dont|doesnt))\s+(?:(?:be|being)\s+)?"
    r"(?P<verb>start|starts|starting|begin|begins|beginning|end|ends|ending|finish|finishes|"
    r"contain|contains|containing|include|includes|including|mention|mentions|mentioning|"
    r"equal|equals|match|matches|matching)\b|\bother\s+than\b", re.IGNORECASE)
_TEST_OF_VERB = {"start": "TextStartsWith", "begin": "TextStartsWith", "end": "TextEndsWith",
                 "finish": "TextEndsWith", "contain": "TextContains", "includ": "TextContains",
                 "mention": "TextContains", "equal": "TextEquals", "match": "TextEquals"}  # (stems: "including")
_BARE_TEST = re.compile(r'\s*(TextStartsWith|TextEndsWith|TextContains|TextEquals)(\("(?:[^"]|"")*"\))\s*')


def _denied_test(utterance: str) -> str | None:
    """The one text test the request denies ("hosts not starting with srv": TextStartsWith;
    "other than none": TextEquals), or None (none, or two)."""
    found = list(_DENIED_TEST.finditer(_CODE_TEXT.sub(" ", utterance)))
    if len(found) != 1:
        return None
    verb = (found[0].group("verb") or "equal").lower()
    return next(test for stem, test in _TEST_OF_VERB.items() if verb.startswith(stem))


def denies_named_test(code: str, utterance: str) -> bool:
    """Whether `code` is the bare text test (or, for "other than", a bare TextContains) that the
    request denies: `TextStartsWith("srv")` for "hosts not starting with srv"."""
    return bool(denial_repairs(code, utterance))


def denial_repairs(code: str, utterance: str) -> list[str]:
    """`code`, a bare text test the request denies, negated as the request says (`NOT(...)`, or
    TextNotContains for contains), as a list (empty otherwise)."""
    m = _BARE_TEST.fullmatch(code)
    test = _denied_test(utterance) if m else None
    if test is None:
        return []
    other_than = test == "TextEquals" and re.search(r"\bother\s+than\b", utterance, re.I)
    if m.group(1) != test and not (other_than and m.group(1) == "TextContains"):
        return []
    if test == "TextContains":
        return [f"TextNotContains{m.group(2)}"]
    return [f"NOT({test}{m.group(2)})"]


def literal_repairs(code: str, utterance: str) -> list[str]:
    """The repaired twins of `code`: its text repair, its number repair, and both together;
    its percentages on the other scale (`percent_repairs`); without a NOT that only a quoted
    text's "not" asked for (`polarity_repairs`); a text test the request denies, negated
    (`denial_repairs`)."""
    texts = text_repairs(code, utterance)
    both = [fixed for text in texts for fixed in number_repairs(text, utterance)]
    scaled = percent_repairs(code, utterance)
    denied = [fixed for base in [code, *texts] for fixed in denial_repairs(base, utterance)]
    return list(dict.fromkeys(texts + number_repairs(code, utterance) + both + scaled
                              + polarity_repairs(code, utterance) + denied))


def repairs(code: str, utterance: str) -> list[tuple[str, str]]:
    """A CF candidate's repaired twins and their origins: "literal repair" (a named text or
    number in place of an invented one; `literal_repairs`), "comparison repair" (the comparison
    the request names in place of another; `comparisons.comparison_repairs`), or both; "contains
    twin" (`contains_twin`) and "either repair" (`either_twin`)."""
    out = [(fixed, "literal repair") for fixed in literal_repairs(code, utterance)]
    for base, origin in [(code, ""), *out]:
        for fixed in comparison_repairs(base, utterance):
            out.append((fixed, "literal and comparison repair" if origin else "comparison repair"))
    twin, either = contains_twin(code, utterance), either_twin(code)
    return out + ([(twin, "contains twin")] if twin else []) + ([(either, "either repair")] if either else [])


def _either(code: str):
    """The `Or` of the leaves of `code` when it is an `And` of whole texts of one column that no
    cell can hold at once (`TextEquals(c[1], "Tap Junior")` and `TextEquals(c[1], "Jazz")`); else None."""
    from cf_assistant.errors import RuleSyntaxError
    from cf_assistant.languages.cf.parser import parse
    from cf_assistant.languages.cf.rules import And, Or, Text

    try:
        rule = parse(code)
    except (RuleSyntaxError, RecursionError):
        return None
    if not isinstance(rule, And) or not all(isinstance(r, Text) and r.op == "TextEquals" for r in rule.rules):
        return None
    if len({r.column for r in rule.rules}) != 1 or len({r.text.lower() for r in rule.rules}) != len(rule.rules):
        return None
    return Or(rule.rules)


def either_twin(code: str) -> str | None:
    """"Tap Junior and Jazz": `OR` in place of an `AND` of whole texts of one column, which
    formats no cell (a cell holds one text); the `AND` is no faithful reading (`faithful`)."""
    from cf_assistant.languages.cf.printer import to_text

    either = _either(code)
    return to_text(either) if either is not None else None


_EXACT_WORDS = re.compile(r"\b(?:exact\w*|equals?|equal\s+to|just|only|whole|entire|precisely)\b|=", re.I)
_EQUALS_LEAF = re.compile(r'^(NOT\()?TextEquals\(("(?:[^"]|"")*")\)(\))?$')


def contains_twin(code: str, utterance: str) -> str | None:
    """`TextContains(X)` beside a candidate `TextEquals(X)` (and `TextNotContains(X)` beside
    `NOT(TextEquals(X))`) when the request does not ask for the whole text ("exactly", "just",
    "equal to"): "rooms that are deluxe" over "Double Deluxe" and "Twin Deluxe". The pipeline
    scores such a twin below every sample (`pipeline.GUESSED_TWINS`), so it comes first only
    where the user's cells show that the whole text formats none of them and the contained one
    some (`ranking`'s execution evidence); without cells the model's reading stands."""
    m = _EQUALS_LEAF.match(code.strip())
    if not m or bool(m.group(1)) != bool(m.group(3)) or _EXACT_WORDS.search(utterance):
        return None
    text = m.group(2)
    if len(text) < 4:  # (quotes included) an empty or one-letter text
        return None
    return f"TextNotContains({text})" if m.group(1) else f"TextContains({text})"


_SHARE_RULE = re.compile(r"(?:Top|Bottom)Percent\([^)]*\)")  # "top 10%" ranks by a share


def compares_whole_percent(code: str, utterance: str) -> bool:
    """Whether the code compares cells with a percentage's whole number: "under 80%" is the
    number 0.8, which a cell shows as 80% (every everyday set reads it so), not 80."""
    wholes = {_normal_number(m.group(1)) for m in _PERCENT.finditer(utterance)} - {"0"}
    masked = _SHARE_RULE.sub(lambda m: " " * len(m.group(0)), code)
    return any(m.group(0) in wholes for m in _code_numbers(masked))


def faithful(code: str, utterance: str) -> bool:
    """Whether a CF candidate keeps to the literals and the comparison the request names, and
    reads a percentage as the number it is (`compares_whole_percent`), and negates nothing the
    request only quotes (`negates_a_literal`), nor tests a text the way the request denies
    (`denies_named_test`) nor blanks it denies (`denies_blanks`), nor asks one cell of a named
    column for two whole texts at once (`either_twin`; without a column the table may yet put the
    texts on two columns), nor negates where the request says no denial (`denies_unsaid`)."""
    either = _either(code)
    return keeps_to_literals(code, utterance) and not contradicts(code, utterance) \
        and (either is None or either.rules[0].column is None) \
        and not compares_whole_percent(code, utterance) and not negates_a_literal(code, utterance) \
        and not denies_named_test(code, utterance) and not denies_unsaid(code, utterance) \
        and not denies_blanks(code, utterance)


_RULE_CALL = re.compile(r"\b(?:Text\w+|Equals|NotEquals|GreaterThan\w*|LessThan\w*|Between|NotBetween|Top\w*|Bottom\w*|"
                        r"\w*Average|Duplicates|Unique|Blanks|NotBlanks|Errors|NotErrors|NOT|AND|OR)\("
                        # a long name glued to more: 'TextContainsthermals"'
                        r"|(?:TextContains|TextNotContains|TextStartsWith|TextEndsWith|TextEquals|GreaterThan|LessThan|"
                        r"NotEquals|NotBetween|AboveAverage|BelowAverage|NotBlanks|NotErrors)(?=[\w\"(])")


def garbled(code: str, utterance: str) -> bool:
    """Whether a CF sample's text literal holds a rule of the language that the request does
    not say (`TextStartsWith("TextEquals(""No"")")`: the model wrote a rule inside a literal and
    the slot was filled in it); never a text a user asked for."""
    return any(_RULE_CALL.search(_text(m)) and _text(m).lower() not in utterance.lower() for m in _code_texts(code))


def fits_request(code: str, utterance: str) -> bool:
    """Whether a corpus example suits the request: it keeps to the literals and comparison the
    request names (`faithful`) and writes no literal of its own (`uses_only_named`): a rule is
    mostly its comparison and literals, so another request's are wrong for this one."""
    return faithful(code, utterance) and uses_only_named(code, utterance)
