"""How much of the CF data the parser reads: `Code` values of cf/train.json and the distinct lines
of the pre-training snippets, with the failures grouped by category.

Run: python benchmarks/cf_parse_coverage.py [DATA_DIR]   (default: ../shared/data)
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

from cf_assistant.errors import RuleSyntaxError
from cf_assistant.languages.cf import parse, to_text
from cf_assistant.paths import default_data_dir


def category(code: str, error: RuleSyntaxError) -> str:
    """A short name for why `code` is not a rule."""
    if "ExcelScript" in code or "formula1:" in code:
        return "Office Scripts fragment"
    if not code.strip():
        return "empty"
    if re.match(r"^\s*=|\$?[A-Z]{1,3}\$?\d+\s*[<>=]", code):
        return "raw Excel formula"
    return f"other ({getattr(error, 'code', 'CF001')})"


def survey(codes: list[str]) -> tuple[int, collections.Counter, dict[str, list[str]], int]:
    ok, cats, examples, unstable = 0, collections.Counter(), collections.defaultdict(list), 0
    for code in codes:
        try:
            rule = parse(code)
        except RuleSyntaxError as err:
            cat = category(code, err)
            cats[cat] += 1
            examples[cat].append(f"{code[:90]!r}: {str(err)[:110]}")
            continue
        ok += 1
        text = to_text(rule)
        if parse(text) != rule or to_text(parse(text)) != text:
            unstable += 1
    return ok, cats, examples, unstable


def report(name: str, codes: list[str]) -> None:
    ok, cats, examples, unstable = survey(codes)
    print(f"{name}: {ok}/{len(codes)} parse ({100 * ok / max(1, len(codes)):.1f}%); "
          f"canonical round trip unstable for {unstable}")
    for cat, n in cats.most_common():
        print(f"  {n:5d}  {cat}")
        for ex in examples[cat][:3]:
            print(f"         e.g. {ex}")


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else default_data_dir()
    records = json.loads((data / "cf" / "train.json").read_text(encoding="utf-8"))["train"]
    report("cf/train.json Code", [r["Code"] for r in records])
    lines = (data / "cf" / "pretrain" / "ConditionalFormattingSnippets.txt").read_text(
        encoding="utf-8").splitlines()
    distinct = sorted(set(lines))
    report("pre-training snippets (distinct lines)", distinct)
    counts = collections.Counter(lines)
    ok_lines = 0
    for code in distinct:
        try:
            parse(code)
            ok_lines += counts[code]
        except RuleSyntaxError:
            pass
    print(f"pre-training snippets (all lines): {ok_lines}/{len(lines)} parse")


if __name__ == "__main__":
    main()
