"""Chapter structure of German, French and Spanish books as raw Project Gutenberg files
(session 30, what the audit in docs/quality/session-30-wtA.md left): clauses
``stop_ended_titles`` (``transforms.section_titles``), ``suspended_before_bis``
(``transforms.line_marks``), ``colon_title_any_case`` (``transforms.european_words``) and
rule ``lower_roman_under_upper`` with clause ``small_numeral_slips``
(``transforms.nested_numerals``). Excerpts of the books in GitHub NielsCodes/n-grams
(``*/dataset``, Gutenberg bodies) and GuenterPartosch/Counting_texts (``input``)."""

from transforms.clean import clean_text
from transforms.european_words import ordinal_first
from transforms.normalize import normalize_text
from transforms.structure import analyze_text


def _sections(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in analyze_text(text).sections if s.title]


# NielsCodes/n-grams fr/dataset "Le comte de Monte-Cristo" (Dumas), the first five
# chapters, each cut to its first paragraph.
MONTE_CRISTO = """I

Marseille.--L'arrivée.


Le 24 février 1815, la vigie de Notre-Dame de la Garde signala le
trois-mâts le _Pharaon_, venant de Smyrne, Trieste et Naples.




II

Le père et le fils.


Laissons Danglars, aux prises avec le génie de la haine, essayer de
souffler contre son camarade quelque maligne supposition à l'oreille de
l'armateur, et suivons Dantès, qui, après avoir parcouru la Canebière
dans toute sa longueur, prend la rue de Noailles, entre dans une petite
maison située du côté gauche des Allées de Meilhan, monte vivement les
quatre étages d'un escalier obscur, et, se retenant à la rampe d'une
main, comprimant de l'autre les battements de son coeur, s'arrête devant
une porte entre baillée, qui laisse voir jusqu'au fond d'une petite
chambre.




III

Les Catalans.


À cent pas de l'endroit où les deux amis, les regards à l'horizon et
l'oreille au guet, sablaient le vin pétillant de La Malgue, s'élevait,
derrière une butte nue et rongée par le soleil et le mistral, le village
des Catalans.




IV

Complot.


Danglars suivit Edmond et Mercédès des yeux jusqu'à ce que les deux
amants eussent disparu à l'un des angles du fort Saint-Nicolas; puis,
se retournant alors, il aperçut Fernand, qui était retombé pâle et
frémissant sur sa chaise, tandis que Caderousse balbutiait les paroles
d'une chanson à boire.




V

Le repas des fiançailles.


Le lendemain fut un beau jour. Le soleil se leva pur et brillant, et les
premiers rayons d'un rouge pourpre diaprèrent de leurs rubis les pointes
écumeuses des vagues.
"""


def test_stop_ended_titles_keep_sentence_case_titles():
    """Clause stop_ended_titles: "Le père et le fils." and "Le repas des fiançailles."
    read as one-line summaries (rule summary_line) beside "Les Catalans.", "Complot."."""
    assert [t for _, t in _sections(MONTE_CRISTO)] == [
        "I Marseille.--L'arrivée.",
        "II Le père et le fils.",
        "III Les Catalans.",
        "IV Complot.",
        "V Le repas des fiançailles.",
    ]


def test_a_summary_under_titles_without_stops_is_still_dropped():
    """Clause stop_ended_titles needs the book's own stopped titles: with "Les Catalans"
    and "Complot" written without a stop, a stopped sentence-case line is a summary."""
    text = MONTE_CRISTO.replace("Marseille.--L'arrivée.", "Marseille--L'arrivée")
    text = text.replace("Les Catalans.", "Les Catalans").replace("Complot.", "Complot")
    assert [t for _, t in _sections(text)][1] == "II"


# NielsCodes/n-grams de/dataset "Sieben Jahre in Süd-Afrika" (Holub), a wrapped line.
HOLUB = """Trotz dieser trüben Erfahrungen beschlossen beide, ihr Glück noch einmal zu
versuchen, K. nahm auch sein Geschäft wieder auf und F. vermietete sich
als Ladendiener, eine Beschäftigung, bei welcher er, wahrscheinlich um
die Mannigfaltigkeit des menschlichen Charakters kennen zu lernen, vier-
bis sechswöchentlich seinen Principal wechselte.
"""


def test_suspended_hyphen_before_bis_keeps_its_space():
    """Clause suspended_before_bis: "vier-" + "bis sechswöchentlich" was "vier-bis"."""
    text = clean_text(normalize_text(HOLUB)).text
    assert "lernen, vier- bis sechswöchentlich seinen" in text


# GuenterPartosch/Counting_texts input/de-verne-grant.txt (Verne, Die Kinder des
# Kapitäns Grant, one paragraph a line), three chapters, each cut to its first sentence.
VERNE = """Fünfzehntes Kapitel: Die »Zeitung für Australien und Neuseeland.«

Die Reisenden kamen an diesem Tage noch vor Abend in Kilmore an.

Sechzehntes Kapitel: worin der Major die Behauptung aufstellt, daß Menschen Affen sind.

Der Major war von dieser Ansicht nicht abzubringen.

Siebzehntes Kapitel: Die Viehzüchter-Millionäre.

Nach einer ruhig verbrachten Nacht ging es am andern Morgen weiter.
"""


