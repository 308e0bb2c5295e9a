"""Rule titled_chapters (``transforms.chapter_titles``): a novel whose chapters
carry titles and no numbers.

Titles and first sentences: Deotyma, "Branki w jasyrze" (ELTeC-pol POL0010,
public domain). Each chapter's body is its first sentence repeated (the rule
counts characters: a chapter holds at least 2,000 of them)."""

from transforms.chapter_titles import MIN_BODY_CHARS
from transforms.sections import find_sections

CHAPTERS = [
    ("Prolog", "Jesień 1240 roku była prześliczna, prawdziwie, jak to mówią, polska jesień."),
    ("Kolce pod różami", "Pan zamku, Sulisław na Żegnańcu, był człowiekiem bez zarzutu."),
    ("Dyplomacja", "Sulisław nie chciał nawet patrzeć na dziedziczkę, a kiedy został tylko z żoną, "
     "zaczął gorzko wyrzucać jej obojętność i bezczynność w sprawie Ludmiły."),
    ("Zamurowany", "Ksiądz Maciej aż się rozpłakał z radości na widok siostry."),
    ("Nie od razu Kraków zbudowano", "W kościele odezwał się dzwonek; rozpoczynała się msza."),
    ("Dwór królowej Kingi", "Sala była wielka i ciepła."),
]  # fmt: skip


