"""What a header says about its column when the column has no cells to read.

A table selected before its data is typed (a template; a third of the benchmark's held-out CF
records are a header row with no data rows) gives the column choice (`assistant.tables`) no
types to go on: every column is "empty", so a date rule could land on "Task" as well as on "Due
Date". `header_kind` guesses the kind from the header's words, the way a reader of the sheet
would: a unit or currency sign, or a word for a quantity ("Amount", "Qty", "Beds") makes a number
column; a word for a moment ("Due", "Shipped", "Last Visit", "Listed On") a date column; a word
for an identifier ("Order #", "Emp No", "ID") says nothing; anything else is taken for text.

`header_meanings` gives the request words that name a short or technical header by its meaning
("arriving" for ETA, "mileage" for Odometer, "cheapest" for Price), cells or not.

The guess is weaker than cells: `tables.ColumnChoice` penalises a rule whose kind the guess rules
out by `GUESS_MISMATCH`, a fraction of the penalty for real cells, so a column the request names
still wins. The word lists were written from how spreadsheets name their columns, then checked
on the headers of the project's table sets (`benchmarks/data/*_tables.json`, where the cells give
the true kind).
"""

from __future__ import annotations

import re

_UNIT = re.compile(
    r"[$€£¥%°]|\((?:h|hrs?|kg|km|m|cm|mm|g|l|ml|kwh|mi|lbs?|min|mins|s|secs?|days?|wks?|weeks?|"
    r"months?|yrs?|years?|°[cf]|usd|eur|gbp|k|m|bn|units?|pts|qty|µg/l|mg|mg/l)\)"
    r"|\((?!y/n\)|yes/no\))[^()\s]*/[^()\s]*\)", re.I)  # or a rate: "(t/ha)", "(mg/dL)"
_IDENTIFIER = frozenset("id no num ref code key sku isbn uuid".split())
_QUANTITY = frozenset(
    "amount price cost costs total sum subtotal qty quantity count number score points pts hours "
    "hrs minutes mins seconds age salary pay wage wages revenue sales profit loss budget actual "
    "balance rate percent percentage ratio weight height length width distance units stock rating "
    "clicks visits views goals nights size tax fee fees fine discount margin variance usage reading "
    "temperature temp seats days weeks months years year income spend spent value marks mark km "
    "miles kg lbs mileage odometer capacity population calories steps speed duration hits sold "
    "attendance conversions impressions reviews bonus commission credit debit deposit withdrawal "
    "average avg mean min max level played won lost drawn ph ctr gpa pos rank volume area vintage".split())
_MOMENT = frozenset(
    "date day dob birthday deadline due expiry expires expiration eta when since until created "
    "updated modified opened shipped delivered arrival arrived departure departed hired joined "
    "purchased issued collected started ended ends ending renewal renews received submitted posted "
    "listed booked scheduled launched checked dispatched returned timestamp check interview applied launch".split())
_SPAN = frozenset("days weeks months years hours minutes".split())  # "Days Overdue" counts days
# A unit written as a header word, not in parentheses: "Gas kWh", "Distance km", "Climb m"
_UNIT_WORDS = frozenset("kwh kw wh mwh kg km cm mm mph kph ml litres liters lbs oz mins hrs secs pts ft sqft "
                        "yd mi gsm".split())
_TEXT_PLURALS = frozenset("notes comments remarks tags details skills reasons status address "
                          "products items".split())


def header_kind(header: str) -> str:
    """"number", "date" or "text" as the header reads, or "empty" when it does not say (an
    identifier, no words)."""
    said = re.findall(r"[a-z]+", header.lower())
    if header.strip().endswith("#") or said and said[-1] in _IDENTIFIER:
        return "empty"
    if _UNIT.search(header):
        return "number"
    if not said:
        return "empty"
    if any(w in _SPAN for w in said) or len(said) > 1 and said[-1] in _UNIT_WORDS | {"m", "g"}:
        return "number"
    if said[0] in ("last", "next", "first") and not any(w in _QUANTITY for w in said[1:]) \
            or len(said) > 1 and said[-1] in ("on", "at", "end", "start") or any(w in _MOMENT for w in said):
        return "date"
    if any(w in _QUANTITY for w in said):
        return "number"
    last = said[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) \
            and last not in _TEXT_PLURALS:
        return "number"  # "Beds", "Renewals", "Late Arrivals": a count of things
    return "text"


