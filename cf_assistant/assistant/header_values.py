"""A value named on a table that has only its header row: "sold", "Ana's tasks", "high priority
tasks, entire row", "unpaid invoices", "electric or hybrid".

On a table with cells, the pipeline finds a named value among them (`tables.quote_values`,
`cell_words.on_table`) and its column by them. A table selected before its data is typed (a
template; a third of the benchmark's held-out CF records) has no cells: the model, which writes
texts only from slots, answers "highlight laptop sales" with an empty text, and the column
choice has nothing but the headers. `read(request, selection, embed)` reads such a request the
way a reader of the headers would, and writes the rule on its column (`TextEquals(c[j], "V")`):

- the words left once the request's commands, fillers and the rows' own noun ("tasks" beside a
  Task column, the plural last word of "laptop sales") are set aside are the value; "or" between
  two values gives `OR`, two values for two columns `AND`, a denial before it ("aren't", "not
  from") `NOT`;
- its column, in this order: for a state said of a yes/no column ("unpaid" beside Paid, "parents
  not contacted", "auto-renew off") that column with "Yes" or "No"; a text column the request
  names beside it ("A grades", "form 7C", "the Central branch"); for a person (a possessive
  "Ana's", "by M. Lane", "assigned to Nadia") a column of the people who do the rows' work
  (Owner, Agent, Dentist ...), for "for X" one of the people the rows are for (Client, Guest
  ...); for a level ("high", "emergency") the Priority column; for a word of a status ("sold",
  "cancelled", "not started") the status column; else the text column whose header is nearest
  the value in MiniLM, a category header (Type, Plan, City; after "from", an origin: Supplier)
  a little nearer (people, statuses, e-mail, notes and the rows' own column left out).

It reads only requests that ask for nothing else: no quantity (a code such as "7C" or "CC-100"
is a value), no word of another rule (`_OTHER_RULES`: contains, top, blank, this week ...).
Computed, not learnt, and only without cells: the pipeline adds the rule to the model's samples,
above them (`pipeline._with_readings`, through `on_table`).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

import numpy as np

from cf_assistant.assistant.tables import header_words, stem

# Words that ask for another rule than a value: the model and the other readings answer them.
_OTHER_RULES = frozenset("""contain contains containing include includes including mention mentions mentioning
    start starts starting begin begins beginning end ends ending top bottom highest lowest largest
    smallest biggest most least best worst above below over under more less greater fewer between
    outside within before after since until due overdue today tomorrow yesterday week weeks month
    months year years day days quarter blank blanks empty missing filled duplicate duplicates dupes
    duplicated repeated repeat repeats twice once again same unique distinct error errors average
    mean median scale bar bars icon icons gradient traffic heat heatmap arrows stars like similar
    word words letter letters equal equals than number numbers negative positive odd even zero
    weekend weekends weekday weekdays future past recent oldest newest cheapest fastest slowest
    longest shortest latest earliest say says saying said have has having had got someone somebody
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec mnth better worse higher lower one-off tonight opening opens
    finishing finishes""".split())
_SUPERLATIVE = re.compile(r"[a-z]{3,}(?:est)")
_NOT_SUPERLATIVE = frozenset("test request interest guest forest contest quest chest honest modest "
                             "harvest suggest digest protest invest arrest west nest pest".split())
# Values of more than one word that a status column holds ("not started", "on hold"), read whole.
_MULTI_STATUSES = re.compile(r"\b(?:not\s+started|in\s+progress|on\s+hold|in\s+transit|at\s+sea|"
                             r"in\s+use|at\s+risk|over\s+budget|under\s+offer|coming\s+soon|"
                             r"on\s+track|out\s+of\s+stock|in\s+stock|on\s+leave|no[\s-]show)\b", re.I)
# Commands, fillers, colours and row words: said around a value, never the value.
_FILLER = frozenset("""a an the is are was were be been being of in on at to for from with that that's
    thats which who whose what where it its their them they there these those this any all each every
    everyone everything anyone anything some please pls plz can could would will you i me my we our us
    want need see get give let just only also still currently now highlight hilight hightlight
    highlighted highlighting mark marked flag flagged show shown find format formatted formatting
    colour color coloured colored shade shaded make turn apply conditional fill bold italic red green
    yellow orange blue pink purple grey gray gold amber light dark row rows line lines entire whole
    full record records entry entries item items cell cells one ones thing things people person
    quick way how do does there's sheet table list so value values made through via using stil
    should could would must may might go goes turn stay if when whenever then chance ideally possible
    possibly perhaps somehow kindly thanks thank cheers hi hello hey routed sent u lol lmao hl exactly
    precisely verbatim belonging belongs belong""".split())
_STAND_OUT = re.compile(r"\b(?:to\s+)?(?:stand|stands|standing|pop|pops)\s+out\b", re.IGNORECASE)
_JOINS = frozenset("or and".split())
_DENIALS = frozenset("""not aren't arent isn't isnt except excluding non haven't havent hasn't hasnt
    didn't didnt don't dont doesn't doesnt weren't wasn't without""".split())
