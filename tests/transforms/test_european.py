"""Rules for European languages other than English (session 14): the Punkt
model ``--language auto`` picks (``punkt_language``), the corrections of every
non-English model (``lowercase_after_mark``, ``letter_abbreviation``, and session
15's abbreviation, quotation, dialogue-dash and language-list rules). The excerpts
are quoted from Debian 12's debian-reference-de, debian-faq-de/-ru/(en),
fortunes-de/-es/-ru, man pages, German and ELTeC novels. The headings of those
languages are tested in ``test_european_headings.py``."""

import collections

import numpy as np
import pytest

from transforms import sentence_languages as sl
from transforms.sentence_rules import unterminated_or_repeated
from transforms.sentences import sentence_spans

# debian-reference-de 2.100, section "3.1" of the preface (hard wraps kept).
DE_REFERENCE = """    Eine vom Systemadministrator geforderte Aktion ist in der
    Imperativ-Form (Befehlsform) geschrieben, z.B. "Enter-Taste
    drücken nach jedem Eingeben eines Befehls in der Shell".

    Spalten wie Beschreibung und ähnliche in einer Tabelle können
    eine Nominalphrase im Sinne der Richtlinien für die
    Paket-Kurzbeschreibungen enthalten, wobei führende Artikel wie
    "ein" oder "der" weggelassen werden. Sie können alternativ auch
    eine Infinitivphrase als Nominalphrase ohne das "zu" am Anfang
    enthalten, folgend den Richtlinien für Befehls-Kurzbeschreibungen
    in Handbuchseiten. Dies mag einigen Leuten lustig erscheinen, ist
    aber meine beabsichtigte Stilwahl, um diese Dokumentation so
    einfach wie möglich zu halten. Diese Nominalphrasen beginnen
    nicht mit einem Großbuchstaben und enden nicht mit einem Punkt,
    gemäß den Richtlinien für Kurzbeschreibungen.
"""
# debian-faq-ru 11.1, sections 1.1 and 1.2.
RU_FAQ = """    Здесь собраны вопросы (с ответами!) о дистрибутиве Debian (Debian
    GNU/Linux и других) и о проекте Debian. Там, где есть другая
    документация по определённому вопросу, даётся ссылка: мы не хотим
    цитировать здесь большие части сторонней документации. В ряде
    ответов предполагается наличие некоторых знаний по Unix-подобным
    операционным системам. Однако допуская, что знаний у читателя
    может быть совсем немного, мы постараемся отвечать на общие
    вопросы новичков как можно проще.

    Если в этих ЧаВо вы не нашли то, что искали, см. Раздел 12.1,
    «Какая ещё документация существует по системе Debian?». Если даже
    это не помогло, см. Раздел 16.2, «Обратная связь».

    Debian GNU/Linux — это один из дистрибутивов операционной системы
    Linux с большим количеством пакетов.

      * самодостаточен: сейчас в Debian входит более 59100 пакетов
        программ. Пользователи могут выбирать нужные пакеты для
        установки; для этого в Debian есть специальный инструмент.
        Список и описания входящих в Debian пакетов можно найти на
        любом из серверов-зеркал (https://www.debian.org/distrib/
        ftplist) Debian.
"""


def split(text, language="auto"):
    return [text[s:e].strip() for s, e in sentence_spans(text, language).tolist()]


def test_function_word_lists_name_one_language_each():
    words = collections.Counter(w for v in sl._FUNCTION_WORDS.values() for w in v.split())
    assert sorted(w for w, n in words.items() if n > 1) == ["para", "por"]
    assert sl._LANGUAGE_OF["para"] == ("es", "pt")


def test_punkt_language_picks_the_documents_model():
    assert sl.punkt_language(DE_REFERENCE) == "de"
    assert sl.punkt_language(RU_FAQ) == "ru"
    # English stays English; too few words to tell stays English.
    assert sl.punkt_language(DE_REFERENCE[:120]) == "en"
    english = "The document answers the questions of the users and the developers of it. " * 5
    assert sl.punkt_language(english) == "en"


