"""A request said as a video game's quest or mission, without the game's numbers.

Some users write the request as a quest log: "Quest 63 (Lv 23): the X rows beginning with "Manis"
-- highlight them. Reward: 721 XP.", "[Side quest #304] Objective: ... Recommended level 49.", "New
mission unlocked! ... should be highlighted to earn 95 gold and 614 XP.", "Main quest 49, Lv 41
zone: hunt down every X value at 11 or above and tag them. +384 XP.", "Raid prep (7 players, item
level 175): paint ... before the boss at wave 16.", "The guild master (Lv 24) says: 'Shade any X
cell above average.' Reward: 159 silver.", and on a table "Main story, chapter 47: T awaits. Mark
... to earn 43 XP.". The quest, level, step, chapter, wave and player numbers and the rewards were
read as the rule's figures (Top(998), Between(42, 1596)). `unquested` takes away the game's
numbered labels with their words (quest, mission, chapter, entry, objective, achievement, bounty,
step, level, wave, raid, rewards in XP, gold and silver), the quest-giver's frame ("the innkeeper
asks you to", "the guild master says: '...'") and "hunt down ... and tag them" (said as marking),
and keeps the sheet a quest sends one to ("journey to T and colour" -> "in T, colour"; "T awaits."
-> "in T,"). A text without a game's reward or quest label is left as it is.

The forms were seen on the thirty-fourth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_LOOT = r"(?:xp|exp|gold|silver|coins?|gems?)"
_CUE = re.compile(rf"\b\d[\d,]*\s*{_LOOT}\b|\b(?:side\s+|main\s+|daily\s+)?quest(?:\s+log|line)?\b|"
                  r"\bmission\s+unlocked\b|"
                  r"\bbounty\b|\bguild\s+master\b|\braid\s+prep\b|\bachievement\s+\d+|\blv\.?\s*\d+", _I)
_NUM = r"#?\s*\d[\d,]*"
_FRAMES = tuple((re.compile(p, _I), said) for p, said in (
    # rewards and requirements, wherever they stand
    (rf"\s*\(\s*\+?\d[\d,]*\s*{_LOOT}(?:\s*(?:,|and)\s*(?:level\s+\d+\+?|\d[\d,]*\s*{_LOOT}))*\s*\)", ""),
    (rf"[,.;]?\s*(?:reward|bonus|completion\s+bonus|pays|prize)\s*:?\s*(?:of\s+)?\d[\d,]*\s*{_LOOT}"
     rf"(?:\s*(?:,|and)\s*\d[\d,]*\s*{_LOOT})*(?:\s+and\s+a\s+rare\s+\w+)?"
     r"(?:\s+if\s+done\s+before\s+level\s+\d+)?\s*[.!]?", "."),
    (rf"\s+to\s+earn\s+\d[\d,]*\s*{_LOOT}(?:\s*(?:,|and)\s*\d[\d,]*\s*{_LOOT})*", ""),
    (rf"[,.;]?\s*(?:complete\s+for|worth|earn(?:s|ing)?)\s+\d[\d,]*\s*{_LOOT}(?:\s*(?:,|and)\s*\d[\d,]*\s*{_LOOT})*"
     r"(?:\s+and\s+a\s+rare\s+\w+)?\s*[.!]?", "."),
    (rf"[,.;]?\s*\+\d[\d,]*\s*{_LOOT}(?:\s*(?:,|and)\s*\d[\d,]*\s*{_LOOT})*\s*[.!]?", "."),
    (r"[,.;]?\s*(?:recommended\s+level|level)\s+\d+\+?(?:\s*,\s*reward\s+\d[\d,]*\s*(?:xp|gold|silver))?"
     r"\s*[.!]?(?=\s|$)",
     "."),
    (r"\s+before\s+the\s+boss(?:\s+at\s+wave\s+\d+)?", ""),
    # the quest's labels before the request
    (r"\[\s*(?:side\s+|main\s+|daily\s+)?(?:quest|mission)\s*" + _NUM + r"\s*\]\s*(?:objective\s*:\s*)?", ""),
    (r"\[\s*lv\.?\s*\d+\s*\]\s*(?P<sheet>\w+)\s+trials\s*:\s*", r"In \g<sheet>, "),
    (r"\[\s*lv\.?\s*\d+\s*\]\s*", ""), (r"\s*\(\s*lv\.?\s*\d+\s*\)", ""),
    (r"^(?:side\s+|main\s+|daily\s+)?(?:quest|mission|bounty)\s*" + _NUM + r"(?:\s*\(\s*lv\.?\s*\d+\s*\))?"
     r"(?:\s*,\s*lv\.?\s*\d+\s+zone)?\s*(?::|--|—)\s*", ""),
    (r"^new\s+mission\s+unlocked\s*!*\s*", ""), (r"^quest\s+log\s*,\s*entry\s+\d+\s*:\s*", ""),
    (r"^step\s+\d+\s+of\s+\d+\s+in\s+the\s+questline\s*:\s*", ""),
    (r"^achievement\s+\d+\s+unlocked(?:\s+at\s+\d[\d,]*\s*xp)?\s*(?:--|—|[,:.])?\s*(?:next\s+objective\s*:\s*)?", ""),
    (r"^chapter\s+\d+\s*,\s*mission\s+\d+\s*:\s*", ""),
    (r"^main\s+story\s*,\s*chapter\s+\d+\s*:\s*(?P<sheet>\w+)\s+awaits\s*[.!]\s*", r"In \g<sheet>, "),
    (r"^bounty\s+board\s*(?:\d+|,\s*(?P<sheet>\w+)\s*(?:\(\s*\d[\d,]*\s*(?:gold|silver|xp)\s*\))?)\s*:\s*",
     lambda m: f"In {m['sheet']}, " if m["sheet"] else ""),
    (r"^daily\s+bounty\s+\d+\s*:\s*", ""), (r"^objective\s+\d+\s*:\s*", ""),
    (r"^raid\s+prep\s*\(\s*\d+\s+players?\s*,\s*item\s+level\s+\d+\s*\)\s*:\s*", ""),
    # the quest-giver
    (r"\bthe\s+(?:guild\s+master|innkeeper|quest\s*giver|elder|captain)(?:\s+of\s+(?P<sheet>\w+))?"
     r"(?:\s*\(\s*lv\.?\s*\d+\s*\))?\s+(?:says|asks\s+you\s+to|wants\s+you\s+to)\s*:?\s*"
     r"(?:['‘](?P<ask>[^'’]*?(?:['’]\w[^'’]*?)*)[.!]?['’](?=\s*(?:[.,;]|$)))?",
     lambda m: (f"in {m['sheet']}, " if m["sheet"] else "") + (m["ask"] or "")),
    (r"\bjourney\s+to\s+(?P<sheet>\w+)\s+and\s+", r"in \g<sheet>, "),
    (r"\bhunt\s+down\s+(?P<what>.+?)\s+and\s+tag\s+(?:them|it)\b", r"mark \g<what>"),
))


def unquested(text: str) -> str:
    """`text` without the quest it is said in (the module's docstring)."""
    if not _CUE.search(text):
        return text
    said = text
    for pattern, plain in _FRAMES:
        said = pattern.sub(plain, said)
    said = re.sub(r"\s*\.(?:\s*\.)+", ".", re.sub(r"\s{2,}", " ", said)).strip(" ,;")
    return said if re.search(r"\w", said) else text
