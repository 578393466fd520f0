"""A one-column request read from the words the user's cells hold: "defenders", "Vegan Dishes",
"taxi or uber", "for sale listings".

A user who selects a column of texts often names what to colour by a word of those texts and
nothing more. The request alone cannot say that "defenders" is a value rather than the column
(the model, which sees no cells, answers such requests with a colour scale or an empty text),
but the cells can: `named_words(request, texts)` finds the request's words, or runs of up to
three words, that are whole words of the column's texts (a plural, a capitalisation or a slip
of one letter still finds them: "LAPTOPS" for "laptop-07", "emial" for "Email newsletter") and
writes the rule that formats the cells holding them: `TextContains("defender")`, or
`TextEquals("Taxi")` where TextContains would also colour cells that hold the letters inside
another word ("paid" in "Unpaid") or deny the word ("Not closed"), or where the request says
"just", "exactly" or "plain"; words joined by "or" give `OR(...)`, two named words `AND(...)`
when a cell holds both, else `OR(...)` ("all the parties and anything yoga").
`quoted(request, texts)` writes the same words in quotes as the cells write them ('"vegan"
Dishes'), which the model reads in place of the request, as it reads a table's named cell texts;
`read` gives both at once.

It reads only requests that ask for nothing else: no number, no text the model has a slot for
(quoted, or bare after a cue such as "is" or "containing": `text_slots.mark`), no word of a
rule (`tables._RULE_CUES`: contains, not, top, blank, late ...; "with", "like" and "including"
say the cells hold the words, and "any"/"anything" ask for nothing) and no denial but one right
before the one run named ("designs with no rose" -> `TextNotContains("rose")`, "that arent
koi" -> `NOT(TextEquals("Koi"))`: `_denied`).
Computed, not learnt: the pipeline adds the rule to the model's samples, above them
(`pipeline._with_readings`), only when it has the cells (`--values`, `--csv`, the add-in).
`exact_cell` reads one whole cell asked for exactly beside a denial ("Pike only please, not the
jack pike": `TextEquals("Pike")`). `in_cells_spelling` writes a model's text literal that no cell
holds as the cells write it ("pandas" -> "panda", "junoir" -> "Junior", "Pro needs" -> "Pro"). `named_state` reads the one column's header instead: "returned books" over Returned On is
`NotBlanks()`, "unassigned laptops" over Assigned To `Blanks()`.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Sequence

from cf_assistant.assistant.demonyms import country_of
from cf_assistant.assistant.tables import _RULE_CUES, _STOP, header_words, stem

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_EXACT = frozenset("just only exact exactly plain plainly simply".split())
_JOINS = frozenset("or and".split())
# Words that ask for more than the cells holding a word, beside the rule words of the tables:
# denials typed without their apostrophe, and where in the text ("at the front").
_MORE = frozenset("""arent isnt dont doesnt didnt wasnt werent hasnt havent wont cant exclude
    excluding excludes ignore ignoring skip front prefix suffix prefixed suffixed except
    apart""".split())
_RUN = 3  # words in a named run at most ("for sale", "out of stock")
MAX_TEXTS = 1000  # distinct cell texts read (a free-text column may hold many more)


def _cell_words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text)]


def distinct(texts: Sequence[str]) -> tuple[str, ...]:
    """The column's distinct non-blank texts, first seen first, at most `MAX_TEXTS`."""
    return tuple(dict.fromkeys(t.strip() for t in texts if t.strip()))[:MAX_TEXTS]