# sympy 1.x, sympy/solvers/tests/test_pde.py (lines 92-100, 109-116, 130-133).
SYMPY_TEST = """def test_pde_classify():
    # When more number of hints are added, add tests for classifying here.
    eq1 = a*f(x,y) + b*f(x,y).diff(x) + c*f(x,y).diff(y)
    eq2 = 3*f(x,y) + 2*f(x,y).diff(x) + f(x,y).diff(y)
    eq3 = a*f(x,y) + b*f(x,y).diff(x) + 2*f(x,y).diff(y)
    eq4 = x*f(x,y) + f(x,y).diff(x) + 3*f(x,y).diff(y)
    eq5 = x**2*f(x,y) + x*f(x,y).diff(x) + x*y*f(x,y).diff(y)
    eq6 = y*x**2*f(x,y) + y*f(x,y).diff(x) + f(x,y).diff(y)
    eq1 = f(x,y) + f(x,y).diff(x) + f(x,y).diff(y)
    assert pdsolve(eq1) == Eq(f(x, y), F(x - y)*exp(-x/2 - y/2))
    assert pdsolve(eq1, solvefun=G) == Eq(f(x, y), G(x - y)*exp(-x/2 - y/2))
    assert pdsolve(eq1, solvefun=H) == Eq(f(x, y), H(x - y)*exp(-x/2 - y/2))
"""


def test_code_tokens_name_no_language():
    # Clause code_tokens: the variable y (Spanish "y"), "os", "do", ".com"
    # (Portuguese) are not counted; this file was split as Spanish.
    assert sl.punkt_language(SYMPY_TEST) == "en"
    urls = "See www.debian.org or www.example.com, or do it as os.path does. " * 8
    assert sl.punkt_language(urls) == "en"


def test_auto_splits_german_with_the_german_model():
    sentences = split(DE_REFERENCE)
    # The English model ended a sentence after "z.B." (104 times in the book).
    assert not any(s.endswith("z.B.") for s in sentences)
    assert sentences[0].startswith("Eine vom") and sentences[0].endswith('in der Shell".')
    assert len(sentences) == 5


def test_auto_splits_russian_with_the_russian_model():
    sentences = split(RU_FAQ)
    assert not any(s.endswith("см.") for s in sentences)
    assert "Если даже\n    это не помогло, см. Раздел 16.2, «Обратная связь»." in sentences


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # fortunes-es: an exclamation and a question inside the sentence.
        (
            "Dios mío: ¡quítame lo pobre! que lo feo se me quita con dinero.",
            "es",
            ["Dios mío: ¡quítame lo pobre! que lo feo se me quita con dinero."],
        ),
        # fortunes-de (.u8): a quoted exclamation and its speech tag.
        (
            '"So ein Idiot!" höhnen die drei. "Wir reden von der Höhe."',
            "de",
            ['"So ein Idiot!" höhnen die drei.', '"Wir reden von der Höhe."'],
        ),
        # fortunes-ru.
        ("- Вот счастье! вот права....", "ru", ["- Вот счастье! вот права...."]),
    ],
)
def test_lowercase_after_mark_in_other_alphabets(text, language, expected):
    assert split(text, language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # fortunes-de (.u8).
        (
            "Wir müssen bei den Produkten eine gewisse Eintheilung beobachten, z. B. die Pflanzen",
            1,
        ),
        # debian-reference-de 1.2: the German model also ends a sentence after
        # "z. B." before a quote; clause not_before_capital joins it (session 15).
        (
            'Diese haben wiederum nochmals weitere Unterverzeichnisse, z. B. "/etc/init.d/" '
            'und "/usr/local/". Das Ganze komplett betrachtet wird als Verzeichnisbaum bezeichnet.',
            2,
        ),
    ],
)
def test_letter_abbreviation(text, expected):
    sentences = split(text, "de")
    assert len(sentences) == expected, sentences
    assert not any(s.endswith(" z.") for s in sentences)


def test_european_closers_end_a_sentence():
    # debian-reference-es 1.1.1; German quotes (debian-faq-de writes »Stable«).
    parts = [
        "Las acciones se indican con una oración imperativa, p. ej. «Pulse la tecla Intro "
        "después de escribir cada orden en el intérprete de órdenes.» ",
        "Ich dachte, diese CD enthält »Stable.« ",
        "Die Einträge heißen „Stable.“ ",
        "Eine Zeile ohne Ende",
    ]
    text = "".join(parts)
    ends = np.cumsum([len(p) for p in parts])
    spans = np.stack([np.r_[0, ends[:-1]], ends], axis=1)
    unterminated, _ = unterminated_or_repeated(text, spans, np.arange(4))
    assert unterminated.tolist() == [False, False, False, True]