# People who do the rows' work (a possessive "Ana's jobs" names one of them first) ...
_WORKERS = frozenset("""owner rep agent assignee assigned salesperson seller manager technician tech
    driver teacher tutor doctor dentist consultant approver adjuster analyst server engineer operator
    courier translator volunteer groomer stylist vet surgeon therapist mechanic plumber electrician
    cleaner chef waiter barista lawyer solicitor accountant auditor inspector director photographer
    guide instructor trainer coach nurse recruiter reviewer author leader lead host officer clerk
    cashier receptionist dispatcher staff worker employee""".split())
# ... and the people the rows are for.
_CLIENTS = frozenset("""customer client student pupil patient guest member tenant borrower runner player
    candidate attendee requester contact holder buyer user name""".split())
_PEOPLE = _WORKERS | _CLIENTS
_STATUS_HEADERS = frozenset("status state stage result outcome condition health progress rsvp decision "
                            "verdict".split())
_STATUSES = frozenset("""done complete completed finished cancelled canceled delayed late pending open
    closed shipped delivered dispatched started stalled blocked resolved unresolved active inactive
    frozen suspended expired sold failed fail passed pass approved rejected declined submitted draft
    returned refunded lost won new booked confirmed waitlisted scheduled missed attended absent
    present archived live paused ongoing received ordered backordered processing transit hold repair
    maintenance retired available unavailable spare stolen attending accepted tentative awaiting
    no-show noshow poor fair good excellent damaged broken faulty worn""".split())
_LEVELS = frozenset("high medium low urgent critical normal minor major emergency routine".split())
_LEVEL_HEADERS = frozenset("priority severity urgency importance risk impact level".split())
_OFF_VALUES = frozenset("email e-mail mail notes note comments comment description address url "
                        "link phone id".split())  # headers whose cells hold no short value
# Headers whose cells sort the rows into kinds ("Type", "Plan", "City"): a value named without
# its column is more often one of theirs than of a header MiniLM finds a little nearer.
_CATEGORIES = frozenset("""type types category categories kind class section plan tier genre group
    department dept channel model brand make city country region area site branch team division
    segment source format language variety breed species size colour color""".split())
_ORIGINS = frozenset("""supplier suppliers vendor source lender sender origin country city company
    maker manufacturer publisher provider partner agency""".split())
CATEGORY_PRIOR = 0.1  # added to a category (or, after "from", an origin) header's MiniLM cosine per value
_YES_WORDS = frozenset("yes on true y".split())
_NO_WORDS = frozenset("no off false n".split())
_TOKEN = re.compile(r"[A-Za-z][\w.\-]*(?:['’][a-z]+)?|\d+[A-Za-z][\w\-]*|\d+")
_QUANTITY = re.compile(r"[<>=%$£€\"#/@]|(?<![\w\-])\d[\d,.]*(?![\w\-])")
_ELSEWHERE = re.compile(r"\bin\s+(?:the|its|their|a)\s+\w+|equal", re.I)  # "Safety in the name"
_LETTERED = re.compile(r"\b(?:(?i:in|on)\s+)?(?:(?i:col(?:umn)?s?)\.?\s+[A-Z]{1,2}|[A-Z]{1,2}\s+(?i:column))\b")

