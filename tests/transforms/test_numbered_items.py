"""Clause ``numbered_run`` of rule ``list_item`` (``transforms.line_marks``,
used by ``transforms.unwrap``): a line opening a numbered item ("2. ", "3) ")
that continues a run of numbered items keeps its line, even after a full line
that ends a sentence; a wrapped sentence that opens with a number still joins.

Samples from Debian 12 packages: fortunes-de (``zitate``)
and debian-reference-es."""

import re

import numpy as np

from transforms.line_marks import numbered_items
from transforms.normalize import normalize_text
from transforms.unwrap import code_points, unwrap_text

# fortunes-de, zitate: the fortune holding a wrapped numbered list and the four
# fortunes of the file whose lines most often continue in lower case (in file
# order), so that the document reads as prose as the whole file does (a full
# line before " 2. " then joins without the clause).
ZITATE = """Ich habe ein paar Regeln aufgestellt, die unsere Reaktionen auf technische
Neuerungen beschreiben:
 1. Alles, was es schon gibt, wenn du auf die Welt kommst, ist normal und
    üblich und gehört zum selbstverständlichen Funktionieren der Welt dazu.
 2. Alles, was zwischen deinem 15. und 35. Lebensjahr erfunden wird, ist
    neu, aufregend und revolutionär und kann dir vielleicht zu einer
    beruflichen Laufbahn verhelfen.
 3. Alles, was nach deinem 35. Lebensjahr erfunden wird, richtet sich gegen
    die natürliche Ordnung der Dinge.
		-- Douglas Adams aus Hitchhiker's Guide
%
Die Geschichte der Wissenschaften zeigt uns bei allem, was für
dieselben geschieht, gewisse Epochen, die bald schneller, bald
langsamer aufeinander folgen. Eine bedeutenden Ansicht, neu oder
erneut, wird ausgesprochen; sie wird anerkannt, früher oder später;
es finden sich Mitarbeiter; das Resultat geht in die Schüler über; es
wird gelehrt und fortgepflanzt, und wir bemerken leider, dass es gar
nicht darauf ankommt, ob die Ansicht wahr oder falsch sei; beides
macht denselben Gang, beides wird zuletzt eine Phrase, beides prägt
sich als totes Wort dem Gedächtnis ein.
		-- Goethe, Maximen und Reflexionen, Nr. 809
%
Der Dichter ist angewiesen auf Darstellung. Das Höchste
derselben ist, wenn sie mit der Wirklichkeit wetteifert, das heißt,
wenn ihre Schilderungen durch den Geist dergestalt lebendig sind,
dass sie als gegenwärtig für jedermann gelten können. Auf ihrem
höchsten Gipfel scheint die Poesie ganz äußerlich; je mehr sie sich
ins Innere zurückzieht, ist sie auf dem Wege zu sinken. - Diejenige,
die nur das Innere darstellt, ohne es durch ein Äußeres zu
verkörpern, oder ohne das Äußere durch das Innere durchfühlen zu
lassen, sind beides die letzten Stufen, von welchen aus sie ins
gemeine Leben hinein tritt.
		-- Goethe, Maximen und Reflexionen, Nr. 1250
%
Eine Empfindung die mit Worten ausgedruckt wird, ist allzeit wie Musik
die ich mit Worten beschreibe, die Ausdrücke sind der Sache nicht
homogen genug. Der Dichter, der Mitleiden erregen will, verweist doch
noch den Leser auf eine Malerei und durch diese auf die Sache. Eine
gemalte schöne Gegend reiße augenblicklich hin, da eine besungene erst
im Kopf des Lesers gemalt werden muß. Bei der ersten hat der Zuschauer
nichts mehr mit der Einrichtung zu tun, sondern er schreitet gleichsam
zum Besitz, wünscht sich die Gegend, das gemalte Mädgen, bringt sich
in allerlei Situationen, vergleicht sich mit allerlei Umständen bei
der Sache.
		-- Georg Christoph Lichtenberg
%
Es ist ein ganz unvermeidlicher Fehler aller Sprachen, daß sie nur
genera von Begriffen ausdrücken, und selten das hinlänglich sagen was
sie sagen wollen. Denn wenn wir unsere Wörter mit den Sachen
vergleichen, so werden wir finden daß die letzteren in einer ganz
andern Reihe fortgehen als die erstem. Die Eigenschaften die wir an
unserer Seele bemerken hängen so zusammen, daß sich wohl nicht leicht
eine Grenze wird angeben lassen, die zwischen zweien wäre, die Wörter,
womit wir sie ausdrücken, sind nicht so beschaffen, und zwei auf
einander folgende und verwandte Eigenschaften werden durch Zeichen
ausgedrückt, die uns keine Verwandtschaft zu erkennen geben. Man
sollte die Wörter philosophisch deklinieren können, das ist ihre
Verwandtschaft von der Seite durch Veränderungen angeben können. In
der Analysi nennt man einer Linie a unbestimmtes Stück x, das andere
nicht y wie im gemeinen Leben, sondern a - x. Daher hat die
mathematische Sprache so große Vorzüge für der gemeinen.
		-- Georg Christoph Lichtenberg
"""