@pytest.mark.parametrize(
    "text",
    [
        # fortunes-de, zitate.u8 (Markus Bronner; Douglas Adams' three rules).
        "Wirklich abergläubisch ist, wer auf sein 13. Monatsgehalt verzichtet.",
        "Alles, was nach deinem 35. Lebensjahr erfunden wird, richtet sich gegen die "
        "natürliche Ordnung der Dinge.",
        "Das steht im 3. Kapitel des Buches.",
    ],
)
def test_german_ordinal(text):
    assert split(text, "de") == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Zähle von 1 bis 10. Dann bist du dran.",
        "Der Film ist frei ab 16. Das Kino war voll.",
        "Es sind die 10. Die anderen fehlen.",
    ],
)
def test_german_ordinal_not_before_a_sentence_opener(text):
    # Clause sentence_opener: a cardinal ends the sentence before "Dann", "Das", "Die".
    assert len(split(text, "de")) == 2


def test_german_ordinal_is_german_only_and_needs_a_capital():
    # A number ending a sentence after a verb is still an end.
    assert split("Das Ergebnis ist 42. Danach kam nichts.", "de") == [
        "Das Ergebnis ist 42.",
        "Danach kam nichts.",
    ]
    assert (
        len(split("Wirklich abergläubisch ist, wer auf sein 13. Monatsgehalt verzichtet.", "en"))
        == 2
    )


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # debian-reference-es 1.1 and 2.5: Punkt's Spanish model knows "p." but
        # not "ej.", and split after "p. ej." (39) and between its halves (17).
        (
            "Cuando se utiliza una oración imperativa, p. ej. «Pulse la tecla Intro después"
            " de cada orden». Las descripciones de las tablas pueden contener una frase.",
            "es",
            2,
        ),
        (
            "Esto puede causar conflictos, p. ej., elimine los paquetes de la lista. Hecho.",
            "es",
            2,
        ),
        # debian-reference-it 1.1 and fortunes-it (italia): "es." and "dott.".
        (
            'Modificare la successiva configurazione della GUI, es. "Impostazioni" →'
            ' "Regione e lingua". La vita vince sempre. -- Dott. Malcolm, "Jurassic Park"',
            "it",
            3,
        ),
        # debian-reference-pt 1.1: "ex." (Portuguese and French).
        (
            "Permitir ao utilizador não-privilegiado, ex. penguin, ganhar privilégios de"
            " root. Há duas maneiras.",
            "pt",
            2,
        ),
        # Karl May, Die Wüste (68_german_novels): "Kap." before a number only.
        (
            "An diese Stelle im zweiten Buch Mosis (Kap. 14, V. 19-31) mußte ich\n"
            "denken. Mein Kamel lief.",
            "de",
            2,
        ),
        ("Sie umsegelten das Kap. Dann kam der Sturm.", "de", 2),  # the cape
        # Thomas Mann, Der Zauberberg: "sog." is also the verb (no abbreviation).
        (
            "eine Zigarre auch seinerseits im Munde, die sehr schwarz war, und aus der er"
            " große, weißliche Rauchwolken sog. Sein Kopf, sein Gesicht mit den bläulich"
            " erhitzten Backen.",
            "de",
            2,
        ),
        # Clause article_sog: "sog." after an article or preposition (fortunes-de,
        # woerterbuch; Achleitner, Der Bergrichter).
        ("Neigt in sog. Krafträumen zu Hospitalismus. Gut.", "de", 2),
        ("ebenso die sog. Mitnehmer, und endlich konnte der Wagen fahren.", "de", 1),
        # Clause monsieur (review): "m." of metres ends a sentence, the capital
        # "M." (Monsieur) goes on even before a capitalised article.
        ("Le sommet est à 3000 m. Le chemin est long.", "fr", 2),
        ("Il a écrit à M. Le Pen hier. Il attend.", "fr", 2),
        # fortunes-de (hauptgericht): "ca." before a number, "evtl.".
        (
            "In ca. 1 cm dicke Scheiben schneiden. Die Würste evtl. häuten und in Scheiben"
            " schneiden.",
            "de",
            2,
        ),
    ],
)
def test_european_abbreviations(text, language, expected):
    # Rule european_abbreviations: abbreviations the Punkt models lack.
    sentences = split(text, language)
    assert len(sentences) == expected, sentences


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # debian-reference-pt 1.1: "p.e." (por exemplo) before a quote and a word.
        (
            'A ação é escrita em sentido imperativo, p.e. "Carregue na tecla Enter após'
            ' cada comando". Escreva o seu nome de utilizador, p.e. penguin e carregue.',
            "pt",
            2,
        ),
        # fortunes-it (definizioni): "s.f." (sostantivo femminile) then ":".
        ("Ansia, s.f.:\n\tLa prima volta che non riesci a farlo la seconda volta.", "it", 1),
        # debian-reference-de 9.1: "u.ä." before a lower-case word.
        ("Von einem SSH-Terminal u.ä. können Sie die Alt-SysRq-Funktion nutzen.", "de", 1),
        # debian-reference-fr: an untranslated English paragraph's "e.g.".
        ('Run an X application command, e.g. "gitk", on the remote site.', "fr", 1),
        # A capital after the abbreviation: Punkt's decision stays (an end here).
        ("Das gilt für Tische, Stühle u.ä. Die Kinder wissen das.", "de", 2),
        # fortunes-de (zitate): a record separator "%" after "d.J.": the end stays.
        ("Es ist schwer.\n\t\t-- Alexandre Dumas d.J.\n%\nAlle Verallgemeinerungen.", "de", 3),
    ],
)
def test_not_before_capital(text, language, expected):
    # Clause not_before_capital of rule letter_abbreviation.
    sentences = split(text, language)
    assert len(sentences) == expected, sentences


