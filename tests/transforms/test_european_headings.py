"""Headings of European languages other than English: the keywords of those
languages (``european_keywords``, ``nbsp_separator``, ``dotted_number``,
``mid_sentence``; session 14), numbers written as words (``number_words``),
ordinal headings (``ordinal_first``), ``unicode_lower`` and dashed numbered titles
(``dash_separator``, ``dash_not_sentence``; session 15). Excerpts from Debian 12's
manuals, German novels (68_german_novels) and ELTeC novels. The sentence and
language rules are in ``test_european.py``."""

import pytest

from tests.transforms.test_european import DE_REFERENCE
from transforms.headings import line_candidates
from transforms.sections import _mid_sentence, find_sections


@pytest.mark.parametrize(
    "line, series, value",
    [
        ("Kapitel 1. Definitionen und Überblick", "kw:chapter", 1),  # debian-faq-de
        ("Глава 2. Получение и установка Debian GNU/Linux", "kw:chapter", 2),  # -ru
        ("Chapitre\xa03.\xa0Choisir une distribution de Debian", "kw:chapter", 3),  # -fr
        ("Capítulo 5. Configuración de red", "kw:chapter", 5),  # debian-reference-es
        ("Capitolo 2. Gestione dei pacchetti in Debian", "kw:chapter", 2),  # -it
        ("Hoofdstuk 4. Compatibiliteitskwesties", "kw:chapter", 4),  # debian-faq-nl
        ("Chapter\xa01.\xa0Definitions and overview", "kw:chapter", 1),  # debian-faq (en)
        ("Zweiter Teil", None, None),  # ordinal first: an "ordinal" candidate (below)
        ("Teil 2 über die Shell", None, None),  # prose: a lower-case word follows
        ("Kapitel 6.2.1 Welche Codenamen wurden in der Vergangenheit", None, None),
        ("Chapter 6.2.1 What code names have been used in the past", None, None),
        ("глава 3. Выбор", None, None),  # lower case: a mention
    ],
)
def test_european_keyword_candidates(line, series, value):
    found = line_candidates(line, 0, 0, len(line))
    keywords = [c for c in found if c.kind == "keyword"]
    if series is None:
        assert keywords == []
    else:
        assert (keywords[0].series, keywords[0].value) == (series, value)


def test_faq_chapters_open_sections():
    # debian-faq's layout (every language): numbered questions under chapters
    # whose keyword and number are parted by no-break spaces.
    text = "".join(
        f"Kapitel\xa0{i}.\xa0{t}\n\n{i}.1.\xa0Eine Frage?\n\n{DE_REFERENCE}\n"
        for i, t in enumerate(
            ["Definitionen und Überblick", "Debian bekommen", "Kompatibilität"], 1
        )
    )
    sections, _ = find_sections(text)
    titles = [text[s.start :].split("\n")[0] for s in sections]
    assert [t for t in titles if t.startswith("Kapitel")] == [
        "Kapitel\xa01.\xa0Definitionen und Überblick",
        "Kapitel\xa02.\xa0Debian bekommen",
        "Kapitel\xa03.\xa0Kompatibilität",
    ]


# debian-reference-it 2.100: the opening of chapter 2 and the tip of 2.1.4.
IT_CHAPTER = """Capitolo\xa02.\xa0Gestione dei pacchetti in Debian

    Debian è un'organizzazione di volontari che crea distribuzioni
    coerenti di pacchetti binari precompilati di software libero e li
    distribuisce dal suo archivio.

2.1.4. Nozioni di base sugli archivi Debian

    Guardiamo l'archivio Debian dalla prospettiva dell'utente.

    Suggerimento

    La politica ufficiale per gli archivi Debian è definita nel
    Capitolo 2 - "L'archivo Debian", del manuale Debian Policy.

    Per il normale accesso HTTP, l'archivio viene specificato nel
    file "/etc/apt/sources.list" come nell'esempio seguente per
    l'attuale sistema stable = bullseye.

"""


