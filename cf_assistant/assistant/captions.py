"""A request pasted from a recorded call's captions (SRT or WebVTT), read as the words said.

Some users paste the caption lines of a meeting recording: "14\\n00:17:23,147 --> 00:17:25,397\\n-
can you highlight the Lap Time (s) values over 300?", "WEBVTT\\n\\n10:43.887 --> 10:46.137\\n<v
Yuki>and then we mark every Yield (kg) at least 90", a sentence split over two cues ("48\\n00:20:36
.750 --> ...\\nin LeekShows, can we highlight the full rows\\n\\n49\\n... --> ...\\nfor tomorrow's
entries?"). The cue numbers and time codes were read as the rule's figures ("14", "00:17:23,147"
-> Top(14), Between(17, 23)). `uncaptioned` keeps only the spoken words, one cue after another on
one line: the "WEBVTT" header, cue numbers, time-code lines, voice tags ("<v Yuki>"), styling tags
("<i>") and a line's leading dash go, and so does a speaker's name ("Raj: ") before a line of four
words or more ("Owner: blank" stays). A text with no time-code line ("00:01:02,500 --> 00:01:05,000") is left as it
is.

The form was seen on the thirty-first sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?"
_TIMING = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}\b.*$")
_HEADER = re.compile(r"^\s*WEBVTT\b.*$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>")
_LEAD = re.compile(r"^\s*(?:[-–—]\s+|>>\s*)")
_SPEAKER = re.compile(r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|SPEAKER\s*\d+|Speaker\s*\d+):\s+(?=(?:\S+\s+){3}\S)")


def uncaptioned(text: str) -> str:
    """`text`'s spoken words when it is pasted caption cues (see the module's docstring)."""
    lines = text.splitlines()
    if not any(_TIMING.match(line) for line in lines):
        return text
    said: list[str] = []
    for n, line in enumerate(lines):
        if _TIMING.match(line) or _HEADER.match(line):
            continue
        if _CUE_NUMBER.match(line) and n + 1 < len(lines) and _TIMING.match(lines[n + 1]):
            continue
        words = _SPEAKER.sub("", _LEAD.sub("", _TAG.sub("", line))).strip()
        if words:
            said.append(words)
    return " ".join(said) if said else text
