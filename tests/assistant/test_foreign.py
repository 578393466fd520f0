"""A request typed in two languages (`assistant.foreign`): the other language's rule words said in
English, quoted texts as typed, English requests unchanged."""

from __future__ import annotations

import pytest

from cf_assistant.assistant.asking import asked
from cf_assistant.assistant.foreign import anglicised


@pytest.mark.parametrize("text, wanted", [
    # Spanish
    ("marca los pedidos mayores que 300", "marca the pedidos greater than 300"),
    ("importes entre 10 y 20, ambos incluidos", "importes between 10 and 20, both included"),
    ("notas por debajo del promedio, por favor", "notas below average, please"),
    ("clientes que no empiezan con \"Dr\"", "clientes not starting with \"Dr\""),
    ("entregas de la semana que viene", "entregas of next week"),
    ("celdas vacías", "celdas blank"),
    # Portuguese, Italian
    ("valores acima da média", "valores above average"),
    ("ordini con più di 40 pezzi", "ordini con more than 40 pezzi"),
    ("scadenze della settimana scorsa", "scadenze della last week"),
    # French
    ("les montants supérieurs à 500 svp", "the montants greater than 500 please"),
    ("les noms qui contiennent \"SARL\"", "the noms containing \"SARL\""),
    ("factures du mois dernier", "factures of the last month"),
    # German
    ("alle Werte über 100 markieren", "all Werte over 100 highlight"),
    ("Rechnungen ohne Fehler, bitte", "Rechnungen without errors, please"),
    ("mindestens 5 Stück", "at least 5 Stück"),
    # Hindi in Latin letters
    ("jo 50 se zyada hai unko highlight karo", "more than 50 highlight"),
    ("20 se 40 ke beech wale marks", "between 20 and 40 marks"),
    ("agle mahine ki deliveries", "next month ki deliveries"),
    # Dutch, Indonesian, Turkish, Polish, Tagalog, romanised Korean and Mandarin
    ("markeer de waarden groter dan 50", "highlight de waarden more than 50"),
    ("tandai nilai lebih dari 100", "highlight nilai more than 100"), ("50'den büyük puanlar", "more than 50 puanlar"),
    ("Wartości co najmniej 20, zaznacz", "Wartości at least 20, highlight"),
    ("walang laman na cells", "blank na cells"),
    ("50 isang jeomsu", "at least 50 jeomsu"), ("jintian de dingdan", "today de dingdan"),
    ("die 5 größten Werte markieren", "the top 5 Werte highlight"), ("de 10 a 20 unidades", "from 10 to 20 unidades"),
    # Korean and Cantonese after a quoted text
    ("'Kimchi' ga eomneun dishes", "not containing 'Kimchi' dishes"),
    ("\"Siu Mai\" yau ge orders", "containing \"Siu Mai\" orders"),
    # quoted texts stay as typed
    ("todo lo que contiene \"Más de 5\"", "everything that containing \"Más de 5\""),
])
def test_another_languages_rule_words_are_said_in_english(text, wanted):
    assert anglicised(text) == wanted


@pytest.mark.parametrize("text", [
    "highlight LA and the blanks", "the de facto list", "the hier column is here", "mark the sin and con rows",
    "names containing 'Entre'", "values over 5 and under 10", "highlight Marca over 5", "rows 5 do 8 only",
    "highlight AB 5 and AB 7",
])
def test_english_requests_are_unchanged(text):
    assert anglicised(text) == text


def test_the_asked_text_reads_a_code_switched_request():
    assert asked("resalta los importes mayores que 300, por favor") == "highlight the importes greater than 300, please"
