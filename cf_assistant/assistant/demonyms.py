"""A people's or language's word for its country: "French wines" are those whose Country is France.

Users name a country's cells by its adjective ("the French wines", "Spanish or Italian",
"American customers"); the cells write the country. `country_of(word, known)` gives the
cell's own spelling of the country that `word` (lower case) is the adjective of, where one of
`known` (lower-case cell texts) writes it, else None. A plain table of common countries, no
model; the readers of named cell texts (`tables.quote_values`, `cell_words`) ask it after their
own matches fail.
"""

from __future__ import annotations

_COUNTRIES = {
    "french": ("france",), "spanish": ("spain",), "italian": ("italy",), "german": ("germany",),
    "portuguese": ("portugal",), "greek": ("greece",), "austrian": ("austria",),
    "australian": ("australia",), "kiwi": ("new zealand", "nz"),
    "argentinian": ("argentina",), "argentine": ("argentina",), "chilean": ("chile",),
    "american": ("usa", "us", "united states", "america"), "british": ("uk", "united kingdom", "britain", "gb"),
    "english": ("england",), "scottish": ("scotland",), "welsh": ("wales",), "irish": ("ireland",),
    "canadian": ("canada",), "mexican": ("mexico",), "japanese": ("japan",), "chinese": ("china",),
    "indian": ("india",), "dutch": ("netherlands", "holland"), "belgian": ("belgium",),
    "swiss": ("switzerland",), "swedish": ("sweden",), "norwegian": ("norway",), "danish": ("denmark",),
    "finnish": ("finland",), "polish": ("poland",), "hungarian": ("hungary",), "brazilian": ("brazil",),
    "turkish": ("turkey", "türkiye"), "lebanese": ("lebanon",), "israeli": ("israel",),
    "georgian": ("georgia",), "thai": ("thailand",), "vietnamese": ("vietnam",), "korean": ("korea", "south korea"),
    "egyptian": ("egypt",), "moroccan": ("morocco",), "nigerian": ("nigeria",), "kenyan": ("kenya",),
    "russian": ("russia",), "ukrainian": ("ukraine",), "croatian": ("croatia",), "romanian": ("romania",),
    "czech": ("czechia", "czech republic"), "peruvian": ("peru",), "colombian": ("colombia",),
    "jamaican": ("jamaica",), "cuban": ("cuba",), "filipino": ("philippines",), "indonesian": ("indonesia",),
    "pakistani": ("pakistan",), "bangladeshi": ("bangladesh",), "iranian": ("iran",),
    "slovenian": ("slovenia",), "bulgarian": ("bulgaria",), "uruguayan": ("uruguay",),
    "ethiopian": ("ethiopia",), "ghanaian": ("ghana",), "south african": ("south africa",),
    "new zealand": ("new zealand", "nz"), "sri lankan": ("sri lanka",),
}


def country_of(word: str, known) -> str | None:
    """The form in `known` of the country `word` (lower case, a singular or plural adjective:
    "french", "americans") names, or None."""
    forms = _COUNTRIES.get(word) or (_COUNTRIES.get(word[:-1]) if word.endswith("s") else None)
    return next((form for form in forms or () if form in known), None)