# What a short or technical header word means, in the words a request uses for it ("arriving"
# names ETA, "mileage" Odometer, "click-through" CTR). Written from how spreadsheets abbreviate
# their headers; the keys are a header's lower-case words (or the whole header, "l/100km").
_MEANINGS = {
    "eta": "arrive arrives arriving arrival arrivals arrived",
    "etd": "depart departs departing departure departures sail sails sailing leave leaves leaving",
    "odometer": "mileage miles kilometres kilometers driven",
    "ctr": "click clicks clickthrough click-through",
    "quantity": "units",
    "hours": "long longest shortest length lengths",
    "hrs": "hours long longest shortest length lengths",
    "nights": "stay stays staying",
    "received": "came arrived arrival",
    "mrr": "recurring",
    "arr": "recurring",
    "csat": "satisfaction satisfied",
    "nps": "promoter promoters detractor detractors",
    "sq": "area footage square",
    "reg": "registration plate plates",
    "appt": "appointment appointments",
    "dept": "department departments",
    "emp": "employee employees",
    "exp": "experience experienced",
    "temp": "temperature temperatures",
    "bp": "pressure",
    "sbp": "blood pressure systolic", "dbp": "blood pressure diastolic",
    "avg": "average",
    "pt": "personal",
    "kwh": "energy generation electricity",
    "l/100km": "fuel consumption economy",
    "mpg": "fuel consumption economy",
    "sla": "service",
    "aov": "basket",
    "cpc": "click clicks",
    "comp": "compensation payout payouts",
    "practice": "practised practise practising practiced",
    "capacity": "full fullness occupancy occupied",
    "year": "newest oldest newer older",
    "pos": "position",
    "yrs": "years",
    "mins": "minutes",
    "min": "minimum minimums minima", "max": "maximum maximums maxima",
    "amt": "amount",
    "desc": "description",
    "addr": "address",
    "price": "expensive cheap cheaper cheapest pricey pricier priciest costly dearest",
    "cost": "expensive cheap cheaper cheapest pricey pricier priciest costly dearest",
    "fee": "expensive cheap cheaper cheapest pricey pricier priciest costly dearest",
    "charge": "expensive cheap cheaper cheapest pricey pricier priciest costly dearest",
    "sold": "selling sells sell sales best-selling bestselling",
    "runtime": "longest shortest long short lasting lasted",
    "duration": "longest shortest long short lasting lasted",
    "weight": "heaviest lightest heavy light",
    "dob": "oldest youngest birthday birthdays born birth",
    "abv": "strong stronger strongest strength alcohol weak weaker weakest",
    "arrears": "behind owe owes owing",
    "balance": "owe owes owing",
    # common headers and the everyday words for them (session 13)
    "customer": "buyer buyers purchaser purchasers shopper shoppers client clients",
    "client": "buyer buyers customer customers",
    "expires": "lapse lapses lapsing expire expiring expiry",
    "expiry": "lapse lapses lapsing expire expires expiring",
    "promised": "due back",
    "kg": "heavy heavier heaviest light lighter lightest weight",
    "stableford": "points",
    "brix": "sugar sweet sweetness",
    "pax": "passengers guests people covers",
    "hcp": "handicap handicaps",
    "dist": "distance far furthest farthest",
    "tech": "technician engineer",
    "lead": "led leads leader",
    "owner": "owns owned responsible",
    "salary": "pay paid earn earns earning earnings wage",
    "revenue": "takings turnover income",
    "attendance": "attended turnout",
    "rsvp": "reply replied replies attending",
    "qty": "quantity quantities units copies copy pieces",
    "lux": "bright brighter brightest brightness dim dimmer dimmest darker darkest sunlight",
    # (session 15, read on the tenth tables' dev half)
    "edd": "discharge discharges discharged discharging",
    "wt": "weight weights heavy heavier heaviest light lighter lightest",
    "quote": "expensive cheap cheaper cheapest pricey pricier priciest costly dearest",
    "word": "longest shortest long short length",
    "fuel": "petrol diesel electric hybrid hybrids lpg",
    # (session 16, read on the eleventh tables' dev half)
    "loa": "length long longer longest short shorter shortest",
    "litres": "volume volumes capacity",
    "est": "estimate estimated estimates longest shortest long short",
    "loan": "borrowed borrow borrowing borrows mortgage",
    "rest": "break breaks",
    # (session 19, read on the fifteenth tables' dev half)
    "full": "fuller fullest emptier emptiest empty fullness",
    "l": "litre litres liter liters",
    "deposit": "security bond",
}


def header_meanings(header: str) -> dict[str, frozenset]:
    """{a word of the header: the request words that mean it} for the header's short or
    technical words (`_MEANINGS`); the whole header for one such as "L/100km"."""
    low = header.strip().lower()
    out = {}
    for key in {low, *re.findall(r"[a-z]+", low)}:
        if key in _MEANINGS:
            out[key] = frozenset(_MEANINGS[key].split())
    if "°" in low:  # "Peak °C": a temperature
        out["°"] = _TEMPERATURE
    return out


_TEMPERATURE = frozenset("temperature temperatures temp temps hot hotter hottest warm warmer warmest cold "
                         "colder coldest cool cooler coolest degree degrees freezing".split())
