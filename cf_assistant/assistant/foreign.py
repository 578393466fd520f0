"""A request typed in two languages, its rule words said in English.

Bilingual users mix their own language's words into a request: "highlight los valores mayores que
50", "alles über 100 markieren", "les cellules vides in red please", "jo 50 se zyada hai unko
highlight karo", "Price mein jo error nahi hai, sab highlight". The model and the readers know
English only, so `anglicised` says the rule words of Spanish, Portuguese, French, German, Italian,
Hindi (in Latin letters) and a few of Korean, Cantonese, Japanese and Mandarin (romanised) in
English: comparisons and ranges, average, blanks, errors, text tests, duplicates, the date
periods, the visual rules, the asking verbs and the words that join them ("entre 22 y 33" ->
"between 22 and 33", "50 se zyada" -> "more than 50"). Quoted text is the cells' and stays as
typed ("todo lo que contiene 'Chocolate'").

A word that is also an English word, or a likely cell text, is read only in a phrase that makes
it another language's ("y" between two figures, "leer" as German only beside a German word, the
Hindi joining words only where a Hindi rule word is said). The words were written from each
language's ordinary ways of saying the rule language's functions; the twenty-first sets' dev
halves (benchmarks/data/twentyfirst_*.json) showed the kind, never their test halves.
"""

from __future__ import annotations

import re

_N = r"([$£€₹]?\d[\d.,]*%?)"
_I = re.IGNORECASE


