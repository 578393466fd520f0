"""A request posted as a numbered social-media thread, without the thread's numbers and chatter.

Some users ask in a thread: "1/5 ok sheet question, thread 🧵 2/5 colour every X value outside the
range 45 to 70 (356 likes)", "2/8 Make the X entries at 6 or below yellow. that's it, that's the
post (836 likes, 15 replies)", "🧵 5/11: spreadsheet favour -- can someone ...? (24 replies)", "3/8
so my boss wants me to bold ... 4/8 help (284 likes)", "(1/3) PSA for my team: ... #excel, 405
likes", "402 likes, 9 replies -- 1/5 ...", and on a table "1/3 thread on my T sheet 🧵 2/3 when H is
at most 11 3/3 I want the whole row coloured. 376 replies". The post numbers, likes, replies and
reposts were read as the rule's figures (NotBetween(4, 9), TopPercent(13)). `unthreaded` takes away
the post numbers ("1/5", "(2/2)", "🧵 5/11:"), the counts of likes, replies and reposts, the
hashtags and the chatter around the ask ("ok sheet question, thread", "that's it, that's the post",
"hot take:", "PSA for my team:", "update:", "asking for a friend", "ty in advance", "help", "pls
help", "so my boss wants me to", "can someone tell me how to", "spreadsheet favour -- can someone"),
keeps the sheet a post names ("thread on my T sheet", "conditional formatting tip for T", "T needs
this highlighted:", "T people,": "in T,") and joins the posts' parts with commas. A text without a
thread's counts of likes, replies or reposts, or without a thread's mark or post numbers, is left as
it is.

The forms were seen on the thirty-fourth sets' dev halves, never their test halves.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_COUNT = r"\d[\d,.]*[kK]?[ \t]*(?:likes?|replies|reply|reposts?|retweets?|rts)\b"
_POST = r"(?:🧵\s*)?\(?\b\d{1,2}\s*/\s*\d{1,2}\b\)?(?:\s*:)?"
_CUE = re.compile(rf"{_COUNT}|🧵|(?:❤️|❤|♥|💬|🔁)\s*\d|\breplying\s+to\s+myself\b|"
                  r"\bthread\b.*\b\d{1,2}/\d{1,2}\b|\b\d{1,2}/\d{1,2}\b.*\bthread\b", _I)
_CHATTER = tuple((re.compile(p, _I), said) for p, said in (
    (r"[(\[]?\s*(?:(?:❤️|❤|♥|🔥|💬|🔁|👍)\s*)?" + _COUNT + r"(?:\s*(?:,|and|·|\|)?\s*(?:(?:❤️|❤|♥|🔥|💬|🔁|👍)\s*)?"
     + _COUNT + r")*(?:\s+so\s+far)?\s*[)\]]?", " "),
    (r"(?:❤️|❤|♥|💬|🔁|👍)\s*\d[\d,]*", " "), (r"[🔥🧵·]", " "),
    (r"(?<!\S)#(?!(?:N/A|DIV|VALUE|REF|NAME|NUM|NULL|SPILL|CALC)\b)[A-Za-z]\w*(?![/!\w])", " "),
    (r"\bthat['’]s\s+it\s*,?\s*that['’]s\s+the\s+(?:post|thread|ask)\b", " "), (r"\bthat['’]s\s+it\b[.!]?", " "),
    (r"\b(?:ok(?:ay)?\s+)?(?:sheet|excel|spreadsheet)\s+question\s*,?\s*(?:thread)?\b", " "),
    (r"\bok(?:ay)?\s+here['’]s\s+the\s+ask\s*:?", " "), (r"\(?\bty\s+in\s+advance\b[^)]*\)?", " "),
    (r"\basking\s+for\s+a\s+friend\b", " "), (r"\b(?:pls|please)\s+help\b", " "),
    (r"\bhot\s+take\b\s*:?", " "), (r"\bpsa\s+for\s+(?:my|the)\s+team\b\s*:?", " "), (r"\bupdate\s*:", " "),
    (r"\bsmall\s+win\b\s*:?", " "), (r"\bok\s+so\b", " "), (r"\bsheet\s+thread\b", " "),
    (r"\(\s*replying\s+to\s+myself\s*\)", " "), (r"\bthread\s*:", " "),
    (r"\bso\s+my\s+boss\s+wants\s+me\s+to\s+", " "), (r"\bcan\s+someone\s+tell\s+me\s+how\s+to\s+", " "),
    (r"\bspreadsheet\s+favou?r\s*(?:--|—|:)?\s*(?:can\s+someone\s+)?", " "),
    (r"\bthread\s+on\s+my\s+(?P<sheet>\w+)\s+sheet\b", r" in \g<sheet>, "),
    (r"\b(?:conditional\s+formatting|cf|excel)\s+tip\s+for\s+(?P<sheet>\w+)\b", r" in \g<sheet>, "),
    (r"\b(?P<sheet>\w+)\s+needs\s+this\s+(?P<verb>highlight|mark|shade|colou?r)ed\s*:", r" in \g<sheet>, \g<verb> "),
    (r"^\s*(?P<sheet>[A-Z]\w+)\s+(?:people|folks|friends|team)\s*,", r" in \g<sheet>, "),
    (r"(?:^|(?<=[\s.?!]))help\s*[.!]*(?=\s|$)", " "), (r"\bthread\b(?=\s*(?:[,(]|$))", " "),
))
_POSTS = re.compile(rf"(?:^|(?<=\s)){_POST}(?=\s|$)", _I)


def unthreaded(text: str) -> str:
    """`text` without the thread it is posted in (the module's docstring)."""
    if not _CUE.search(text) or not (re.search(_COUNT, text, _I) or _POSTS.search(text)
                                     or re.search(r"(?:❤️|❤|♥|💬|🔁)\s*\d", text)):
        return text
    said = text
    for pattern, plain in _CHATTER:
        said = pattern.sub(plain, said)
    said = _POSTS.sub(" , ", said)
    said = re.sub(r"\(\s*\)|\[\s*\]", " ", said)
    said = re.sub(r"\s*(?:,\s*)+(?=[.?!]|$)", "", re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", said)))
    said = re.sub(r"([.?!:])\s*,", r"\1", re.sub(r",(?:\s*,)+", ",", said)).strip(" ,-—:")
    said = re.sub(r"\s*--\s*$", "", said)
    return said if re.search(r"\w", said) else text