def test_colon_title_in_lower_case_is_a_chapter():
    """Clause colon_title_any_case: "Sechzehntes Kapitel: worin ..." was no candidate,
    so chapter 16 ran on inside chapter 15."""
    assert [t[:22] for _, t in _sections(VERNE)] == [
        "Fünfzehntes Kapitel: D",
        "Sechzehntes Kapitel: w",
        "Siebzehntes Kapitel: D",
    ]


def test_colon_title_with_a_digit_and_titles_without_colon():
    """Clause colon_title_any_case: "Zwölftes Kapitel: 12000 Fuß in den Lüften." is
    chapter 12; without a colon a lower-case title is still prose."""
    assert ordinal_first("Zwölftes Kapitel: 12000 Fuß in den Lüften.") == (
        "chapter",
        12,
        "12000 Fuß in den Lüften.",
    )
    assert ordinal_first("Erstes Kapitel lesen") is None
    assert ordinal_first("Erstes Kapitel. worin er liest") is None


def _fortunata(slip: str = "--i--") -> str:
    # NielsCodes/n-grams es/dataset "Fortunata y Jacinta" (Galdós): Parte primera,
    # chapters I-IV with their numbered sections, each cut to its first line.
    parts = [
        "Parte primera",
        "-I-",
        "Juanito Santa Cruz",
        "--i--",
        "Las noticias más remotas que tengo de la persona que lleva este nombre.",
        "--ii--",
        "Pues bien, aquella tarde Juanito Santa Cruz se sentía algo melancólico.",
        "-II-",
        "Santa Cruz y Arnaiz. Vistazo histórico sobre el comercio matritense",
        slip,
        "Don Baldomero Santa Cruz era hijo de otro D. Baldomero Santa Cruz.",
        "--ii--",
        "El establecimiento de los Santa Cruz era de los más antiguos de Madrid.",
        "-III-",
        "Estupiñá",
        "--i--",
        "En la tienda de Arnaiz, junto a la reja que da a la calle de San Cristóbal.",
        "--ii--",
        "Estupiñá era un hombre que había visto mucho y hablado más.",
        "-IV-",
        "Perdición y salvamento del Delfín",
        "--i--",
        "Pasados algunos días, cuando ya Estupiñá andaba por ahí restablecido.",
        "--ii--",
        "Ya se ha dicho que Barbarita era la alegría de aquella casa.",
    ]
    return "\n\n\n".join(parts) + "\n"


def test_small_roman_sections_rank_under_capital_chapters():
    """Rule lower_roman_under_upper: "--i--" under "-II-" stood at the chapter's level."""
    found = _sections(_fortunata())
    assert [level for level, t in found if t.startswith("-")] == [
        2,
        3,
        3,
        2,
        3,
        3,
        2,
        3,
        3,
        2,
        3,
        3,
    ]


def test_small_roman_numerals_with_too_many_slips_keep_their_rank():
    """Clause small_numeral_slips: a run under "-II-" opening at "--iii--" is 1 slip in 8
    small numerals (over MAX_SLIPS): they stay at the chapters' level."""
    found = _sections(_fortunata(slip="--iii--"))
    small = [level for level, t in found if t.startswith("--")]
    assert len(small) == 8 and set(small) == {2}  # small_numeral_slips_test (review)


def test_small_roman_numerals_before_the_first_chapter_keep_their_rank():
    """Rule lower_roman_under_upper: a small numeral before the first capital one (a
    preface's own sections) is no chapter's section: nothing is re-levelled."""
    prologue = "\n\n\n".join(_fortunata().split("\n\n\n")[3:7])  # --i-- .. --ii-- text
    text = _fortunata().replace("-I-\n", prologue + "\n\n\n-I-\n", 1)
    found = _sections(text)
    assert {level for level, t in found if t.startswith("--")} == {2}


def test_small_roman_numerals_under_two_chapters_keep_their_rank():
    """Rule lower_roman_under_upper needs MIN_RUNS (3) chapters with sections: chapters
    I and II of Fortunata alone stay as they were."""
    text = _fortunata().split("-III-")[0]
    assert {level for level, t in _sections(text) if t.startswith("--")} == {2}


def test_small_roman_numerals_under_few_of_the_chapters_keep_their_rank():
    """Rule lower_roman_under_upper needs half the chapters to hold small numerals: four
    runs under twelve capital numerals stay as they were."""
    body = _fortunata().split("\n\n\n")[4]  # "Las noticias más remotas ..."
    numerals = ["V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    extra = "".join(f"\n\n\n-{n}-\n\n\n{body}" for n in numerals)
    found = _sections(_fortunata().rstrip() + extra + "\n")
    assert {level for level, t in found if t.startswith("--")} == {2}


def test_stop_ended_titles_need_the_title_set_apart():
    """Clause stop_ended_titles: a short stopped first sentence followed by one blank
    line, like every paragraph, is the chapter's text, not its title."""
    text = MONTE_CRISTO.replace(
        "V\n\nLe repas des fiançailles.\n\n\nLe lendemain fut un beau jour. Le soleil",
        "V\n\nLe lendemain fut un beau jour.\n\nLe soleil",
    )
    assert [t for _, t in _sections(text)][-1] == "V"
