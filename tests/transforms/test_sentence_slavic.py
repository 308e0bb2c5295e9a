"""Session 24 (wtE, wave 6): the Slavic "see" / "for example" / "etc." and the Italian
reference abbreviations, on lines of Debian's translated man pages (manpages-pl, -cs,
-ru, -uk 4.18.1, rendered with groff) and fortunes-it 1.99."""

from transforms.sentence_languages import punkt_language
from transforms.sentences import sentence_spans


def _sentences(text, language="auto"):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]


def _covers(text, language="auto"):
    return "".join(text[a:b] for a, b in sentence_spans(text, language)) == text


# manpages-pl bash(1); manpages-cs unicode(7); manpages-uk uuidgen(1); manpages-ru
# resolv.conf(5): each a sentence that runs on after its "see" / "for example".
SEE = [
    "Jeśli tak się stanie, zadziała inny operator przekierowania (zob. Powielanie "
    "deskryptorów plików poniżej) z powodu kompatybilności wstecznej.",
    "Level 2  Jako level 1, přičemž některé kombinující znaky jsou povoleny (např. pro "
    "thajštinu, Lao, hebrejštinu, arabštinu, Devangari, Malayalam).",
    "Див. RFC, щоб дізнатися більше.",
    "Задаёт минимальное количество точек, которые должны обязательно присутствовать в "
    "имени, переданном функции res_query(3) (см. resolver(3)) прежде чем будет выполнен "
    "начальный абсолютный запрос.",
]


def test_see_object_the_slavic_see_and_for_example_take_their_object():
    """Clause ``see_object`` (fails without: "(zob. | Powielanie", "(např. | pro",
    "Див. | RFC", "(см. | resolver(3))")."""
    for line in SEE:
        text = line + "\n"
        assert _sentences(text) == [" ".join(line.split())], line
        assert _covers(text)
    # After a number "см." is centimetres and may end the sentence.
    assert len(_sentences("Длина кабеля 10 см. Потом его обрезали.")) == 2


# manpages-pl setterm(1) and df(1); manpages-cs procmailrc(5).
PL_ITD = (
    "Gdy jest on włączony dla klawiszy kursora będą wysyłane ESC O A, ESC O B, itd. "
    "zamiast ESC [ A, ESC [ B, itd. Patrz sekcja vi i klucza kursora w Text-Terminal-HOWTO, "
    "aby przeczytać, jakie to może spowodować problemy dla użytkowników vi.\n"
)
CS_ATD = (
    "Čas v sekundách kdy bude procmail čekat na něco co momentálně není k dispozici "
    "(paměť, fork, atd.); není-li specifikováno, implicitní hodnota je 16 sekund.\n"
)


def test_slavic_listing_end_before_a_lower_case_word_or_a_bracket_goes_on():
    """Clause ``slavic_listing_end`` (fails without: "itd. | zamiast ESC", "atd. | );")."""
    assert _sentences(PL_ITD) == [
        "Gdy jest on włączony dla klawiszy kursora będą wysyłane ESC O A, ESC O B, itd. "
        "zamiast ESC [ A, ESC [ B, itd.",
        "Patrz sekcja vi i klucza kursora w Text-Terminal-HOWTO, aby przeczytać, jakie to "
        "może spowodować problemy dla użytkowników vi.",
    ]
    assert len(_sentences(CS_ATD)) == 1
    assert _covers(PL_ITD) and _covers(CS_ATD)
    # A name with a capital inside opens a sentence (clause listing_end_camel's rule).
    assert len(_sentences("Obsługuje Windows, Linux itd. iOS nie jest obsługiwany.")) == 2


# manpages-ru lirc(4) and manpages-pl fdisk(8): whole paragraphs, so read with their
# own language's model.
RU_ITD = (
    "Включает набор передатчиков, указанных в val в виде битовой маски, где каждый "
    "включаемый передатчик обозначен 1. Первый передатчик кодируется в самом младшем бите "
    "и т. д. Если указана некорректная битовая маска, например, указан бит, но в "
    "устройстве нет столько передатчиков, то данная операция возвращает количество "
    "доступных передатчиков и ничего не делает.\n"
)
PL_ITP = (
    "Urządzenie jest to z reguły /dev/sda, /dev/sdb itp. Nazwy urządzeń odnoszą się do "
    "całego dysku. Stare systemy bez libata (biblioteki używanej wewnątrz jądra Linux do "
    "obsługi kontrolerów i urządzeń ATA) rozróżniają dyski IDE i SCSI.\n"
)


