"""A request pasted inside a calendar entry, a meeting invite, a receipt or an invoice, read alone.

Some users paste the note a request came in, with the entry's or the order's own figures around
it: "Mon 11:00-11:50, Room 3A\\nAgenda: paint Minutes between 30 and 90", "Invitation: ...\\nWhen:
Thu 6 Apr, 09:00 (25 min)\\nWhere: Room 2A\\nNotes: highlight the Day values dated this week",
"BEGIN:VEVENT\\nSUMMARY:...\\nDTSTART:Mon 17:15\\nDESCRIPTION:highlight every Hours cell in the
bottom 3\\nEND:VEVENT", "Order #43711\\n9 x sample box $13.50\\nSubtotal $243.00\\nNote to staff:
fill Sales cells among the two lowest", "INVOICE INV-70298 ... P.S. shade every Count cell over
8". The times, rooms, order numbers and totals were read as the rule's figures ("Order #43711"
-> Bottom(43711), "11:00-11:50" -> Between(11, 0)). `unenveloped` keeps the request after the
note's label (Agenda, Notes, Action item, Before then, Note to staff, Staff note, Special
instructions, Internal memo, Comments, Description, P.S. ...) when what comes before the label
carries such an entry's or an order's marks (a time, an amount, a room, an order or invoice
number, "When:", "BEGIN:VEVENT" ...) and the request asks for a format ("highlight", "shade",
"add data bars", "in Jobs, ..."). A text without such a label after such marks is left as it is.

The form was seen on the thirty-second sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_LABEL = (r"(?:agenda(?:\s+item)?|notes?|action\s+items?|before\s+then|note\s+to\s+(?:staff|self|team|kitchen)|"
          r"staff\s+notes?|special\s+instructions?|internal\s+(?:memo|note)|comments?|description|memo|"
          r"p\.?\s?s|reminder|to\s*-?\s*do|remarks?|instructions?|next\s+steps?|follow[\s-]?up|tasks?|"
          r"message|details|request)")
_NOTE = re.compile(rf"(?:^|\n|(?<=[.!?])\s+|\s[-–—|]\s)\s*{_LABEL}\s*(?::|\.(?=\s)|\s[-–—])\s*(?P<ask>[^\n]+)", _I)
_MARKS = re.compile(r"\d{1,2}[:.]\d{2}\b|[$£€¥]\s?\d|\b\d+[.,]\d{2}\b|\broom\s+\w+|\b(?:order|invoice|receipt|"
                    r"inv|subtotal|total|amount\s+due|tax|shipping|qty|items?|invitation|sync|"
                    r"begin:vevent)\b|\b(?:when|where|dtstart|location|summary|attendees|organi[sz]er)\s*:|#\d+", _I)
_ASKS = re.compile(r"^(?:please\s+)?(?:(?:h\w{0,3}light|mark|shade|shdae|fill|flag|colou?r|colur|paint|put|add|give|"
                   r"apply|make|format|show|tint|grey|gray|bold)\b|(?:in|on)\s+(?:sheet\s+)?\w+\s*,)", _I)


def unenveloped(text: str) -> str:
    """The request inside the calendar entry or the receipt `text` (see the module's docstring)."""
    for m in _NOTE.finditer(text):
        ask = m["ask"].strip()
        if _ASKS.match(ask) and _MARKS.search(text[:m.start("ask")]):
            return ask
    return text