PL_MAN = """Nie normalizuje ścieżek. Normalizacja ścieżek zachodzi przy pomocy
wywołań systemowych stat(2) i readlink(2). W niektórych przypadkach
mogą się one zawiesić (np. jeśli serwer NFS jest niedostępny).
Opcja musi być użyta w połączeniu ze znormalizowaną ścieżką do
punktu montowania.

Powtarza poprzednie szukanie, dla N-tej linii zawierającej ostatni wzorzec.
Jeśli poprzednie szukanie zmodyfikowano przez ^N, szukanie jest wykonywane dla
N-tej linii NIE zawierającej wzorca. Jeśli poprzednie szukanie zmodyfikowano
przez ^E, szukanie ciągnie się przez następny (lub poprzedni) plik, jeśli nie
wystarczył plik bieżący. Jeśli poprzednie szukanie było zmodyfikowane przez
^F lub ^K, nie występuje żaden efekt.
"""
# fortunes-cs (market), two records.
CS_FORTUNES = """Porcování je proces, při kterém rozdělíme velký cíl na menší části, které
stačíme zvládnout. Velké dávky se stávají milníky nebo střednědobými cíli,
které nám říkají, že jsme se významně přiblížili k dlouhodobému cíli. Malé
dávky se stávají krátkodobými cíli, které nám říkají, že se přibližujeme
k střednědobým cílům. Každá dávka může být denním cílem.
%
Přibližně během jednoho roku musí být kupující podnik schopen dosadit do
podniku, který kupuje, vrcholové vedení. Je zásadním omylem domnívat se,
že je možno "koupit" podnik i s vedením. Kupující musí být připraven na
to, že v podnicích, které kupuje, ztratí lidi zastávající nejvyšší funkce.
Pokud byli vlastníky nebo částečnými vlastníky firmy,
jsou po fúzi tak bohatí, že nemusí ve svých funkcích zůstávat, pokud se
jim to nelíbí. (str. 71)
"""
# manpages-sv (seq.1).
SV_MAN = """Om FÖRSTA eller ÖKNING utelämnas, sätts de till 1. Det vill säga, en
utelämnad ÖKNING sätts till 1 även när SISTA är mindre än FÖRSTA.
Sekvensen av tal slutar när summan av det aktuella talet och ÖKNING
skulle bli större än SISTA. FÖRSTA, ÖKNING och SISTA tolkas som flyt-
talsvärden. ÖKNING är normalt positivt om FÖRSTA är mindre än SISTA
och ÖKNING är normalt negativt om FÖRSTA är större än SISTA. ÖKNING får
inte vara 0, ingen av FÖRSTA, ÖKNING och SISTA får vara NaN. FORMAT
måste passa för att skriva ett argument av typen "double". Som standard
är det %.PRECf om FÖRSTA, ÖKNING och SISTA alla är fixpunktsdecimaltal med
maximal precision PREC, och annars %g.
"""


