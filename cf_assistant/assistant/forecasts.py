"""A request said inside a weather forecast or report, without the weather.

Some users wrap the request in the weather: "Weather desk update: highs of 15 degrees, winds 38
km/h, and in the sheet, colour each X entry equal to 35", "Pressure 1015 hPa and falling, a 53%
chance of hail; batten down and shade every X value of exactly twelve", "Expect a yellow front over
every X value more than 21 -- 32C and dry, winds 23 mph", "Evening bulletin, Thursday 16 Aug: 24C
and clear skies. One more item: ...", and on a table "Weather report for T: when H is ..., a warm
front colours the cell alone. Humidity 64%, wind 47 km/h." The temperatures, percentages, winds and
pressures were read as the rule's figures (Equals(1015), Between(9, 28)) and the dates as date
tests. `unforecast` drops every clause that speaks of the weather and asks nothing (no cell, column,
row, value or verb of formatting in it), the clauses that only date the bulletin ("Thursday 16
Aug"), and the links between weather and sheet ("meanwhile", "over in the spreadsheet", "One more
item:", "batten down and"), and says a front over or colouring cells as highlighting. A text with no
weather figure (a temperature, a percentage chance, a wind speed, a pressure) and no weather word is
left as it is.

The forms were seen on the thirty-fourth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FIGURE = (r"\b\d+(?:\.\d+)?\s*(?:°\s*[CF]?|[CF]\b|degrees\b|km/h\b|kph\b|mph\b|knots\b|kts\b|hpa\b|mb\b|"
           r"mm\s+of\s+rain\b)|"
           r"\b\d+(?:\.\d+)?\s*%\s+(?:chance|humidity|cloud|rain|showers?)\b|\b(?:humidity|uv\s+index)\s+\d+")
_WORDS = (r"forecast|outlook|weather|storm|bulletin|met\s+office|morning\s+report|evening\s+report|humidity|gusts?|"
          r"winds?|rain|showers?|hail|cloud(?:s|y)?|fog|sunny|spells|uv\s+index|pollen|swell|pressure|skies|drizzle|"
          r"snow|sleet|thunder\w*|highs?\s+of|lows?\s+of|degrees|frost|heatwave|front")
# a weather figure's kind: a temperature, a chance or cover, a wind, a pressure, a rainfall
_KINDS = tuple(re.compile(p, _I) for p in (
    r"\b\d+(?:\.\d+)?\s*(?:°\s*[CF]?|[CF]\b|degrees\b)",
    r"\b\d+(?:\.\d+)?\s*%\s+(?:chance|humidity|cloud|rain|showers?)\b|"
    r"\b(?:humidity|uv\s+index)\s+\d+", r"\b\d+(?:\.\d+)?\s*(?:km/h|kph|mph|knots|kts)\b", r"\b\d+\s*(?:hpa|mb)\b",
    r"\b\d+\s*mm\s+of\s+rain\b"))
# a forecast's own words at the start of a sentence ("Outlook for Sunday:", "Storm watch until 5 pm")
_FRAME = re.compile(r"(?:^|[.!?]\s+)(?:(?:weather|evening|morning|coastal)\s+(?:desk|report|update|bulletin|forecast)|"
                    r"forecast|outlook|storm\s+watch|met\s+office|sunny\s+spells|uv\s+index|pressure\s+\d+)\b|"
                    r"\bthat['’]s\s+the\s+forecast\b", _I)
_WEATHER = re.compile(rf"{_FIGURE}|\b(?:{_WORDS})\b|\b(?:dry|clear|mild|warm|cool|breezy|by\s+noon|at\s+dawn|"
                      r"on\s+the\s+coast)\b", _I)
# a clause that asks something: a verb of formatting or the cells it is about
_ASKS = re.compile(r"\b(?:h\w{0,3}l\w{0,2}ght\w*|colou?r\w*|shade\w*|shd\w*|mark\w*|mrak|flag\w*|falg|tint\w*|paint\w*|"
                   r"piant|bold\w*|fill\w*|apply|add|put|show|make|give|cells?|columns?|rows?|entr(?:y|ies)|values?|"
                   r"every|each|any|anything|all|whenever|when|where|if|icons?|bars?|scale)\b", _I)
_DATED = re.compile(rf"^(?:{_DAY}\s*)?(?:\(?\d{{1,2}}\s+{_MONTH}\)?|{_MONTH}\s+\d{{1,2}}|{_DAY})$", _I)
_LINKS = re.compile(r"^(?:(?:and\s+)?(?:in|on|over\s+in)\s+the\s+(?:spread)?sheet|meanwhile|sheet\s+advisory|"
                    r"one\s+more\s+"
                    r"item|also|please|that['’]s\s+the\s+forecast)$", _I)
_SEPARATOR = re.compile(r"(?<=[.;!?])\s+|\s+(?:--|—|–)\s+|:\s+|,\s+|;\s*")
_SAID = tuple((re.compile(p, _I), said) for p, said in (
    (r"^(?:and\s+)?(?:expect\s+)?an?\s+(?:[\w-]+\s+)?front\s+(?:over|across|on)\s+", "highlight "),
    (r"^(?:and\s+)?an?\s+(?:[\w-]+\s+)?front\s+(?P<verb>colou?r|shade|mark|paint|tint|highlight)s\b", r"\g<verb>"),
    (r"^(?:and\s+)?(?:expect\s+)?(?:highlighting|shading|colou?ring)\s+(?:on|over|for)\s+", "highlight "),
    (r"^bright\s+(?:yellow|red|green|blue|orange|pink)\s+for\s+", "highlight "),
    (r"^(?:and\s+)?batten\s+down\s+and\s+", ""), (r"^(?:also|meanwhile|and)\s*,?\s+", ""),
    (r"^(?:over\s+in|in|on)\s+the\s+(?:spread)?sheet\s*,?\s*", ""), (r"^one\s+more\s+item\s*:\s*", ""),
    (r"^(?P<verb>shade|colou?r|paint|tint)\s+in\s+", r"\g<verb> "), (r",?\s*please\s*[.!]?$", ""),
    (r"^(?P<sheet>\w+)\s+(?:region|sheet)$", r"in \g<sheet>"),
))


def unforecast(text: str) -> str:
    """`text` without the weather it is said in (the module's docstring)."""
    kinds = sum(bool(kind.search(text)) for kind in _KINDS)
    if not (kinds >= 2 or (kinds and _FRAME.search(text))):
        return text
    kept = []
    for clause in _clauses(text):
        bare = clause.strip(" .!?,;:")
        weather_only = _WEATHER.search(bare) and not _ASKS.search(bare)
        if not bare or _DATED.match(bare.strip("()")) or _LINKS.match(bare) or weather_only:
            continue
        for pattern, said in _SAID:
            bare = pattern.sub(said, bare)
        if bare.strip():
            kept.append(bare.strip())
    said = ", ".join(kept)
    return f"{said}." if said else text


def _clauses(text: str) -> list[str]:
    """`text` cut at sentence ends, dashes, colons, commas and semicolons (a decimal point stays)."""
    return [part for part in _SEPARATOR.split(text) if part is not None]
