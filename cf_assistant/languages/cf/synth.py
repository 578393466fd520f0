"""Synthetic (request, rule) pairs written from the CF rule language: `generate(n, seed)`.

The benchmark's train split has 712 noisy records, a handful per function for most of the
language, all in a few phrasings. This generator walks the language instead: every function of
CF_RULES.md (comparisons, Between/NotBetween, the five text operators, Top/Bottom in items and
percent, averages, duplicates, blanks, errors, visual formats, the ten date periods, NOT/AND/OR)
with many phrasings each, written from how people talk about spreadsheets: terse ("> 5"), chatty
("I want to see which ..."), column words ("sales over 1k", "scores above 5" stays
`GreaterThan(5)`), number words and formats ("zero", "1,000", "1k", "$200", "5%"), quoted and
bare texts (words, statuses, product codes, e-mail domains, names), superlatives ("the highest 3"
is `Top(3)`), combinations ("between 100 and 200 but not 150"), frames around three requests in ten (a question
or another verb before the object, "could you pick out ...?"; the verb after it, "... should be
highlighted"; a greeting or a reason before, thanks or a purpose after; the column named first),
and noise (common misspellings, odd capitalisation, a trailing range or sheet name).

Every rule is printed canonically (`printer.to_text`). The stream depends only on `seed`
(`random.Random(seed)`), so two calls give the same pairs. `records(n, seed)` gives them in the
benchmark's record format (`ID`, `NL Utterance`, `Code`), and `python -m
cf_assistant.languages.cf.synth --n N --seed S --out FILE` writes a benchmark file whose `train`
split holds them (`cfa train --extra-data FILE`). Knows nothing of torch or of the model.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from cf_assistant.languages.cf.printer import format_number, to_text
from cf_assistant.languages.cf.rules import (
    And, Average, Between, Blanks, Compare, Duplicates, Errors, Not, Or, Rank, Rule, Text,
    TimePeriod, Visual,
)


@dataclass(frozen=True)
class Pair:
    """One synthetic request and its rule (with the rule's canonical spelling)."""

    request: str
    rule: Rule
    family: str

    @property
    def code(self) -> str:
        return to_text(self.rule)


def _pick(rng: random.Random, options):
    return options[rng.randrange(len(options))]


# ------------------------------------------------------------------ literals

_NUMBER_COLUMNS = (
    "sales", "scores", "score", "price", "prices", "amount", "revenue", "qty", "quantity", "age",
    "salary", "cost", "profit", "total", "balance", "temperature", "marks", "hours", "budget",
    "units", "stock", "rating", "weight", "days overdue", "orders", "points", "grade", "income",
    "expenses", "values", "numbers", "inventory", "Sales", "Score", "Amount", "Total",
)
_MONEY_COLUMNS = ("sales", "price", "prices", "amount", "revenue", "salary", "cost", "profit",
                  "budget", "income", "expenses", "balance", "Sales", "Amount")
_TEXT_COLUMNS = (
    "status", "name", "names", "product", "product code", "email", "emails", "city", "region",
    "department", "category", "comment", "notes", "description", "customer", "country", "SKU",
    "title", "team", "priority", "item", "code", "Status", "Name", "owner", "tag", "id",
)
_DATE_COLUMNS = ("date", "dates", "due date", "order date", "deadline", "delivery date",
                 "start date", "invoice date", "Due Date", "ship date", "appointments")
_WORDS = (
    "urgent", "pending", "done", "Done", "complete", "Completed", "overdue", "cancelled",
    "approved", "rejected", "yes", "No", "N/A", "high", "Low", "medium", "red", "London", "Paris",
    "New York", "Smith", "John", "in progress", "On Hold", "paid", "unpaid", "error", "TBD",
    "closed", "open", "active", "inactive", "late", "failed", "passed", "Apple", "apple", "east",
    "West", "refund", "draft", "shipped", "returned", "VIP", "test", "sample", "Mr", "Dr.",
    "Manager", "intern", "Q1", "Q4", "North", "south", "Widget", "banana", "x", "OK", "none",
    "Needs Review", "Out of stock", "backorder", "Garcia", "Chen", "Mumbai", "Berlin", "invoice",
    "Not started", "Not paid", "No show", "Not applicable",
)
_CODES = ("ABC", "SKU-", "INV", "PO-2023", "X1", "AB-123", "ZX", "TMP", "A", "B", "Z", "K9",
          ".99", "+44", "(draft)", "_v2",
          "US-", "-EU", "_old", ".pdf", ".xlsx", "2024", "X", "Q", "FY24", "MGR", "#", "ID-")
_DOMAINS = ("gmail.com", "@gmail.com", "yahoo.com", "@company.org", ".edu", "outlook.com",
            "@acme.co.uk", "hotmail.com", ".gov", "@example.com")
_NUMBER_WORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
                 7: "seven", 8: "eight", 9: "nine", 10: "ten", 12: "twelve", 20: "twenty",
                 50: "fifty", 100: "a hundred", 1000: "a thousand"}


def _value(rng: random.Random) -> float:
    kind = rng.random()
    if kind < 0.35:
        return float(rng.randint(0, 100))
    if kind < 0.55:
        return float(rng.choice((5, 10, 20, 25, 50, 75, 100, 150, 200, 250, 500)))
    if kind < 0.75:
        return float(rng.randint(1, 99) * rng.choice((10, 100, 1000)))
    if kind < 0.85:
        return round(rng.uniform(0, 100), rng.choice((1, 2)))
    if kind < 0.93:
        return float(rng.randint(1000, 99999))
    return -float(rng.randint(1, 500))


def _spell_number(rng: random.Random, x: float, money: bool) -> str:
    """`x` as a person would type it: 1500, 1,500, 1.5k, $1,500, or a number word."""
    plain = format_number(x)
    r = rng.random()
    if x in _NUMBER_WORDS and r < 0.25:
        return _NUMBER_WORDS[x]
    if x >= 1000 and x == int(x) and r < 0.45:
        return f"{int(x):,}"
    if x >= 1000 and int(x) % 100 == 0 and r < 0.65:
        return format_number(x / 1000) + rng.choice(("k", "k", "K"))
    if money and x > 0 and r < 0.8:
        return "$" + (f"{int(x):,}" if x == int(x) and x >= 1000 else plain)
    return plain


def _number(rng: random.Random, money: bool = False) -> tuple[float, str]:
    x = _value(rng)
    return x, _spell_number(rng, x, money)


def _text_literal(rng: random.Random, op: str) -> str:
    r = rng.random()
    if op == "TextEndsWith" and r < 0.4:
        return _pick(rng, _DOMAINS)
    if op in ("TextStartsWith", "TextEndsWith") and r < 0.75:
        return _pick(rng, _CODES)
    if r < 0.15:
        return _pick(rng, _CODES)
    if r < 0.2:  # digits as text: "contains 100", "starts with 07"
        return _pick(rng, ("100", "99", "07", "2023", "404", "1", "0", "555", "12", "50"))
    return _pick(rng, _WORDS)