def test_listing_end_capital_a_capitalised_word_after_etc_opens_a_sentence():
    """Clause ``listing_end_capital`` (fails without: "и т. д. Если" and "itp. Nazwy"
    joined)."""
    assert punkt_language(RU_ITD * 3) == "ru"
    sentences = _sentences(RU_ITD, "ru")
    assert sentences[1] == "Первый передатчик кодируется в самом младшем бите и т. д."
    assert sentences[2].startswith("Если указана некорректная битовая маска")
    sentences = _sentences(PL_ITP, "pl")
    assert sentences[0] == "Urządzenie jest to z reguły /dev/sda, /dev/sdb itp."
    assert len(sentences) == 3
    assert _covers(RU_ITD, "ru") and _covers(PL_ITP, "pl")
    # The same paragraph alone is read as English (rule punkt_language): cut there too.
    text = RU_ITD[RU_ITD.index("Первый") :]
    assert punkt_language(text) == "en"
    assert _sentences(text)[1].startswith("Если указана")


# fortunes-it 1.99, it/italia: two entries' source lines, as they stand.
IT_ART = "I trasgressori saranno penalmente perseguiti.\n(Codice Penale, art. 232/f c. VII)\n"
IT_CA = (
    "I primi due sono i piu' piacevoli, mentre il terzo e' il piu' certo.\"\n"
    "\t\t-- Baron Rothschild, ca. 1800\n"
)


def test_romance_reference_italian_art_and_ca_before_a_number_go_on():
    """Clause ``romance_reference`` (fails without: "art. | 232/f", "ca. | 1800")."""
    assert _sentences(IT_ART, "it") == [
        "I trasgressori saranno penalmente perseguiti.",
        "(Codice Penale, art. 232/f c. VII)",
    ]
    assert _sentences(IT_CA, "it")[-1] == "-- Baron Rothschild, ca. 1800"
    assert _covers(IT_ART, "it") and _covers(IT_CA, "it")


# Review 24. English lines from public repositories: a NumPy lesson (ndarray notes), a
# Databricks notebook, a DataCamp exercise; manpages-pl bzip2(1).
NUMPY_ALIAS = [
    (
        "We can import packages into Python using the import command and it has become a "
        "convention to import NumPy as np.",
        "Therefore, you can import NumPy by typing the following command in your Jupyter notebook:",
    ),
    (
        "The line import numpy as np is used to bring the NumPy library into your Python "
        "environment and give it the alias np.",
        "This makes it easier and faster to use NumPy's powerful tools for numerical computing.",
    ),
    ("Import numpy as np.", "This gives access to the square root function, np.sqrt()."),
]
PL_MS_DOS = (
    "Nie ma możliwości przetrzymywania daty, uprawnień, właściciela i nazw plików na "
    "systemach, na których brakuje tych możliwości lub mają ograniczenia co do długości "
    "nazwy, takich jak np. MS-DOS.\n"
)


def test_see_object_english_numpy_alias_ends_its_sentence():
    """Clause ``see_object_english`` (fails without: "as np. | Therefore", "alias np. |
    This", "as np. | This" joined)."""
    for first, second in NUMPY_ALIAS:
        text = first + " " + second + "\n"
        assert punkt_language(text) == "en"
        assert _sentences(text) == [first, second]
        assert _covers(text)
    # A Polish "np." a word leads to a name keeps its object, read as English too.
    assert punkt_language(PL_MS_DOS) == "en"
    assert len(_sentences(PL_MS_DOS)) == 1


# Review 24: a Honda Gold Wing review and a Russian maths exercise bank (public
# repositories), short enough to be read as English (rule punkt_language).
RU_CC = (
    "Gold Wing сохранил впечатляющий крутящий момент, обеспечиваемый шестицилиндровым "
    "двигателем объемом 1833 куб. см. А ряд новых функций позволили Gold Wing закрепить "
    "репутацию.\n"
)
RU_SQ_CM = "Длина 7 см, площадь 21 кв. см. Чему равна ширина?\n"
# A gallery's code comment (public repository): "в см." is "in centimetres".
RU_IN_CM = (
    "Ширина и высота в см. Какое число — высота, решаем по пропорциям фото: в каталоге "
    "порядок не всегда один.\n"
)


def test_see_object_measure_square_and_cubic_centimetres_end_a_sentence():
    """Clause ``see_object_measure`` (fails without: "куб. см. А ряд", "кв. см. Чему",
    "в см. Какое" joined)."""
    for text, nxt in (
        (RU_CC, "А ряд новых функций"),
        (RU_SQ_CM, "Чему равна ширина?"),
        (RU_IN_CM, "Какое число"),
    ):
        assert punkt_language(text) == "en"
        sentences = _sentences(text)
        i = next(i for i, s in enumerate(sentences) if s.startswith(nxt))
        assert sentences[i - 1].endswith("см."), sentences
        assert _covers(text)