def _rules(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", _I), english) for pattern, english in pairs)


# what a request takes in or leaves out, first: "todo lo que no empieza con" is "everything that not starting with"
_LEADS = _rules(
    (r"todo\s+(?:excepto|menos|salvo)|tout\s+sauf|alles\s+au(?:ß|ss)er|tutto\s+tranne", "everything except"),
    (r"excepto|salvo|sauf|au(?:ß|ss)er|tranne", "except"),
    (r"todo\s+lo\s+que|tout\s+ce\s+qui|alles\s+was|tutto\s+quello\s+che", "everything that"),
)

# ranges and averages next: their words hold the comparisons' ("por encima del promedio")
_RANGES = _rules(
    (rf"entre\s+{_N}\s+(?:y|et|e|und)\s+{_N}", r"between \1 and \2"),
    (rf"(?:tra|fra|zwischen)\s+{_N}\s+(?:e|und)\s+{_N}", r"between \1 and \2"),
    (rf"{_N}\s+se\s+{_N}(?:\s+(\w+))?\s+ke\s+(?:beech|bich|beach|darmiyan)(?:\s+(?:mein|me|wale|waale|wali))?",
     r"between \1 and \2 \3"),
    (rf"{_N}\s+se\s+{_N}(?:\s+(\w+))?\s+ke\s+(?:ba+h?a+r|baahar)(?:\s+(?:wale|waale|wali|ke))?",
     r"outside \1 to \2 \3"),
    (rf"{_N}\s+(?:dou|dao)\s+{_N}", r"\1 to \2"),  # Cantonese 到
    (r"(?:ambos|ambas|les\s+deux|beide|entrambi)\s+(?:incluid[oa]s|inclus(?:es)?|eingeschlossen|inclusi)",
     "both included"),
    (r"(?:por\s+encima|arriba|encima)\s+(?:del|de\s+la)\s+(?:promedio|media)|acima\s+da\s+m[ée]dia|"
     r"au[\s-]dessus\s+de\s+la\s+moyenne|sup[ée]rieure?s?\s+[àa]\s+la\s+moyenne|sopra\s+la\s+media|"
     r"(?:über|ueber|oberhalb)\s+(?:dem|des)\s+(?:durchschnitts?|mittelwerts?|schnitt)|"
     r"(?:ausat|average)\s+se\s+(?:zyada|jyada|upar|adhik)", "above average"),
    (r"(?:por\s+debajo|debajo|abajo)\s+(?:del|de\s+la)\s+(?:promedio|media)|abaixo\s+da\s+m[ée]dia|"
     r"(?:au[\s-]|en\s+)dessous\s+de\s+la\s+moyenne|inf[ée]rieure?s?\s+[àa]\s+la\s+moyenne|sotto\s+la\s+media|"
     r"unter(?:halb)?\s+(?:dem|des)\s+(?:durchschnitts?|mittelwerts?|schnitt)|"
     r"(?:ausat|average)\s+se\s+(?:kam|neeche|niche)",
     "below average"),
)

_COMPARISONS = _rules(
    (r"sup[ée]rieure?s?\s+ou\s+[ée]gale?s?\s+[àa]|mayor(?:es)?\s+o\s+igual(?:es)?\s+(?:a|que)|"
     r"maior(?:es)?\s+ou\s+igua(?:l|is)\s+a|al\s+menos|por\s+lo\s+menos|como\s+m[íi]nimo|pelo\s+menos|"
     r"no\s+m[íi]nimo|au\s+moins|mindestens|wenigstens|almeno", "at least"),
    (r"inf[ée]rieure?s?\s+ou\s+[ée]gale?s?\s+[àa]|menor(?:es)?\s+o\s+igual(?:es)?\s+(?:a|que)|"
     r"menor(?:es)?\s+ou\s+igua(?:l|is)\s+a|como\s+m[áa]ximo|a\s+lo\s+sumo|no\s+m[áa]s\s+de|no\s+m[áa]ximo|"
     r"au\s+plus|au\s+maximum|pas\s+plus\s+de|h[öo]e?chstens|nicht\s+mehr\s+als|al\s+massimo|non\s+pi[ùu]\s+di",
     "at most"),
    (r"(?:es\s+|son\s+|sean\s+)?mayor(?:es)?\s+(?:que|a|de)|sup[ée]rieure?s?\s+[àa]|superior(?:es)?\s+a|"
     r"maior(?:es)?\s+(?:do\s+)?que|gr[öo]e?(?:ß|ss)er\s+als|maggior[ei]\s+di|dayu", "greater than"),
    (r"(?:es\s+|son\s+|sean\s+)?menor(?:es)?\s+(?:que|a|de)|inf[ée]rieure?s?\s+[àa]|inferior(?:es)?\s+a|"
     r"menor(?:es)?\s+(?:do\s+)?que|kleiner\s+als|minor[ei]\s+di|xiaoyu", "less than"),
    (r"m[áa]s\s+(?:de|que)|plus\s+(?:de|que)|mais\s+(?:de|do\s+que)|mehr\s+als|pi[ùu]\s+di|acima\s+de", "more than"),
    (r"menos\s+(?:de|que)|moins\s+(?:de|que)|weniger\s+als|meno\s+di|abaixo\s+de", "less than"),
    (r"(?:über|ueber)(?=\s+[$£€₹]?\d)", "over"),
    (r"unter(?=\s+[$£€₹]?\d)", "under"),
    (r"distint[oa]s?\s+(?:de|a)|diferentes?\s+(?:de|a)|diff[ée]rente?s?\s+de|ungleich|nicht\s+gleich|"
     r"diverso\s+da", "not equal to"),
    (r"igual(?:es)?\s+(?:a|que)|[ée]gale?s?\s+[àa]|gleich(?=\s+[$£€₹]?\d)|uguale\s+a", "equal to"),
    (rf"{_N}(\s+[a-z]+)?\s+(?:ya|or)\s+(?:us(?:se|e)\s+)?(?:zyada|jyada|zyaada|adhik)", r"at least \1\2"),
    (rf"{_N}(\s+[a-z]+)?\s+(?:ya|or)\s+(?:us(?:se|e)\s+)?kam", r"at most \1\2"),
    (rf"{_N}(\s+[a-z]+)?\s+se\s+(?:zyada|jyada|zyaada|adhik|upar|bad[aei])", r"more than \1\2"),
    (rf"{_N}(\s+[a-z]+)?\s+se\s+(?:kam|neeche|niche|chhot[aei])", r"less than \1\2"),
    (rf"{_N}\s+ke\s+barabar", r"equal to \1"),
    (rf"{_N}\s+(?:ijou|ijo|yishang)", r"at least \1"),
    (rf"{_N}\s+(?:ika|yixia)", r"at most \1"),
    (rf"{_N}\s+miman", r"less than \1"),
    (rf"{_N}\s+yori\s+(?:ooki|ookii|takai|ue)", r"more than \1"),
)

_STATES = _rules(
    (r"(?:que\s+)?no\s+(?:est[áa]n\s+|son\s+)?vac[íi][oa]s?|(?:qui\s+)?ne\s+sont\s+pas\s+vides|non\s+vides?|"
     r"pas\s+vides?|n[ãa]o\s+(?:est[ãa]o\s+)?vazi[oa]s?|nicht\s+leer(?:e[nr]?)?|non\s+vuot[eio]|"
     r"kha+li\s+nahi+n?|bhar[aei]\s+hu[aei]", "not blank"),
    (r"vac[íi][oa]s?|en\s+blanco|vides?|vazi[oa]s?|em\s+branco|vuot[eio]|kha+li", "blank"),
    (r"sin\s+errore?s?|sans\s+erreurs?|sem\s+erros?|ohne\s+fehler|senza\s+errori", "without errors"),
    (r"(?:jo\s+)?error\s+nahi+n?(?:\s+(?:hai|hain|he))?", "that are not errors"),
    (r"errores|erreurs?|erros|fehlern?|errori", "errors"),
    (r"(?:que\s+)?no\s+contienen?|(?:qui\s+)?ne\s+contien(?:t|nent)\s+pas|n[ãa]o\s+cont[ée]m|"
     r"enth[äa]e?lt\s+nicht|non\s+contien[ei](?:no)?|non\s+contengono", "not containing"),
    (r"(?:que\s+)?contienen?|(?:qui\s+)?contien(?:t|nent)|contenant|cont[ée]m|enth[äa]e?lt|enthalten|"
     r"contengono", "containing"),
    (r"(?:que\s+)?no\s+(?:empiezan?|comienzan?)\s+(?:con|por)|(?:qui\s+)?ne\s+commencen?t?\s+pas\s+par",
     "not starting with"),
    (r"(?:que\s+)?(?:empiezan?|comienzan?)\s+(?:con|por)|(?:qui\s+)?commencen?t?\s+par|come[çc]am?\s+(?:com|por)|"
     r"beginn(?:t|en)\s+mit|f[äa]e?ngt\s+mit|anfangen\s+mit|inizia(?:no)?\s+(?:con|per)", "starting with"),
    (r"(?:que\s+)?(?:terminan?|acaban?)\s+(?:en|con)|(?:qui\s+)?(?:finissen?t|finit|se\s+terminen?t?)\s+par|"
     r"terminam?\s+(?:com|em)|end(?:et|en)\s+(?:mit|auf)|finisc(?:e|ono)\s+(?:con|per|in)", "ending with"),
    (r"exactamente|exactement|exatamente|esattamente|genau", "exactly"),
    (r"nada\s+m[áa]s|rien\s+d['’]autre|nichts\s+anderes", "nothing else"),
    (r"duplicad[oa]s|repetid[oa]s|doublons|doppelte[n]?|duplikate|duplicati", "duplicates"),
    (r"[úu]nic[oa]s|uniques|eindeutige[n]?|einmalige[n]?|unici", "unique"),
)

_PERIODS = _rules(
    (r"(?:(?:los|las|les|die|os|gli)\s+)?[úu]ltim[oa]s\s+(\d+)\s+d[íi]as|(?:les\s+)?(\d+)\s+derniers\s+jours|"
     r"(?:die\s+)?letzten\s+(\d+)\s+tage[n]?|(?:gli\s+)?ultimi\s+(\d+)\s+giorni|(?:pichh?le|picchle)\s+(\d+)\s+din",
     r"the last \1\2\3\4\5 days"),
    (r"ayer|ontem|gestern|ieri", "yesterday"),
    (r"hoy|aujourd['’]hui|hoje|heute|oggi|aaj", "today"),
    (r"mañana|amanh[ãa]|demain|domani", "tomorrow"),
    (r"(?:la\s+)?semana\s+pasada|(?:la\s+)?semaine\s+derni[èe]re|(?:a\s+)?semana\s+passada|"
     r"(?:der\s+)?(?:letzte[nr]?|vorige[nr]?|vergangene[nr]?)\s+woche|(?:la\s+)?settimana\s+scorsa|"
     r"(?:pichh?le|picchle)\s+hafte", "last week"),
    (r"esta\s+semana|cette\s+semaine|diese[rn]?\s+woche|questa\s+settimana|is\s+hafte", "this week"),
    (r"(?:la\s+|a\s+)?pr[óo]xima\s+semana|(?:la\s+)?semana\s+que\s+viene|(?:la\s+)?semaine\s+prochaine|"
     r"n[äa]e?chste[rn]?\s+woche|(?:la\s+)?(?:prossima\s+settimana|settimana\s+prossima)|agle\s+hafte",
     "next week"),
    (r"(?:el\s+)?mes\s+pasado|(?:le\s+)?mois\s+dernier|(?:o\s+)?m[êe]s\s+passado|(?:im\s+)?(?:letzte[nr]?|"
     r"vorige[nr]?|vergangene[nr]?)\s+monat|(?:il\s+)?mese\s+scorso|(?:pichh?le|picchle)\s+mahine", "last month"),
    (r"este\s+m[eê]s|ce\s+mois(?:-ci)?|diese[nmr]?\s+monat|questo\s+mese|is\s+mahine", "this month"),
    (r"(?:el\s+|o\s+)?pr[óo]ximo\s+m[eê]s|(?:el\s+)?mes\s+que\s+viene|(?:le\s+)?mois\s+prochain|"
     r"n[äa]e?chste[nmr]?\s+monat|(?:il\s+)?(?:prossimo\s+mese|mese\s+prossimo)|agle\s+mahine", "next month"),
)

_FORMATS = _rules(
    (r"escalas?\s+de\s+colou?res|[ée]chelles?\s+de\s+couleurs?|escalas?\s+de\s+cores|farbskala|"
     r"scala\s+di\s+colori", "colour scale"),
    (r"barras?\s+de\s+datos|barres?\s+de\s+donn[ée]es|barras?\s+de\s+dados|datenbalken|barre\s+dei\s+dati",
     "data bars"),
    (r"(?:conjunto\s+de\s+)?[íi]conos|(?:jeu\s+d['’])?ic[ôo]nes|symbols[äa]e?tze?", "icon set"),
    (r"(?:toda\s+la\s+fila|la\s+fila\s+(?:completa|entera)|toute\s+la\s+ligne|la\s+ligne\s+enti[èe]re|"
     r"(?:die\s+)?ganze\s+zeile|(?:a\s+)?linha\s+inteira|(?:la\s+)?riga\s+intera|poori\s+row)", "the whole row"),
    (r"res[áa]lta(?:r|lo|los|las|la)?|m[áa]rca(?:lo|los|la|las)|marcar|márca|destaca(?:r|lo|los)?|colorea(?:r)?|"
     r"surligne[rz]?|met(?:s|tez|tre)\s+en\s+(?:[ée]vidence|couleur)|colorie[rz]?|marque[rz]|destaque|"
     r"real[çc]a(?:r)?|markier(?:en|e|t)?|hervorheben|einf[äa]e?rben|evidenzia(?:re|te)?|"
     r"(?:highlight|mark|colou?r)\s+kar(?:o|do|\s+do|\s+dena|na)", "highlight"),
    (r"por\s+favor|s['’]il\s+(?:te|vous)\s+pla[îi]t|svp|stp|bitte|per\s+favore", "please"),
    (r"merci|danke|gracias|obrigad[oa]|grazie|shukriya|dhanyavaad", "thanks"),
    (r"qui\s+ne\s+sont\s+pas|que\s+no\s+(?:sean?|son|es|est[áa]n?)|die\s+nicht", "that are not"),
    (r"las\s+celdas|les\s+cellules|die\s+zellen|as\s+c[ée]lulas|le\s+celle", "the cells"),
)

# joining words: only between two figures or two quoted texts, where no English reading is
_JOINS = (
    (re.compile(r"(?<=\d)\s+(?:y|et|e|und)\s+(?=[$£€₹]?\d)"), " and "),
    (re.compile(r"(?<=[\"”'’\d])\s+(?:o|ou|oder|oppure)\s+(?=[\"“'‘\d])"), " or "),
)
# Korean and Cantonese after a quoted text: "'Kimchi' ga eomneun" (없는), "'Char Siu' yau ge" (有嘅)
_AFTER_QUOTE = (
    (re.compile(r"(?P<q>[\"“'‘][^\"”'’]+[\"”'’])\s+(?:(?:ga|i|ka|neun|eun)\s+)?(?:eo[mpb]s?neun|mou\s+ge)\b", _I),
     r"not containing \g<q>"),
    (re.compile(r"(?P<q>[\"“'‘][^\"”'’]+[\"”'’])\s+(?:(?:ga|i|ka|neun|eun)\s+)?(?:i[nt]neun|yau\s+ge|yauh\s+ge)\b", _I),
     r"containing \g<q>"),
)
# Hindi's joining words, left out where a Hindi rule word was read ("jo ... hai unko highlight karo")
_HINDI_SAID = re.compile(r"\b(?:karo|hai|hain|nahi+n?|se\s+(?:zyada|jyada|kam|adhik)|wale|waale|mein|unko)\b", _I)
_HINDI_JOINING = re.compile(r"(?<![\w-])(?:jo|hai|hain|unko|inko|ko|ki|ke|ka|wale|waale|wali|waali|sab|mein|"
                            r"sabhi|saare|jin|jinka|jinki|jinke|wo|woh|ye|yeh)(?![\w-])", _I)
_GERMAN_SAID = re.compile(r"\b(?:die|der|das|und|nicht|alle|bitte|mit|ohne|sind|ist|zellen|markieren|markier)\b", _I)
_FRENCH_SAID = re.compile(r"\b(?:les|des|du|qui|sont|cellules|et|pour|avec|d['’])", _I)
_SPANISH_SAID = re.compile(r"\b(?:los|las|del|que|por|para|una|uno|el|todo|todos)\b", _I)
# a language's small words, read only where that language is said
# articles and joining words, lower case only: "surligne les wheels of 'Stilton'" ("LA" may be a value)
_ARTICLES = {"german": {"die": "the", "der": "the", "das": "the", "den": "the", "dem": "the", "und": "and",
                        "für": "for", "von": "of", "alle": "all"},
             "french": {"les": "the", "des": "the", "le": "the", "la": "the", "du": "of the", "de": "of", "et": "and",
                        "dans": "in", "pour": "for"},
             "spanish": {"los": "the", "las": "the", "el": "the", "la": "the", "del": "of the", "de": "of",
                         "en": "in", "para": "for"}}
_GERMAN = _rules((r"ab(?=\s+[$£€₹]?\d)", "at least"), ("leer(?:e[nr]?)?", "blank"), ("morgen", "tomorrow"),
                 ("mit", "with"), ("ohne", "without"), ("bei", "for"), ("oder", "or"), ("nicht", "not"))
_FRENCH = _rules(("hier", "yesterday"), ("avec", "with"), ("sans", "without"))  # ("hier" is German here)
_SPANISH = _rules(("con", "with"), ("sin", "without"))
_QUOTED = re.compile(r"(?<!\w)[\"“][^\"”]*[\"”]|(?<!\w)['‘][^'’]*['’](?!\w)")
# more languages and more ways of saying it, written from each language's everyday words for the rule
# language's functions (Dutch, Indonesian and Malay, Tagalog, Turkish, Polish, romanised Japanese, Korean
# and Mandarin; more of Spanish, French, German, Italian, Hindi); ranges and averages first
_MORE_RANGES = _rules(
    (rf"(?:tussen|antara|między|sa\s+pagitan\s+ng)\s+{_N}\s+(?:en|dan|hingga|sampai|a|at)\s+{_N}",
     r"between \1 and \2"),
    (rf"{_N}\s+(?:ile|kara|he|dao)\s+{_N}\s+(?:arasında|made|zhijian|sai)", r"between \1 and \2"),
    (rf"(?:desde|von|od|da)\s+{_N}\s+(?:hasta|bis|do|a)\s+{_N}", r"from \1 to \2"),
    (rf"(?<![\w'])(?:de|da)\s+{_N}\s+(?:a|à)\s+{_N}", r"from \1 to \2"),
    (rf"{_N}\s+se\s+{_N}\s+tak", r"from \1 to \2"),
    (r"boven\s+het\s+gemiddelde|di\s+atas\s+rata-?rata|ortalaman[ıi]n\s+(?:üstünde|üzerinde)|powyżej\s+średniej|"
     r"gaoyu\s+pingjun(?:zhi)?|heikin\s+(?:ijou|ijō|yori\s+ue)|pyeonggyun\s+isang|sa\s+itaas\s+ng\s+average",
     "above average"),
    (r"onder\s+het\s+gemiddelde|di\s+bawah\s+rata-?rata|ortalaman[ıi]n\s+altında|poniżej\s+średniej|"
     r"diyu\s+pingjun(?:zhi)?|heikin\s+(?:ika|miman|yori\s+shita)|pyeonggyun\s+iha|sa\s+ibaba\s+ng\s+average",
     "below average"),
    (r"rata-?rata|ortalama|średnia|pingjun(?:zhi)?|heikin|pyeonggyun|gemiddelde", "average"),
)
_MORE_WORDS = _rules(
    (r"gr[öo]e?(?:ß|ss)er\s+(?:oder\s+)?gleich|minstens|ten\s+minste|paling\s+sedikit|sekurang-kurangnya|"
     r"hindi\s+bababa\s+sa|en\s+az|co\s+najmniej", "at least"),
    (r"kleiner\s+(?:oder\s+)?gleich|hoogstens|paling\s+banyak|hindi\s+hihigit\s+sa|en\s+(?:fazla|çok)|"
     r"co\s+najwyżej|como\s+mucho", "at most"),
    (r"groter\s+dan|meer\s+dan|hoger\s+dan|lebih\s+(?:dari|daripada)|(?:ma)?higit\s+sa|mas\s+mataas\s+sa|"
     r"lampas\s+sa|większ[eay]\s+(?:niż|od)|m[áa]s\s+grandes?\s+que", "more than"),
    (r"kleiner\s+dan|minder\s+dan|lager\s+dan|kurang\s+(?:dari|daripada)|mas\s+mababa\s+sa|kulang\s+sa|"
     r"mniejsz[eay]\s+(?:niż|od)|m[áa]s\s+pequeñ[oa]s?\s+que", "less than"),
    (r"(?:por\s+encima|au-dessus|au-delà|di\s+atas|powyżej|sopra|encima)(?:\s+de)?(?=\s+[$£€₹]?\d)", "over"),
    (r"(?:por\s+debajo|en\s+dessous|au-dessous|di\s+bawah|poniżej|sotto|debajo)(?:\s+de)?(?=\s+[$£€₹]?\d)", "under"),
    (r"hasta(?=\s+[$£€₹]?\d)", "up to"),
    (rf"{_N}['’]?(?:den|dan|ten|tan)\s+(?:daha\s+)?(?:büyük|fazla|yüksek)", r"more than \1"),
    (rf"{_N}['’]?(?:den|dan|ten|tan)\s+(?:daha\s+)?(?:küçük|az|düşük)", r"less than \1"),
    (rf"{_N}\s+(?:isang)", r"at least \1"), (rf"{_N}\s+(?:iha)", r"at most \1"),
    (rf"{_N}\s+(?:choegwa|choka|chōka)", r"more than \1"),
    (r"budengyu|bu\s+dengyu", "not equal to"), (r"dengyu", "equal to"),
    (r"niet\s+leeg|tidak\s+kosong|may\s+laman|boş\s+olmayan|niepuste|feikong|bu\s+wei\s+kong", "not blank"),
    (r"leeg|lege|kosong|walang\s+laman|boş|puste|kongbai|kuuhaku|kūhaku|bin\s*kan|sin\s+valor", "blank"),
    (r"fouten|hatalı|hatalar|hata|błęd(?:y|ów)|cuowu|eraa|erā|oryu", "errors"),
    (r"bevat(?:ten)?|mengandung|berisi|içeren|zawiera(?:jące)?|baohan|fukumu|poham", "containing"),
    (r"begin(?:t|nen)\s+met|dimulai\s+dengan|bermula\s+dengan|ile\s+başlayan|zaczyna\s+się\s+od", "starting with"),
    (r"eindig(?:t|en)\s+(?:op|met)|diakhiri\s+dengan|berakhir\s+dengan|ile\s+biten|kończy\s+się\s+na",
     "ending with"),
    (r"dubbele|duplicaten|duplikat|duplikaty|tekrar\s+eden|yinelenen|chongfu|juufuku|jūfuku|jungbok|en\s+double|"
     r"que\s+se\s+repiten|duplicate\s+wale", "duplicates"),
    (r"uniek(?:e)?|unik|unikalne|weiyi", "unique"),
    (r"vandaag|hari\s+ini|ngayong\s+araw|ngayon|bugün|dzisiaj|dziś|jintian|kyou|kyō|oneul", "today"),
    (r"gisteren|kemarin|semalam|kahapon|dün|wczoraj|zuotian|kinou|kinō|eoje", "yesterday"),
    (r"besok|esok|bukas|yarın|jutro|mingtian|ashita|naeil", "tomorrow"),
    (r"deze\s+week|minggu\s+ini|ngayong\s+linggo|bu\s+hafta|w\s+tym\s+tygodniu|benzhou|zhe\s*zhou|konshuu|konsh[ūu]|"
     r"ibeon\s+ju", "this week"),
    (r"vorige\s+week|minggu\s+lalu|(?:noong\s+)?nakaraang\s+linggo|geçen\s+hafta|w\s+(?:zeszłym|ubiegłym)\s+tygodniu|"
     r"shang\s*zhou|senshuu|sensh[ūu]|jinan\s+ju", "last week"),
    (r"volgende\s+week|minggu\s+depan|(?:sa\s+)?susunod\s+na\s+linggo|(?:gelecek|önümüzdeki)\s+hafta|"
     r"w\s+przyszłym\s+tygodniu|xia\s*zhou|raishuu|raish[ūu]|daeum\s+ju", "next week"),
    (r"deze\s+maand|bulan\s+ini|ngayong\s+buwan|bu\s+ay|w\s+tym\s+miesiącu|benyue|zhe\s*ge\s*yue|kongetsu|"
     r"ibeon\s+dal", "this month"),
    (r"vorige\s+maand|bulan\s+lalu|nakaraang\s+buwan|geçen\s+ay|w\s+(?:zeszłym|ubiegłym)\s+miesiącu|"
     r"shang\s*ge\s*yue|sengetsu|jinan\s+dal", "last month"),
    (r"volgende\s+maand|bulan\s+depan|susunod\s+na\s+buwan|(?:gelecek|önümüzdeki)\s+ay|w\s+przyszłym\s+miesiącu|"
     r"xia\s*ge\s*yue|raigetsu|daeum\s+dal", "next month"),
    (r"(?:de\s+)?laatste\s+(\d+)\s+dagen|(\d+)\s+hari\s+terakhir|son\s+(\d+)\s+gün|ostatnie\s+(\d+)\s+dni",
     r"the last \1\2\3\4 days"),
    (r"(?:los|las)\s+(\d+)\s+(?:mejores|más\s+altos|más\s+altas|mayores)|les\s+(\d+)\s+plus\s+(?:grand|élevé|haut)e?s|"
     r"die\s+(\d+)\s+(?:größten|höchsten|besten)|qian\s+(\d+)", r"the top \1\2\3\4"),
    (r"(?:los|las)\s+(\d+)\s+(?:peores|más\s+bajos|más\s+bajas|menores)|les\s+(\d+)\s+plus\s+(?:petit|bas|faible)e?s|"
     r"die\s+(\d+)\s+(?:kleinsten|niedrigsten|schlechtesten)", r"the bottom \1\2\3"),
    (r"por\s+ciento|pour\s+cent|prozent|procent|persen|yüzde", "percent"),
    (r"markeer|markeren|tandai|sorot|warnai|vurgula|işaretle|zaznacz|podświetl|wyróżnij", "highlight"),
)
_ANY_RULE = (_LEADS, _RANGES, _MORE_RANGES, _COMPARISONS, _MORE_WORDS, _STATES, _PERIODS, _FORMATS)


def anglicised(text: str) -> str:
    """`text` with the rule words of another language said in English ("alles über 100
    markieren" -> "alles over 100 highlight", "los días con más de 150 tacos" -> "los días con
    more than 150 tacos"); its quoted texts as typed. English text comes back unchanged."""
    out, last = [], 0
    for m in _QUOTED.finditer(text):
        out += [_plain(text[last:m.start()]), m.group(0)]
        last = m.end()
    out.append(_plain(text[last:]))
    said = "".join(out)
    for pattern, english in _AFTER_QUOTE:
        said = pattern.sub(english, said)
    return re.sub(r"\s{2,}", " ", said).strip() if said != text else text


def _plain(part: str) -> str:
    """One unquoted stretch of a request with its foreign rule words in English; a language's
    small words only where two of its words are said, or one beside a rule word read."""
    hindi = _HINDI_SAID.search(part) is not None
    before = part
    for rules in _ANY_RULE:
        for pattern, english in rules:
            part = pattern.sub(english, part)
    read = part != before
    said = {language: len(signal.findall(before)) + read >= 2
            for language, signal in (("german", _GERMAN_SAID), ("french", _FRENCH_SAID), ("spanish", _SPANISH_SAID))}
    said["french"] = said["french"] and not said["german"]  # ("hier" is German here)
    for language, rules in (("german", _GERMAN), ("french", _FRENCH), ("spanish", _SPANISH)):
        if said[language]:
            for pattern, english in rules:
                part = pattern.sub(english, part)
            words = _ARTICLES[language]
            part = re.sub(rf"(?<![\w'’-])(?:{'|'.join(words)})(?![\w'’-])", lambda m: words[m.group(0)], part)
    for pattern, english in _JOINS:
        part = pattern.sub(english, part)
    if hindi:
        part = re.sub(r"(?<![\w-])din(?![\w-])", "days", _HINDI_JOINING.sub(" ", part), flags=_I)
    return part