def _quote(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.25:
        return f'"{text}"'
    if r < 0.35 and "'" not in text:
        return f"'{text}'"
    if r < 0.38:
        return f"“{text}”"
    return text


# ------------------------------------------------------------------ frames

_VERBS = ("highlight", "Highlight", "color", "colour", "format", "mark", "shade", "flag", "show",
          "bold", "fill", "make red", "turn green", "apply red fill to", "Highlight all",
          "apply conditional formatting to", "highlight the", "can you highlight",
          "please highlight", "I want to highlight", "color in", "paint")
_CHATTY = ("I want to see which {s} are {p}", "show me which {s} are {p}",
           "which {s} are {p}?", "can you mark the {s} that are {p}",
           "I need to spot {s} that are {p}", "help me find {s} that are {p}")
_SUFFIXES = (" in column C", " for B2:B100", " on Sheet1", " in range D2:D50", " in column B",
             " in the Sales sheet", " for A2:A500", " in this column", ".", "!", " please",
             " in my table", " on the Orders tab", " for the selected range")


def _subject(rng: random.Random, columns: tuple[str, ...]) -> str:
    r = rng.random()
    if r < 0.4:
        return _pick(rng, ("cells", "values", "cells", "entries", "rows", "items", "numbers"))
    if r < 0.55:
        return f"cells in {_pick(rng, columns)}"
    return _pick(rng, columns)


def _sentence(rng: random.Random, predicate: str, columns: tuple[str, ...], form: str) -> str:
    """A request around `predicate`; `form` "is" reads after "are" ("greater than 5"), "verb"
    after a plural subject ("contain urgent"), "noun-subject" after a subject ("containing
    urgent"), "noun" stands alone or after a verb ("duplicates"), "whole" is the request."""
    subject = _subject(rng, columns)
    r = rng.random()
    if form == "whole":
        text = predicate
    elif form == "noun":
        text = predicate if r < 0.25 else f"{_pick(rng, _VERBS)} {predicate}"
    elif form == "noun-subject":
        text = f"{subject} {predicate}" if r < 0.25 else \
            f"{_pick(rng, _VERBS)} {subject} {predicate}"
    elif r < 0.12:
        text = predicate  # terse: "> 5", "contains urgent"
    elif r < 0.24 and form == "is":
        text = _pick(rng, _CHATTY).format(s=subject, p=predicate)
    elif r < 0.4 and form == "is":
        text = f"{_pick(rng, _VERBS)} rows where {_singular(subject)} is {predicate}"
    else:
        glue = {"is": ("", "that are ", "which are ", "with values ", "where the value is "),
                "verb": ("that ", "which ", "")}[form]
        text = f"{_pick(rng, _VERBS)} {subject} {_pick(rng, glue)}{predicate}"
    if rng.random() < 0.1:
        text = _whole_row(rng, text, subject, predicate, form)
    return text


_ROW_NOUNS = ("the entire row", "the whole row", "the full row", "entire rows", "the whole line",
              "the entire record", "whole rows", "the row", "each row", "the complete row")
_ROW_ENDS = (" - whole row", ", entire row", " (entire row)", " and highlight the whole row",
             ", the full line", " - highlight entire row", " across the row", ", whole record")


def _whole_row(rng: random.Random, text: str, subject: str, predicate: str, form: str) -> str:
    """`text` asking for whole rows, which leaves the rule on the tested column as it is:
    "highlight the entire row where the value is > 5", "shade the whole line if ...",
    "> 5 - whole row"."""
    rows = _pick(rng, _ROW_NOUNS)
    verb = _pick(rng, ("highlight", "shade", "colour", "color", "mark", "make red", "fill",
                       "bold", "format", "highlight"))
    r = rng.random()
    if form == "is" and r < 0.45:
        glue = _pick(rng, ("where", "if", "when", "for which", "whenever"))
        return f"{verb} {rows} {glue} {_singular(subject)} is {predicate}"
    if form == "verb" and r < 0.45:
        return f"{verb} {rows} {_pick(rng, ('where', 'if', 'when'))} the {subject} {predicate}"
    if r < 0.7:
        return text + _pick(rng, _ROW_ENDS)
    lead = next((v for v in sorted(_VERBS, key=len, reverse=True) if text.startswith(v + " ")), "")
    rest = text[len(lead):].strip()
    return f"{verb} {rows} for {rest[:1].lower() + rest[1:]}"


def _singular(subject: str) -> str:
    if subject in ("cells", "values", "entries", "rows", "items", "numbers"):
        return "the value"
    return subject if subject.startswith("cells in ") is False else "the " + subject[9:]


# ------------------------------------------------------------------ the frame around a request
_ASK_LEADS = (  # a question or a request that ends before the object: "{lead} {object}?"
    "can you pick out", "could you pick out", "is there a way to highlight", "how do I highlight",
    "how do I get Excel to colour", "can conditional formatting show", "how can I flag",
    "any way to shade", "could we colour", "can I make Excel pick out", "could you spot",
    "can you make conditional formatting colour", "is it possible to mark", "how would I shade")
_SAY_LEADS = (  # the same, said: "{lead} {object}"
    "I'd like to flag", "need to highlight", "trying to highlight", "want to mark",
    "help me highlight", "pls highlight", "I need to see", "just want to flag", "please pick out",
    "call out", "light up", "draw attention to", "make Excel highlight", "get Excel to shade",
    "looking to colour", "I have to highlight", "we want to pick out", "would love to see")
_AFTER_OBJECT = (  # the verb after its object
    "{o} should be highlighted", "I'd like {o} highlighted", "can I get {o} coloured?",
    "make {o} stand out", "{o} need to stand out", "I want {o} in red", "get {o} shaded",
    "{o} - highlight them", "{o}: colour them please", "could {o} be marked?",
    "I'd like {o} to show up in yellow", "have {o} light up", "{o} flagged please")
_BEFORE = ("Hi,", "Hi team,", "Quick question:", "Quick one -", "Morning!", "Hello,", "So", "Ok so",
           "For the weekly report,", "Before the meeting,", "On the tracker,", "In my spreadsheet,",
           "My boss wants this:", "Bit stuck here.", "Excel question:", "Hey,", "Right,",
           "Following up on yesterday,", "For the audit,", "Newbie here.", "Another one for you:",
           "Can't work this out.", "Help!", "Sorry if this is obvious,", "Re the sheet you sent:")
_AFTER = (" Thanks!", " Thanks in advance.", " Cheers", " ta", " thx", " if possible",
          " when you get a chance", " so I can chase them", " so they stand out",
          " - need it for Monday", " Those are the ones I care about.", " Nothing else should change.",
          " in one go", " using conditional formatting", " with conditional formatting",
          " (conditional formatting)", " Any ideas?", " Is that possible?",
          " I've tried but can't get it to work.", " for the report", " so my manager can see them",
          " - the rest can stay as they are", " to make them easy to spot")


def _frame(rng: random.Random, text: str, columns: tuple[str, ...]) -> str:
    """`text` said the way people ask for it around the rule: a question or another verb before
    its object ("could you pick out ...?"), the verb after it ("... should be highlighted"),
    a greeting or a reason before, thanks or a purpose after, the column named first ("In the
    price column, ..."). Adds words that test nothing: the rule stays as it is."""
    lead = next((v for v in sorted(_VERBS, key=len, reverse=True)
                 if text.lower().startswith(v.lower() + " ")), None)
    r = rng.random()
    if lead is not None and r < 0.75:
        obj = text[len(lead) + 1:]
        if r < 0.3:
            text = f"{_pick(rng, _ASK_LEADS)} {obj}?"
        elif r < 0.55:
            text = f"{_pick(rng, _SAY_LEADS)} {obj}"
        else:
            text = _pick(rng, _AFTER_OBJECT).format(o=obj)
        text = text[:1].upper() + text[1:] if rng.random() < 0.6 else text
    r = rng.random()
    if r < 0.15 and columns:
        col = _pick(rng, columns)
        text = f"In the {col} column, {text[:1].lower() + text[1:]}"
    elif r < 0.45:
        if rng.random() < 0.7 and not text.startswith(("I ", "I'")):
            text = text[:1].lower() + text[1:]
        text = f"{_pick(rng, _BEFORE)} {text}"
    if rng.random() < 0.35 and not text.endswith("?"):
        after = _pick(rng, _AFTER)
        text = text.rstrip(".!") + ("." if after[1].isupper() else "") + after
    return text


# ------------------------------------------------------------------ the families

_COMPARE_WORDS = {
    "GreaterThan": ("greater than {n}", "more than {n}", "over {n}", "above {n}", "> {n}",
                    "bigger than {n}", "larger than {n}", "higher than {n}", "exceeding {n}",
                    "in excess of {n}", "greater then {n}", ">{n}"),
    "GreaterThanEqual": ("at least {n}", "{n} or more", "greater than or equal to {n}",
                         ">= {n}", "no less than {n}", "not less than {n}", "{n} and above",
                         "{n} or higher", "≥ {n}", "equal to or greater than {n}",
                         "{n} or above", "a minimum of {n}", "from {n} upward", "{n} and up",
                         "{n} upwards", "from {n} up", "{n} onwards"),
    "LessThan": ("less than {n}", "under {n}", "below {n}", "smaller than {n}", "< {n}",
                 "lower than {n}", "fewer than {n}", "beneath {n}", "less then {n}", "<{n}"),
    "LessThanEqual": ("at most {n}", "no more than {n}", "{n} or less", "{n} or below",
                      "less than or equal to {n}", "<= {n}", "not more than {n}", "up to {n}",
                      "not exceeding {n}", "{n} or fewer", "≤ {n}", "no greater than {n}",
                      "{n} and under", "{n} and below"),
    "Equals": ("equal to {n}", "exactly {n}", "= {n}", "{n}", "equals {n}", "the same as {n}",
               "exactly equal to {n}"),
    "NotEquals": ("not equal to {n}", "other than {n}", "!= {n}", "<> {n}", "not {n}",
                  "different from {n}", "anything but {n}", "not equal {n}"),
}
_AGE_WORDS = {  # people's ages and caps
    "GreaterThan": ("older than {n}", "over the age of {n}", "more than {n}", "aged over {n}"),
    "GreaterThanEqual": ("aged {n} and over", "{n} or older", "{n} and older", "{n}+",
                         "aged {n} or more", "{n} min", "minimum {n}", "not under {n}",
                         "not below {n}", "at least {n} years old"),
    "LessThan": ("younger than {n}", "under the age of {n}", "aged under {n}", "under {n}"),
    "LessThanEqual": ("{n} or younger", "aged {n} or under", "{n} max", "max {n}", "maximum {n}",
                      "not over {n}", "capped at {n}", "not above {n}"),
}
_YEAR_WORDS = {
    "GreaterThan": ("after {n}", "later than {n}", "newer than {n}"),
    "GreaterThanEqual": ("{n} or later", "from {n} onwards", "since {n}", "{n} and after"),
    "LessThan": ("before {n}", "earlier than {n}", "prior to {n}", "older than {n}"),
    "LessThanEqual": ("{n} or earlier", "no later than {n}", "{n} and before", "up to {n}"),
}
_AGE_COLUMNS = ("people", "anyone", "employees", "staff", "customers", "members", "students",
                "ages", "age", "players", "patients")
_YEAR_COLUMNS = ("years", "year", "model years", "founded", "built", "release year")


def _age(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """Ages, years and caps: "anyone older than 65", "years before 2000", "pages: 30 max"."""
    if rng.random() < 0.3:
        x, words, columns = float(rng.randint(1950, 2030)), _YEAR_WORDS, _YEAR_COLUMNS
        spelled = format_number(x)
    else:
        x = float(rng.choice((16, 18, 21, 25, 30, 40, 50, 60, 65, 70, 3, 10, 100)))
        words = _AGE_WORDS
        columns = _AGE_COLUMNS if rng.random() < 0.6 else _NUMBER_COLUMNS
        spelled = _spell_number(rng, x, False)
    op = _pick(rng, tuple(words))
    phrase = _pick(rng, words[op]).format(n=spelled)
    if rng.random() < 0.2:
        return f"{_pick(rng, columns)}: {phrase}", Compare(op, x), columns, "whole"
    return phrase, Compare(op, x), columns, "is"


_SIGNS = (("negative", Compare("LessThan", 0.0)), ("below zero", Compare("LessThan", 0.0)),
          ("positive", Compare("GreaterThan", 0.0)), ("above zero", Compare("GreaterThan", 0.0)),
          ("zero", Compare("Equals", 0.0)), ("non-zero", Compare("NotEquals", 0.0)),
          ("not zero", Compare("NotEquals", 0.0)), ("non-negative", Compare("GreaterThanEqual", 0.0)),
          ("in the red", Compare("LessThan", 0.0)), ("0 or less", Compare("LessThanEqual", 0.0)))


def _money(rng: random.Random) -> tuple[tuple[str, ...], bool]:
    money = rng.random() < 0.3
    return (_MONEY_COLUMNS if money else _NUMBER_COLUMNS), money


def _compare(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    columns, money = _money(rng)
    if rng.random() < 0.1:
        words, rule = _pick(rng, _SIGNS)
        return words, rule, columns, "is"
    op = _pick(rng, tuple(_COMPARE_WORDS))
    if rng.random() < 0.08:  # a percentage: "over 5%" compares with 0.05
        p = float(rng.choice((1, 2, 5, 10, 15, 20, 25, 50, 75, 90)))
        spelled, value = f"{format_number(p)}%", p / 100
        columns = ("margin", "growth", "discount", "completion", "share", "cells", "rate")
    else:
        value, spelled = _number(rng, money)
    return _pick(rng, _COMPARE_WORDS[op]).format(n=spelled), Compare(op, value), columns, "is"


_COMPARE_VERBS = {  # after a plural subject: "temperatures that don't go above 30"
    "GreaterThan": ("go over {n}", "exceed {n}", "go above {n}", "rise above {n}", "top {n}",
                    "beat {n}", "are over {n}"),
    "GreaterThanEqual": ("reach {n}", "reach at least {n}", "hit {n} or more",
                         "meet or exceed {n}", "come to at least {n}"),
    "LessThan": ("fall below {n}", "drop under {n}", "stay under {n}", "fall short of {n}",
                 "don't reach {n}", "dip below {n}"),
    "LessThanEqual": ("don't go above {n}", "don't exceed {n}", "never go over {n}",
                      "stay at or below {n}", "do not exceed {n}", "stay within {n}",
                      "don't go over {n}"),
}


_UNITS = ("kg", "hours", "days", "km", "mins", "pts", "cm", "units", "years", "items", "GB",
          "miles", "lbs", "h", "ms")


def _measured(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """Numbers with a unit or named by their noun: "weights within 2 and 20 kg", "ratings of 3",
    "a score of exactly 10", "over 5 hours", "files under 10 GB"."""
    unit = _pick(rng, _UNITS)
    x, a = _number(rng)
    kind = rng.randrange(3)
    if kind == 0:
        noun = _pick(rng, ("ratings", "a rating", "scores", "a score", "satisfaction",
                           "grades", "levels", "a level", "priority", "sizes", "counts"))
        return f"{noun} of {_pick(rng, ('', 'exactly ', 'just '))}{a}", Compare("Equals", x), \
            _NUMBER_COLUMNS, "whole"
    if kind == 1:
        high = x + rng.choice((1, 5, 10, 50, 100)) * rng.randint(1, 9)
        b = _spell_number(rng, high, False)
        words = _pick(rng, ("within {a} and {b} {u}", "between {a} and {b} {u}",
                            "from {a} {u} to {b} {u}", "{a}-{b} {u}", "between {a}{u} and {b}{u}"))
        return words.format(a=a, b=b, u=unit), Between(x, high), _NUMBER_COLUMNS, "is"
    op = _pick(rng, tuple(_COMPARE_WORDS))
    phrase = _pick(rng, _COMPARE_WORDS[op]).format(n=f"{a} {unit}")
    return phrase, Compare(op, x), _NUMBER_COLUMNS, "is"


def _compare_verb(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    columns, money = _money(rng)
    value, spelled = _number(rng, money)
    op = _pick(rng, tuple(_COMPARE_VERBS))
    return _pick(rng, _COMPARE_VERBS[op]).format(n=spelled), Compare(op, value), columns, "verb"


_MEASURES = (  # (columns, more, less, most, least): the words' direction on the number line
    (("lap times", "times", "response times", "durations", "delivery times", "laps",
      "responses", "runs", "wait times"),
     ("slower", "longer"), ("faster", "quicker", "shorter"),
     ("slowest", "longest"), ("fastest", "quickest", "shortest")),
    (("temperatures", "temps", "days", "readings"), ("hotter", "warmer"), ("colder", "cooler"),
     ("hottest", "warmest"), ("coldest", "coolest")),
    (("prices", "items", "products", "costs", "tickets"), ("more expensive", "pricier", "dearer"),
     ("cheaper", "less expensive"), ("most expensive", "priciest", "dearest"),
     ("cheapest", "least expensive", "lowest priced")),
    (("weights", "parcels", "packages", "boxes"), ("heavier",), ("lighter",), ("heaviest",),
     ("lightest",)),
    (("ages", "people", "employees", "staff", "players"), ("older",), ("younger",),
     ("oldest",), ("youngest",)),
    (("heights", "buildings", "players"), ("taller",), ("shorter",), ("tallest",), ("shortest",)),
    (("distances", "trips", "routes"), ("farther", "further", "longer"), ("shorter", "closer"),
     ("longest", "farthest"), ("shortest", "closest")),
)


def _measure(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """Words that carry a direction: "laps faster than 60" is LessThan(60) (a time), "the 3
    cheapest items" Bottom(3), "days warmer than average" AboveAverage()."""
    columns, more, less, most, least = _pick(rng, _MEASURES)
    up = rng.random() < 0.5
    kind = rng.randrange(3)
    if kind == 0:
        x, spelled = _number(rng)
        word = _pick(rng, more if up else less)
        rule: Rule = Compare("GreaterThan" if up else "LessThan", x)
        return f"{word} than {spelled}", rule, columns, "is"
    if kind == 1:
        word = _pick(rng, more if up else less)
        avg = _pick(rng, ("average", "the average", "avg", "the mean", "usual"))
        return f"{word} than {avg}", Average(below=not up), columns, "is"
    n = float(rng.choice((1, 1, 2, 3, 5, 10)))
    word = _pick(rng, most if up else least)
    column = _pick(rng, columns)
    text = f"the {word} {column[:-1] if column.endswith('s') else column}" if n == 1 else \
        _pick(rng, ("the {n} {w} {c}", "{n} {w} {c}", "the {w} {n}", "{w} {n} {c}")).format(
            n=_spell_number(rng, n, False), w=word, c=column)
    return text, Rank(n, bottom=not up), columns, "whole"


_FREE_TEXT = ("feedback", "comments", "notes", "reviews", "descriptions", "remarks", "answers",
              "messages", "replies", "survey answers")


def _free_text(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """Free text is searched, not matched: "feedback saying great", "notes that mention refund",
    "comments saying great or good"."""
    x = _pick(rng, _WORDS)
    words = ("saying {t}", "that say {t}", "mentioning {t}", "that talk about {t}",
             "with {t} in it", "that use the word {t}", "where someone wrote {t}")
    column = _pick(rng, _FREE_TEXT)
    if rng.random() < 0.3:
        y = _pick(rng, _WORDS)
        while y == x:
            y = _pick(rng, _WORDS)
        phrase = _pick(rng, words).format(t=f"{_quote(rng, x)} or {_quote(rng, y)}")
        rule: Rule = Or((Text("TextContains", x), Text("TextContains", y)))
    else:
        phrase = _pick(rng, words).format(t=_quote(rng, x))
        rule = Text("TextContains", x)
    return f"{column} {phrase}", rule, _TEXT_COLUMNS, "noun"


def _between(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    columns, money = _money(rng)
    low, a = _number(rng, money)
    high = low + rng.choice((1, 5, 10, 50, 100, 1000)) * rng.randint(1, 9)
    b = _spell_number(rng, high, money)
    if rng.random() < 0.35:
        words = ("not between {a} and {b}", "outside {a} and {b}", "outside the range {a} to {b}",
                 "outside {a}-{b}", "not from {a} to {b}", "not in the range {a}-{b}",
                 "outside of {a} to {b}", "out of the {a}-{b} range",
                 "outside the {a}-{b} range", "not within {a} and {b}", "not {a} to {b}",
                 "falling outside {a}-{b}", "anything but {a}-{b}", "not between {a} & {b}")
        return _pick(rng, words).format(a=a, b=b), Between(low, high, negate=True), columns, "is"
    words = ("between {a} and {b}", "from {a} to {b}", "in the range {a}-{b}", "{a} to {b}",
             "between {a} and {b} inclusive", "within {a} and {b}", "in between {a} and {b}",
             "{a}-{b}", "betwen {a} and {b}", "between {b} and {a}", "{a} through {b}",
             "{a} thru {b}", "within the {a}-{b} range", "no less than {a} and no more than {b}")
    return _pick(rng, words).format(a=a, b=b), Between(low, high), columns, "is"


_TEXT_WORDS = {
    "TextContains": ("contain {t}", "contain the word {t}", "have {t} in them", "include {t}",
                     "mention {t}", "contain the text {t}", "have the word {t}",
                     "contains {t}", "have {t} anywhere", "contian {t}"),
    "TextNotContains": ("do not contain {t}", "don't contain {t}", "does not contain {t}",
                        "lack {t}", "do not include {t}", "don't mention {t}",
                        "do not have {t} in them", "dont contain {t}", "doesn't contain {t}"),
    "TextStartsWith": ("start with {t}", "begin with {t}", "start with the letter {t}",
                       "starts with {t}", "begin with the text {t}", "start with the prefix {t}",
                       "begins with {t}"),
    "TextEndsWith": ("end with {t}", "end in {t}", "ends with {t}", "end with the text {t}",
                     "finish with {t}", "ends in {t}", "end with the suffix {t}"),
    "TextEquals": ("say {t}", "read {t}", "are exactly {t}", "are {t}", "equal {t}",
                   "match {t} exactly", "are marked {t}", "are labelled {t}", "say exactly {t}",
                   "are equal to {t}", "just say {t}", "only say {t}", "say only {t}",
                   "say just {t}"),
}
_TEXT_PHRASES = {  # (subject form): "containing urgent", "where status is Done"
    "TextContains": ("containing {t}", "containing the word {t}", "with {t} in them",
                     "with the text {t}", "that have {t}", "with {t} in the name",
                     "with {t} in it", "that has {t} in it", "with {t} somewhere in it",
                     "with {t} anywhere in the text"),
    "TextNotContains": ("not containing {t}", "without {t}", "without the word {t}",
                        "that don't have {t}", "excluding the word {t}", "with no {t} in them",
                        "with no {t} in it", "that have no {t}", "with no mention of {t}",
                        "that don't mention {t}"),
    "TextStartsWith": ("starting with {t}", "beginning with {t}", "whose name starts with {t}",
                       "with the prefix {t}", "starting with the letter {t}"),
    "TextEndsWith": ("ending with {t}", "ending in {t}", "with the suffix {t}",
                     "whose text ends with {t}"),
    "TextEquals": ("equal to {t}", "equal to the text {t}", "= {t}", "exactly {t}",
                   "that say {t}", "marked as {t}", "with the value {t}"),
}


def _text(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    op = _pick(rng, tuple(_TEXT_WORDS))
    text = _text_literal(rng, op)
    t = _quote(rng, text)
    rule = Text(op, text)
    if op == "TextEquals" and rng.random() < 0.3:
        column = _pick(rng, ("status", "Status", "priority", "region", "result", "stage", "type"))
        pred = f"{column} is {t}"
        return pred, rule, _TEXT_COLUMNS, "noun"
    if rng.random() < 0.5:
        return _pick(rng, _TEXT_PHRASES[op]).format(t=t), rule, _TEXT_COLUMNS, "noun-subject"
    return _pick(rng, _TEXT_WORDS[op]).format(t=t), rule, _TEXT_COLUMNS, "verb"


_FIELDS = {  # a text field and the short values people name it by
    "size": ("S", "M", "L", "XS", "XL", "XXL", "Small", "Large"),
    "grade": ("A", "B", "C", "D", "F", "A+", "Pass", "Fail"),
    "department": ("IT", "HR", "Sales", "Finance", "Ops", "Marketing", "Legal", "R&D"),
    "region": ("North", "South", "East", "West", "EMEA", "APAC", "LATAM", "Central"),
    "priority": ("High", "Low", "Medium", "P1", "P2", "Critical", "urgent"),
    "status": ("Done", "Open", "Closed", "Late", "Pending", "On Hold", "shipped", "paid",
               "Not started", "In progress", "Not paid", "No"),
    "team": ("Red", "Blue", "Alpha", "Ops", "QA", "Support"),
    "type": ("Expense", "Income", "Bug", "Feature", "Refund", "B2B"),
    "level": ("Senior", "Junior", "L3", "Lead", "Entry"),
    "category": ("Food", "Travel", "Books", "Toys", "Other", "Misc"),
}


def _field_text(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """A field named with its bare value: "priority High", "the IT department", "grade A only",
    "Size S or XS", "the North or South region"."""
    field = _pick(rng, tuple(_FIELDS))
    x = _pick(rng, _FIELDS[field])
    name = _pick(rng, (field, field, field.capitalize(),
                       field[:-1] + "ies" if field.endswith("y") else field + "s"))
    if rng.random() < 0.35:
        y = _pick(rng, _FIELDS[field])
        while y == x:
            y = _pick(rng, _FIELDS[field])
        rule: Rule = Or((Text("TextEquals", x), Text("TextEquals", y)))
        text = _pick(rng, ("{f} {x} or {y}", "{f} {x} or {y} only", "the {x} or {y} {f}",
                           "{f} is {x} or {y}", "{x} or {y} {f}", "{f}: {x} or {y}",
                           "{f} either {x} or {y}")).format(f=name, x=x, y=y)
        return text, rule, _TEXT_COLUMNS, "noun"
    rule = Text("TextEquals", x)
    if rng.random() < 0.2:  # the value names the things: '"Closed" tickets', 'the "paid" ones',
        # quoted as a table's cell text is quoted before the model reads it (`Tables.quoted`)
        thing = _pick(rng, ("tickets", "orders", "tasks", "invoices", "items", "records",
                            "appointments", "shipments", "accounts", "entries", "ones"))
        text = _pick(rng, ("{x} {t}", "the {x} {t}", "{t} that are {x}", "{t} marked {x}",
                           "all {x} {t}", "any {x} {t}")).format(x=f'"{x}"', t=thing)
        return text, rule, _TEXT_COLUMNS, "noun"
    if rng.random() < 0.15:
        rule = Not(rule)
        text = _pick(rng, ("{f} not {x}", "{f} other than {x}", "every {f} except {x}",
                           "{f} is not {x}")).format(f=name, x=x)
        return text, rule, _TEXT_COLUMNS, "noun"
    text = _pick(rng, ("{f} {x}", "{f} {x} only", "the {x} {f}", "{f} = {x}", "{f}: {x}",
                       "all {f} {x}", "everything in the {x} {f}", "rows with {f} {x}",
                       "{x} {f} only", "{f} is {x}")
                + (("anyone in {x}", "everyone from {x}", "people in {x}")
                   if field in ("department", "region", "team") else ())).format(f=name, x=x)
    return text, rule, _TEXT_COLUMNS, "noun"


def _negated_text(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    op = _pick(rng, ("TextStartsWith", "TextEndsWith", "TextEquals"))
    text = _text_literal(rng, op)
    t = _quote(rng, text)
    words = {"TextStartsWith": ("do not start with {t}", "don't begin with {t}",
                                "don't start with {t}"),
             "TextEndsWith": ("do not end with {t}", "don't end in {t}", "don't end with {t}"),
             "TextEquals": ("are not {t}", "aren't {t}", "are anything but {t}",
                            "do not say {t}")}[op]
    if op == "TextEquals" and rng.random() < 0.4:
        words = ("other than {t}", "except {t}", "not marked {t}", "that aren't {t}",
                 "not equal to {t}", "besides {t}", "that are anything other than {t}")
        return _pick(rng, words).format(t=t), Not(Text(op, text)), _TEXT_COLUMNS, "noun-subject"
    return _pick(rng, words).format(t=t), Not(Text(op, text)), _TEXT_COLUMNS, "verb"


def _rank(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    bottom = rng.random() < 0.45
    percent = rng.random() < 0.3
    n = float(rng.choice((1, 2, 3, 3, 5, 5, 10, 10, 15, 20, 25, 50)))
    spelled = _NUMBER_WORDS[n] if n in _NUMBER_WORDS and n <= 10 and rng.random() < 0.25 \
        else format_number(n)
    column = _pick(rng, _NUMBER_COLUMNS)
    if percent:
        pct = _pick(rng, ("{n}%", "{n} percent", "{n} %", "{n} pc", "{n} per cent", "{n}pct"))
        words = _pick(rng, ("bottom", "lowest", "bottom")) if bottom else \
            _pick(rng, ("top", "highest", "top", "best"))
        phrase = _pick(rng, ("the {w} {p} of {c}", "{w} {p}", "{c} in the {w} {p}",
                             "the {w} {p}", "{w} {p} {c}"))
        text = phrase.format(w=words, p=pct.format(n=spelled), c=column)
        share = {25.0: "quarter", 50.0: "half", 10.0: "tenth", 20.0: "fifth"}.get(n)
        if share and rng.random() < 0.35:  # "the top quarter of scores"
            text = _pick(rng, ("the {w} {s} of {c}", "{w} {s}", "{c} in the {w} {s}",
                               "the {w} {s}")).format(w=words, s=share, c=column)
        return text, Rank(n, bottom=bottom, percent=True), _NUMBER_COLUMNS, "noun"
    if rng.random() < 0.15:  # no count: the single extreme
        words = _pick(rng, ("the lowest value", "the minimum", "the smallest {c}",
                            "the lowest {c}", "the min")) if bottom else \
            _pick(rng, ("the highest value", "the maximum", "the largest {c}", "the max",
                        "the highest {c}", "the biggest {c}"))
        return words.format(c=column), Rank(1.0, bottom=bottom), _NUMBER_COLUMNS, "noun"
    words = ("bottom", "lowest", "smallest", "worst", "least") if bottom else \
        ("top", "highest", "largest", "biggest", "best")
    phrase = _pick(rng, ("the {w} {n} {c}", "{w} {n}", "the {n} {w} {c}", "{w} {n} values",
                         "{n} {w} {c}", "the {w} {n}", "{w} {n} {c}"))
    text = phrase.format(w=_pick(rng, words), n=spelled, c=column)
    return text, Rank(n, bottom=bottom), _NUMBER_COLUMNS, "noun"


_NULLARY = (
    ("average", Average(), ("above average", "above the average", "higher than average",
                            "greater than the average", "better than average",
                            "above the mean", "over the average", "more than average")),
    ("average", Average(below=True), ("below average", "below the average", "less than average",
                                      "lower than the average", "under the average",
                                      "worse than average", "below the mean")),
    ("duplicates", Duplicates(), ("duplicates", "duplicate values", "repeated values", "dupes",
                                  "values that appear more than once", "duplicate entries",
                                  "repeats", "duplicated names", "any duplicates", "doubles",
                                  "values that show up twice or more", "entries listed twice")),
    ("duplicates", Duplicates(unique=True), ("unique values", "values that appear only once",
                                             "values that occur once", "non-duplicate values",
                                             "uniques", "one-off values", "distinct entries",
                                             "entries that have no duplicate",
                                             "values with no duplicates", "non-repeating values",
                                             "values that are not repeated",
                                             "the ones that appear just once")),
    ("blanks", Blanks(), ("blank cells", "empty cells", "blanks", "missing values",
                          "cells with nothing in them", "the empty ones", "blank rows",
                          "cells that are blank", "cells that are empty", "empty values",
                          "where the value is missing", "cells left empty", "unfilled cells",
                          "where nothing was entered", "missing entries", "empty ones")),
    ("blanks", Blanks(negate=True), ("non-blank cells", "non-empty cells", "filled cells",
                                     "cells that are not empty", "cells that are not blank",
                                     "cells that have a value", "cells with data",
                                     "anything that isn't blank", "not blank cells",
                                     "cells with a value", "cells with something in them",
                                     "filled-in cells", "entries that were filled in",
                                     "cells that contain anything")),
    ("errors", Errors(), ("errors", "error values", "cells with errors", "#N/A cells",
                          "#DIV/0! errors", "formula errors", "cells showing an error",
                          "#N/A and #REF! errors", "broken formulas", "broken lookups",
                          "#VALUE! errors", "erors", "cells that show #N/A", "formula mistakes",
                          "cells where the formula failed", "error cells")),
    ("errors", Errors(negate=True), ("cells without errors", "cells that are not errors",
                                     "error-free cells", "everything except errors",
                                     "cells with no errors", "no errors", "without errors",
                                     "valid results", "cells that calculated fine",
                                     "everything that is not an error")),
    ("visual", Visual("ColorScale"), ("a color scale", "color scale", "a colour scale",
                                      "a heat map", "heatmap", "a 3-color scale",
                                      "a green-yellow-red scale", "a gradient",
                                      "a red to green color scale", "colour gradient",
                                      "shading from low to high", "colors by size",
                                      "a colour code by value", "graded colours",
                                      "darker colours for bigger numbers",
                                      "colours from low to high", "shade from low to high",
                                      "low-to-high shading", "a colour for each level",
                                      "green to red", "red to green", "green-to-red colours",
                                      "colours from green to red", "a heatmap")),
    ("visual", Visual("DataBar"), ("data bars", "a data bar", "bars", "in-cell bar charts",
                                   "progress bars", "databars", "blue data bars",
                                   "bars inside the cells", "a bar in each cell",
                                   "bar lengths for the values")),
    ("visual", Visual("IconSet"), ("icons", "an icon set", "traffic lights", "arrows",
                                   "icon sets", "3 arrows", "traffic light icons",
                                   "star ratings icons", "up and down arrows",
                                   "little flags", "symbols next to each number",
                                   "flag icons", "red amber green icons")),
)
_PERIODS = {
    "Today": ("today", "dated today", "due today", "today's date", "equal to today",
              "that are today", "on today's date", "for the current day"),
    "Yesterday": ("yesterday", "from yesterday", "dated yesterday", "the day before today",
                  "one day ago", "from the previous day"),
    "Tomorrow": ("tomorrow", "due tomorrow", "for tomorrow", "the day after today",
                 "the next day", "falling on the following day"),
    "Last7Days": ("in the last 7 days", "in the past 7 days", "within the last seven days",
                  "from the last 7 days", "in the last week of days", "the past week or so",
                  "over the last 7 days", "during the previous 7 days", "from the past seven days"),
    "LastWeek": ("last week", "from last week", "in the previous week", "the week before"),
    "ThisWeek": ("this week", "in the current week", "due this week", "within this week"),
    "NextWeek": ("next week", "due next week", "in the coming week", "in the following week"),
    "LastMonth": ("last month", "from last month", "in the previous month",
                  "the month before this one"),
    "ThisMonth": ("this month", "in the current month", "due this month",
                  "this calendar month", "this month only"),
    "NextMonth": ("next month", "due next month", "in the coming month",
                  "in the following month", "the month after this one"),
}


_THINGS = ("orders", "rows", "tasks", "invoices", "records", "people", "students", "items",
           "tickets", "products", "customers", "entries", "employees", "projects")
_MISSING = {  # a thing that lacks (or has) a field: "orders with no date", "tasks without an owner"
    Blanks(): ("{t} with no {f}", "{t} without a {f}", "{t} with no {f} yet", "{t} missing a {f}",
               "{t} that have no {f}", "{t} lacking a {f}", "no {f}", "missing {f}",
               "{t} where the {f} is missing", "{t} with an empty {f}", "{f} not filled in"),
    Blanks(negate=True): ("{t} with a {f}", "{t} that have a {f}", "{t} where the {f} is filled in",
                          "{f} filled in", "{t} with any {f}", "{t} whose {f} is not empty"),
    Errors(): ("broken {f}", "{f} with errors", "{f} that show an error", "bad {f} formulas",
               "{f} errors"),
}
_FIELD_NOUNS = ("date", "due date", "owner", "supplier", "email", "phone number", "response",
                "comment", "manager", "address", "price", "total", "score", "name", "status",
                "end date", "receipt", "grade", "value")


def _lacking(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    rule = _pick(rng, tuple(_MISSING))
    words = _pick(rng, _MISSING[rule]).format(t=_pick(rng, _THINGS), f=_pick(rng, _FIELD_NOUNS))
    return words, rule, _TEXT_COLUMNS, "noun"


def _nullary(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    if rng.random() < 0.15:
        return _lacking(rng)
    _, rule, words = _pick(rng, _NULLARY)
    phrase = _pick(rng, words)
    if isinstance(rule, Visual) and rng.random() < 0.5:
        column = _pick(rng, _NUMBER_COLUMNS)
        return _pick(rng, ("add {p} to {c}", "apply {p} to {c}", "use {p} on {c}",
                           "{c} as {p}", "show {c} with {p}")).format(p=phrase, c=column), \
            rule, _NUMBER_COLUMNS, "whole"
    if not isinstance(rule, Visual) and rng.random() < 0.3:
        column = _pick(rng, _TEXT_COLUMNS + _NUMBER_COLUMNS)
        phrase = f"{phrase} in {_pick(rng, ('', 'the '))}{column}"
    return phrase, rule, _NUMBER_COLUMNS, "noun"


def _period(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    period = _pick(rng, tuple(_PERIODS))
    words = _pick(rng, _PERIODS[period])
    subject = _pick(rng, _DATE_COLUMNS)
    text = _pick(rng, ("{s} {w}", "{s} that are {w}", "rows where the {s} is {w}",
                       "dates {w}", "{s} falling {w}", "orders placed {w}",
                       "anything {w}")).format(s=subject, w=words)
    return text, TimePeriod(period), _DATE_COLUMNS, "noun"


def _combo_numbers(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    columns, money = _money(rng)
    low, a = _number(rng, money)
    high = low + rng.choice((2, 10, 50, 100, 1000)) * rng.randint(1, 9)
    b = _spell_number(rng, high, money)
    kind = rng.randrange(4)
    if kind == 0:
        mid = float(int((low + high) / 2))
        c = _spell_number(rng, mid, money)
        words = _pick(rng, ("between {a} and {b} but not {c}", "between {a} and {b} except {c}",
                            "from {a} to {b} excluding {c}", "{a}-{b} but not {c}"))
        rule: Rule = And((Between(low, high), Compare("NotEquals", mid)))
        return words.format(a=a, b=b, c=c), rule, columns, "is"
    if kind == 1:
        words = _pick(rng, ("greater than {a} and less than {b}", "over {a} but under {b}",
                            "above {a} and below {b}", "more than {a} and less than {b}"))
        rule = And((Compare("GreaterThan", low), Compare("LessThan", high)))
        return words.format(a=a, b=b), rule, columns, "is"
    if kind == 2:
        words = _pick(rng, ("less than {a} or greater than {b}", "below {a} or above {b}",
                            "under {a} or over {b}", "either below {a} or above {b}"))
        rule = Or((Compare("LessThan", low), Compare("GreaterThan", high)))
        return words.format(a=a, b=b), rule, columns, "is"
    words = _pick(rng, ("not blank and greater than {a}", "filled in and over {a}",
                        "non-empty and above {a}"))
    return words.format(a=a), And((Blanks(negate=True), Compare("GreaterThan", low))), \
        columns, "is"


def _combo_texts(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    x = _text_literal(rng, "TextContains")
    y = _text_literal(rng, "TextContains")
    while y == x:
        y = _text_literal(rng, "TextContains")
    tx, ty = _quote(rng, x), _quote(rng, y)
    kind = rng.randrange(4)
    if kind == 0:
        words = _pick(rng, ("contain {x} or {y}", "contain either {x} or {y}",
                            "have {x} or {y} in them", "mention {x} or {y}"))
        rule: Rule = Or((Text("TextContains", x), Text("TextContains", y)))
    elif kind == 1:
        words = _pick(rng, ("are {x} or {y}", "say {x} or {y}", "are either {x} or {y}",
                            "equal {x} or {y}"))
        rule = Or((Text("TextEquals", x), Text("TextEquals", y)))
    elif kind == 2:
        words = _pick(rng, ("contain {x} but not {y}", "contain {x} and not {y}",
                            "have {x} but don't contain {y}"))
        rule = And((Text("TextContains", x), Text("TextNotContains", y)))
    else:  # (starts with x and ends with y does not fit the model's 24-token code window)
        words = _pick(rng, ("contain {x} and {y}", "contain both {x} and {y}",
                            "have {x} and also {y}"))
        rule = And((Text("TextContains", x), Text("TextContains", y)))
    return words.format(x=tx, y=ty), rule, _TEXT_COLUMNS, "verb"


_LOWER = {k: _COMPARE_WORDS[k] for k in ("GreaterThan", "GreaterThanEqual")}
_UPPER = {k: _COMPARE_WORDS[k] for k in ("LessThan", "LessThanEqual")}
_STATES = (("blank", Blanks()), ("empty", Blanks()), ("not blank", Blanks(True)),
           ("non-empty", Blanks(True)), ("above average", Average()),
           ("below average", Average(below=True)), ("zero", Compare("Equals", 0.0)),
           ("negative", Compare("LessThan", 0.0)))


def _bound(rng: random.Random, words: dict, x: float, money: bool) -> tuple[str, Rule]:
    op = _pick(rng, tuple(words))
    return _pick(rng, words[op]).format(n=_spell_number(rng, x, money)), Compare(op, x)


def _combo_any(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """Two numeric predicates joined by and / but / or: a range as AND(lower, upper), the
    outside of one as OR(upper, lower), a state with a comparison, two values as OR(=, =)."""
    columns, money = _money(rng)
    low, _ = _number(rng, money)
    high = low + rng.choice((5, 10, 50, 100, 1000)) * rng.randint(1, 9)
    kind = rng.randrange(4)
    if kind == 0:
        (a, ra), (b, rb) = _bound(rng, _LOWER, low, money), _bound(rng, _UPPER, high, money)
        glue, combine = _pick(rng, (" and ", " but ", " and also ", " but still ")), And
    elif kind == 1:
        (a, ra), (b, rb) = _bound(rng, _UPPER, low, money), _bound(rng, _LOWER, high, money)
        glue, combine = _pick(rng, (" or ", ", or ", " or else ")), Or
    elif kind == 2:
        (a, ra) = _pick(rng, _STATES)
        (b, rb) = _bound(rng, _pick(rng, (_LOWER, _UPPER)), low, money)
        glue, combine = _pick(rng, ((" or ", Or), (" and ", And), (", or ", Or)))
    else:
        (a, ra), (b, rb) = (_spell_number(rng, low, money), Compare("Equals", low)), \
            (_spell_number(rng, high, money), Compare("Equals", high))
        glue, combine = _pick(rng, (" or ", " or exactly ", ", or ")), Or
    if rng.random() < 0.3:
        (a, ra), (b, rb) = (b, rb), (a, ra)
    return f"{a}{glue}{b}", combine((ra, rb)), columns, "is"


_QUALIFIERS = (  # (words after a comparison, rule): "under 10 that isn't blank"
    ("that isn't blank", Blanks(True)), ("that are not empty", Blanks(True)),
    ("that are filled in", Blanks(True)), ("which aren't blank", Blanks(True)),
    ("that are duplicates", Duplicates()), ("that appear more than once", Duplicates()),
    ("that are unique", Duplicates(True)), ("that are above average", Average()),
    ("that are below average", Average(below=True)),
)
_PREFIXES = (("positive but", Compare("GreaterThan", 0.0)), ("positive and", Compare("GreaterThan", 0.0)),
             ("duplicate", Duplicates()), ("repeated", Duplicates()), ("unique", Duplicates(True)),
             ("non-blank", Blanks(True)), ("non-zero and", Compare("NotEquals", 0.0)),
             ("negative or", Compare("LessThan", 0.0)))
_PERIOD_WORDS = {"Yesterday": "yesterday", "Today": "today", "Tomorrow": "tomorrow",
                 "LastWeek": "last week", "ThisWeek": "this week", "NextWeek": "next week",
                 "LastMonth": "last month", "ThisMonth": "this month", "NextMonth": "next month"}


def _combo_more(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """More two-part rules: a comparison with a qualifier ("under 10 that isn't blank",
    "duplicate values above 1002", "negative or over 100"), a comparison minus one value
    ("greater than 5 and not 50"), two prefixes or suffixes, two periods, a text but not
    exactly another ("contains north but isn't exactly North")."""
    columns, money = _money(rng)
    x, _ = _number(rng, money)
    kind = rng.randrange(6)
    if kind == 0:
        bound, rb = _bound(rng, _pick(rng, (_LOWER, _UPPER)), x, money)
        words, ra = _pick(rng, _QUALIFIERS)
        return f"{bound} {words}", And((ra, rb)), columns, "is"
    if kind == 1:
        words, ra = _pick(rng, _PREFIXES)
        if ra == Compare("LessThan", 0.0):
            bound, rb = _bound(rng, _LOWER, abs(x) + 1, money)
            return f"{words} {bound}", Or((ra, rb)), columns, "whole"
        bound, rb = _bound(rng, _pick(rng, (_LOWER, _UPPER)), abs(x) + 1, money)
        combine = _pick(rng, (f"{words} {{c}} {bound}", f"{words} {bound}"))
        return combine.format(c=_pick(rng, columns)), And((ra, rb)), columns, "whole"
    if kind == 2:
        y = x + rng.choice((1, 5, 10, 50, 100)) * rng.randint(1, 5)
        a, b = _spell_number(rng, x, money), _spell_number(rng, y, money)
        op, low = _pick(rng, (("GreaterThan", ("greater than", "over", "above", "more than")),
                              ("LessThan", ("less than", "under", "below"))))
        if op == "LessThan":
            x, y, a, b = y, x, b, a
        words = _pick(rng, ("{w} {a} and not {b}", "{w} {a} except {b}", "{w} {a} but not {b}",
                            "{w} {a} excluding {b}", "{w} {a}, not counting {b}"))
        return words.format(w=_pick(rng, low), a=a, b=b), \
            And((Compare(op, x), Compare("NotEquals", y))), columns, "is"
    if kind == 3:
        op = _pick(rng, ("TextStartsWith", "TextEndsWith", "TextContains"))
        p, q = _text_literal(rng, op), _text_literal(rng, op)
        while q == p:
            q = _text_literal(rng, op)
        verb = {"TextStartsWith": ("start with", "begin with", "starting with"),
                "TextEndsWith": ("end with", "end in", "ending in"),
                "TextContains": ("contain", "mention", "containing")}[op]
        words = f"{_pick(rng, verb)} {_quote(rng, p)} or {_quote(rng, q)}"
        return words, Or((Text(op, p), Text(op, q))), _TEXT_COLUMNS, "verb"
    if kind == 4:
        a, b = rng.sample(sorted(_PERIOD_WORDS), 2)
        words = _pick(rng, ("dates {x} or {y}", "{x} or {y}", "anything from {x} or {y}",
                            "due {x} or {y}")).format(x=_PERIOD_WORDS[a], y=_PERIOD_WORDS[b])
        return words, Or((TimePeriod(a), TimePeriod(b))), _DATE_COLUMNS, "noun"
    word = _pick(rng, ("north", "apple", "smith", "paid", "test", "red"))
    cap = _pick(rng, (word.capitalize(), word.upper()))
    words = _pick(rng, ("contain {x} but aren't exactly {y}", "contain {x} but are not {y}",
                        "include {x} but are not equal to {y}"))
    return words.format(x=_quote(rng, word), y=_quote(rng, cap)), \
        And((Text("TextContains", word), Not(Text("TextEquals", cap)))), _TEXT_COLUMNS, "verb"


_NOT_LEAVES = (  # (phrase after "not" / "aren't", rule)
    ("in the top {n}", lambda n: Rank(n)), ("in the bottom {n}", lambda n: Rank(n, bottom=True)),
    ("among the top {n}", lambda n: Rank(n)), ("greater than {n}", lambda n: Compare("GreaterThan", n)),
    ("less than {n}", lambda n: Compare("LessThan", n)), ("equal to {n}", lambda n: Compare("Equals", n)),
    ("between {n} and {m}", lambda n: Between(n, n * 2 + 10)),
)
_NOT_NULLARY = (("above average", Average()), ("below average", Average(below=True)),
                ("duplicates", Duplicates()), ("duplicated", Duplicates()), ("unique", Duplicates(True)),
                ("errors", Errors()), ("blank", Blanks()), ("today", TimePeriod("Today")),
                ("in this month", TimePeriod("ThisMonth")), ("from last week", TimePeriod("LastWeek")),
                ("due this week", TimePeriod("ThisWeek")), ("in the last 7 days", TimePeriod("Last7Days")),
                ("yesterday", TimePeriod("Yesterday")), ("tomorrow", TimePeriod("Tomorrow")),
                ("last month", TimePeriod("LastMonth")), ("next month", TimePeriod("NextMonth")),
                ("next week", TimePeriod("NextWeek")), ("an error", Errors()),
                ("empty", Blanks()), ("repeated", Duplicates()))


def _not(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """NOT(rule): "values not in the top 5", "dates that are not today"."""
    if rng.random() < 0.5:
        phrase, rule = _pick(rng, _NOT_NULLARY)
    else:
        template, make = _pick(rng, _NOT_LEAVES)
        n = float(rng.choice((3, 5, 10, 20, 50, 100, 250, 1000)))
        m = n * 2 + 10
        phrase = template.format(n=format_number(n), m=format_number(m))
        rule = make(n)
    lead = _pick(rng, ("not ", "not ", "NOT ", "anything but ", "anything not "))
    return lead + phrase, Not(rule), _NUMBER_COLUMNS, "is"


_MONEY_IDIOMS = (("losses", Compare("LessThan", 0.0)), ("any losses", Compare("LessThan", 0.0)),
                 ("the loss-making ones", Compare("LessThan", 0.0)),
                 ("where we made a loss", Compare("LessThan", 0.0)),
                 ("anything in the black", Compare("GreaterThan", 0.0)),
                 ("in the black", Compare("GreaterThan", 0.0)),
                 ("profits", Compare("GreaterThan", 0.0)), ("the profitable ones", Compare("GreaterThan", 0.0)),
                 ("where we made money", Compare("GreaterThan", 0.0)),
                 ("break-even ones", Compare("Equals", 0.0)), ("gains", Compare("GreaterThan", 0.0)))
_DAY_WORDS = (  # (phrase with {n} days / {a}-{b} days, rule maker)
    ("exactly {n} days late", lambda n, m: Compare("Equals", n)),
    ("{n} days overdue", lambda n, m: Compare("Equals", n)),
    ("more than {n} days late", lambda n, m: Compare("GreaterThan", n)),
    ("no more than {n} days delivery", lambda n, m: Compare("LessThanEqual", n)),
    ("taking {n} days or longer", lambda n, m: Compare("GreaterThanEqual", n)),
    ("under {n} days to ship", lambda n, m: Compare("LessThan", n)),
    ("taking {n}-{m} days", lambda n, m: Between(n, m)),
    ("in the {n} to {m} day window", lambda n, m: Between(n, m)),
    ("outside the {n} to {m} day window", lambda n, m: Between(n, m, negate=True)),
    ("that weren't in the {n}-{m} day range", lambda n, m: Between(n, m, negate=True)))


def _idiom(rng: random.Random) -> tuple[str, Rule, tuple[str, ...], str]:
    """Ways of speaking the other families lack: money idioms ("show losses in red", "in the
    black"), decades ("scores in the 70s"), both ends ("top 3 and bottom 3"), day counts
    ("exactly 1 day late", "taking 2-5 days"), percentage bands ("between -5% and 5%")."""
    kind = rng.randrange(5)
    if kind == 0:
        words, rule = _pick(rng, _MONEY_IDIOMS)
        frame = _pick(rng, ("{w}", "show {w} in red", "highlight {w}", "{w} in red", "flag {w}",
                            "mark the {c} {w}", "{c}: {w}"))
        return frame.format(w=words, c=_pick(rng, _MONEY_COLUMNS)), rule, _MONEY_COLUMNS, "whole"
    if kind == 1:
        d = rng.choice((10, 20, 30, 40, 50, 60, 70, 80, 90))
        words = _pick(rng, ("in the {d}s", "in their {d}s", "in the {d}s range", "{d}-something"))
        rule: Rule = And((Compare("GreaterThanEqual", float(d)), Compare("LessThan", d + 10.0)))
        return words.format(d=d), rule, _AGE_COLUMNS + _NUMBER_COLUMNS, "is"
    if kind == 2:
        n = float(rng.choice((1, 2, 3, 5, 10)))
        a = _spell_number(rng, n, False)
        words = _pick(rng, ("top {a} and bottom {a}", "the highest and lowest {a}",
                            "best {a} and worst {a}", "the {a} highest and {a} lowest",
                            "top and bottom {a}", "the {a} biggest and {a} smallest"))
        return words.format(a=a), Or((Rank(n), Rank(n, bottom=True))), _NUMBER_COLUMNS, "noun"
    if kind == 3:
        n = float(rng.randint(1, 10))
        m = n + rng.randint(1, 10)
        words, make = _pick(rng, _DAY_WORDS)
        text = words.format(n=format_number(n), m=format_number(m))
        return text.replace("1 days", "1 day"), make(n, m), ("deliveries", "orders", "shipments",
                                                              "tasks", "invoices"), "is"
    p = float(rng.choice((1, 2, 5, 10, 20)))
    low, high = Compare("LessThan", -p / 100), Compare("GreaterThan", p / 100)
    words, rule = _pick(rng, (("between -{p}% and {p}%", Between(-p / 100, p / 100)),
                              ("within {p}% either way", Between(-p / 100, p / 100)),
                              ("more than {p}% either way", Between(-p / 100, p / 100, negate=True)),
                              ("below -{p}% or above +{p}%", Or((low, high))),
                              ("worse than -{p}% or better than +{p}%", Or((low, high)))))
    return words.format(p=format_number(p)), rule, ("changes", "% change", "growth", "variance"), "is"


_FAMILIES = (  # (weight, name, maker)
    (22, "compare", _compare), (8, "between", _between), (20, "text", _text),
    (4, "negated text", _negated_text), (10, "rank", _rank), (14, "nullary", _nullary),
    (7, "date", _period), (8, "combo numbers", _combo_numbers), (7, "combo texts", _combo_texts),
    (8, "combo any", _combo_any), (5, "not", _not), (8, "age", _age), (7, "field text", _field_text),
    (9, "combo more", _combo_more), (4, "compare verb", _compare_verb), (5, "measure", _measure),
    (3, "free text", _free_text), (4, "measured", _measured), (5, "idiom", _idiom),
)
_TYPOS = {"highlight": "higlight", "Highlight": "Hilight", "greater": "grater", "values": "vaules",
          "between": "betwen", "contain": "contian", "duplicates": "duplicats", "than": "then",
          "cells": "cels", "less": "lesss", "color": "colr", "blank": "blnk", "average": "avarage",
          "format": "formt", "empty": "emtpy", "which": "wich"}


_SHORT = {"average": "avg", "week": "wk", "month": "mth", "quantity": "qty", "number": "no.",
          "percent": "pct", "and": "&", "greater": "grtr", "minimum": "min"}


def _slip(rng: random.Random, word: str) -> str:
    """One slip of the fingers in `word`: two letters swapped, one dropped, one doubled."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _noise(rng: random.Random, text: str, literal_words: set[str]) -> str:
    """A misspelt, slipped or shortened frame word (never a literal), odd capitalisation, a
    trailing range or sheet."""
    words = text.split(" ")
    frame = [i for i, w in enumerate(words) if w not in literal_words]
    r = rng.random()
    if r < 0.08:
        spots = [i for i in frame if words[i] in _TYPOS]
        if spots:
            i = _pick(rng, spots)
            words[i] = _TYPOS[words[i]]
    elif r < 0.2:
        spots = [i for i in frame if len(words[i]) >= 4 and words[i].isalpha()]
        if spots:
            i = _pick(rng, spots)
            words[i] = _slip(rng, words[i])
    elif r < 0.25:
        spots = [i for i in frame if words[i] in _SHORT]
        if spots:
            i = _pick(rng, spots)
            words[i] = _SHORT[words[i]]
    text = " ".join(words)
    r = rng.random()
    if r < 0.3:
        text = text[:1].upper() + text[1:]
    elif r < 0.34 and not literal_words:
        text = text.upper()
    elif r < 0.38 and not literal_words:
        text = text.lower()
    if rng.random() < 0.22:
        text += _pick(rng, _SUFFIXES)
    return text


def _literal_words(rule: Rule) -> set[str]:
    if isinstance(rule, Text):
        return set(rule.text.split())
    if isinstance(rule, (And, Or)):
        return set().union(*(_literal_words(r) for r in rule.rules))
    if isinstance(rule, Not):
        return _literal_words(rule.rule)
    return set()


FRAMED = 0.3  # share of requests said inside a frame (`_frame`)


def generate(n: int, seed: int = 0) -> list[Pair]:
    """`n` pairs, the same for the same `seed`."""
    rng = random.Random(seed)
    weights = [w for w, _, _ in _FAMILIES]
    out = []
    for _ in range(n):
        _, family, maker = rng.choices(_FAMILIES, weights)[0]
        predicate, rule, columns, form = maker(rng)
        text = _sentence(rng, predicate, columns, form)
        if rng.random() < FRAMED:
            text = _frame(rng, text, columns)
        out.append(Pair(_noise(rng, text, _literal_words(rule)), rule, family))
    return out


def records(n: int, seed: int = 0) -> list[dict]:
    """The pairs as benchmark records (`ID`, `NL Utterance`, `Code`; no table data)."""
    return [{"ID": f"synth-{seed}-{i}", "NL Utterance": p.request, "Code": p.code}
            for i, p in enumerate(generate(n, seed))]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="write synthetic CF pairs as a benchmark file")
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"train": records(args.n, args.seed)}, ensure_ascii=False,
                                   indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
