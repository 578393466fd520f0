"""What the fourth, fifth and sixth one-column sets' builders share: reading the entry lines, a
record from one, the other set files' requests, each record's checks, the build and the write.

A builder holds its COLUMNS, ENTRIES and constants (OUT, PREFIX, STYLES, EXTRA_TAGS, TRAIN, CELLS,
OTHER_SETS) and calls `bind(globals(), tag)` after OTHER_SETS, which gives it `entries`,
`make_record`, `other_requests`, `problems_of`, `build` and `main` on its own constants.
"""

from __future__ import annotations

import functools

from everyday_common import (
    build_column_set, column_problems, column_record, others_and_train, parse_entries, write_column_set,
)


def entries(spec) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(request, rule, column key, tags) for every entry line of ENTRIES ("#" lines are headings)."""
    return parse_entries(spec["ENTRIES"])


def make_record(spec, request: str, code: str, key: str, tags: tuple[str, ...] = ()) -> dict:
    """One benchmark record: Tags = the style, any extra tags in EXTRA_TAGS, then the set's tag;
    SystemExit on an unknown style or tag."""
    if not tags or tags[0] not in spec["STYLES"]:
        raise SystemExit(f"unknown style {tags} ({request!r})")
    if unknown := [tag for tag in tags[1:] if tag not in spec["EXTRA_TAGS"]]:
        raise SystemExit(f"unknown tags {unknown} ({request!r})")
    return column_record(spec["PREFIX"], request, code, spec["COLUMNS"][key], [*tags, spec["TAG"]])


def other_requests(spec) -> set[str]:
    """The requests of every other set file in this folder (`OTHER_SETS` and any written since)
    and of the train split, lower-cased: none may be in the set."""
    return others_and_train(spec["OUT"], spec["OTHER_SETS"], spec["TRAIN"])


def problems_of(spec, record: dict, taken: set[str]) -> list[str]:
    """What is wrong with one record (`everyday_common.column_problems`, CELLS cells)."""
    return column_problems(record, taken, spec["CELLS"])


def build(spec) -> list[dict]:
    """Every record; stops on a non-canonical rule or an unknown tag (make_record), a request
    written twice, or any problem of problems_of, listing them all at once."""
    return build_column_set(entries(spec), spec["make_record"], other_requests(spec), spec["CELLS"])


def main(spec) -> None:
    write_column_set(spec["OUT"], build(spec))


def bind(names: dict, tag: str) -> None:
    """Give a one-column set's builder (its `globals()`) the functions above on its own constants,
    its records tagged `tag` last."""
    names["TAG"] = tag
    for name in ("entries", "make_record", "other_requests", "problems_of", "build", "main"):
        names[name] = functools.partial(globals()[name], names)
