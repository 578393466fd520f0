"""A request said as a sports commentator's play-by-play, said as the request.

Some users ask in a commentator's voice: "It's the final minute, Feather on the big screen, anything
containing "goose"... and she lights it up, folks!", "Down the Portions column she goes, every cell
other than 25, and she paints it! What a play!", "Here comes the Mud column, and every value under
the average - he paints it! Magnificent!", "Unbelievable scenes here! Root Length, above 20, and the
keeper colours it in!", and on a table "He's scanning Notes in Tanks... whenever it is blank, the
WHOLE ROW lights up!", "Down the Runs sheet they go... Laps is not equal to 15? Entire row
highlighted!". The cheers and the play were read as texts and tests ("goose..." as the text, "lights
it up" as nothing asked). `uncommentated` takes the cheers away ("What a play!", "Magnificent!",
"folks", "BANG"), says the play as where it is ("Down the X column she goes" -> "in the X column",
"He's scanning X in S" -> "in X in S"), the scoring as the ask ("and she lights it up", "-- lit up!"
go; "the WHOLE ROW lights up" -> "whole row"; "? Entire row highlighted" -> ", entire row") and asks
to highlight (to add a colour scale, data bars or icons it names first). A text without such a
commentator's words is left as it is.

The form was seen on the thirty-second sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

from cf_assistant.assistant.traces import VISUALS

_I = re.IGNORECASE
_ACT = r"(?:lights?|paints?|highlights?|colou?rs?|shades?|marks?|fills?|flags?|nails?)"
_CUE = re.compile(rf"\b(?:(?:she|he|they|the\s+keeper)\s+{_ACT}\s+(?:it|them)(?:\s+(?:up|in))?\s*[!,]|lit\s+up|"
                  r"lights\s+up|what\s+a\s+(?:play|finish|goal|save|shot)|magnificent|unbelievable|big\s+screen|folks|"
                  r"bang|crowd['’]s\s+on\s+"
                  r"its\s+feet|here['’]s\s+the\s+play|going\s+for\s+it|all\s+highlighted)(?!\w)", _I)
_PLAY = tuple((re.compile(p, _I), said) for p, said in (
    (r"\s*(?:\.{3}|…)\s*", ", "),
    (rf"[,\s-]*\band\s+(?:she|he|they|the\s+\w+)\s+{_ACT}\s+(?:it|them)(?:\s+(?:up|in))?\b", ""),
    (rf"[,\s-]+(?:she|he|they)\s+{_ACT}\s+(?:it|them)(?:\s+(?:up|in))?\b", ""),
    (r"\s*-+\s*lit\s+up\b", ""), (r",?\s*\bbang\b,?\s*highlighted\b", ""),
    (r",?\s*the\s+(?P<scope>whole|entire|full)\s+rows?\s+lights?\s+up\b", lambda m: f", {m['scope'].lower()} row"),
    (r"\?\s*(?P<scope>whole|entire|full)\s+rows?\s+(?:highlighted|lit\s+up|lights\s+up)\b",
     lambda m: f", {m['scope'].lower()} row"),
    (r",\s*all\s+highlighted\b", ""), (r",?\s*and\s+it\s+lands\b", ""),
    (r"\b(?:what\s+a\s+(?:play|finish|goal|save|shot|game|catch|moment)|magnificent|beautiful|unbelievable(?:\s+scenes"
     r"(?:\s+here)?)?|incredible|amazing|sensational)\s*!+", ""),
    (r",?\s*\bfolks\b", ""), (r"\bevery\s+number\s+gets\s+one\b!?", ""),
    (r"\bit['’]?s\s+the\s+(?:final|last|opening|first)\s+(?:minute|seconds?|lap|quarter|over|round|whistle)\s*,\s*"
     r"(?P<x>[^,]+?)\s+on\s+the\s+big\s+screen\b", r"in \g<x>"),
    (r"\b(?:and\s+)?(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:looking\s+at|scanning|working\s+down|running\s+"
     r"down|checking|going\s+down)\s+", "in "),
    (r"\bdown\s+the\s+(?P<x>.+?)\s+(?P<kind>column|sheet)\s+(?:she|he|they|we)\s+go(?:es)?\b",
     r"in the \g<x> \g<kind>"),
    (r"\band\s+here\s+we\s+go\s*,\s*", ""), (r"\bhere\s+comes?\s+", ""), (r"\bhere['’]s\s+the\s+play\s*:\s*", ""),
    (r"\bthe\s+crowd['’]s\s+on\s+its\s+feet\s*,\s*", ""),
    (r"\band\s+(?:they|he|she)['’](?:re|s)\s+going\s+for(?:\s+it\s*,?)?\s*", ""),
    (r",\s*and\s+(?=every|any|each)", ", "),
))
_FORMATS = re.compile(rf"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}{VISUALS}\b", _I)
_ASKS = re.compile(r"^(?:h\w{0,3}light|shade|mark|fill|flag|colou?r|paint|put|add|give|apply)\b", _I)


def uncommentated(text: str) -> str:
    """`text` said as the request when it is a commentator's play-by-play (the module's docstring)."""
    if not _CUE.search(text):
        return text
    said = text
    for pattern, plain in _PLAY:
        said = pattern.sub(plain, said)
    said = re.sub(r"\s*,(?:\s*,)+", ",", re.sub(r"\s{2,}", " ", said))
    said = re.sub(r"\s+([,.!?])", r"\1", said).strip(" ,.!-")
    if not said:
        return text
    if _ASKS.match(said):
        return said
    said = re.sub(r"^(In|The|Every|Any|Each|A|An)\b", lambda m: m.group(1).lower(), said)
    return f"{'add' if _FORMATS.match(said) else 'highlight'} {said}"