def test_mid_sentence_lines():
    # Rule mid_sentence: the line above the cross-reference stops on "nel"; in
    # the whole book "Capitolo 2 - ..." was a section (17 -> 16, QUALITY.md).
    lines = IT_CHAPTER.split("\n")
    above = lines[
        lines.index('    Capitolo 2 - "L\'archivo Debian", del manuale Debian Policy.') - 1
    ]
    assert _mid_sentence(above.strip())
    assert not _mid_sentence("distribuisce dal suo archivio.")  # a sentence ends
    assert not _mid_sentence("Capitolo\xa01.\xa0Tutorial GNU/Linux")  # short: a contents line


def test_chapters_under_blank_lines_stay():
    # The chapters themselves have a blank line above and stay headings.
    text = "".join(
        IT_CHAPTER.replace("\xa02.", f"\xa0{i}.").replace("2.1.4.", f"{i}.1.4.") for i in (2, 3, 4)
    )
    sections, _ = find_sections(text)
    titles = [text[s.start :].split("\n")[0] for s in sections]
    assert [t for t in titles if t.startswith("Capitolo")] == [
        f"Capitolo\xa0{i}.\xa0Gestione dei pacchetti in Debian" for i in (2, 3, 4)
    ]


@pytest.mark.parametrize(
    "line, series, value",
    [
        # Rule number_words: a number word after a keyword, as "CHAPTER ONE".
        ("CHAPTER ONE", "kw:chapter", 1),  # English, as before
        ("Chapitre premier", "kw:chapter", 1),
        ("Livre premier", "kw:book", 1),
        ("Capítulo primero", "kw:chapter", 1),
        ("Libro segundo", "kw:book", 2),
        ("Capitolo primo", "kw:chapter", 1),
        ("Глава первая", "kw:chapter", 1),
        ("Глава первая. Детство", "kw:chapter", 1),
        ("Teil eins", "kw:part", 1),
        ("Capítulo once", "kw:chapter", 11),  # Spanish eleven
        ("Chapter once", None, None),  # an English keyword: no European word
        ("Chapter the First", "kw:chapter", 1),  # clause english_the_ordinal (session 35)
        ("Capitolo secondo il manuale", None, None),  # "according to": prose
    ],
)
def test_number_words(line, series, value):
    keywords = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "keyword"]
    if series is None:
        assert keywords == []
    else:
        assert (keywords[0].series, keywords[0].value) == (series, value)


@pytest.mark.parametrize(
    "line, series, value",
    [
        ("Erstes Kapitel", "ord:chapter", 1),
        ("Zweiter Teil", "ord:part", 2),
        ("Zweiter Teil. Die Rückkehr", "ord:part", 2),
        ("ERSTES KAPITEL", "ord:chapter", 1),
        ("Première partie", "ord:part", 1),
        ("Primera parte", "ord:part", 1),
        ("Tweede deel", "ord:part", 2),
        ("Erstes Kapitel lesen", None, None),  # prose after the division word
        ("erstes Kapitel", None, None),  # lower case: a mention
        ("Zweite Auflage", None, None),  # no division word
    ],
)
def test_ordinal_first_candidates(line, series, value):
    found = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "ordinal"]
    if series is None:
        assert found == []
    else:
        assert (found[0].series, found[0].value) == (series, value)


def test_ordinal_first_needs_a_sequence():
    # Rule ordinal_first: "Erstes Kapitel", "Zweites Kapitel" advance and open
    # chapters; one "Zweiter Teil" line alone (a table cell, a list) opens none.
    body = DE_REFERENCE
    text = "".join(f"{t}\n\n{body}\n" for t in ("Erstes Kapitel", "Zweites Kapitel"))
    sections, _ = find_sections(text)
    assert [s.title for s in sections if "Kapitel" in s.title] == [
        "Erstes Kapitel",
        "Zweites Kapitel",
    ]
    alone = f"{body}\nZweiter Teil\n\n{body}"
    sections, _ = find_sections(alone)
    assert not [s for s in sections if "Teil" in s.title]


