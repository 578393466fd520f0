"""The model's targets: (utterance, target code) pairs from benchmark records, and codes as
fixed-length token-id tensors; shared by training and inference (the example bank, the sampler's
start and retrieval context).

`finetune_pairs(records, use_literals, canonical)` gives each record's prepared utterance and its
code in the form the model learns: in the language's canonical spelling when asked, with the
utterance's literals as slots when `use_literals` (`diffusion.literals`); `quoted_variant` adds
the quoted twin of an utterance for quote augmentation. `padded_ids` / `targets` turn codes into
(B, length) id tensors and pad masks. No training loop, no optimizer.
"""

from __future__ import annotations

import re
from typing import Sequence

import torch

from cf_assistant.diffusion import literals
from cf_assistant.diffusion.tokenizer import CodeTokenizer
from cf_assistant.diffusion.utterance import prepare
from cf_assistant.errors import CfaError


def language(lang: str):
    """The language module, or None when it cannot be imported yet."""
    from cf_assistant.languages import get_language

    try:
        return get_language(lang)
    except (ImportError, AttributeError):
        return None


def canonical_codes(codes: list[str], lang_name: str) -> list[str]:
    """Each code in its language's canonical spelling (unchanged where it does not parse)."""
    lang = language(lang_name)
    return [lang.canonical(c) if lang else c for c in codes]


def finetune_pairs(records, use_literals: bool, canonical: str | None = None,
                   quote_augment: bool = False, text_slots: bool = False) -> list[tuple[str, str]]:
    """(utterance, target code) pairs; `canonical` names the language whose canonical spelling
    the targets take (None: the data's own spelling); `quote_augment` adds, for each pair whose
    code quotes a text that the utterance names unquoted, a copy with that text quoted;
    `text_slots`: utterances prepared with their bare texts quoted (as inference prepares them)."""
    pairs = []
    for r in records:
        code = r.code.strip()
        if canonical:
            code = canonical_codes([code], canonical)[0]
        utts = [prepare(r.utterance, r.lang, text_slots)]
        if quote_augment:
            utts += [u for u in (quoted_variant(utts[0], code),) if u]
        for utt in utts:
            target = literals.to_placeholders(code, literals.extract(utt)) if use_literals else code
            pairs.append((utt, target))
    return pairs


_CODE_TEXT = re.compile(r'"((?:[^"]|"")+)"')


def quoted_variant(utterance: str, code: str) -> str | None:
    """`utterance` with the first text the code quotes wrapped in double quotes where it stands
    unquoted as whole words; None when there is no such text."""
    for m in _CODE_TEXT.finditer(code):
        text = m.group(1).replace('""', '"')
        hit = re.search(rf"(?<![\w\"']){re.escape(text)}(?![\w\"'])", utterance)
        if hit:
            return f'{utterance[:hit.start()]}"{text}"{utterance[hit.end():]}'
    return None


def same_code(lang, a: str, b: str) -> bool:
    """Whether two codes are the same in `lang`'s canonical spelling (a None language, or a
    canonical form that fails: the same stripped text)."""
    if lang is None:
        return a.strip() == b.strip()
    try:
        return lang.canonical(a) == lang.canonical(b)
    except CfaError:
        return a.strip() == b.strip()


def targets(tok: CodeTokenizer, codes: Sequence[str], code_len: int) -> torch.Tensor:
    """Token ids (B, code_len), cut at code_len and padded with pad ids."""
    return padded_ids(tok, codes, code_len)[0]


def padded_ids(tok: CodeTokenizer, codes: Sequence[str], length: int
               ) -> tuple[torch.Tensor, torch.Tensor]:
    """Token ids (B, length) of each code, cut at `length` and padded with pad ids; and the pad
    mask, True where no token (an empty code: a row of padding, e.g. no neighbour)."""
    ids = torch.full((len(codes), length), tok.pad_id, dtype=torch.long)
    pad = torch.ones((len(codes), length), dtype=torch.bool)
    for i, code in enumerate(codes):
        toks = tok.encode(code)[:length] if code else []
        ids[i, : len(toks)] = torch.tensor(toks, dtype=torch.long)
        pad[i, : len(toks)] = False
    return ids, pad