# debian-reference-es: a wrapped sentence whose second line opens with "2.".
DEBREF_ES = """    El directorio . enlaza al propio directorio en el que aparece,
    por lo que la cuenta de enlaces de cualquier nuevo directorio es
    2. El directorio «..» enlaza al directorio padre, por lo que la
    cuenta de enlaces del directorio se incrementa con la creación de
    nuevos subdirectorios.
"""


def _items(text):
    """``numbered_items`` over the lines of ``text`` (none of them indented)."""
    firsts = np.asarray([0] + [m.end() for m in re.finditer("\n", text)][:-1])
    return numbered_items(text, code_points(text), firsts)


def _lines(text):
    return unwrap_text(normalize_text(text))[0].split("\n")


def test_numbered_items_keep_their_lines_after_a_full_line():
    lines = _lines(ZITATE)
    items = [line for line in lines if line.lstrip()[:3] in ("1. ", "2. ", "3. ")]
    assert [item[:12] for item in items] == [" 1. Alles, w", " 2. Alles, w", " 3. Alles, w"]
    assert items[0].endswith("zum selbstverständlichen Funktionieren der Welt dazu.")
    assert items[1].endswith("kann dir vielleicht zu einer beruflichen Laufbahn verhelfen.")
    assert items[2].endswith("richtet sich gegen die natürliche Ordnung der Dinge.")
    # The prose around the list still joins.
    assert "Die Geschichte der Wissenschaften zeigt uns bei allem, was für dieselben" in lines[6]


def test_a_wrapped_sentence_opening_with_a_number_still_joins():
    text = _lines(DEBREF_ES)
    assert "de cualquier nuevo directorio es 2. El directorio «..» enlaza" in "\n".join(text)
    # A year, and a number with no neighbour in a run, are no items.
    prose = "It ended in the year\n1850. The war was over by\n12. The next day\n"
    assert not _items(prose).any()


def test_numbered_items_need_a_neighbour_with_the_same_mark():
    text = "1. one\nx.\n2) two\n3) three\n5. five\n"
    assert _items(text).tolist() == [False, False, True, True, False]


# debian-faq-de (3.1.7): a chronicle of dates in wrapped prose, real but for the
# last bullet, re-wrapped with "14." for "13." so that two dates in a row open
# lines ("am" / "13. Juli", "dem" / "14. Juli").
FAQ_DE_DATES = """      * Also ist am 8. Juli XYZ-3.7 in Testing und XYZ-3.9 in
        Unstable.

      * Die neue Version XYZ-3.9 soll nach dem neuen Zeitplan nun am
        13. Juli in Testing ankommen.

      * Nachdem Sie ja Testing verwenden und XYZ-3.7 fehlerhaft ist,
        könnten sie wahrscheinlich XYZ erst wieder nach dem
        14. Juli benutzen.
"""


def _indented_items(text):
    """``numbered_items`` over the lines of ``text``, indented or not."""
    firsts = np.asarray([m.start(1) for m in re.finditer(r"^[ \t]*(.?)", text, re.M)])
    return numbered_items(text, code_points(text), firsts[:-1])


def test_dates_of_wrapped_prose_are_no_run():
    assert not _indented_items(FAQ_DE_DATES).any()
    # The same lines after a line ending in punctuation, or under a deeper line
    # (a hanging indent), are items of a run.
    listed = FAQ_DE_DATES.replace("nun am\n", "nun:\n").replace("nach dem\n", "nach:\n")
    assert _indented_items(listed).sum() == 2
    hanging = " 13. eins\n    zwei drei vier fuenf\n 14. sechs\n"
    assert _indented_items(hanging).tolist() == [True, False, True]