# Header words that say a row is in a state or not, beside past participles in -ed.
_STATES = frozenset("""paid active given done taken sent seen known ok hardy required eligible available
    billable refundable insured vegan vegetarian""".split())


def _role(header: str) -> str:
    """What a header's cells hold: "status", "level", "people", "yesno", "off" (no short value)
    or "text"."""
    said = set(header_words(header)) | set(re.findall(r"[a-z]+", header.lower()))
    if any(w in _STATUS_HEADERS for w in said):
        return "status"
    if any(w in _LEVEL_HEADERS for w in said):
        return "level"
    last = re.findall(r"[a-z]+", header.lower())[-1:]
    if last and (last[0].endswith("ed") and len(last[0]) >= 6 or last[0] in _STATES) and len(said) > 1:
        return "yesno"  # "Courier Required", "Deposit Paid": a state, though Courier is a person
    if any(w in _PEOPLE for w in said):
        return "people"
    if any(w in _OFF_VALUES for w in said):
        return "off"
    plain = re.findall(r"[a-z]+", header.lower())
    if re.search(r"\((?:y/n|yes/no)\)|\?$", header, re.I) or plain and (
            any(w.endswith("ed") and len(w) >= 6 or w in _STATES for w in plain) or plain[0] == "auto"):
        return "yesno"  # "Paid", "Parent Contacted", "Auto-Renew", "Paid In Full", "Vaccinations OK"
    return "text"