@pytest.mark.parametrize(
    "line, heading",
    [
        # Rule unicode_lower: a lower-case word of any alphabet after the number
        # is prose, also beyond Latin-1 and Cyrillic (Latin Extended "œ", "ł",
        # Greek "ἀ"): no heading.
        ("Livre 2 œuvres complètes de l'auteur", False),
        ("Część 2 łączy oba tomy", False),  # "Część" is no keyword: no candidate
        ("Chapter 3 ἀρχή of the book", False),
        ("Capitolo 3 Ōsaka", True),  # a capital: a title
    ],
)
def test_unicode_lower_after_number(line, heading):
    keywords = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "keyword"]
    assert bool(keywords) == heading


# Rule more_languages. manpages-pl 4.18 (umount.8, less.1), Debian 12.
EFFI = """Effi Briest

Theodor Fontane



Erstes Kapitel

In Front des schon seit Kurfürst Georg Wilhelm von der Familie
von Briest bewohnten Herrenhauses zu Hohen-Cremmen fiel heller
Sonnenschein auf die mittagsstille Dorfstraße, während nach der Park-
und Gartenseite hin ein rechtwinklig angebauter Seitenflügel einen
breiten Schatten erst auf einen weiß und grün quadrierten Fliesengang
und dann über diesen hinaus auf ein großes, in seiner Mitte mit einer
Sonnenuhr und an seinem Rande mit Canna indica und Rhabarberstauden
besetzten Rondell warf.

Zweites Kapitel

Sie sprachen noch eine Weile so weiter, wobei sie sich ihrer
gemeinschaftlichen Schulstunden und einer ganzen Reihe Holzapfelscher
Unpassendheiten mit Empörung und Behagen erinnerten.
"""


def test_ordinal_first_in_a_novel():
    # Rule ordinal_first: before it, Effi Briest was one section (67 German
    # novels: 27 gained their chapters, QUALITY.md).
    sections, _ = find_sections(EFFI)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "Erstes Kapitel"),
        (1, "Zweites Kapitel"),
    ]


# Paul Féval, "Le Loup blanc" (ELTeC-fra FRA01203), a chapter's end and the next two.
FEVAL = """\
I -- La chanson

Ce fut un rude coup. La conspiration rentra sous terre.

– C'est un pauvre insensé, se disait-il.

M. de La Tremlays se remit en route, tout pensif.

II -- Le coffret de fer

Quand Nicolas Treml de La Tremlays franchit la grand'porte de son beau château, \
il faisait nuit noire.

Georges dormait. C'était un joli enfant blanc et rose.

III -- Le dépôt

Il y avait une heure que Nicolas Treml était parti.
"""


def test_dash_separator_numbered_chapters():
    # Clause dash_separator of the numbered-title line: before it, Féval's and
    # Mirbeau's novels (ELTeC-fra) were one section each.
    assert line_candidates("I -- La chanson", 0, 0, 15)[0].series == "numbered:-:roman"
    sections, _ = find_sections(FEVAL)
    assert [s.title for s in sections if s.title] == [
        "I -- La chanson",
        "II -- Le coffret de fer",
        "III -- Le dépôt",
    ]
    assert not line_candidates("3 -- the end", 0, 0, 12)  # lower case: no title
    # French titles in sentence case, of more than six words (Féval XIV, Mirbeau X).
    for line in (
        "XIV -- Où le Loup Blanc montre le bout de son museau",
        "X -- Ministère de la charité publique (département des belles relations extérieures)",
    ):
        assert line_candidates(line, 0, 0, len(line))[0].value in (14, 10)
    assert not line_candidates("XIV. Où le Loup Blanc montre le bout de son museau", 0, 0, 50)


def test_dash_not_sentence():
    # Clause dash_not_sentence of dash_separator: a dashed line that ends as a
    # sentence or a clause is no title: an English stammer paragraph ("I -- I ...",
    # the pronoun, not chapter I; main rejected these, dash_separator took them).
    for line in (
        "I -- I don't know what you mean,",
        "I — I thought so.",
        "II -- Two things remain.",
    ):
        assert not line_candidates(line, 0, 0, len(line))
    assert line_candidates("V -- Vous êtes fou", 0, 0, 18)[0].value == 5