@pytest.mark.parametrize("text, language", [(PL_MAN, "pl"), (CS_FORTUNES, "cs"), (SV_MAN, "sv")])
def test_more_languages(text, language):
    assert sl.punkt_language(text) == language


def test_more_languages_split_with_their_model():
    # The English model ended a sentence after Polish "np." ("na przykład")
    # and Czech "str." ("strana"); the Polish and Czech models know them.
    assert not any(s.endswith("(np.") for s in split(PL_MAN))
    assert not any(s.endswith("(str.") for s in split(CS_FORTUNES))


def test_english_with_short_words_stays_english():
    # Words of the new lists that English or code also spells ("to", "do",
    # "den", "i", "na", "a", "ten", "her", "ja") are in no list.
    text = (
        "Do not pass ten values to the function: i is the index and a the array, "
        "na means not available. Her den is a room where she has to work on this. "
    ) * 3 + "for i in range(10):\n    a[i] = do(i, na=None)\n" * 5
    assert sl.punkt_language(text) == "en"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Clause german_quotes of lowercase_after_mark; computationalstylistics/
        # 68_german_novels (Freytag, Die Ahnen; Soll und Haben).
        ("»Wohin ist er gereist?« fragte der Doktor den Rittmeister.", 1),
        ("einem langen Reiterspieß. »Wer ist es?« fragte Matz\nHutfeld den Kutscher.", 2),
        (
            "    »Wie willst du es mit der Hausordnung halten?«\n"
            "frug Lenore wieder, »Wohlfart wird doch mit uns\nessen?«",
            1,
        ),
        # A blank line parts them: a paragraph ends (no join).
        ("»Wohin ist er gereist?«\n\nfragte niemand mehr.", 2),
        # Rule roman_ordinal (Achleitner, Celsissimus).
        (
            "vor den Kaiser treten zu sollen, von dem es hieß, Rudolf II. sei ein\n"
            "unheimlicher, krankhaft erregter, weltverlorener Mann.",
            1,
        ),
    ],
)
def test_german_quotes_and_roman_ordinal(text, expected):
    sentences = split(text, "de")
    assert len(sentences) == expected, sentences


# Fontane, Effi Briest (computationalstylistics/68_german_novels): the opening
# and the first lines of chapter 2.
@pytest.mark.parametrize(
    "text, language",
    [
        # Féval, Le Loup blanc (ELTeC-fra FRA01203).
        (
            "Sur la proposition de S. A. R. Mgr le comte de Toulouse, gouverneur de Bretagne, "
            "dit le capitaine, le roi m'a conféré mission d'escorter les fonds.",
            "fr",
        ),
        # Petruccelli della Gattina, I moribondi del Palazzo Carignano (ELTeC-ita).
        ("Il barone Ricasoli se ne dolse con S. M., la quale lo rinviò al suo ministro.", "it"),
        # Fernán Caballero, Un servilón y un liberalito (ELTeC-spa SPA2008).
        ("-¿Tampoco recuerda V. E. que se le olvidó el dinero?", "es"),
    ],
)
def test_capital_pair(text, language):
    # Clause capital_pair of letter_abbreviation: before it each split after "S." or "V.".
    assert split(text, language) == [text]


@pytest.mark.parametrize(
    "text, language",
    [
        # López Bago, Los amores (ELTeC-spa SPA2018).
        ("—¿Estás enamorado? —preguntó Julio con la languidez de una lady.", "es"),
        # Morawska, Na zgliszczach Zakonu (ELTeC-pol POL0053).
        ("— Jak to? — spytał Fals, wytrzeszczając oczy.", "pl"),
    ],
)
def test_dialogue_dash(text, language):
    # Clause dialogue_dash of lowercase_after_mark: before it the inquit was a
    # sentence of its own ("—preguntó Julio ...").
    assert split(text, language) == [text]
    assert split(text + "\n\n— Nie.", language)[-1] == "— Nie."  # a new turn stays