@functools.lru_cache(maxsize=16)
def _runs(texts: tuple[str, ...]) -> frozenset[str]:
    """Every run of one to `_RUN` words of the texts, lower case, joined by one space."""
    out = set()
    for t in texts:
        ws = _cell_words(t)
        for n in range(1, _RUN + 1):
            out.update(" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1))
    return frozenset(out)


def _found(said: str, runs: set[str], single: set[str], countries: bool = True) -> str | None:
    """The run of the cells that `said` (a lower-case run of the request) names: itself, its
    singular, or for one word of five letters or more a one-letter slip of a cell word; with
    `countries`, a country's adjective for the country a cell names."""
    if said in runs:
        return said
    if countries and (country := country_of(said, runs)) is not None:  # "French" for France
        return country
    parts = said.split()
    if not parts:  # a literal of spaces only ('TextEquals(" ")'): no form of it to find
        return None
    singular = " ".join(parts[:-1] + [stem(parts[-1])])
    if singular in runs:
        return singular
    if len(parts) == 1 and len(said) >= 5 and said.isalpha():
        from cf_assistant.diffusion.spelling import slip_of

        slip = slip_of(said, {w for w in single if len(w) >= 5})
        if slip is None and stem(said) != said:
            slip = slip_of(stem(said), {w for w in single if len(w) >= 5})
        return slip
    return None


def _named(tokens: list[str], texts: Sequence[str], header: str) -> list[tuple[int, int, str]] | None:
    """(token index, tokens taken, cell run) for each run the request's lower-case `tokens` name,
    in order; None when the request asks for something else (a rule word outside the runs)."""
    runs = _runs(texts)
    single = {r for r in runs if " " not in r}
    heads = set(header_words(header))
    out, i = [], 0
    while i < len(tokens):
        if tokens[i] in ("pick", "point", "single") and tokens[i + 1:i + 2] == ["out"]:
            i += 2  # "pick out every route ...": the ask, not a word of the cells
            continue
        n = _named_at(tokens, i, runs, single, heads)
        if n:
            out.append((i, *n))
            i += n[0]
            continue
        rows_noun = bool(out) and out[-1][0] + out[-1][1] == i and out[-1][0] > 0 \
            and tokens[out[-1][0] - 1] in _EVERY and not _asks_more(tokens[i])  # "every cubesat pass"
        if tokens[i] not in _ANY | _HOLDING and not rows_noun and (
                _asks_more(tokens[i]) and stem(tokens[i]) not in heads
                or not _idle(tokens[i], heads)):  # ("Voice Part": no "part of")
            return None
        i += 1
    return out


# Words for "whichever" that ask for nothing more ("anything carrot", "any Patels?"); before a
# denial ("anything but carrot") the denial ends the reading all the same (`_denied` reads it).
_ANY = frozenset("any anything everything all".split())


# Words that name no value and ask for nothing: who or what the rows are, and how to find them.
_IDLE = frozenset("""anyone everyone everybody anybody people person one ones thing things item
    items entry entries record records line lines those these ones name names using use uses
    used via listed called named labelled labeled tagged just plain thats whats
    hey hi hello could can would you pick picked out love see want need i'd id we'd kindly
    involving involve involves featuring feature features about only exact match u ur pls plz lol lmao
    ngl em""".split())
_EVERY = frozenset("every each all the any".split())  # before a value, a singular after it is the rows' noun
# Containment said as a preposition or a verb: the cells holding the named words, as read
# ("every job with a socket", "routes like the coast road"; "containing" gets the model's slot).
_HOLDING = frozenset("with like including".split())


def _idle(word: str, heads: set[str]) -> bool:
    """Whether a word the cells do not hold leaves the reading as it is: a stop word, a word of
    the header, a word for the rows, or a plural noun ("claims", "campaigns"); an adjective or a
    verb ("broken totals", "failed samples") asks for something the named words do not say."""
    return word in _STOP or word in _IDLE or word in _JOINS or stem(word) in heads \
        or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")) \
        or len(word) >= 6 and any(len(h) >= 6 and h[:6] == word[:6] for h in heads)  # "allergic": Allergies


_LONG_CUES = frozenset(w for w in _RULE_CUES | _MORE if len(w) >= 5)


def _asks_more(word: str) -> bool:
    """A word of a rule or a denial (`_RULE_CUES`, `_MORE`), also misspelt by one letter
    ("containg", "contian")."""
    if word in _JOINS:
        return False
    if word in _RULE_CUES or word in _MORE:
        return True
    if len(word) < 5 or not word.isalpha():
        return False
    from cf_assistant.diffusion.spelling import edits, known_words

    return word not in known_words() and bool(edits(word) & _LONG_CUES)


def _named_at(tokens: list[str], i: int, runs: set[str], single: set[str], heads: set[str]
              ) -> tuple[int, str] | None:
    """(words taken, cell run) for the longest run of the request at token `i` that names a run
    of the cells, or None. A run of several words is taken as the cells write it (it may hold a
    stop word: "for sale"); one word must be no stop word, join, "just", header word, and have
    three letters or more."""
    for n in range(min(_RUN, len(tokens) - i), 1, -1):
        said = " ".join(tokens[i:i + n])
        if said in runs and any(t not in _STOP for t in tokens[i:i + n]):
            return n, said
    word = tokens[i]
    if word in _STOP or word in _JOINS or word in _EXACT or len(word) < 3 or stem(word) in heads:
        return None
    cell = _found(word, runs, single)
    return (1, cell) if cell is not None else None


def _reading(request: str, texts: Sequence[str], header: str, slots: bool = True
             ) -> tuple[list[re.Match], list[tuple[int, int, str]]] | None:
    """The request's word matches and the runs of the cells it names (one or two), or None
    when the request is no such request (see the module's docstring; `slots` False: a text the
    model has a slot for does not end it)."""
    if re.search(r"[<>=!≥≤\d]|n't\b|n’t\b", request, re.I) or slots and _slotted(request):
        return None
    texts = distinct(texts)
    found = list(_TOKEN.finditer(request))
    named = _named([m.group(0).lower() for m in found], texts, header) if texts else None
    return (found, named) if named and len(named) <= 2 else None


def read(request: str, texts: Sequence[str], header: str = "") -> tuple[str, str] | None:
    """(the request with the named runs quoted, the rule) for a request that names words of the
    column's `texts` and asks nothing else (see the module's docstring), or None. `header`: the
    column's header, whose words name the column, not a value ("Vegan Dishes" over Dish)."""
    got = _reading(request, texts, header)
    if got is None:
        return _denied(request, texts, header)
    found, named = got
    tokens = [m.group(0).lower() for m in found]
    exact = any(t in _EXACT for t in tokens)
    leaves = [_leaf(run, distinct(texts), exact) for _, _, run in named]
    if len(leaves) == 1:
        rule = leaves[0]
    else:
        (a, n, first), (b, _, second) = named
        both = any(first in t and second in t for t in (" ".join(_cell_words(x)) for x in distinct(texts)))
        # "the parties and anything yoga": no cell holds both, so the user means either
        join = "OR" if "or" in tokens[a + n:b] or not both else "AND"
        if join == "AND":  # both words in one cell: no cell equals either ("landlord EICRs only")
            leaves = [_leaf(run, distinct(texts), False) for _, _, run in named]
        rule = f"{join}({leaves[0]}, {leaves[1]})"
    out, last = [], 0
    for i, n, run in named:
        out += [request[last:found[i].start()], f'"{run}"']
        last = found[i + n - 1].end()
    return "".join(out + [request[last:]]), rule


# One denial right before the one named run: "designs with no rose", "the ones with no koi", "designs
# that arent koi" (a denial of being: the whole cell where one is it). A denial that
# `text_slots.mark` quotes after ("not custom", "except koi") is the model's to read.
_DENIAL = re.compile(r"(?<![\w'’])(?:with\s+no|without|no|not|non|except(?:\s+for)?|excluding|other\s+than|"
                     r"anything\s+but|(?P<being>(?:is|are)\s*n['’]?t|isnt|arent|not\s+just))(?![\w'’])", re.I)
_BEFORE_RUN = frozenset("a an the any".split())
_ALL = re.compile(r"(?i)\b(?:anything|everything|all)\b")  # "anything that's not a cillin"


_ANY_KIND = re.compile(r"\s+of\s+any\s+(?:kind|sort|type|description)\b", re.IGNORECASE)


def _denied(request: str, texts: Sequence[str], header: str) -> tuple[str, str] | None:
    """`read` for a request that denies the one run it names right after its one denial
    (`_DENIAL`): `TextNotContains(run)`, or `NOT(TextEquals(cell))` where `_leaf` would test the
    whole cell; None otherwise."""
    any_kind = _ANY_KIND.search(request)  # "isn't a soprano of any kind": none that holds it
    if any_kind is not None:
        request = request[:any_kind.start()] + " " * len(any_kind.group(0)) + request[any_kind.end():]
    denials = list(_DENIAL.finditer(request))
    if len(denials) != 1:
        return None
    m = denials[0]
    blank = lambda found: " " * len(found.group(0))  # noqa: E731 (same length: the offsets stay)
    rest = _ALL.sub(blank, request[:m.start()] + blank(m) + request[m.end():])
    rest = re.sub(r"\b(?:but|yet)(?=\s+$)", blank, rest[:m.start()]) + rest[m.start():]  # "rain but not heavy"
    got = _reading(rest, texts, header, slots=False)
    if got is not None and len(got[1]) == 2 and any_kind is None:
        return _but_not(request, texts, got, m)
    if got is None or len(got[1]) != 1 or _slotted(request):  # the model has a slot for the text: its reading stands
        return None
    found, ((i, n, run),) = got
    if run in _RULE_CUES:  # "non-error values": the rule's own word, its readers' to read
        return None
    between = [t.group(0).lower() for t in found if m.start() <= t.start() < found[i].start()]
    if found[i].start() < m.start() or len(between) > 1 or any(w not in _BEFORE_RUN for w in between):
        return None
    leaf = _leaf(run, distinct(texts), exact=bool(m.group("being"))) if any_kind is None else _text("TextContains", run)
    rule = "TextNotContains" + leaf[len("TextContains"):] if leaf.startswith("TextContains") else f"NOT({leaf})"
    start, end = found[i].start(), found[i + n - 1].end()
    return request[:start] + f'"{run}"' + request[end:], rule


def _but_not(request: str, texts: Sequence[str], got: tuple, m: re.Match) -> tuple[str, str] | None:
    """`AND(TextContains(x), TextNotContains(y))` for "failed but not a reprint", "rain but not
    heavy": two named runs, the denial ("but not", "and not", "but no") between them; None
    otherwise."""
    found, ((i, n, first), (k, q, second)) = got
    if not (found[i + n - 1].end() <= m.start() and m.end() <= found[k].start()):
        return None
    between = request[found[i + n - 1].end():found[k].start()].lower()
    if not re.fullmatch(r"\W*(?:but|and|yet)\s+(?:not|no)\s+(?:an?\s+|the\s+|any\s+)?\W*", between):
        return None
    texts = distinct(texts)
    if not any(first in " ".join(_cell_words(t)) and second in " ".join(_cell_words(t)) for t in texts):
        return None  # no cell holds both: the denial says nothing of the named cells
    rule = f"AND({_text('TextContains', first)}, {_text('TextNotContains', second)})"
    out = request[:found[i].start()] + f'"{first}"' + request[found[i + n - 1].end():found[k].start()] \
        + f'"{second}"' + request[found[k + q - 1].end():]
    return out, rule


# One whole cell text asked for exactly, before a denial of the cells that hold it inside more:
# "Pike only please, not the jack pike", "Just B1, not B1+", "just the straight Hamlet shows,
# no matinees", 'exactly "Paid", not part paid or unpaid'.
_EXACTLY = r"(?:just|only|exactly|plain|plainly|simply|straight)"
_EXACT_CUE = re.compile(rf"\b{_EXACTLY}\b")
_PLAIN = r"(?:(?:plain|straight|simple|normal|regular|ordinary)\s+)?"
_DENIAL_AFTER = re.compile(r"\b(?:not|no|never|except|excluding|rather\s+than|but\s+not)\b|n['’]t\b", re.I)
_DENIAL_BEFORE = re.compile(r"\b(?:not|never|except|excluding|apart\s+from|other\s+than|besides)\b|n['’]t\b", re.I)


def exact_cell(request: str, texts: Sequence[str]) -> str | None:
    """`TextEquals(cell)` for a request that asks for one whole cell text exactly where other
    cells hold it inside more: "just X", "only the plain X", "X only" denying something after it
    ("Pike only please, not the jack pike"), or "exactly X", "just X", "plain X" alone ("diet notes
    that are just Normal"); `NOT(TextEquals(cell))` where a denial comes before the cue ("if the
    glass isn't plain Float", "every dog except exactly Moss"); None otherwise. The longest such cell wins."""
    low = request.lower()
    if not _EXACT_CUE.search(low):
        return None  # (no cue: no regex per cell of a long column)
    cells = distinct(texts)
    for cell in sorted(cells, key=len, reverse=True):
        said = cell.strip().lower()
        if len(said) < 2 or said not in low or not any(said in other.lower() for other in cells if other != cell):
            continue
        pat = re.escape(said)
        found = re.search(rf"\b{_EXACTLY}\s+(?:the\s+)?{_PLAIN}[\"'“]?{pat}(?![\w+])", low) \
            or re.search(rf"(?<![\w+]){pat}[\"'”]?\s+only\b", low)
        if found and _DENIAL_AFTER.search(low, found.end()):
            return _text("TextEquals", cell.strip())
        # (session 20) a cue of its own, "only" aside ("only rows with Late" may be any Late)
        alone = re.search(rf"\b(?P<cue>exactly|just|plain|plainly|simply)\s+(?:the\s+)?{_PLAIN}[\"'“]?{pat}[\"'”]?"
                          r"(?![\w+])", low)
        last = alone is not None and re.match(r"\s*(?:$|[,.;:!?)]|please\b|pls\b|only\b)", low[alone.end():])
        if alone and (last or alone.group("cue") in ("exactly", "plain", "plainly")) \
                and not _DENIAL_AFTER.search(low, alone.end()):  # ("just vegan dishes": the vegan ones)
            rule = _text("TextEquals", cell.strip())
            return f"NOT({rule})" if _DENIAL_BEFORE.search(low[:alone.start()]) else rule
    return None


def named_words(request: str, texts: Sequence[str], header: str = "") -> str | None:
    """The rule `read` gives ('defenders' -> `TextContains("defender")`), or None."""
    got = read(request, texts, header)
    return got[1] if got else None


def quoted(request: str, texts: Sequence[str], header: str = "") -> str:
    """The request with the runs `read` finds written as the cells write them, in double quotes
    ("Vegan Dishes" -> '"vegan" Dishes', "emial campaigns" -> '"email" campaigns'), as a
    table's named cell texts are (`tables.quote_parts`), so that the model gets their slots and
    the fidelity checks know the user named them; any other request as it is."""
    got = read(request, texts, header)
    return got[0] if got else request


def _slotted(request: str) -> bool:
    """Whether the model gets a text slot for the request: a quoted text, or a bare text after
    a cue ("is USA", "containing urgent") that `text_slots.mark` quotes; the model's reading
    then stands."""
    from cf_assistant.diffusion.literals import extract
    from cf_assistant.diffusion.text_slots import mark

    return bool(extract(mark(request)).quotes)


def _leaf(run: str, texts: Sequence[str], exact: bool) -> str:
    """TextContains(run), or TextEquals(the cell's own text) where the run is a whole cell and
    containing it would also colour cells where the letters are inside another word ("Unpaid")
    or deny it ("Not closed"), or the request asked for the exact text."""
    word = rf"(?<![^\W_]){re.escape(run)}(?![^\W_])"
    holds = [t for t in texts if re.search(word, t.lower())]
    inside = [t for t in texts if run in t.lower() and t not in holds]
    denied = [t for t in holds if re.search(rf"\b(?:not|no|non|never)[\s-]+{word}", t.lower())]
    whole = [t for t in holds if " ".join(_cell_words(t)) == run]
    if whole and (exact or inside or denied):
        return _text("TextEquals", whole[0].strip())
    return _text("TextContains", run)


def _text(function: str, value: str) -> str:
    return f'{function}("{value.replace(chr(34), chr(34) * 2)}")'


def on_table(text: str, data: Any, quoted_text: str) -> tuple[str, str] | None:
    """(request quoted, rule) when the request names words of exactly one selected text column's
    cells (of several, the one whose cells it names in the fewest runs: "every cubesat pass" is
    Sat's "CUBESAT-7", not a note's "pass") and asks nothing else ("desinger roles" over Role's
    "UX Designer" -> '"designer" roles', `TextContains("designer")`; the column choice then finds
    the column by its cells);
    None for a forced column, or when the tables' own quoting (`quoted_text`, `Tables.quoted`)
    names a whole cell text already."""
    sel = data.selection
    if sel.forced is not None or '"' in quoted_text:
        return None
    found = [got for j in sel.columns if sel.kinds[j] == "text"
             for got in [read(text, sel.texts(data.table, j), sel.headers[j])] if got is not None]
    fewest = [got for got in found if got[0].count('"') == min(g[0].count('"') for g in found)]
    return fewest[0] if len(fewest) == 1 else None


_YES_NO = frozenset("yes no y n true false".split())
_STATE_FILLER = frozenset("""highlight mark flag show colour color shade the a an all any every which that
    have has been be are is were was ones one rows cells please""".split())


def named_state(request: str, texts: Sequence[str], header: str) -> str | None:
    """`NotBlanks()` for a request that says the state the column's header names ("returned
    books" over Returned On, "assigned laptops" over Assigned To), `Blanks()` for its denial
    ("unassigned laptops", "not returned yet"), with nothing more asked; None when the cells hold
    yes/no words (the named words then read it), or for any other request."""
    heads = [w for w in re.findall(r"[a-z]+", header.lower()) if w.endswith("ed") and len(w) >= 6]
    if len(heads) != 1 or any(t.strip().lower() in _YES_NO for t in texts):
        return None
    if re.search(r"[\d\"<>=]", request):
        return None
    from cf_assistant.diffusion.spelling import slip_of

    state, found, missing, rest = heads[0], False, False, []
    for w in (t.lower() for t in _TOKEN.findall(request)):
        base = w[2:] if w.startswith("un") else w
        if base == state or len(base) >= 6 and slip_of(base, {state}):
            found, missing = True, missing or w.startswith("un")
        elif w in ("not", "never", "yet", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't"):
            missing = True
        elif w not in _STATE_FILLER and not (len(w) > 3 and w.endswith("s")) and w not in _STOP:
            rest.append(w)
    if not found or rest:
        return None
    return "Blanks()" if missing else "NotBlanks()"


# A text literal of a rule that no cell holds, in the spelling the cells write it: its singular
# ("pandas" -> "panda"), a one-letter slip of a cell word ("junoir" -> "Junior"), or its first
# words ("Pro needs" -> "Pro", where the model's span ran past the text).
_LITERAL = re.compile(r'"((?:[^"]|"")+)"')


def in_cells_spelling(code: str, texts: Sequence[str]) -> str | None:
    """`code` with each text literal that no cell holds (case aside) replaced by the form of it
    the cells hold (see above), or None when none changes or a literal has no such form."""
    lowered = [t.lower() for t in distinct(texts)]
    if not lowered:
        return None
    words = {w for t in lowered for w in _cell_words(t)}
    changed = False

    def form(m: re.Match) -> str:
        nonlocal changed
        said = m.group(1).replace('""', '"')
        low = said.lower()
        if any(low in t for t in lowered):
            return m.group(0)
        found = _held_form(low, said, lowered, words)
        if found is None:
            return m.group(0)
        changed = True
        return '"' + found.replace('"', '""') + '"'

    out = _LITERAL.sub(form, code)
    return out if changed else None


def _held_form(low: str, said: str, lowered: list[str], words: set[str]) -> str | None:
    parts = said.split()
    if len(parts) > 1:  # "Pro needs": its first words, as long as the cells hold them
        for n in range(len(parts) - 1, 0, -1):
            head = " ".join(parts[:n])
            if len(head) >= 2 and any(re.search(rf"(?<![^\W_]){re.escape(head.lower())}(?![^\W_])", t)
                                      for t in lowered):
                return head
        return None
    found = _found(low, _runs(tuple(lowered)), words, countries=False)  # its singular, or a slip
    return said[:len(found)] if found is not None and low.startswith(found) else found  # (as typed)


def mentioned(request: str, texts: Sequence[str], header: str = "") -> list[str]:
    """`TextContains(word)` for each word of the request that is a word of the column's texts
    (a plural still finds it: "sole" in "Full soles"), first said first, none of the request's
    rule words, stop words or the header's words: the rules a request may mean when it names a
    value of the column among other words ("every DK yarn", "anything oyster, any kind"), which
    `read` leaves alone because the request asks for more. Not readings: the pipeline offers
    them only below its first answer (`Suggester._with_alternatives`)."""
    cells = {w for t in distinct(texts) for w in _cell_words(t)}
    stems = {stem(w): w for w in cells}
    heads = set(header_words(header)) if header else set()
    out = []
    for said in dict.fromkeys(_cell_words(request)):
        if len(said) < 2 or said in _STOP or said in _RULE_CUES or stem(said) in heads:
            continue
        found = said if said in cells else stems.get(stem(said))
        if found is not None:
            word = said if said in found else found  # the shorter spelling contains in both
            out.append(_text("TextContains", word))
    return out
