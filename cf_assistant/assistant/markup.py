"""A request written with HTML or XML markup, said as plain text.

Requests pasted from a web form, a CMS or an export keep their markup: "<p>Highlight <b>Score</b>
over <i>50</i></p>", "<li>Chaser begins with &quot;Pra&quot;</li>", "<p>Tempo &gt; 100 <b>and</b>
&lt; 140</p>", "<rule column="Sack ID" test="isBlank"/>", "<rule sheet="Races" column="Notes"
when="value has 'sweep' somewhere in it" apply="entire row"/>". `unmarked_html` takes the tags
away (a code span, `<code>ann</code>`, is a literal and is quoted), writes the entities as the
characters they stand for (`&gt;` >, `&ne;` ≠, `&quot;` ") and "&&" / "||" as "and" / "or"; an
element that is a rule written as attributes is said as a request: its test in words ("when",
"if", "condition": "highlight the entire row where Notes value has 'sweep' somewhere in it") or,
with operator keys, as the payload readers say it (`payloads.mapping_said`). A text with no tag
and no entity is left as it is.

The forms were seen on the twenty-seventh sets' dev halves, never their test halves.
"""

from __future__ import annotations

import html
import re

from .payloads import mapping_said

_I = re.IGNORECASE
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))*\s*/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_ELEMENT = re.compile(r"^\s*<(?P<name>[A-Za-z][\w:-]*)(?P<attrs>(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))+)\s*/?>\s*"
                      r"(?:</(?P=name)>\s*)?$")
_ATTR = re.compile(r"(?P<k>[\w:-]+)\s*=\s*(?:\"(?P<v>[^\"]*)\"|'(?P<w>[^']*)')")
_CODE = re.compile(r"<(?P<t>code|kbd|samp|tt|q)>(?P<x>[^<]*)</(?P=t)>", _I)
_WORDS_KEYS = ("when", "if", "where", "condition", "test", "rule", "match", "check")
_ROWS = re.compile(r"\b(?:entire|whole|full)\s+rows?\b|^rows?$", _I)


def _element_said(attrs: dict[str, str]) -> str | None:
    """A rule written as an element's attributes, said as a request (None: no rule in them)."""
    attrs = {k: re.sub(r"^(?:an?|the)\s+", "", v.strip(), flags=_I) for k, v in attrs.items()}  # "an icon set"
    keys = {k.lower().replace("-", "").replace("_", ""): v for k, v in attrs.items()}
    column = keys.get("column") or keys.get("col") or keys.get("field") or keys.get("header")
    said = next((keys[k] for k in _WORDS_KEYS if k in keys and " " in keys[k].strip()), None)
    if said is None:
        return mapping_said({k: v for k, v in attrs.items() if k.lower() not in ("sheet", "tab", "workbook")})
    rows = bool(_ROWS.search(keys.get("apply", keys.get("applyto", keys.get("scope", "")))))
    said = re.sub(r"^(?:the\s+)?(?:value|cell)\s+", "", html.unescape(said).strip(), flags=_I)
    if column is None:
        return f"highlight {'the entire row where the value' if rows else 'the cells whose value'} {said}"
    return f"highlight the entire row where {column} {said}" if rows else f"highlight {column} cells whose value {said}"


def unmarked_html(text: str) -> str:
    """`text` without its HTML/XML markup (see the module's docstring)."""
    if "<" not in text and "&" not in text:
        return text
    element = _ELEMENT.match(text)
    if element:
        attrs = {m.group("k"): m.group("v") if m.group("v") is not None else m.group("w")
                 for m in _ATTR.finditer(element.group("attrs"))}
        said = _element_said(attrs)
        if said:
            return said
    if not _TAG.search(text) and not _ENTITY.search(text):
        return text
    plain = _CODE.sub(lambda m: f'"{m.group("x").strip()}"', text)
    plain = html.unescape(_TAG.sub(" ", plain))
    plain = re.sub(r"\s*&&\s*", " and ", re.sub(r"\s*\|\|\s*", " or ", plain))
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.;:!?)])", r"\1", plain)).strip()