def _novel(chapters, times=None) -> str:
    parts = []
    for k, (title, sentence) in enumerate(chapters):
        n = (times or {}).get(k, MIN_BODY_CHARS // len(sentence) + 2)
        body = "\n\n".join(" ".join([sentence] * 3) for _ in range(n // 3 + 1))
        parts.append(f"{title}\n\n{body}\n\n")
    return "".join(parts)


def test_unnumbered_titles_open_chapters():
    # Without the rule the novel is one untitled section.
    sections = find_sections(_novel(CHAPTERS))[0]
    assert [(s.level, s.title) for s in sections] == [(1, t) for t, _ in CHAPTERS]


def test_title_over_title_heads_a_group():
    # Clause title_groups: "Część pierwsza. Syn kowala" over "W Bańkowej Woli"
    # (Grabiński, "Wyspa Itongo", ELTeC-pol POL0030) is a part over its chapter.
    text = "Część pierwsza. Syn kowala\n\n" + _novel(CHAPTERS)
    sections = find_sections(text)[0]
    assert [(s.level, s.title) for s in sections][:3] == [
        (1, "Część pierwsza. Syn kowala"),
        (2, "Prolog"),
        (2, "Kolce pod różami"),
    ]


def test_close_short_line_means_no_titles():
    # Clause titles_spaced: a short line with little text under it (a letter's
    # signature over its postscript, Dołęga-Mostowicz's "Znachor": "Beata" /
    # "Ps . Pieniądze ...") could be any short line of the story: none is a title.
    text = _novel(CHAPTERS[:3]) + "Beata\n\nPs. Pieniądze i całą biżuterię zostawiam w kasie.\n\n"
    text += _novel(CHAPTERS[3:])
    # "Prolog" alone is a named division (rule european_named), the only heading.
    assert [s.title for s in find_sections(text)[0]] == ["Prolog"]


def test_sentence_under_closing_marks_is_no_title():
    # Clause closing_marks: a line of dialogue whose sentence end stands inside
    # German/Slovene closing quotes or before a note mark is no title (Freytag,
    # "Soll und Haben", ELTeC-deu DEU011: 13 such lines were chapters; Jurčič's
    # ELTeC-slv SLV10017 "Amalija.“"; a Hungarian "+" note mark, HU05573).
    more = [
        (t, s) for t in ("Rozstanie", "Kyrie Eleison", "Na pobojowisku") for _, s in CHAPTERS[1:2]
    ]
    body = "\n\n".join(["Er sah sie an und schwieg eine lange Weile, dann ging er hinaus."] * 33)
    lines = [
        "Sabine nickte zu ihm herüber und sagte herzlich: »Nein.«",
        "Milica ga pogleda, kakor bi ga ne razumela. „Ka—aj?“",
        "Ez tehát Csollán Berti rezidenciája.+",
    ]
    for line in lines:
        text = _novel(CHAPTERS[:3]) + f"{line}\n\n{body}\n\n" + _novel(CHAPTERS[3:] + more)
        assert [s.title for s in find_sections(text)[0]] == [t for t, _ in CHAPTERS + more]


def test_uneven_parts_mean_no_titles():
    # Clause titles_divide_evenly: five sparse one-liners with a third of the
    # text under one of them (a fortune file's "Garbage In, Gospel Out") are no
    # chapter titles.
    text = _novel(CHAPTERS[:5], times={2: 300})
    assert [s.title for s in find_sections(text)[0]] == ["Prolog"]  # rule european_named


def test_numbered_chapters_win():
    # A document with a confirmed heading keeps its numbered chapters (each
    # takes the title line under it, rule title_line); no other short line heads one.
    text = "CHAPTER I\n\n" + _novel(CHAPTERS[:3]) + "CHAPTER II\n\n" + _novel(CHAPTERS[3:])
    assert [s.title for s in find_sections(text)[0]] == [
        "CHAPTER I Prolog",
        "CHAPTER II Zamurowany",
    ]


BODY = "\n\n".join([" ".join([CHAPTERS[1][1]] * 3)] * 12)  # > MIN_BODY_CHARS, no short line
NINE = CHAPTERS + [(t, CHAPTERS[1][1]) for t in ("Rozstanie", "Kyrie Eleison", "Na pobojowisku")]
TITLES = [t for t, _ in NINE]


def _inside(passage: str) -> str:
    """Nine chapters with ``passage`` and a long paragraph inside the third."""
    return _novel(NINE[:3]) + passage + "\n\n" + BODY + "\n\n" + _novel(NINE[3:])


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(text)[0] if s.title]


def test_first_line_of_a_broken_paragraph_is_no_title():
    # Clause continued_below: Oliveira Mascarenhas, "O Arrabido" (ELTeC-por
    # POR0071), a paragraph broken in lines with blank lines between them.
    passage = (
        "Alfim , enviou nas azas da viração da noute um\n\n"
        "profundo ai a sua irmã , resignou-se com o seu\n\n"
        "destino , acompanhou os conjurados á sala de armas"
    )
    assert len(BODY) > MIN_BODY_CHARS
    assert _titles(_inside(passage)) == TITLES


def test_lines_under_an_open_sentence_are_quoted():
    # Clause quoted_lines. A dedication's close and signature under a paragraph
    # that stops on a word (Gomes de Amorim, "Os Selvagens", ELTeC-por POR0046).
    dedication = (
        "Se a minha obra não fôr digna do seu nome, não a condemne, e creia, ao menos, "
        "que por lhe ter associado o seu nome foi que nasceu tão ambicioso desejo no\n\n"
        "Seu amigo do coração\n\nF. Gomes de Amorim\n\n"
    )
    assert _titles(dedication + _novel(NINE)) == TITLES
    # A verse quoted after a colon, with its next line short (Heinrich
    # Mann, ELTeC-deu DEU065, a French song in a German novel).
    verse = (
        "Da hörte man sie leise singen:\n\nDoit livrer mon coeur à l'effroi:\n\n"
        "J'ai cru voir dans un songe horrible\n\nUn échafaud dressé pour moi."
    )
    assert _titles(_inside(verse)) == TITLES
    # Two lines stacked under the colon (Barbosa, "O Duelo", POR0059: "bem podemos
    # dizer:" / "Quem não viu esta cidade Não viu nada; na verdade" / the next
    # chapter's title): the last, with the chapter under it, is a title.
    text = _novel(NINE[:3]) + "bem podemos dizer:\n\nQuem não viu esta cidade Não viu nada\n\n"
    assert _titles(text + _novel(NINE[3:])) == TITLES
    # A chapter ending on a colon, the song left out (Deotyma, POL0010: "...
    # białe stepowe kwiaty:" / "Na Wschód"): one line with a chapter under it is a title.
    text = _novel(NINE[:3]) + "śpiewały, rzucając na pannę młodą białe stepowe kwiaty:\n\n"
    assert _titles(text + _novel(NINE[3:])) == TITLES


def test_a_part_title_over_a_chapter_title_between_short_lines_stays():
    # Review, session 17: clause stanza (taken out) dropped a part's title and its
    # first chapter's title when the chapter before ends on a short line and the
    # chapter opens with one ("Sala była wielka i ciepła.", Deotyma's).
    text = _novel(NINE)
    for title in TITLES[1:]:
        text = text.replace(
            f"\n\n{title}\n\n", f"\n\nKoniec.\n\n{title}\n\nSala była wielka i ciepła.\n\n"
        )
    text = text.replace("\n\nZamurowany\n\n", "\n\nNa dworze królowej\n\nZamurowany\n\n", 1)
    sections = find_sections(text)[0]
    assert [(s.level, s.title) for s in sections][2:5] == [
        (2, "Dyplomacja"),
        (1, "Na dworze królowej"),
        (2, "Zamurowany"),
    ]


def test_a_one_word_title_over_a_lower_case_fragment_stays():
    # Clause several_words of continued_below: "Şanta", a chapter of D. D. P.'s
    # "Codreanu mare haiduc naţional" (ELTeC-rom ROM039, gold <head>), over a
    # fragment the source sets in lower case. Without the clause it was dropped.
    chapter = (
        "Şanta\n\nţară r$mâne tot ne pusă la cale, pare că eĭ sunt încredinţaţĭ la "
        "stârpiciunea capacităţeĭ lor şi le- e témă că fâcêndu-şi datoria vor sfîrşi "
        "prea curênd şi apoĭ nu vor maĭ avea de lucru.... S$rmanii netrebnicĭ!"
    )
    titles = _titles(_inside(chapter))
    assert titles == TITLES[:3] + ["Şanta"] + TITLES[3:]