def _plural(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s"))


def _names_header(word: str, header: str) -> bool:
    """A request word for a header: one of its stemmed words, or its words run together
    ("auto-renew" for Auto-Renew)."""
    head = header_words(header)
    said = stem(word.lower())
    flat = re.sub(r"[^a-z0-9]", "", said)  # ("SEV2" is a value, not Sev)
    return bool(head) and (said in head or flat == "".join(head) or flat == stem("".join(head)))


def _title(value: str) -> str:
    return value[:1].upper() + value[1:]


def _singular(value: str) -> str:
    parts = value.split()
    if parts and _plural(parts[-1]) and not parts[-1][:1].isupper():
        parts[-1] = stem(parts[-1])
    return " ".join(parts)


class _Phrase:
    """One value said: its words as typed, the text columns named inside it, and what it is
    (a possessive or a name after "by": a person; after a denial: denied)."""

    def __init__(self):
        self.words: list[str] = []
        self.columns: list[int] = []
        self.person = False
        self.by = ""  # what said the person: "'s", "by", "to" (the rows' workers) or "for" (their clients)
        self.denied = False
        self.state: str | None = None  # "Yes"/"No" said of a yes/no column named in it
        self.state_denied = False  # its Yes/No word said after a denial ("PM Done? isn't Yes")
        self.plain = False  # its words qualify a rows' noun: kept as typed, no singular
        self.valued = False  # a value said of its yes/no column ("Algae Alert? is Red"): that column's text

    @property
    def value(self) -> str:
        return " ".join(w[:-2] if w.endswith("'s") else w for w in self.words)


def _tokens(request: str) -> tuple[list[tuple[str, int]], set[int]] | None:
    """(word, start) of the request's words, a status of several words as one ("on hold"), and
    the starts of those; None when a word asks for another rule (`_OTHER_RULES`, a superlative)."""
    spans = [(m.start(), m.end()) for m in _MULTI_STATUSES.finditer(request)]
    found = []
    for m in _TOKEN.finditer(request):
        inside = next((sp for sp in spans if sp[0] <= m.start() < sp[1]), None)
        if inside is not None:
            if inside[0] == m.start():
                found.append((request[inside[0]:inside[1]], m.start()))
            continue
        w = m.group(0).replace("’", "'")
        w = w if len(w) == 2 and w[0].isupper() and w.endswith(".") else w.rstrip(".")
        found.append((w, m.start()))
    starts = {sp[0] for sp in spans}
    for w, at in found:
        if at in starts:
            continue
        parts = re.split(r"[-']", w.lower().replace("'s", "")) + [w.lower()]
        if any(x in _OTHER_RULES or stem(x) in _OTHER_RULES or (
                _SUPERLATIVE.fullmatch(x) and x not in _NOT_SUPERLATIVE) for x in parts):
            return None
    return found, starts


class _NoValue(Exception):
    """The request is no value's request (a column named for a blank, a number column named)."""


class _Reader:
    """Reads the request's words one by one into value phrases (`_phrases`)."""

    def __init__(self, request: str, selection: Any, texts: Sequence[int], roles: dict[int, str],
                 found: list[tuple[str, int]], starts: set[int]):
        self.request, self.selection, self.texts, self.roles = request, selection, texts, roles
        self.found, self.starts = found, starts
        self.headers, self.first = selection.headers, min(selection.columns)
        self.others = [j for j in selection.columns if j not in texts]
        self.out: list[tuple[_Phrase, str]] = []
        self.current, self.join, self.by, self.deny = _Phrase(), "", False, False

    def phrases(self) -> list[tuple[_Phrase, str]]:
        for i, (w, at) in enumerate(self.found):
            nxt = self.found[i + 1][0] if i + 1 < len(self.found) else ""
            before = self.found[i - 1][0].lower() if i else ""
            if i and self.request[self.found[i - 1][1] + len(self.found[i - 1][0]):][:1] == "?":
                before += "?"  # "Grant? Pending": after a yes/no header's question mark
            if not self._boundary(i, w, at) and not self._cue(w, nxt, before) \
                    and not self._header_word(w, nxt, before):
                self._value(w, nxt, before)
        self._close(None)
        return self.out

    def _close(self, join: str | None) -> None:
        if self.current.words or self.current.columns:
            self.out.append((self.current, self.join))
        if join is not None:
            self.current, self.join = _Phrase(), join

    def _boundary(self, i: int, w: str, at: int) -> bool:
        """A join ("or", "and", a comma), a possessive's end, or a status of several words."""
        low, current = w.lower(), self.current
        if low in _JOINS or (current.words and "," in self.request[self.found[i - 1][1]:at]):
            self._close(low if low in _JOINS else "")
            self.current.person = self.by
            if low in _JOINS:
                return True
        if self.current.words and self.current.words[-1].endswith("'s"):  # "Priya's lines that are over budget"
            if _plural(w) and at not in self.starts:
                return True  # "Omar's expenses": the rows
            self.out.append((self.current, self.join))
            self.current, self.join = _Phrase(), "and"
        if at in self.starts:
            self.current.words.append(w)
            self.current.denied = self.current.denied or self.deny
            return True
        return False

    def _cue(self, w: str, nxt: str, before: str) -> bool:
        """A denial, or a word that says a person follows ("by", "for", "assigned to")."""
        low, yesno = w.lower(), [j for j in self.texts if self.roles[j] == "yesno"]
        if low in _DENIALS or low == "other" and nxt.lower() in ("than", "then") or low == "no" and nxt \
                and any(_names_header(nxt, self.headers[j]) for j in yesno):
            self.deny = True
            return True
        if low in ("than", "then") and self.deny:
            return True
        if nxt.lower() == "by" and w.islower() or low.endswith("ed") and nxt.lower() == "to":
            return True  # "listed by", "done by", "assigned to": the verb of a person
        if low in ("by", "for") and nxt[:1].isupper() or low == "by" \
                or low == "to" and before in ("assigned", "allocated", "given"):
            self.by = self.current.person = True  # "anything assigned to Nadia"
            self.current.by = low
            return True
        return False

    def _header_word(self, w: str, nxt: str, before: str) -> bool:
        """A word of a header: the rows' noun, a yes/no state, or the column a value is of."""
        headers, first, low = self.headers, self.first, w.lower()
        if _names_header(w, headers[first]) or _plural(w) and sum(
                _names_header(w, headers[j]) for j in self.selection.columns) > 1:
            self.current.plain = self.current.plain or bool(self.current.words)  # "york gigs"
            return True  # "gigs" beside Gig Date, "loans" beside Loan Start and Loan End: the rows
        naming = [j for j in self.texts if _names_header(w, headers[j])]
        if naming and (low in ("no", "without") or before in ("no", "without")
                       and self.roles[naming[0]] != "yesno"):
            raise _NoValue  # "accounts with no owner": a blank, not a value
        if naming:
            j = naming[0]
            if j == first or _plural(w) and self.roles[j] == "people":
                return True  # "tasks" beside Task, "any shipment", "students": the rows, not a test
            if self.roles[j] == "yesno":
                self.current.columns.append(j)
                self.current.state = "No" if self.deny else "Yes"
                return True
            if not (_plural(w) and self.current.words and self.current.words[-1].endswith("'s")):
                self.current.columns.append(j)  # "raj or ana's tables": Table is not meant
                return True
        if any(_names_header(w, headers[j]) for j in self.others) and low not in _STATUSES:
            raise _NoValue  # a number or date column named: not a value's request
        return False

    def _value(self, w: str, nxt: str, before: str = "") -> None:
        """A word of the value, a yes/no word after its column, or a filler; another word said
        to be a yes/no column's ("Algae Alert? is Red") is its value, not Yes."""
        low, current = w.lower(), self.current
        upper = w.isupper() and (len(w) > 1 or nxt and any(_names_header(nxt, self.headers[j])
                                                             for j in self.texts))
        said = current.state is not None and not current.words and low not in _YES_WORDS | _NO_WORDS and (
            before in ("is", "=", "says", "shows", "reads") and (w[:1].isupper() or low not in _FILLER)
            or before.endswith("?") and w[:1].isupper() and low not in _FILLER)  # "Grant? Pending or No"
        if said:
            current.state, current.valued = None, True  # "Algae Alert? is Red": Red is the column's value
        elif low in _FILLER and not upper:
            return
        if current.state is not None and low in _YES_WORDS | _NO_WORDS:
            current.state = "Yes" if low in _YES_WORDS else "No"
            current.state_denied = self.deny  # "PM Done? isn't Yes": NOT(TextEquals("Yes"))
            return
        current.words.append(w)
        current.denied = current.denied or self.deny
        current.person = current.person or w.endswith("'s")


def _phrases(request: str, selection: Any, texts: Sequence[int], roles: dict[int, str]
             ) -> list[tuple[_Phrase, str]] | None:
    """The request's value phrases, each with the word that joins it to the one before ("or",
    "and", ""), or None when a word names a number or date column or asks for another rule."""
    tokens = _tokens(request)
    if tokens is None:
        return None
    try:
        return _Reader(request, selection, texts, roles, *tokens).phrases()
    except _NoValue:
        return None


def on_table(text: str, data: Any, tables: Any) -> str | None:
    """On a table with a header row and no data rows, the value the request names and its
    column read from the headers (`read`, with the MiniLM of `tables`, a `tables.Tables`); None
    otherwise, or for a forced column, or when two columns are compared."""
    from cf_assistant.assistant.tables import column_comparison

    sel = data.selection
    if data.table.n_rows or sel.forced is not None or column_comparison(text, sel):
        return None
    return read(text, sel, tables.embedder())


_WITH = re.compile(r"(?<![\w/])w/o(?![\w/])|(?<![\w/])w/(?=\s)", re.IGNORECASE)  # texting's "w/ roots", "w/o"
_GOT_DONE = re.compile(r"\b(?:got|get|gets|getting)\s+(?=[a-z]{3,}(?:ed|en)\b)", re.IGNORECASE)


def _in_named(m: re.Match, request: str, selection: Any) -> bool:
    """Whether "in the W" is a value W of the text column named by the word after it ("plots in
    the Woodland section"), not a part of a text ("Safety in the name")."""
    after = re.match(r"\s+([A-Za-z]+)", request[m.end():])
    return bool(after) and m.group(0).lower().startswith("in") and any(
        _names_header(after.group(1), selection.headers[j]) for j in selection.columns
        if selection.kinds[j] in ("text", "empty") and _role(selection.headers[j]) in ("text", "status", "level"))


def read(request: str, selection: Any, embed: Any = None) -> str | None:
    """The rule a request names by values on a header-only table (anchored: `c[j]`), or None."""
    from cf_assistant.languages.cf import to_text
    from cf_assistant.languages.cf.rules import And, Not, Or, Text

    request = _WITH.sub(lambda m: "without" if m.group(0).lower().endswith("o") else "with", request)
    if _QUANTITY.search(request) or any(not _in_named(m, request, selection) for m in _ELSEWHERE.finditer(request)):
        return None  # a quantity, a sign, a quoted text, a part of a text: not a value
    request = _LETTERED.sub(" ", request)  # "in column C": the column, said by its letter
    request = _GOT_DONE.sub(" ", request)  # "the quotes that got declined": a state, said passive
    request = _STAND_OUT.sub(" ", request)  # "... to stand out": the format asked, no value
    roles = {j: _role(selection.headers[j]) for j in selection.columns}
    texts = [j for j in selection.columns if selection.kinds[j] in ("text", "empty")
             or roles[j] == "yesno" and j in selection.guessed]  # "Deposit Paid"
    if not texts:
        return None
    phrases = _phrases(request, selection, texts, roles)
    if not phrases or len(phrases) > 3:
        return None
    modifiers = any(phrase.plain for phrase, _ in phrases)  # a rows' noun follows the values:
    for phrase, _ in phrases:  # they qualify it ("leeds or york gigs"), as typed
        words = phrase.words
        if len(words) > 1 and _plural(words[-1]) and not phrase.columns and not words[-1][:1].isupper():
            words = words[:-1]  # "laptop sales": the rows' noun
            modifiers = True
        if len(words) > 1 and _plural(words[0]) and not words[0][:1].isupper():
            words = words[1:]  # "timesheets stil in draft"
        elif len(words) > 1 and words[0].islower() and re.search(
                rf"\b(?:an?|the|every|each|any)\s+{re.escape(words[0])}\s+(?:is|was|has|gets)\b", request):
            words = words[1:]  # "if an incident is SEV2": the rows' noun, then the value
        phrase.words = words
        if len(words) > 3:
            return None
    leaves: list[tuple[int, str, bool]] = []  # column (-1: guessed below), value, denied
    for phrase, _ in phrases:
        phrase.plain = modifiers
        leaf = _leaf(phrase, request, selection, texts, roles)
        if leaf is None:
            return None
        leaves.append(leaf)
    leaves = _guessed_column(leaves, phrases, selection, texts, roles, embed, request)
    if leaves is None:
        return None
    rules = []
    for j, value, denied in leaves:
        rule = Text("TextEquals", value, column=j)
        rules.append(Not(rule) if denied else rule)
    if len(rules) == 1:
        return to_text(rules[0])
    if len({j for j, _, _ in leaves}) == 1 and not any(d for _, _, d in leaves):
        return to_text(Or(tuple(rules)))  # "phones and tablets": a cell is one of them
    return to_text(And(tuple(rules)))


def _leaf(phrase: _Phrase, request: str, selection: Any, texts: Sequence[int],
          roles: dict[int, str]) -> tuple[int, str, bool] | None:
    """(column, value, denied) for one phrase, the column -1 where no named header, person,
    level, status or yes/no state reads it (`_guessed_column` then guesses it); None when the
    phrase is a person and no column holds people."""
    headers, first = selection.headers, min(selection.columns)
    value = phrase.value
    low = value.lower()
    if phrase.state is not None:  # "parents not contacted"
        return phrase.columns[0], phrase.state, phrase.state_denied
    if not phrase.words:
        return None
    for j in texts:  # "unpaid" beside Paid
        if roles[j] != "yesno":
            continue
        last = re.findall(r"[a-z]+", headers[j].lower())[-1:]
        for w in map(str.lower, phrase.words):
            base = w[2:] if w.startswith("un") else w
            if last and (base == last[0] or stem(base) == stem(last[0])):
                no = w.startswith("un") or phrase.denied
                return j, "No" if no else "Yes", False
    named = [j for j in phrase.columns if roles[j] != "yesno" or phrase.valued]
    if named:
        j = named[0]
        if roles[j] == "level" or low in _STATUSES:
            value = low
        return j, _title(value), phrase.denied
    if phrase.person:
        people = [j for j in texts if roles[j] == "people"]
        if people:
            said = {w[:5] for w in re.findall(r"[a-z]+(?:ed|ing)\b", request.lower())}  # "approved by"
            verb = [j for j in people if any(w[:5] in said for w in header_words(headers[j]))]
            role = _CLIENTS if phrase.by == "for" else _WORKERS
            kind = [j for j in people if set(header_words(headers[j])) & role]
            later = [j for j in people if j != first]
            return (verb or kind or later or people)[0], value, phrase.denied
        return None  # a person, and no column of people
    said_levels = [w for w in low.split() if w in _LEVELS]
    if said_levels:
        levels = [j for j in texts if roles[j] == "level"]
        return (levels[0], _title(said_levels[0]), phrase.denied) if levels else None
    if low in _STATUSES or _MULTI_STATUSES.fullmatch(low) or any(
            w in _STATUSES for w in low.replace("-", " ").split()):
        status = [j for j in texts if roles[j] == "status"]
        if status:
            return status[0], _title(low), phrase.denied
    coded = [j for j in texts if header_words(headers[j])
             and re.fullmatch(re.escape("".join(header_words(headers[j]))) + r"[\s-]?\d+[a-z]?", low)]
    if coded:  # "SEV2" beside Sev: a code that spells its column
        return coded[0], value, phrase.denied
    return -1, _title(value if phrase.plain else _singular(value)), phrase.denied  # guessed below


def _guessed_column(leaves, phrases, selection, texts, roles, embed, request):
    """The guessed leaves' column: a sure sibling's under "or" ("raj or ana's"), else the text
    column whose header is nearest the guessed values together (MiniLM), a category header
    (`_CATEGORIES`; after "from", an origin's: `_ORIGINS`) a little nearer."""
    first = min(selection.columns)
    guessed = [n for n, leaf in enumerate(leaves) if leaf[0] == -1]
    if not guessed:
        return leaves
    sure = [leaf[0] for leaf in leaves if leaf[0] != -1]
    ors = all(join in ("or", "") for _, join in phrases[1:])
    if sure and ors and len(set(sure)) == 1:
        column = sure[0]
    else:
        candidates = [j for j in texts if roles[j] == "text" and not (j == first and len(texts) > 1)]
        if not candidates:
            return None
        column = candidates[0]
        if len(candidates) > 1 and embed is not None:
            values = [leaves[n][1].lower() for n in guessed]
            vecs = embed([*values, *(selection.headers[j].strip() or "?" for j in candidates)])
            sims = (vecs[len(values):] @ vecs[:len(values)].T).sum(axis=1)
            kinds = _ORIGINS if re.search(r"\bfrom\s+(?:the\s+)?\S+\s*$", request.strip(" ?.!"), re.I) \
                else _CATEGORIES  # "anything from Greenway": a supplier, not a category
            sims += CATEGORY_PRIOR * len(values) * np.array(
                [bool(set(re.findall(r"[a-z]+", selection.headers[j].lower())) & kinds)
                 for j in candidates])
            column = candidates[int(np.argmax(sims))]
    return [(column if j == -1 else j, v, d) for j, v, d in leaves]
