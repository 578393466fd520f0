"""The code tokenizer: a byte-level BPE trained per language with the `tokenizers` library.

`decode(encode(code)) == code` exactly: the pre-tokenizer isolates every punctuation character and
every digit, and the byte-level alphabet covers any text (CJK, emoji, control characters), so no
character is ever unknown. Special tokens: `<pad>` (0), `<bos>`, `<eos>`, `<mask>` (the CPD mask
string), `<unk>`, and the literal placeholders `<N0>`..`<N7>`, `<Q0>`..`<Q3>` that
`cf_assistant.diffusion.literals` writes into training targets. `with_words` adds whole-word
tokens (a language's function names) after the trained vocabulary.

The utterance side uses the encoder's own tokenizer (MiniLM's, in `cf_assistant.diffusion.minilm`).
This module knows nothing of torch, of the model or of any language's grammar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers

from cf_assistant.errors import CheckpointError

PAD, BOS, EOS, MASK, UNK = "<pad>", "<bos>", "<eos>", "<mask>", "<unk>"
NUMBER_SLOTS = 8
QUOTE_SLOTS = 4
PLACEHOLDERS = tuple(f"<N{i}>" for i in range(NUMBER_SLOTS)) + tuple(
    f"<Q{i}>" for i in range(QUOTE_SLOTS)
)
SPECIALS = (PAD, BOS, EOS, MASK, UNK) + PLACEHOLDERS


def _pre_tokenizer() -> pre_tokenizers.PreTokenizer:
    return pre_tokenizers.Sequence(
        [
            pre_tokenizers.Punctuation(behavior="isolated"),
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
        ]
    )


class CodeTokenizer:
    """Exact, reversible code tokenizer; wraps a `tokenizers.Tokenizer`."""

    def __init__(self, tok: Tokenizer):
        self._tok = tok
        ids = [tok.token_to_id(s) for s in SPECIALS]
        if any(i is None for i in ids):
            raise CheckpointError("code tokenizer lacks the special tokens; retrain it with `cfa train`")
        self.pad_id, self.bos_id, self.eos_id, self.mask_id, self.unk_id = ids[:5]
        self._cut = {self.pad_id, self.eos_id}
        self._drop = {self.bos_id}

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def train(cls, texts: Iterable[str], vocab_size: int) -> "CodeTokenizer":
        tok = Tokenizer(models.BPE(unk_token=UNK))
        tok.pre_tokenizer = _pre_tokenizer()
        tok.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(
            vocab_size=vocab_size,
            special_tokens=list(SPECIALS),
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
            show_progress=False,
        )
        tok.train_from_iterator(list(texts), trainer=trainer)
        return cls(tok)

    def with_words(self, words: Iterable[str]) -> "CodeTokenizer":
        """A copy that also spells each of `words` (a language's function names) as one token.

        BPE trained on a small corpus splits rare names into pieces ("Yesterday" -> "Yes", "ter",
        "day"), which the model must then place in order and may garble. The new tokens get the
        ids after the current vocabulary, so every existing id keeps its meaning (a warm start
        copies their rows); a word the vocabulary already holds keeps its id. All of `words` are
        added, since an added token is matched before BPE runs ("Equals" alone would cut
        "TextEquals" in two). Matching is
        leftmost-longest ("NotErrors" before "Errors") and `decode(encode(code)) == code` holds.
        """
        tok = Tokenizer.from_str(self._tok.to_str())
        tok.add_tokens([AddedToken(w, single_word=False, normalized=False) for w in sorted(set(words))])
        return type(self)(tok)

    @classmethod
    def from_str(cls, text: str) -> "CodeTokenizer":
        try:
            return cls(Tokenizer.from_str(text))
        except Exception as exc:  # tokenizers raises bare Exceptions on bad JSON
            raise CheckpointError(f"code tokenizer is not valid tokenizer JSON ({exc})") from exc

    @classmethod
    def load(cls, path: Path) -> "CodeTokenizer":
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CheckpointError(f"{path}: cannot read the code tokenizer ({exc})") from exc
        try:
            return cls.from_str(text)
        except CheckpointError as exc:
            raise CheckpointError(f"{path}: {exc}") from exc

    def to_str(self) -> str:
        return self._tok.to_str()

    def save(self, path: Path) -> None:
        Path(path).write_text(self.to_str(), encoding="utf-8")

    # -- use ----------------------------------------------------------------------------------
    @property
    def vocab_size(self) -> int:
        return self._tok.get_vocab_size()

    def encode(self, code: str) -> list[int]:
        return self._tok.encode(code, add_special_tokens=False).ids

    def pieces(self, code: str) -> list[str]:
        """The text of each token of `encode(code)`; they concatenate to `code`.

        A character split over several byte-level tokens belongs to the first of them (the
        others get "").
        """
        enc = self._tok.encode(code, add_special_tokens=False)
        out, pos = [], 0
        for start, end in enc.offsets:
            start = max(start, pos)
            out.append(code[start:end] if end > start else "")
            pos = max(pos, end)
        if pos < len(code):  # never expected; keep the contract anyway
            out[-1] += code[pos:]
        return out

    def decode(self, ids: Sequence[int]) -> str:
        """Text of `ids`, cut at the first pad or eos; bos dropped; placeholders kept."""
        kept: list[int] = []
        for i in ids:
            i = int(i)
            if i in self._cut:
                break
            if i not in self._drop:
                kept.append(i)
        return self._tok.decode(kept, skip_special_tokens=False)

    def id_to_token(self, i: int) -> str:
        return self._tok.id_to_token(int(i))
