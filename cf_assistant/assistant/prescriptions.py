"""A request written as a prescription or a pharmacy label, without the prescription.

Some users write the request the way a prescription reads: "Rx #73543 Sig: tint any X cell
different from 103. Refills: 1.", "Dr. Ferreira writes: take 2 tablets twice daily for 7 days,
and flag any X cell finishing with "Oat". Dispense as written.", "Dispense as written: Shade all X
values above average. Omeprazole 575 mg, Qty: 56, Refills: 6.", and on a table "Rx #60851 | J.
Lindgren | Sig: in T, highlight every row ... Refills: 3". The Rx numbers, doses, quantities,
refills, days and hours were read as the rule's figures (Between(73543, 103), TopPercent(34034)).
`unprescribed` takes away the prescription's parts (the Rx number and its patient, "Sig:", the
dosing "take 2 tablets twice daily for 7 days", a drug and its strength, "Qty", "Refills",
"Dispense as written", the doctor's and the patient's names, "Note from the pharmacist:", "Also
on the script:") and keeps the clauses that ask (`framed.kept_asks`). A text without an Rx
number, "Sig:", refills, a dose to take or "Dispense as written" is left as it is.

The forms were seen on the thirty-fifth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.framed import kept_asks, without_parts

_I = re.IGNORECASE
_CUE = re.compile(r"\bRx\s*#?\s*\d+|\bsig\s*:|\brefills?\s*:?\s*\d|\bno\s+refills\b|\bdispense\s+as\s+written\b|"
                  r"\bpharmacy\s+label\b|\bnote\s+from\s+the\s+pharmacist\b|\btake\s+\d+\s+(?:tablets?|capsules?|ml|"
                  r"drops?)\b", _I)
_DOSE = (r"(?:take\s+)?\d+(?:\.\d+)?\s*(?:tablets?|capsules?|ml|mg|drops?|puffs?)(?:\s*\(\s*\d+\s*mg\s*\))?"
         r"(?:\s+(?:(?:once|twice|three\s+times|four\s+times)\s+(?:a\s+day|daily)|every\s+\d+\s+hours|at\s+night|"
         r"daily|in\s+the\s+morning|with\s+food))*(?:\s+for\s+\d+\s+days)?")
_PARTS = tuple((re.compile(p, _I), " ") for p in (
    r"\bRx\s*#?\s*\d+(?:\s+for\s+[A-Z]\.\s*[A-Z][\w'-]+)?", r"\bpatient\s*:\s*[A-Z]\.\s*[A-Z][\w'-]+",
    r"\bDr\.?\s+[A-Z][\w'-]+(?:\s+writes)?\s*:?", r"\bsig\s*:", r"\bqty\s*:?\s*\d+(?:\s*ml)?",
    r"\brefills?\s*:?\s*\d+", r"\bno\s+refills\b", r"\bdispense\s+as\s+written\b\s*:?", r"\bpharmacy\s+label\b",
    r"\balso\s+on\s+the\s+script\s*:", r"\bnote\s+from\s+the\s+pharmacist\s*:",
    r"\b[A-Z][a-z]{3,}\s+\d+(?:\.\d+)?\s*mg(?:\s*/\s*\d+\s*ml)?(?:\s+(?:oral\s+solution|tablets?|capsules?|syrup))?",
    rf"\b{_DOSE}\b(?:\s*,?\s*and\b)?", r"\b(?:prescribed\s+by|prescription\s+for)\b",
    r"(?:\bfor\s+)?\b[A-Z]\.\s*[A-Z][a-z][\w'-]+", r",?\s*\b(?:then\s+)?at\s+bedtime\b", r"\btake\s+with\s+food\b",
    r",?\s*\bno\s+substitutions\b", r",?\s*\bevery\s+\d+\s+hours\b", r"\(\s*\)",
)) + ((re.compile(r"\|"), ","),)
_FRAME = re.compile(r"\b(?:rx|sig|refills?|qty|tablets?|capsules?|mg|ml|dispense|pharmacy|pharmacist|patient|dr|"
                    r"daily|hours|script)\b|^(?:[A-Z]\.\s*)?[A-Z][\w'-]+$|^\d", _I)
_SAID = tuple((re.compile(p, _I), said) for p, said in (
    (r"^(?:and|also)\s+", ""), (r",?\s*please$", ""),
))


def unprescribed(text: str) -> str:
    """`text` without the prescription it is written as (the module's docstring)."""
    if not _CUE.search(text):
        return text
    said = re.sub(r"^[\s,.;:\-—]+", "", without_parts(text, _PARTS))
    return kept_asks(said, _FRAME, _SAID)
