"""Quote augmentation: pairs whose code text stands unquoted in the utterance get a quoted twin,
so the quoted-text literal slot is learned from more than a handful of examples."""

from cf_assistant.data import Record
from cf_assistant.diffusion.targets import finetune_pairs, quoted_variant


def test_quoted_variant_quotes_the_code_text_where_it_stands_as_words():
    assert quoted_variant("Style values which are In Progress", 'TextEquals("In Progress")') == \
        'Style values which are "In Progress"'
    assert quoted_variant("cells that are Done today", 'TextContains("Done")') == \
        'cells that are "Done" today'


def test_no_variant_without_an_unquoted_whole_word_text():
    assert quoted_variant('value id "FNS"', 'TextContains("FNS")') is None  # already quoted
    assert quoted_variant("cells greater than 5", "GreaterThan(5)") is None  # no text
    assert quoted_variant("Undone items", 'TextContains("Done")') is None  # not a whole word


def test_augmented_pair_targets_the_quote_slot():
    rec = Record(id=1, utterance="Color cells equal to Complete", code="TextEquals(Complete)",
                 data=None, labels=None, lang="cf")
    plain = finetune_pairs([rec], use_literals=True, canonical="cf")
    both = finetune_pairs([rec], use_literals=True, canonical="cf", quote_augment=True)
    assert plain == [("Color cells equal to Complete", 'TextEquals("Complete")')]
    assert both == plain + [('Color cells equal to "Complete"', 'TextEquals("<Q0>")')]
